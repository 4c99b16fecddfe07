import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import { TWO_DECIMALS } from './issue';
import type { Range } from '../tables/model';
import { decimalPlaces, normalizeNumber } from '../tables/units';

/**
 * Exact rational arithmetic for threshold checks. A decimal with k places is n / 10^k with n an integer,
 * so every comparison of a request figure with a workbook bound (and every per-unit figure such as
 * "investment per mu" = amount ÷ area) is decided on BigInt cross-products, never on floating point:
 * 89 999 999.99 CNY on 30 mu is below 3 000 000 CNY/mu even though the quotient displays as 3 000 000.00.
 */
export interface Exact {
  n: bigint;
  /** > 0 */
  d: bigint;
}

const TEN = BigInt(10);
const pow10 = (k: number) => TEN ** BigInt(k);

/** A finite decimal number (request or workbook value) as an exact fraction; normalised to 15 significant digits first. */
export function exactOf(x: number): Exact {
  const v = normalizeNumber(x);
  const k = decimalPlaces(v);
  return { n: BigInt(Math.round(v * 10 ** k)), d: pow10(k) };
}

/** a ÷ b (b ≠ 0). */
export const divide = (a: Exact, b: Exact): Exact => {
  if (b.n === BigInt(0)) throw new RangeError('division by zero');
  const sign = b.n < BigInt(0) ? BigInt(-1) : BigInt(1);
  return { n: a.n * b.d * sign, d: a.d * b.n * sign };
};

/** a × b */
export const multiply = (a: Exact, b: Exact): Exact => ({ n: a.n * b.n, d: a.d * b.d });

/** −1, 0 or 1 as a <, =, > b. */
export function compare(a: Exact, b: Exact): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Which end of a range x fails, if any: 'below' the minimum, 'above' the maximum, or null (inside). Null bounds are unbounded. */
export function rangeCheck(r: Range, x: Exact): 'below' | 'above' | null {
  if (r.min !== null) {
    const c = compare(x, exactOf(r.min));
    if (c < 0 || (c === 0 && !r.minInclusive)) return 'below';
  }
  if (r.max !== null) {
    const c = compare(x, exactOf(r.max));
    if (c > 0 || (c === 0 && !r.maxInclusive)) return 'above';
  }
  return null;
}

/** A range with both ends empty sets no constraint. */
export const isOpenRange = (r: Range | undefined) => !r || (r.min === null && r.max === null);

/** x ≥ 0 rounded half-up to `decimals` places, as a number (for display only; decisions use compare). */
export function roundHalfUp(x: Exact, decimals: number): number {
  if (x.n < BigInt(0)) throw new RangeError('roundHalfUp expects a non-negative value');
  const scale = pow10(decimals);
  const two = BigInt(2);
  const units = (two * x.n * scale + x.d) / (two * x.d);
  return Number(units) / 10 ** decimals;
}

/** "≥ 3000000", "> 3000", "≤ 20" …: the bounds of a range as text. */
export function boundText(r: Range): string {
  const parts: string[] = [];
  if (r.min !== null) parts.push(`${r.minInclusive ? '≥' : '>'} ${r.min}`);
  if (r.max !== null) parts.push(`${r.maxInclusive ? '≤' : '<'} ${r.max}`);
  return parts.length ? parts.join(' and ') : 'no constraint';
}

/** Request limit (not policy): project money amounts (investment, sales, tax) up to 10^12 yuan. */
export const MAX_PROJECT_YUAN = 1_000_000_000_000;

/** A project amount in yuan: ≥ 0, at most two decimals, at most MAX_PROJECT_YUAN. */
export const projectYuan = (description: string, example?: number) =>
  z
    .number({ error: 'must be a number of yuan' })
    .nonnegative({ error: 'must not be negative' })
    .max(MAX_PROJECT_YUAN, { error: `must be at most ${MAX_PROJECT_YUAN} yuan` })
    .refine((n) => decimalPlaces(n) <= 2, TWO_DECIMALS)
    .openapi(DOCUMENTED && { description, ...(example === undefined ? {} : { example }), 'x-unit': 'CNY' });

/** Land areas in requests are counted to 1/10 000 mu (four decimals). */
export const AREA_DECIMALS = 4;
/** Floor-area ratios in requests have at most four decimals. */
export const FAR_DECIMALS = 4;
/** Energy use (tce) and roof areas (m²) in requests have at most two decimals. */
export const MEASURE_DECIMALS = 2;

/** x rounded half-up to `decimals` places as an exact decimal string, trailing zeros dropped ("90000000", "40000200"). */
export function formatExact(x: Exact, decimals = 6): string {
  const negative = x.n < BigInt(0);
  const abs: Exact = { n: negative ? -x.n : x.n, d: x.d };
  const scale = pow10(decimals);
  const two = BigInt(2);
  const units = (two * abs.n * scale + abs.d) / (two * abs.d);
  const whole = units / scale;
  const frac = (units % scale).toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${negative && units !== BigInt(0) ? '-' : ''}${whole.toString()}${frac ? `.${frac}` : ''}`;
}
