import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/http/limits';
import {
  BATCH_RATE_LIMIT,
  BATCH_RATE_LIMIT_EXHAUSTED,
  BATCH_RATE_LIMIT_POLICY,
  RATE_LIMIT_EXHAUSTED,
  RATE_LIMIT_POLICY,
  RATE_LIMIT,
} from '../../src/http/ratelimit';
import { BASE, expectProblem } from '../helpers/http';

/**
 * The request policy inside workerd with this project's settings (vitest.config.mts, project
 * 'workerd-policy'): RATE_LIMITER allows 5 requests per 60 s, BATCH_RATE_LIMITER 2 batches, POST_ALLOWED_ORIGINS lists two origins.
 * Every request gets its own client address unless a test means to share one.
 */

const LIMIT = 5;
const SETTLE = `${BASE}/v1/calculators/employee-medical-settlement`;
const example = {
  year: 2015,
  person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10' },
  claims: [{ kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 1500 }],
};

let n = 0;
/** A fresh client address per call (a header value only: 198.18.0.0/15 is the benchmarking range, RFC 2544). */
const freshIp = () => {
  n++;
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
};

const send = (url: string, init: RequestInit & { ip?: string | null } = {}) => {
  const headers = new Headers(init.headers);
  if (init.ip !== null && !headers.has('cf-connecting-ip')) headers.set('cf-connecting-ip', init.ip ?? freshIp());
  return SELF.fetch(url.startsWith('http') ? url : `${BASE}${url}`, { ...init, headers });
};
const postJson = (body: unknown, headers: Record<string, string> = {}, ip?: string) =>
  send(SETTLE, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), ip });

/**
 * The local limiter counts in fixed windows of the period; a run that straddles a window boundary
 * is repeated (with new addresses) so the test never depends on the clock.
 */
async function inOneWindow<T>(run: () => Promise<T>): Promise<T> {
  for (;;) {
    const w = Math.floor(Date.now() / (RATE_LIMIT.periodSeconds * 1000));
    const out = await run();
    if (Math.floor(Date.now() / (RATE_LIMIT.periodSeconds * 1000)) === w) return out;
  }
}

describe('per-client batch limit', () => {
  const BATCH_LIMIT = 2;
  it(`the ${BATCH_LIMIT + 1}th batch of a client in a window is 429 with the batch policy; its single requests are still served`, async () => {
    const r = await inOneWindow(async () => {
      const ip = freshIp();
      const batch = (from = ip) =>
        send(`${SETTLE}/batch`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ requests: [example, example] }),
          ip: from,
        });
      const out: Response[] = [];
      for (let i = 0; i <= BATCH_LIMIT; i++) out.push(await batch());
      return { out, single: await postJson(example, {}, ip), other: await batch(freshIp()) };
    });
    expect(r.out.map((x) => x.status)).toEqual([...Array(BATCH_LIMIT).fill(200), 429]);
    // a batch is counted by both limiters and says so
    expect(r.out[0]!.headers.get('ratelimit-policy')).toBe(`${BATCH_RATE_LIMIT_POLICY}, ${RATE_LIMIT_POLICY}`);
    const limited = r.out[BATCH_LIMIT]!;
    const body = await expectProblem(limited, 429, 'rate-limited');
    expect(body.message.en).toContain(`${BATCH_RATE_LIMIT.limit} batches`);
    expect(limited.headers.get('ratelimit')).toBe(BATCH_RATE_LIMIT_EXHAUSTED);
    expect(limited.headers.get('retry-after')).toBe('60');
    // the single-request quota (5) is not spent by the batches' persons: 3 batches + 1 request; other clients have their own
    expect(r.single.status).toBe(200);
    expect(r.other.status).toBe(200);
  });
});

describe('per-client rate limit', () => {
  it(`the ${LIMIT + 1}th request of a client in a window is 429 problem+json with Retry-After; other clients are not affected`, async () => {
    const statuses = await inOneWindow(async () => {
      const ip = freshIp();
      const out: Response[] = [];
      for (let i = 0; i <= LIMIT; i++) out.push(await send('/v1/tables', { ip }));
      const other = await send('/v1/tables');
      return { out, other };
    });
    expect(statuses.out.slice(0, LIMIT).map((r) => r.status)).toEqual(Array(LIMIT).fill(200));
    // every answer counted states the policy; only the refusal says the quota is spent
    expect(statuses.out.slice(0, LIMIT).map((r) => r.headers.get('ratelimit-policy'))).toEqual(Array(LIMIT).fill(RATE_LIMIT_POLICY));
    expect(statuses.out[0]!.headers.get('ratelimit')).toBeNull();
    const limited = statuses.out[LIMIT]!;
    const body = await expectProblem(limited, 429, 'rate-limited');
    expect(limited.headers.get('retry-after')).toBe(String(RATE_LIMIT.periodSeconds));
    expect(limited.headers.get('ratelimit-policy')).toBe(RATE_LIMIT_POLICY);
    expect(limited.headers.get('ratelimit')).toBe(RATE_LIMIT_EXHAUSTED);
    expect(limited.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({ title: 'Too many requests' });
    expect(statuses.other.status).toBe(200);
  });

  it('the limit covers every route, POST calculators and errors included, and CORS still lets a browser read the 429', async () => {
    const { limited, calc, missing } = await inOneWindow(async () => {
      const ip = freshIp();
      for (let i = 0; i < LIMIT; i++) await send('/nothing', { ip });
      return {
        limited: await send('/v1/tables', { ip, headers: { Origin: 'https://anywhere.example' } }),
        calc: await postJson(example, { Origin: 'https://allowed.example' }, ip),
        missing: await send('/nothing', { ip }),
      };
    });
    await expectProblem(limited, 429, 'rate-limited');
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    expect(limited.headers.get('access-control-expose-headers')).toContain('Retry-After');
    await expectProblem(calc, 429, 'rate-limited');
    expect(calc.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    await expectProblem(missing, 429, 'rate-limited');
  });

  it('one client, one bucket, however its address is written: an IPv4-mapped IPv6 address counts as its IPv4 address', async () => {
    const r = await inOneWindow(async () => {
      n++;
      const v4 = `198.51.${(n >> 8) & 255}.${n & 255}`;
      const spellings = [v4, `::ffff:${v4}`, `::FFFF:${v4}`, `0:0:0:0:0:ffff:${v4}`, `::ffff:${v4}`];
      for (const ip of spellings) await send('/healthz', { ip });
      return {
        sixth: await send('/healthz', { ip: v4 }),
        other: await send('/healthz', { ip: `198.51.${(n >> 8) & 255}.${(n + 1) & 255}` }),
      };
    });
    await expectProblem(r.sixth, 429, 'rate-limited');
    expect(r.other.status).toBe(200);
  });

  it('IPv6 clients are counted per /64; requests without CF-Connecting-IP share one bucket', async () => {
    const r = await inOneWindow(async () => {
      const prefix = `2001:db8:${(n++).toString(16)}:1`;
      for (let i = 0; i < LIMIT; i++) await send('/healthz', { ip: `${prefix}::${(i + 1).toString(16)}` });
      const sameNet = await send('/healthz', { ip: `${prefix}:0:0:0:ffff` });
      const otherNet = await send('/healthz', { ip: `2001:db8:${(n++).toString(16)}:2::1` });
      return { sameNet, otherNet };
    });
    await expectProblem(r.sameNet, 429, 'rate-limited');
    expect(r.otherNet.status).toBe(200);

    const anon = await inOneWindow(async () => {
      const out: number[] = [];
      for (let i = 0; i <= LIMIT; i++) out.push((await send('/healthz', { ip: null })).status);
      return out;
    });
    // the anonymous bucket may already hold requests of this window from another test: it runs out by the 6th
    expect(anon.at(-1)).toBe(429);
  });

  it('CORS preflights are answered before the limiter and never use up the budget', async () => {
    const ip = freshIp();
    const pre = await inOneWindow(async () => {
      const out: number[] = [];
      for (let i = 0; i < LIMIT * 2; i++) {
        out.push(
          (
            await send(SETTLE, {
              method: 'OPTIONS',
              ip,
              headers: { Origin: 'https://allowed.example', 'Access-Control-Request-Method': 'POST' },
            })
          ).status,
        );
      }
      return out;
    });
    expect(pre).toEqual(Array(LIMIT * 2).fill(204));
  });
});

describe('CORS as documented (README › Behaviour every client can rely on)', () => {
  it('GET and its preflight are open to every origin', async () => {
    const res = await send('/v1/tables', { headers: { Origin: 'https://any.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag, Retry-After, Content-Language, RateLimit-Policy, X-Request-Id');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const pre = await send('/v1/tables', {
      method: 'OPTIONS',
      headers: { Origin: 'https://any.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(pre.headers.get('access-control-max-age')).toBe('86400');
  });

  it('POST preflight: allowed origins get their own origin back; others get 403 problem+json', async () => {
    for (const origin of ['https://allowed.example', 'https://second.example']) {
      const ok = await send(SETTLE, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe(origin);
      expect(ok.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
      expect(ok.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
      expect(ok.headers.get('vary')).toMatch(/Origin/);
    }
    for (const origin of ['https://evil.example', 'https://allowed.example.evil.example', 'http://allowed.example', 'null']) {
      const denied = await send(SETTLE, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
      await expectProblem(denied, 403, 'origin-not-allowed');
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    }
    // a method the API never serves is named as such, not blamed on the origin
    const other = await send(SETTLE, {
      method: 'OPTIONS',
      headers: { Origin: 'https://allowed.example', 'Access-Control-Request-Method': 'DELETE' },
    });
    const p = await expectProblem(other, 405, 'method-not-allowed');
    expect(p.detail).toMatch(/DELETE/);
    expect(other.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a plain OPTIONS with an Origin (not a preflight) lists the methods of the path', async () => {
    const res = await send(SETTLE, { method: 'OPTIONS', headers: { Origin: 'https://any.example' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('GET answers say their language (Content-Language, exposed to scripts)', async () => {
    const zh = await send('/v1/tables', { headers: { Origin: 'https://any.example' } });
    expect(zh.headers.get('content-language')).toBe('zh-CN');
    const en = await send('/v1/tables?lang=en', { headers: { Origin: 'https://any.example' } });
    expect(en.headers.get('content-language')).toBe('en');
  });

  it('POST from an allowed origin is served with CORS headers; from another origin it is refused before any work', async () => {
    const ok = await postJson(example, { Origin: 'https://second.example' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://second.example');
    expect(ok.headers.get('vary')).toMatch(/Origin/);
    expect(ok.headers.get('access-control-expose-headers')).toContain('Retry-After');
    const denied = await postJson(example, { Origin: 'https://evil.example' });
    await expectProblem(denied, 403, 'origin-not-allowed');
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    // even an invalid body from a refused origin is refused for its origin, not validated
    await expectProblem(await postJson({ nonsense: true }, { Origin: 'https://evil.example' }), 403, 'origin-not-allowed');
  });

  it('requests without Origin (servers, curl) are not subject to CORS', async () => {
    const res = await postJson(example);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('security headers on every response', () => {
  const common = (res: Response, what: string) => {
    expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
    expect(res.headers.get('cross-origin-resource-policy'), what).toMatch(/^(same-origin|cross-origin)$/);
    // HSTS is the zone's job (README); the Worker never sends it over wrangler dev's plain http
    expect(res.headers.get('strict-transport-security'), what).toBeNull();
  };

  it('200 JSON, 200 HTML (with CSP), 204, 304, 400, 403, 404, 405, 413, 415, 422 and 429 all carry them', async () => {
    const cases: [string, () => Promise<Response>, number][] = [
      ['json', () => send('/v1/tables'), 200],
      ['html', () => send('/docs'), 200],
      [
        'preflight',
        () => send('/v1/tables', { method: 'OPTIONS', headers: { Origin: 'https://a.example', 'Access-Control-Request-Method': 'GET' } }),
        204,
      ],
      ['bad json', () => send(SETTLE, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }), 400],
      ['origin', () => postJson(example, { Origin: 'https://evil.example' }), 403],
      ['not found', () => send('/nope'), 404],
      ['method', () => send('/v1/tables', { method: 'DELETE' }), 405],
      [
        'too large',
        () => send(SETTLE, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ' '.repeat(MAX_BODY_BYTES + 1) }),
        413,
      ],
      ['media type', () => send(SETTLE, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }), 415],
      ['invalid', () => postJson({ year: 'x' }), 422],
    ];
    for (const [what, run, status] of cases) {
      const res = await run();
      expect(res.status, what).toBe(status);
      common(res, what);
      if (status >= 400) expect(res.headers.get('content-type'), what).toMatch(/^application\/problem\+json/);
    }
    const html = await send('/docs');
    expect(html.headers.get('content-security-policy')).toMatch(/default-src 'none'.*script-src 'self'.*frame-ancestors 'none'/);
    expect(html.headers.get('x-frame-options')).toBe('DENY');

    const first = await send('/v1/tables/employee-medical-insurance?date=2015-06-01');
    const cached = await send('/v1/tables/employee-medical-insurance?date=2015-06-01', {
      headers: { 'If-None-Match': first.headers.get('etag')! },
    });
    expect(cached.status).toBe(304);
    common(cached, '304');

    const limited = await inOneWindow(async () => {
      const ip = freshIp();
      for (let i = 0; i < LIMIT; i++) await send('/healthz', { ip });
      return send('/healthz', { ip });
    });
    expect(limited.status).toBe(429);
    common(limited, '429');
  });
});
