import { describe, expect, it } from 'vitest';
import { calculatorCatalogue } from '../../scripts/lib/api-description';
import { createSiteApp } from '../helpers/site-app';
import type { Bindings } from '../../src/env';
import { addVary } from '../../src/http/caching';
import { realBundle } from '../helpers/calc';

/**
 * `Vary` names each header an answer depends on exactly once: the pages and lookups vary on Accept-Language (set by
 * the route for every page, errors included, and by the caching layer for every 200), CORS answers on Origin.
 */

const EMI = 'employee-medical-insurance';
const app = createSiteApp(realBundle());
const catalogue = JSON.stringify(calculatorCatalogue());
const env = { ASSETS: { fetch: async () => new Response(catalogue) } } as unknown as Bindings;

const tokens = (vary: string | null) =>
  (vary ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
function expectVaryOnce(res: Response, path: string, expected: string[]) {
  const list = tokens(res.headers.get('vary'));
  expect(list, `${path}: Vary ${res.headers.get('vary')}`).toEqual([...new Set(list)]);
  for (const e of expected) expect(list, path).toContain(e.toLowerCase());
}

describe('Vary: each token once', () => {
  const pages = [
    '/explore',
    '/explore?lang=en',
    `/explore?q=${encodeURIComponent('起付')}`,
    `/explore/${EMI}`,
    `/explore/${EMI}?date=2015-06-01&page=2`,
    `/explore/${EMI}/changes?from=2015-01-01&to=2016-01-01`,
    `/explore/${EMI}/changelog`,
    '/explore/no-such-table',
    `/explore/${EMI}?date=2015-02-30`,
    '/v1/tables',
    `/v1/tables/${EMI}?date=2015-06-01`,
    `/v1/search?q=${encodeURIComponent('起付')}`,
  ];

  it('on every page and lookup, with and without Origin, in both languages', async () => {
    for (const path of pages) {
      for (const headers of [{}, { Origin: 'https://example.org' }, { 'Accept-Language': 'en' }] as Record<string, string>[]) {
        const res = await app.request(path, { headers }, env);
        expectVaryOnce(res, path, ['Accept-Language']);
      }
    }
  });

  it('on a 304', async () => {
    for (const path of ['/explore', `/explore/${EMI}`, `/v1/search?q=${encodeURIComponent('起付')}`]) {
      const etag = (await app.request(path, {}, env)).headers.get('etag')!;
      const res = await app.request(path, { headers: { 'If-None-Match': etag } }, env);
      expect(res.status).toBe(304);
      expectVaryOnce(res, path, ['Accept-Language']);
    }
  });

  it('addVary adds a token once, keeps the others, and leaves "*" alone', () => {
    const h = new Headers();
    addVary(h, 'Accept-Language');
    addVary(h, 'accept-language');
    addVary(h, 'Origin');
    addVary(h, 'Accept-Language');
    expect(h.get('vary')).toBe('Accept-Language, Origin');
    const star = new Headers({ Vary: '*' });
    addVary(star, 'Accept-Language');
    expect(star.get('vary')).toBe('*');
  });
});
