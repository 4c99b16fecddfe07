import { describe, expect, it } from 'vitest';
import { militaryFamilyLivingSubsidy as calc } from '../../src/policy/military-family-employment/military-family-living-subsidy';
import { refusal, run } from '../helpers/calc';

const date = '2015-06-01';
const subsidy = (input: Record<string, unknown>) => run(calc, { date, minimumLivingStandardMonthly: 620, ...input } as never);
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);

describe('military-family-living-subsidy (嘉政发〔2014〕85号 第十八条)', () => {
  it('L1 five months: waiting period not reached', () => {
    // 5 < 6
    const r = subsidy({ monthsWithoutWork: 5 });
    expect(r).toMatchObject({ eligible: false, monthsPayable: 0, amount: 0 });
    expect(codes(r)).toEqual(['waiting-period-not-reached']);
    expect(r.reasons[0]!.rule).toBe('嘉政发〔2014〕85号 第十八条');
  });

  it('L2 exactly six months: eligible, nothing yet payable (waiting months not paid)', () => {
    // 6 ≥ 6; 6 − 6 = 0
    expect(subsidy({ monthsWithoutWork: 6 })).toMatchObject({ eligible: true, reasons: [], monthsPayable: 0, amount: 0 });
  });

  it('L3 seven months: one month paid', () => {
    // 7 − 6 = 1; 62 000 fen × 1
    expect(subsidy({ monthsWithoutWork: 7 })).toMatchObject({ monthsPayable: 1, amount: 620, firstPayableMonth: 7, lastPayableMonth: 30 });
  });

  it('L4 twelve months', () => {
    // 12 − 6 = 6; 62 000 × 6 = 372 000 fen
    const r = subsidy({ monthsWithoutWork: 12 });
    expect(r).toMatchObject({ eligible: true, waitingMonths: 6, maxMonths: 24, monthsPayable: 6, monthlyRate: 620, amount: 3720 });
    expect(r.fundedBy).toContain('当地财政列支');
    for (const s of r.trace.steps) expect(s.rule).toBe('嘉政发〔2014〕85号 第十八条');
  });

  it('L5 thirty months: exactly 24 (不超过24个月 includes the bound)', () => {
    // 30 − 6 = 24 ≤ 24; 62 000 × 24 = 1 488 000 fen
    expect(subsidy({ monthsWithoutWork: 30 })).toMatchObject({ monthsPayable: 24, amount: 14880 });
  });

  it('L6 thirty-one months: capped at 24', () => {
    // min(25, 24) = 24
    expect(subsidy({ monthsWithoutWork: 31 })).toMatchObject({ monthsPayable: 24, amount: 14880 });
  });

  it('L7 one hundred months at 653.50', () => {
    // 65 350 × 24 = 1 568 400 fen
    expect(subsidy({ monthsWithoutWork: 100, minimumLivingStandardMonthly: 653.5 })).toMatchObject({ monthsPayable: 24, amount: 15684 });
  });

  it('L8 fixed income: not eligible (且无固定收入)', () => {
    const r = subsidy({ monthsWithoutWork: 12, hasFixedIncome: true });
    expect(r).toMatchObject({ eligible: false, monthsPayable: 0, amount: 0 });
    expect(codes(r)).toEqual(['has-fixed-income']);
  });

  it('L9 unemployment benefit: not combinable', () => {
    const r = subsidy({ monthsWithoutWork: 12, receivingUnemploymentInsurance: true });
    expect(r).toMatchObject({ eligible: false, amount: 0 });
    expect(codes(r)).toEqual(['receiving-unemployment-insurance']);
  });

  it('L10 zero months, and every failed test is reported', () => {
    expect(subsidy({ monthsWithoutWork: 0 })).toMatchObject({ eligible: false, amount: 0 });
    expect(codes(subsidy({ monthsWithoutWork: 2, hasFixedIncome: true, receivingUnemploymentInsurance: true }))).toEqual([
      'waiting-period-not-reached',
      'has-fixed-income',
      'receiving-unemployment-insurance',
    ]);
  });

  it('L11 one fen a month', () => {
    // 9 − 6 = 3; 1 fen × 3
    expect(subsidy({ monthsWithoutWork: 9, minimumLivingStandardMonthly: 0.01 })).toMatchObject({ monthsPayable: 3, amount: 0.03 });
  });

  it('L12, L13 invalid months or missing rate names the field', () => {
    const bad = (input: Record<string, unknown>) => calc.input.safeParse({ date, ...input }).error!.issues.map((i) => i.path.join('.'));
    expect(bad({ monthsWithoutWork: 6.5, minimumLivingStandardMonthly: 620 })).toEqual(['monthsWithoutWork']);
    expect(bad({ monthsWithoutWork: -1, minimumLivingStandardMonthly: 620 })).toEqual(['monthsWithoutWork']);
    expect(bad({ monthsWithoutWork: 12 })).toEqual(['minimumLivingStandardMonthly']);
  });

  it('L14 in force from 2015-01-22 inclusive', () => {
    expect(refusal(calc, { date: '2015-01-21', monthsWithoutWork: 12, minimumLivingStandardMonthly: 620 })).toMatchObject({
      type: '/problems/not-in-force',
    });
    expect(run(calc, { date: '2015-01-22', monthsWithoutWork: 12, minimumLivingStandardMonthly: 620 }).amount).toBe(3720);
  });
});
