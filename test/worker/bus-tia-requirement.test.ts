import { describe, expect, it } from 'vitest';
import type { TraceData } from '../../src/engine/trace';
import { expectCalculation, expectProblem, get, postCalculator } from '../helpers/http';

/** bus-tia-requirement through the Worker: a type the open list (…等项目) does not name is undetermined (嘉政办发〔2014〕104号 三（一）2). */
describe('POST /v1/calculators/bus-tia-requirement: an unlisted type → undetermined', () => {
  it('a new project of type other: tiaRequired null (was false), not listed, no veto', async () => {
    const body = await expectCalculation(
      await postCalculator('bus-tia-requirement', { date: '2015-03-01', projectType: 'other', works: 'new' }),
    );
    expect(body).toMatchObject({ tiaRequired: null, listed: false, veto: null, assessmentCovers: [] });
    const step = (body.trace as unknown as TraceData).steps[0]!;
    expect(step.formula.en).toMatch(/→ undetermined \(not published whether one is required\)$/);
    expect(step.formula.zh).toMatch(/是否须做交通影响评价原文没有规定，无法判定$/);
    expect(body.notAssessed).toEqual([
      expect.objectContaining({ item: 'tiaRequired', reason: 'not-published', fields: ['tia_project_types'] }),
    ]);
  });

  it('false stays a decision: works other than 新建 / 改建, or a listed type under its threshold', async () => {
    expect(
      (await expectCalculation(await postCalculator('bus-tia-requirement', { date: '2015-03-01', projectType: 'other', works: 'other' })))
        .tiaRequired,
    ).toBe(false);
    // 23 < 24 classes (以上, inclusive)
    expect(
      (
        await expectCalculation(
          await postCalculator('bus-tia-requirement', { date: '2015-03-01', projectType: 'school', works: 'new', classes: 23 }),
        )
      ).tiaRequired,
    ).toBe(false);
  });

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
