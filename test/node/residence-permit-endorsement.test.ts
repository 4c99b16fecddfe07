import { describe, expect, it } from 'vitest';
import { residencePermitEndorsement as calc } from '../../src/policy/residence-permits/residence-permit-endorsement';
import { refusal, run } from '../helpers/calc';

/**
 * Cases N1–N14 (嘉政办发〔2014〕98号 三（二）1, 三（二）2（3）).
 * For issueDate 2015-03-15: year 1 ends 2016-03-15 (anniversary); window (2016-03-15 − 1 month = 2016-02-15) + 1 day
 * = 2016-02-16 … 2016-03-15; grace 2016-03-15 + 60 days = 2016-05-14 (16 days to 03-31, + 30 April = 46, + 14 = 60);
 * cancellation ground from day 61 = 2016-05-15. Year 2: 2017-02-16 … 2017-03-15, grace 2017-05-14 (16 + 30 + 14).
 */

const issueDate = '2015-03-15';
const status = (asOfDate: string, endorsementDates: string[] = [], issue = issueDate) =>
  run(calc, { issueDate: issue, asOfDate, endorsementDates });
const YEAR1 = {
  year: 1,
  anniversary: '2016-03-15',
  windowStart: '2016-02-16',
  windowEnd: '2016-03-15',
  graceEnd: '2016-05-14',
  cancellationGroundFrom: '2016-05-15',
};
const P = '嘉政办发〔2014〕98号 ';

describe('residence-permit-endorsement (嘉政办发〔2014〕98号 三（二）)', () => {
  it('N1 the day before the window: active, no cycle yet, next window given', () => {
    const r = status('2016-02-15');
    expect(r).toMatchObject({
      status: 'active',
      cycles: [],
      next: { year: 1, windowStart: '2016-02-16', windowEnd: '2016-03-15', graceEnd: '2016-05-14' },
      residenceYearsCountFrom: null,
      ignoredEndorsements: [],
    });
  });

  it('N2 first day of the window (inclusive): window open', () => {
    const r = status('2016-02-16');
    expect(r.status).toBe('active');
    expect(r.cycles).toEqual([{ ...YEAR1, endorsedOn: null, outcome: 'window-open', suspendedFrom: null, suspendedTo: null }]);
    expect(r.next).toMatchObject({ year: 1 });
  });

  it('N3 endorsed on the first day of the window: on time', () => {
    const r = status('2016-04-01', ['2016-02-16']);
    expect(r).toMatchObject({
      status: 'active',
      residenceYearsCountFrom: null,
      ignoredEndorsements: [],
      next: { year: 2, windowStart: '2017-02-16', windowEnd: '2017-03-15', graceEnd: '2017-05-14' },
    });
    expect(r.cycles).toEqual([{ ...YEAR1, endorsedOn: '2016-02-16', outcome: 'on-time', suspendedFrom: null, suspendedTo: null }]);
    expect(r.trace.steps[0]!.rule).toBe(`${P}三（二）1`);
    expect(r.trace.steps[0]!.name).toEqual({ zh: '第 1 年的签注', en: 'endorsement year 1' });
    expect(r.trace.steps[0]!.formula.zh).toMatch(/；2016 年 2 月 16 日签注，在签注期内 → 按时签注$/);
    expect(r.notAssessed).toEqual([]);
  });

  it('N4 endorsed one day before the window: ignored, then overdue on 03-16', () => {
    const r = status('2016-03-16', ['2016-02-15']);
    expect(r).toMatchObject({ status: 'suspended', ignoredEndorsements: ['2016-02-15'] });
    expect(r.cycles[0]).toMatchObject({ outcome: 'overdue', endorsedOn: null, suspendedFrom: '2016-03-16', suspendedTo: null });
    expect(r.notes.map((n) => n.code)).toContain('ignored-endorsements');
  });

  it('N5 endorsed on the anniversary (deadline day inclusive): on time', () => {
    const r = status('2016-03-20', ['2016-03-15']);
    expect(r.status).toBe('active');
    expect(r.cycles[0]).toMatchObject({ outcome: 'on-time', endorsedOn: '2016-03-15' });
  });

  it('N6 day 1 overdue, nothing endorsed: suspended (证件使用功能中止)', () => {
    const r = status('2016-03-16');
    expect(r).toMatchObject({ status: 'suspended', next: { year: 1, graceEnd: '2016-05-14' } });
    expect(r.cycles[0]).toMatchObject({ outcome: 'overdue', graceEnd: '2016-05-14', suspendedFrom: '2016-03-16' });
  });

  it('N6b day 60 overdue, nothing endorsed yet: still only suspended', () => {
    // 2016-05-14 = day 60 ≤ grace end → overdue, not yet a cancellation ground.
    expect(status('2016-05-14')).toMatchObject({ status: 'suspended', cycles: [{ outcome: 'overdue' }] });
  });

  it('N7 endorsed on day 60: late, suspended 03-16…05-13, residence years restart 05-14', () => {
    const r = status('2016-06-01', ['2016-05-14']);
    expect(r).toMatchObject({
      status: 'active',
      residenceYearsCountFrom: '2016-05-14',
      pilotPeriod: 'after-pilot-year',
      next: { year: 2, windowStart: '2017-02-16' },
    });
    expect(r.cycles).toEqual([
      { ...YEAR1, endorsedOn: '2016-05-14', outcome: 'late', suspendedFrom: '2016-03-16', suspendedTo: '2016-05-13' },
    ]);
    expect(r.notes.find((n) => n.code === 'residence-years-restart')).toMatchObject({ rule: `${P}三（二）1` });
  });

  it('N7b endorsed on day 1 overdue: late with no whole day suspended', () => {
    const r = status('2016-03-16', ['2016-03-16']);
    expect(r.status).toBe('active');
    expect(r.cycles[0]).toMatchObject({ outcome: 'late', suspendedFrom: '2016-03-16', suspendedTo: null });
  });

  it('N8 day 61, nothing endorsed: cancellation ground (逾期60日未补办)', () => {
    const r = status('2016-05-15');
    expect(r).toMatchObject({ status: 'cancellation-ground', next: null });
    expect(r.cycles).toEqual([{ ...YEAR1, endorsedOn: null, outcome: 'missed', suspendedFrom: '2016-03-16', suspendedTo: null }]);
    expect(r.notes.find((n) => n.code === 'cancellation-ground')).toMatchObject({ rule: `${P}三（二）2（3）` });
    expect(r.trace.steps[0]!.rule).toBe(`${P}三（二）2（3）`);
    expect(r.trace.steps[0]!.formula.zh).toMatch(/自 2016 年 5 月 15 日起属于“逾期60日未补办签注手续”的注销情形$/);
    expect(r.trace.steps.find((s) => s.name.en === 'status on the date')!.formula).toEqual({
      zh: '第 1 年：逾期未补办 → 2016 年 5 月 15 日证件状态：属于注销情形（经有关部门认定后注销）',
      en: 'last year 1: missed → cancellation-ground',
    });
    expect(r.notAssessed).toEqual([]);
  });

  it('N9 endorsed on day 61: too late, ignored, cancellation ground', () => {
    const r = status('2016-06-01', ['2016-05-15']);
    expect(r).toMatchObject({ status: 'cancellation-ground', ignoredEndorsements: ['2016-05-15'], residenceYearsCountFrom: null });
    expect(r.cycles[0]!.outcome).toBe('missed');
  });

  it('N10 late in year 1, on time in year 2: windows still count from the issue date', () => {
    const r = status('2017-03-20', ['2016-04-01', '2017-03-01']);
    expect(r).toMatchObject({
      status: 'active',
      residenceYearsCountFrom: '2016-04-01',
      ignoredEndorsements: [],
      next: { year: 3, windowStart: '2018-02-16', windowEnd: '2018-03-15', graceEnd: '2018-05-14' },
    });
    expect(r.cycles.map((c) => [c.year, c.outcome, c.endorsedOn, c.windowStart, c.windowEnd])).toEqual([
      [1, 'late', '2016-04-01', '2016-02-16', '2016-03-15'],
      [2, 'on-time', '2017-03-01', '2017-02-16', '2017-03-15'],
    ]);
    expect(r.cycles[0]).toMatchObject({ suspendedFrom: '2016-03-16', suspendedTo: '2016-03-31' });
  });

  it('N11 issued 29 February: anniversary 28 February in a common year', () => {
    // 2017 has no 29 February → 2017-02-28; 2017-02-28 − 1 month = 2017-01-28, + 1 day = 01-29; grace 02-28 + 60 = 04-29.
    const r = status('2017-01-29', [], '2016-02-29');
    expect(r.cycles).toEqual([
      {
        year: 1,
        anniversary: '2017-02-28',
        windowStart: '2017-01-29',
        windowEnd: '2017-02-28',
        graceEnd: '2017-04-29',
        cancellationGroundFrom: '2017-04-30',
        endorsedOn: null,
        outcome: 'window-open',
        suspendedFrom: null,
        suspendedTo: null,
      },
    ]);
    expect(status('2017-01-28', [], '2016-02-29').cycles).toEqual([]);
  });

  it('N12 issued 31 March: window starts 1 March (month-end clamp), 29 February ignored', () => {
    // 2016-03-31 − 1 month = 2016-02-29 (clamped), + 1 day = 03-01. Grace: 03-31 + 30 = 04-30, + 30 = 05-30.
    const r = status('2016-04-01', ['2016-02-29'], '2015-03-31');
    expect(r).toMatchObject({ status: 'suspended', ignoredEndorsements: ['2016-02-29'] });
    expect(r.cycles[0]).toMatchObject({ windowStart: '2016-03-01', windowEnd: '2016-03-31', graceEnd: '2016-05-30', outcome: 'overdue' });
  });

  it('N13 issued before the pilot (2014-10-30): 422 not-in-force; 2014-10-31 is accepted', () => {
    const p = refusal(calc, { issueDate: '2014-10-30', asOfDate: '2015-01-01' });
    expect(p).toMatchObject({
      status: 422,
      type: '/problems/not-in-force',
      parameter: { table: 'residence-permits', key: 'endorsement.interval_years' },
    });
    const first = status('2015-10-30', [], '2014-10-31');
    // anniversary 2015-10-31, window 2015-10-01 … 2015-10-31; 2015-10-30 is inside; still within the pilot year
    expect(first).toMatchObject({
      status: 'active',
      pilotPeriod: 'within-pilot-year',
      cycles: [{ windowStart: '2015-10-01', windowEnd: '2015-10-31', outcome: 'window-open' }],
    });
    expect(status('2015-10-31', [], '2014-10-31')).toMatchObject({ pilotPeriod: 'after-pilot-year' });
  });

  it('N14 invalid dates name the field', () => {
    const bad = (input: Record<string, unknown>) =>
      calc.input.safeParse({ issueDate, asOfDate: '2016-06-01', ...input }).error?.issues.map((i) => i.path.join('.'));
    expect(bad({ endorsementDates: ['2016-07-01'] })).toEqual(['endorsementDates.0']);
    expect(bad({ endorsementDates: ['2016-06-01'] })).toBeUndefined(); // asOfDate itself is allowed
    expect(bad({ endorsementDates: ['2015-03-14'] })).toEqual(['endorsementDates.0']);
    expect(bad({ asOfDate: '2015-03-14' })).toEqual(['asOfDate']);
    expect(bad({ asOfDate: '2015-03-15' })).toBeUndefined();
    expect(bad({ issueDate: '2015-02-30' })).toEqual(['issueDate']);
    expect(bad({ endorsementDates: Array(51).fill('2016-03-01') })).toEqual(['endorsementDates']);
    expect(bad({ endorsementDates: Array(50).fill('2016-03-01') })).toBeUndefined();
  });

  it('a second endorsement in the same window is not used for any year', () => {
    const r = status('2016-04-01', ['2016-03-01', '2016-03-10']);
    expect(r.cycles[0]).toMatchObject({ outcome: 'on-time', endorsedOn: '2016-03-01' });
    expect(r.ignoredEndorsements).toEqual(['2016-03-10']);
  });

  it('after a missed year later years are not computed', () => {
    // year 1 missed (nothing by 2016-05-14); an endorsement in the year-2 window does not revive it.
    const r = status('2017-04-01', ['2017-03-01']);
    expect(r).toMatchObject({ status: 'cancellation-ground', ignoredEndorsements: ['2017-03-01'], next: null });
    expect(r.cycles.map((c) => c.outcome)).toEqual(['missed']);
  });

  it('every answer matches the documented output schema', () => {
    for (const r of [
      status('2016-02-15'),
      status('2016-06-01', ['2016-05-14']),
      status('2016-05-15'),
      status('2017-03-20', ['2016-04-01', '2017-03-01']),
    ]) {
      expect(calc.output.safeParse(r).success).toBe(true);
    }
  });
});
