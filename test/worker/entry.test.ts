import { createExecutionContext, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Bindings } from '../../src/env';
import {
  BUNDLE_ASSET_PATH,
  DATA_META_ASSET_PATH,
  lookupAnswerAssetPath,
  lookupIndexAssetPath,
  SEARCH_INDEX_ASSET_PATH,
  TABLE_INDEX_ASSET_PATH,
  tableAssetPath,
} from '../../src/data';
import { createHandler } from '../../src/index';
import { BASE, expectProblem, get } from '../helpers/http';

/**
 * The Worker entry reads the data's meta from its ASSETS binding on its first request, and each table when a request
 * first needs it (src/data.ts).
 * A deployment without them answers 503 problem+json — never a 500, never an app over no data — and a
 * later request tries again.
 */

const base = env as unknown as Bindings;
const ping = (handler: ReturnType<typeof createHandler>, bindings: Bindings) =>
  handler.fetch(new Request(`${BASE}/v1/tables`), bindings, createExecutionContext());

/** An ASSETS binding that serves the real assets, except the data's meta, which answers `status` (or `body`). */
const assetsWith = (over: { status?: number; body?: string }): Fetcher =>
  ({
    fetch: async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname !== DATA_META_ASSET_PATH) return base.ASSETS!.fetch(input as Request);
      return new Response(over.body ?? 'missing', { status: over.status ?? 200 });
    },
  }) as unknown as Fetcher;

async function expectUnavailable(res: Response) {
  expect(res.headers.get('retry-after')).toBe('30');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('access-control-allow-origin')).toBe('*'); // a browser can read why
  await expectProblem(res, 503, 'service-unavailable');
}

describe('Worker entry and the compiled-tables asset', () => {
  it('serves the tables read from the ASSETS binding', async () => {
    const res = await ping(createHandler(), base);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { tables: { id: string }[] };
    expect(body.tables.map((t) => t.id)).toContain('employee-medical-insurance');
  });

  it('no ASSETS binding, a missing asset or one that is not a bundle: 503 problem+json', async () => {
    await expectUnavailable(await ping(createHandler(), { ...base, ASSETS: undefined }));
    await expectUnavailable(await ping(createHandler(), { ...base, ASSETS: assetsWith({ status: 404 }) }));
    await expectUnavailable(await ping(createHandler(), { ...base, ASSETS: assetsWith({ body: '{"tables":null}' }) }));
    await expectUnavailable(await ping(createHandler(), { ...base, ASSETS: assetsWith({ body: 'not json' }) }));
    await expectUnavailable(await ping(createHandler(), { ...base, ASSETS: assetsWith({ body: '{"hash":"x","tables":[]}' }) }));
    const failing = { fetch: () => Promise.reject(new Error('network down')) } as unknown as Fetcher;
    await expectUnavailable(await ping(createHandler(), { ...base, ASSETS: failing }));
  });

  it('a bundle that lacks a table some calculator reads is not served (no app over missing data)', async () => {
    await expectUnavailable(await ping(createHandler(), { ...base, ASSETS: assetsWith({ body: '{"hash":"x","ids":[]}' }) }));
  });

  it('the asset itself is not served, at its path or through /docs/assets (the Worker runs first and never forwards it)', async () => {
    for (const path of [
      BUNDLE_ASSET_PATH,
      DATA_META_ASSET_PATH,
      TABLE_INDEX_ASSET_PATH,
      SEARCH_INDEX_ASSET_PATH,
      tableAssetPath('employee-medical-insurance'),
      lookupIndexAssetPath('employee-medical-insurance'),
      lookupAnswerAssetPath('employee-medical-insurance', '2015-01-01', 'en'),
      `/docs/assets/..%2F..%2F${BUNDLE_ASSET_PATH.slice(1).replace('/', '%2F')}`,
      '/docs/assets/..%2Fwidget.js',
      '/docs/assets/%2e%2e/widget.js',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/problem\+json/);
    }
    expect((await get('/docs/assets/init.js')).status).toBe(200);
  });

  it('after a failed first request, the next one with the asset present is served', async () => {
    const handler = createHandler();
    await expectUnavailable(await ping(handler, { ...base, ASSETS: assetsWith({ status: 404 }) }));
    expect((await ping(handler, base)).status).toBe(200);
  });
});
