import { describe, expect, it } from 'vitest';
import { expectCalculation, expectProblem, postCalculator } from '../helpers/http';

/**
 * The resident-medical-insurance and elderly-care calculators through the Worker (workerd). The other answers of
 * resident-medical-funding and resident-medical-outpatient are cases (their cases files, run through the Worker by
 * cases.test.ts); the funding test here reads `data`, which only the route adds.
 */

/** Every refusal tested here is a 422. */
const problemOf = (res: Response, type: string) => expectProblem(res, 422, type);

/** The trace of an answer: each parameter once by its path, the steps referring to it. */
interface Trace {
  parameters: Record<string, { value: unknown; table: string }>;
  steps: { name: { zh: string; en: string }; rule: string; parameters: string[] }[];
}
const traceOf = (body: { trace: unknown }) => body.trace as Trace;

describe('POST /v1/calculators/resident-medical-funding', () => {
  it('200: 10 persons in 2015 → 8200 / 2900 / 5300 with a trace citing 101号 一', async () => {
    const body = await expectCalculation(await postCalculator('resident-medical-funding', { year: 2015, persons: 10 }));
    expect(body).toMatchObject({
      total: 8200,
      individual: 2900,
      publicFinance: 5300,
      byLevel: { provinceAndCity: 2920, district: 1430, town: 950 },
    });
    expect(body.data.table).toBe('resident-medical-insurance');
    const trace = traceOf(body);
    expect(trace.steps[0]!.rule).toBe('嘉政办发〔2014〕101号 一');
    expect(trace.steps[0]!.parameters).toContain('funding.total');
    expect(trace.parameters['funding.total']).toMatchObject({ value: 820, table: 'resident-medical-insurance' });
  });
});

describe('POST /v1/calculators/elderly-care-housing-facility', () => {
  it('200: 9 999.99 m² → 19.99998 m² by the share, 20 m² required (the minimum binds), citing 86号 二（三）12（2）', async () => {
    const body = await expectCalculation(
      await postCalculator('elderly-care-housing-facility', { date: '2015-06-01', projectTotalFloorArea: 9999.99, providedArea: 20 }),
    );
    expect(body.project).toMatchObject({ ratioArea: 19.99998, requiredArea: 20, binding: 'minimum' });
    expect(body.compliance).toMatchObject({ compliant: true, shortfall: 0 });
    expect(traceOf(body).steps[0]!.rule).toBe('嘉政发〔2014〕86号 二（三）12（2）');
    expect(body.data.table).toBe('elderly-care');
  });

  it('422 validation-error naming the area with three decimals', async () => {
    const body = await problemOf(
      await postCalculator('elderly-care-housing-facility', { date: '2015-06-01', projectTotalFloorArea: 100.005 }),
      'validation-error',
    );
    expect(body.errors).toEqual([expect.objectContaining({ field: 'projectTotalFloorArea' })]);
  });
});

describe('POST /v1/calculators/elderly-care-bed-subsidy', () => {
  const req = {
    date: '2015-06-01',
    institutionType: 'nursing',
    privatelyRun: true,
    nonProfit: true,
    cityLevel: true,
    nursingOccupancyRatio: 0.6,
    baseSubsidyPerBed: 10000,
    beds: 50,
  };

  it('200: occupancy exactly 60% → top-up applies, 700 000 in all, citing 86号 二（二）7', async () => {
    const body = await expectCalculation(await postCalculator('elderly-care-bed-subsidy', req));
    expect(body).toMatchObject({ upliftApplies: true, baseSubsidy: 500000, uplift: 200000, total: 700000 });
    expect(traceOf(body).steps.at(-1)!.rule).toBe('嘉政发〔2014〕86号 二（二）7');
  });

  it('422 not-published naming the base per bed when the request omits it', async () => {
    const { baseSubsidyPerBed: _omit, ...rest } = req;
    const body = await problemOf(await postCalculator('elderly-care-bed-subsidy', rest), 'not-published');
    expect(body.parameter).toMatchObject({ key: 'subsidy.bed_construction.base_per_bed', table: 'elderly-care' });
    expect(body).toMatchObject({ upliftApplies: true });
  });

  it('422 validation-error naming the occupancy ratio above 1', async () => {
    const body = await problemOf(
      await postCalculator('elderly-care-bed-subsidy', { ...req, nursingOccupancyRatio: 1.2 }),
      'validation-error',
    );
    expect(body.errors).toEqual([expect.objectContaining({ field: 'nursingOccupancyRatio' })]);
  });
});
