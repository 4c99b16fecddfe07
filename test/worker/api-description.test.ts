import { createExecutionContext, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_ASSET_PATH, OPENAPI_ASSET_PATH } from '../../src/api-description';
import type { Bindings } from '../../src/env';
import { createHandler } from '../../src/index';
import { BASE, expectProblem, get } from '../helpers/http';

/**
 * The API description — /openapi.json, the catalogue behind GET /v1/calculators and /widget/demo — is built
 * by `npm run assets:build` and read from the ASSETS binding (src/api-description.ts). A deployment without
 * it still answers every lookup and calculation; the three routes that need it answer 503 problem+json, and
 * a later request reads the asset afresh.
 */

const base = env as unknown as Bindings;
const DESCRIBED = ['/openapi.json', '/v1/calculators', '/widget/demo'];

/** An ASSETS binding serving the real assets, except the API description, which answers `status`. */
const withoutDescription = (status: number): Fetcher =>
  ({
    fetch: async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname === OPENAPI_ASSET_PATH || url.pathname === CATALOGUE_ASSET_PATH) return new Response('missing', { status });
      return base.ASSETS!.fetch(input as Request);
    },
  }) as unknown as Fetcher;

const call = (handler: ReturnType<typeof createHandler>, bindings: Bindings, path: string, init?: RequestInit) =>
  handler.fetch(new Request(`${BASE}${path}`, init), bindings, createExecutionContext());

describe('the API description, built at build time and served from assets', () => {
  it('/openapi.json is the built document, with each calculator described from its docs', async () => {
    const res = await get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = (await res.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<
        string,
        { post?: { summary?: string; requestBody: { content: { 'application/json': { examples?: Record<string, unknown> } } } } }
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    // absolute, from PUBLIC_ORIGIN at build time (the value wrangler.toml gives the Worker too)
    expect(doc.servers).toEqual([{ url: (base as Bindings).PUBLIC_ORIGIN, description: expect.any(String) }]);
    const settle = doc.paths['/v1/calculators/employee-medical-settlement']!.post!;
    expect(settle.summary).toBe('Employee medical insurance: annual settlement');
    expect(Object.keys(settle.requestBody.content['application/json'].examples!)).toContain('workedExample');
  });

  it('a deployment without it: 503 problem+json on the three routes that need it; lookups and calculations still answer', async () => {
    const handler = createHandler();
    const bindings = { ...base, ASSETS: withoutDescription(404) };
    for (const path of DESCRIBED) await expectProblem(await call(handler, bindings, path), 503, 'service-unavailable');
    expect((await call(handler, bindings, '/v1/tables/employee-medical-insurance')).status).toBe(200);
    const body = JSON.stringify({ year: 2015, status: 'retired', birthDate: '1945-03-10' });
    const calc = await call(handler, bindings, '/v1/calculators/employee-medical-account', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(calc.status).toBe(200);
    expect(await calc.json()).toMatchObject({ monthlyCredit: 160 });
  });

  it('a binding that is missing or fails (rejects) at the time of the read: 503 as well, never a 500', async () => {
    const handler = createHandler();
    expect((await call(handler, base, '/v1/tables')).status).toBe(200); // the app is built over the real data first
    await expectProblem(await call(handler, { ...base, ASSETS: undefined }, '/openapi.json'), 503, 'service-unavailable');
    const rejecting = { fetch: () => Promise.reject(new Error('network down')) } as unknown as Fetcher;
    for (const path of DESCRIBED)
      await expectProblem(await call(handler, { ...base, ASSETS: rejecting }, path), 503, 'service-unavailable');
  });

  it('a successful read is kept for the isolate: the asset is fetched once however many requests need it', async () => {
    const reads = new Map<string, number>();
    const counting = {
      fetch: async (input: RequestInfo | URL) => {
        const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
        reads.set(path, (reads.get(path) ?? 0) + 1);
        return base.ASSETS!.fetch(input as Request);
      },
    } as unknown as Fetcher;
    const handler = createHandler();
    const bindings = { ...base, ASSETS: counting };
    for (const path of [...DESCRIBED, ...DESCRIBED]) expect((await call(handler, bindings, path)).status, path).toBe(200);
    expect(reads.get(OPENAPI_ASSET_PATH)).toBe(1);
    expect(reads.get(CATALOGUE_ASSET_PATH)).toBe(1);
  });

  it('a failed read is not remembered: once the asset answers, the next request is served', async () => {
    let failing = true;
    // one binding (the cache is per binding) whose description answers 500 until it is "deployed"
    const flaky = {
      fetch: async (input: RequestInfo | URL) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        if (failing && url.pathname === CATALOGUE_ASSET_PATH) return new Response('upstream error', { status: 500 });
        return base.ASSETS!.fetch(input as Request);
      },
    } as unknown as Fetcher;
    const handler = createHandler();
    const bindings = { ...base, ASSETS: flaky };
    await expectProblem(await call(handler, bindings, '/v1/calculators'), 503, 'service-unavailable');
    failing = false;
    const res = await call(handler, bindings, '/v1/calculators');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { calculators: unknown[] }).calculators.length).toBeGreaterThan(20);
  });

  it('the asset paths themselves are not public', async () => {
    for (const path of [OPENAPI_ASSET_PATH, CATALOGUE_ASSET_PATH]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
    }
  });
});
