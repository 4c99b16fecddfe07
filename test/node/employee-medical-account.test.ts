import { describe, expect, it } from 'vitest';
import { employeeMedicalAccount as calc } from '../../src/policy/employee-medical-insurance/employee-medical-account';
import { refusal, run } from '../helpers/calc';

// Cases A1–A13 of content/employee-medical-insurance.calculators.md §3 (嘉政发〔2014〕87号 第十九条).
// Sheet account_credit: employed ≤ 35: 100 | (35, 45]: 120 | > 45: 140; retired ≤ 75: 160 | > 75: 180.
// Age = completed years on 1 January of the year (a birthday on 1 January counts that day).

const credit = (scheme: 'A' | 'B', status: 'employed' | 'retired', birthDate: string, year: number) =>
  run(calc, { year, scheme, status, birthDate });

describe('employee-medical-account', () => {
  it('A1 scheme A has no personal account', () => {
    const r = credit('A', 'employed', '1980-05-05', 2015);
    // 统账一不建个人账户 (sheet schemes, personal_account = no)
    expect(r).toMatchObject({ hasAccount: false, monthlyCredit: null, annualCredit: null, band: null, scheme: 'A', year: 2015 });
    expect(r.reason).toMatch(/统账一不建个人账户/);
    expect(r.trace.steps[0]!.rule).toMatch(/^嘉政发〔2014〕87号 .*第十九条/);
  });

  it('A2 employed, born 1980-01-01: 35 on 2015-01-01 → 100 (35周岁（含）以下)', () => {
    const r = credit('B', 'employed', '1980-01-01', 2015);
    // 35 ≤ 35 (inclusive); 12 × 100 = 1200
    expect(r).toMatchObject({
      hasAccount: true,
      ageOnFirstJanuary: 35,
      band: 'employed, age ≤ 35',
      monthlyCredit: 100,
      annualCredit: 1200,
      reason: null,
    });
  });

  it('A3 employed, born 1979-01-01: 36 on 1 January itself → 120', () => {
    const r = credit('B', 'employed', '1979-01-01', 2015);
    // birthday on 1 January: 36 on 2015-01-01 → (35, 45]; 12 × 120 = 1440
    expect(r).toMatchObject({ ageOnFirstJanuary: 36, band: 'employed, 35 < age ≤ 45', monthlyCredit: 120, annualCredit: 1440 });
  });

  it('A4 employed, born 1979-01-02: still 35 on 1 January → 100 for all of 2015', () => {
    const r = credit('B', 'employed', '1979-01-02', 2015);
    // turns 36 on 2015-01-02: band changes only on 2016-01-01
    expect(r).toMatchObject({ ageOnFirstJanuary: 35, monthlyCredit: 100, annualCredit: 1200 });
  });

  it('A5 the same person in 2016 → 120 (次年1月1日起调整)', () => {
    const r = credit('B', 'employed', '1979-01-02', 2016);
    // 36 on 2016-01-01; 12 × 120 = 1440
    expect(r).toMatchObject({ ageOnFirstJanuary: 36, monthlyCredit: 120, annualCredit: 1440 });
  });

  it('A6 employed, 45 on 1 January → 120 (45周岁（含）)', () => {
    const r = credit('B', 'employed', '1970-01-01', 2015);
    // 45 ≤ 45
    expect(r).toMatchObject({ ageOnFirstJanuary: 45, band: 'employed, 35 < age ≤ 45', monthlyCredit: 120, annualCredit: 1440 });
  });

  it('A7 employed, 46 on 1 January → 140 (45周岁以上)', () => {
    const r = credit('B', 'employed', '1969-01-01', 2015);
    // 46 > 45; 12 × 140 = 1680
    expect(r).toMatchObject({ ageOnFirstJanuary: 46, band: 'employed, 45 < age', monthlyCredit: 140, annualCredit: 1680 });
  });

  it('A8 retired, 75 on 1 January → 160 (75周岁（含）以下)', () => {
    const r = credit('B', 'retired', '1940-01-01', 2015);
    // 75 ≤ 75; 12 × 160 = 1920
    expect(r).toMatchObject({ ageOnFirstJanuary: 75, band: 'retired, age ≤ 75', monthlyCredit: 160, annualCredit: 1920 });
  });

  it('A9 the same retiree in 2016: 76 → 180', () => {
    const r = credit('B', 'retired', '1940-01-01', 2016);
    // 76 > 75; 12 × 180 = 2160
    expect(r).toMatchObject({ ageOnFirstJanuary: 76, band: 'retired, 75 < age', monthlyCredit: 180, annualCredit: 2160 });
  });

  it('A10 retired, born 1939-01-02: 75 on 1 January (76 the next day) → 160', () => {
    const r = credit('B', 'retired', '1939-01-02', 2015);
    expect(r).toMatchObject({ ageOnFirstJanuary: 75, monthlyCredit: 160, annualCredit: 1920 });
  });

  it('A11 born on 29 February: 35 on 2016-01-01 (36 only on 2016-02-29)', () => {
    const r = credit('B', 'employed', '1980-02-29', 2016);
    expect(r).toMatchObject({ ageOnFirstJanuary: 35, monthlyCredit: 100, annualCredit: 1200 });
  });

  it('A12 year 2014: nothing in force before 2015-01-01 → 422 not-in-force', () => {
    const p = refusal(calc, { year: 2014, scheme: 'B', status: 'employed', birthDate: '1980-05-05' });
    // The .md names account_credit; the first sheet read is `schemes` (does the scheme have an account?),
    // whose rows also start 2015-01-01 — either way the answer is not-in-force for 2014.
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.parameter).toMatchObject({ table: 'employee-medical-insurance', key: 'schemes' });
  });

  it('A13 born after 1 January of the year: 422 on birthDate', () => {
    const parsed = calc.input.safeParse({ year: 2015, scheme: 'B', status: 'employed', birthDate: '2015-06-01' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['birthDate']);
    // born on 1 January of the year itself: age 0, accepted
    expect(credit('B', 'employed', '2015-01-01', 2015)).toMatchObject({ ageOnFirstJanuary: 0, monthlyCredit: 100 });
  });

  it('scheme defaults to B (requests written before the field existed keep working)', () => {
    const r = run(calc, { year: 2015, status: 'retired', birthDate: '1945-03-10' });
    // 69 on 2015-01-01 → 160; 1920
    expect(r).toMatchObject({ scheme: 'B', hasAccount: true, ageOnFirstJanuary: 69, monthlyCredit: 160, annualCredit: 1920 });
    expect(r.trace.steps.map((s) => s.rule)).toEqual([
      '嘉政发〔2014〕87号 第十条、第十九条',
      '嘉政发〔2014〕87号 第十九条（二）',
      '嘉政发〔2014〕87号 第十九条（二）',
    ]);
  });
});
