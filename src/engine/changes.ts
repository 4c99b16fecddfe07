import type { CompiledScale, CompiledTable, DatedValue, Localized, Range, ScaleRow, Value } from '../tables/model';
import type { Unit } from '../tables/units';
import { rowsOn, valueOn } from './lookup';

/**
 * Policy changes between two dates: the parameters (and scale rows) whose value in force on `from`
 * differs from the one in force on `to`. Pure; used by GET /v1/tables/{id}/changes and the explorer.
 *   changed — in force on both dates with different values
 *   added   — in force on `to` only (introduced between the dates)
 *   removed — in force on `from` only (ended between the dates)
 * A value that is re-issued unchanged (a new row, new citation, same figure) is no policy change.
 * A figure that is followed by a dated row the source does not publish (empty value, e.g. a rate
 * fixed for 2015 only) is `changed`, with `published: false` after: the rule still applies, only
 * its figure is unknown; `removed` is kept for a value that simply ends.
 */

export type ChangeKind = 'changed' | 'added' | 'removed';

export interface ParameterChange {
  key: string;
  label: Localized;
  unit: Unit;
  change: ChangeKind;
  before: DatedValue | null;
  after: DatedValue | null;
}

export interface ScaleRowChange {
  change: ChangeKind;
  /** the case: dimension values and brackets */
  case: Record<string, Value>;
  ranges: Record<string, Range>;
  /** value columns whose cell differs (all value columns for added/removed rows) */
  columns: string[];
  before: ScaleRow | null;
  after: ScaleRow | null;
}

export interface ScaleChanges {
  scale: CompiledScale;
  rows: ScaleRowChange[];
}

export interface TableChanges {
  parameters: ParameterChange[];
  scales: ScaleChanges[];
}

const sameValue = (a: DatedValue, b: DatedValue) => a.published === b.published && a.value === b.value;

const kindOf = (before: unknown, after: unknown): ChangeKind => (before && after ? 'changed' : after ? 'added' : 'removed');

function caseOf(scale: CompiledScale, row: ScaleRow) {
  const dims = Object.fromEntries(scale.columns.filter((c) => c.kind === 'dimension').map((c) => [c.id, row.cells[c.id] ?? null]));
  const ranges = Object.fromEntries(scale.columns.filter((c) => c.kind === 'range').map((c) => [c.id, row.ranges[c.id]!]));
  return { dims, ranges, key: JSON.stringify([dims, ranges]) };
}

export function changesBetween(t: CompiledTable, from: string, to: string): TableChanges {
  const parameters: ParameterChange[] = [];
  for (const p of t.parameters) {
    const before = valueOn(p, from) ?? null;
    const after = valueOn(p, to) ?? null;
    if (!before && !after) continue;
    if (before && after && sameValue(before, after)) continue;
    parameters.push({ key: p.key, label: p.label, unit: p.unit, change: kindOf(before, after), before, after });
  }
  const scales: ScaleChanges[] = [];
  for (const s of t.scales) {
    const valueColumns = s.columns.filter((c) => c.kind === 'value').map((c) => c.id);
    const olds = new Map(rowsOn(s, from).map((r) => [caseOf(s, r).key, r]));
    const news = new Map(rowsOn(s, to).map((r) => [caseOf(s, r).key, r]));
    const rows: ScaleRowChange[] = [];
    // keep the sheet's row order: cases in force on `to` first, then the ones that ended
    for (const [key, after] of news) {
      const before = olds.get(key) ?? null;
      const columns = before ? valueColumns.filter((c) => (before.cells[c] ?? null) !== (after.cells[c] ?? null)) : valueColumns;
      if (before && !columns.length) continue;
      const { dims, ranges } = caseOf(s, after);
      rows.push({ change: kindOf(before, after), case: dims, ranges, columns, before, after });
    }
    for (const [key, before] of olds) {
      if (news.has(key)) continue;
      const { dims, ranges } = caseOf(s, before);
      rows.push({ change: 'removed', case: dims, ranges, columns: valueColumns, before, after: null });
    }
    if (rows.length) scales.push({ scale: s, rows });
  }
  return { parameters, scales };
}
