import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES, MAX_BATCH_REQUESTS } from '../../src/http/limits';
import { BASE, expectProblem } from '../helpers/http';

/** POST /v1/calculators/{id}/batch inside workerd: order, per-item problems, totals, the 1 000-request and 1 MB limits. */

const BATCH = `${BASE}/v1/calculators/employee-medical-settlement/batch`;
const json = { 'content-type': 'application/json' };
const person = (eligibleAmount: number) => ({
  year: 2015,
  person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10' },
  claims: [{ kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount }],
});
const send = (body: unknown) =>
  SELF.fetch(BATCH, { method: 'POST', headers: json, body: typeof body === 'string' ? body : JSON.stringify(body) });

type Batch = { results: Record<string, unknown>[]; summary: { ok: number; failed: number }; totals: Record<string, number | null> };

describe('batches in workerd', () => {
  it('answers in order, a bad item as its problem with its index, and sums what succeeded', async () => {
    const res = await send({ requests: [person(100), { year: 2015 }, person(250.5)] });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = (await res.json()) as Batch;
    expect(body.summary).toEqual({ ok: 2, failed: 1 });
    expect(body.results.map((r) => (r.totals as { eligible?: number } | undefined)?.eligible ?? r.index)).toEqual([100, 1, 250.5]);
    expect(body.results[1]).toMatchObject({ code: 'validation-error', status: 422 });
    expect(body.totals['totals.eligible']).toBe(350.5);
    expect(body.results[0]).toHaveProperty('defaultsApplied');
  });

  it('all items failing is still 200', async () => {
    const body = (await (await send({ requests: [{}, 1, null] })).json()) as Batch;
    expect(body.summary).toEqual({ ok: 0, failed: 3 });
    expect(body.results.map((r) => r.index)).toEqual([0, 1, 2]);
  });

  it(`${MAX_BATCH_REQUESTS} requests are answered; one more is 422`, async () => {
    const full = (await (await send({ requests: Array(MAX_BATCH_REQUESTS).fill(person(10)) })).json()) as Batch;
    expect(full.summary.ok).toBe(MAX_BATCH_REQUESTS);
    expect(full.totals['totals.eligible']).toBe(10 * MAX_BATCH_REQUESTS);
    await expectProblem(await send({ requests: Array(MAX_BATCH_REQUESTS + 1).fill(person(10)) }), 422, 'validation-error');
  });

  it('a body of exactly 1 MB is read; one byte more is 413', async () => {
    const core = JSON.stringify({ requests: [person(1)] });
    const pad = (bytes: number) => core + ' '.repeat(bytes - core.length);
    expect((await send(pad(MAX_BATCH_BYTES))).status).toBe(200);
    const body = await expectProblem(await send(pad(MAX_BATCH_BYTES + 1)), 413, 'payload-too-large');
    expect(body.message.en).toContain(String(MAX_BATCH_BYTES));
  });
});
