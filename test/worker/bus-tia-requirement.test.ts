import { describe, expect, it } from 'vitest';
import { expectProblem, get, postCalculator } from '../helpers/http';

/**
 * bus-tia-requirement through the Worker: a type the open list (…等项目) does not name is undetermined (嘉政办发〔2014〕104号 三（一）2).
 * The answers are cases (B9, B9b, B2 of bus-tia-requirement.cases.json, run through the Worker by cases.test.ts); here the
 * JSON Schema served and the problem+json of a bad field.
 */
describe('POST /v1/calculators/bus-tia-requirement: an unlisted type → undetermined', () => {
  it('the output JSON Schema served by GET /v1/calculators allows null for tiaRequired', async () => {
    const list = (await (await get('/v1/calculators')).json()) as {
      calculators: { id: string; output: { properties: Record<string, { type: unknown }> } }[];
    };
    expect(list.calculators.find((c) => c.id === 'bus-tia-requirement')!.output.properties.tiaRequired!.type).toEqual(['boolean', 'null']);
  });

  it('422 problem+json naming a bad field', async () => {
    const problem = await expectProblem(
      await postCalculator('bus-tia-requirement', { date: '2015-03-01', projectType: 'warehouse', works: 'new' }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/projectType']);
  });
});
