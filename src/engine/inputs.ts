import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import { CALENDAR_DATE, failsWith, TWO_DECIMALS } from './issue';
import { decimalPlaces, isIsoDate } from '../tables/units';
import { shanghaiDate } from './lookup';
import { fenToYuan } from './money';

/** Request fields shared by the calculators. */

/** An amount in yuan: non-negative, at most two decimals (fen), at most 10^9 yuan. */
export const yuan = (description: string) =>
  z
    .number({ error: 'must be a number of yuan' })
    .nonnegative({ error: 'must not be negative' })
    .max(1e9, { error: 'must be at most 1 000 000 000 yuan' })
    .refine((n) => decimalPlaces(n) <= 2, TWO_DECIMALS)
    .openapi(DOCUMENTED && { description, example: 800, 'x-unit': 'CNY' });

export const isoDate = (description: string) =>
  z
    .string({ error: 'must be a date string YYYY-MM-DD' })
    .refine(isIsoDate, CALENDAR_DATE)
    .openapi(DOCUMENTED && { description, example: '2015-03-01', format: 'date' });

/** A yuan amount in a response: always a number with at most two decimals. */
export const yuanOut = (description: string) => z.number().openapi(DOCUMENTED && { description, example: 640, 'x-unit': 'CNY' });

export const yuanOf = fenToYuan;
/** A share as a fraction (0.075 for 7.5 %), marked `x-unit: ratio` so that forms show it as a percentage. */
export const ratioOut = (description?: string) => z.number().openapi(DOCUMENTED && { description, 'x-unit': 'ratio' });
/** A multiple of another figure (1.2 for 120 % of it), marked `x-unit: multiplier`: forms show ×1.2 / 1.2倍. */
export const multipleOut = (description?: string) => z.number().openapi(DOCUMENTED && { description, 'x-unit': 'multiplier' });

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
  z
    .number({ error: 'must be a year such as 2015' })
    .int({ error: 'must be a whole year' })
    .min(1949)
    .max(2100)
    .openapi(DOCUMENTED && { description, example: 2015 });

/** Request limits of the emission-rights and air-pollution calculators (not policy values). */
export const MAX_COMPANIES = 1000;
export const MAX_FORECAST_DAYS = 31;
export const MAX_TONNES = 1_000_000_000;

/** Tonnages are counted to 1/10 000 t: at most four decimals, held as integers of that unit. */
export const TONNE_DECIMALS = 4;
export const TONNE_UNITS = 10 ** TONNE_DECIMALS;
export const tonnesToUnits = (t: number): number => Math.round(t * TONNE_UNITS);

/** A tonnage: non-negative (or > 0), at most four decimals, at most MAX_TONNES. */
export const tonnes = (description: string, opts: { positive?: boolean } = {}) =>
  z
    .number({ error: 'must be a number of tonnes' })
    .min(0, { error: 'must not be negative' })
    .max(MAX_TONNES, { error: `must be at most ${MAX_TONNES} tonnes` })
    .refine((n) => !opts.positive || n !== 0, failsWith('too-small', { zh: '须大于 0', en: 'must be greater than 0' }))
    .refine(
      (n) => decimalPlaces(n) <= TONNE_DECIMALS,
      failsWith('too-many-decimals', {
        zh: `最多 ${TONNE_DECIMALS} 位小数（吨数计到万分之一吨）`,
        en: `has more than ${TONNE_DECIMALS} decimals (tonnes are counted to 1/10 000 t)`,
      }),
    )
    .openapi(DOCUMENTED && { description, example: 2 });

/**
 * An optional law date: when omitted, the China Standard Time date of the request. The clock is read
 * here, while the request is validated, so calculators stay pure (they always receive a date).
 */
export const dateOrToday = (description: string) => {
  const text = `${description}; default: today (China Standard Time)`;
  return isoDate(text)
    .optional()
    .transform((d) => d ?? shanghaiDate(Date.now()))
    .openapi(DOCUMENTED && { description: text, example: '2015-03-01', format: 'date' });
};
