import { describe, expect, it } from 'vitest';
import { caseTransferDeadlines as calc } from '../../src/policy/enforcement-cooperation/case-transfer-deadlines';
import { refusal, run } from '../helpers/calc';

/**
 * Cases T1–T17 (嘉政办发〔2014〕113号 二（一）3).
 * Weekdays in 2015: 03-02 Mon, 03-05 Thu, 03-06 Fri, 03-07 Sat, 04-02 Thu, 04-06 Mon, 09-30 Wed,
 * 10-09 Fri, 10-10 Sat; 2014-12-28 is a Sunday. Periods: 3 working days (transfer), 24 hours (urgent),
 * 5 working days (acceptance notice); the start day is never counted.
 */

const issues = (x: unknown) => {
  const r = calc.input.safeParse(x);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => i.path.join('.'));
};

describe('ordinary transfer: 3 working days from discovery', () => {
  it('T1: found Mon 03-02 → Tue(1) Wed(2) Thu(3) = 03-05; notice from the deadline: Fri 06, Mon 09 … Thu 12', () => {
    const r = run(calc, { discoveredAt: '2015-03-02T10:00', urgent: false });
    expect(r.route).toBe('transfer');
    expect(r.transfer).toMatchObject({
      kind: 'end_of_day',
      deadlineDate: '2015-03-05',
      deadlineAt: null,
      periodWorkingDays: 3,
      onTime: null,
    });
    expect(r.transfer!.countedDays).toEqual(['2015-03-03', '2015-03-04', '2015-03-05']);
    expect(r.acceptanceNotice).toMatchObject({
      basis: 'transferDeadline',
      startDate: '2015-03-05',
      deadlineDate: '2015-03-12',
      periodWorkingDays: 5,
    });
    // no list given → weekends only, with the warning
    expect(r.calendar).toBe('weekends_only');
    expect(r.warnings).toEqual(['no holiday calendar supplied: statutory holidays and make-up working days are not applied']);
    expect(r.immediateActions).toBeNull();
    const [transfer, notice] = r.trace.steps;
    expect(transfer!.name).toEqual({ zh: '移送期限', en: 'transfer deadline' });
    expect(transfer!.rule).toBe('嘉政办发〔2014〕113号 二（一）3（1）');
    expect(transfer!.parameters).toContain('case_transfer.deadline');
    expect(r.trace.parameters['case_transfer.deadline']).toMatchObject({
      value: 3,
      unit: 'working-days',
      table: 'enforcement-cooperation',
    });
    expect(transfer!.formula).toEqual({
      zh: '3 个工作日：发现之日 2015 年 3 月 2 日（星期一）不计；第 1 天 3 月 3 日（星期二）、第 2 天 3 月 4 日（星期三）、第 3 天 3 月 5 日（星期四） → 期限为 2015 年 3 月 5 日，当日全天有效（未提供节假日名单，只扣除周末）',
      en: 'discovery day: start 2015-03-02 (Mon) not counted; working days 03-03 Tue (1), 03-04 Wed (2), 03-05 Thu (3) → deadline 2015-03-05, the whole day (calendar: weekends_only)',
    });
    expect(notice!.rule).toBe('嘉政办发〔2014〕113号 二（一）3（3）');
    expect(notice!.parameters).toEqual(['case_transfer.acceptance_notice_deadline']);
    // no actual time given: neither onTime is decided, and notAssessed says what would decide them
    expect(r.notAssessed.map((x) => [x.item, x.reason, x.fields])).toEqual([
      ['transfer.onTime', 'input-not-given', ['transferredAt']],
      ['acceptanceNotice.onTime', 'input-not-given', ['receivedAt', 'acceptanceNoticeAt']],
    ]);
  });

  it('T2: found Thu 03-05 16:00 → Fri 06(1), Mon 09(2), Tue 10(3); notice Wed 11 … Tue 17', () => {
    const r = run(calc, { discoveredAt: '2015-03-05T16:00', urgent: false });
    expect(r.transfer).toMatchObject({ deadlineDate: '2015-03-10', countedDays: ['2015-03-06', '2015-03-09', '2015-03-10'] });
    expect(r.acceptanceNotice).toMatchObject({
      deadlineDate: '2015-03-17',
      countedDays: ['2015-03-11', '2015-03-12', '2015-03-13', '2015-03-16', '2015-03-17'],
    });
  });

  it('T3: found on Saturday 03-07 → Mon 09(1), Tue 10(2), Wed 11(3); notice 12, 13, 16, 17, 18', () => {
    const r = run(calc, { discoveredAt: '2015-03-07T09:00', urgent: false });
    expect(r.transfer!.deadlineDate).toBe('2015-03-11');
    expect(r.acceptanceNotice!.deadlineDate).toBe('2015-03-18');
  });

  it('T4/T5: the whole deadline day is in time (03-10 23:59 on time; 03-11 00:00 late)', () => {
    expect(
      run(calc, { discoveredAt: '2015-03-05T16:00', urgent: false, transferredAt: '2015-03-10T23:59', holidays: [] }).transfer!.onTime,
    ).toBe(true);
    // late is a decision once a calendar is given (here: no holiday in the period, an empty list says so);
    // without one it is undetermined (see "lateness on a weekends-only count" below) — the case used to give false
    expect(
      run(calc, { discoveredAt: '2015-03-05T16:00', urgent: false, transferredAt: '2015-03-11T00:00', holidays: [] }).transfer!.onTime,
    ).toBe(false);
  });

  it('T15: found on Sunday 2014-12-28, the issue date → Mon 29, Tue 30, Wed 31', () => {
    const r = run(calc, { discoveredAt: '2014-12-28T10:00', urgent: false });
    expect(r.transfer!.deadlineDate).toBe('2014-12-31');
  });
});

describe('urgent transfer: 24 hours on the clock', () => {
  it('T6: Fri 03-06 16:30 + 24 h = Sat 03-07 16:30 (+08:00); notice from Sat: Mon 09 … Fri 13', () => {
    const r = run(calc, { discoveredAt: '2015-03-06T16:30', urgent: true });
    expect(r.route).toBe('urgent_transfer');
    expect(r.transfer).toMatchObject({
      kind: 'instant',
      deadlineAt: '2015-03-07T16:30:00+08:00',
      deadlineDate: '2015-03-07',
      periodHours: 24,
      periodWorkingDays: null,
      countedDays: null,
    });
    expect(r.acceptanceNotice).toMatchObject({ basis: 'transferDeadline', startDate: '2015-03-07', deadlineDate: '2015-03-13' });
    const step = r.trace.steps[0]!;
    expect(step.name.en).toBe('urgent transfer deadline');
    expect(step.rule).toBe(r.trace.parameters['case_transfer.urgent_deadline']!.citation);
    expect(r.trace.parameters['case_transfer.urgent_deadline']).toMatchObject({ value: 24, unit: 'hours' });
    expect(step.formula.zh).toBe(
      '情况紧急：自发现时 2015 年 3 月 6 日 16:30:00 起 24 小时（夜间、周末和节假日照算），至 2015 年 3 月 7 日 16:30:00（北京时间 +08:00），这一时刻仍在期限内',
    );
  });

  it('T7/T8: exactly 24 h is in time (16:30 and 16:30:00+08:00); 24 h 1 min (16:31) and 24 h 1 s are late', () => {
    const t = (transferredAt: string) => run(calc, { discoveredAt: '2015-03-06T16:30', urgent: true, transferredAt }).transfer!.onTime;
    expect(t('2015-03-07T16:30')).toBe(true);
    expect(t('2015-03-07T16:30:00+08:00')).toBe(true);
    expect(t('2015-03-07T16:31')).toBe(false);
    expect(t('2015-03-07T16:30:01')).toBe(false);
  });

  it('an urgent case found at 23:30 on 03-31 ends on the next local date (month boundary)', () => {
    // 2015-03-31T23:30 + 24 h = 2015-04-01T23:30
    expect(run(calc, { discoveredAt: '2015-03-31T23:30', urgent: true }).transfer!.deadlineAt).toBe('2015-04-01T23:30:00+08:00');
  });
});

describe('caller calendars', () => {
  it('T9: holiday Mon 04-06 skipped: Fri 03(1), Tue 07(2), Wed 08(3); weekends-only would give 04-07 (earlier, safe)', () => {
    const r = run(calc, { discoveredAt: '2015-04-02T09:00', urgent: false, holidays: ['2015-04-06'] });
    expect(r.transfer).toMatchObject({ deadlineDate: '2015-04-08', countedDays: ['2015-04-03', '2015-04-07', '2015-04-08'] });
    expect(r.calendar).toBe('caller_lists');
    expect(r.warnings).toEqual([]);
    expect(run(calc, { discoveredAt: '2015-04-02T09:00', urgent: false }).transfer!.deadlineDate).toBe('2015-04-07');
  });

  it('T10: make-up Saturday 10-10 counts: Sat 10(1), Mon 12(2), Tue 13(3); weekends-only gives 10-14, one day late', () => {
    const r = run(calc, { discoveredAt: '2015-10-09T10:00', urgent: false, adjustedWorkingDays: ['2015-10-10'] });
    expect(r.transfer).toMatchObject({ deadlineDate: '2015-10-13', countedDays: ['2015-10-10', '2015-10-12', '2015-10-13'] });
    expect(run(calc, { discoveredAt: '2015-10-09T10:00', urgent: false }).transfer!.deadlineDate).toBe('2015-10-14');
  });

  it('T11: National Day 10-01…10-07 with make-up Sat 10-10: Thu 08(1), Fri 09(2), Sat 10(3)', () => {
    const holidays = ['2015-10-01', '2015-10-02', '2015-10-03', '2015-10-04', '2015-10-05', '2015-10-06', '2015-10-07'];
    const r = run(calc, { discoveredAt: '2015-09-30T15:00', urgent: false, holidays, adjustedWorkingDays: ['2015-10-10'] });
    expect(r.transfer!.deadlineDate).toBe('2015-10-10');
    // weekends only: Thu 10-01, Fri 10-02, Mon 10-05
    expect(run(calc, { discoveredAt: '2015-09-30T15:00', urgent: false }).transfer!.deadlineDate).toBe('2015-10-05');
  });

  it('empty lists count as caller lists (no warning)', () => {
    const r = run(calc, { discoveredAt: '2015-03-02T10:00', urgent: false, holidays: [], adjustedWorkingDays: [] });
    expect(r).toMatchObject({ calendar: 'caller_lists', warnings: [] });
    expect(r.transfer!.deadlineDate).toBe('2015-03-05');
  });
});

describe('acceptance notice from receipt: 5 working days', () => {
  it('T12: received Tue 03-10 → Wed 11, Thu 12, Fri 13, Mon 16, Tue 17; sent 03-17 17:00 is on time', () => {
    const r = run(calc, {
      discoveredAt: '2015-03-05T16:00',
      urgent: false,
      receivedAt: '2015-03-10T11:00',
      acceptanceNoticeAt: '2015-03-17T17:00',
      holidays: [],
    });
    expect(r.acceptanceNotice).toMatchObject({
      kind: 'end_of_day',
      basis: 'receivedAt',
      startDate: '2015-03-10',
      deadlineDate: '2015-03-17',
      onTime: true,
    });
    const step = r.trace.steps.find((s) => s.name.en === 'acceptance notice deadline')!;
    expect(step.parameters).toEqual(['case_transfer.acceptance_notice_deadline']);
    expect(r.trace.parameters['case_transfer.acceptance_notice_deadline']).toMatchObject({ value: 5 });
    expect(r.trace.steps.find((s) => s.name.en === 'acceptance notice on time?')!.formula).toEqual({
      zh: '2015 年 3 月 17 日发出书面告知，不晚于期限 2015 年 3 月 17 日 → 按时告知',
      en: 'notice sent on 2015-03-17 ≤ deadline day 2015-03-17',
    });
    // the notice is decided; the transfer's time was not given
    expect(r.notAssessed.map((x) => x.item)).toEqual(['transfer.onTime']);
  });

  it('T13: sent Wed 03-18 09:00 is one working day late', () => {
    // with the caller's calendar (no holiday in March: an empty list); without one: undetermined (below)
    const r = run(calc, {
      discoveredAt: '2015-03-05T16:00',
      urgent: false,
      receivedAt: '2015-03-10T11:00',
      acceptanceNoticeAt: '2015-03-18T09:00',
      holidays: [],
    });
    expect(r.acceptanceNotice!.onTime).toBe(false);
  });
});

describe('ongoing violation', () => {
  it('T14: ongoing (urgent ignored) → stop now, notify promptly; no transfer or notice deadline', () => {
    const r = run(calc, { discoveredAt: '2015-03-05T10:00', ongoing: true, urgent: true });
    expect(r.route).toBe('ongoing');
    expect(r.transfer).toBeNull();
    expect(r.acceptanceNotice).toBeNull();
    expect(r.immediateActions).toEqual({
      stopOrder: 'immediately (立即责令当事人停止违法行为)',
      notifyJurisdiction: 'promptly (及时告知), no numeric deadline',
    });
    expect(r.trace.steps[0]!.rule).toBe('嘉政办发〔2014〕113号 二（一）3（1）');
    expect(r.trace.steps[0]!.name.en).toBe('ongoing violation: stop now, notify promptly');
    expect(r.notAssessed).toEqual([]);
  });

  it('ongoing with a receipt date: the acceptance notice still runs from receipt (Tue 03-10 → Tue 03-17)', () => {
    const r = run(calc, { discoveredAt: '2015-03-05T10:00', ongoing: true, urgent: false, receivedAt: '2015-03-10T09:00' });
    expect(r.transfer).toBeNull();
    expect(r.acceptanceNotice).toMatchObject({ basis: 'receivedAt', deadlineDate: '2015-03-17' });
  });
});

describe('not in force and invalid input', () => {
  it('T16: found 2014-12-27, before 113号 was issued → 422 naming all three periods', () => {
    const p = refusal(calc, { discoveredAt: '2014-12-27T10:00', urgent: false }) as unknown as {
      type: string;
      missing: { key: string; reason: string }[];
    };
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.missing.map((m) => [m.key, m.reason])).toEqual([
      ['case_transfer.deadline', 'not-in-force'],
      ['case_transfer.urgent_deadline', 'not-in-force'],
      ['case_transfer.acceptance_notice_deadline', 'not-in-force'],
    ]);
  });

  it('T17: Z offset, a non-ISO holiday, a transfer before discovery, a date in both lists', () => {
    expect(issues({ discoveredAt: '2015-03-05T10:00Z', urgent: false })).toEqual(['discoveredAt']);
    expect(issues({ discoveredAt: '2015-03-05T10:00+09:00', urgent: false })).toEqual(['discoveredAt']);
    expect(issues({ discoveredAt: '2015-03-05T10:00', urgent: false, holidays: ['2015-4-6'] })).toEqual(['holidays.0']);
    expect(issues({ discoveredAt: '2015-03-05T10:00', urgent: false, transferredAt: '2015-03-05T09:00' })).toEqual(['transferredAt']);
    expect(
      issues({ discoveredAt: '2015-03-05T10:00', urgent: false, holidays: ['2015-04-06'], adjustedWorkingDays: ['2015-04-06'] }),
    ).toEqual(['adjustedWorkingDays.0']);
  });

  it('a transfer at the discovery instant is allowed; notice needs receivedAt and may not precede it; duplicates and extra fields refused', () => {
    expect(run(calc, { discoveredAt: '2015-03-05T10:00', urgent: false, transferredAt: '2015-03-05T10:00' }).transfer!.onTime).toBe(true);
    expect(issues({ discoveredAt: '2015-03-05T10:00', urgent: false, acceptanceNoticeAt: '2015-03-06T10:00' })).toEqual([
      'acceptanceNoticeAt',
    ]);
    expect(
      issues({ discoveredAt: '2015-03-05T10:00', urgent: false, receivedAt: '2015-03-06T10:00', acceptanceNoticeAt: '2015-03-06T09:59' }),
    ).toEqual(['acceptanceNoticeAt']);
    expect(issues({ discoveredAt: '2015-03-05T10:00', urgent: false, holidays: ['2015-04-06', '2015-04-06'] })).toEqual(['holidays.1']);
    expect(issues({ discoveredAt: '2015-03-05T10:00', urgent: false, extra: 1 })).toEqual(['']);
    expect(issues({ discoveredAt: '2015-02-30T10:00', urgent: false })).toEqual(['discoveredAt']);
    expect(issues({ discoveredAt: '2015-03-05T24:00', urgent: false })).toEqual(['discoveredAt']);
  });
});

describe('lateness on a weekends-only count is undetermined, never a false "late"', () => {
  const UNDETERMINED =
    /counted on weekends only → undetermined: no holidays \/ adjustedWorkingDays given; a holiday in the period would move the deadline later, a make-up working day earlier/;

  it('transfer on Wed 03-11 after the weekends-only deadline Tue 03-10, no calendar: onTime null (a holiday on 03-06…03-10 would make it in time)', () => {
    const r = run(calc, { discoveredAt: '2015-03-05T16:00', urgent: false, transferredAt: '2015-03-11T00:00' });
    expect(r).toMatchObject({ calendar: 'weekends_only', transfer: { deadlineDate: '2015-03-10', onTime: null } });
    const step = r.trace.steps.find((s) => s.name.en === 'transfer on time?')!;
    expect(step.formula.en).toMatch(/^transferred on 2015-03-11 > deadline day 2015-03-10 counted on weekends only → undetermined/);
    expect(step.formula.zh).toMatch(/^2015 年 3 月 11 日移送，晚于期限 2015 年 3 月 10 日，但这个期限只扣除了周末.*无法判定是否按时/);
    expect(step.result).toBeNull();
    // the null is explained: the calendar lists would decide it
    expect(r.notAssessed).toEqual([
      expect.objectContaining({ item: 'transfer.onTime', reason: 'input-not-given', fields: ['holidays', 'adjustedWorkingDays'] }),
      expect.objectContaining({ item: 'acceptanceNotice.onTime', fields: ['receivedAt', 'acceptanceNoticeAt'] }),
    ]);
    expect(calc.output.safeParse(r).success).toBe(true);
  });

  it("the same transfer with a holiday on Mon 03-09 in the caller's list is in time: what the null leaves open", () => {
    // Fri 06 (1), Mon 09 holiday, Tue 10 (2), Wed 11 (3) → deadline 03-11
    const r = run(calc, { discoveredAt: '2015-03-05T16:00', urgent: false, transferredAt: '2015-03-11T00:00', holidays: ['2015-03-09'] });
    expect(r.transfer).toMatchObject({ deadlineDate: '2015-03-11', onTime: true });
  });

  it('acceptance notice late on a weekends-only count: onTime null; with lists given (make-up days only): false', () => {
    const noCal = run(calc, {
      discoveredAt: '2015-03-05T16:00',
      urgent: false,
      receivedAt: '2015-03-10T11:00',
      acceptanceNoticeAt: '2015-03-18T09:00',
    });
    expect(noCal.acceptanceNotice).toMatchObject({ deadlineDate: '2015-03-17', onTime: null });
    const step = noCal.trace.steps.find((s) => s.name.en === 'acceptance notice on time?')!;
    expect(step.formula.en).toMatch(UNDETERMINED);
    expect(step.formula.zh).toMatch(/未提供节假日和调休上班日名单.*无法判定是否按时/);
    expect(noCal.notAssessed.find((x) => x.item === 'acceptanceNotice.onTime')!.fields).toEqual(['holidays', 'adjustedWorkingDays']);
    const lists = run(calc, {
      discoveredAt: '2015-03-05T16:00',
      urgent: false,
      receivedAt: '2015-03-10T11:00',
      acceptanceNoticeAt: '2015-03-18T09:00',
      adjustedWorkingDays: [],
    });
    expect(lists).toMatchObject({ calendar: 'caller_lists', acceptanceNotice: { onTime: false } });
  });

  // Without lists only an act on or before the earliest deadline any calendar could give (start + n days, every day
  // a working day) is in time for certain: a make-up working day (调休) moves the deadline earlier.
  it('without a calendar: in time for certain only by start + n days; after that undetermined, as a 调休 day could make it late', () => {
    // Thu 03-05 + 3 days = Sun 03-08: a transfer that day is in time whatever the calendar
    expect(run(calc, { discoveredAt: '2015-03-05T16:00', urgent: false, transferredAt: '2015-03-08T10:00' }).transfer!.onTime).toBe(true);
    // Tue 03-10 is the weekends-only deadline, but with Sat 03-07 a make-up working day it would be Mon 03-09
    expect(run(calc, { discoveredAt: '2015-03-05T16:00', urgent: false, transferredAt: '2015-03-10T23:59' }).transfer!.onTime).toBeNull();
    expect(
      run(calc, { discoveredAt: '2015-03-05T16:00', urgent: false, transferredAt: '2015-03-10T23:59', adjustedWorkingDays: ['2015-03-07'] })
        .transfer!.onTime,
    ).toBe(false);
    // Thu 2015-10-08, 3 working days; transfer Tue 10-13 (weekends-only deadline); Sat 10-10 was a make-up day
    expect(run(calc, { discoveredAt: '2015-10-08T09:00', urgent: false, transferredAt: '2015-10-13T10:00' }).transfer!.onTime).toBeNull();
    expect(
      run(calc, {
        discoveredAt: '2015-10-08T09:00',
        urgent: false,
        transferredAt: '2015-10-13T10:00',
        holidays: [],
        adjustedWorkingDays: ['2015-10-10'],
      }).transfer!.onTime,
    ).toBe(false);
    // Fri 03-06 16:30 + 24 h = Sat 03-07 16:30; 16:31 is late whatever the calendar
    const urgent = run(calc, { discoveredAt: '2015-03-06T16:30', urgent: true, transferredAt: '2015-03-07T16:31' });
    expect(urgent).toMatchObject({ calendar: 'weekends_only', transfer: { kind: 'instant', onTime: false } });
  });
});
