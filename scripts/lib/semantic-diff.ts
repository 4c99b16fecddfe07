import type {
  CompiledParameter,
  CompiledScale,
  CompiledTable,
  DatedValue,
  Localized,
  ScaleColumn,
  ScaleRow,
  SourceDocument,
} from '../../src/tables/model';
import type { Unit } from '../../src/tables/units';
import { formatRange } from '../../src/engine/format';

/**
 * The semantic difference between two compiled versions of the tables: which parameters and scale
 * rows were added, removed or changed (old → new), per table. Rows are matched by what they mean,
 * not where they sit: a parameter row by (key, effective_from), a scale row by (its case: dimension
 * values and brackets, effective_from). Moving rows around in Excel is therefore no change.
 */

export type RowChange<T> =
  | { change: 'added'; new: T }
  | { change: 'removed'; old: T }
  | { change: 'changed'; old: T; new: T; fields: string[] };

export interface ParameterDiff {
  change: 'added' | 'removed' | 'changed';
  key: string;
  label: Localized;
  unit: Unit;
  /** set when the unit or the labels changed */
  oldUnit?: Unit;
  oldLabel?: Localized;
  rows: RowChange<DatedValue>[];
}

export interface ScaleRowDiff {
  /** the case, e.g. { level: '3' } and brackets; same on both sides */
  row: RowChange<ScaleRow>;
  /** value columns whose cell changed (for change = changed) */
  cells: { column: string; old: ScaleRow['cells'][string]; new: ScaleRow['cells'][string] }[];
}

export interface ScaleDiff {
  change: 'added' | 'removed' | 'changed';
  id: string;
  label: Localized;
  columns: ScaleColumn[];
  /** columns added or removed, or whose unit changed */
  columnChanges: { column: string; change: 'added' | 'removed' | 'unit'; old?: Unit; new?: Unit }[];
  rows: ScaleRowDiff[];
}

export interface TableRef {
  version: string;
  hash: string;
}

export interface TableDiff {
  id: string;
  title: Localized;
  change: 'added' | 'removed' | 'changed';
  old: TableRef | null;
  new: TableRef | null;
  meta: { field: string; old: string; new: string }[];
  sources: { change: 'added' | 'removed' | 'changed'; number: string; old: SourceDocument | null; new: SourceDocument | null }[];
  /** change-log entries present only in the new version */
  changelog: CompiledTable['changelog'];
  parameters: ParameterDiff[];
  scales: ScaleDiff[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function datedFields(a: DatedValue, b: DatedValue): string[] {
  const fields: string[] = [];
  if (a.value !== b.value || a.published !== b.published) fields.push('value');
  if (a.to !== b.to) fields.push('to');
  if (!sameCitations(a, b)) fields.push('citation');
  if (!same(a.note, b.note)) fields.push('note');
  return fields;
}

/** The row's citation and each value's own (citations per value: a `restates` mark changes only the latter). */
const sameCitations = (a: Pick<DatedValue, 'citation' | 'citations'>, b: Pick<DatedValue, 'citation' | 'citations'>) =>
  a.citation.text === b.citation.text && same(a.citations ?? {}, b.citations ?? {});

/** Pairs rows by identity and reports the added, removed and changed ones, in a stable order. */
function pairRows<T>(olds: T[], news: T[], id: (x: T) => string, fields: (a: T, b: T) => string[]): RowChange<T>[] {
  const oldById = new Map(olds.map((x) => [id(x), x]));
  const newById = new Map(news.map((x) => [id(x), x]));
  const out: RowChange<T>[] = [];
  for (const [k, o] of oldById) {
    const n = newById.get(k);
    if (!n) out.push({ change: 'removed', old: o });
    else {
      const f = fields(o, n);
      if (f.length) out.push({ change: 'changed', old: o, new: n, fields: f });
    }
  }
  for (const [k, n] of newById) if (!oldById.has(k)) out.push({ change: 'added', new: n });
  const key = (c: RowChange<T>) => id(c.change === 'removed' ? c.old : c.new);
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function diffParameters(olds: CompiledParameter[], news: CompiledParameter[]): ParameterDiff[] {
  const out: ParameterDiff[] = [];
  const oldByKey = new Map(olds.map((p) => [p.key, p]));
  const newByKey = new Map(news.map((p) => [p.key, p]));
  const keys = [...new Set([...oldByKey.keys(), ...newByKey.keys()])].sort();
  for (const key of keys) {
    const o = oldByKey.get(key);
    const n = newByKey.get(key);
    if (o && !n) {
      out.push({ change: 'removed', key, label: o.label, unit: o.unit, rows: o.history.map((h) => ({ change: 'removed', old: h })) });
      continue;
    }
    if (!o && n) {
      out.push({ change: 'added', key, label: n.label, unit: n.unit, rows: n.history.map((h) => ({ change: 'added', new: h })) });
      continue;
    }
    const rows = pairRows(o!.history, n!.history, (h) => h.from, datedFields);
    const unitChanged = o!.unit !== n!.unit;
    const labelChanged = !same(o!.label, n!.label);
    if (!rows.length && !unitChanged && !labelChanged) continue;
    out.push({
      change: 'changed',
      key,
      label: n!.label,
      unit: n!.unit,
      ...(unitChanged ? { oldUnit: o!.unit } : {}),
      ...(labelChanged ? { oldLabel: o!.label } : {}),
      rows,
    });
  }
  return out;
}

/** The case a scale row describes: its dimension values and brackets (not its values or dates). */
/** The dimension cells of a row, [column, value] in column order (the part of its case a band's bounds do not move). */
export const dimensionCells = (scale: Pick<CompiledScale, 'columns'>, row: ScaleRow): [string, unknown][] =>
  scale.columns.filter((c) => c.kind === 'dimension').map((c) => [c.id, row.cells[c.id] ?? null]);

/**
 * The case a row is for, as an officer reads it: `级别 = 1` (the column's Chinese label) / `level = 1`, brackets
 * with their bounds (`35 < 年龄 ≤ 45`); `第 N 行的情形` / `the case of row N` for a sheet without dimensions.
 */
export function caseName(scale: Pick<CompiledScale, 'columns'>, row: ScaleRow, withRanges = true): Localized {
  const zh: string[] = [];
  const en: string[] = [];
  for (const c of scale.columns) {
    if (c.kind === 'dimension') {
      const v = row.cells[c.id] ?? null;
      zh.push(`${c.label.zh} = ${v ?? '任意'}`);
      en.push(`${c.id} = ${v ?? 'any'}`);
    } else if (c.kind === 'range' && withRanges && row.ranges[c.id]) {
      zh.push(formatRange(row.ranges[c.id]!, c.label.zh, 'zh'));
      en.push(formatRange(row.ranges[c.id]!, c.id, 'en'));
    }
  }
  return zh.length ? { zh: zh.join('，'), en: en.join(', ') } : { zh: `第 ${row.row} 行的情形`, en: `the case of row ${row.row}` };
}

export function scaleCase(scale: Pick<CompiledScale, 'columns'>, row: ScaleRow): string {
  const ranges = scale.columns.filter((c) => c.kind === 'range').map((c) => [c.id, row.ranges[c.id] ?? null]);
  return JSON.stringify([...dimensionCells(scale, row), ...ranges]);
}

function diffScale(o: CompiledScale | undefined, n: CompiledScale | undefined): ScaleDiff | null {
  const scale = (n ?? o)!;
  const valueColumns = (s: CompiledScale) => s.columns.filter((c) => c.kind === 'value').map((c) => c.id);
  const rowId = (s: CompiledScale) => (r: ScaleRow) => `${scaleCase(s, r)}@${r.from}`;
  if (!o || !n) {
    const rows = (n ?? o)!.rows.map((r) => ({
      row: n ? ({ change: 'added', new: r } as const) : ({ change: 'removed', old: r } as const),
      cells: [],
    }));
    return { change: n ? 'added' : 'removed', id: scale.id, label: scale.label, columns: scale.columns, columnChanges: [], rows };
  }
  const columnChanges: ScaleDiff['columnChanges'] = [];
  for (const c of o.columns) {
    const nc = n.columns.find((x) => x.id === c.id);
    if (!nc) columnChanges.push({ column: c.id, change: 'removed', old: c.unit });
    else if (nc.unit !== c.unit) columnChanges.push({ column: c.id, change: 'unit', old: c.unit, new: nc.unit });
  }
  for (const c of n.columns) if (!o.columns.some((x) => x.id === c.id)) columnChanges.push({ column: c.id, change: 'added', new: c.unit });

  const columns = [...new Set([...valueColumns(o), ...valueColumns(n)])];
  const changes = pairRows(
    o.rows.map((r) => ({ id: rowId(o)(r), r })),
    n.rows.map((r) => ({ id: rowId(n)(r), r })),
    (x) => x.id,
    (a, b) => {
      const f = columns.filter((c) => (a.r.cells[c] ?? null) !== (b.r.cells[c] ?? null)).map((c) => `cells.${c}`);
      if (a.r.to !== b.r.to) f.push('to');
      if (!sameCitations(a.r, b.r)) f.push('citation');
      if (!same(a.r.note, b.r.note)) f.push('note');
      return f;
    },
  );
  const rows: ScaleRowDiff[] = changes.map((c) => {
    if (c.change === 'added') return { row: { change: 'added', new: c.new.r }, cells: [] };
    if (c.change === 'removed') return { row: { change: 'removed', old: c.old.r }, cells: [] };
    return {
      row: { change: 'changed', old: c.old.r, new: c.new.r, fields: c.fields },
      cells: c.fields
        .filter((f) => f.startsWith('cells.'))
        .map((f) => f.slice(6))
        .map((column) => ({ column, old: c.old.r.cells[column] ?? null, new: c.new.r.cells[column] ?? null })),
    };
  });
  if (!rows.length && !columnChanges.length && same(o.label, n.label)) return null;
  return { change: 'changed', id: n.id, label: n.label, columns: n.columns, columnChanges, rows };
}

const META: (keyof CompiledTable)[] = ['title', 'domain', 'description', 'authority'];

function metaText(t: CompiledTable, field: keyof CompiledTable): string {
  const v = t[field];
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'zh' in v) return `${(v as Localized).zh} / ${(v as Localized).en}`;
  return JSON.stringify(v);
}

export function diffTable(o: CompiledTable | undefined, n: CompiledTable | undefined): TableDiff | null {
  const t = (n ?? o)!;
  const ref = (x: CompiledTable | undefined) => (x ? { version: x.version, hash: x.hash } : null);
  if (o && n && o.hash === n.hash) return null;
  const meta =
    o && n ? META.filter((f) => !same(o[f], n[f])).map((f) => ({ field: String(f), old: metaText(o, f), new: metaText(n, f) })) : [];
  const sources: TableDiff['sources'] = [];
  if (o && n) {
    for (const s of o.sources) {
      const ns = n.sources.find((x) => x.number === s.number);
      if (!ns) sources.push({ change: 'removed', number: s.number, old: s, new: null });
      else if (!same(s, ns)) sources.push({ change: 'changed', number: s.number, old: s, new: ns });
    }
    for (const s of n.sources)
      if (!o.sources.some((x) => x.number === s.number)) sources.push({ change: 'added', number: s.number, old: null, new: s });
  }
  const oldLog = new Set((o?.changelog ?? []).map((e) => JSON.stringify(e)));
  const changelog = (n?.changelog ?? []).filter((e) => !oldLog.has(JSON.stringify(e)));
  const scaleIds = [...new Set([...(o?.scales ?? []).map((s) => s.id), ...(n?.scales ?? []).map((s) => s.id)])];
  const scales = scaleIds
    .map((id) =>
      diffScale(
        o?.scales.find((s) => s.id === id),
        n?.scales.find((s) => s.id === id),
      ),
    )
    .filter((x): x is ScaleDiff => x !== null);
  return {
    id: t.id,
    title: t.title,
    change: !o ? 'added' : !n ? 'removed' : 'changed',
    old: ref(o),
    new: ref(n),
    meta,
    sources,
    changelog,
    parameters: diffParameters(o?.parameters ?? [], n?.parameters ?? []),
    scales,
  };
}

const dayAfter = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * The dates an edit changes the values in force on: each new or removed row's first day, the first day of a row
 * whose value changed, and the day after each changed last day (old and new). tables:diff moves the samples there.
 */
export function changeDates(d: TableDiff): string[] {
  const out = new Set<string>();
  const of = (c: RowChange<{ from: string; to: string | null }>, valueChanged: boolean) => {
    if (c.change === 'added') out.add(c.new.from);
    else if (c.change === 'removed') out.add(c.old.from);
    else {
      if (valueChanged) out.add(c.new.from);
      if (c.fields.includes('to')) for (const to of [c.old.to, c.new.to]) if (to !== null) out.add(dayAfter(to));
    }
  };
  for (const p of d.parameters) for (const r of p.rows) of(r, r.change === 'changed' && r.fields.includes('value'));
  for (const s of d.scales) for (const r of s.rows) of(r.row, r.cells.length > 0);
  return [...out].sort();
}

/** Differences of every table present on either side, by table id. */
export function diffTables(olds: Record<string, CompiledTable>, news: Record<string, CompiledTable>): TableDiff[] {
  const ids = [...new Set([...Object.keys(olds), ...Object.keys(news)])].sort();
  return ids
    .map((id) => diffTable(Object.hasOwn(olds, id) ? olds[id] : undefined, Object.hasOwn(news, id) ? news[id] : undefined))
    .filter((x): x is TableDiff => x !== null);
}
