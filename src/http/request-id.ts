import type { MiddlewareHandler } from 'hono';

declare module 'hono' {
  interface ContextVariableMap {
    /** This request's id: in X-Request-Id and in every problem body, to quote when asking for support. */
    requestId: string;
  }
}

/** A plain token, short enough for a log line: anything else a client sends is replaced, never echoed. */
const TOKEN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The client's own X-Request-Id if it is a plain token; else Cloudflare's CF-Ray (its logs use it); else a new UUID. */
export function requestIdOf(headers: Headers): string {
  for (const name of ['x-request-id', 'cf-ray']) {
    const v = headers.get(name);
    if (v && TOKEN.test(v)) return v;
  }
  return crypto.randomUUID();
}

export const requestId = (): MiddlewareHandler => async (c, next) => {
  const id = requestIdOf(c.req.raw.headers);
  c.set('requestId', id);
  await next();
  c.res.headers.set('X-Request-Id', id);
};
