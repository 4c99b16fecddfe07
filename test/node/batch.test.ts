import { describe, expect, it } from 'vitest';
import { calculatorCatalogue, openApiDocument } from '../../scripts/lib/api-description';
import { createApp } from '../../src/app';
import type { Bindings } from '../../src/env';
import { fen, fenToYuan, yuanToFen } from '../../src/engine/money';
import { MAX_BATCH_BYTES, MAX_BATCH_REQUESTS } from '../../src/http/limits';
import { realBundle } from '../helpers/calc';
import cases from '../../src/policy/employee-medical-insurance/employee-medical-settlement.cases.json';

/**
 * POST /v1/calculators/{id}/batch: one result per request in order (the single route's answer, or its problem with
 * the item's index), a summary, and the totals of the money fields of the answers that succeeded.
 */

const app = createApp(realBundle());
// the batch reads the answers' money fields from the catalogue asset; here it is built as `npm run assets:build` builds it
const catalogue = JSON.stringify(calculatorCatalogue());
const env = { ASSETS: { fetch: async () => new Response(catalogue) } } as unknown as Bindings;

const SETTLE = '/v1/calculators/employee-medical-settlement';
const post = (path: string, body: unknown) =>
  app.request(
    path,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) },
    env,
  );
const requests = (cases as { request?: unknown }[]).map((c) => c.request).filter((r) => r !== undefined);

type Batch = {
  results: Record<string, unknown>[];
  summary: { ok: number; failed: number };
  totals: Record<string, number | null>;
};

describe('POST /v1/calculators/{id}/batch', () => {
  it('answers each request in order exactly as the single route does, and sums the money fields in fen', async () => {
    const items = requests.slice(0, 6);
    expect(items.length).toBeGreaterThan(2);
    const res = await post(`${SETTLE}/batch`, { requests: items });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Batch;
    const singles = await Promise.all(items.map(async (r) => (await (await post(SETTLE, r)).json()) as Record<string, unknown>));
    const ok = singles.filter((s) => !('status' in s));
    expect(body.results.map(({ index: _, ...r }) => r)).toEqual(
      singles.map((s) => ('status' in s ? { ...s, requestId: undefined } : s)).map(stripUndefined),
    );
    expect(body.summary).toEqual({ ok: ok.length, failed: items.length - ok.length });
    for (const key of ['eligible', 'pooledFund', 'personalAccount', 'criticalIllness', 'selfBurden', 'selfPay']) {
      const sum = ok.reduce<number>((a, s) => fen(a + yuanToFen((s as { totals: Record<string, number> }).totals[key]!)), 0);
      expect(body.totals[`totals.${key}`]).toBe(fenToYuan(fen(sum)));
    }
    expect(Object.keys(body.totals)).toContain('account.closing');
  });

  it('a bad item is its own problem with its index; the others are answered', async () => {
    const good = requests[0]!;
    const res = await post(`${SETTLE}/batch`, { requests: [good, { year: 2015 }, 'not an object', good] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Batch;
    expect(body.summary).toEqual({ ok: 2, failed: 2 });
    expect(body.results[0]).toHaveProperty('defaultsApplied');
    expect(body.results[0]).toHaveProperty('data.table', 'employee-medical-insurance');
    expect(body.results[1]).toMatchObject({ index: 1, status: 422, code: 'validation-error' });
    expect((body.results[1] as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toContain('/person');
    expect(body.results[2]).toMatchObject({ index: 2, status: 422, code: 'validation-error' });
    expect(body.results[3]).toEqual(body.results[0]);
  });

  it('a batch where every item fails is still 200, with no totals', async () => {
    const res = await post(`${SETTLE}/batch`, { requests: [{}, { year: 1900 }] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Batch;
    expect(body.summary).toEqual({ ok: 0, failed: 2 });
    expect(body.results.map((r) => r.index)).toEqual([0, 1]);
    expect(Object.values(body.totals).every((v) => v === 0)).toBe(true);
  });

  it(`more than ${MAX_BATCH_REQUESTS} requests, a missing list or an unknown member is a 422 of the whole batch`, async () => {
    const at = await post(`${SETTLE}/batch`, { requests: Array(MAX_BATCH_REQUESTS).fill(requests[0]) });
    expect(at.status).toBe(200);
    expect(((await at.json()) as Batch).summary.ok).toBe(MAX_BATCH_REQUESTS);
    const over = await post(`${SETTLE}/batch`, { requests: Array(MAX_BATCH_REQUESTS + 1).fill({}) });
    expect(over.status).toBe(422);
    expect((await post(`${SETTLE}/batch`, {})).status).toBe(422);
    expect((await post(`${SETTLE}/batch`, { requests: [], extra: 1 })).status).toBe(422);
  });

  it('the body limit of a batch is 1 MB; single requests keep 64 KB', async () => {
    const core = JSON.stringify({ requests: [requests[0]] });
    const padded = (bytes: number) => core + ' '.repeat(bytes - core.length);
    expect((await post(`${SETTLE}/batch`, padded(MAX_BATCH_BYTES))).status).toBe(200);
    const over = await post(`${SETTLE}/batch`, padded(MAX_BATCH_BYTES + 1));
    expect(over.status).toBe(413);
    expect(((await over.json()) as { message: { en: string } }).message.en).toContain(String(MAX_BATCH_BYTES));
    const single = JSON.stringify(requests[0]);
    expect((await post(SETTLE, single + ' '.repeat(64 * 1024 + 1 - single.length))).status).toBe(413);
  });
});

describe('the batch operations in the OpenAPI document', () => {
  const doc = openApiDocument(app, { origin: 'https://policy-edge.test', tables: [] }) as unknown as {
    paths: Record<
      string,
      { post?: { operationId?: string; requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> } } }
    >;
  };
  const batches = Object.entries(doc.paths).filter(([path]) => path.endsWith('/batch'));

  it('one per calculator, named batch<Calculator>', () => {
    expect(doc.paths[`${SETTLE}/batch`]?.post?.operationId).toBe('batchEmployeeMedicalSettlement');
    expect(batches.length).toBe(Object.keys(doc.paths).filter((p) => /^\/v1\/calculators\/[^/]+$/.test(p)).length);
  });

  it('each example runs: 200, one result per request, each answered as the single route answers it', async () => {
    for (const [path, item] of batches) {
      const example = item.post?.requestBody?.content['application/json']?.examples?.batch?.value as { requests: unknown[] };
      const res = await post(path, example);
      expect(res.status, path).toBe(200);
      const body = (await res.json()) as Batch;
      expect(body.results.length, path).toBe(example.requests.length);
      const single = await Promise.all(example.requests.map(async (r) => (await post(path.replace(/\/batch$/, ''), r)).status));
      expect(
        body.results.map((r) => (r.index === undefined ? 200 : r.status)),
        path,
      ).toEqual(single);
    }
  });
});

function stripUndefined(x: unknown) {
  return JSON.parse(JSON.stringify(x));
}
