import { describe, expect, it } from 'vitest';
import { expectProblem, postCalculator } from '../helpers/http';

/**
 * residence-permit-eligibility through the Worker: a bad field is a 422 problem+json. The answers to inputs not given
 * (not assessed, 嘉政办发〔2014〕98号 三（一）2) are cases of the calculator (not-given-*), run through the Worker by cases.test.ts.
 */
describe('POST /v1/calculators/residence-permit-eligibility: not given → undetermined', () => {
  const migrant = { applicationDate: '2015-03-01', hasLocalHukou: false };
  const employed = { route: 'employed', monthsEmployedLocally: 7, labourContractTermMonths: 12, socialInsuranceMonthsInPastYear: 7 };

  it('422 problem+json naming a bad field', async () => {
    const problem = await expectProblem(
      await postCalculator('residence-permit-eligibility', {
        ...migrant,
        residenceProof: 'none',
        investorOrTalent: 'yes',
        employment: employed,
      }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/investorOrTalent']);
  });
});
