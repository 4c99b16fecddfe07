import type { CompiledBundle, CompiledParameter, CompiledScale, CompiledTable, DatedValue, Range, ScaleRow } from '../tables/model';

/** Pure queries over compiled tables: which value is in force on a date. Dates are ISO strings, so string order is date order. */

export const inForce = (x: { from: string; to: string | null }, date: string) => x.from <= date && (x.to === null || date <= x.to);

export const valueOn = (p: CompiledParameter, date: string): DatedValue | undefined => p.history.find((h) => inForce(h, date));

export const rowsOn = (s: CompiledScale, date: string): ScaleRow[] => s.rows.filter((r) => inForce(r, date));

export const covers = (t: CompiledTable, date: string) => date >= t.coverage.from && (t.coverage.to === null || date <= t.coverage.to);

export function inRange(r: Range, x: number): boolean {
  if (r.min !== null && (r.minInclusive ? x < r.min : x <= r.min)) return false;
  if (r.max !== null && (r.maxInclusive ? x > r.max : x >= r.max)) return false;
  return true;
}

export function describeRange(r: Range, name: string): string {
  const lo = r.min === null ? '' : `${r.min} ${r.minInclusive ? '≤' : '<'} `;
  const hi = r.max === null ? '' : ` ${r.maxInclusive ? '≤' : '<'} ${r.max}`;
  return lo || hi ? `${lo}${name}${hi}` : `any ${name}`;
}

export function findTable(bundle: CompiledBundle, id: string): CompiledTable | undefined {
  return Object.hasOwn(bundle.tables, id) ? bundle.tables[id] : undefined;
}

/** The China Standard Time calendar date (UTC+8, no daylight saving) of an instant. */
export const shanghaiDate = (epochMs: number) => new Date(epochMs + 8 * 3600_000).toISOString().slice(0, 10);
