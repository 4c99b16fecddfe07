import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { covers, findTable, rowsOn, shanghaiDate, valueOn } from '../engine/lookup';
import { NOT_PUBLISHED, pick, resolveLang, type Lang } from '../http/lang';
import { problem, ProblemError, problemSchema } from '../http/problem';
import type { CompiledBundle, CompiledParameter, CompiledScale, CompiledTable, DatedValue, ScaleRow } from '../tables/model';
import {
  citationOf,
  citationSchema,
  isoDateSchema,
  rangeSchema,
  sourceDocumentSchema,
  valueCitationsSchema,
  valueSchema,
} from '../tables/model';
import { unitSchema } from '../tables/units';
import type { AppEnv } from '../env';

// ---------------------------------------------------------------------------------------------
// Response shapes (also the OpenAPI schemas).

export const langQuery = z
  .enum(['zh', 'zh-CN', 'en'])
  .optional()
  .openapi({ description: 'Label language; overrides Accept-Language (default zh-CN)', example: 'en' });
const dateQuery = isoDateSchema
  .optional()
  .openapi({ description: 'Date the values must be in force on (default: today in Asia/Shanghai)', example: '2015-06-01' });
export const tableIdParam = z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'employee-medical-insurance' });

const tableSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    titles: z.object({ zh: z.string(), en: z.string() }),
    domain: z.string(),
    authority: z.string(),
    sources: z.array(sourceDocumentSchema),
    version: z.string(),
    hash: z.string(),
    coverage: z.object({ from: isoDateSchema, to: isoDateSchema.nullable() }),
    parameterCount: z.number().int(),
    scaleCount: z.number().int(),
    links: z.object({ self: z.string(), explore: z.string() }),
  })
  .openapi('TableSummary');

export const valueInForceSchema = z
  .object({
    value: valueSchema,
    published: z.boolean(),
    notice: z
      .string()
      .optional()
      .openapi({ description: 'Present when the source does not publish the value', example: 'not published in the source' }),
    from: isoDateSchema,
    to: isoDateSchema.nullable(),
    citation: citationSchema.openapi({
      description:
        "Where this value is published. A value carried over unchanged from the previous dated row keeps that row's citation, so it can differ from `rowCitation`",
    }),
    rowCitation: citationSchema
      .optional()
      .openapi({ description: "The dated row's own citation (its source and article), present when it differs from `citation`" }),
    note: z.string().nullable(),
    cell: z.string(),
  })
  .openapi('DatedValue');

const parameterInForceSchema = z
  .object({
    key: z.string().openapi({ example: 'inpatient.annual_cap' }),
    label: z.string(),
    unit: unitSchema,
    link: z.string(),
  })
  .merge(valueInForceSchema)
  .openapi('ParameterValue');

export const scaleRowOutSchema = z
  .object({
    cells: z.record(z.string(), valueSchema),
    ranges: z.record(z.string(), rangeSchema),
    unpublished: z.array(z.string()),
    notice: z.string().optional(),
    from: isoDateSchema,
    to: isoDateSchema.nullable(),
    citation: citationSchema.openapi({
      description: "The row's citation (its source and article): of every value without its own in `citations`",
    }),
    citations: valueCitationsSchema.optional(),
    note: z.string().nullable(),
    row: z.number().int(),
  })
  .openapi('ScaleRow');

const scaleOutSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    columns: z.array(z.object({ id: z.string(), kind: z.enum(['dimension', 'range', 'value']), unit: unitSchema, label: z.string() })),
    rows: z.array(scaleRowOutSchema),
  })
  .openapi('Scale');

export const tableRefSchema = z.object({ id: z.string(), title: z.string(), version: z.string(), hash: z.string() });

const tableAtDateSchema = z
  .object({
    table: tableRefSchema,
    date: isoDateSchema,
    lang: z.enum(['zh-CN', 'en']),
    parameters: z.array(parameterInForceSchema),
    scales: z.array(scaleOutSchema),
  })
  .openapi('TableAtDate');

const parameterHistorySchema = z
  .object({ table: tableRefSchema, key: z.string(), label: z.string(), unit: unitSchema, history: z.array(valueInForceSchema) })
  .openapi('ParameterHistory');

const parameterOneSchema = z
  .object({ table: tableRefSchema, date: isoDateSchema, key: z.string(), label: z.string(), unit: unitSchema })
  .merge(valueInForceSchema)
  .openapi('ParameterOnDate');

// ---------------------------------------------------------------------------------------------
// Presenters: compiled data → API shapes in one language.

export const tableRef = (t: CompiledTable, lang: Lang) => ({ id: t.id, title: pick(t.title, lang), version: t.version, hash: t.hash });

export function presentValue(v: DatedValue, lang: Lang) {
  return {
    value: v.value,
    published: v.published,
    ...(v.published ? {} : { notice: pick(NOT_PUBLISHED, lang) }),
    from: v.from,
    to: v.to,
    citation: citationOf(v, 'value'),
    ...(v.citations?.value ? { rowCitation: v.citation } : {}),
    note: v.note,
    cell: v.cell,
  };
}

export const presentParameter = (t: CompiledTable, p: CompiledParameter, v: DatedValue, lang: Lang) => ({
  key: p.key,
  label: pick(p.label, lang),
  unit: p.unit,
  link: `/v1/tables/${t.id}/parameters/${p.key}`,
  ...presentValue(v, lang),
});

export const presentScale = (s: CompiledScale, rows: ScaleRow[], lang: Lang) => ({
  id: s.id,
  label: pick(s.label, lang),
  columns: s.columns.map((c) => ({ id: c.id, kind: c.kind, unit: c.unit, label: pick(c.label, lang) })),
  rows: rows.map((r) => ({
    cells: r.cells,
    ranges: r.ranges,
    unpublished: r.unpublished,
    ...(r.unpublished.length ? { notice: pick(NOT_PUBLISHED, lang) } : {}),
    from: r.from,
    to: r.to,
    citation: r.citation,
    ...(r.citations ? { citations: r.citations } : {}),
    note: r.note,
    row: r.row,
  })),
});

export const summarize = (t: CompiledTable, lang: Lang) => ({
  id: t.id,
  title: pick(t.title, lang),
  titles: t.title,
  domain: t.domain,
  authority: pick(t.authority, lang),
  sources: t.sources,
  version: t.version,
  hash: t.hash,
  coverage: t.coverage,
  parameterCount: t.parameters.length,
  scaleCount: t.scales.length,
  links: { self: `/v1/tables/${t.id}`, explore: `/explore/${t.id}` },
});

// ---------------------------------------------------------------------------------------------
// Routes.

const problems = {
  404: { description: 'Unknown table or parameter', content: { 'application/problem+json': { schema: problemSchema } } },
  422: { description: 'Invalid query, or a date no version covers', content: { 'application/problem+json': { schema: problemSchema } } },
};

const listRoute = createRoute({
  method: 'get',
  path: '/v1/tables',
  tags: ['tables'],
  summary: 'List every table',
  request: { query: z.object({ lang: langQuery }) },
  responses: {
    200: {
      description: 'Every compiled table',
      content: { 'application/json': { schema: z.object({ tables: z.array(tableSummarySchema), dataVersion: z.string() }) } },
    },
  },
});

const tableRoute = createRoute({
  method: 'get',
  path: '/v1/tables/{id}',
  tags: ['tables'],
  summary: 'All values of a table in force on a date',
  request: { params: z.object({ id: tableIdParam }), query: z.object({ date: dateQuery, lang: langQuery }) },
  responses: { 200: { description: 'Values in force', content: { 'application/json': { schema: tableAtDateSchema } } }, ...problems },
});

const parameterRoute = createRoute({
  method: 'get',
  path: '/v1/tables/{id}/parameters/{key}',
  tags: ['tables'],
  summary: "One parameter's dated history, or its value on ?date=",
  request: {
    params: z.object({
      id: tableIdParam,
      key: z.string().openapi({ param: { name: 'key', in: 'path' }, example: 'inpatient.annual_cap' }),
    }),
    query: z.object({
      date: isoDateSchema.optional().openapi({ description: 'Return only the value in force on this date', example: '2015-06-01' }),
      lang: langQuery,
    }),
  },
  responses: {
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
  tags: ['tables'],
  summary: 'One bracket/case sheet: all rows, or the rows in force on ?date=',
  request: {
    params: z.object({
      id: tableIdParam,
      sheet: z.string().openapi({ param: { name: 'sheet', in: 'path' }, example: 'inpatient_levels' }),
    }),
    query: z.object({ date: isoDateSchema.optional(), lang: langQuery }),
  },
  responses: {
    200: {
      description: 'The sheet',
      content: { 'application/json': { schema: z.object({ table: tableRefSchema, scale: scaleOutSchema }) } },
    },
    ...problems,
  },
});

export function tableRoutes(bundle: CompiledBundle) {
  const app = new OpenAPIHono<AppEnv>();

  const unknownTable = (id: string) => problem('not-found', `No table "${id}". Known tables: ${Object.keys(bundle.tables).join(', ')}.`);
  const notCovered = (t: CompiledTable, date: string) =>
    problem(
      'date-not-covered',
      `${t.id} has no version in force on ${date}; it covers ${t.coverage.from} to ${t.coverage.to ?? 'open end'}.`,
      {
        covered: t.coverage,
      },
    );

  return app
    .openapi(listRoute, (c) => {
      const lang = resolveLang(c);
      return c.json(
        {
          tables: Object.values(bundle.tables).map((t) => summarize(t, lang)),
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
      const parameters = t.parameters.flatMap((p) => {
        const v = valueOn(p, date);
        return v ? [presentParameter(t, p, v, lang)] : [];
      });
      const scales = t.scales.map((s) => presentScale(s, rowsOn(s, date), lang));
      return c.json({ table: tableRef(t, lang), date, lang, parameters, scales }, 200);
    })
    .openapi(parameterRoute, (c) => {
      const lang = resolveLang(c);
      const { id, key } = c.req.valid('param');
      const t = findTable(bundle, id);
      if (!t) throw new ProblemError(unknownTable(id));
      const p = t.parameters.find((x) => x.key === key);
      if (!p) throw new ProblemError(problem('not-found', `Table ${id} has no parameter "${key}".`));
      const date = c.req.valid('query').date;
      if (!date) {
        return c.json(
          {
            table: tableRef(t, lang),
            key: p.key,
            label: pick(p.label, lang),
            unit: p.unit,
            history: p.history.map((h) => presentValue(h, lang)),
          },
          200,
        );
      }
      const v = valueOn(p, date);
      if (!v) {
        const ranges = p.history.map((h) => `${h.from}…${h.to ?? ''}`).join(', ');
        throw new ProblemError(
          problem('not-in-force', `${id} ${key} has no value in force on ${date}; its values cover ${ranges}.`, {
            covered: { from: p.history[0]!.from, to: p.history.at(-1)!.to },
          }),
        );
      }
      return c.json(
        { table: tableRef(t, lang), date, key: p.key, label: pick(p.label, lang), unit: p.unit, ...presentValue(v, lang) },
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
          problem('not-found', `Table ${id} has no sheet "${sheet}". Its sheets: ${t.scales.map((x) => x.id).join(', ')}.`),
        );
      const date = c.req.valid('query').date;
      if (date && !covers(t, date)) throw new ProblemError(notCovered(t, date));
      return c.json({ table: tableRef(t, lang), scale: presentScale(s, date ? rowsOn(s, date) : s.rows, lang) }, 200);
    });
}
