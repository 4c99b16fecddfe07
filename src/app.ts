import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from './http/body-limit';
import { HTTPException } from 'hono/http-exception';
import { conditionalGet } from './http/caching';
import { corsPolicy } from './http/cors';
import { EngineError } from './engine/errors';
import { problemOf } from './http/engine-problem';
import { problem, problemResponse, ProblemError, requestProblem } from './http/problem';
import { rateLimit } from './http/ratelimit';
import { requestId } from './http/request-id';
import { securityHeaders } from './http/security';
import { calculatorRoutes } from './routes/calculators';
import { exploreRoutes } from './routes/explore';
import { historyRoutes } from './routes/history';
import { systemRoutes } from './routes/system';
import { studioRoutes, tableDataRoutes } from './routes/studio';
import { tableRoutes } from './routes/tables';
import { widgetRoutes } from './routes/widget';
import type { AppEnv } from './env';
import type { CompiledBundle } from './tables/model';

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Builds the whole API around one compiled bundle. The Worker entry (src/index.ts) passes the bundle
 * compiled from tables/; tests pass bundles compiled from edited copies.
 */
export function createApp(bundle: CompiledBundle) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const where = result.target === 'json' ? 'body' : result.target === 'param' ? 'path' : result.target === 'query' ? 'query' : 'header';
      return problemResponse(c, requestProblem(where, result.error.issues));
    },
  });

  app.use('*', requestId());
  app.use('*', securityHeaders());
  app.use('*', corsPolicy());
  app.use('*', rateLimit());
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => problemResponse(c, problem('payload-too-large', `The request body exceeds ${MAX_BODY_BYTES} bytes.`)),
    }),
  );
  app.use('/v1/*', conditionalGet(bundle.hash));
  app.use('/explore', conditionalGet(bundle.hash));
  app.use('/explore/*', conditionalGet(bundle.hash));

  const routed = app
    .route('/', tableRoutes(bundle))
    .route('/', tableDataRoutes(bundle))
    .route('/', historyRoutes(bundle))
    .route('/', calculatorRoutes(bundle))
    .route('/', exploreRoutes(bundle))
    .route('/', systemRoutes(bundle));
  // The embeddable widget's script and demo page (not API routes, so not part of the typed client).
  app.route('/', widgetRoutes());
  app.route('/', studioRoutes());

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = allowedMethods(routed, path);
    if (allowed.length && c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allowed.join(', ') });
    if (allowed.length && !allowed.includes(c.req.method)) {
      return problemResponse(c, problem('method-not-allowed', `${c.req.method} is not allowed on ${path}; use ${allowed.join(', ')}.`), {
        Allow: allowed.join(', '),
      });
    }
    return problemResponse(c, problem('not-found', `Nothing at ${c.req.method} ${path}. See /docs for the API.`));
  });
  app.onError((err, c) => {
    if (err instanceof EngineError) return problemResponse(c, problemOf(err));
    if (err instanceof ProblemError) return problemResponse(c, err.problem);
    if (err instanceof HTTPException) {
      const status = err.status;
      if (status === 400) return problemResponse(c, problem('malformed-json', `${err.message}.`));
      if (status === 415) return problemResponse(c, problem('unsupported-media-type', 'Send the request body as application/json.'));
      if (status === 413) return problemResponse(c, problem('payload-too-large', `The request body exceeds ${MAX_BODY_BYTES} bytes.`));
      return problemResponse(c, {
        ...problem('not-found', err.message),
        status,
        title: err.message || 'HTTP error',
        type: `/problems/http-${status}`,
      });
    }
    console.error(err);
    return problemResponse(c, problem('internal-error', 'An unexpected error occurred; it has been logged.'));
  });
  return routed;
}

export type App = ReturnType<typeof createApp>;

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
