import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/http/limits';
import { MAX_CLAIMS } from '../../src/engine/inputs';
import { BASE, expectProblem } from '../helpers/http';

/** Request limits inside workerd: body size (413), bills per request (422), methods (405). */

const SETTLE = `${BASE}/v1/calculators/employee-medical-settlement`;
const json = { 'content-type': 'application/json' };

/** A JSON body of exactly `bytes` bytes: a valid-shaped request padded with spaces (JSON whitespace). */
const bodyOf = (bytes: number) => {
  const core = JSON.stringify({
    year: 2015,
    person: { scheme: 'A', status: 'employed', birthDate: '1970-01-01' },
    claims: [{ kind: 'outpatient', date: '2015-02-01', facility: 'other', eligibleAmount: 100 }],
  });
  return core + ' '.repeat(bytes - core.length);
};

/** The same body sent as a stream of small chunks, so no Content-Length tells the size in advance. */
const streamOf = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + 4096));
      at += 4096;
    },
  });
};

describe('body size limit (64 KB)', () => {
  it(`a body of exactly ${MAX_BODY_BYTES} bytes is read; one byte more is 413 problem+json`, async () => {
    const ok = await SELF.fetch(SETTLE, { method: 'POST', headers: json, body: bodyOf(MAX_BODY_BYTES) });
    expect(ok.status).toBe(200);
    const body = await expectProblem(
      await SELF.fetch(SETTLE, { method: 'POST', headers: json, body: bodyOf(MAX_BODY_BYTES + 1) }),
      413,
      'payload-too-large',
    );
    expect(body.detail).toContain(String(MAX_BODY_BYTES));
  });

  it('a streamed (chunked) body without Content-Length is cut off at the limit too', async () => {
    const ok = await SELF.fetch(SETTLE, { method: 'POST', headers: json, body: streamOf(bodyOf(MAX_BODY_BYTES)) });
    expect(ok.status).toBe(200);
    await expectProblem(
      await SELF.fetch(SETTLE, { method: 'POST', headers: json, body: streamOf(bodyOf(MAX_BODY_BYTES + 1)) }),
      413,
      'payload-too-large',
    );
  });
});

describe(`bills per request (at most ${MAX_CLAIMS})`, () => {
  const person = { scheme: 'A', status: 'employed', birthDate: '1970-01-01' };
  it(`${MAX_CLAIMS + 1} bills → 422 naming /claims, without checking each bill`, async () => {
    const res = await SELF.fetch(SETTLE, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ year: 2015, person, claims: Array.from({ length: MAX_CLAIMS + 1 }, () => ({})) }),
    });
    const body = await expectProblem(res, 422, 'validation-error');
    expect(body.errors).toEqual([
      expect.objectContaining({
        pointer: '/claims',
        field: 'claims',
        in: 'body',
        code: 'too-big',
        message: { zh: `最多 ${MAX_CLAIMS} 项`, en: `must have at most ${MAX_CLAIMS} items` },
      }),
    ]);
  });

  it(`${MAX_CLAIMS} bills are not refused for their number (only the bills' own errors are listed)`, async () => {
    const res = await SELF.fetch(SETTLE, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ year: 2015, person, claims: Array.from({ length: MAX_CLAIMS }, () => ({})) }),
    });
    const body = await expectProblem(res, 422, 'validation-error');
    expect(body.errors!.some((e) => e.pointer === '/claims')).toBe(false);
    expect(body.errors!.every((e) => /^\/claims\/\d+/.test(e.pointer))).toBe(true);
  });

  it('the largest settlement that fits in 64 KB (850 bills) is answered', async () => {
    const claims = Array.from({ length: 850 }, (_, i) => ({
      kind: 'inpatient',
      date: `2015-${String(1 + (i % 12)).padStart(2, '0')}-01`,
      level: 1 + (i % 3),
      eligibleAmount: 1000 + i,
    }));
    const text = JSON.stringify({ year: 2015, person, claims });
    expect(text.length).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const res = await SELF.fetch(SETTLE, { method: 'POST', headers: json, body: text });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { claims: unknown[] };
    expect(body.claims).toHaveLength(850);
  });
});

describe('methods', () => {
  it('405 problem+json with Allow for a known path and a wrong method; 404 for an unknown path', async () => {
    const del = await SELF.fetch(`${BASE}/v1/tables`, { method: 'DELETE' });
    await expectProblem(del, 405, 'method-not-allowed');
    expect(del.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const get = await SELF.fetch(SETTLE);
    await expectProblem(get, 405, 'method-not-allowed');
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    const put = await SELF.fetch(`${BASE}/v1/tables/employee-medical-insurance/parameters/inpatient.annual_cap`, {
      method: 'PUT',
      body: 'x',
    });
    await expectProblem(put, 405, 'method-not-allowed');
    await expectProblem(await SELF.fetch(`${BASE}/v1/nothing-here`), 404, 'not-found');
    await expectProblem(await SELF.fetch(`${BASE}/v1/nothing-here`, { method: 'DELETE' }), 404, 'not-found');
  });

  it('HEAD on a GET route answers like GET without a body; OPTIONS without Origin lists the methods', async () => {
    const head = await SELF.fetch(`${BASE}/v1/tables`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const options = await SELF.fetch(SETTLE, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('POST, OPTIONS');
  });
});
