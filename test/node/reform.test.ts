import { describe, expect, it } from 'vitest';
import { benchReformOf } from '../../bench/reform';
import { calculatorCatalogue, openApiDocument, REFORM_DOC } from '../../scripts/lib/api-description';
import { syntheticPopulation } from '../../scripts/lib/synthetic-population';
import { createApp } from '../../src/app';
import type { Bindings } from '../../src/env';
import { calculate } from '../../src/engine/calculator';
import { EngineError } from '../../src/engine/errors';
import { applyRatio, fen, fenToYuan, ratioToPpm, yuanToFen } from '../../src/engine/money';
import { applyReform, REFORM_CITATION } from '../../src/engine/reform';
import { employeeMedicalSettlement } from '../../src/policy/employee-medical-insurance/employee-medical-settlement';
import { calculators } from '../../src/policy/index';
import type { CompiledTable } from '../../src/tables/model';
import { realBundle } from '../helpers/calc';

/**
 * What-if reforms (src/engine/reform.ts, the calculator and batch routes): `{ baseline, reform, difference }`, the
 * reformed values marked in the trace, every bad key, period or value a 422 naming it. Expected figures are read from
 * the compiled workbook's cells, not written here.
 */

const bundle = realBundle();
const app = createApp(bundle);
const catalogue = JSON.stringify(calculatorCatalogue());
const env = { ASSETS: { fetch: async () => new Response(catalogue) } } as unknown as Bindings;
const SETTLE = '/v1/calculators/employee-medical-settlement';
const TABLE = 'employee-medical-insurance';
const post = (path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, env);

const table = bundle.tables[TABLE]!;
const cell = (sheet: string, dims: Record<string, string>, column: string) => {
  const row = table.scales.find((s) => s.id === sheet)!.rows.find((r) => Object.entries(dims).every(([k, v]) => String(r.cells[k]) === v))!;
  return row.cells[column] as number;
};
const param = (key: string) => table.parameters.find((p) => p.key === key)!.history.at(-1)!.value as number;

// scheme A, employed: no personal account, so the fund's share of a level-1 stay is (amount − deductible) × ratio
const person = { scheme: 'A', status: 'employed', birthDate: '1970-01-01' };
const stay = (date: string, eligibleAmount: number) => ({ kind: 'inpatient', date, level: 1, eligibleAmount });
const request = { year: 2015, person, claims: [stay('2015-03-01', 10_000)] };
const DEDUCTIBLE = 'inpatient_levels[level=1].deductible';

type Answer = {
  totals: { pooledFund: number } & Record<string, number>;
  trace: { parameters: Record<string, Record<string, unknown>> };
  notices: unknown[];
};
type ReformAnswer = { baseline: Answer; reform: Answer; difference: Record<string, number | null> };
type Problem = { status: number; errors: { pointer: string; code: string; message: { zh: string; en: string } }[] };

const withoutTrace = ({ trace: _, ...rest }: Answer) => rest;

describe('a reform in a single request', () => {
  it('answers { baseline, reform, difference }; the baseline is the plain answer', async () => {
    const plain = (await (await post(SETTLE, request)).json()) as Answer;
    const res = await post(SETTLE, { ...request, reform: { [DEDUCTIBLE]: [{ from: '2015-01-01', value: 400 }] } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReformAnswer;
    expect(Object.keys(body)).toEqual(['baseline', 'reform', 'difference']);
    expect(body.baseline).toEqual(plain);
  });

  it('setting the values the workbook holds changes nothing but the marks', async () => {
    const same = {
      [DEDUCTIBLE]: [{ from: table.coverage.from, value: cell('inpatient_levels', { level: '1' }, 'deductible') }],
      'inpatient.annual_cap': [{ from: table.coverage.from, value: param('inpatient.annual_cap') }],
    };
    const body = (await (await post(SETTLE, { ...request, reform: same })).json()) as ReformAnswer;
    expect(withoutTrace(body.reform)).toEqual(withoutTrace(body.baseline));
    expect(Object.values(body.difference).filter((d) => d !== null && d !== 0)).toEqual([]);
    expect(body.difference['totals.pooledFund']).toBe(0);
  });

  it('a higher deductible costs the fund its ratio of the raise (a sheet cell)', async () => {
    const deductible = cell('inpatient_levels', { level: '1' }, 'deductible');
    const ratio = cell('inpatient_levels', { level: '1' }, 'fund_ratio');
    const raised = deductible + 100;
    const body = (await (
      await post(SETTLE, { ...request, reform: { [DEDUCTIBLE]: [{ from: '2015-01-01', value: raised }] } })
    ).json()) as ReformAnswer;
    const shift = fenToYuan(applyRatio(yuanToFen(100), ratioToPpm(ratio)));
    expect(body.difference['totals.pooledFund']).toBe(-shift);
    expect(body.difference['totals.selfBurden']).toBe(shift);
    expect(body.difference['totals.eligible']).toBe(0);
    // difference is reform − baseline for every money field
    for (const [path, d] of Object.entries(body.difference)) {
      const [a, b] = [body.reform, body.baseline].map((x) =>
        path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], x),
      );
      expect(d).toBe(typeof a === 'number' && typeof b === 'number' ? fenToYuan(fen(yuanToFen(a) - yuanToFen(b))) : null);
    }
  });

  it('marks the reformed value in the trace (reform: true, citation "reform"), and only there', async () => {
    const body = (await (
      await post(SETTLE, { ...request, reform: { [DEDUCTIBLE]: [{ from: '2015-01-01', value: 400 }] } })
    ).json()) as ReformAnswer;
    expect(body.reform.trace.parameters[DEDUCTIBLE]).toMatchObject({ value: 400, citation: 'reform', reform: true });
    expect(body.baseline.trace.parameters[DEDUCTIBLE]).not.toHaveProperty('reform');
    expect(body.baseline.trace.parameters[DEDUCTIBLE]!.citation).not.toBe('reform');
    const marked = (a: Answer) =>
      Object.entries(a.trace.parameters)
        .filter(([, u]) => u.reform)
        .map(([k]) => k);
    expect(marked(body.reform)).toEqual([DEDUCTIBLE]);
    expect(marked(body.baseline)).toEqual([]);
    // a step's rule stays the article it applies, not the mark
    const steps = (body.reform.trace as unknown as { steps: { rule: string }[] }).steps;
    expect(steps.map((s) => s.rule).filter((r) => r === 'reform')).toEqual([]);
  });

  it('applies on its period only: a stay before it keeps the workbook value', async () => {
    const deductible = cell('inpatient_levels', { level: '1' }, 'deductible');
    const ratio = cell('inpatient_levels', { level: '1' }, 'fund_ratio');
    const twoStays = { ...request, claims: [stay('2015-03-01', 10_000), stay('2015-09-01', 10_000)] };
    const reform = { [DEDUCTIBLE]: [{ from: '2015-07-01', to: '2015-12-31', value: deductible + 200 }] };
    const body = (await (await post(SETTLE, { ...twoStays, reform })).json()) as ReformAnswer;
    // only the second stay pays the raised deductible
    expect(body.difference['totals.pooledFund']).toBe(-fenToYuan(applyRatio(yuanToFen(200), ratioToPpm(ratio))));
    expect(body.reform.trace.parameters[DEDUCTIBLE]!.reform).toBeUndefined();
    expect(Object.values(body.reform.trace.parameters).filter((u) => u.reform)).toEqual([
      expect.objectContaining({ value: deductible + 200, from: '2015-07-01' }),
    ]);
  });

  it('a parameter key: a lower annual cap moves the excess to critical-illness insurance', async () => {
    const cap = param('inpatient.annual_cap');
    const big = { year: 2015, person, claims: [{ kind: 'inpatient', date: '2015-06-01', level: 3, eligibleAmount: cap + 50_000 }] };
    const body = (await (
      await post(SETTLE, { ...big, reform: { 'inpatient.annual_cap': [{ from: '2015-01-01', value: cap - 10_000 }] } })
    ).json()) as ReformAnswer;
    expect(body.reform.trace.parameters['inpatient.annual_cap']).toMatchObject({ value: cap - 10_000, reform: true });
    expect(body.difference['totals.pooledFund']).toBeLessThan(0);
    expect(body.difference['totals.criticalIllness']).toBeGreaterThan(0);
  });

  it('reads a sheet case with a bracket (account_credit[status=retired,age=(75,∞)])', async () => {
    const old = { year: 2015, person: { scheme: 'B', status: 'retired', birthDate: '1930-01-01' }, claims: [stay('2015-03-01', 1000)] };
    const key = 'account_credit[status=retired,age=(75,∞)].monthly_credit';
    const credit = cell('account_credit', { status: 'retired' }, 'monthly_credit');
    const body = (await (
      await post(SETTLE, { ...old, reform: { [key]: [{ from: '2015-01-01', value: credit + 1000 }] } })
    ).json()) as ReformAnswer;
    expect(body.reform.trace.parameters[key]).toMatchObject({ reform: true });
    expect(body.difference['account.monthlyCredit']).toBeGreaterThan(0);
  });
});

describe('a bad reform is a 422 naming the field', () => {
  const problemOf = async (reform: unknown, extra: object = {}) => {
    const res = await post(SETTLE, { ...request, ...extra, reform });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    return ((await res.json()) as Problem).errors.map((e) => [e.pointer, e.code]);
  };

  it('an unknown parameter key, sheet, column or code', async () => {
    const v = [{ from: '2015-01-01', value: 1 }];
    expect(await problemOf({ 'inpatient.annual_capp': v })).toEqual([['/reform/inpatient.annual_capp', 'unknown-key']]);
    expect(await problemOf({ 'no_sheet[level=1].deductible': v })).toEqual([['/reform/no_sheet[level=1].deductible', 'unknown-key']]);
    expect(await problemOf({ 'inpatient_levels[level=1].nothing': v })).toEqual([
      ['/reform/inpatient_levels[level=1].nothing', 'unknown-key'],
    ]);
    expect(await problemOf({ 'inpatient_levels[level=9].deductible': v })).toEqual([
      ['/reform/inpatient_levels[level=9].deductible', 'unknown-key'],
    ]);
    expect(await problemOf({ 'inpatient_levels[grade=1].deductible': v })).toEqual([
      ['/reform/inpatient_levels[grade=1].deductible', 'unknown-key'],
    ]);
  });

  it('a case that names several rows, and a value that is text or a code', async () => {
    const errors = await problemOf({
      'contribution_rates[scheme=A].rate': [{ from: '2015-01-01', value: 0.1 }],
      'designated_disease.ratio_level': [{ from: '2015-01-01', value: 1 }],
    });
    expect(errors).toEqual([
      ['/reform/contribution_rates[scheme=A].rate', 'ambiguous-key'],
      ['/reform/designated_disease.ratio_level', 'not-reformable'],
    ]);
  });

  it('values against the unit: a ratio over 1, money below 0 or with a third decimal, a fraction of a count, text for a number', async () => {
    const at = (key: string, value: unknown) => ({ [key]: [{ from: '2015-01-01', value }] });
    expect(await problemOf(at('inpatient_levels[level=1].fund_ratio', 1.5))).toEqual([
      ['/reform/inpatient_levels[level=1].fund_ratio/0/value', 'too-big'],
    ]);
    expect(await problemOf(at(DEDUCTIBLE, -1))).toEqual([[`/reform/${DEDUCTIBLE}/0/value`, 'too-small']]);
    expect(await problemOf(at('inpatient.annual_cap', 1.234))).toEqual([['/reform/inpatient.annual_cap/0/value', 'too-many-decimals']]);
    expect(await problemOf(at('inpatient.deductible_max_admissions', 1.5))).toEqual([
      ['/reform/inpatient.deductible_max_admissions/0/value', 'invalid-type'],
    ]);
    expect(await problemOf(at('inpatient.annual_cap', '250000'))).toEqual([['/reform/inpatient.annual_cap/0/value', 'invalid-type']]);
    expect(await problemOf(at('contribution.paid_monthly', 'yes'))).toEqual([
      ['/reform/contribution.paid_monthly/0/value', 'invalid-type'],
    ]);
  });

  it('periods: a missing or impossible date, an end before the start, two periods that overlap, an unknown field', async () => {
    const key = 'inpatient.annual_cap';
    expect(await problemOf({ [key]: [{ value: 1 }] })).toEqual([[`/reform/${key}/0/from`, 'required']]);
    expect(await problemOf({ [key]: [{ from: '2015-02-30', value: 1 }] })).toEqual([[`/reform/${key}/0/from`, 'invalid-format']]);
    expect(await problemOf({ [key]: [{ from: '2015-06-01', to: '2015-05-31', value: 1 }] })).toEqual([
      [`/reform/${key}/0/to`, 'invalid-period'],
    ]);
    expect(
      await problemOf({
        [key]: [
          { from: '2015-01-01', to: '2015-06-30', value: 1 },
          { from: '2015-06-30', value: 2 },
        ],
      }),
    ).toEqual([[`/reform/${key}/1/from`, 'overlapping-period']]);
    expect(await problemOf({ [key]: [{ from: '2015-01-01', value: 1, until: 'x' }] })).toEqual([
      [`/reform/${key}/0/until`, 'unknown-field'],
    ]);
    expect(await problemOf({ [key]: [] })).toEqual([[`/reform/${key}`, 'too-small']]);
    expect(await problemOf({})).toEqual([['/reform', 'invalid-type']]);
    expect(await problemOf(null)).toEqual([['/reform', 'invalid-type']]);
  });

  it('a part of a case that names no dimension and code is unknown, not every row', async () => {
    const v = [{ from: '2015-01-01', value: 1 }];
    for (const key of ['inpatient_levels[level=1,bogus].deductible', 'inpatient_levels[bogus].deductible'])
      expect(await problemOf({ [key]: v })).toEqual([[`/reform/${key}`, 'unknown-key']]);
  });

  it('limits: at most 50 keys and 20 periods a key; 9999-12-31 as the end is no end', async () => {
    const key = 'inpatient.annual_cap';
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, []]));
    expect(await problemOf(many)).toContainEqual(['/reform', 'too-big']);
    const periods = Array.from({ length: 21 }, (_, i) => ({ from: `${2000 + i}-01-01`, to: `${2000 + i}-12-31`, value: 1 }));
    expect(await problemOf({ [key]: periods })).toEqual([[`/reform/${key}`, 'too-big']]);
    const res = await post(SETTLE, { ...request, reform: { [key]: [{ from: '2015-01-01', to: '9999-12-31', value: 1000 }] } });
    expect(res.status).toBe(200);
  });

  it('reformed values the rules cannot answer with are a 422 naming reform, never a 500', async () => {
    // an endorsement every 0 years: the request is answered, the reform is what fails
    const body = { issueDate: '2015-03-15', asOfDate: '2016-06-01', endorsementDates: ['2016-05-14'] };
    const path = '/v1/calculators/residence-permit-endorsement';
    expect((await post(path, body)).status).toBe(200);
    const res = await post(path, { ...body, reform: { 'endorsement.interval_years': [{ from: '2015-01-01', value: 0 }] } });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as Problem;
    expect(problem.errors.map((e) => [e.pointer, e.code])).toEqual([['/reform', 'reform-not-computable']]);
    expect(problem.errors[0]!.message.zh).toMatch(/^按改革后的数值无法计算/);
  });

  it('messages in Chinese and English; the request and the reform are judged in one answer', async () => {
    const res = await post(SETTLE, { ...request, year: 'x', reform: { nope: [{ from: '2015-01-01', value: 1 }] } });
    const body = (await res.json()) as Problem;
    expect(body.errors.map((e) => e.pointer)).toEqual(['/year', '/reform/nope']);
    expect(body.errors[1]!.message.zh).toMatch(/参数/);
    expect(body.errors[1]!.message.en).toMatch(/not a parameter/);
  });
});

describe('applyReform (engine)', () => {
  it('splits a value around the period and leaves the compiled bundle untouched', () => {
    const before = JSON.stringify(bundle.tables[TABLE]);
    const out = applyReform(bundle, TABLE, { 'inpatient.annual_cap': [{ from: '2015-04-01', to: '2015-06-30', value: 1 }] });
    expect(JSON.stringify(bundle.tables[TABLE])).toBe(before);
    const t = out.tables[TABLE] as CompiledTable;
    const history = t.parameters.find((p) => p.key === 'inpatient.annual_cap')!.history;
    const cap = param('inpatient.annual_cap');
    expect(history.map((h) => [h.from, h.to, h.value])).toEqual([
      ['2015-01-01', '2015-03-31', cap],
      ['2015-04-01', '2015-06-30', 1],
      ['2015-07-01', null, cap],
    ]);
    expect(history[1]!.citation).toBe(REFORM_CITATION);
    // other tables are the same objects
    for (const id of Object.keys(bundle.tables)) if (id !== TABLE) expect(out.tables[id]).toBe(bundle.tables[id]);
  });

  it('splits a sheet row the same way, only the reformed column cited as reform', () => {
    const out = applyReform(bundle, TABLE, { [DEDUCTIBLE]: [{ from: '2015-04-01', to: '2015-06-30', value: 1 }] });
    const rows = out.tables[TABLE]!.scales.find((s) => s.id === 'inpatient_levels')!.rows.filter((r) => r.cells.level === '1');
    expect(rows.map((r) => [r.from, r.to, r.cells.deductible])).toEqual([
      ['2015-01-01', '2015-03-31', cell('inpatient_levels', { level: '1' }, 'deductible')],
      ['2015-04-01', '2015-06-30', 1],
      ['2015-07-01', null, cell('inpatient_levels', { level: '1' }, 'deductible')],
    ]);
    expect(rows[1]!.citations?.deductible).toBe(REFORM_CITATION);
    expect(rows[1]!.citations?.fund_ratio).toBeUndefined();
  });

  it('an invalid reform is an invalid-input EngineError listing its fields', () => {
    let error: unknown;
    try {
      applyReform(bundle, TABLE, { x: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).details.fields?.map((f) => f.path)).toEqual([['reform', 'x']]);
  });

  it('the calculator runs on the reformed bundle as on any other', () => {
    const input = employeeMedicalSettlement.input.parse(request);
    const out = calculate(
      employeeMedicalSettlement,
      applyReform(bundle, TABLE, { [DEDUCTIBLE]: [{ from: '2015-01-01', value: 0 }] }),
      input,
    );
    expect(out.totals.pooledFund).toBe(
      fenToYuan(applyRatio(yuanToFen(10_000), ratioToPpm(cell('inpatient_levels', { level: '1' }, 'fund_ratio')))),
    );
  });
});

describe('reforms in a batch', () => {
  it('each item may carry its own reform; totals sum the plain answers, reformTotals the reformed items', async () => {
    const reform = { [DEDUCTIBLE]: [{ from: '2015-01-01', value: cell('inpatient_levels', { level: '1' }, 'deductible') + 100 }] };
    const items = [request, { ...request, reform }, { ...request, reform }, { ...request, reform: { nope: [] } }];
    const res = await post(`${SETTLE}/batch`, { requests: items });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      results: Record<string, unknown>[];
      summary: { ok: number; failed: number };
      totals: Record<string, number | null>;
      reformTotals: {
        baseline: Record<string, number | null>;
        reform: Record<string, number | null>;
        difference: Record<string, number | null>;
      };
    };
    expect(body.summary).toEqual({ ok: 3, failed: 1 });
    const single = (await (await post(SETTLE, items[1])).json()) as ReformAnswer;
    expect(body.results[1]).toEqual(single);
    expect(body.results[3]).toMatchObject({ status: 422, index: 3, errors: [{ pointer: '/reform/nope', code: 'unknown-key' }] });
    const plain = body.results[0] as Answer;
    expect(body.totals['totals.pooledFund']).toBe(plain.totals.pooledFund);
    expect(body.reformTotals.baseline['totals.pooledFund']).toBe(fenToYuan(fen(2 * yuanToFen(single.baseline.totals.pooledFund))));
    expect(body.reformTotals.reform['totals.pooledFund']).toBe(fenToYuan(fen(2 * yuanToFen(single.reform.totals.pooledFund))));
    expect(body.reformTotals.difference['totals.pooledFund']).toBe(fenToYuan(fen(2 * yuanToFen(single.difference['totals.pooledFund']!))));
  });

  it('a batch without reforms has no reformTotals', async () => {
    const body = (await (await post(`${SETTLE}/batch`, { requests: [request] })).json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('reformTotals');
  });
});

describe('reforms in the OpenAPI document', () => {
  const doc = openApiDocument(app, { origin: 'https://policy-edge.test', tables: Object.keys(bundle.tables) }) as unknown as {
    paths: Record<string, { post: Op }>;
    components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
  };
  type Op = {
    requestBody: {
      content: { 'application/json': { schema: Schema; examples: Record<string, { summary: string; value: { requests: unknown[] } }> } };
    };
    responses: Record<string, { content: { 'application/json': { schema: Schema } } }>;
  };
  type Schema = { properties: Record<string, Schema>; oneOf?: { $ref: string }[]; items?: Schema & { anyOf?: { $ref?: string }[] } };

  it('every calculator: a request may carry reform, its 200 is oneOf the plain answer and the reform answer', () => {
    for (const calc of calculators) {
      const op = doc.paths[`/v1/calculators/${calc.id}`]!.post;
      expect(op.requestBody.content['application/json'].schema.properties.reform, calc.id).toEqual(REFORM_DOC);
      const oneOf = op.responses['200']!.content['application/json'].schema.oneOf!.map((r) => r.$ref.split('/').at(-1)!);
      expect(oneOf.length, calc.id).toBe(2);
      expect(Object.keys(doc.components.schemas[oneOf[1]!]!.properties!)).toEqual(['baseline', 'reform', 'difference']);
      const batch = doc.paths[`/v1/calculators/${calc.id}/batch`]!.post;
      expect(batch.requestBody.content['application/json'].schema.properties.requests!.items!.properties.reform).toEqual(REFORM_DOC);
      const items = batch.responses['200']!.content['application/json'].schema.properties.results!.items!.anyOf!;
      expect(items.slice(0, 2).map((r) => r.$ref)).toEqual(oneOf.map((n) => `#/components/schemas/${n}`));
      expect(batch.responses['200']!.content['application/json'].schema.properties.reformTotals).toBeDefined();
    }
  });

  it('/docs has a single what-if example that runs and changes the answer', async () => {
    const example = doc.paths[SETTLE]!.post.requestBody.content['application/json'].examples.whatIfReform as unknown as { value: object };
    const res = await post(SETTLE, example.value);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReformAnswer;
    expect(body.difference['totals.pooledFund']).toBeGreaterThan(0);
  });

  it('/docs has a reform example that runs: a batch of synthetic persons, labelled synthetic, with reformTotals', async () => {
    const example = doc.paths[`${SETTLE}/batch`]!.post.requestBody.content['application/json'].examples.syntheticReform!;
    expect(example.summary).toMatch(/SYNTHETIC/);
    const res = await post(`${SETTLE}/batch`, example.value);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { summary: { ok: number; failed: number }; reformTotals: { difference: Record<string, number> } };
    expect(body.summary).toEqual({ ok: example.value.requests.length, failed: 0 });
    expect(body.reformTotals.difference['totals.pooledFund']).not.toBe(0);
  });
});

describe('the synthetic population', () => {
  it('is seeded: the same persons for the same seed, others for another; every request is valid', () => {
    expect(JSON.stringify(syntheticPopulation(50))).toBe(JSON.stringify(syntheticPopulation(50)));
    expect(JSON.stringify(syntheticPopulation(50, 1))).not.toBe(JSON.stringify(syntheticPopulation(50)));
    for (const p of syntheticPopulation(200)) expect(employeeMedicalSettlement.input.safeParse(p).success).toBe(true);
  });

  it('never calls Math.random', () => {
    const random = Math.random;
    Math.random = () => {
      throw new Error('Math.random');
    };
    try {
      expect(syntheticPopulation(20).length).toBe(20);
    } finally {
      Math.random = random;
    }
  });

  it("the bench's reform changes the pooled fund's payments over the population (one batch)", async () => {
    const reform = benchReformOf(bundle);
    const res = await post(`${SETTLE}/batch`, { requests: syntheticPopulation(300).map((p) => ({ ...p, reform })) });
    const body = (await res.json()) as { summary: { failed: number }; reformTotals: Record<string, Record<string, number>> };
    expect(body.summary.failed).toBe(0);
    const { baseline, reform: after, difference } = body.reformTotals as Record<string, Record<string, number>>;
    expect(difference!['totals.pooledFund']).toBe(
      fenToYuan(fen(yuanToFen(after!['totals.pooledFund']!) - yuanToFen(baseline!['totals.pooledFund']!))),
    );
    // a higher cap and a lower level-3 deductible: the fund pays more
    expect(difference!['totals.pooledFund']).toBeGreaterThan(0);
  });
});
