/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), pure: no clock, no time zone (every date is a calendar day,
 * computed in UTC so no daylight-saving shift can move it). String order of ISO dates is date order.
 *
 * Years and months follow the civil-law period rule used by the calculators that need it: adding N months (or
 * years) lands on the same day of the month, or on the month's last day when that month is shorter
 * (2016-02-29 + 1 year = 2017-02-28; 2016-03-31 − 1 month = 2016-02-29).
 */

import { EngineError } from './errors';
import { daysInMonth } from '../tables/units';

/*
 * Dates are counted as whole days since 1970-01-01 with the proleptic Gregorian calendar's own arithmetic
 * (H. Hinnant's days_from_civil / civil_from_days), not with Date: Date.UTC reads years 0–99 as 1900–1999,
 * and toISOString writes years after 9999 as "+010000-…", which is no ISO date. Requests may carry any date
 * from 0000-01-01 to 9999-12-31; a date computed beyond that range is refused (422), never a wrong day or a 500.
 */

const parts = (iso: string): [number, number, number] => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];

/** Days from 1970-01-01 to y-m-d (negative before it). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number; a 422 problem when it falls outside 0000-01-01 … 9999-12-31. */
export function isoOfDay(day: number): string {
  if (!Number.isSafeInteger(day)) throw new RangeError(`isoOfDay expects a whole day number, got ${day}`);
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return formatIso(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

function formatIso(y: number, m: number, d: number): string {
  if (!(y >= 0 && y <= 9999)) {
    throw new EngineError('too-large', {
      zh: `根据请求计算出的日期落在 ${y} 年，超出 0000–9999 年，无法写成 ISO 日期（YYYY-MM-DD）。`,
      en: `A date computed from the request falls in the year ${y}, outside 0000–9999, which an ISO date (YYYY-MM-DD) cannot express.`,
    });
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days from 1970-01-01 to an ISO date. */
export const dayNumber = (iso: string): number => daysFromCivil(...parts(iso));

/** iso + n days (n may be negative). */
export function addDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays expects whole days, got ${n}`);
  return isoOfDay(dayNumber(iso) + n);
}

/** The last day an ISO date can name (requests may carry any date up to it). */
export const LAST_DAY = '9999-12-31';

/** The day after `iso`, or null after the last day an ISO date can name. */
export const dayAfter = (iso: string): string | null => (iso >= LAST_DAY ? null : addDays(iso, 1));

/** iso + n calendar months (n may be negative), clamped to the month's last day. */
export function addMonths(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addMonths expects whole months, got ${n}`);
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return formatIso(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** iso + n calendar years (29 February → 28 February in a common year). */
export const addYears = (iso: string, n: number): string => {
  if (!Number.isInteger(n)) throw new RangeError(`addYears expects whole years, got ${n}`);
  return addMonths(iso, n * 12);
};

/** Whole days from a to b (b − a; negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The later of two ISO dates (they compare as text). */
export const laterOf = (a: string, b: string): string => (a < b ? b : a);

/** Whole calendar months from `from` to `to`: the largest n with from + n months ≤ to (0 when `to` is earlier). */
export function fullMonthsBetween(from: string, to: string): number {
  if (to < from) return 0;
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  let n = (ty - fy) * 12 + (tm - fm);
  while (n > 0 && addMonths(from, n) > to) n--;
  return n;
}
