import { addDays, addMonths, addYears, daysBetween } from './dates';

/**
 * How a request is moved to another date: `tables:diff` runs every case at its own date and again at each date an
 * edit changes (a new row's effective_from, the day after a changed effective_to), so an edit from 2016 shows the
 * answers it changes even when every case is dated 2015. Each calculator's docs say which of these movers keeps its
 * request's meaning (`sampleAt`): the same people at the same ages, the same bills at the same places in their year,
 * the same intervals between the dates of one case. Pure functions on the plain request (before validation).
 */

/** A request as a samples file or a calculator example holds it: plain JSON. */
export type SampleRequest = Record<string, unknown>;
/** The request moved to `date` (YYYY-MM-DD): the calculation as of that day. */
export type MoveSample = (request: SampleRequest, date: string) => SampleRequest;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2})?)$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const yearOf = (iso: string) => Number(iso.slice(0, 4));
/** Request fields that hold a calendar year (not a count of years, such as yearsInSpecialEducation). */
const YEAR_FIELDS = new Set(['year', 'plannedBuildYear']);

/** How every date of a request moves: dates and date-times, year-months, and year numbers. */
interface Shift {
  date(iso: string): string;
  yearMonth(ym: string): string;
  year(y: number): number;
}

/** The request with every date in it shifted: ISO dates, local date-times (time kept), YYYY-MM, and year fields. */
function shifted(value: unknown, shift: Shift, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => shifted(v, shift, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shifted(v, shift, k)]));
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return shift.date(value);
    const dt = LOCAL_DATE_TIME.exec(value);
    if (dt) return `${shift.date(dt[1]!)}${dt[2]}`;
    if (YEAR_MONTH.test(value)) return shift.yearMonth(value);
    return value;
  }
  if (typeof value === 'number' && YEAR_FIELDS.has(key) && Number.isInteger(value)) return shift.year(value);
  return value;
}

/** Every date moves by whole years (29 February → 28 February): the same days of the year, the same ages. */
export function byYears(request: SampleRequest, years: number): SampleRequest {
  return shifted(request, {
    date: (iso) => addYears(iso, years),
    yearMonth: (ym) => addMonths(`${ym}-01`, years * 12).slice(0, 7),
    year: (y) => y + years,
  }) as SampleRequest;
}

/**
 * The request's own reference date `anchor` becomes `date`; every other date moves by the same calendar interval —
 * whole months first (the same day of the month, clamped to its end), then days — so the intervals between them,
 * ages included, stay the sample's; a YYYY-MM moves by those months, a calendar year by the years between the two.
 */
export function toDate(request: SampleRequest, anchor: string, date: string): SampleRequest {
  let months = (yearOf(date) - yearOf(anchor)) * 12 + Number(date.slice(5, 7)) - Number(anchor.slice(5, 7));
  if (addMonths(anchor, months) > date) months -= 1;
  const days = daysBetween(addMonths(anchor, months), date);
  return shifted(request, {
    date: (iso) => addDays(addMonths(iso, months), days),
    yearMonth: (ym) => addMonths(`${ym}-01`, months).slice(0, 7),
    year: (y) => y + yearOf(date) - yearOf(anchor),
  }) as SampleRequest;
}

/** A year-based request (`year`) moved to the year of `date`, every date in it by the same number of years. */
export const inYearOf = (request: SampleRequest, date: string) => byYears(request, yearOf(date) - Number(request.year));

/** A request read on its `field` date: that field becomes `date`, the rest keep their distance to it. */
export const onField = (field: string) => (request: SampleRequest, date: string) => toDate(request, String(request[field]), date);

/** The first date of a list (`list[].field`): the list's earliest entry moves to `date`, the others keep their spacing. */
export const fromFirst = (list: string, field: string) => (request: SampleRequest, date: string) => {
  const dates = ((request[list] as Record<string, unknown>[] | undefined) ?? []).map((x) => String(x[field])).sort();
  return dates.length ? toDate(request, dates[0]!, date) : request;
};

/** The local date of a date-time field (`2015-03-05T16:00` → 2015-03-05) becomes `date`, its time of day kept. */
export const onDateTime = (field: string) => (request: SampleRequest, date: string) =>
  toDate(request, String(request[field]).slice(0, 10), date);

/** The request moved to `date` by `move`, or the reason it cannot be (not an object, a date out of range). */
export function moveRequest(move: MoveSample, request: unknown, date: string): { request: SampleRequest } | { error: string } {
  if (!request || typeof request !== 'object' || Array.isArray(request)) return { error: 'the request is not an object' };
  try {
    return { request: move(request as SampleRequest, date) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
