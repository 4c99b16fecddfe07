import { DOCUMENTED } from '../documented';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { covers, findTable, rowsOn, shanghaiDate, valueOn } from '../engine/lookup';
import { coverageNotices } from '../engine/notices';
import { tableOnDateRepresentation } from '../http/caching';
import { pick, resolveLang } from '../http/lang';
import { problem, ProblemError, problemSchema } from '../http/problem';
import type { ServedBundle } from '../tables/served';
import type { CompiledTable } from '../tables/model';
import { isoDateSchema } from '../tables/model';
import type { AppEnv } from '../env';
import {
  unknownTableProblem,
  dateQuery,
  langQuery,
  parameterHistorySchema,
  parameterOneSchema,
  presentScale,
  presentValue,
  scaleAnswerSchema,
  summarize,
  tableAtDateSchema,
  tableIdParam,
  tableHeading,
  tableOnDate,
  tableSummarySchema,
} from './lookup-shapes';

// ---------------------------------------------------------------------------------------------
// Routes.

const problems = {
  404: { description: 'Unknown table or parameter', content: { 'application/problem+json': { schema: problemSchema } } },
  422: { description: 'Invalid query, or a date no version covers', content: { 'application/problem+json': { schema: problemSchema } } },
};

const listRoute = createRoute({
  method: 'get',
  path: '/v1/tables',
  operationId: DOCUMENTED && 'listTables',
  tags: DOCUMENTED && ['tables'],
  summary: DOCUMENTED && 'List every table',
  request: { query: z.object({ lang: langQuery }) },
  responses: DOCUMENTED && {
    200: {
      description: 'Every compiled table',
      content: { 'application/json': { schema: z.object({ tables: z.array(tableSummarySchema), dataVersion: z.string() }) } },
    },
    422: { description: 'Invalid ?lang', content: { 'application/problem+json': { schema: problemSchema } } },
  },
});

const tableRoute = createRoute({
  method: 'get',
  path: '/v1/tables/{id}',
  operationId: DOCUMENTED && 'getTable',
  tags: DOCUMENTED && ['tables'],
  summary: DOCUMENTED && 'All values of a table in force on a date',
  request: { params: z.object({ id: tableIdParam }), query: z.object({ date: dateQuery, lang: langQuery }) },
  responses: DOCUMENTED && {
    200: { description: 'Values in force', content: { 'application/json': { schema: tableAtDateSchema } } },
    ...problems,
  },
});

const parameterRoute = createRoute({
  method: 'get',
  path: '/v1/tables/{id}/parameters/{key}',
  operationId: DOCUMENTED && 'lookupParameter',
  tags: DOCUMENTED && ['tables'],
  summary: DOCUMENTED && "One parameter's dated history, or its value on ?date=",
  request: {
    params: z.object({
      id: tableIdParam,
      key: z.string().openapi({ param: { name: 'key', in: 'path' }, example: 'inpatient.annual_cap' }),
    }),
    query: z.object({
      date: isoDateSchema
        .optional()
        .openapi(DOCUMENTED && { description: 'Return only the value in force on this date', example: '2015-06-01' }),
      lang: langQuery,
    }),
  },
  responses: DOCUMENTED && {
    200: {
      description: 'History, or the value on the date',
      content: { 'application/json': { schema: z.union([parameterHistorySchema, parameterOneSchema]) } },
    },
    ...problems,
  },
});

const scaleRoute = createRoute({
  method: 'get',
  path: '/v1/tables/{id}/scales/{sheet}',
  operationId: DOCUMENTED && 'getScale',
  tags: DOCUMENTED && ['tables'],
  summary: DOCUMENTED && 'One bracket/case sheet: all rows, or the rows in force on ?date=',
  request: {
    params: z.object({
      id: tableIdParam,
      sheet: z.string().openapi({ param: { name: 'sheet', in: 'path' }, example: 'inpatient_levels' }),
    }),
    query: z.object({ date: isoDateSchema.optional(), lang: langQuery }),
  },
  responses: DOCUMENTED && {
    200: {
      description: 'The sheet',
      content: { 'application/json': { schema: scaleAnswerSchema } },
    },
    ...problems,
  },
});

export function tableRoutes(bundle: ServedBundle) {
  const app = new OpenAPIHono<AppEnv>();

  const unknownTable = (id: string) => unknownTableProblem(bundle, id);
  const notCovered = (t: CompiledTable, date: string) =>
    problem(
      'date-not-covered',
      {
        zh: `${t.title.zh}没有 ${date} 有效的数值：本表的数值自 ${t.coverage.from} 起${t.coverage.to ? `，至 ${t.coverage.to} 止` : ''}。`,
        en: `${t.id} has no version in force on ${date}; it covers ${t.coverage.from} to ${t.coverage.to ?? 'open end'}.`,
      },
      {
        covered: t.coverage,
      },
    );

  return app
    .openapi(listRoute, (c) => {
      const lang = resolveLang(c);
      return c.json(
        {
          tables: Object.values(bundle.summaries).map((t) => summarize(t, lang)),
          dataVersion: `${bundle.packageVersion}+${bundle.hash.slice(0, 12)}`,
        },
        200,
      );
    })
    .openapi(tableRoute, (c) => {
      const lang = resolveLang(c);
      const { id } = c.req.valid('param');
      const t = findTable(bundle, id);
      if (!t) throw new ProblemError(unknownTable(id));
      const date = c.req.valid('query').date ?? shanghaiDate(Date.now());
      if (!covers(t, date)) throw new ProblemError(notCovered(t, date));
      c.set('representation', tableOnDateRepresentation(t.id, date, lang));
      return c.json(tableOnDate(t, date, lang), 200);
    })
    .openapi(parameterRoute, (c) => {
      const lang = resolveLang(c);
      const { id, key } = c.req.valid('param');
      const t = findTable(bundle, id);
      if (!t) throw new ProblemError(unknownTable(id));
      const p = t.parameters.find((x) => x.key === key);
      if (!p)
        throw new ProblemError(
          problem('not-found', { zh: `${t.title.zh}没有参数“${key}”。`, en: `Table ${id} has no parameter "${key}".` }),
        );
      const date = c.req.valid('query').date;
      if (!date) {
        return c.json(
          {
            table: tableHeading(t, lang),
            key: p.key,
            label: pick(p.label, lang),
            unit: p.unit,
            history: p.history.map((h) => presentValue(h, lang, p.labels)),
          },
          200,
        );
      }
      const v = valueOn(p, date);
      if (!v) {
        const ranges = p.history.map((h) => `${h.from}…${h.to ?? ''}`).join(', ');
        throw new ProblemError(
          problem(
            'not-in-force',
            {
              zh: `${t.title.zh}的“${p.label.zh}”在 ${date} 没有有效的数值；有数值的期间：${ranges}。`,
              en: `${id} ${key} has no value in force on ${date}; its values cover ${ranges}.`,
            },
            {
              covered: { from: p.history[0]!.from, to: p.history.at(-1)!.to },
            },
          ),
        );
      }
      return c.json(
        {
          table: tableHeading(t, lang),
          date,
          key: p.key,
          label: pick(p.label, lang),
          unit: p.unit,
          notices: coverageNotices(t, [date], new Set([v.citation.document])),
          ...presentValue(v, lang, p.labels),
        },
        200,
      );
    })
    .openapi(scaleRoute, (c) => {
      const lang = resolveLang(c);
      const { id, sheet } = c.req.valid('param');
      const t = findTable(bundle, id);
      if (!t) throw new ProblemError(unknownTable(id));
      const s = t.scales.find((x) => x.id === sheet);
      if (!s)
        throw new ProblemError(
          problem('not-found', {
            zh: `${t.title.zh}没有分档表“${sheet}”。`,
            en: `Table ${id} has no sheet "${sheet}". Its sheets: ${t.scales.map((x) => x.id).join(', ')}.`,
          }),
        );
      const date = c.req.valid('query').date;
      if (date && !covers(t, date)) throw new ProblemError(notCovered(t, date));
      const rows = date ? rowsOn(s, date) : s.rows;
      const notices = date ? { notices: coverageNotices(t, [date], new Set(rows.map((r) => r.citation.document))) } : {};
      return c.json({ table: tableHeading(t, lang), scale: presentScale(s, rows, lang), ...notices }, 200);
    });
}
