import { DOCUMENTED } from '../documented';
/** The shapes of lookup answers (zod, so also their OpenAPI schemas) and how a compiled table is presented in them. */
import { z } from '@hono/zod-openapi';
import { isLangQuery, LANG_QUERY_VALUES, NOT_PUBLISHED, pick, type Lang } from '../http/lang';
import type { CompiledBundle, CompiledParameter, CompiledScale, CompiledTable, DatedValue, Localized, ScaleRow } from '../tables/model';
import { problem } from '../http/problem';
import { failsWith } from '../engine/issue';
import {
  citationOf,
  citationSchema,
  isoDateSchema,
  publicNoteSchema,
  rangeSchema,
  sourceDocumentSchema,
  valueCitationsSchema,
  valueSchema,
} from '../tables/model';
import type { ServedBundle, TableSummary } from '../tables/served';
import { unitSchema } from '../tables/units';
import { coverageNotices, noticeDates, noticeSchema } from '../engine/notices';
import { covers, rowsOn, valueDates, valueOn } from '../engine/lookup';
import { addDays } from '../engine/dates';

export const langQuery = z
  .string()
  .refine(
    isLangQuery,
    failsWith('invalid-option', {
      zh: '应为以下之一：zh、zh-CN、en（不区分大小写）',
      en: 'must be one of "zh", "zh-CN", "en" (any letter case)',
    }),
  )
  .optional()
  .openapi(
    DOCUMENTED && {
      enum: [...LANG_QUERY_VALUES],
      description: 'Label language, in any letter case (`EN`, `zh-cn`); overrides Accept-Language (default zh-CN)',
      example: 'en',
    },
  );
/** `?trace=false`: a calculator's answer without its trace, for programs that keep only the figures. */
export const traceQuery = z
  .enum(['true', 'false'])
  .optional()
  .openapi(
    DOCUMENTED && {
      description:
        '`false` leaves the `trace` out of the answer (of every answer of a batch or a reform), for programs that keep only the figures; the default, `true`, is the explained answer. Nothing else changes.',
      example: 'false',
    },
  );
export const dateQuery = isoDateSchema
  .optional()
  .openapi(DOCUMENTED && { description: 'Date the values must be in force on (default: today in Asia/Shanghai)', example: '2015-06-01' });
export const tableIdParam = z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'employee-medical-insurance' });

export const tableSummarySchema =
  DOCUMENTED &&
  z
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

export const valueInForceSchema =
  DOCUMENTED &&
  z
    .object({
      value: valueSchema,
      valueLabel: z
        .string()
        .optional()
        .openapi(DOCUMENTED && { description: 'The words of a code value (`enum`), in the language asked for', example: '自然年度' }),
      published: z.boolean(),
      notice: z
        .string()
        .optional()
        .openapi(
          DOCUMENTED && { description: 'Present when the source does not publish the value', example: 'not published in the source' },
        ),
      from: isoDateSchema,
      to: isoDateSchema.nullable(),
      citation: citationSchema.openapi(
        DOCUMENTED && {
          description:
            "Where this value is published. A value carried over unchanged from the previous dated row keeps that row's citation, so it can differ from `rowCitation`",
        },
      ),
      rowCitation: citationSchema
        .optional()
        .openapi(
          DOCUMENTED && { description: "The dated row's own citation (its source and article), present when it differs from `citation`" },
        ),
      note: publicNoteSchema,
      cell: z.string(),
    })
    .openapi('DatedValue');

export const parameterInForceSchema =
  DOCUMENTED &&
  z
    .object({
      key: z.string().openapi(DOCUMENTED && { example: 'inpatient.annual_cap' }),
      label: z.string(),
      unit: unitSchema,
      link: z.string(),
    })
    .merge(valueInForceSchema)
    .openapi('ParameterValue');

export const scaleRowOutSchema =
  DOCUMENTED &&
  z
    .object({
      cells: z.record(z.string(), valueSchema),
      ranges: z.record(z.string(), rangeSchema),
      unpublished: z.array(z.string()),
      notice: z.string().optional(),
      from: isoDateSchema,
      to: isoDateSchema.nullable(),
      citation: citationSchema.openapi(
        DOCUMENTED && {
          description: "The row's citation (its source and article): of every value without its own in `citations`",
        },
      ),
      citations: valueCitationsSchema.optional(),
      note: publicNoteSchema,
      row: z.number().int(),
    })
    .openapi('ScaleRow');

export const scaleOutSchema =
  DOCUMENTED &&
  z
    .object({
      id: z.string(),
      label: z.string(),
      columns: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(['dimension', 'range', 'value']),
          unit: unitSchema,
          label: z.string(),
          labels: z
            .record(z.string(), z.string())
            .optional()
            .openapi(DOCUMENTED && { description: "The words of the column's codes, by code, in the language asked for" }),
        }),
      ),
      rows: z.array(scaleRowOutSchema),
    })
    .openapi('Scale');

export const tableHeadingSchema =
  DOCUMENTED &&
  z.object({
    id: z.string(),
    title: z.string(),
    version: z.string().openapi(DOCUMENTED && { description: 'the data version of the workbook (its change log), not a policy date' }),
    hash: z.string(),
    verifiedThrough: isoDateSchema.openapi(
      DOCUMENTED && { description: 'the values were checked against published sources up to this date' },
    ),
  });

const noticesField =
  DOCUMENTED &&
  z.array(noticeSchema).openapi(
    DOCUMENTED && {
      description:
        'What the values rest on that a reader should know: a date after the one they were checked through, an in-force date the text leaves open',
    },
  );

export const tableAtDateSchema =
  DOCUMENTED &&
  z
    .object({
      table: tableHeadingSchema,
      date: isoDateSchema,
      lang: z.enum(['zh-CN', 'en']),
      parameters: z.array(parameterInForceSchema),
      scales: z.array(scaleOutSchema),
      notices: noticesField,
    })
    .openapi('TableAtDate');

export const parameterHistorySchema =
  DOCUMENTED &&
  z
    .object({ table: tableHeadingSchema, key: z.string(), label: z.string(), unit: unitSchema, history: z.array(valueInForceSchema) })
    .openapi('ParameterHistory');

export const parameterOneSchema =
  DOCUMENTED &&
  z
    .object({ table: tableHeadingSchema, date: isoDateSchema, key: z.string(), label: z.string(), unit: unitSchema, notices: noticesField })
    .merge(valueInForceSchema)
    .openapi('ParameterOnDate');

/** A scale sheet, whole or on ?date= (then with the notices of that date). */
export const scaleAnswerSchema =
  DOCUMENTED && z.object({ table: tableHeadingSchema, scale: scaleOutSchema, notices: noticesField.optional() });

// ---------------------------------------------------------------------------------------------
// Presenters: compiled data → API shapes in one language.

export const tableHeading = (t: CompiledTable, lang: Lang) => ({
  id: t.id,
  title: pick(t.title, lang),
  version: t.version,
  hash: t.hash,
  verifiedThrough: t.verifiedThrough,
});

export function presentValue(v: DatedValue, lang: Lang, labels?: Record<string, Localized>) {
  return {
    value: v.value,
    ...(typeof v.value === 'string' && labels?.[v.value] ? { valueLabel: pick(labels[v.value]!, lang) } : {}),
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
  ...presentValue(v, lang, p.labels),
});

/** A column's code words in one language. */
const wordsIn = (labels: Record<string, Localized> | undefined, lang: Lang) =>
  labels ? { labels: Object.fromEntries(Object.entries(labels).map(([code, l]) => [code, pick(l, lang)])) } : {};

export const presentScale = (s: CompiledScale, rows: ScaleRow[], lang: Lang) => ({
  id: s.id,
  label: pick(s.label, lang),
  columns: s.columns.map((c) => ({ id: c.id, kind: c.kind, unit: c.unit, label: pick(c.label, lang), ...wordsIn(s.labels?.[c.id], lang) })),
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

/**
 * The answer of `GET /v1/tables/{id}?date=`: every parameter and case sheet of `t` in force on `date` (covered by the
 * table), in `lang`. The route computes it here, and so does the build for the prepared answers the API Worker serves
 * (scripts/lib/prepared-lookups.ts): one way to make it.
 */
export function tableOnDate(t: CompiledTable, date: string, lang: Lang) {
  const parameters = t.parameters.flatMap((p) => {
    const v = valueOn(p, date);
    return v ? [presentParameter(t, p, v, lang)] : [];
  });
  const scales = t.scales.map((s) => presentScale(s, rowsOn(s, date), lang));
  return { table: tableHeading(t, lang), date, lang, parameters, scales, notices: coverageNotices(t, [date]) };
}

/**
 * The periods of `tableOnDate(t, ·, lang)`: on every day of one, the answer is the same but for the date it names. They
 * run from the coverage's first day to its last (`to` null: open-ended), split at every day the values in force
 * (`valueDates`) or the notices (`noticeDates`) may change.
 */
export function tableOnDatePeriods(t: CompiledTable): { from: string; to: string | null }[] {
  const starts = [...new Set([...valueDates(t), ...noticeDates(t)])].filter((d) => covers(t, d)).sort();
  return starts.map((from, i) => ({ from, to: i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : t.coverage.to }));
}

export const summarize = (t: TableSummary, lang: Lang) => ({
  id: t.id,
  title: pick(t.title, lang),
  titles: t.title,
  domain: t.domain,
  authority: pick(t.authority, lang),
  sources: t.sources,
  version: t.version,
  hash: t.hash,
  coverage: t.coverage,
  parameterCount: t.parameterCount,
  scaleCount: t.scaleCount,
  links: { self: `/v1/tables/${t.id}`, explore: `/explore/${t.id}` },
});

/** The 404 of a table id this deployment does not have. */
export const unknownTableProblem = (bundle: CompiledBundle | ServedBundle, id: string) =>
  problem('not-found', {
    zh: `没有名为“${id}”的数据表。`,
    en: `No table "${id}". Known tables: ${('ids' in bundle ? bundle.ids : Object.keys(bundle.tables)).join(', ')}.`,
  });
