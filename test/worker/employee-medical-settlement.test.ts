import { describe, expect, it } from 'vitest';
import { expectCalculation, expectProblem, postCalculator } from '../helpers/http';

/** employee-medical-settlement through the Worker: birth date bounds, and the out-of-area formula of a transfer stay. */
describe('POST /v1/calculators/employee-medical-settlement: birth date', () => {
  const bill = { kind: 'outpatient', date: '2015-04-01', facility: 'other', eligibleAmount: 100 };

  it('born after 1 January of the year (2015-12-31 for 2015): 422 naming /person/birthDate and the bill dated before the birth', async () => {
    const problem = await expectProblem(
      await postCalculator('employee-medical-settlement', {
        year: 2015,
        person: { scheme: 'A', status: 'employed', birthDate: '2015-12-31' },
        claims: [bill],
      }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer).sort()).toEqual(['/claims/0/date', '/person/birthDate']);
    expect(problem.errors!.find((e) => e.pointer === '/person/birthDate')!.message).toMatch(/on or before 1 January of the year/);
  });

  it('born on 1 January of the year: 200', async () => {
    await expectCalculation(
      await postCalculator('employee-medical-settlement', {
        year: 2015,
        person: { scheme: 'A', status: 'employed', birthDate: '2015-01-01' },
        claims: [bill],
      }),
    );
  });
});

describe('POST /v1/calculators/employee-medical-settlement: out-of-area share of a transfer stay', () => {
  it("the reviewer's request: the formula shows each part's product and their sum, equal to the self-pay", async () => {
    const body = await expectCalculation(
      await postCalculator('employee-medical-settlement', {
        year: 2015,
        person: { scheme: 'A', status: 'employed', birthDate: '1970-01-01' },
        claims: [
          {
            kind: 'inpatient',
            date: '2015-04-01',
            segments: [
              { level: 2, eligibleAmount: 10000.05 },
              { level: 3, eligibleAmount: 20000.05 },
            ],
            location: 'referral-hangzhou-shanghai',
          },
        ],
      }),
    );
    const claim = (body.claims as { selfPay: number; traceSteps: number[] }[])[0]!;
    // R4: per part, each rounded half-up: 1000.005 → 1000.01, 2000.005 → 2000.01
    expect(claim.selfPay).toBe(3000.02);
    const step = body.trace.steps[claim.traceSteps[0]!]!;
    expect(step.formula.en).toBe(
      'part 1: 10,000.05 × 10% = 1,000.01; part 2: 20,000.05 × 10% = 2,000.01 (each part rounded); 1,000.01 + 2,000.01 = 3,000.02 self-pay; the rest settles at the level treated',
    );
    expect(step.formula.zh).toContain('合计 1,000.01 + 2,000.01 = 3,000.02 元由个人先自理');
  });
});
