import { describe, expect, it } from 'vitest';
import { expectProblem, postCalculator } from '../helpers/http';

/**
 * fire-water-source-check through the Worker: the answers on 第十四条 triggers not assessed are cases
 * (fire-water-source-check.cases.json, run through the Worker by cases.test.ts); here the problem+json of a bad input.
 */
describe('POST /v1/calculators/fire-water-source-check: notification triggers not assessed', () => {
  it('422 problem+json naming a bad trigger input', async () => {
    const problem = await expectProblem(
      await postCalculator('fire-water-source-check', { date: '2015-06-01', supplyEvent: { otherFireRisk: 'maybe' } }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/supplyEvent/otherFireRisk']);
  });
});
