import { DOCUMENTED } from '../documented';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../env';
import { findTable } from '../engine/lookup';
import { problem, ProblemError, problemResponse, problemSchema } from '../http/problem';
import { type CompiledBundle, compiledTableSchema } from '../tables/model';
import { tableIdParam, unknownTableProblem } from './lookup-shapes';

/**
 * The compiled data of one table, whole (GET /v1/tables/{id}/data), and /studio, the page where staff check an
 * edited workbook in the browser against it. The page and its scripts are static files of compiled/public/studio
 * (scripts/build-studio.ts), served from the ASSETS binding like /docs' files: the workbook reader and compiler they
 * hold never enter the Worker's bundle.
 */
const dataRoute = createRoute({
  method: 'get',
  path: '/v1/tables/{id}/data',
  // what only the OpenAPI document shows is left out of the Worker (src/documented.ts)
  operationId: DOCUMENTED && 'getTableData',
  tags: DOCUMENTED && ['tables'],
  summary: DOCUMENTED && 'The compiled table, whole: what the lookups and calculators read',
  description:
    DOCUMENTED &&
    'Every dated value and bracket row with its citation and workbook cell, the sources, the change log, version and data hash — ' +
      'exactly what `npm run tables:build` compiled from the workbook. For tools that compare an edited workbook with the data served ' +
      'now (the /studio page, a semantic diff); for values in force on a date use GET /v1/tables/{id}.',
  request: { params: z.object({ id: tableIdParam }) },
  responses: DOCUMENTED && {
    200: { description: 'The compiled table', content: { 'application/json': { schema: compiledTableSchema.openapi('CompiledTable') } } },
    404: { description: 'Unknown table', content: { 'application/problem+json': { schema: problemSchema } } },
  },
});

/** The files of /studio (compiled/public/studio): the page, its script, its worker, its styles. */
const STUDIO_FILES: Record<string, string> = {
  '': 'text/html; charset=utf-8',
  'studio.js': 'text/javascript; charset=utf-8',
  'studio-worker.js': 'text/javascript; charset=utf-8',
  'studio.css': 'text/css; charset=utf-8',
};

/** GET /v1/tables/{id}/data (an API route: in the OpenAPI document and the typed client). */
export function tableDataRoutes(bundle: CompiledBundle) {
  return new OpenAPIHono<AppEnv>().openapi(dataRoute, (c) => {
    const { id } = c.req.valid('param');
    // the same access as every lookup route: it stays right when tables are loaded one by one
    const t = findTable(bundle, id);
    if (!t) throw new ProblemError(unknownTableProblem(bundle, id));
    return c.json(t, 200);
  });
}

/** /studio and its files (a page, not part of the API). */
export function studioRoutes() {
  const app = new Hono<AppEnv>();
  const serve = async (c: Context<AppEnv>, name: string) => {
    const missing = () => problem('not-found', { zh: `没有文件 /studio/${name}。`, en: `No file /studio/${name}.` });
    if (!Object.hasOwn(STUDIO_FILES, name)) return problemResponse(c, missing());
    if (!c.env?.ASSETS)
      return problemResponse(
        c,
        problem('not-found', { zh: '本部署未配置静态文件。', en: 'Static assets are not bound in this deployment.' }),
      );
    const res = await c.env.ASSETS.fetch(new Request(new URL(`/studio/${name || 'index.html'}`, c.req.url)));
    if (!res.ok)
      return problemResponse(
        c,
        problem('not-found', {
          zh: '本部署没有构建 /studio（npm run build 会生成 compiled/public/studio）。',
          en: '/studio is not built in this deployment (npm run build writes compiled/public/studio).',
        }),
      );
    return c.body(await res.arrayBuffer(), 200, { 'Content-Type': STUDIO_FILES[name]!, 'Cache-Control': 'public, max-age=300' });
  };
  app.get('/studio', (c) => serve(c, ''));
  app.get('/studio/:file', (c) => serve(c, c.req.param('file')));
  return app;
}
