import { describe, expect, it } from 'vitest';
import { employeeMedicalSettlement as calc } from '../../src/calculators/employee-medical-settlement';
import { run } from '../helpers/calc';

const retiredB = { scheme: 'B', status: 'retired', birthDate: '1945-03-10' } as const;

describe('worked example of the spec (shared/specs/employee-medical-insurance.md)', () => {
  it('scheme B, retired, born 1945-03-10: fund 25 460, account 1 920', () => {
    const r = run(calc, {
      year: 2015,
      person: retiredB,
      claims: [
        { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 1500 },
        { kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 2000 },
        { kind: 'inpatient', date: '2015-05-01', level: 3, eligibleAmount: 30000 },
      ],
    });
    // account 12 × 160 = 1920
    expect(r.account).toEqual({ monthlyCredit: 160, opening: 1920, closing: 0 });
    // 1. account pays 1500, fund 0
    expect(r.claims[0]).toMatchObject({ personalAccount: 1500, pooledFund: 0, selfBurden: 0 });
    // 2. account 420; counter 0 → 1580; (1580 − 300) × 50% = 640; self-burden 2000 − 420 − 640 = 940
    expect(r.claims[1]).toMatchObject({ personalAccount: 420, pooledFund: 640, selfBurden: 940 });
    // 3. deductible 800; (30 000 − 800) × (80% + 5%) = 24 820; self-burden 800 + 4 380 = 5 180
    expect(r.claims[2]).toMatchObject({ pooledFund: 24820, selfBurden: 5180, criticalIllness: 0 });
    expect(r.totals).toEqual({ eligible: 33500, pooledFund: 25460, personalAccount: 1920, criticalIllness: 0, selfBurden: 6120, selfPay: 0 });
    const deductible = r.trace.find((s: { step: string }) => s.step.endsWith('inpatient deductible'))!;
    expect(deductible.rule).toMatch(/^嘉政发〔2014〕87号 .*第二十五条/);
    expect(deductible.parameters.deductible).toMatchObject({ value: 800, table: 'employee-medical-insurance' });
  });
});
