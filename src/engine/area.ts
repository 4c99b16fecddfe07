import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import { failsWith } from './issue';
import { decimalPlaces } from '../tables/units';
import type { Ppm } from './money';

/**
 * Floor areas, exactly. A request gives m² with at most two decimals, i.e. a whole number of
 * hundredths of a square metre (1/100 m² = 1 dm²). A ratio is a whole number of millionths (ppm), so
 * area × ratio is a whole number of 10⁻⁸ m²: areas are kept as bigint counts of 10⁻⁸ m² ("units") and
 * never rounded. Minimum areas are not money: rounding a minimum down would understate it, rounding it
 * up would invent one, so an area result is reported exactly (it has at most 8 decimals).
 */

/** An exact area: a whole number of 10⁻⁸ m². */
export type Area = bigint;

const UNITS_PER_M2 = 100_000_000n;
const UNITS_PER_DM2 = 1_000_000n; // 10⁻⁸ m² per hundredth of a m²

/** Request limit (not policy): one project or block of at most 10 million m² of floor area. */
export const MAX_AREA_M2 = 10_000_000;

/** An area in m² from a request (≤ 2 decimals) as exact units. */
export const areaOf = (m2: number): Area => BigInt(Math.round(m2 * 100)) * UNITS_PER_DM2;

/** An area in m² from a workbook cell (m2 unit; any decimals up to 8) as exact units. */
export const areaOfParameter = (m2: number): Area => {
  const [whole, frac = ''] = m2.toFixed(8).split('.');
  return BigInt(whole!) * UNITS_PER_M2 + BigInt(frac.padEnd(8, '0').slice(0, 8));
};

/** area × ratio, exact: (hundredths of m²) × ppm = 10⁻⁸ m². */
export const areaTimesRatio = (a: Area, ppm: Ppm): Area => {
  if (a % UNITS_PER_DM2 !== 0n) throw new RangeError('areaTimesRatio expects an area in whole hundredths of m²');
  return (a / UNITS_PER_DM2) * BigInt(ppm);
};

export const maxArea = (a: Area, b: Area): Area => (a > b ? a : b);
export const sumAreas = (xs: readonly Area[]): Area => xs.reduce((s, x) => s + x, 0n);

/** "19.99998" — exact decimal m², trailing zeros dropped. */
export function formatArea(a: Area): string {
  const neg = a < 0n;
  const abs = neg ? -a : a;
  const whole = abs / UNITS_PER_M2;
  const frac = (abs % UNITS_PER_M2).toString().padStart(8, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** For a JSON response: the double nearest the exact decimal (equal to the decimal literal). */
export const areaNumber = (a: Area): number => Number(formatArea(a));

/** A floor area field in m²: at most two decimals, at most MAX_AREA_M2; `positive` excludes 0. */
export const squareMetres = (description: string, opts: { positive: boolean }) =>
  // bounds as zod checks, not refinements, so the published JSON Schema states them (exclusiveMinimum / minimum, maximum)
  (opts.positive
    ? z.number({ error: 'must be a number of square metres' }).positive({ error: 'must be greater than 0' })
    : z.number({ error: 'must be a number of square metres' }).min(0, { error: 'must not be negative' })
  )
    .max(MAX_AREA_M2, { error: `must be at most ${MAX_AREA_M2} m²` })
    .refine(
      (n) => decimalPlaces(n) <= 2,
      failsWith('too-many-decimals', {
        zh: '最多两位小数（面积计到 0.01 平方米）',
        en: 'has more than two decimals (areas are given to 0.01 m²)',
      }),
    )
    .openapi(DOCUMENTED && { description, example: 50000 });

/** An area in a response: m² as a number, exact to 10⁻⁸ m². */
export const areaOut = (description: string) => z.number().openapi(DOCUMENTED && { description, example: 100 });
