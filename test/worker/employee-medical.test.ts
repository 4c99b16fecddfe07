import { describe, expect, it } from 'vitest';
import { expectProblem, get, post } from '../helpers/http';
import { workedSettlement as worked } from '../helpers/worked-example';

const SETTLE = '/v1/calculators/employee-medical-settlement';

type Trace = {
  parameters: Record<string, { citation: string; version: string; table: string }>;
  steps: { name: { zh: string; en: string }; rule: string; parameters: string[] }[];
};

describe('POST /v1/calculators/employee-medical-settlement', () => {
  it('settles the worked example, every step citing its article and the table version', async () => {
    const res = await post(SETTLE, worked);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      totals: Record<string, number>;
      trace: Trace;
      data: { table: string; version: string; hash: string };
    };
    expect(body.totals).toEqual({
      eligible: 33500,
      pooledFund: 25460,
      personalAccount: 1920,
      criticalIllness: 0,
      selfBurden: 6120,
      selfPay: 0,
    });
    expect(body.data.table).toBe('employee-medical-insurance');
    expect(body.data.hash).toMatch(/^[0-9a-f]{64}$/);
    for (const s of body.trace.steps) {
      expect(s.rule).toMatch(/^嘉政发〔2014〕87号 第.+条/);
      for (const key of s.parameters) expect(body.trace.parameters[key]).toBeDefined();
    }
    for (const p of Object.values(body.trace.parameters))
      expect(p).toMatchObject({ table: 'employee-medical-insurance', version: body.data.version });
  });

  it('422 problem naming each invalid field with a JSON pointer', async () => {
    const res = await post(SETTLE, {
      ...worked,
      claims: [{ kind: 'outpatient', date: '2016-02-01', facility: 'clinic', eligibleAmount: -5 }],
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { errors: { pointer: string }[] };
    const pointers = body.errors.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/claims/0/facility', '/claims/0/eligibleAmount']));
  });

  it('malformed JSON is 400, a non-JSON body 415', async () => {
    expect((await post(SETTLE, '{"year": 2015,')).status).toBe(400);
    expect((await post(SETTLE, 'year=2015', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
  });
});

function expectCitedTrace(body: { trace: Trace; data: { version: string } }) {
  expect(body.trace.steps.length).toBeGreaterThan(0);
  for (const s of body.trace.steps) {
    expect(s.rule).toMatch(/^嘉政发〔2014〕87号 第.+条/);
    for (const key of s.parameters) expect(body.trace.parameters[key]).toBeDefined();
  }
  for (const p of Object.values(body.trace.parameters))
    expect(p).toMatchObject({ table: 'employee-medical-insurance', version: body.data.version });
}

const CONTRIB = '/v1/calculators/employee-medical-contribution';

describe('POST /v1/calculators/employee-medical-contribution', () => {
  it('scheme B employer (C2): 200 with the figures, the base said to come from the request, a cited trace', async () => {
    const res = await post(CONTRIB, { year: 2015, scheme: 'B', category: 'employer', employed: 10, retired: 3, base: 48000 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      monthly: unknown;
      annual: unknown;
      baseSource: string;
      notice: string;
      trace: Trace;
      data: { version: string };
    };
    // 4000 × 7.5% = 300 × 10 + 4000 × 4% = 160 × 3 = 3480; 4000 × 2% = 80 × 10 = 800
    expect(body.monthly).toEqual({ employer: 3480, employee: 800, total: 4280 });
    expect(body.annual).toEqual({ employer: 41760, employee: 9600, total: 51360 });
    expect(body.baseSource).toBe('request');
    expect(body.notice).toContain('not published in the source');
    expectCitedTrace(body);
    expect(body.trace.steps.map((s) => s.rule)).toContain('嘉政发〔2014〕87号 第十条');
  });
});

const TRANSFER = '/v1/calculators/employee-medical-transfer-fee';

describe('POST /v1/calculators/employee-medical-transfer-fee', () => {
  it('T6: lump sum 13 500 + arrears 1 045.44 = 14 545.44, with a cited trace', async () => {
    const res = await post(TRANSFER, {
      birthDate: '1954-06-01',
      applicationDate: '2015-05-10',
      retirementDate: '2012-06-30',
      interruptionStart: '2014-03',
      sex: 'male',
      contributionMonths: 320,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      total: number;
      lumpSum: unknown;
      arrears: unknown;
      benefitsFrom: string;
      trace: Trace;
      data: { version: string };
    };
    // 15 × 1000 × 90% = 13500; 10 × 2112 × 5.5% = 1161.60 × 90% = 1045.44
    expect(body.total).toBe(14545.44);
    expect(body.lumpSum).toEqual({ years: 15, full: 15000, reduction: 0.9, payable: 13500 });
    expect(body.arrears).toMatchObject({ applicable: true, months: 10, full: 1161.6, payable: 1045.44 });
    expect(body.benefitsFrom).toBe('2015-06-01');
    expectCitedTrace(body);
  });
});

describe('GET /v1/calculators', () => {
  it('lists the four employee-medical calculators, each with at least two runnable examples', async () => {
    const res = await get('/v1/calculators');
    const body = (await res.json()) as { calculators: { id: string; examples: Record<string, unknown> }[] };
    const ids = body.calculators.map((c) => c.id);
    for (const id of [
      'employee-medical-settlement',
      'employee-medical-account',
      'employee-medical-contribution',
      'employee-medical-transfer-fee',
    ]) {
      expect(ids).toContain(id);
      expect(Object.keys(body.calculators.find((c) => c.id === id)!.examples).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('is described in /openapi.json (a review found it missing) and refuses an unknown ?lang like the other GETs', async () => {
    const doc = (await (await get('/openapi.json')).json()) as { paths: Record<string, { get?: { responses: Record<string, unknown> } }> };
    expect(Object.keys(doc.paths['/v1/calculators']?.get?.responses ?? {})).toEqual(expect.arrayContaining(['200', '422', '429']));
    const bad = await expectProblem(await get('/v1/calculators?lang=fr'), 422, 'validation-error');
    expect(bad.errors!.map((e) => e.pointer)).toEqual(['/lang']);
  });

  it('lists every calculator with input/output JSON Schema and examples', async () => {
    const res = await get('/v1/calculators');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      calculators: { id: string; input: { type: string; properties: Record<string, unknown> }; examples: Record<string, unknown> }[];
    };
    const settle = body.calculators.find((c) => c.id === 'employee-medical-settlement')!;
    expect(settle.input.type).toBe('object');
    expect(Object.keys(settle.input.properties)).toEqual(expect.arrayContaining(['year', 'person', 'claims']));
    expect(Object.keys(settle.examples).length).toBeGreaterThan(0);
  });

  it('every calculator example runs: 200 with a trace, or 422 naming an unpublished parameter', async () => {
    const list = (await (await get('/v1/calculators')).json()) as {
      calculators: { id: string; examples: Record<string, { value: unknown }> }[];
    };
    for (const calc of list.calculators) {
      for (const ex of Object.values(calc.examples)) {
        const res = await post(`/v1/calculators/${calc.id}`, ex.value);
        // An example may show the honest answer for a value the gazette does not publish (e.g. the resident
        // outpatient cap): a 422 naming it. Anything else must be a 200 with a trace.
        if (res.status === 422) {
          const problem = (await res.json()) as { type: string; parameter?: { key: string } };
          expect(problem.type, calc.id).toBe('/problems/not-published');
          expect(problem.parameter?.key, calc.id).toBeTruthy();
          continue;
        }
        expect(res.status, calc.id).toBe(200);
        const body = (await res.json()) as { trace: Trace };
        expect(body.trace.steps.length, calc.id).toBeGreaterThan(0);
      }
    }
  });
});
