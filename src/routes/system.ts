import { DOCUMENTED } from '../documented';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { PROBLEM_TYPES, problem, problemResponse, type ProblemType } from '../http/problem';
import { apiAssetText, OPENAPI_ASSET_PATH } from '../api-description';
import type { ServedBundle } from '../tables/served';
import { assetUrl } from '../data';
import type { Context } from 'hono';

const FAVICON_ASSET_PATH = '/favicon.svg';

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: DOCUMENTED && 'getHealth',
  tags: DOCUMENTED && ['system'],
  summary: DOCUMENTED && 'Liveness and data version',
  responses: DOCUMENTED && {
    200: {
      description: 'The Worker is up; which data it serves',
      content: {
        'application/json': {
          schema: z.object({
            status: z.literal('ok'),
            version: z.string().openapi(DOCUMENTED && { example: '0.1.0' }),
            data: z.object({ hash: z.string(), tables: z.record(z.string(), z.object({ version: z.string(), hash: z.string() })) }),
          }),
        },
      },
    },
  },
});

/** The files of the API reference page, copied into compiled/public/docs by `npm run assets:build`. */
// the explorer's stylesheet is a site asset too (src/explore/explore.css)
const DOCS_ASSETS = new Set(['swagger-ui-bundle.js', 'swagger-ui.css', 'init.js', 'explore.css']);

const pingRoute = createRoute({
  method: 'get',
  path: '/v1/ping',
  // for the benchmarks only: served, but not part of the public reference
  hide: true,
  tags: DOCUMENTED && ['system'],
  summary: DOCUMENTED && 'No-op (the cost of the runtime, router and middleware alone; used by the benchmarks)',
  responses: DOCUMENTED && {
    200: { description: 'Always', content: { 'application/json': { schema: z.object({ pong: z.literal(true) }) } } },
  },
});

export function systemRoutes(bundle: ServedBundle) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(healthRoute, (c) =>
    c.json(
      {
        status: 'ok' as const,
        version: bundle.packageVersion,
        data: {
          hash: bundle.hash,
          tables: Object.fromEntries(Object.values(bundle.summaries).map((t) => [t.id, { version: t.version, hash: t.hash }])),
        },
      },
      200,
    ),
  );

  app.openapi(pingRoute, (c) => c.json({ pong: true as const }, 200));

  // Built at build time with the rest of the API description (src/api-description.ts); the servers entry
  // is relative, so the same file serves every host.
  app.get('/openapi.json', async (c) =>
    c.body(await apiAssetText(c.env?.ASSETS, OPENAPI_ASSET_PATH), 200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'public, max-age=300',
    }),
  );

  // the Swagger UI page is a static asset too (npm run assets:build writes compiled/public/docs/index.html)
  app.get('/docs', async (c) => {
    const res = c.env?.ASSETS ? await c.env.ASSETS.fetch(new Request(assetUrl('/docs/index.html'))) : null;
    if (!res?.ok)
      return problemResponse(
        c,
        problem('not-found', { zh: '本部署未构建接口文档页。', en: 'The API reference page is not built in this deployment.' }),
      );
    return c.html(await res.text());
  });
  app.get('/docs/assets/*', async (c) => {
    // only the page's own three files: nothing else of the assets (e.g. the data asset) is reachable through here
    if (!DOCS_ASSETS.has(c.req.path.slice('/docs/assets/'.length)))
      return problemResponse(c, problem('not-found', { zh: `没有文件 ${c.req.path}。`, en: `No asset ${c.req.path}.` }));
    if (!c.env?.ASSETS)
      return problemResponse(
        c,
        problem('not-found', { zh: '本部署未配置静态文件。', en: 'Static assets are not bound in this deployment.' }),
      );
    const res = await c.env.ASSETS.fetch(new Request(new URL(c.req.path.replace(/^\/docs\/assets/, '/docs'), c.req.url)));
    if (res.status === 404)
      return problemResponse(c, problem('not-found', { zh: `没有文件 ${c.req.path}。`, en: `No asset ${c.req.path}.` }));
    const out = new Response(res.body, res);
    out.headers.set('Cache-Control', 'public, max-age=86400');
    return out;
  });

  // The site icon (assets/favicon.svg, copied by `npm run assets:build`): an SVG, which browsers take at /favicon.ico too.
  const favicon = async (c: Context<AppEnv>) => {
    const res = c.env?.ASSETS ? await c.env.ASSETS.fetch(new Request(assetUrl(FAVICON_ASSET_PATH))) : null;
    // not built (npm run build writes it): the same 404 as a missing file of /docs
    if (!res?.ok) return problemResponse(c, problem('not-found', { zh: `没有文件 ${c.req.path}。`, en: `No asset ${c.req.path}.` }));
    return c.body(await res.arrayBuffer(), 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' });
  };
  app.get('/favicon.ico', favicon);
  app.get('/favicon.svg', favicon);

  app.get('/problems/:type', (c) => {
    const type = c.req.param('type');
    if (!Object.hasOwn(PROBLEM_TYPES, type))
      return problemResponse(c, problem('not-found', { zh: `没有错误类型“${type}”。`, en: `No problem type "${type}".` }));
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
