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

declare module 'hono' {
  interface ContextVariableMap {
    /** What a 200 answer shows of the data, when its route says so (`tableOnDateRepresentation`): the ETag is then of it. */
    representation: string;
  }
}

/**
 * The ETag of a 200 answer: the hash of the data it was made from, and a digest of what it shows of that data. The one
 * definition of the API's ETags: what an answer shows is, by default, its URL and language on the day it is asked
 * (a date left out means today); a route that knows it better says so in the context's `representation`.
 */
export const etagOf = (dataHash: string, representation: string) => `"${dataHash.slice(0, 16)}-${fnv1a(representation)}"`;

/**
 * What `GET /v1/tables/{id}` shows: the table on a date (asked for, or today's) in a language — not the URL's spelling
 * nor the day it is asked on, so the ETag of a date's answer stays until the data changes. The route and its prepared
 * answers (src/http/prepared-lookup.ts) both say so here: the same answer has the same ETag either way.
 */
export const tableOnDateRepresentation = (id: string, date: string, lang: string) => `GET /v1/tables/${id} on ${date} in ${lang}`;

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
 * The hash of the data an answer was made from, when another Worker made it (the explorer's pages): the ETag is then
 * of that data, so a page made from data the API does not serve yet (between the two Workers' deploys) is not taken
 * for the API's. Read and removed by conditionalGet.
 */
export const DATA_HASH_HEADER = 'X-Data-Hash';

/** What an answer shows by default: its URL and language on the day it is asked. */
const urlRepresentation = (href: string, lang: string) => {
  const url = new URL(href);
  return `${url.pathname}?${url.search}|${lang}|${shanghaiDate(Date.now())}`;
};

/**
 * GET responses are a function of the data and what they show of it (by default their URL and language and — for
 * "today" defaults — the date in Shanghai), so the ETag is computed from those (`etagOf`), never from the body. A
 * matching If-None-Match (or `*`) answers 304, but only once the handler has answered 200: an ETag can be computed for
 * any URL, and a 404 or 422 must not turn into a 304 (a client sending the ETag a URL would have must not get 304 for
 * a table that does not exist).
 */
export const conditionalGet =
  (dataHash: string): MiddlewareHandler =>
  async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    await next();
    const madeFrom = c.res.headers.get(DATA_HASH_HEADER);
    if (madeFrom !== null) c.res.headers.delete(DATA_HASH_HEADER);
    if (c.res.status !== 200) return;
    const lang = resolveLang(c);
    const etag = etagOf(madeFrom ?? dataHash, c.get('representation') ?? urlRepresentation(c.req.url, lang));
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
