import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { problem, problemResponse } from './problem';

/**
 * Per-client rate limit through the Workers Rate Limiting binding (wrangler.toml [[ratelimits]],
 * binding RATE_LIMITER). These two numbers must equal that binding's `simple = { limit, period }`;
 * a test reads wrangler.toml to keep them in step. They are request limits, not policy values.
 */
export const RATE_LIMIT = { limit: 600, periodSeconds: 60 } as const;

type Quota = { limit: number; periodSeconds: number };
/** IETF RateLimit-Policy header (draft-ietf-httpapi-ratelimit-headers): quota and window in seconds. */
export const RATE_LIMIT_POLICY = `"per-client";q=${RATE_LIMIT.limit};w=${RATE_LIMIT.periodSeconds}`;
/** IETF RateLimit header of a refusal: nothing left, and the window's length as the longest wait until it resets. */
export const RATE_LIMIT_EXHAUSTED = `"per-client";r=0;t=${RATE_LIMIT.periodSeconds}`;

/**
 * Batches per client (binding BATCH_RATE_LIMITER, wrangler.toml), counted besides RATE_LIMITER (where a batch is one
 * request): a batch of up to MAX_BATCH_REQUESTS persons cannot multiply the single-request quota past this.
 */
export const BATCH_RATE_LIMIT = { limit: 10, periodSeconds: 60 } as const;
export const BATCH_RATE_LIMIT_POLICY = `"batch";q=${BATCH_RATE_LIMIT.limit};w=${BATCH_RATE_LIMIT.periodSeconds}`;
export const BATCH_RATE_LIMIT_EXHAUSTED = `"batch";r=0;t=${BATCH_RATE_LIMIT.periodSeconds}`;

/** Requests without CF-Connecting-IP (only possible outside Cloudflare's edge) share one bucket. */
export const ANONYMOUS_CLIENT = 'anonymous';

/** The four octets of a dotted-quad IPv4 address in its only valid spelling (0–255, no leading zeros), or null. */
function ipv4Octets(s: string): number[] | null {
  const parts = s.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p))) return null;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** The eight 16-bit groups of an IPv6 address in any RFC 4291 §2.2 spelling (`::`, an IPv4 tail), or null. */
function ipv6Groups(s: string): number[] | null {
  if (!/^[0-9a-f:.]+$/.test(s)) return null;
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const items = part.split(':');
    for (const [i, g] of items.entries()) {
      const v4 = i === items.length - 1 && g.includes('.') ? ipv4Octets(g) : undefined;
      if (v4) out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      else if (v4 === undefined && /^[0-9a-f]{1,4}$/.test(g)) out.push(Number.parseInt(g, 16));
      else return null;
    }
    return out;
  };
  const left = parse(halves[0]!);
  const right = halves.length === 2 ? parse(halves[1]!) : [];
  if (!left || !right) return null;
  if (halves.length === 1) return left.length === 8 ? left : null;
  const fill = 8 - left.length - right.length;
  return fill >= 1 ? [...left, ...Array<number>(fill).fill(0), ...right] : null;
}

/** RFC 5952 text of eight groups: lower-case hex without leading zeros, the longest run of two or more zero groups as `::`. */
function ipv6Text(groups: number[]): string {
  let best = { at: -1, len: 1 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.at < 0) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.len).join(':')}`;
}

/**
 * The key a client is counted under. Cloudflare sets CF-Connecting-IP on every request at the edge
 * (a client cannot forge it there); X-Forwarded-For is never trusted. The address is read as an address, not
 * as text, so one client has one key however it is written: an IPv4-mapped IPv6 address (`::ffff:1.2.3.4`, a
 * dual-stack socket's spelling) is its IPv4 address; an IPv6 client usually holds a whole /64 and could rotate
 * addresses inside it, so IPv6 is counted per /64, written canonically (RFC 5952). Anything that is not an
 * address (an IPv4 with leading zeros, a zone id, junk: possible only outside the edge) shares one bucket.
 */
export function clientKey(ip: string | undefined): string {
  const raw = (ip ?? '').trim().toLowerCase();
  if (!raw || raw.length > 45) return ANONYMOUS_CLIENT;
  if (!raw.includes(':')) return ipv4Octets(raw)?.join('.') ?? ANONYMOUS_CLIENT;
  const groups = ipv6Groups(raw);
  if (!groups) return ANONYMOUS_CLIENT;
  // ::ffff:0:0/96, IPv4-mapped (RFC 4291 §2.5.5.2)
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff)
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  return `${ipv6Text([...groups.slice(0, 4), 0, 0, 0, 0])}/64`;
}

/**
 * Counts every request (after CORS preflights, which never reach it) against the client's budget;
 * over it, 429 problem+json with Retry-After (the window length: the binding does not say when the
 * window ends, so this is the longest wait) and RateLimit. Every answer counted states the policy in
 * RateLimit-Policy (the binding does not tell how much of the quota is left, so RateLimit is only sent with a 429);
 * a batch is counted by both limiters and lists both policies.
 * Without the binding (an embedding of createApp, the Node tests) nothing is limited. If the binding itself fails
 * the request is served: an outage of the limiter must not take the API down.
 */
export const rateLimit =
  (
    binding: 'RATE_LIMITER' | 'BATCH_RATE_LIMITER' = 'RATE_LIMITER',
    quota: Quota = RATE_LIMIT,
    policy = RATE_LIMIT_POLICY,
    exhausted = RATE_LIMIT_EXHAUSTED,
    what = { zh: '次', en: 'requests' },
  ): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const limiter = c.env?.[binding];
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
            zh: `请求过于频繁：${quota.periodSeconds} 秒内超过 ${quota.limit} ${what.zh}，请 ${quota.periodSeconds} 秒后再试。`,
            en: `More than ${quota.limit} ${what.en} in ${quota.periodSeconds} s from this client; retry after ${quota.periodSeconds} s.`,
          },
          { limit: quota.limit, periodSeconds: quota.periodSeconds },
        ),
        { 'Retry-After': String(quota.periodSeconds), 'RateLimit-Policy': policy, RateLimit: exhausted },
      );
    }
    await next();
    c.res.headers.append('RateLimit-Policy', policy);
  };
