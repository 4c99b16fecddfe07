import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unstable_readConfig } from 'wrangler';
import { DEPLOY_ORDER, devConfigArgs, WORKER_CONFIGS } from '../../scripts/lib/workers';
import { createApp } from '../../src/app';
import type { Explorer } from '../../src/routes/explore';
import { realBundle } from '../helpers/calc';
import { createSiteApp } from '../helpers/site-app';

/** The API Worker and the explorer Worker behind it (wrangler.toml, wrangler.explorer.toml). */
const api = unstable_readConfig({ config: WORKER_CONFIGS.api }, {});
const explorer = unstable_readConfig({ config: WORKER_CONFIGS.explorer }, {});

describe('the two Workers', () => {
  it("the API's EXPLORER binding names the explorer Worker, in every environment", () => {
    for (const env of [undefined, 'loadtest']) {
      const config = unstable_readConfig({ config: WORKER_CONFIGS.api, env }, {});
      expect(config.services, env ?? 'top level').toEqual([{ binding: 'EXPLORER', service: explorer.name }]);
    }
    expect(explorer.name).toBe('policy-edge-explorer');
  });

  it('the explorer has no public route; it reads the same files and is bundled with the same stubs', () => {
    expect(explorer.workers_dev).toBe(false);
    expect(explorer.routes ?? []).toEqual([]);
    expect(explorer.assets?.directory).toBe(api.assets?.directory);
    expect(explorer.alias).toEqual(api.alias);
    expect(Object.keys(api.alias ?? {}).length).toBeGreaterThan(5);
    expect([explorer.compatibility_date, explorer.compatibility_flags]).toEqual([api.compatibility_date, api.compatibility_flags]);
  });

  it('npm start runs both (the API first: it serves the port); the explorer is deployed first', () => {
    const start = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start as string;
    expect(start).toContain(`wrangler dev ${devConfigArgs.join(' ')}`);
    expect(devConfigArgs).toEqual(['-c', 'wrangler.toml', '-c', 'wrangler.explorer.toml']);
    expect(DEPLOY_ORDER).toEqual([WORKER_CONFIGS.explorer, WORKER_CONFIGS.api]);
  });
});

describe("the explorer's paths on the API", () => {
  it('are handed to the explorer, and its page gets the API’s headers (request id, ETag, security)', async () => {
    const seen: string[] = [];
    const stub: Explorer = async (request) => {
      seen.push(new URL(request.url).pathname + new URL(request.url).search);
      return new Response('<!doctype html><p>page</p>', { headers: { 'Content-Type': 'text/html; charset=UTF-8' } });
    };
    const app = createApp(realBundle(), { explorer: stub });
    for (const path of [
      '/explore',
      '/explore?q=x',
      '/explore/employee-medical-insurance?date=2015-06-01',
      '/explore/t/changes',
      '/explore/t/changelog',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toBe('<!doctype html><p>page</p>');
      expect(res.headers.get('x-request-id'), path).toBeTruthy();
      expect(res.headers.get('etag'), path).toBeTruthy();
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect(seen).toEqual([
      '/explore',
      '/explore?q=x',
      '/explore/employee-medical-insurance?date=2015-06-01',
      '/explore/t/changes',
      '/explore/t/changelog',
    ]);
    // other paths under /explore are the API's 404, and other methods its 405
    expect((await app.request('/explore/a/b/c')).status).toBe(404);
    expect((await app.request('/explore', { method: 'POST' })).status).toBe(405);
    expect(seen).toHaveLength(5);
  });

  it('the ETag of a page is of the data the explorer made it from (its X-Data-Hash, not passed on)', async () => {
    const made =
      (hash: string): Explorer =>
      async () =>
        new Response('<p>page</p>', { headers: { 'Content-Type': 'text/html; charset=UTF-8', 'X-Data-Hash': hash } });
    const bundle = realBundle();
    const same = await createApp(bundle, { explorer: made(bundle.hash) }).request('/explore');
    const other = await createApp(bundle, { explorer: made('0123456789abcdef0000') }).request('/explore');
    expect(same.headers.get('etag')).toMatch(new RegExp(`^"${bundle.hash.slice(0, 16)}-`));
    expect(other.headers.get('etag')).toMatch(/^"0123456789abcdef-/);
    expect(same.headers.has('x-data-hash')).toBe(false);
    // the real explorer names its data
    const page = await createSiteApp(bundle).request('/explore');
    expect(page.headers.get('etag')).toMatch(new RegExp(`^"${bundle.hash.slice(0, 16)}-`));
  });

  it('an explorer that fails (not deployed, over a limit): 503 with Retry-After, never a 500', async () => {
    const res = await createApp(realBundle(), { explorer: () => Promise.reject(new Error('no such service')) }).request('/explore');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
  });

  it('without an explorer (no EXPLORER binding): 503, a problem in Chinese and English', async () => {
    const res = await createApp(realBundle()).request('/explore');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { code: string; message: { zh: string; en: string } };
    expect(body.code).toBe('service-unavailable');
    expect(body.message.zh).toMatch(/政策浏览页面暂时无法使用/);
  });
});
