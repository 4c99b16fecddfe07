import { problem, ProblemError } from '../http/problem';
import type { TableSpec } from '../tables/kit';
import type { CompiledParameter, CompiledScale, CompiledTable, Range, ScaleRow, Value } from '../tables/model';
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

/**
 * One end of a range cell as a trace entry. Params.cell reads value cells only: the calculators that
 * decide a range exactly (engine/exact.ts) read its bounds straight off the row, and this keeps the trace
 * entries of those bounds in the same shape, and the same cell notation, in every such calculator.
 */
function rangeBoundUse(table: CompiledTable, sheet: string, row: ScaleRow, column: string, end: 'min' | 'max'): ParamUse {
  const col = table.scales.find((s) => s.id === sheet)?.columns.find((c) => c.id === column);
  const r = row.ranges[column]!;
  return {
    value: end === 'min' ? r.min : r.max,
    unit: col?.unit ?? 'enum',
    citation: row.citation.text,
    table: table.id,
    version: table.version,
    in_force: { from: row.from, to: row.to },
    cell: `${sheet}!row ${row.row} ${column}_${end}`,
  };
}

/** The set ends of a range cell as trace entries, keyed `<column>_min` / `<column>_max` (an open end has none). */
export function rangeBoundUses(table: CompiledTable, sheet: string, row: ScaleRow, column: string): Record<string, ParamUse> {
  const r = row.ranges[column];
  const out: Record<string, ParamUse> = {};
  if (r?.min !== null && r?.min !== undefined) out[`${column}_min`] = rangeBoundUse(table, sheet, row, column, 'min');
  if (r?.max !== null && r?.max !== undefined) out[`${column}_max`] = rangeBoundUse(table, sheet, row, column, 'max');
  return out;
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
 * Per-table indexes, built lazily once per isolate (the compiled tables never change while it lives):
 * parameters by key, scale sheets by id, columns by id. A linear search per read was the largest cost
 * of a calculation (BENCHMARKS.md › Against the limit).
 */
interface TableIndex {
  parameters: Map<string, CompiledParameter>;
  scales: Map<string, { scale: CompiledScale; columns: Map<string, CompiledScale['columns'][number]> }>;
}
const indexes = new WeakMap<CompiledTable, TableIndex>();
function indexOf(table: CompiledTable): TableIndex {
  let ix = indexes.get(table);
  if (!ix) {
    ix = {
      parameters: new Map(table.parameters.map((p) => [p.key, p])),
      scales: new Map(table.scales.map((s) => [s.id, { scale: s, columns: new Map(s.columns.map((c) => [c.id, c])) }])),
    };
    indexes.set(table, ix);
  }
  return ix;
}

/**
 * ParamUse objects are immutable descriptions of a compiled value, so one object per (dated value or
 * row, column) serves every trace that cites it; they are frozen so no caller can change a shared one.
 */
const uses = new WeakMap<object, Map<string, ParamUse>>();
function useOf(table: CompiledTable, source: object, column: string, make: () => Omit<ParamUse, 'table' | 'version'>): ParamUse {
  let byColumn = uses.get(source);
  if (!byColumn) uses.set(source, (byColumn = new Map()));
  let use = byColumn.get(column);
  if (!use) {
    const u = make();
    use = Object.freeze({
      value: u.value,
      unit: u.unit,
      citation: u.citation,
      table: table.id,
      version: table.version,
      in_force: Object.freeze(u.in_force),
      cell: u.cell,
    }) as ParamUse;
    byColumn.set(column, use);
  }
  return use;
}

/** The row a find() matched, read column by column (methods on the prototype: no closures per call). */
class Match<S extends TableSpec, K extends SheetId<S>> implements ScaleMatch<S, K> {
  constructor(
    private readonly params: Params<S>,
    private readonly sheet: K,
    readonly row: ScaleRow,
  ) {}
  get(column: ColumnId<S, K>): { value: Value; use: ParamUse } {
    return this.params.cell(this.sheet, this.row, column);
  }
  money(column: ColumnId<S, K>): { fen: Fen; use: ParamUse } {
    const { value, use } = this.params.cell(this.sheet, this.row, column);
    return { fen: yuanToFen(value as number), use };
  }
  ratio(column: ColumnId<S, K>): { ppm: Ppm; use: ParamUse } {
    const { value, use } = this.params.cell(this.sheet, this.row, column);
    return { ppm: ratioToPpm(value as number), use };
  }
}

/**
 * The parameters of one table in force on one date, read the way calculators need them. Pure: built
 * from compiled data, no I/O. A value the source does not publish, or no value in force on the date,
 * is a ProblemError (422 naming the parameter), never a silent zero.
 */
export class Params<S extends TableSpec> {
  private readonly ix: TableIndex;
  constructor(
    readonly table: CompiledTable,
    readonly date: string,
  ) {
    this.ix = indexOf(table);
  }

  get(key: ParamKey<S>): { value: Value; use: ParamUse } {
    const p = this.ix.parameters.get(key);
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
        problem(
          'not-published',
          `${this.table.id} ${key} (${p.label.en}; ${p.label.zh}) is not published in the source: ${v.note ?? ''}`.trim(),
          {
            parameter: { table: this.table.id, key, note: v.note, citation: v.citation.text },
          },
        ),
      );
    }
    const use = useOf(this.table, v, '', () => ({
      value: v.value,
      unit: p.unit,
      citation: v.citation.text,
      in_force: { from: v.from, to: v.to },
      cell: v.cell,
    }));
    return { value: v.value, use };
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
    const scale = this.ix.scales.get(sheet)?.scale;
    return scale ? scale.rows.filter((r) => inForce(r, this.date)) : [];
  }

  /** A value cell of a given row, with its trace entry; throws "not published" for an empty cell. */
  cell<K extends SheetId<S>>(sheet: K, row: ScaleRow, column: ColumnId<S, K>): { value: Value; use: ParamUse } {
    const col = this.ix.scales.get(sheet)?.columns.get(column);
    if (!col) throw new Error(`unknown column ${sheet}.${column}`);
    const value = row.cells[column] ?? null;
    if (value === null) {
      throw new ProblemError(
        problem(
          'not-published',
          `${this.table.id} ${sheet}.${column} (row ${row.row}) is not published in the source: ${row.note ?? ''}`.trim(),
          {
            parameter: { table: this.table.id, key: `${sheet}.${column}`, note: row.note, citation: row.citation.text },
          },
        ),
      );
    }
    const use = useOf(this.table, row, column, () => ({
      value,
      unit: col.unit,
      citation: row.citation.text,
      in_force: { from: row.from, to: row.to },
      cell: `${sheet}!row ${row.row}`,
    }));
    return { value, use };
  }

  /**
   * The one row of a scale sheet in force on the date whose dimensions equal `dims` (an empty
   * optional dimension matches anything) and whose brackets contain `at`.
   */
  find<K extends SheetId<S>>(
    sheet: K,
    dims: Partial<Record<ColumnId<S, K>, string>>,
    at: Partial<Record<ColumnId<S, K>, number>> = {},
  ): ScaleMatch<S, K> {
    const rows = this.ix.scales.get(sheet)?.scale.rows ?? [];
    const dimKeys = Object.keys(dims) as ColumnId<S, K>[];
    const atKeys = Object.keys(at) as ColumnId<S, K>[];
    let match: ScaleRow | undefined;
    let count = 0;
    for (const r of rows) {
      if (!inForce(r, this.date)) continue;
      let ok = true;
      for (const d of dimKeys) {
        const cell = r.cells[d];
        if (cell !== null && cell !== dims[d]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        for (const id of atKeys) {
          const range = r.ranges[id];
          if (range === undefined || !inRange(range as Range, at[id] as number)) {
            ok = false;
            break;
          }
        }
      }
      if (ok && count++ === 0) match = r;
    }
    if (count !== 1) {
      const what = `${this.table.id} ${sheet} ${JSON.stringify({ ...dims, ...at })}`;
      throw new ProblemError(
        problem(
          'not-in-force',
          count ? `More than one row of ${what} applies on ${this.date}.` : `No row of ${what} is in force on ${this.date}.`,
          {
            parameter: { table: this.table.id, key: String(sheet), note: null, citation: null },
          },
        ),
      );
    }
    return new Match<S, K>(this, sheet, match!);
  }
}
