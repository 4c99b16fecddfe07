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

// The elderly-care calculators' requests and answers are cases (src/policy/elderly-care/*.cases.json, run through the
// Worker by test/worker/cases.test.ts); here, what only HTTP shows: the media types and the table of the answer.

describe('POST /v1/calculators/elderly-care-housing-facility', () => {
  it('200 JSON computed from the elderly-care table (case minimum-binds-provided-minimum)', async () => {
    const body = await expectCalculation(
      await postCalculator('elderly-care-housing-facility', { date: '2015-06-01', projectTotalFloorArea: 9999.99, providedArea: 20 }),
    );
    expect(body.data.table).toBe('elderly-care');
  });

  it('422 problem+json validation-error on an area with three decimals (case H12c)', async () => {
    await problemOf(
      await postCalculator('elderly-care-housing-facility', { date: '2015-06-01', projectTotalFloorArea: 100.005 }),
      'validation-error',
    );
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

  it('200 JSON computed from the elderly-care table (case B1)', async () => {
    const body = await expectCalculation(await postCalculator('elderly-care-bed-subsidy', req));
    expect(body.data.table).toBe('elderly-care');
  });

  it('422 problem+json not-published when the request omits the base per bed (case base-omitted-at-threshold)', async () => {
    const { baseSubsidyPerBed: _omit, ...rest } = req;
    await problemOf(await postCalculator('elderly-care-bed-subsidy', rest), 'not-published');
  });

  it('422 problem+json validation-error on an occupancy ratio above 1 (case B14a)', async () => {
    await problemOf(await postCalculator('elderly-care-bed-subsidy', { ...req, nursingOccupancyRatio: 1.2 }), 'validation-error');
  });
});
