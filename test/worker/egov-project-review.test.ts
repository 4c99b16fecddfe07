import { describe, expect, it } from 'vitest';
import { expectProblem, postCalculator } from '../helpers/http';

/**
 * egov-project-review through the Worker: the problem+json of a bad field. The answers (materials complete on the filing
 * day, facts not given: 第三条, 第十条, 第十三条) are cases of the calculator, run through the Worker by cases.test.ts.
 */
describe('POST /v1/calculators/egov-project-review: materialsCompleteDate', () => {
  const E = {
    level: 'municipal',
    funding: ['fiscal_funds'],
    category: 'infrastructure',
    workType: 'new',
    plannedBuildYear: 2016,
    filingDate: '2015-06-01',
  };

  it('materials complete 2015-05-01, filed 2015-06-01 → 422 naming /materialsCompleteDate', async () => {
    const problem = await expectProblem(
      await postCalculator('egov-project-review', { ...E, materialsCompleteDate: '2015-05-01' }),
      422,
      'validation-error',
    );
    expect(problem.errors).toEqual([
      expect.objectContaining({
        pointer: '/materialsCompleteDate',
        message: expect.objectContaining({ en: 'must not be before filingDate' }),
      }),
    ]);
  });
});

describe('POST /v1/calculators/egov-project-review: not given → undetermined', () => {
  const E = {
    level: 'municipal',
    funding: ['fiscal_funds'],
    category: 'infrastructure',
    workType: 'new',
    plannedBuildYear: 2016,
    filingDate: '2016-03-01',
  };

  it('422 naming a 第十条 condition that is not a boolean', async () => {
    const problem = await expectProblem(
      await postCalculator('egov-project-review', { ...E, anytimeConditions: { fundingSecured: 'yes' } }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/anytimeConditions/fundingSecured']);
  });
});
