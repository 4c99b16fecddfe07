import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

const post = (path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  SELF.fetch(`http://policy-edge.test${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

const SETTLE = '/v1/calculators/employee-medical-settlement';
const worked = {
  year: 2015,
  person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10' },
  claims: [
    { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 1500 },
    { kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 2000 },
    { kind: 'inpatient', date: '2015-05-01', level: 3, eligibleAmount: 30000 },
  ],
};

type Step = { step: string; rule: string; parameters: Record<string, { citation: string; version: string; table: string }> };

describe('POST /v1/calculators/employee-medical-settlement', () => {
  it('settles the worked example, every step citing its article and the table version', async () => {
    const res = await post(SETTLE, worked);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { totals: Record<string, number>; trace: Step[]; data: { table: string; version: string; hash: string } };
    expect(body.totals).toEqual({ eligible: 33500, pooledFund: 25460, personalAccount: 1920, criticalIllness: 0, selfBurden: 6120, selfPay: 0 });
    expect(body.data.table).toBe('employee-medical-insurance');
    expect(body.data.hash).toMatch(/^[0-9a-f]{64}$/);
    for (const s of body.trace) {
      expect(s.rule).toMatch(/^嘉政发〔2014〕87号 第.+条/);
      for (const p of Object.values(s.parameters)) expect(p).toMatchObject({ table: 'employee-medical-insurance', version: body.data.version });
    }
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

  it('a claim outside the settlement year is a 422 on its date', async () => {
    const res = await post(SETTLE, { ...worked, claims: [{ kind: 'outpatient', date: '2016-02-01', facility: 'other', eligibleAmount: 5 }] });
    const body = (await res.json()) as { errors: { pointer: string; message: string }[] };
    expect(res.status).toBe(422);
    expect(body.errors).toEqual([expect.objectContaining({ pointer: '/claims/0/date', message: expect.stringContaining('2015') })]);
  });

  it('a year with no parameters in force is a 422 naming the parameter, not a 500', async () => {
    const res = await post(SETTLE, { ...worked, year: 2010, claims: [{ kind: 'outpatient', date: '2010-02-01', facility: 'other', eligibleAmount: 5 }] });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { type: string; parameter: { table: string } };
    expect(body.type).toBe('/problems/not-in-force');
    expect(body.parameter.table).toBe('employee-medical-insurance');
  });

  it('malformed JSON is 400, a non-JSON body 415', async () => {
    expect((await post(SETTLE, '{"year": 2015,')).status).toBe(400);
    expect((await post(SETTLE, 'year=2015', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
  });
});

describe('POST /v1/calculators/employee-medical-account', () => {
  it('retired, 69 on 1 January 2015: 160 a month, 1 920 a year', async () => {
    const res = await post('/v1/calculators/employee-medical-account', { year: 2015, status: 'retired', birthDate: '1945-03-10' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ageOnFirstJanuary: 69, monthlyCredit: 160, annualCredit: 1920 });
  });
});

describe('GET /v1/calculators', () => {
  it('lists every calculator with input/output JSON Schema and examples', async () => {
    const res = await SELF.fetch('http://policy-edge.test/v1/calculators');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { calculators: { id: string; input: { type: string; properties: Record<string, unknown> }; examples: Record<string, unknown> }[] };
    const settle = body.calculators.find((c) => c.id === 'employee-medical-settlement')!;
    expect(settle.input.type).toBe('object');
    expect(Object.keys(settle.input.properties)).toEqual(expect.arrayContaining(['year', 'person', 'claims']));
    expect(Object.keys(settle.examples).length).toBeGreaterThan(0);
  });

  it('every calculator example runs: 200 with a trace, or 422 naming an unpublished parameter', async () => {
    const list = (await (await SELF.fetch('http://policy-edge.test/v1/calculators')).json()) as { calculators: { id: string; examples: Record<string, { value: unknown }> }[] };
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
        const body = (await res.json()) as { trace: unknown[] };
        expect(body.trace.length, calc.id).toBeGreaterThan(0);
      }
    }
  });
});
