import { describe, expect, it } from 'vitest';
import { militaryFamilySelfEmploymentGrant as calc } from '../../src/policy/military-family-employment/military-family-self-employment-grant';
import { refusal, run } from '../helpers/calc';

const date = '2015-06-01';
const grant = (input: Record<string, unknown>) => run(calc, { date, garrisonArea: 'urban_districts', ...input } as never);

describe('military-family-self-employment-grant (嘉政发〔2014〕85号 第二十条)', () => {
  it('G1 nothing received: the whole 2万元', () => {
    // 2 000 000 − 0 fen
    const r = grant({ hardshipSubsidyReceived: 0 });
    expect(r).toMatchObject({ grantStandard: 20000, deduction: 0, grantDue: 20000, excessNotDeducted: 0, countsAsPlaced: true });
    const step = r.trace.steps.find((s) => s.name.en === 'grant standard')!;
    expect(step.rule).toBe('嘉政发〔2014〕85号 第二十条');
    const amount = 'self_employment_grant[garrison_area=urban_districts].amount';
    expect(step.parameters).toContain(amount);
    expect(r.trace.parameters[amount]).toMatchObject({ value: 20000, table: 'military-family-employment' });
  });

  it('G2 received omitted defaults to 0', () => {
    expect(grant({})).toMatchObject({ hardshipSubsidyReceived: 0, grantDue: 20000 });
  });

  it('G3 5 000 received', () => {
    // 2 000 000 − 500 000 = 1 500 000 fen
    expect(grant({ hardshipSubsidyReceived: 5000 })).toMatchObject({ deduction: 5000, grantDue: 15000 });
  });

  it('G4 1 234.56 received', () => {
    // 2 000 000 − 123 456 = 1 876 544 fen
    expect(grant({ hardshipSubsidyReceived: 1234.56 })).toMatchObject({ deduction: 1234.56, grantDue: 18765.44 });
  });

  it('G5 one fen below the standard', () => {
    // 2 000 000 − 1 999 999 = 1 fen
    expect(grant({ hardshipSubsidyReceived: 19999.99 })).toMatchObject({ grantDue: 0.01, excessNotDeducted: 0 });
  });

  it('G6 exactly the standard', () => {
    expect(grant({ hardshipSubsidyReceived: 20000 })).toMatchObject({ deduction: 20000, grantDue: 0, excessNotDeducted: 0 });
  });

  it('G7 one fen above the standard: never negative', () => {
    // min(2 000 001, 2 000 000) = 2 000 000 deducted; 1 fen not deducted
    expect(grant({ hardshipSubsidyReceived: 20000.01 })).toMatchObject({ deduction: 20000, grantDue: 0, excessNotDeducted: 0.01 });
  });

  it('G8 well above: no repayment', () => {
    expect(grant({ hardshipSubsidyReceived: 30000 })).toMatchObject({ grantDue: 0, excessNotDeducted: 10000 });
  });

  it('G9 counties: not published (第二十条、第三十一条)', () => {
    const p = refusal(calc, { date, garrisonArea: 'counties', hardshipSubsidyReceived: 0 });
    expect(p).toMatchObject({
      type: '/problems/not-published',
      status: 422,
      parameter: {
        table: 'military-family-employment',
        key: 'self_employment_grant.amount',
        citation: '嘉政发〔2014〕85号 第二十条；第三十一条',
      },
    });
    expect(p.parameter!.note).toContain('参照本细则执行');
  });

  it('G10, G11 in force from 2015-01-22 inclusive', () => {
    expect(refusal(calc, { date: '2015-01-21', garrisonArea: 'urban_districts' })).toMatchObject({ type: '/problems/not-in-force' });
    expect(run(calc, { date: '2015-01-22', garrisonArea: 'urban_districts' }).grantDue).toBe(20000);
  });

  it('G12 invalid amount or area names the field', () => {
    const bad = (input: Record<string, unknown>) => calc.input.safeParse({ date, ...input }).error!.issues.map((i) => i.path.join('.'));
    expect(bad({ garrisonArea: 'urban_districts', hardshipSubsidyReceived: -1 })).toEqual(['hardshipSubsidyReceived']);
    expect(bad({ garrisonArea: 'jiashan' })).toEqual(['garrisonArea']);
  });
});
