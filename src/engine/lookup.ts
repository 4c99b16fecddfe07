import type { CompiledBundle, CompiledParameter, CompiledScale, CompiledTable, DatedValue, Range, ScaleRow } from '../tables/model';
import { dayAfter } from './dates';

/** Pure queries over compiled tables: which value is in force on a date. Dates are ISO strings, so string order is date order. */

export const inForce = (x: { from: string; to: string | null }, date: string) => x.from <= date && (x.to === null || date <= x.to);

export const valueOn = (p: CompiledParameter, date: string): DatedValue | undefined => p.history.find((h) => inForce(h, date));

export const rowsOn = (s: CompiledScale, date: string): ScaleRow[] => s.rows.filter((r) => inForce(r, date));

export const covers = (t: CompiledTable, date: string) => date >= t.coverage.from && (t.coverage.to === null || date <= t.coverage.to);

/**
 * The days from which what `valueOn`, `rowsOn` and `covers` answer for `t` may differ from the day before: the first
 * day of the coverage, of each value and of each row, and the day after the last of each (in no particular order).
 * Between two of them, every value and row in force is the same.
 */
export function valueDates(t: CompiledTable): string[] {
  const out: string[] = [];
  const add = (x: { from: string; to: string | null }) => {
    out.push(x.from);
    const after = x.to === null ? null : dayAfter(x.to);
    if (after) out.push(after);
  };
  add(t.coverage);
  for (const p of t.parameters) for (const h of p.history) add(h);
  for (const s of t.scales) for (const r of s.rows) add(r);
  return out;
}

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
