import { describe, expect, it } from 'vitest';
import { expectCalculation, expectProblem, postCalculator } from '../helpers/http';

/** egov-project-review through the Worker: materials cannot be complete before the filing (第十三条 period). */
describe('POST /v1/calculators/egov-project-review: materialsCompleteDate', () => {
  const E = { level: 'municipal', funding: ['fiscal_funds'], category: 'infrastructure', workType: 'new', plannedBuildYear: 2016, filingDate: '2015-06-01' };

  it('the reviewer\'s request: materials complete 2015-05-01, filed 2015-06-01 → 422 naming /materialsCompleteDate', async () => {
    const problem = await expectProblem(await postCalculator('egov-project-review', { ...E, materialsCompleteDate: '2015-05-01' }), 422, 'validation-error');
    expect(problem.errors).toEqual([expect.objectContaining({ pointer: '/materialsCompleteDate', message: 'must not be before filingDate' })]);
  });

  it('materials complete on the filing day: 200, the review deadline after the filing', async () => {
    const body = await expectCalculation(await postCalculator('egov-project-review', { ...E, materialsCompleteDate: '2015-06-01' }));
    const review = body.review as { startDate: string; deadlineDate: string };
    expect(review.startDate).toBe('2015-06-01');
    expect(review.deadlineDate > E.filingDate).toBe(true);
  });
});
