import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app';
import { PROBLEM_TYPES, problem, problemResponse, type ProblemType } from '../http/problem';
import { RATE_LIMIT, RATE_LIMIT_POLICY } from '../http/ratelimit';
import type { CompiledBundle } from '../tables/model';

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['system'],
  summary: 'Liveness and data version',
  responses: {
    200: {
      description: 'The Worker is up; which data it serves',
      content: {
        'application/json': {
          schema: z.object({
            status: z.literal('ok'),
            version: z.string().openapi({ example: '0.1.0' }),
            data: z.object({ hash: z.string(), tables: z.record(z.string(), z.object({ version: z.string(), hash: z.string() })) }),
          }),
        },
      },
    },
  },
});

/** The files of the API reference page, copied into compiled/public/docs by `npm run assets:build`. */
const DOCS_ASSETS = new Set(['swagger-ui-bundle.js', 'swagger-ui.css', 'init.js']);

const pingRoute = createRoute({
  method: 'get',
  path: '/v1/ping',
  tags: ['system'],
  summary: 'No-op (the cost of the runtime, router and middleware alone; used by the benchmarks)',
  responses: { 200: { description: 'Always', content: { 'application/json': { schema: z.object({ pong: z.literal(true) }) } } } },
});

/** The 429 answer every route can give, added to each operation of the served document. */
export const TOO_MANY_REQUESTS = {
  description: `Rate limit exceeded: more than ${RATE_LIMIT.limit} requests in ${RATE_LIMIT.periodSeconds} s from one client (CF-Connecting-IP; IPv6 per /64). Retry after the number of seconds in Retry-After.`,
  headers: {
    'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', example: RATE_LIMIT.periodSeconds } },
    'RateLimit-Policy': { description: 'The limit (quota q per window w seconds)', schema: { type: 'string', example: RATE_LIMIT_POLICY } },
  },
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

export const OPENAPI_INFO = {
  title: 'policy-edge API',
  version: '0.1.0',
  description:
    'Policy parameters of the Jiaxing municipal gazette (late 2014), compiled from versioned workbooks, with cited calculators. ' +
    '嘉兴市政策参数查询与计算接口：每个数值都注明来源文件与条款。\n\n' +
    'Errors are RFC 9457 problem details (`application/problem+json`). GET responses carry an `ETag` (the data hash) and answer `304` to `If-None-Match`. ' +
    'Labels are Chinese by default; send `Accept-Language: en` or `?lang=en` for English.',
};

/** An HTML page that renders /openapi.json with Swagger UI, served from this Worker's own static assets (no CDN). */
const docsPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>policy-edge API reference</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script>
</body>
</html>`;

export function systemRoutes(root: OpenAPIHono<AppEnv>, bundle: CompiledBundle) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(healthRoute, (c) =>
    c.json(
      {
        status: 'ok' as const,
        version: bundle.packageVersion,
        data: {
          hash: bundle.hash,
          tables: Object.fromEntries(Object.values(bundle.tables).map((t) => [t.id, { version: t.version, hash: t.hash }])),
        },
      },
      200,
    ),
  );

  app.openapi(pingRoute, (c) => c.json({ pong: true as const }, 200));

  // The document only depends on the origin (servers[0]): generated once per origin and isolate, since
  // walking every schema costs tens of milliseconds (BENCHMARKS.md › soak).
  const documents = new Map<string, string>();
  app.get('/openapi.json', (c) => {
    const origin = new URL(c.req.url).origin;
    let text = documents.get(origin);
    if (text === undefined) {
      text = JSON.stringify(openApiDocument(origin));
      if (documents.size >= 8) documents.clear();
      documents.set(origin, text);
    }
    return c.body(text, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=300' });
  });

  const openApiDocument = (origin: string) => {
    const doc = root.getOpenAPI31Document({
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      servers: [{ url: origin }],
      tags: [
        { name: 'tables', description: 'Lookups of compiled workbooks (查询参数)' },
        { name: 'calculators', description: 'Calculators with cited traces (计算器)' },
        { name: 'system', description: 'Health and metadata' },
      ],
    });
    for (const item of Object.values(doc.paths ?? {})) {
      for (const op of Object.values(item as Record<string, { responses?: Record<string, unknown> }>)) {
        if (op && typeof op === 'object' && op.responses) op.responses['429'] = TOO_MANY_REQUESTS;
      }
    }
    return doc;
  };

  app.get('/docs', (c) => c.html(docsPage));
  app.get('/docs/assets/*', async (c) => {
    // only the page's own three files: nothing else of the assets (e.g. the data asset) is reachable through here
    if (!DOCS_ASSETS.has(c.req.path.slice('/docs/assets/'.length))) return problemResponse(c, problem('not-found', `No asset ${c.req.path}.`));
    if (!c.env?.ASSETS) return problemResponse(c, problem('not-found', 'Static assets are not bound in this deployment.'));
    const res = await c.env.ASSETS.fetch(new Request(new URL(c.req.path.replace(/^\/docs\/assets/, '/docs'), c.req.url)));
    if (res.status === 404) return problemResponse(c, problem('not-found', `No asset ${c.req.path}.`));
    const out = new Response(res.body, res);
    out.headers.set('Cache-Control', 'public, max-age=86400');
    return out;
  });

  app.get('/problems/:type', (c) => {
    const type = c.req.param('type');
    if (!Object.hasOwn(PROBLEM_TYPES, type)) return problemResponse(c, problem('not-found', `No problem type "${type}".`));
    const t = PROBLEM_TYPES[type as ProblemType];
    return c.json({ type: `/problems/${type}`, title: t.title, title_zh: t.zh, status: t.status });
  });

  app.get('/', (c) =>
    c.json({
      name: 'policy-edge',
      docs: '/docs',
      openapi: '/openapi.json',
      tables: '/v1/tables',
      calculators: '/v1/calculators',
      explore: '/explore',
      health: '/healthz',
    }),
  );

  return app;
}
