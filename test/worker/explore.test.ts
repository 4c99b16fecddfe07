import { describe, expect, it } from 'vitest';
import { get } from '../helpers/http';

/** The explorer on the real Workers runtime: pages, headers, size. (Content details: test/node/explore.test.ts.) */

const EMI = 'employee-medical-insurance';

describe('legislation explorer in workerd', () => {
  it('/explore is HTML in Chinese with a strict CSP and no script', async () => {
    const res = await get('/explore');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await res.text();
    expect(body).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(body).not.toMatch(/<script/i);
    expect(body).toContain(`<a href="/explore/${EMI}">`);
  });

  it('search and the table page answer under 50 KB; English via Accept-Language', async () => {
    const search = await get(`/explore?q=${encodeURIComponent('第二十五条')}`);
    const s = await search.text();
    expect(s).toContain('<mark>第二十五条</mark>');
    expect(new TextEncoder().encode(s).length).toBeLessThanOrEqual(50 * 1024);
    const page = await get(`/explore/${EMI}?date=2015-06-01`, { 'Accept-Language': 'en' });
    const p = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-language')).toBe('en');
    expect(p).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(p).toContain('<td>CNY 200,000<br><span class="muted">from 2015-01-01</span></td>');
    expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(50 * 1024);
  });

  it('unknown table: a 404 HTML page', async () => {
    const res = await get('/explore/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
  });
});
