import { createExecutionContext, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { lookupIndexAssetPath } from '../../src/data';
import type { Bindings } from '../../src/env';
import { createHandler } from '../../src/index';
import { BASE } from '../helpers/http';

/**
 * Prepared whole-table lookups in workerd (test/node/prepared-lookups.test.ts compares every table, period and
 * language in Node): the Worker answers `GET /v1/tables/{id}?date=` from the prepared answer without reading the
 * table, as the route computes it when the prepared answers are missing.
 */
const base = env as unknown as Bindings;
const EMI = 'employee-medical-insurance';

/** The real assets, counting what is read; `withoutLookups`: as if the build had prepared none. */
function counting(withoutLookups = false) {
  const reads: string[] = [];
  const ASSETS = {
    fetch: async (input: RequestInfo | URL) => {
      const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
      reads.push(path);
      if (withoutLookups && path.startsWith('/_data/lookups/')) return new Response('not found', { status: 404 });
      return base.ASSETS!.fetch(input as Request);
    },
  } as unknown as Fetcher;
  return { bindings: { ...base, ASSETS }, reads };
}

const call = async (handler: ReturnType<typeof createHandler>, bindings: Bindings, path: string, headers: Record<string, string> = {}) => {
  const res = await handler.fetch(
    new Request(`${BASE}${path}`, { headers: { 'x-request-id': 'prepared', ...headers } }),
    bindings,
    createExecutionContext(),
  );
  return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
};

describe('prepared whole-table lookups (workerd)', () => {
  it('answer from the prepared text, reading no table, as the route computes it; 304 to their ETag', async () => {
    const prepared = counting();
    const computed = counting(true);
    const [p, c] = [createHandler(), createHandler()];
    for (const path of [
      `/v1/tables/${EMI}?date=2015-06-01`,
      `/v1/tables/${EMI}?date=2015-01-15&lang=en`,
      `/v1/tables/${EMI}?date=2016-01-01`,
      `/v1/tables/${EMI}?date=9999-12-31&lang=en`,
      `/v1/tables/${EMI}`,
      `/v1/tables/solar-pv?date=2015-06-01&lang=en`,
    ]) {
      const [a, b] = [await call(p, prepared.bindings, path), await call(c, computed.bindings, path)];
      expect(a.status, path).toBe(200);
      expect(a.body === b.body, path).toBe(true);
      expect(a.headers, path).toEqual(b.headers);
    }
    expect(prepared.reads.filter((r) => r.startsWith('/_data/tables'))).toEqual([]);
    expect(prepared.reads.filter((r) => r === lookupIndexAssetPath(EMI))).toHaveLength(1);
    expect(computed.reads.filter((r) => r.startsWith('/_data/tables/'))).toHaveLength(2);

    const path = `/v1/tables/${EMI}?date=2015-06-01&lang=en`;
    const { etag } = (await call(p, prepared.bindings, path)).headers;
    const notModified = await call(p, prepared.bindings, path, { 'if-none-match': etag! });
    expect(notModified).toMatchObject({ status: 304, body: '' });
    expect(notModified.headers.etag).toBe(etag);
  });

  it('leave what they cannot answer to the route: an unknown table, a bad date, a date before the coverage', async () => {
    const prepared = counting();
    const p = createHandler();
    for (const [path, status] of [
      ['/v1/tables/no-such-table?date=2015-06-01', 404],
      [`/v1/tables/${EMI}?date=2015-02-30`, 422],
      [`/v1/tables/${EMI}?date=2014-12-31`, 422],
      [`/v1/tables/${EMI}?date=2015-06-01&lang=fr`, 422],
    ] as const) {
      const a = await call(p, prepared.bindings, path);
      expect(a.status, path).toBe(status);
      expect(a.headers['content-type'], path).toMatch(/^application\/problem\+json/);
    }
  });
});
