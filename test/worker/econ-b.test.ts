import { describe, expect, it } from 'vitest';
import landEntryCases from '../../src/policy/land-supply/land-entry-check.cases.json';
import { post } from '../helpers/http';

/** The land-supply (嘉政办发〔2014〕106号) and solar-PV (嘉政发〔2014〕84号) calculators through the Worker. */

/** The answer's trace: each parameter once, steps naming theirs by path. */
type Trace = {
  parameters: Record<string, { citation: string; version: string; table: string }>;
  steps: { name: { zh: string; en: string }; rule: string; parameters: string[] }[];
};
type Problem = {
  type: string;
  status: number;
  errors?: { pointer: string; message: string }[];
  parameter?: { table: string; key: string };
};

const LAND = '/v1/calculators/land-entry-check';
/** The calculator's own example without its appraised price; resettlement is left out (not assessed), which does not decide here: the project is above the small-project ground. */
const { appraisedPrice: _, resettlement: __, ...I0 } = landEntryCases.find((c) => c.id === 'industrialAtTheBounds')!.request;

describe('POST /v1/calculators/land-entry-check', () => {
  // The answers of L2 and L16 through HTTP are cases (W-L2, W-L16 of land-entry-check.cases.json); here what only the HTTP
  // answer carries: the table and its version, on every step and parameter.
  it('L2 through HTTP: every step cites 106号 and the table version', async () => {
    const res = await post(LAND, { ...I0, totalInvestment: 89999999.99, appraisedPrice: 333.33 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { trace: Trace; data: { table: string; version: string } };
    expect(body.data.table).toBe('land-supply');
    for (const s of body.trace.steps) expect(s.rule).toMatch(/^嘉政办发〔2014〕106号 /);
    for (const u of Object.values(body.trace.parameters)) expect(u).toMatchObject({ table: 'land-supply', version: body.data.version });
  });

  it('422 problem+json naming each invalid field (L21, L25)', async () => {
    const res = await post(LAND, { ...I0, priority: true, conformsToUpgrading: false, landArea: 0 });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Problem;
    expect(body.type).toBe('/problems/validation-error');
    expect(body.errors!.map((e) => e.pointer).sort()).toEqual(['/landArea', '/priority']);
    const res2 = await post(LAND, { ...I0, priority: true, conformsToUpgrading: false });
    const body2 = (await res2.json()) as Problem;
    expect(res2.status).toBe(422);
    expect(body2.errors!.map((e) => e.pointer)).toEqual(['/priority']);
  });

  it('L24 a date before 2015-01-15 is 422 not-in-force naming the table', async () => {
    const res = await post(LAND, { ...I0, date: '2015-01-14' });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Problem;
    expect(body.type).toBe('/problems/not-in-force');
    expect(body.parameter!.table).toBe('land-supply');
  });
});

const PV = '/v1/calculators/solar-pv-obligation';

describe('POST /v1/calculators/solar-pv-obligation', () => {
  // The answers of S3, S1 and S14 through HTTP are cases of solar-pv-obligation.cases.json; here what only the HTTP answer
  // carries: the table and its version, on every step and parameter.
  it('S3 through HTTP: steps cite 84号 and the table version', async () => {
    const res = await post(PV, {
      date: '2015-03-01',
      projectKind: 'industrial-factory',
      isNew: true,
      totalRoofArea: 5000,
      largestSingleRoofArea: 800,
      annualEnergyTce: 100,
      roofSuitable: true,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { trace: Trace; data: { table: string; version: string } };
    expect(body.data.table).toBe('solar-pv');
    for (const s of body.trace.steps) expect(s.rule).toMatch(/^嘉政发〔2014〕84号 /);
    for (const u of Object.values(body.trace.parameters)) expect(u).toMatchObject({ table: 'solar-pv', version: body.data.version });
  });

  it('S15 422 problem+json naming the fields', async () => {
    const res = await post(PV, { date: '2015-03-01', projectKind: 'warehouse', isNew: true, totalRoofArea: -1 });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Problem;
    expect(body.errors!.map((e) => e.pointer).sort()).toEqual(['/projectKind', '/totalRoofArea']);
  });
});
