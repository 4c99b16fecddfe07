import type { MiddlewareHandler } from 'hono';

/**
 * Security headers on every response. HTML pages get a Content-Security-Policy that allows only this
 * origin's own scripts and styles; HSTS is left to the deployment's zone settings (see README), since
 * wrangler dev serves plain http.
 */
export const HTML_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders = (): MiddlewareHandler => async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set('X-Content-Type-Options', 'nosniff');
  h.set('Referrer-Policy', 'no-referrer');
  h.set('Cross-Origin-Resource-Policy', h.get('Access-Control-Allow-Origin') ? 'cross-origin' : 'same-origin');
  if ((h.get('Content-Type') ?? '').startsWith('text/html')) {
    if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', HTML_CSP);
    h.set('X-Frame-Options', 'DENY');
  }
};
