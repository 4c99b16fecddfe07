import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import { CALENDAR_DATE, failsWith, issue } from './issue';
import { isIsoDate } from '../tables/units';

/**
 * Calendar arithmetic for deadlines, pure (no clock): ISO date strings and UTC date maths only.
 *
 * Working days (工作日). The gazette publishes no holiday calendar, and a built-in one would be a value
 * no source gives (and would go stale every year). So a day is a working day when it is Monday–Friday
 * and not in the caller's `holidays`, or when it is in the caller's `adjustedWorkingDays` (调休上班日).
 * With neither list given only Saturdays and Sundays are non-working, and the answer says so.
 *
 * Periods in working days: the start day is not counted (《民法典》第二百零一条 「开始的当日不计入」); day 1 is
 * the first working day after the start date and the deadline is the whole N-th working day.
 *
 * Date-times are China Standard Time (UTC+08:00, no daylight saving). They are kept as the number of
 * seconds of the local wall clock since 1970-01-01T00:00 local, so local calendar dates fall out directly.
 */

const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86_400;

/** Request limits (not policy): calendar lists hold at most this many dates each. */
export const MAX_CALENDAR_DATES = 400;
/** Request limit: working-day periods are at most this long (a guard on the day loop). */
export const MAX_PERIOD_WORKING_DAYS = 1000;

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export const weekday = (iso: string): number => (((dayNumber(iso) + 4) % 7) + 7) % 7;

export const isWeekend = (iso: string): boolean => weekday(iso) === 0 || weekday(iso) === 6;

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const dayName = (iso: string): string => DAY_NAMES[weekday(iso)]!;

// Day and month arithmetic is shared with the other date calculators (engine/dates.ts).
export { addDays, addMonths as addMonthsClamped } from './dates';
import { addDays, dayNumber, isoOfDay } from './dates';

export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  adjustedWorkingDays: ReadonlySet<string>;
  /** weekends_only: neither list was given; caller_lists: at least one list was given (even empty). */
  kind: 'weekends_only' | 'caller_lists';
}

export const NO_CALENDAR_WARNING = 'no holiday calendar supplied: statutory holidays and make-up working days are not applied';

export function workingCalendar(holidays?: readonly string[], adjustedWorkingDays?: readonly string[]): WorkingCalendar {
  return {
    holidays: new Set(holidays ?? []),
    adjustedWorkingDays: new Set(adjustedWorkingDays ?? []),
    kind: holidays === undefined && adjustedWorkingDays === undefined ? 'weekends_only' : 'caller_lists',
  };
}

export const isWorkingDay = (iso: string, cal: WorkingCalendar): boolean =>
  cal.adjustedWorkingDays.has(iso) || (!isWeekend(iso) && !cal.holidays.has(iso));

/** The n-th working day after `start` (the start day itself never counts), with the days counted. */
export function nthWorkingDayAfter(start: string, n: number, cal: WorkingCalendar): { deadline: string; counted: string[] } {
  if (!Number.isInteger(n) || n < 1 || n > MAX_PERIOD_WORKING_DAYS)
    throw new RangeError(`a working-day period must be a whole number from 1 to ${MAX_PERIOD_WORKING_DAYS}`);
  const counted: string[] = [];
  let d = start;
  while (counted.length < n) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) counted.push(d);
  }
  return { deadline: d, counted };
}

// ---------------------------------------------------------------------------------------------
// Local (UTC+08:00) date-times.

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(\+08:00)?$/;

/** Seconds of the local wall clock since 1970-01-01T00:00 local; undefined if malformed or not +08:00. */
export function parseLocalDateTime(s: string): number | undefined {
  const m = LOCAL_DATE_TIME.exec(s);
  if (!m || !isIsoDate(m[1]!)) return undefined;
  return dayNumber(m[1]!) * SECONDS_PER_DAY + Number(m[2]) * SECONDS_PER_HOUR + Number(m[3]) * 60 + Number(m[4] ?? 0);
}

/** The local calendar date of a local date-time (seconds). */
export const localDateOf = (seconds: number): string => isoOfDay(Math.floor(seconds / SECONDS_PER_DAY));

/** "2015-03-07T16:30:00+08:00" (a 422 problem when the date falls after 9999-12-31). */
export const formatLocalDateTime = (seconds: number): string => {
  const day = Math.floor(seconds / SECONDS_PER_DAY);
  const s = Math.floor(seconds - day * SECONDS_PER_DAY);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${isoOfDay(day)}T${two(Math.floor(s / SECONDS_PER_HOUR))}:${two(Math.floor((s % SECONDS_PER_HOUR) / 60))}:${two(s % 60)}+08:00`;
};

export const addHours = (seconds: number, hours: number): number => seconds + hours * SECONDS_PER_HOUR;

// ---------------------------------------------------------------------------------------------
// Request fields.

const LOCAL_DATE_TIME_ERROR = 'must be a China Standard Time date-time YYYY-MM-DDTHH:mm[:ss][+08:00] (no other offset, no Z)';
const LOCAL_DATE_TIME_FAILS = failsWith('invalid-format', {
  zh: '应为北京时间的日期时间，写成 年-月-日T时:分，如 2015-03-05T16:00',
  en: LOCAL_DATE_TIME_ERROR,
});
/** A China Standard Time date-time: YYYY-MM-DDTHH:mm, optional :ss, optional offset (+08:00 only). */
export const localDateTime = (description: string) =>
  z
    .string({ error: 'must be a date-time string YYYY-MM-DDTHH:mm' })
    // the shape as a regex check, so the published JSON Schema carries it as `pattern`; the refinement checks the calendar
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\+08:00)?$/, { error: LOCAL_DATE_TIME_ERROR, abort: true })
    .refine((s) => parseLocalDateTime(s) !== undefined, LOCAL_DATE_TIME_FAILS)
    .openapi(
      DOCUMENTED && {
        description: `${description} (China Standard Time, UTC+08:00; offset optional, +08:00 only)`,
        example: '2015-03-05T16:00',
      },
    );

/** A list of ISO dates, unique, at most MAX_CALENDAR_DATES. */
export const dateList = (description: string) =>
  z
    .array(
      z
        .string()
        .refine(isIsoDate, CALENDAR_DATE)
        .openapi(DOCUMENTED && { format: 'date', example: '2015-10-01' }),
      {
        error: 'must be a list of dates YYYY-MM-DD',
      },
    )
    .max(MAX_CALENDAR_DATES, { error: `at most ${MAX_CALENDAR_DATES} dates` })
    .superRefine((xs, ctx) => {
      const seen = new Set<string>();
      xs.forEach((x, i) => {
        if (seen.has(x)) issue(ctx, [i], 'duplicate', { zh: `日期 ${x} 重复`, en: `duplicate date ${x}` });
        seen.add(x);
      });
    })
    .openapi(DOCUMENTED && { description, example: ['2015-04-06'] });

/** Adds an issue on `adjustedWorkingDays[i]` for every date that is also a holiday. */
export function checkCalendarLists(
  r: { holidays?: readonly string[]; adjustedWorkingDays?: readonly string[] },
  ctx: z.RefinementCtx,
): void {
  const holidays = new Set(r.holidays ?? []);
  (r.adjustedWorkingDays ?? []).forEach((d, i) => {
    if (holidays.has(d))
      issue(ctx, ['adjustedWorkingDays', i], 'conflict', { zh: `${d} 同时列在节假日中`, en: `${d} is also in holidays` });
  });
}

export const HOLIDAYS_DESCRIPTION =
  "Statutory holidays (法定节假日) falling on weekdays, as ISO dates, usually copied from the year's State Council holiday notice; not published in the gazette. Give this or adjustedWorkingDays to leave the weekends-only calendar.";
export const ADJUSTED_DESCRIPTION = 'Weekend days worked in exchange for holidays (调休上班日), as ISO dates; they count as working days.';
