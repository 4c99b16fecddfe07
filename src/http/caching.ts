import type { MiddlewareHandler } from 'hono';
import { shanghaiDate } from '../engine/lookup';
import { resolveLang } from './lang';

/** 32-bit FNV-1a: cheap and deterministic, enough to tell representations of one URL apart. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export const CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

/** Adds `token` to the Vary header unless it is there already: several layers of one response may vary on it. */
export function addVary(headers: Headers, token: string): void {
  const current = headers.get('Vary');
  const tokens = (current ?? '').split(',').map((t) => t.trim().toLowerCase());
  if (tokens.includes('*') || tokens.includes(token.toLowerCase())) return;
  headers.set('Vary', current ? `${current}, ${token}` : token);
}
export const varyOnLanguage = (headers: Headers) => addVary(headers, 'Accept-Language');

/**
 * GET responses are a function of (data hash, URL, language, and — for "today" defaults — the date in
 * Shanghai), so the ETag is computed from those. A matching If-None-Match (or `*`) answers 304, but only
 * once the handler has answered 200: an ETag can be computed for any URL, and a 404 or 422 must not turn into
 * a 304 (a client sending the ETag a URL would have must not get 304 for a table that does not exist).
 */
/**
 * The hash of the data an answer was made from, when another Worker made it (the explorer's pages): the ETag is then
 * of that data, so a page made from data the API does not serve yet (between the two Workers' deploys) is not taken
 * for the API's. Read and removed by conditionalGet.
 */
export const DATA_HASH_HEADER = 'X-Data-Hash';

export const conditionalGet =
  (dataHash: string): MiddlewareHandler =>
  async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    await next();
    const madeFrom = c.res.headers.get(DATA_HASH_HEADER);
    if (madeFrom !== null) c.res.headers.delete(DATA_HASH_HEADER);
    if (c.res.status !== 200) return;
    const url = new URL(c.req.url);
    const lang = resolveLang(c);
    const etag = `"${(madeFrom ?? dataHash).slice(0, 16)}-${fnv1a(`${url.pathname}?${url.search}|${lang}|${shanghaiDate(Date.now())}`)}"`;
    const inm = c.req.header('if-none-match');
    if (inm && (inm.trim() === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))) {
      c.res = c.body(null, 304, { ETag: etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Accept-Language' });
      return;
    }
    c.res.headers.set('ETag', etag);
    c.res.headers.set('Cache-Control', CACHE_CONTROL);
    if (!c.res.headers.has('Content-Language')) c.res.headers.set('Content-Language', lang === 'en' ? 'en' : 'zh-CN');
    varyOnLanguage(c.res.headers);
  };
