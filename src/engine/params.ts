import { problem, ProblemError } from '../http/problem';
import type { TableSpec } from '../tables/kit';
import type { CompiledTable, Range, ScaleRow, Value } from '../tables/model';
import type { Unit } from '../tables/units';
import { inForce, inRange, valueOn } from './lookup';
import { ratioToPpm, yuanToFen, type Fen, type Ppm } from './money';

/** A parameter value as shown in a trace: the value, its unit and exactly where it came from. */
export interface ParamUse {
  value: Value;
  unit: Unit;
  citation: string;
  table: string;
  version: string;
  in_force: { from: string; to: string | null };
  cell: string;
}

type ParamKey<S extends TableSpec> = keyof S['parameters'] & string;
type SheetId<S extends TableSpec> = keyof S['scales'] & string;
type ColumnId<S extends TableSpec, K extends SheetId<S>> = keyof S['scales'][K]['columns'] & string;

export interface ScaleMatch<S extends TableSpec, K extends SheetId<S>> {
  row: ScaleRow;
  /** a value cell with its trace entry; throws "not published" for an empty cell */
  get(column: ColumnId<S, K>): { value: Value; use: ParamUse };
  money(column: ColumnId<S, K>): { fen: Fen; use: ParamUse };
  ratio(column: ColumnId<S, K>): { ppm: Ppm; use: ParamUse };
}

/**
 * The parameters of one table in force on one date, read the way calculators need them. Pure: built
 * from compiled data, no I/O. A value the source does not publish, or no value in force on the date,
 * is a ProblemError (422 naming the parameter), never a silent zero.
 */
export class Params<S extends TableSpec> {
  constructor(
    readonly table: CompiledTable,
    readonly date: string,
  ) {}

  private use(value: Value, unit: Unit, citation: string, period: { from: string; to: string | null }, cell: string): ParamUse {
    return { value, unit, citation, table: this.table.id, version: this.table.version, in_force: { from: period.from, to: period.to }, cell };
  }

  get(key: ParamKey<S>): { value: Value; use: ParamUse } {
    const p = this.table.parameters.find((x) => x.key === key);
    const v = p && valueOn(p, this.date);
    if (!p || !v) {
      throw new ProblemError(
        problem('not-in-force', `No value of ${this.table.id} ${key} is in force on ${this.date}.`, {
          parameter: { table: this.table.id, key, note: null, citation: null },
        }),
      );
    }
    if (!v.published) {
      throw new ProblemError(
        problem('not-published', `${this.table.id} ${key} (${p.label.en}; ${p.label.zh}) is not published in the source: ${v.note ?? ''}`.trim(), {
          parameter: { table: this.table.id, key, note: v.note, citation: v.citation.text },
        }),
      );
    }
    return { value: v.value, use: this.use(v.value, p.unit, v.citation.text, v, v.cell) };
  }

  money(key: ParamKey<S>): { fen: Fen; use: ParamUse } {
    const { value, use } = this.get(key);
    return { fen: yuanToFen(value as number), use };
  }

  ratio(key: ParamKey<S>): { ppm: Ppm; use: ParamUse } {
    const { value, use } = this.get(key);
    return { ppm: ratioToPpm(value as number), use };
  }

  number(key: ParamKey<S>): { n: number; use: ParamUse } {
    const { value, use } = this.get(key);
    return { n: value as number, use };
  }

  text(key: ParamKey<S>): { text: string; use: ParamUse } {
    const { value, use } = this.get(key);
    return { text: String(value), use };
  }

  rows<K extends SheetId<S>>(sheet: K): ScaleRow[] {
    const scale = this.table.scales.find((s) => s.id === sheet);
    return scale ? scale.rows.filter((r) => inForce(r, this.date)) : [];
  }

  /** A value cell of a given row, with its trace entry; throws "not published" for an empty cell. */
  cell<K extends SheetId<S>>(sheet: K, row: ScaleRow, column: ColumnId<S, K>): { value: Value; use: ParamUse } {
    const col = this.table.scales.find((s) => s.id === sheet)?.columns.find((c) => c.id === column);
    if (!col) throw new Error(`unknown column ${sheet}.${column}`);
    const value = row.cells[column] ?? null;
    if (value === null) {
      throw new ProblemError(
        problem('not-published', `${this.table.id} ${sheet}.${column} (row ${row.row}) is not published in the source: ${row.note ?? ''}`.trim(), {
          parameter: { table: this.table.id, key: `${sheet}.${column}`, note: row.note, citation: row.citation.text },
        }),
      );
    }
    return { value, use: this.use(value, col.unit, row.citation.text, row, `${sheet}!row ${row.row}`) };
  }

  /**
   * The one row of a scale sheet in force on the date whose dimensions equal `dims` (an empty
   * optional dimension matches anything) and whose brackets contain `at`.
   */
  find<K extends SheetId<S>>(sheet: K, dims: Partial<Record<ColumnId<S, K>, string>>, at: Partial<Record<ColumnId<S, K>, number>> = {}): ScaleMatch<S, K> {
    const scale = this.table.scales.find((s) => s.id === sheet);
    const matches = (scale?.rows ?? []).filter(
      (r) =>
        inForce(r, this.date) &&
        Object.entries(dims).every(([d, v]) => r.cells[d] === null || r.cells[d] === v) &&
        Object.entries(at).every(([id, x]) => r.ranges[id] !== undefined && inRange(r.ranges[id] as Range, x as number)),
    );
    const what = `${this.table.id} ${sheet} ${JSON.stringify({ ...dims, ...at })}`;
    if (matches.length !== 1) {
      throw new ProblemError(
        problem('not-in-force', matches.length ? `More than one row of ${what} applies on ${this.date}.` : `No row of ${what} is in force on ${this.date}.`, {
          parameter: { table: this.table.id, key: String(sheet), note: null, citation: null },
        }),
      );
    }
    const row = matches[0]!;
    const get = (column: string) => this.cell(sheet, row, column as ColumnId<S, K>);
    return {
      row,
      get,
      money: (c) => {
        const { value, use } = get(c);
        return { fen: yuanToFen(value as number), use };
      },
      ratio: (c) => {
        const { value, use } = get(c);
        return { ppm: ratioToPpm(value as number), use };
      },
    };
  }
}
