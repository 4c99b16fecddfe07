import { describe, expect, it } from 'vitest';
import { expectProblem, get, postCalculator } from '../helpers/http';

/**
 * case-transfer-deadlines through the Worker: late on a weekends-only count is undetermined (嘉政办发〔2014〕113号 二（一）3).
 * The answers are cases of the calculator (worker-*, weekends-only-*), run through the Worker by cases.test.ts; here the
 * problem+json of a bad field and the documented output schema.
 */
describe('POST /v1/calculators/case-transfer-deadlines: lateness without a calendar', () => {
  const found = { discoveredAt: '2015-03-05T16:00', urgent: false };

  it('422 problem+json naming a bad field', async () => {
    const problem = await expectProblem(
      await postCalculator('case-transfer-deadlines', { ...found, transferredAt: '2015-03-04T09:00' }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/transferredAt']);
  });

  it('the output JSON Schema served by GET /v1/calculators documents the null of onTime', async () => {
    const list = (await (await get('/v1/calculators')).json()) as { calculators: { id: string; output: unknown }[] };
    expect(JSON.stringify(list.calculators.find((c) => c.id === 'case-transfer-deadlines')!.output)).toContain('counted on weekends only');
  });
});
