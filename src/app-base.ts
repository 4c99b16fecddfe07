import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from './http/body-limit';
import { conditionalGet } from './http/caching';
import { corsPolicy } from './http/cors';
import { EngineError } from './engine/errors';
import { BundleUnavailableError } from './data';
import { problemOf } from './http/engine-problem';
import { internalError, problem, problemResponse, ProblemError, requestProblem, serviceUnavailable } from './http/problem';
import { rateLimit } from './http/ratelimit';
import { requestId } from './http/request-id';
import { securityHeaders } from './http/security';
import type { AppEnv } from './env';
import type { ServedBundle } from './tables/served';
import { ensureTables } from './http/tables-needed';
import { preparedLookup } from './http/prepared-lookup';
import { bodyLimitOf, MAX_BODY_BYTES } from './http/limits';

const tooLarge = (bytes = MAX_BODY_BYTES) => ({
  zh: `请求体超过 ${bytes} 字节（${bytes / 1024} KB）。`,
  en: `The request body exceeds ${bytes} bytes.`,
});

/**
 * An API app before its routes: the middleware every answer goes through, in order (request id, security headers,
 * CORS, rate limit, body limit, conditional GET, prepared whole-table lookups, the tables a request reads). The whole
 * API (src/app.ts) and each route group the Worker builds on its own (src/route-groups.ts) start from it, so a request
 * meets the same middleware whichever app answers it.
 */
export function apiBase(bundle: ServedBundle) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const where = result.target === 'json' ? 'body' : result.target === 'param' ? 'path' : result.target === 'query' ? 'query' : 'header';
      return problemResponse(c, requestProblem(where, result.error.issues, (result as { data?: unknown }).data));
    },
  });

  app.use('*', requestId());
  app.use('*', securityHeaders());
  app.use('*', corsPolicy());
  app.use('*', rateLimit());
  app.use(
    '*',
    bodyLimit({
      maxSize: (c) => bodyLimitOf(c.req.path, MAX_BODY_BYTES),
      onError: (c) => problemResponse(c, problem('payload-too-large', tooLarge(bodyLimitOf(c.req.path, MAX_BODY_BYTES)))),
    }),
  );
  app.use('/v1/*', conditionalGet(bundle.hash));
  // a whole table on a date, from the build's prepared answers when it can be (before any table is read)
  app.get('/v1/tables/:id', preparedLookup(bundle));
  app.use('*', ensureTables(bundle));
  app.use('/explore/*', conditionalGet(bundle.hash)); // also matches /explore itself
  return app;
}

/**
 * The answers an API app gives when no route answers: 404, or 405 with Allow when the path has routes for other
 * methods (from `routed`'s route table); and every error as problem+json, never a 500 for a request's fault.
 */
export function withProblemAnswers(app: OpenAPIHono<AppEnv>, routed: { routes: { method: string; path: string }[] }) {
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = allowedMethods(routed, path);
    if (allowed.length && c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allowed.join(', ') });
    if (allowed.length && !allowed.includes(c.req.method)) {
      const use = allowed.join(', ');
      const message = {
        zh: `${path} 不支持 ${c.req.method} 请求，请用 ${use}。`,
        en: `${c.req.method} is not allowed on ${path}; use ${use}.`,
      };
      return problemResponse(c, problem('method-not-allowed', message), {
        Allow: allowed.join(', '),
      });
    }
    return problemResponse(
      c,
      problem('not-found', {
        zh: `${path} 没有内容（${c.req.method}）。接口说明见 /docs。`,
        en: `Nothing at ${c.req.method} ${path}. See /docs for the API.`,
      }),
    );
  });
  app.onError((err, c) => {
    if (err instanceof EngineError) return problemResponse(c, problemOf(err));
    if (err instanceof ProblemError) return problemResponse(c, err.problem);
    if (err instanceof BundleUnavailableError) {
      // a table's asset that cannot be read: a deployment fault, as in src/lazy-worker.ts; the next request reads again
      console.error(`policy-edge: ${err.message}`);
      return serviceUnavailable(c, {
        zh: '政策数据暂时无法使用，请稍后再试。',
        en: 'The compiled policy tables are not available in this deployment.',
      });
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      if (status === 400)
        return problemResponse(c, problem('malformed-json', { zh: '请求体不是合法的 JSON，无法读取。', en: `${err.message}.` }));
      if (status === 415)
        return problemResponse(
          c,
          problem('unsupported-media-type', {
            zh: '请求体须为 JSON（Content-Type: application/json）。',
            en: 'Send the request body as application/json.',
          }),
        );
      if (status === 413) return problemResponse(c, problem('payload-too-large', tooLarge()));
      return problemResponse(c, {
        ...problem('not-found', { zh: `请求未能处理（HTTP ${status}）。`, en: err.message || `HTTP error ${status}` }),
        status,
        title: err.message || 'HTTP error',
        type: `/problems/http-${status}`,
        code: `http-${status}`,
      });
    }
    console.error(err);
    return problemResponse(c, internalError());
  });
}

/** An app of the API's middleware and problem answers with `routes` alone (the Worker's route groups). */
export function apiWith<R extends OpenAPIHono<AppEnv>>(bundle: ServedBundle, routes: R) {
  const app = apiBase(bundle);
  const routed = app.route('/', routes);
  withProblemAnswers(app, routed);
  return routed;
}

const routeMatchers = new WeakMap<object, { re: RegExp; methods: string[] }[]>();

/** The methods the app serves on a path (for 405 + Allow), from its route table, built once per app. */
function allowedMethods(app: { routes: { method: string; path: string }[] }, path: string): string[] {
  let matchers = routeMatchers.get(app);
  if (!matchers) {
    const byPath = new Map<string, Set<string>>();
    for (const r of app.routes) {
      if (r.method === 'ALL') continue;
      const methods = byPath.get(r.path) ?? new Set<string>();
      methods.add(r.method);
      if (r.method === 'GET') methods.add('HEAD');
      byPath.set(r.path, methods);
    }
    matchers = [...byPath].map(([p, methods]) => ({
      re: new RegExp(
        `^${p
          .split('/')
          .map((seg) => (seg === '*' ? '.*' : seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join('/')}$`,
      ),
      methods: [...methods],
    }));
    routeMatchers.set(app, matchers);
  }
  const out = new Set<string>();
  for (const m of matchers) if (m.re.test(path)) for (const x of m.methods) out.add(x);
  if (out.size) out.add('OPTIONS');
  return [...out];
}
