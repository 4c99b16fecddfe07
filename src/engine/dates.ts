/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), pure: no clock, no time zone (every date is a calendar day,
 * computed in UTC so no daylight-saving shift can move it). String order of ISO dates is date order.
 *
 * Years and months follow the civil-law period rule used by the calculators that need it: adding N months (or
 * years) lands on the same day of the month, or on the month's last day when that month is shorter
 * (2016-02-29 + 1 year = 2017-02-28; 2016-03-31 − 1 month = 2016-02-29).
 */

const DAY_MS = 86_400_000;

const parts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
const format = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate(); // m: 1-12

/** iso + n days (n may be negative). */
export function addDays(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  return format(Date.UTC(y, m - 1, d) + n * DAY_MS);
}

/** iso + n calendar months (n may be negative), clamped to the month's last day. */
export function addMonths(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addMonths expects whole months, got ${n}`);
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  const td = Math.min(d, daysInMonth(ty, tm));
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}

/** iso + n calendar years (29 February → 28 February in a common year). */
export const addYears = (iso: string, n: number): string => {
  if (!Number.isInteger(n)) throw new RangeError(`addYears expects whole years, got ${n}`);
  return addMonths(iso, n * 12);
};

/** Whole days from a to b (b − a; negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / DAY_MS);
}
