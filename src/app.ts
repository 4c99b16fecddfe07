import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from './http/body-limit';
import { HTTPException } from 'hono/http-exception';
import { conditionalGet } from './http/caching';
import { corsPolicy } from './http/cors';
import { EngineError } from './engine/errors';
import { BundleUnavailableError } from './data';
import { problemOf } from './http/engine-problem';
import { internalError, problem, problemResponse, ProblemError, requestProblem, serviceUnavailable } from './http/problem';
import { rateLimit } from './http/ratelimit';
import { requestId } from './http/request-id';
import { securityHeaders } from './http/security';
import { batchRoutes, bodyLimitOf } from './routes/batch';
import { calculatorRoutes } from './routes/calculators';
import { type Explorer, exploreRoutes } from './routes/explore';
import { historyRoutes } from './routes/history';
import { searchRoutes } from './routes/search';
import { systemRoutes } from './routes/system';
import { studioRoutes, tableDataRoutes } from './routes/studio';
import { tableRoutes } from './routes/tables';
import { widgetRoutes } from './routes/widget';
import type { AppEnv } from './env';
import type { CompiledBundle } from './tables/model';
import { type ServedBundle, servedOf } from './tables/served';
import { ensureTables } from './http/tables-needed';
import { preparedLookup } from './http/prepared-lookup';

export const MAX_BODY_BYTES = 64 * 1024;
const tooLarge = (bytes = MAX_BODY_BYTES) => ({
  zh: `请求体超过 ${bytes} 字节（${bytes / 1024} KB）。`,
  en: `The request body exceeds ${bytes} bytes.`,
});

/**
 * Builds the whole API around one compiled bundle. The Worker entry (src/index.ts) passes the bundle
 * compiled from tables/; tests pass bundles compiled from edited copies. The explorer's pages come from the EXPLORER
 * service binding unless `options.explorer` is given (Node and tests: `explorerInProcess(bundle)`).
 */
export function createApp(data: CompiledBundle | ServedBundle, options: { explorer?: Explorer } = {}) {
  // a whole bundle (Node, tests) or the tables read as requests need them (the Worker: src/data.ts loadServed)
  const bundle = servedOf(data);
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

  const routed = app
    .route('/', tableRoutes(bundle))
    .route('/', tableDataRoutes(bundle))
    .route('/', historyRoutes(bundle))
    .route('/', calculatorRoutes(bundle))
    .route('/', batchRoutes(bundle))
    .route('/', exploreRoutes(options.explorer))
    .route('/', searchRoutes(bundle))
    .route('/', systemRoutes(bundle));
  // The embeddable widget's script and demo page (not API routes, so not part of the typed client).
  app.route('/', widgetRoutes());
  app.route('/', studioRoutes());

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
