import { describe, expect, it } from 'vitest';
import { expectProblem, get, postCalculator } from '../helpers/http';

/**
 * solar-pv-obligation through the Worker: the tri-state answer when a criterion is not assessed (嘉政发〔2014〕84号 一（一））.
 * The answers are cases (reviewer, W-one-met, W-none-met of solar-pv-obligation.cases.json, run through the Worker by
 * cases.test.ts); here the JSON Schema served and the problem+json of a bad field.
 */
describe('POST /v1/calculators/solar-pv-obligation: not assessed → undetermined', () => {
  it('the output JSON Schema served by GET /v1/calculators allows null for mustBuild and thresholdMet', async () => {
    const list = (await (await get('/v1/calculators')).json()) as {
      calculators: { id: string; output: { properties: Record<string, { type: unknown }> } }[];
    };
    const out = list.calculators.find((c) => c.id === 'solar-pv-obligation')!.output;
    expect(out.properties.mustBuild!.type).toEqual(['boolean', 'null']);
    expect(out.properties.thresholdMet!.type).toEqual(['boolean', 'null']);
  });

  it('422 problem+json naming a bad field', async () => {
    const problem = await expectProblem(
      await postCalculator('solar-pv-obligation', { date: '2015-06-01', projectKind: 'industrial-factory', isNew: 'yes' }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/isNew']);
  });
});
