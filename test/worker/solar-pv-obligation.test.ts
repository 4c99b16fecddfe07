import { describe, expect, it } from 'vitest';
import type { TraceData } from '../../src/engine/trace';
import { expectCalculation, expectProblem, get, postCalculator } from '../helpers/http';

/** solar-pv-obligation through the Worker: the tri-state answer when a criterion is not assessed (嘉政发〔2014〕84号 一（一）). */
describe('POST /v1/calculators/solar-pv-obligation: not assessed → undetermined', () => {
  it("the reviewer's request: a new plant with no figure → mustBuild null, thresholdMet null (not false)", async () => {
    const body = await expectCalculation(
      await postCalculator('solar-pv-obligation', { date: '2015-06-01', projectKind: 'industrial-factory', isNew: true }),
    );
    expect(body).toMatchObject({ mustBuild: null, thresholdMet: null, subjectToRoofSuitability: false, duties: [] });
    expect((body.criteria as { status: string }[]).map((c) => c.status)).toEqual([
      'not_assessed',
      'not_assessed',
      'not_applicable',
      'not_assessed',
    ]);
    const decision = (body.trace as unknown as TraceData).steps.find((s) => s.name.en === 'decision')!;
    expect(decision.formula.en).toMatch(/mustBuild undetermined/);
    expect(decision.formula.zh).toMatch(/尚不能确定是否应建设/);
    expect((body.notAssessed as { item: string }[]).map((x) => x.item)).toEqual([
      'enterprise_or_project.annual_energy',
      'industrial_factory.total_roof_area',
      'industrial_factory.single_roof_area',
    ]);
  });

  it('true with one trigger met and others not assessed; false when all are assessed and none is met', async () => {
    // 5000 m² ≥ 5000 m² (total roof, inclusive)
    expect(
      await expectCalculation(
        await postCalculator('solar-pv-obligation', {
          date: '2015-06-01',
          projectKind: 'industrial-factory',
          isNew: true,
          totalRoofArea: 5000,
          roofSuitable: true,
        }),
      ),
    ).toMatchObject({ mustBuild: true, thresholdMet: true });
    // 3000 tce is not over 3000; 4999.99 < 5000; 999.99 < 1000
    expect(
      await expectCalculation(
        await postCalculator('solar-pv-obligation', {
          date: '2015-06-01',
          projectKind: 'industrial-factory',
          isNew: true,
          annualEnergyTce: 3000,
          totalRoofArea: 4999.99,
          largestSingleRoofArea: 999.99,
        }),
      ),
    ).toMatchObject({ mustBuild: false, thresholdMet: false, notAssessed: [] });
  });

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
