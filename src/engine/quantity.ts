import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import { failsWith } from './issue';
import { decimalPlaces, normalizeNumber } from '../tables/units';

/**
 * Non-money quantities (distances, areas, pressures, hours…) compared exactly: a value with at most d
 * decimals is a whole number of 10^-d units, so a bound is tested on integers and 5.01 m vs 5 m, or
 * 0.140001 MPa vs 0.14 MPa, never fail on floating point.
 */

/** Request limit (not policy): quantities and counts in a request are at most 10^9. */
export const MAX_QUANTITY = 1_000_000_000;

/** x as a whole number of 10^-decimals units (x has at most `decimals` decimals; workbook values are normalised first). */
export const scaled = (x: number, decimals: number): number => Math.round(normalizeNumber(x) * 10 ** decimals);

/** A non-negative number with at most `decimals` decimals (0 = a whole number), at most MAX_QUANTITY. */
export const quantity = (description: string, decimals: number, example?: number) =>
  z
    .number({ error: 'must be a number' })
    .nonnegative({ error: 'must not be negative' })
    .max(MAX_QUANTITY, { error: `must be at most ${MAX_QUANTITY}` })
    .refine(
      (n) => decimalPlaces(n) <= decimals,
      decimals === 0
        ? failsWith('invalid-type', { zh: '应为整数', en: 'must be a whole number' })
        : failsWith('too-many-decimals', { zh: `最多 ${decimals} 位小数`, en: `has more than ${decimals} decimals` }),
    )
    .openapi(DOCUMENTED && { description, ...(example === undefined ? {} : { example }) });

/** A whole count ≥ 0, at most MAX_QUANTITY. */
export const wholeCount = (description: string, example?: number) =>
  z
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .nonnegative({ error: 'must not be negative' })
    .max(MAX_QUANTITY, { error: `must be at most ${MAX_QUANTITY}` })
    .openapi(DOCUMENTED && { description, ...(example === undefined ? {} : { example }) });
