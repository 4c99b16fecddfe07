import { describe, expect, it } from 'vitest';
import { expectProblem, postCalculator } from '../helpers/http';

/**
 * land-entry-check through the Worker: 拆迁安置除外 not answered leaves the ground not assessed (嘉政办发〔2014〕106号 二（一）1（2））;
 * those answers are cases (W-small, W-small-resettlement-false of land-entry-check.cases.json, run through the Worker by
 * cases.test.ts); here the problem+json of a bad field.
 */
describe('POST /v1/calculators/land-entry-check: resettlement not given', () => {
  // a services project at the small-project bounds (50 000 000 and 20 mu, both inclusive)
  const small = {
    date: '2015-06-01',
    projectType: 'services',
    zone: 'development-zone',
    totalInvestment: 50000000,
    landArea: 20,
    priority: false,
    conformsToUpgrading: true,
  };

  it('422 problem+json naming a bad field', async () => {
    const problem = await expectProblem(
      await postCalculator('land-entry-check', { ...small, resettlement: 'no' }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/resettlement']);
  });
});
