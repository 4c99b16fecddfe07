import { describe, expect, it } from 'vitest';
import { employeeMedicalContribution as calc } from '../../src/policy/employee-medical-insurance/employee-medical-contribution';
import { refusal, run } from '../helpers/calc';

// Cases C1–C11 of the contribution rules (嘉政发〔2014〕87号 第九、十、十二、三十条).
// Rates 2015 (sheet contribution_rates): A employer 3.5% per in-service / 0 per retiree, employee 0.5%;
// B employer 7.5% / 4%, employee 2%. Monthly base = annual base ÷ 12, half-up; each × rate half-up.

describe('employee-medical-contribution: employers', () => {
  it('C1 scheme A, 10 in-service + 3 retired, base 48 000', () => {
    const r = run(calc, { year: 2015, scheme: 'A', category: 'employer', employed: 10, retired: 3, base: 48000 });
    // monthlyBase 48000 ÷ 12 = 4000
    expect(r.monthlyBase).toBe(4000);
    // 4000 × 3.5% = 140; retirees 4000 × 0 = 0 (A charges in-service headcount only); 4000 × 0.5% = 20
    expect(r.perPersonMonthly).toEqual({
      employerPerEmployed: 140,
      employerPerRetired: 0,
      employee: 20,
      employeePerRetired: 0,
      selfEmployed: null,
    });
    expect(r.rates).toEqual({ employerPerEmployed: 0.035, employerPerRetired: 0, employee: 0.005, employeePerRetired: 0, combined: null });
    // employer 140 × 10 + 0 × 3 = 1400; employee 20 × 10 = 200; total 1600
    expect(r.monthly).toEqual({ employer: 1400, employee: 200, total: 1600 });
    // × 12: 16800 / 2400 / 19200
    expect(r.annual).toEqual({ employer: 16800, employee: 2400, total: 19200 });
    // CI 48000 × 0.2% = 96; × 0.15% = 72; × 0.05% = 24 (information only)
    expect(r.criticalIllness).toEqual({
      rate: 0.002,
      perPersonAnnual: 96,
      fromPooledFund: 72,
      fromPublicFinance: 24,
      includedInTotal: false,
    });
  });

  it('C2 scheme B, 10 in-service + 3 retired, base 48 000 (the response example of the spec)', () => {
    const r = run(calc, { year: 2015, scheme: 'B', category: 'employer', employed: 10, retired: 3, base: 48000 });
    // 4000 × 7.5% = 300; 4000 × 4% = 160; 4000 × 2% = 80
    expect(r.perPersonMonthly).toMatchObject({ employerPerEmployed: 300, employerPerRetired: 160, employee: 80, selfEmployed: null });
    expect(r.rates).toMatchObject({ employerPerEmployed: 0.075, employerPerRetired: 0.04, employee: 0.02, combined: null });
    // employer 300 × 10 = 3000 + 160 × 3 = 480 → 3480; employee 80 × 10 = 800; total 4280
    expect(r.monthly).toEqual({ employer: 3480, employee: 800, total: 4280 });
    // × 12: 41760 / 9600 / 51360
    expect(r.annual).toEqual({ employer: 41760, employee: 9600, total: 51360 });
    expect(r).toMatchObject({
      year: 2015,
      scheme: 'B',
      category: 'employer',
      base: 48000,
      monthlyBase: 4000,
      persons: { employed: 10, retired: 3 },
    });
  });

  it('C5 base 50 111: every rounding half-up, CI shares rounded separately', () => {
    const r = run(calc, { year: 2015, scheme: 'B', category: 'employer', employed: 1, retired: 1, base: 50111 });
    // 50111 ÷ 12 = 4175.9166… → 4175.92
    expect(r.monthlyBase).toBe(4175.92);
    // × 7.5% = 313.194 → 313.19; × 4% = 167.0368 → 167.04; × 2% = 83.5184 → 83.52
    expect(r.perPersonMonthly).toMatchObject({ employerPerEmployed: 313.19, employerPerRetired: 167.04, employee: 83.52 });
    // 313.19 + 167.04 = 480.23; employee 83.52; total 563.75
    expect(r.monthly).toEqual({ employer: 480.23, employee: 83.52, total: 563.75 });
    // 480.23 × 12 = 5762.76; 83.52 × 12 = 1002.24; total 6765.00
    expect(r.annual).toEqual({ employer: 5762.76, employee: 1002.24, total: 6765 });
    // CI 50111 × 0.2% = 100.222 → 100.22; × 0.15% = 75.1665 → 75.17; × 0.05% = 25.0555 → 25.06 (75.17 + 25.06 = 100.23 ≠ 100.22)
    expect(r.criticalIllness).toMatchObject({ perPersonAnnual: 100.22, fromPooledFund: 75.17, fromPublicFinance: 25.06 });
  });

  it('C6 base 48 003: half a fen rounds up', () => {
    const r = run(calc, { year: 2015, scheme: 'B', category: 'employer', employed: 1, retired: 0, base: 48003 });
    // 48003 ÷ 12 = 4000.25 exactly
    expect(r.monthlyBase).toBe(4000.25);
    // × 7.5% = 300.01875 → 300.02; × 2% = 80.005 → 80.01 (half a fen up)
    expect(r.perPersonMonthly).toMatchObject({ employerPerEmployed: 300.02, employee: 80.01 });
    expect(r.monthly).toEqual({ employer: 300.02, employee: 80.01, total: 380.03 });
  });

  it('C10 scheme A with retirees only: nothing to pay', () => {
    const r = run(calc, { year: 2015, scheme: 'A', category: 'employer', employed: 0, retired: 5, base: 48000 });
    // A: 0 × 140 + 5 × 0 = 0; retirees pay no employee share
    expect(r.monthly).toEqual({ employer: 0, employee: 0, total: 0 });
    expect(r.annual).toEqual({ employer: 0, employee: 0, total: 0 });
  });

  it('monthly base rounding: 12 × 4000.00 + 5 fen → 4000.00 (0.42 fen rounds down), + 6 fen → 4000.01 (half up)', () => {
    // 48000.05 ÷ 12 = 4000.004166… → 4000.00; 48000.06 ÷ 12 = 4000.005 → 4000.01
    expect(run(calc, { year: 2015, scheme: 'A', employed: 1, base: 48000.05 }).monthlyBase).toBe(4000);
    expect(run(calc, { year: 2015, scheme: 'A', employed: 1, base: 48000.06 }).monthlyBase).toBe(4000.01);
  });

  it('an employer with retirees only: employed defaults to 0', () => {
    const r = run(calc, { year: 2015, scheme: 'B', retired: 2, base: 48000 });
    // 160 × 2 = 320; no in-service employee
    expect(r.persons).toEqual({ employed: 0, retired: 2 });
    expect(r.monthly).toEqual({ employer: 320, employee: 0, total: 320 });
  });
});

describe('employee-medical-contribution: self-employed (第十二条)', () => {
  it('C3 scheme B, one person by default: 7.5% + 2% = 9.5%', () => {
    const r = run(calc, { year: 2015, scheme: 'B', category: 'self-employed', base: 48000 });
    // 7.5% + 2% = 9.5%; 4000 × 9.5% = 380; the person pays both parts
    expect(r.rates.combined).toBe(0.095);
    expect(r.perPersonMonthly).toEqual({
      employerPerEmployed: null,
      employerPerRetired: null,
      employee: null,
      employeePerRetired: null,
      selfEmployed: 380,
    });
    expect(r.monthly).toEqual({ employer: 0, employee: 380, total: 380 });
    // 380 × 12 = 4560
    expect(r.annual).toEqual({ employer: 0, employee: 4560, total: 4560 });
    expect(r.persons).toEqual({ employed: 1, retired: 0 });
  });

  it('C4 scheme A, two persons: 3.5% + 0.5% = 4%', () => {
    const r = run(calc, { year: 2015, scheme: 'A', category: 'self-employed', employed: 2, base: 48000 });
    // 3.5% + 0.5% = 4%; 4000 × 4% = 160; × 2 persons = 320; × 12 = 3840
    expect(r.rates.combined).toBe(0.04);
    expect(r.perPersonMonthly.selfEmployed).toBe(160);
    expect(r.monthly).toEqual({ employer: 0, employee: 320, total: 320 });
    expect(r.annual).toEqual({ employer: 0, employee: 3840, total: 3840 });
  });

  it('C11 a self-employed retiree: 422 on the field retired (第十七条)', () => {
    const parsed = calc.input.safeParse({ year: 2015, scheme: 'B', category: 'self-employed', retired: 1, base: 48000 });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['retired']);
    // retired 0 is accepted
    expect(calc.input.safeParse({ year: 2015, scheme: 'B', category: 'self-employed', retired: 0, base: 48000 }).success).toBe(true);
  });
});

describe('employee-medical-contribution: the base and the years in force', () => {
  it('the base from the request is said to be unpublished in the source', () => {
    const r = run(calc, { year: 2015, scheme: 'B', employed: 1, base: 48000 });
    expect(r.baseSource).toBe('request');
    expect(r.notice).toMatch(/not published in the source/);
    expect(r.notice).toContain('嘉政发〔2014〕87号 第九条');
    const step = r.trace.steps.find((s) => s.name.en === 'contribution base')!;
    expect(step.rule).toBe('嘉政发〔2014〕87号 第九条');
    expect(step.note!.en).toBe(r.notice);
    expect(step.note!.zh).toBe(
      '缴费基数（上上年度市区全社会在岗职工平均工资）（嘉政发〔2014〕87号 第九条）原文未公布，采用请求所给的基数每年 48,000.00 元。',
    );
    expect(step.formula).toEqual({ zh: '按请求所给缴费基数：每年 48,000.00 元', en: 'base given in the request = 48,000.00 a year' });
  });

  it('C7 no base: 422 not-published naming contribution.base, with its note and citation', () => {
    const p = refusal(calc, { year: 2015, scheme: 'A', category: 'employer', employed: 1 });
    expect(p.type).toBe('/problems/not-published');
    expect(p.status).toBe(422);
    expect(p.parameter).toMatchObject({
      table: 'employee-medical-insurance',
      key: 'contribution.base',
      citation: '嘉政发〔2014〕87号 第九条',
    });
    expect(p.parameter!.note).toMatch(/上上年度市区全社会在岗职工平均工资.*not in this gazette/);
    expect(p.detail).toMatch(
      /^employee-medical-insurance contribution\.base \(Contribution base .*; 缴费基数（上上年度市区全社会在岗职工平均工资）\) is not published in the source: /,
    );
  });

  it('C8 2016: the rates are not published (the text fixes 2015 only)', () => {
    const p = refusal(calc, { year: 2016, scheme: 'B', category: 'employer', employed: 1, base: 50000 });
    expect(p.type).toBe('/problems/not-published');
    expect(p.parameter).toMatchObject({ key: 'contribution_rates.rate', citation: '嘉政发〔2014〕87号 第十条' });
  });

  it('C9 2014: no rate in force before the measures (2015-01-01)', () => {
    const p = refusal(calc, { year: 2014, scheme: 'A', category: 'employer', employed: 1, base: 45000 });
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.parameter).toMatchObject({ key: 'contribution_rates' });
  });

  it('every trace step cites an article of 嘉政发〔2014〕87号 and the table version', () => {
    const r = run(calc, { year: 2015, scheme: 'B', employed: 10, retired: 3, base: 48000 });
    expect(r.trace.steps.map((s) => s.name.en)).toEqual([
      'contribution base',
      'monthly base',
      'employer monthly contribution',
      'employee monthly contribution',
      'annual contribution',
      'critical-illness insurance funding (information, not an extra contribution)',
    ]);
    for (const s of r.trace.steps) {
      expect(s.rule).toMatch(/^嘉政发〔2014〕87号 第.+条/);
      for (const key of s.parameters) expect(r.trace.parameters[key]!.table).toBe('employee-medical-insurance');
    }
    expect(r.trace.steps[2]!.rule).toBe('嘉政发〔2014〕87号 第十条');
    expect(r.trace.steps[5]!.rule).toBe('嘉政发〔2014〕87号 第三十条');
  });

  it('rejects a negative or fractional headcount and a base with more than two decimals', () => {
    for (const bad of [
      { employed: -1 },
      { employed: 1.5 },
      { retired: -2 },
      { base: 48000.001 },
      { scheme: 'C' },
      { category: 'farmer' },
      { extra: 1 },
    ]) {
      expect(calc.input.safeParse({ year: 2015, scheme: 'B', base: 48000, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
