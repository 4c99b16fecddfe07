import { z } from '@hono/zod-openapi';
import { decimalPlaces, isIsoDate } from '../tables/units';
import { fenToYuan } from './money';

/** Request fields shared by the calculators. */

/** An amount in yuan: non-negative, at most two decimals (fen), at most 10^9 yuan. */
export const yuan = (description: string) =>
  z
    .number({ error: 'must be a number of yuan' })
    .nonnegative({ error: 'must not be negative' })
    .max(1e9, { error: 'must be at most 1 000 000 000 yuan' })
    .refine((n) => decimalPlaces(n) <= 2, { error: 'has more than two decimals (yuan are counted to the fen)' })
    .openapi({ description, example: 800, 'x-unit': 'CNY' });

export const isoDate = (description: string) =>
  z
    .string({ error: 'must be a date string YYYY-MM-DD' })
    .refine(isIsoDate, { error: 'must be a valid calendar date YYYY-MM-DD' })
    .openapi({ description, example: '2015-03-01', format: 'date' });

/** A yuan amount in a response: always a number with at most two decimals. */
export const yuanOut = (description: string) => z.number().openapi({ description, example: 640, 'x-unit': 'CNY' });

export const yuanOf = fenToYuan;

/** Whole years completed on `date` by someone born on `birthDate` (both ISO). */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Request limits (not policy values): documented in the OpenAPI and the README. */
export const MAX_CLAIMS = 1000;
export const MAX_COUNT = 100_000;
/** Insured persons in one funding request (a whole city-level scheme fits). */
export const MAX_PERSONS = 100_000_000;
/** Months of a working life in one request field (50 years). */
export const MAX_MONTHS = 600;
export const yearSchema = (description: string) =>
  z.number({ error: 'must be a year such as 2015' }).int({ error: 'must be a whole year' }).min(1949).max(2100).openapi({ description, example: 2015 });
