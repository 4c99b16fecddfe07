import { describe, expect, it } from 'vitest';
import { employeeMedicalTransferFee as calc } from '../../src/policy/employee-medical-insurance/employee-medical-transfer-fee';
import { realBundle, refusal, run } from '../helpers/calc';

// Cases T1–T20 of the transfer rules (嘉政发〔2014〕87号 第十四、十六条).
// Parameters 2015: 1000 a year until 75, at least 5 years, × 90% in 2015; arrears months × 2112 × 5.5%
// (months up to 2014-12, retired before 2015-01-01), × 90%; men 25 years (300 months), women 20 (240).

const arrearsNone = { applicable: false, months: 0, full: 0, payable: 0 };

describe('employee-medical-transfer-fee: lump sum until 75 (第十六条)', () => {
  it('T1 born 1952-08-01, applied 2015-03-15: 13 years', () => {
    const r = run(calc, { birthDate: '1952-08-01', applicationDate: '2015-03-15' });
    // age 62; 75 − 62 = 13 ≥ 5; 13 × 1000 = 13000; × 90% = 11700
    expect(r.ageAtApplication).toBe(62);
    expect(r.lumpSum).toEqual({ years: 13, full: 13000, reduction: 0.9, payable: 11700 });
    // no interrupted period and no retirement date given: the arrears are not assessed (they used to be "none", total 11700)
    expect(r.arrears).toMatchObject({ applicable: null, months: null, full: null, payable: null });
    expect(r.total).toBeNull();
    // benefits from the month after payment
    expect(r.benefitsFrom).toBe('2015-04-01');
    // years not checked
    expect(r.eligible).toBeNull();
    expect(r.eligibility.checked).toBe(false);
  });

  it('T2 70th birthday on the application date: 5 years (the minimum reached, not below it)', () => {
    const r = run(calc, { birthDate: '1945-03-15', applicationDate: '2015-03-15' });
    // age 70 (the birthday counts); 75 − 70 = 5 = min
    expect(r.ageAtApplication).toBe(70);
    expect(r.lumpSum).toEqual({ years: 5, full: 5000, reduction: 0.9, payable: 4500 });
  });

  it('T3 one day before the 70th birthday: 6 years', () => {
    const r = run(calc, { birthDate: '1945-03-16', applicationDate: '2015-03-15' });
    // age 69; 75 − 69 = 6; 6000 × 90% = 5400
    expect(r.ageAtApplication).toBe(69);
    expect(r.lumpSum).toEqual({ years: 6, full: 6000, reduction: 0.9, payable: 5400 });
  });

  it('T4 age 71: 4 years → 5 (不足5年按5年)', () => {
    const r = run(calc, { birthDate: '1944-01-10', applicationDate: '2015-06-01' });
    // 75 − 71 = 4 < 5 → 5; 5000 × 90% = 4500
    expect(r.ageAtApplication).toBe(71);
    expect(r.lumpSum).toMatchObject({ years: 5, payable: 4500 });
  });

  it('T5 age 85: past 75 still pays 5 years', () => {
    const r = run(calc, { birthDate: '1930-01-01', applicationDate: '2015-06-01' });
    // 75 − 85 = −10 < 5 → 5
    expect(r.ageAtApplication).toBe(85);
    expect(r.lumpSum).toMatchObject({ years: 5, payable: 4500 });
    // arrears not assessed (no interrupted period given): total undetermined, was 4500; with none stated it is 4500
    expect(r.total).toBeNull();
    expect(
      run(calc, { birthDate: '1930-01-01', applicationDate: '2015-06-01', retirementDate: '1990-01-31', interruptedMonths: 0 }).total,
    ).toBe(4500);
  });

  it('T8 applied 2015-12-31: last day of the 90% reduction (effective_to inclusive)', () => {
    const r = run(calc, { birthDate: '1950-12-31', applicationDate: '2015-12-31' });
    // age 65 (birthday that day); 10 years; 10000 × 90% = 9000; benefits from 2016-01-01 (year rolls over)
    expect(r.ageAtApplication).toBe(65);
    expect(r.lumpSum).toEqual({ years: 10, full: 10000, reduction: 0.9, payable: 9000 });
    expect(r.benefitsFrom).toBe('2016-01-01');
  });

  it('T9 applied 2016-01-01: the reduction for 2016 is not published → 422 naming transfer.reduction', () => {
    const p = refusal(calc, { birthDate: '1950-12-31', applicationDate: '2016-01-01' });
    expect(p.type).toBe('/problems/not-published');
    expect(p.parameter).toMatchObject({
      table: 'employee-medical-insurance',
      key: 'transfer.reduction',
      citation: '嘉政发〔2014〕87号 第十六条',
    });
    expect(p.parameter!.note).toMatch(/逐步降低移交费用/);
  });

  it('T10 applied 2014-12-31: nothing in force before 2015-01-01 → 422 not-in-force transfer.fee_per_year', () => {
    const p = refusal(calc, { birthDate: '1950-06-01', applicationDate: '2014-12-31' });
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.parameter).toMatchObject({ key: 'transfer.fee_per_year' });
  });
});

describe('employee-medical-transfer-fee: arrears for an interrupted period (第十六条)', () => {
  it('T6 the response example: 10 months from 2014-03, 320 months of contributions', () => {
    const r = run(calc, {
      birthDate: '1954-06-01',
      applicationDate: '2015-05-10',
      retirementDate: '2012-06-30',
      interruptionStart: '2014-03',
      sex: 'male',
      contributionMonths: 320,
      base: 48000,
    });
    // 320 ≥ 300 → eligible, no shortfall (base unused)
    expect(r.eligible).toBe(true);
    expect(r.eligibility).toEqual({
      checked: true,
      exempt: false,
      requiredMonths: 300,
      contributionMonths: 320,
      meetsRequiredYears: true,
      shortfallMonths: 0,
      shortfallPayment: null,
    });
    // age 60 (turns 61 on 2015-06-01); 75 − 60 = 15; 15000 × 90% = 13500
    expect(r.ageAtApplication).toBe(60);
    expect(r.lumpSum).toEqual({ years: 15, full: 15000, reduction: 0.9, payable: 13500 });
    // 2014-03 … 2014-12 = 10 months; 10 × 2112 = 21120 × 5.5% = 1161.60; × 90% = 1045.44
    expect(r.arrears).toEqual({ applicable: true, months: 10, full: 1161.6, payable: 1045.44, reason: null });
    // 13500 + 1045.44
    expect(r.total).toBe(14545.44);
    expect(r.benefitsFrom).toBe('2015-06-01');
    expect(r.reasons).toEqual([]);
  });

  it('T7 7 months given, 90% rounds half-up', () => {
    const r = run(calc, { birthDate: '1950-02-01', applicationDate: '2015-07-01', retirementDate: '2010-03-31', interruptedMonths: 7 });
    // age 65 → 10 years → 10000 × 90% = 9000
    expect(r.lumpSum).toMatchObject({ years: 10, payable: 9000 });
    // 7 × 2112 = 14784 × 5.5% = 813.12; × 90% = 731.808 → 731.81
    expect(r.arrears).toMatchObject({ applicable: true, months: 7, full: 813.12, payable: 731.81 });
    // 9000 + 731.81
    expect(r.total).toBe(9731.81);
  });

  it('T11 retired 2014-12-31 (before 2015-01-01): arrears apply', () => {
    const r = run(calc, { birthDate: '1952-01-01', applicationDate: '2015-04-01', retirementDate: '2014-12-31', interruptedMonths: 5 });
    // 5 × 2112 = 10560 × 5.5% = 580.80 → × 90% = 522.72; age 63 → 12 years → 12000 → 10800
    expect(r.arrears).toMatchObject({ applicable: true, months: 5, full: 580.8, payable: 522.72 });
    expect(r.lumpSum).toMatchObject({ years: 12, full: 12000, payable: 10800 });
    expect(r.total).toBe(11322.72);
  });

  it('T12 retired 2015-01-01 (not before 2015-01-01): no arrears under this rule', () => {
    const r = run(calc, { birthDate: '1952-01-01', applicationDate: '2015-04-01', retirementDate: '2015-01-01', interruptedMonths: 5 });
    // strict: 2015-01-01 is not before 2015-01-01 (new retirees link under 第十三条)
    expect(r.arrears).toMatchObject(arrearsNone);
    expect(r.arrears!.reason).toMatch(/not before 2015-01-01/);
    // lump sum only: 10800
    expect(r.total).toBe(10800);
  });

  it('T13 interruption starting 2015-02, after the 2014-12 cut-off: 0 months', () => {
    const r = run(calc, {
      birthDate: '1952-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2013-01-31',
      interruptionStart: '2015-02',
    });
    // (2014 − 2015) × 12 + (12 − 2) + 1 = −1 → 0
    expect(r.arrears).toMatchObject(arrearsNone);
    expect(r.total).toBe(10800);
  });

  it('T14 interruption starting 2014-12: one month (2014-12 inclusive)', () => {
    const r = run(calc, {
      birthDate: '1952-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2013-01-31',
      interruptionStart: '2014-12',
    });
    // 1 × 2112 × 5.5% = 116.16; × 90% = 104.544 → 104.54
    expect(r.arrears).toMatchObject({ applicable: true, months: 1, full: 116.16, payable: 104.54 });
    // 10800 + 104.54
    expect(r.total).toBe(10904.54);
  });

  it('a long interruption: 2013-01 … 2014-12 = 24 months', () => {
    const r = run(calc, {
      birthDate: '1952-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2012-12-31',
      interruptionStart: '2013-01',
    });
    // (2014 − 2013) × 12 + (12 − 1) + 1 = 24; 24 × 2112 = 50688 × 5.5% = 2787.84; × 90% = 2509.056 → 2509.06
    expect(r.arrears).toMatchObject({ applicable: true, months: 24, full: 2787.84, payable: 2509.06 });
    expect(r.total).toBe(13309.06);
  });

  it('T20 interruptedMonths and interruptionStart together: 422 on interruptionStart', () => {
    const parsed = calc.input.safeParse({
      birthDate: '1952-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2013-01-31',
      interruptedMonths: 3,
      interruptionStart: '2014-10',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['interruptionStart']);
  });

  it('an interrupted period needs the retirement date; a bad month is refused', () => {
    const noRetirement = calc.input.safeParse({ birthDate: '1952-01-01', applicationDate: '2015-04-01', interruptedMonths: 3 });
    expect(noRetirement.error!.issues.map((i) => i.path.join('.'))).toEqual(['retirementDate']);
    const badMonth = calc.input.safeParse({
      birthDate: '1952-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2013-01-31',
      interruptionStart: '2014-13',
    });
    expect(badMonth.error!.issues.map((i) => i.path.join('.'))).toEqual(['interruptionStart']);
  });
});

describe('employee-medical-transfer-fee: contribution years (第十四条)', () => {
  it('T15 299 months of 300: not eligible, shortfall of 1 month priced at 140', () => {
    const r = run(calc, {
      birthDate: '1950-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2010-01-31',
      sex: 'male',
      contributionMonths: 299,
      base: 48000,
    });
    // 300 − 299 = 1; 48000 × 1 ÷ 12 = 4000 × 3.5% = 140 — a 200 decision, not an error
    expect(r.eligible).toBe(false);
    expect(r.eligibility).toEqual({
      checked: true,
      exempt: false,
      requiredMonths: 300,
      contributionMonths: 299,
      meetsRequiredYears: false,
      shortfallMonths: 1,
      shortfallPayment: 140,
    });
    expect(r.reasons).toEqual([expect.stringContaining('299 < 300')]);
    expect(r).toMatchObject({ lumpSum: null, arrears: null, total: null, benefitsFrom: null });
  });

  it('T16 exactly 300 months: eligible (满25年 includes exactly 25 years)', () => {
    const r = run(calc, {
      birthDate: '1950-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2010-01-31',
      sex: 'male',
      contributionMonths: 300,
      base: 48000,
    });
    // 300 ≥ 300; age 65 → 10 years → 9000
    expect(r.eligible).toBe(true);
    expect(r.eligibility).toMatchObject({ meetsRequiredYears: true, shortfallMonths: 0, shortfallPayment: null });
    expect(r.lumpSum).toMatchObject({ years: 10, payable: 9000 });
  });

  it('T17 a woman with exactly 240 months', () => {
    const r = run(calc, {
      birthDate: '1960-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2010-01-31',
      sex: 'female',
      contributionMonths: 240,
    });
    // 20 × 12 = 240 ≥ 240; age 55 → 20 years → 20000 × 90% = 18000
    expect(r.eligible).toBe(true);
    expect(r.eligibility.requiredMonths).toBe(240);
    expect(r.lumpSum).toEqual({ years: 20, full: 20000, reduction: 0.9, payable: 18000 });
  });

  it('a woman with 239 months: not eligible, no base → no price', () => {
    const r = run(calc, {
      birthDate: '1960-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2010-01-31',
      sex: 'female',
      contributionMonths: 239,
    });
    // 240 − 239 = 1; no base given → shortfallPayment null
    expect(r.eligible).toBe(false);
    expect(r.eligibility).toMatchObject({ shortfallMonths: 1, shortfallPayment: null });
  });

  it('T18 retired 2001-06-29: exempt from the required years', () => {
    const r = run(calc, {
      birthDate: '1941-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2001-06-29',
      sex: 'male',
      contributionMonths: 100,
    });
    // 2001-06-29 < 2001-06-30; age 74 → 75 − 74 = 1 < 5 → 5 years → 4500
    expect(r.eligible).toBe(true);
    expect(r.eligibility).toMatchObject({ exempt: true, requiredMonths: null, meetsRequiredYears: true });
    expect(r.lumpSum).toMatchObject({ years: 5, payable: 4500 });
  });

  it('T19 retired 2001-06-30 (not before it): 100 of 300 months, shortfall 200 → 28 000', () => {
    const r = run(calc, {
      birthDate: '1941-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2001-06-30',
      sex: 'male',
      contributionMonths: 100,
      base: 48000,
    });
    // strict reading; 48000 × 200 ÷ 12 = 800000 × 3.5% = 28000
    expect(r.eligible).toBe(false);
    expect(r.eligibility).toMatchObject({ exempt: false, requiredMonths: 300, shortfallMonths: 200, shortfallPayment: 28000 });
  });

  it('a shortfall priced with cents: base 50 111, 7 months', () => {
    const r = run(calc, {
      birthDate: '1950-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2010-01-31',
      sex: 'male',
      contributionMonths: 293,
      base: 50111,
    });
    // 50111 × 7 ÷ 12 = 29231.4166… → 29231.42; × 3.5% = 1023.0997 → 1023.10
    expect(r.eligibility).toMatchObject({ shortfallMonths: 7, shortfallPayment: 1023.1 });
  });

  it('sex and contributionMonths go together', () => {
    const parsed = calc.input.safeParse({
      birthDate: '1950-01-01',
      applicationDate: '2015-04-01',
      retirementDate: '2010-01-31',
      sex: 'male',
    });
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['contributionMonths']);
  });

  it('the trace cites 第十四条 and 第十六条', () => {
    const r = run(calc, {
      birthDate: '1954-06-01',
      applicationDate: '2015-05-10',
      retirementDate: '2012-06-30',
      interruptionStart: '2014-03',
      sex: 'male',
      contributionMonths: 320,
    });
    const rules = r.trace.steps.map((s) => s.rule);
    expect(rules).toContain('嘉政发〔2014〕87号 第十四条');
    expect(rules).toContain('嘉政发〔2014〕87号 第十六条');
    for (const s of r.trace.steps) expect(s.rule).toMatch(/^嘉政发〔2014〕87号 第.+条/);
  });
});

describe('employee-medical-transfer-fee: the applicant is a retiree (第十六条 「…的退休人员经本人申请」)', () => {
  const paths = (x: unknown) => calc.input.safeParse(x).error?.issues.map((i) => [i.path.join('.'), i.message]);

  it('a retirement date after the application: 422 naming retirementDate; the application day itself is accepted', () => {
    expect(paths({ birthDate: '1955-01-01', applicationDate: '2015-05-01', retirementDate: '2015-05-02' })).toEqual([
      ['retirementDate', 'must not be after applicationDate (the transfer is for retirees)'],
    ]);
    // with an interrupted period or a years check the same date is refused the same way
    expect(
      paths({ birthDate: '1955-01-01', applicationDate: '2015-05-01', retirementDate: '2016-01-31', sex: 'male', contributionMonths: 300 }),
    ).toEqual([['retirementDate', 'must not be after applicationDate (the transfer is for retirees)']]);
    // retired the day of the application: 300 months ≥ 300 → eligible; age 60 → 15 years × 1000 × 90% = 13500
    const r = run(calc, {
      birthDate: '1955-01-01',
      applicationDate: '2015-05-01',
      retirementDate: '2015-05-01',
      sex: 'male',
      contributionMonths: 300,
    });
    expect(r).toMatchObject({ eligible: true, ageAtApplication: 60, lumpSum: { years: 15, payable: 13500 } });
  });

  it('a retirement date before the birth date is still named as such (one issue per field)', () => {
    expect(paths({ birthDate: '1955-01-01', applicationDate: '2015-05-01', retirementDate: '1954-12-31' })).toEqual([
      ['retirementDate', 'must not be before birthDate'],
    ]);
  });

  it('no minimum age: the workbook has no retirement age (法定退休年龄 is not in 87号), so a young birth date is not refused; the years never exceed transfer.until_age', () => {
    const table = realBundle().tables['employee-medical-insurance']!;
    // no parameter of the table defines a minimum or retirement age for this case
    expect(table.parameters.map((p) => p.key).filter((k) => /retire.*age|min_age|age_min|minimum_age/.test(k))).toEqual([]);
    // born 2010-06-01, applied 2015-05-01 → age 4; 75 − 4 = 71 years ≤ 75; 71000 × 90% = 63900
    const r = run(calc, { birthDate: '2010-06-01', applicationDate: '2015-05-01' });
    expect(r).toMatchObject({ ageAtApplication: 4, lumpSum: { years: 71, full: 71000, payable: 63900 } });
    // born on the application day: age 0, 75 years, the most the parameters allow
    expect(run(calc, { birthDate: '2015-05-01', applicationDate: '2015-05-01' }).lumpSum!.years).toBe(75);
  });
});

describe('employee-medical-transfer-fee: arrears not given are not assessed, never "none"', () => {
  const arrearsStep = (r: ReturnType<typeof run<typeof calc>>) =>
    r.trace.steps.find((s) => s.name.en === 'arrears for the interrupted period')!;
  const totalStep = (r: ReturnType<typeof run<typeof calc>>) => r.trace.steps.find((s) => s.name.en === 'total and start of benefits')!;

  it('T1 as the example lumpSumOnly: arrears null with the reason, total null, the lump sum and benefits still answered', () => {
    const r = run(calc, { birthDate: '1952-08-01', applicationDate: '2015-03-15' });
    expect(r).toMatchObject({ lumpSum: { payable: 11700 }, total: null, benefitsFrom: '2015-04-01', eligible: null });
    expect(r.arrears).toEqual({
      applicable: null,
      months: null,
      full: null,
      payable: null,
      reason:
        'not assessed: no interrupted period given (interruptedMonths or interruptionStart, with retirementDate; interruptedMonths 0 if there was none); arrears are due for an interrupted period of a person retired before 2015-01-01',
    });
    expect(arrearsStep(r)).toMatchObject({
      formula: {
        zh: '未给出中断缴费期间，也未给出退休日期：中断补缴未评估（待定）',
        en: 'no interrupted period given, retirementDate not given → not assessed (undetermined)',
      },
      result: null,
      rule: '嘉政发〔2014〕87号 第十六条',
    });
    expect(totalStep(r)).toMatchObject({
      formula: {
        zh: '趸缴 11,700.00 元 + 中断补缴未评估 → 合计待定；自缴费次月起享受待遇：2015-04-01（按 2015-03-15 缴费计）',
        en: 'lump sum 11,700.00 + arrears not assessed → total undetermined; benefits from 2015-04-01 (the month after payment on 2015-03-15)',
      },
      result: { total: null, benefitsFrom: '2015-04-01' },
    });
    expect(calc.output.safeParse(r).success).toBe(true);
  });

  it('retired before 2015-01-01, no interrupted period given: still not assessed (the rule could apply)', () => {
    const r = run(calc, { birthDate: '1952-01-01', applicationDate: '2015-04-01', retirementDate: '2014-12-31' });
    expect(r).toMatchObject({ arrears: { applicable: null, payable: null }, total: null, lumpSum: { payable: 10800 } });
    expect(arrearsStep(r).formula).toEqual({
      zh: '未给出中断缴费期间：中断补缴未评估（待定）',
      en: 'no interrupted period given → not assessed (undetermined)',
    });
  });

  it('retired on or after 2015-01-01: no arrears whatever the interruption, so the total is known without one', () => {
    // strict: 2015-01-01 is not before 2015-01-01; lump sum 12 × 1000 × 90% = 10800
    const r = run(calc, { birthDate: '1952-01-01', applicationDate: '2015-04-01', retirementDate: '2015-01-01' });
    expect(r.arrears).toEqual({ ...arrearsNone, reason: 'retired 2015-01-01, not before 2015-01-01: no arrears under this rule' });
    expect(r.total).toBe(10800);
    expect(arrearsStep(r)).toMatchObject({
      result: 0,
      formula: {
        zh: '2015-01-01 退休，不早于 2015-01-01：不适用中断补缴',
        en: 'retired 2015-01-01, not before 2015-01-01: no arrears under this rule',
      },
    });
  });

  it('interruptedMonths 0 states there was no interruption: none, total = lump sum', () => {
    const r = run(calc, { birthDate: '1952-01-01', applicationDate: '2015-04-01', retirementDate: '2013-01-31', interruptedMonths: 0 });
    expect(r.arrears).toMatchObject({ ...arrearsNone, reason: 'no month to count up to 2014-12' });
    expect(r.total).toBe(10800);
  });
});
