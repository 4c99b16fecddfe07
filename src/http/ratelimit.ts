import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { problem, problemResponse } from './problem';

/**
 * Per-client rate limit through the Workers Rate Limiting binding (wrangler.toml [[ratelimits]],
 * binding RATE_LIMITER). These two numbers must equal that binding's `simple = { limit, period }`;
 * a test reads wrangler.toml to keep them in step. They are request limits, not policy values.
 */
export const RATE_LIMIT = { limit: 600, periodSeconds: 60 } as const;

/** IETF RateLimit-Policy header (draft-ietf-httpapi-ratelimit-headers): quota and window in seconds. */
export const RATE_LIMIT_POLICY = `"per-client";q=${RATE_LIMIT.limit};w=${RATE_LIMIT.periodSeconds}`;

/** Requests without CF-Connecting-IP (only possible outside Cloudflare's edge) share one bucket. */
export const ANONYMOUS_CLIENT = 'anonymous';

/**
 * The key a client is counted under. Cloudflare sets CF-Connecting-IP on every request at the edge
 * (a client cannot forge it there); X-Forwarded-For is never trusted. An IPv6 client usually holds a
 * whole /64 and could rotate addresses inside it, so IPv6 is counted per /64.
 */
export function clientKey(ip: string | undefined): string {
  const raw = (ip ?? '').trim();
  if (!raw || raw.length > 45) return ANONYMOUS_CLIENT;
  if (!raw.includes(':')) return raw;
  const [head = '', tail = ''] = raw.toLowerCase().split('::', 2);
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = raw.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Counts every request (after CORS preflights, which never reach it) against the client's budget;
 * over it, 429 problem+json with Retry-After (the window length: the binding does not say when the
 * window ends, so this is the longest wait). Without the binding (an embedding of createApp, the Node
 * tests) nothing is limited. If the binding itself fails the request is served: an outage of the
 * limiter must not take the API down.
 */
export const rateLimit = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const limiter = c.env?.RATE_LIMITER;
  if (!limiter) return next();
  let success = true;
  try {
    ({ success } = await limiter.limit({ key: clientKey(c.req.header('cf-connecting-ip')) }));
  } catch (err) {
    console.error('rate limiter unavailable', err);
  }
  if (!success) {
    return problemResponse(
      c,
      problem(
        'rate-limited',
        {
          zh: `请求过于频繁：${RATE_LIMIT.periodSeconds} 秒内超过 ${RATE_LIMIT.limit} 次，请 ${RATE_LIMIT.periodSeconds} 秒后再试。`,
          en: `More than ${RATE_LIMIT.limit} requests in ${RATE_LIMIT.periodSeconds} s from this client; retry after ${RATE_LIMIT.periodSeconds} s.`,
        },
        {
          limit: RATE_LIMIT.limit,
          periodSeconds: RATE_LIMIT.periodSeconds,
        },
      ),
      { 'Retry-After': String(RATE_LIMIT.periodSeconds), 'RateLimit-Policy': RATE_LIMIT_POLICY },
    );
  }
  return next();
};
