import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import { isIsoDate, unitSchema } from './units';

/**
 * The compiled form of a workbook: what `scripts/build-tables.ts` writes and the Worker serves.
 * Written once with zod so the same definitions validate the build output, type the Worker and
 * describe the API in OpenAPI.
 */

export const localizedSchema =
  DOCUMENTED &&
  z.object({ zh: z.string(), en: z.string() }).openapi('Localized', DOCUMENTED && { description: 'A text in Chinese and English' });
export type Localized = z.infer<typeof localizedSchema>;

/**
 * A public note of the workbook (its note_zh / note_en columns): plain words with the article, in both languages;
 * null when the row has none. Maintainers' notes are never part of the compiled data.
 */
export const publicNoteSchema =
  DOCUMENTED &&
  localizedSchema.nullable().openapi(
    DOCUMENTED && {
      description:
        'The public note of the row, in Chinese and English (`{ zh, en }`): a reading of the text, why a value is not published…; null when there is none',
      example: {
        zh: '原文未公布：第九条只规定缴费基数的口径。',
        en: 'Not published in the source: article 9 only defines the contribution base.',
      },
    },
  );

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD', abort: true })
  // the code and zh wording of CALENDAR_DATE (src/engine/issue.ts), read by fieldIssuesOf
  .refine(isIsoDate, {
    error: 'must be a valid calendar date YYYY-MM-DD',
    params: { code: 'invalid-format', zh: '应为有效的日期，写成 年-月-日，如 2015-03-01' },
  })
  .openapi(DOCUMENTED && { example: '2015-06-01', description: 'ISO 8601 calendar date' });

export const valueSchema =
  DOCUMENTED &&
  z
    .union([z.number(), z.string(), z.boolean(), z.null()])
    .openapi(DOCUMENTED && { description: 'The value in its unit; null when the source does not publish it' });
export type Value = z.infer<typeof valueSchema>;

export const citationSchema =
  DOCUMENTED &&
  z
    .object({
      document: z.string().openapi(DOCUMENTED && { example: '嘉政发〔2014〕87号' }),
      article: z.string().openapi(DOCUMENTED && { example: '第二十五条' }),
      text: z.string().openapi(DOCUMENTED && { example: '嘉政发〔2014〕87号 第二十五条' }),
    })
    .openapi('Citation', DOCUMENTED && { description: 'Where the value is published: document number and article/section' });
export type Citation = z.infer<typeof citationSchema>;

/**
 * Citations per value, where a value's own citation differs from its row's (`citation`): a value carried over
 * unchanged from the previous row of the same case keeps the citation it had there, unless the row marks it as
 * restated by its own document (the `restates` column, tables/README.md › workbook format). Keyed by column: `value`
 * for a parameter; a value column, or `<range>_min` / `<range>_max` for a bracket's bounds, on a scale row.
 */
export const valueCitationsSchema =
  DOCUMENTED &&
  z.record(z.string(), citationSchema).openapi(
    'ValueCitations',
    DOCUMENTED && {
      description:
        "Citations of single values where they differ from the row's `citation` (a value carried over unchanged from the previous row keeps its own), by column",
    },
  );
/** The citation of one value: its own where it has one, else its row's. */
export const citationOf = (row: { citation: Citation; citations?: Record<string, Citation> }, column: string): Citation =>
  row.citations?.[column] ?? row.citation;

export const datedValueSchema =
  DOCUMENTED &&
  z.object({
    from: isoDateSchema.openapi(DOCUMENTED && { description: 'First day in force (inclusive)' }),
    to: isoDateSchema.nullable().openapi(DOCUMENTED && { description: 'Last day in force (inclusive); null = open-ended' }),
    value: valueSchema,
    published: z.boolean().openapi(DOCUMENTED && { description: 'false: the source does not publish this value (see note)' }),
    /** the row's citation (its source and article columns) */
    citation: citationSchema,
    /** `{ value: … }` when the value's own citation differs from the row's (carried over unchanged) */
    citations: valueCitationsSchema.optional(),
    note: publicNoteSchema,
    cell: z.string().openapi(DOCUMENTED && { description: 'Workbook cell of the value, e.g. parameters!D5', example: 'parameters!D12' }),
  });
export type DatedValue = z.infer<typeof datedValueSchema>;

export const compiledParameterSchema =
  DOCUMENTED &&
  z.object({
    key: z.string(),
    label: localizedSchema,
    unit: unitSchema,
    history: z.array(datedValueSchema),
    /** the words of each code an `enum` parameter takes (its value_zh / value_en columns), by code */
    labels: z.record(z.string(), localizedSchema).optional(),
  });
export type CompiledParameter = z.infer<typeof compiledParameterSchema>;

export const rangeSchema =
  DOCUMENTED &&
  z
    .object({
      min: z.number().nullable(),
      minInclusive: z.boolean(),
      max: z.number().nullable(),
      maxInclusive: z.boolean(),
    })
    .openapi('Range', DOCUMENTED && { description: 'A bracket: null bound = unbounded; inclusive says whether the bound itself belongs' });
export type Range = z.infer<typeof rangeSchema>;

export const scaleColumnSchema =
  DOCUMENTED &&
  z.object({
    id: z.string(),
    kind: z.enum(['dimension', 'range', 'value']),
    unit: unitSchema,
    label: localizedSchema,
  });
export type ScaleColumn = z.infer<typeof scaleColumnSchema>;

export const scaleRowSchema =
  DOCUMENTED &&
  z.object({
    from: isoDateSchema,
    to: isoDateSchema.nullable(),
    cells: z.record(z.string(), valueSchema),
    ranges: z.record(z.string(), rangeSchema),
    unpublished: z
      .array(z.string())
      .openapi(DOCUMENTED && { description: 'Value columns left empty because the source does not publish them' }),
    /** the row's citation (its source and article columns) */
    citation: citationSchema,
    /** per column, where a value's own citation differs from the row's */
    citations: valueCitationsSchema.optional(),
    note: publicNoteSchema,
    row: z
      .number()
      .int()
      .openapi(DOCUMENTED && { description: 'Row number in the sheet' }),
  });
export type ScaleRow = z.infer<typeof scaleRowSchema>;

export const compiledScaleSchema =
  DOCUMENTED &&
  z.object({
    id: z.string(),
    label: localizedSchema,
    columns: z.array(scaleColumnSchema),
    rows: z.array(scaleRowSchema),
    /**
     * The words of each code, by column then code: from the sheet's `<column>_zh` / `<column>_en` label columns
     * (tables/README.md › workbook format). Absent when no column of the sheet holds codes.
     */
    labels: z.record(z.string(), z.record(z.string(), localizedSchema)).optional(),
  });
export type CompiledScale = z.infer<typeof compiledScaleSchema>;

export const sourceDocumentSchema =
  DOCUMENTED &&
  z
    .object({
      number: z.string().openapi(DOCUMENTED && { example: '嘉政发〔2014〕87号' }),
      title: localizedSchema,
      issued: isoDateSchema.nullable(),
      effective: isoDateSchema.nullable(),
      link: z
        .string()
        .nullable()
        .openapi(DOCUMENTED && { description: 'The address the document is published at; null when none is known' }),
      note: publicNoteSchema,
      effectiveReading: z
        .object({ earliest: isoDateSchema, latest: isoDateSchema, note: localizedSchema })
        .nullable()
        .optional()
        .openapi(
          DOCUMENTED && {
            description:
              'Set when the text leaves the in-force date open: `effective` is the date this data set reads, anywhere from `earliest` to `latest`, for the reason in `note`',
          },
        ),
    })
    .openapi('SourceDocument');
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

/** A line of the public change log: what changed in the values, and why. */
export const changeLogEntrySchema =
  DOCUMENTED &&
  z
    .object({
      date: isoDateSchema,
      change: localizedSchema.openapi(DOCUMENTED && { description: 'What changed in the values and why, in Chinese and English' }),
    })
    .openapi('ChangeLogEntry', DOCUMENTED && { description: 'A line of the policy change log of a table' });

export const compiledTableSchema =
  DOCUMENTED &&
  z.object({
    id: z.string(),
    title: localizedSchema,
    domain: z.string(),
    description: localizedSchema,
    authority: localizedSchema,
    sources: z.array(sourceDocumentSchema),
    changelog: z.array(changeLogEntrySchema),
    version: z.string(),
    hash: z.string(),
    coverage: z.object({ from: isoDateSchema, to: isoDateSchema.nullable() }),
    verifiedThrough: isoDateSchema.openapi(
      DOCUMENTED && {
        description: 'the date up to which the values were checked against published sources; values for later dates are carried forward',
      },
    ),
    parameters: z.array(compiledParameterSchema),
    scales: z.array(compiledScaleSchema),
  });
export type CompiledTable = z.infer<typeof compiledTableSchema>;

export const compiledBundleSchema =
  DOCUMENTED &&
  z.object({
    format: z.literal(1),
    packageVersion: z.string(),
    hash: z.string(),
    tables: z.record(z.string(), compiledTableSchema),
  });
export type CompiledBundle = z.infer<typeof compiledBundleSchema>;
