import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Bindings } from '../../src/env';
import { BASE, get } from '../helpers/http';

// compiled/public/widget.js must be built first (npm test runs npm run build).

describe('GET /widget.js', () => {
  it('serves the bundled widget as JavaScript, cacheable, with an ETag, loadable from any site', async () => {
    const res = await get('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toMatch(/^"w-[0-9a-f]{32}"$/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await res.text();
    expect(js).toContain('policy-calculator');
    expect(js.length).toBeGreaterThan(10_000);
  });

  it('answers 304 to a matching If-None-Match (also weak or in a list), 200 otherwise', async () => {
    const etag = (await get('/widget.js')).headers.get('etag')!;
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const res = await get('/widget.js', { 'If-None-Match': inm });
      expect(res.status).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      expect(await res.text()).toBe('');
    }
    expect((await get('/widget.js', { 'If-None-Match': '"stale"' })).status).toBe(200);
  });

  it('is open to cross-origin pages (CORS), and the calculators accept their POSTs by default', async () => {
    const js = await get('/widget.js', { Origin: 'https://www.jiaxing.gov.cn' });
    expect(js.headers.get('access-control-allow-origin')).toBe('*');
    const list = await get('/v1/calculators', { Origin: 'https://www.jiaxing.gov.cn' });
    expect(list.headers.get('access-control-allow-origin')).toBe('*');
    const pre = await SELF.fetch(`${BASE}/v1/calculators/employee-medical-settlement`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://www.jiaxing.gov.cn',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, accept-language',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://www.jiaxing.gov.cn');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/accept-language/i);
  });
});

describe('GET /widget/demo', () => {
  it('shows every calculator as a widget with its embed snippet, loading only /widget.js (no inline script)', async () => {
    const res = await get('/widget/demo');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toContain('src="/widget.js"');
    expect(scripts[0]![2]).toBe('');
    const { calculators } = (await (await get('/v1/calculators')).json()) as { calculators: { id: string }[] };
    expect(calculators.length).toBeGreaterThanOrEqual(2);
    for (const { id } of calculators) {
      expect(html).toContain(`<policy-calculator calculator="${id}" lang="zh-CN"></policy-calculator>`);
      expect(html).toContain(
        `&lt;script src=&quot;${(env as unknown as Bindings).PUBLIC_ORIGIN}/widget.js&quot; defer&gt;&lt;/script&gt;\n&lt;policy-calculator calculator=&quot;${id}&quot; lang=&quot;zh-CN&quot;&gt;&lt;/policy-calculator&gt;`,
      );
    }
    expect(html).toContain('theme="dark"');
  });
});
