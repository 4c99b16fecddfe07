import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Bindings } from '../../src/env';
import { BASE, expectCalculation, expectProblem, get, post } from '../helpers/http';

/**
 * What an integrator meets around the answers, through workerd: ?lang= in any letter case, a compressed body
 * refused as a media type (415), the site icon, the widget demo written for the configured origin, and the defaults
 * a calculator applied (defaultsApplied).
 */
const EMI = '/v1/tables/employee-medical-insurance';
const configured = (env as unknown as Bindings).PUBLIC_ORIGIN!;

describe('?lang= in any letter case', () => {
  it.each([
    ['EN', 'en'],
    ['En', 'en'],
    ['Zh-cn', 'zh-CN'],
    ['ZH', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
  ])('?lang=%s answers in %s, as Accept-Language would', async (lang, expected) => {
    const res = await get(`${EMI}/parameters/inpatient.annual_cap?lang=${lang}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe(expected);
    const { label } = (await res.json()) as { label: string };
    expect(/[\u4e00-\u9fff]/.test(label)).toBe(expected === 'zh-CN');
  });

  it('a language the API does not have is still 422 naming lang; the catalogue takes any case too', async () => {
    const bad = await expectProblem(await get(`${EMI}?lang=fr`), 422, 'validation-error');
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'lang', in: 'query', code: 'invalid-option' })]);
    expect(bad.errors?.[0]?.message.zh).toContain('不区分大小写');
    expect((await get('/v1/calculators?lang=EN')).headers.get('content-language')).toBe('en');
  });
});

describe('Content-Encoding of a request body', () => {
  const body = JSON.stringify({ year: 2015, status: 'retired', birthDate: '1945-03-10' });
  it.each(['gzip', 'br', 'deflate', 'gzip, identity', 'x-unknown'])(
    '%s → 415 problem+json with Accept-Encoding: identity',
    async (coding) => {
      const res = await post('/v1/calculators/employee-medical-account', body, {
        'content-type': 'application/json',
        'content-encoding': coding,
      });
      const problem = await expectProblem(res, 415, 'unsupported-media-type');
      expect(problem.message.en).toMatch(/Content-Encoding/);
      expect(problem.message.zh).toContain('未压缩');
      expect(res.headers.get('accept-encoding')).toBe('identity');
    },
  );

  it('identity (or none) is read as usual', async () => {
    await expectCalculation(
      await post('/v1/calculators/employee-medical-account', body, { 'content-type': 'application/json', 'content-encoding': 'identity' }),
    );
  });

  it('a real gzip body is refused the same way, not as malformed JSON', async () => {
    const gz = new Response(new Blob([body]).stream().pipeThrough(new CompressionStream('gzip')));
    const res = await SELF.fetch(`${BASE}/v1/calculators/employee-medical-account`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: await gz.arrayBuffer(),
    });
    await expectProblem(res, 415, 'unsupported-media-type');
  });
});

describe('the site icon', () => {
  it('/favicon.ico and /favicon.svg serve the SVG icon, cached; /docs and the widget demo link it', async () => {
    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/svg+xml');
      expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
      expect(await res.text()).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
    expect(await (await get('/docs')).text()).toContain('<link rel="icon" href="/favicon.ico"');
    expect(await (await get('/widget/demo')).text()).toContain('<link rel="icon" href="/favicon.ico"');
  });
});

describe('/widget/demo is written for the configured public origin', () => {
  it('its snippets load widget.js from PUBLIC_ORIGIN, whatever Host the request names, and one cached copy serves every Host', async () => {
    expect(configured).toMatch(/^https?:\/\/[^/]+$/);
    const pages = await Promise.all(
      ['http://policy-edge.test', 'http://evil.example', 'https://another-host.example:8443'].map(async (origin) => {
        const res = await SELF.fetch(`${origin}/widget/demo`, { headers: { 'X-Forwarded-Host': 'evil.example' } });
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toMatch(/^public/);
        expect(res.headers.get('vary') ?? '').not.toMatch(/host/i);
        return res.text();
      }),
    );
    expect(pages[0]).toContain(`&lt;script src=&quot;${configured}/widget.js&quot; defer&gt;`);
    expect(pages[0]).not.toContain('evil.example');
    expect(pages[1]).toBe(pages[0]);
    expect(pages[2]).toBe(pages[0]);
  });
});

describe('defaultsApplied', () => {
  it('lists, as JSON Pointers, the request fields a default filled in — and nothing the request gave', async () => {
    const settlement = await expectCalculation(
      await post('/v1/calculators/employee-medical-settlement', {
        year: 2015,
        person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10' },
        claims: [
          { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 1500 },
          { kind: 'inpatient', date: '2015-05-01', level: 3, eligibleAmount: 30000, location: 'local' },
          { kind: 'inpatient', date: '2015-06-01', level: 3, eligibleAmount: 1000 },
        ],
      }),
    );
    expect(settlement.defaultsApplied).toEqual(expect.arrayContaining(['/person/preLiberationVeteran', '/claims/2/location']));
    expect(settlement.defaultsApplied).not.toContain('/claims/1/location');
    expect((settlement.defaultsApplied as string[]).every((p) => p.startsWith('/'))).toBe(true);

    const given = await expectCalculation(
      await post('/v1/calculators/employee-medical-account', { year: 2015, scheme: 'B', status: 'retired', birthDate: '1945-03-10' }),
    );
    expect(given.defaultsApplied).toEqual([]);
    const defaulted = await expectCalculation(
      await post('/v1/calculators/employee-medical-account', { year: 2015, status: 'retired', birthDate: '1945-03-10' }),
    );
    expect(defaulted.defaultsApplied).toEqual(['/scheme']);
  });

  it("a date left out takes today's date, and says so", async () => {
    const price = await expectCalculation(
      await post('/v1/calculators/emission-rights-price', { class: 'general', purpose: 'paid-use', basePrice: 1000, tonnes: 2 }),
    );
    expect(price.defaultsApplied).toEqual(['/date']);
  });
});
