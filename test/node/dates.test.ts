import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween } from '../../src/engine/dates';

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
