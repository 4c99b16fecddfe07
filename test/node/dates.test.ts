import { describe, expect, it } from 'vitest';
import { addHours, formatLocalDateTime, localDateOf, parseLocalDateTime, weekday } from '../../src/engine/calendar';
import { addDays, addMonths, addYears, dayNumber, daysBetween, fullMonthsBetween } from '../../src/engine/dates';
import { EngineError } from '../../src/engine/errors';
import { problemOf } from '../../src/http/engine-problem';
import { checkValue } from '../../src/tables/units';

describe('calendar arithmetic on ISO dates (src/engine/dates.ts)', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2016-03-15', 60)).toBe('2016-05-14'); // 16 + 30 + 14
    expect(addDays('2015-12-31', 1)).toBe('2016-01-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(daysBetween('2016-03-15', '2016-05-14')).toBe(60);
  });

  it('adds months and years with month-end clamping', () => {
    expect(addMonths('2016-03-31', -1)).toBe('2016-02-29');
    expect(addMonths('2017-03-31', -1)).toBe('2017-02-28');
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29');
    expect(addMonths('2016-01-15', -13)).toBe('2014-12-15');
    expect(addYears('2016-02-29', 1)).toBe('2017-02-28');
    expect(addYears('2016-02-29', 4)).toBe('2020-02-29');
    expect(addYears('2014-10-31', 1)).toBe('2015-10-31');
    expect(() => addYears('2015-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('whole months between two dates (fullMonthsBetween)', () => {
  it('counts a month once its day comes round, the day itself included', () => {
    expect(fullMonthsBetween('2015-01-22', '2015-07-21')).toBe(5);
    expect(fullMonthsBetween('2015-01-22', '2015-07-22')).toBe(6);
    expect(fullMonthsBetween('2015-01-23', '2015-07-22')).toBe(5);
    expect(fullMonthsBetween('2015-01-22', '2015-01-22')).toBe(0);
    expect(fullMonthsBetween('2015-01-22', '2014-12-31')).toBe(0);
    expect(fullMonthsBetween('2015-01-31', '2015-02-28')).toBe(1); // the month's last day stands for the 31st
    expect(fullMonthsBetween('2015-01-22', '2017-09-01')).toBe(31);
  });
});

describe('the whole range of ISO dates, 0000-01-01 … 9999-12-31', () => {
  it('agrees with the platform calendar on every day from 1900 to 2100 (day numbers, weekdays, next day)', () => {
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2100, 11, 31); ms += 86_400_000) {
      const d = new Date(ms);
      const iso = d.toISOString().slice(0, 10);
      expect(dayNumber(iso)).toBe(ms / 86_400_000);
      expect(weekday(iso)).toBe(d.getUTCDay());
      expect(addDays(iso, 1)).toBe(new Date(ms + 86_400_000).toISOString().slice(0, 10));
    }
  });

  it('years 0–99 are themselves, not 1900–1999 (Date.UTC would say so), and year 0 is a leap year', () => {
    expect(addDays('0050-02-28', 1)).toBe('0050-03-01');
    expect(addDays('0000-02-28', 1)).toBe('0000-02-29'); // divisible by 400
    expect(addDays('0000-12-31', 1)).toBe('0001-01-01');
    expect(addMonths('0000-01-31', 1)).toBe('0000-02-29');
    expect(daysBetween('0000-01-01', '0001-01-01')).toBe(366);
    expect(weekday('0001-01-01')).toBe(1); // a Monday in the proleptic Gregorian calendar
  });

  it('a date computed past 9999-12-31 or before 0000-01-01 is a 422 problem, not a wrong date or a 500', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    for (const f of [
      () => addDays('9999-12-31', 1),
      () => addMonths('9999-12-15', 1),
      () => addYears('0000-06-01', -1),
      () => addDays('0000-01-01', -1),
    ]) {
      try {
        f();
        expect.unreachable('no problem thrown');
      } catch (e) {
        expect(e).toBeInstanceOf(EngineError);
        expect(problemOf(e as EngineError)).toMatchObject({ status: 422, type: '/problems/calculation-refused' });
      }
    }
  });

  it('local date-times keep their calendar date at the ends of the range', () => {
    const s = parseLocalDateTime('0050-03-01T08:30')!;
    expect(localDateOf(s)).toBe('0050-03-01');
    expect(formatLocalDateTime(s)).toBe('0050-03-01T08:30:00+08:00');
    expect(formatLocalDateTime(parseLocalDateTime('9999-12-31T23:59:59')!)).toBe('9999-12-31T23:59:59+08:00');
    expect(() => formatLocalDateTime(addHours(parseLocalDateTime('9999-12-31T23:00')!, 2))).toThrow(EngineError);
  });
});

describe('durations are whole', () => {
  it('the date functions refuse a fraction of a day as a code error (RangeError), not a client error', () => {
    expect(() => addDays('2015-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2015-01-01', Number.NaN)).toThrow(RangeError);
  });

  it('and the build refuses fractional days, working days, months and years in a workbook, so a request never meets one', () => {
    for (const unit of ['days', 'working-days', 'months', 'years'] as const) {
      expect(checkValue(unit, 1.5), unit).toMatchObject({ ok: false });
      expect(checkValue(unit, 2), unit).toMatchObject({ ok: true, value: 2 });
    }
  });
});
