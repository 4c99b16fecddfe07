import { DOCUMENTED } from '../documented';
import { laterOf } from '../engine/dates';
import { issue } from '../engine/issue';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { changesBetween } from '../engine/changes';
import { findTable, shanghaiDate } from '../engine/lookup';
import { coverageNotices, noticeSchema } from '../engine/notices';
import { pick, resolveLang } from '../http/lang';
import { ProblemError, problemSchema, validationProblem } from '../http/problem';
import { changeLogEntrySchema, isoDateSchema, rangeSchema, sourceDocumentSchema, valueSchema, type CompiledBundle } from '../tables/model';
import { unitSchema } from '../tables/units';
import {
  unknownTableProblem,
  langQuery,
  presentScale,
  presentValue,
  scaleRowOutSchema,
  tableIdParam,
  tableHeading,
  tableHeadingSchema,
  valueInForceSchema,
} from './lookup-shapes';

/**
 * History of a table: the policy changes between two dates (GET /v1/tables/{id}/changes) and the
 * workbook's change log with the data hash of this build (GET /v1/tables/{id}/versions).
 */

const calendarDate = (description: string, example: string) => isoDateSchema.openapi(DOCUMENTED && { description, example });

const changeKind =
  DOCUMENTED &&
  z.enum(['changed', 'added', 'removed']).openapi(
    DOCUMENTED && {
      description:
        'changed: in force on both dates with different values (including a figure that is not published on one of them: `published: false`); added: in force on `to` only; removed: in force on `from` only',
    },
  );

const parameterChangeSchema =
  DOCUMENTED &&
  z
    .object({
      key: z.string().openapi(DOCUMENTED && { example: 'inpatient.annual_cap' }),
      label: z.string(),
      unit: unitSchema,
      link: z.string(),
      change: changeKind,
      before: valueInForceSchema.nullable().openapi(DOCUMENTED && { description: 'The value in force on `from` (null: none)' }),
      after: valueInForceSchema.nullable().openapi(DOCUMENTED && { description: 'The value in force on `to` (null: none)' }),
    })
    .openapi('ParameterChange');

const scaleRowChangeSchema =
  DOCUMENTED &&
  z
    .object({
      change: changeKind,
      case: z
        .record(z.string(), valueSchema)
        .openapi(DOCUMENTED && { description: 'The dimension values of the row (e.g. { level: "3" })' }),
      ranges: z.record(z.string(), rangeSchema),
      columns: z.array(z.string()).openapi(DOCUMENTED && { description: 'Value columns that differ' }),
      before: scaleRowOutSchema.nullable(),
      after: scaleRowOutSchema.nullable(),
    })
    .openapi('ScaleRowChange');

const changesSchema =
  DOCUMENTED &&
  z
    .object({
      table: tableHeadingSchema,
      from: isoDateSchema,
      to: isoDateSchema,
      compared: z.object({ from: isoDateSchema, to: isoDateSchema }).openapi(
        DOCUMENTED && {
          description:
            'the dates actually compared: `from` moves to the first day the table covers when it was earlier (nothing is "added" by the start of the data)',
        },
      ),
      coverage: z.object({ from: isoDateSchema, to: isoDateSchema.nullable() }),
      lang: z.enum(['zh-CN', 'en']),
      notices: z.array(noticeSchema),
      summary: z.object({ parameters: z.number().int(), scaleRows: z.number().int() }),
      parameters: z.array(parameterChangeSchema),
      scales: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          link: z.string(),
          columns: z.array(
            z.object({ id: z.string(), kind: z.enum(['dimension', 'range', 'value']), unit: unitSchema, label: z.string() }),
          ),
          rows: z.array(scaleRowChangeSchema),
        }),
      ),
    })
    .openapi('TableChanges');

const versionsSchema =
  DOCUMENTED &&
  z
    .object({
      table: tableHeadingSchema,
      version: z.string().openapi(
        DOCUMENTED && {
          description:
            "The data version (not a policy date): the date of the workbook's latest change-log line and the number of its lines, maintainers' lines included",
          example: '2015-01-05.3',
        },
      ),
      hash: z.string().openapi(DOCUMENTED && { description: 'SHA-256 of the compiled table' }),
      data: z.object({
        hash: z
          .string()
          .openapi(DOCUMENTED && { description: 'SHA-256 of the whole compiled bundle served by this build (the ETag source)' }),
        packageVersion: z.string(),
        dataVersion: z.string().openapi(DOCUMENTED && { example: '0.1.0+ea8699660495' }),
      }),
      changelog: z.array(changeLogEntrySchema).openapi(
        DOCUMENTED && {
          description:
            'The policy change log of the workbook (what changed in the values, and why), newest first; maintenance records are not served',
        },
      ),
      sources: z.array(sourceDocumentSchema),
    })
    .openapi('TableVersions');

const problems = {
  404: { description: 'Unknown table', content: { 'application/problem+json': { schema: problemSchema } } },
  422: { description: 'Invalid query', content: { 'application/problem+json': { schema: problemSchema } } },
};

const changesRoute = createRoute({
  method: 'get',
  path: '/v1/tables/{id}/changes',
  operationId: DOCUMENTED && 'getTableChanges',
  tags: DOCUMENTED && ['tables'],
  summary: DOCUMENTED && 'Policy changes between two dates: values in force on `from` vs on `to`',
  description:
    DOCUMENTED &&
    'The parameters and scale rows whose value in force differs between the two dates, with both values and their citations. ' +
      '两个日期之间的政策变化：两日有效数值不同的参数与分档行，附新旧数值和出处。',
  request: {
    params: z.object({ id: tableIdParam }),
    query: z
      .object({
        from: calendarDate(DOCUMENTED && 'The earlier date', '2015-06-01'),
        // a year apart: the 2016 values of employee-medical-insurance differ from 2015's
        to: calendarDate(DOCUMENTED && 'The later date (default: today in Asia/Shanghai)', '2016-06-01').optional(),
        lang: langQuery,
      })
      .superRefine((q, ctx) => {
        if (q.to !== undefined && q.to < q.from)
          issue(ctx, ['to'], 'before-from', { zh: '不能早于起始日期（from）', en: 'must not be before from' });
      }),
  },
  responses: DOCUMENTED && { 200: { description: 'The changes', content: { 'application/json': { schema: changesSchema } } }, ...problems },
});

const versionsRoute = createRoute({
  method: 'get',
  path: '/v1/tables/{id}/versions',
  operationId: DOCUMENTED && 'getTableVersions',
  tags: DOCUMENTED && ['tables'],
  summary: DOCUMENTED && "The workbook's change log and the data hash of this build",
  request: { params: z.object({ id: tableIdParam }), query: z.object({ lang: langQuery }) },
  responses: DOCUMENTED && {
    200: { description: 'Versions', content: { 'application/json': { schema: versionsSchema } } },
    404: problems[404],
    422: problems[422],
  },
});

export function historyRoutes(bundle: CompiledBundle) {
  const app = new OpenAPIHono<AppEnv>();
  const table = (id: string) => {
    const t = findTable(bundle, id);
    if (!t) throw new ProblemError(unknownTableProblem(bundle, id));
    return t;
  };
  return app
    .openapi(changesRoute, (c) => {
      const lang = resolveLang(c);
      const t = table(c.req.valid('param').id);
      const q = c.req.valid('query');
      const to = q.to ?? shanghaiDate(Date.now());
      if (to < q.from) {
        // only reachable when `to` defaulted to today and `from` is in the future
        throw new ProblemError(
          validationProblem('query', [
            { path: ['from'], code: 'after-to', message: { zh: `不能晚于截止日期（${to}）`, en: `must not be after to (${to})` } },
          ]),
        );
      }
      // Before the table's coverage there is no data, not "no value": compare from the first day it covers, and say so.
      const start = laterOf(q.from, t.coverage.from);
      const notices = coverageNotices(t, [to]);
      if (start !== q.from)
        notices.unshift({
          code: 'before-coverage',
          zh: `${t.title.zh}的数据自 ${t.coverage.from} 起；${q.from} 时的数值本站没有收录，因此从 ${t.coverage.from} 起比较，不把当时已有的数值算作新增。`,
          en: `The data of ${t.title.en} starts on ${t.coverage.from}; the values of ${q.from} are not collected here, so the comparison starts on ${t.coverage.from} and does not count the values then in force as added.`,
        });
      const changes = start <= to ? changesBetween(t, start, to) : { parameters: [], scales: [] };
      const present = (r: Parameters<typeof presentScale>[1][number] | null, s: Parameters<typeof presentScale>[0]) =>
        r ? presentScale(s, [r], lang).rows[0]! : null;
      return c.json(
        {
          table: tableHeading(t, lang),
          from: q.from,
          to,
          compared: { from: start, to },
          coverage: t.coverage,
          lang,
          notices,
          summary: { parameters: changes.parameters.length, scaleRows: changes.scales.reduce((n, s) => n + s.rows.length, 0) },
          parameters: changes.parameters.map((p) => ({
            key: p.key,
            label: pick(p.label, lang),
            unit: p.unit,
            link: `/v1/tables/${t.id}/parameters/${p.key}`,
            change: p.change,
            before: p.before ? presentValue(p.before, lang) : null,
            after: p.after ? presentValue(p.after, lang) : null,
          })),
          scales: changes.scales.map(({ scale, rows }) => ({
            id: scale.id,
            label: pick(scale.label, lang),
            link: `/v1/tables/${t.id}/scales/${scale.id}`,
            columns: scale.columns.map((col) => ({ id: col.id, kind: col.kind, unit: col.unit, label: pick(col.label, lang) })),
            rows: rows.map((r) => ({
              change: r.change,
              case: r.case,
              ranges: r.ranges,
              columns: r.columns,
              before: present(r.before, scale),
              after: present(r.after, scale),
            })),
          })),
        },
        200,
      );
    })
    .openapi(versionsRoute, (c) => {
      const lang = resolveLang(c);
      const t = table(c.req.valid('param').id);
      return c.json(
        {
          table: tableHeading(t, lang),
          version: t.version,
          hash: t.hash,
          data: {
            hash: bundle.hash,
            packageVersion: bundle.packageVersion,
            dataVersion: `${bundle.packageVersion}+${bundle.hash.slice(0, 12)}`,
          },
          changelog: [...t.changelog].reverse(),
          sources: t.sources,
        },
        200,
      );
    });
}
