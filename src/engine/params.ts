import type { TableSpec } from '../tables/kit';
import {
  citationOf,
  type CompiledParameter,
  type CompiledScale,
  type CompiledTable,
  type Localized,
  type Range,
  type ScaleRow,
  type Value,
} from '../tables/model';
import type { Unit } from '../tables/units';
import { EngineError } from './errors';
import { inForce, inRange, valueOn } from './lookup';
import { type Missing, MissingCollector, missingSentence } from './missing';
import { type Fen, type Ppm, ratioToPpm, yuanToFen } from './money';

/** A parameter value as an answer cites it: the value, its unit, and exactly where it came from. */
export interface ParamUse {
  value: Value;
  unit: Unit;
  citation: string;
  table: string;
  version: string;
  /** first day the value is in force */
  from: string;
  cell: string;
  /** set on a value a what-if reform put in (src/engine/reform.ts): its citation is REFORM_MARK, no document */
  reform?: true;
}

/** The citation of a value a what-if reform put in: it is in no document. */
export const REFORM_MARK = 'reform';

/** Receives every parameter read (the trace of an answer, engine/trace.ts): the use, its path and the date it was read on. */
export interface ReadRecorder {
  read(use: ParamUse, path: string, date: string): void;
}

type ParamKey<S extends TableSpec> = keyof S['parameters'] & string;
type SheetId<S extends TableSpec> = keyof S['scales'] & string;
type ColumnId<S extends TableSpec, K extends SheetId<S>> = keyof S['scales'][K]['columns'] & string;

export interface Read {
  value: Value;
  use: ParamUse;
}
export interface MoneyRead {
  fen: Fen;
  use: ParamUse;
}
export interface RatioRead {
  ppm: Ppm;
  use: ParamUse;
}
export interface NumberRead {
  n: number;
  use: ParamUse;
}
export interface TextRead {
  text: string;
  use: ParamUse;
}
/** A read that may find nothing: the value, or why there is none (not published, or not in force). */
export type OptionalRead = ({ published: true } & Read) | { published: false; missing: Missing };

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
 * row, column) serves every answer that cites it; they are frozen so no caller can change a shared one.
 * Each has a path: the parameter key, or `sheet[case].column` for a cell of a scale sheet.
 */
const uses = new WeakMap<object, Map<string, ParamUse>>();
const paths = new WeakMap<ParamUse, string>();
function useOf(table: CompiledTable, source: object, column: string, path: () => string, make: () => Omit<ParamUse, 'table' | 'version'>) {
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
      from: u.from,
      cell: u.cell,
      ...(u.citation === REFORM_MARK && { reform: true }),
    }) as ParamUse;
    byColumn.set(column, use);
    paths.set(use, path());
  }
  return use;
}

/** The path of a use: `inpatient.annual_cap`, `inpatient_levels[level=3].fund_ratio`, `account_credit[status=retired,age=(70,∞)].monthly_credit`. */
export const pathOf = (use: ParamUse): string => paths.get(use) ?? use.cell;

const intervalText = (r: Range) =>
  `${r.minInclusive && r.min !== null ? '[' : '('}${r.min ?? '-∞'},${r.max ?? '∞'}${r.maxInclusive && r.max !== null ? ']' : ')'}`;

/** `sheet[dim=code,range=(a,b]]`: the case of a row, by its dimension codes and set brackets. */
export function caseOf(scale: CompiledScale, row: ScaleRow): string {
  const parts: string[] = [];
  for (const c of scale.columns) {
    if (c.kind === 'dimension' && row.cells[c.id] !== null && row.cells[c.id] !== undefined)
      parts.push(`${c.id}=${String(row.cells[c.id])}`);
    const r = row.ranges[c.id];
    if (c.kind === 'range' && r && (r.min !== null || r.max !== null)) parts.push(`${c.id}=${intervalText(r)}`);
  }
  return `${scale.id}[${parts.join(',')}]`;
}

/** The row a find() matched, read column by column (methods on the prototype: no closures per call). */
export class Match<S extends TableSpec, K extends SheetId<S>> {
  constructor(
    private readonly params: Params<S>,
    private readonly sheet: K,
    readonly row: ScaleRow,
  ) {}
  /** a value cell with its trace entry; "not published" for an empty cell (undefined when a collector is given) */
  get(column: ColumnId<S, K>): Read;
  get(column: ColumnId<S, K>, missing: MissingCollector): Read | undefined;
  get(column: ColumnId<S, K>, missing?: MissingCollector): Read | undefined {
    return missing ? this.params.cell(this.sheet, this.row, column, missing) : this.params.cell(this.sheet, this.row, column);
  }
  money(column: ColumnId<S, K>): MoneyRead;
  money(column: ColumnId<S, K>, missing: MissingCollector): MoneyRead | undefined;
  money(column: ColumnId<S, K>, missing?: MissingCollector): MoneyRead | undefined {
    const r = missing ? this.get(column, missing) : this.get(column);
    return r && { fen: yuanToFen(r.value as number), use: r.use };
  }
  ratio(column: ColumnId<S, K>): RatioRead;
  ratio(column: ColumnId<S, K>, missing: MissingCollector): RatioRead | undefined;
  ratio(column: ColumnId<S, K>, missing?: MissingCollector): RatioRead | undefined {
    const r = missing ? this.get(column, missing) : this.get(column);
    return r && { ppm: ratioToPpm(r.value as number), use: r.use };
  }
  /** the set ends of a range cell as cited values, keyed `<column>_min` / `<column>_max` (an open end has none) */
  bounds(column: ColumnId<S, K>): Record<string, ParamUse> {
    return this.params.bounds(this.sheet, this.row, column);
  }
}

/**
 * The parameters of one table in force on one date, read the way calculators need them. Pure: built
 * from compiled data, no I/O. Every read is reported to the recorder (the answer's trace), so a step lists
 * the values it used without saying so. A value the source does not publish, or no value in force on the date,
 * is an EngineError naming the parameter, never a silent zero — or, given a MissingCollector, `undefined` with
 * the reason recorded there, so one answer can name everything it lacks.
 */
export class Params<S extends TableSpec> {
  private readonly ix: TableIndex;
  constructor(
    readonly table: CompiledTable,
    readonly date: string,
    private readonly recorder?: ReadRecorder,
  ) {
    this.ix = indexOf(table);
  }

  /** The table's main document and an article: `嘉政发〔2014〕87号 第二十三条` (for a step that reads no value). */
  article(article: string): string {
    return `${this.table.sources[0]?.number ?? this.table.id} ${article}`;
  }

  private record(use: ParamUse): ParamUse {
    this.recorder?.read(use, pathOf(use), this.date);
    return use;
  }

  private missingOf(
    reason: Missing['reason'],
    key: string,
    note: Localized | null,
    citation: string | null,
    detail: string,
    c?: Record<string, string>,
  ): Missing {
    return {
      reason,
      table: this.table.id,
      key,
      ...(c ? { case: c } : {}),
      date: this.date,
      note,
      citation,
      detail,
      text: missingSentence(reason, this.date, this.labelOf(key), { title: this.table.title, from: this.table.coverage.from }),
    };
  }

  /** What a key names, for people: a parameter's label, a sheet's label (and its column's), or the key itself. */
  private labelOf(key: string): Localized {
    const p = this.ix.parameters.get(key);
    if (p) return p.label;
    const [sheet, column] = key.split('.');
    const entry = this.ix.scales.get(sheet!);
    if (!entry) return { zh: key, en: key };
    const col = column ? entry.columns.get(column) : undefined;
    return col
      ? { zh: `${entry.scale.label.zh}的${col.label.zh}`, en: `${col.label.en} of the ${entry.scale.label.en}` }
      : entry.scale.label;
  }

  /** The value of a parameter, or why there is none; never throws for a missing value. */
  optional(key: ParamKey<S>): OptionalRead {
    const p = this.ix.parameters.get(key);
    const v = p && valueOn(p, this.date);
    if (!p || !v) {
      return {
        published: false,
        missing: this.missingOf('not-in-force', key, null, null, `No value of ${this.table.id} ${key} is in force on ${this.date}.`),
      };
    }
    if (!v.published) {
      return {
        published: false,
        missing: this.missingOf(
          'not-published',
          key,
          v.note,
          v.citation.text,
          `${this.table.id} ${key} (${p.label.en}; ${p.label.zh}) is not published in the source: ${v.note?.en ?? ''}`.trim(),
        ),
      };
    }
    const use = useOf(
      this.table,
      v,
      '',
      () => key,
      () => ({ value: v.value, unit: p.unit, citation: citationOf(v, 'value').text, from: v.from, cell: v.cell }),
    );
    return { published: true, value: v.value, use: this.record(use) };
  }

  get(key: ParamKey<S>): Read;
  get(key: ParamKey<S>, missing: MissingCollector): Read | undefined;
  get(key: ParamKey<S>, missing?: MissingCollector): Read | undefined {
    const r = this.optional(key);
    if (r.published) return { value: r.value, use: r.use };
    if (missing) return void missing.add(r.missing);
    throw errorOf(r.missing);
  }

  money(key: ParamKey<S>): MoneyRead;
  money(key: ParamKey<S>, missing: MissingCollector): MoneyRead | undefined;
  money(key: ParamKey<S>, missing?: MissingCollector): MoneyRead | undefined {
    const r = missing ? this.get(key, missing) : this.get(key);
    return r && { fen: yuanToFen(r.value as number), use: r.use };
  }

  ratio(key: ParamKey<S>): RatioRead;
  ratio(key: ParamKey<S>, missing: MissingCollector): RatioRead | undefined;
  ratio(key: ParamKey<S>, missing?: MissingCollector): RatioRead | undefined {
    const r = missing ? this.get(key, missing) : this.get(key);
    return r && { ppm: ratioToPpm(r.value as number), use: r.use };
  }

  number(key: ParamKey<S>): NumberRead;
  number(key: ParamKey<S>, missing: MissingCollector): NumberRead | undefined;
  number(key: ParamKey<S>, missing?: MissingCollector): NumberRead | undefined {
    const r = missing ? this.get(key, missing) : this.get(key);
    return r && { n: r.value as number, use: r.use };
  }

  text(key: ParamKey<S>): TextRead;
  text(key: ParamKey<S>, missing: MissingCollector): TextRead | undefined;
  text(key: ParamKey<S>, missing?: MissingCollector): TextRead | undefined {
    const r = missing ? this.get(key, missing) : this.get(key);
    return r && { text: String(r.value), use: r.use };
  }

  /** The rows of a scale sheet in force on the date (maybe none). */
  rows<K extends SheetId<S>>(sheet: K): ScaleRow[] {
    const scale = this.ix.scales.get(sheet)?.scale;
    return scale ? scale.rows.filter((r) => inForce(r, this.date)) : [];
  }

  /** The rows of a scale sheet in force on the date; none is an EngineError (not-in-force) naming the sheet. */
  rowsInForce<K extends SheetId<S>>(sheet: K, what: string = sheet): ScaleRow[] {
    const rows = this.rows(sheet);
    if (!rows.length) throw errorOf(this.noRow(what));
    return rows;
  }

  private noRow(what: string, c?: Record<string, unknown>, several = false): Missing {
    const desc = `${this.table.id} ${what}${c ? ` ${JSON.stringify(c)}` : ''}`;
    return this.missingOf(
      'not-in-force',
      what,
      null,
      null,
      several ? `More than one row of ${desc} applies on ${this.date}.` : `No row of ${desc} is in force on ${this.date}.`,
      c && Object.fromEntries(Object.entries(c).map(([k, v]) => [k, String(v)])),
    );
  }

  /** A value cell of a given row, with its trace entry; "not published" for an empty cell. */
  cell<K extends SheetId<S>>(sheet: K, row: ScaleRow, column: ColumnId<S, K>): Read;
  cell<K extends SheetId<S>>(sheet: K, row: ScaleRow, column: ColumnId<S, K>, missing: MissingCollector): Read | undefined;
  cell<K extends SheetId<S>>(sheet: K, row: ScaleRow, column: ColumnId<S, K>, missing?: MissingCollector): Read | undefined {
    const entry = this.ix.scales.get(sheet);
    const col = entry?.columns.get(column);
    if (!entry || !col) throw new Error(`unknown column ${sheet}.${column}`);
    const value = row.cells[column] ?? null;
    if (value === null) {
      const m = this.missingOf(
        'not-published',
        `${sheet}.${column}`,
        row.note,
        row.citation.text,
        `${this.table.id} ${sheet}.${column} (row ${row.row}) is not published in the source: ${row.note?.en ?? ''}`.trim(),
      );
      if (missing) return void missing.add(m);
      throw errorOf(m);
    }
    const use = useOf(
      this.table,
      row,
      column,
      () => `${caseOf(entry.scale, row)}.${column}`,
      () => ({ value, unit: col.unit, citation: citationOf(row, column).text, from: row.from, cell: `${sheet}!row ${row.row}` }),
    );
    return { value, use: this.record(use) };
  }

  /** The set ends of a range cell as cited values, keyed `<column>_min` / `<column>_max` (an open end has none). */
  bounds<K extends SheetId<S>>(sheet: K, row: ScaleRow, column: ColumnId<S, K>): Record<string, ParamUse> {
    const entry = this.ix.scales.get(sheet);
    const col = entry?.columns.get(column);
    const r = row.ranges[column];
    if (!entry || !col) throw new Error(`unknown column ${sheet}.${column}`);
    const out: Record<string, ParamUse> = {};
    for (const end of ['min', 'max'] as const) {
      const bound = r?.[end];
      if (bound === null || bound === undefined) continue;
      const use = useOf(
        this.table,
        row,
        `${column}_${end}`,
        () => `${caseOf(entry.scale, row)}.${column}_${end}`,
        () => ({
          value: bound,
          unit: col.unit,
          citation: citationOf(row, `${column}_${end}`).text,
          from: row.from,
          cell: `${sheet}!row ${row.row} ${column}_${end}`,
        }),
      );
      out[`${column}_${end}`] = this.record(use);
    }
    return out;
  }

  /**
   * The one row of a scale sheet in force on the date whose dimensions equal `dims` (an empty
   * optional dimension matches anything) and whose brackets contain `at`; none (or several) is not-in-force.
   */
  find<K extends SheetId<S>>(
    sheet: K,
    dims: Partial<Record<ColumnId<S, K>, string>>,
    at?: Partial<Record<ColumnId<S, K>, number>>,
  ): Match<S, K>;
  find<K extends SheetId<S>>(
    sheet: K,
    dims: Partial<Record<ColumnId<S, K>, string>>,
    at: Partial<Record<ColumnId<S, K>, number>>,
    missing: MissingCollector,
  ): Match<S, K> | undefined;
  find<K extends SheetId<S>>(
    sheet: K,
    dims: Partial<Record<ColumnId<S, K>, string>>,
    at: Partial<Record<ColumnId<S, K>, number>> = {},
    missing?: MissingCollector,
  ): Match<S, K> | undefined {
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
      const m = this.noRow(String(sheet), { ...dims, ...at }, count > 1);
      if (missing) return void missing.add(m);
      throw errorOf(m);
    }
    return new Match<S, K>(this, sheet, match!);
  }
}

/** The EngineError of a missing value (one value; MissingCollector.throwIfAny names several). */
export function errorOf(m: Missing): EngineError {
  return new EngineError(m.reason, m.text, { parameter: { table: m.table, key: m.key, note: m.note, citation: m.citation } });
}

export { MissingCollector };
