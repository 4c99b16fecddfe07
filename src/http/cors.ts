import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { problem, problemResponse } from './problem';

/**
 * CORS as documented in the README: GET is open to every origin (third-party apps and widgets read
 * public data); POST from a browser is allowed only for origins in POST_ALLOWED_ORIGINS ("*" = all).
 * Requests without an Origin header (servers, curl) are not affected.
 */
const originRefused = (origin: string) => ({
  zh: `来源 ${origin} 不在本部署允许提交请求的来源（POST_ALLOWED_ORIGINS）之中。`,
  en: `Origin ${origin} is not in this deployment's POST_ALLOWED_ORIGINS.`,
});

export const allowedOrigins = (setting: string | undefined) =>
  (setting ?? '*')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const originAllowed = (origin: string, setting: string | undefined) => {
  const list = allowedOrigins(setting);
  return list.includes('*') || list.includes(origin);
};

const EXPOSE = 'ETag, Retry-After, Content-Language, RateLimit-Policy, X-Request-Id';

export const corsPolicy = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const origin = c.req.header('origin');
  if (!origin) return next();
  const method = c.req.method;
  // Only a preflight (OPTIONS with Access-Control-Request-Method) is answered here; a plain OPTIONS goes on to
  // the app, which answers 204 with Allow.
  if (method === 'OPTIONS' && c.req.header('access-control-request-method')) {
    const wanted = c.req.header('access-control-request-method')!.toUpperCase();
    if (wanted === 'GET' || wanted === 'HEAD') {
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': 'Accept-Language, If-None-Match, Content-Type, X-Request-Id',
        'Access-Control-Max-Age': '86400',
      });
    }
    if (wanted === 'POST' && originAllowed(origin, c.env?.POST_ALLOWED_ORIGINS)) {
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Accept-Language, X-Request-Id',
        'Access-Control-Max-Age': '86400',
        Vary: 'Origin',
      });
    }
    if (wanted !== 'POST') {
      return problemResponse(
        c,
        problem('method-not-allowed', {
          zh: `不支持跨域的 ${wanted} 请求：本接口对任何来源提供 GET 和 HEAD，对允许的来源提供 POST。`,
          en: `A cross-origin ${wanted} is not served: the API answers GET and HEAD (any origin) and POST (allowed origins).`,
        }),
        {
          Allow: 'GET, HEAD, POST, OPTIONS',
        },
      );
    }
    return problemResponse(c, problem('origin-not-allowed', originRefused(origin)));
  }
  if (method === 'OPTIONS') return next();
  if (method === 'GET' || method === 'HEAD') {
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSE);
    return;
  }
  if (!originAllowed(origin, c.env?.POST_ALLOWED_ORIGINS)) {
    return problemResponse(c, problem('origin-not-allowed', originRefused(origin)));
  }
  await next();
  c.res.headers.set('Access-Control-Allow-Origin', origin);
  c.res.headers.set('Access-Control-Expose-Headers', EXPOSE);
  c.res.headers.append('Vary', 'Origin');
};
