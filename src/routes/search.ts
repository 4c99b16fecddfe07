import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { DOCUMENTED } from '../documented';
import type { AppEnv } from '../env';
import { shanghaiDate } from '../engine/lookup';
import { noticeSchema } from '../engine/notices';
import { searchCalculators } from './search-calculators';
import { pageOf } from '../explore/layouts';
import { FIELD_NAMES, HIT_KINDS, MAX_QUERY_LENGTH, searchAnswer, tablesToSearch } from '../explore/search';
import { problemSchema } from '../http/problem';
import { citationSchema, isoDateSchema, localizedSchema, valueSchema } from '../tables/model';
import type { ServedBundle } from '../tables/served';
import { unitSchema } from '../tables/units';

/**
 * GET /v1/search?q=: the explorer's search as JSON (src/explore/search.ts, the same function): tables, source
 * documents, parameters, scale sheets and rows, and calculators, each hit with the value(s) in force on the date,
 * their unit and citation, or why there is none, and the notices of what those values rest on.
 */

export const SEARCH_LIMIT = { default: 20, max: 100 };

const hitValueSchema =
  DOCUMENTED &&
  z
    .object({
      column: z
        .string()
        .nullable()
        .openapi(DOCUMENTED && { description: 'The scale column of the value; null for a parameter' }),
      label: localizedSchema,
      value: valueSchema,
      unit: unitSchema,
      unitName: localizedSchema.openapi(
        DOCUMENTED && { description: 'The unit as people call it (元, 比例, 是/否 / yuan, ratio, yes/no)' },
      ),
      published: z.boolean().openapi(DOCUMENTED && { description: 'false: the source does not publish this value (then `value` is null)' }),
      text: localizedSchema.openapi(
        DOCUMENTED && {
          description: 'The value with its unit as people read it',
          example: { zh: '200,000元', en: 'CNY 200,000' },
        },
      ),
      citation: citationSchema,
    })
    .openapi('SearchHitValue');

const reasonSchema =
  DOCUMENTED &&
  z
    .object({
      code: z.enum([
        'not-published',
        'not-in-force',
        'date-not-covered',
        'table-has-many-values',
        'sheet-has-many-rows',
        'document-has-no-value',
        'calculator-needs-a-request',
      ]),
      zh: z.string(),
      en: z.string(),
    })
    .openapi('SearchHitReason', DOCUMENTED && { description: 'Why a hit shows no value (or only figures the source does not publish)' });

const hitSchema =
  DOCUMENTED &&
  z
    .object({
      kind: z.enum(HIT_KINDS as [string, ...string[]]).openapi(DOCUMENTED && { example: 'parameter' }),
      id: z.string().openapi(
        DOCUMENTED && {
          description: 'Table id, document number, parameter key, sheet id (also of a row) or calculator id',
          example: 'inpatient.annual_cap',
        },
      ),
      row: z
        .number()
        .int()
        .optional()
        .openapi(DOCUMENTED && { description: "A scale row's number in its sheet" }),
      labels: localizedSchema,
      table: z.object({ id: z.string(), title: localizedSchema }).nullable(),
      links: z.object({
        api: z.string().openapi(
          DOCUMENTED && {
            description: 'The JSON of the hit',
            example: '/v1/tables/employee-medical-insurance/parameters/inpatient.annual_cap',
          },
        ),
        page: z.string().openapi(DOCUMENTED && { description: 'The page people read it on (explorer, or the calculator widget)' }),
      }),
      values: z.array(hitValueSchema).openapi(
        DOCUMENTED && {
          description:
            'The value(s) in force on `date`: one for a parameter, one per value column for a scale row; empty for the other kinds, or when none is in force (see `reason`)',
        },
      ),
      reason: reasonSchema.nullable(),
      period: z
        .object({ from: isoDateSchema, to: isoDateSchema.nullable() })
        .nullable()
        .openapi(
          DOCUMENTED && {
            description: 'When the parameter value or scale row shown is in force',
          },
        ),
      citation: citationSchema
        .nullable()
        .openapi(DOCUMENTED && { description: 'Document and article of the parameter value or scale row shown' }),
      documents: z
        .array(z.string())
        .openapi(DOCUMENTED && { description: 'The documents the item rests on', example: ['嘉政发〔2014〕87号'] }),
      notices: z.array(noticeSchema).openapi(
        DOCUMENTED && {
          description: "What the values shown rest on (a date after the one they were checked through…): the lookups' notices",
        },
      ),
      matched: z.array(z.object({ field: z.enum(FIELD_NAMES as [string, ...string[]]), text: z.string() })).openapi(
        DOCUMENTED && {
          description: 'The fields the words of the query were found in',
        },
      ),
    })
    .openapi('SearchHit');

export const searchAnswerSchema =
  DOCUMENTED &&
  z
    .object({
      query: z.string(),
      terms: z
        .array(z.string())
        .openapi(DOCUMENTED && { description: 'The words searched for (normalised: NFKC, lower case); every one must match' }),
      date: isoDateSchema,
      total: z.number().int(),
      page: z.number().int(),
      pages: z.number().int(),
      limit: z.number().int(),
      hits: z.array(hitSchema).openapi(DOCUMENTED && { description: 'The hits of this page, best first' }),
    })
    .openapi(
      'SearchAnswer',
      DOCUMENTED && { description: 'Every text is given in Chinese and English, so the answer is the same in both languages' },
    );

const searchRoute = createRoute({
  method: 'get',
  path: '/v1/search',
  operationId: DOCUMENTED && 'search',
  tags: DOCUMENTED && ['tables'],
  summary: DOCUMENTED && 'Search tables, parameters, scale rows and calculators; each hit with its value in force and citation',
  description:
    DOCUMENTED &&
    'All the words of `q` must occur in one item (keys, labels in both languages, notes, citations, text values; case and full-width/half-width ignored). ' +
      'Each hit carries the value(s) in force on `date` with unit and citation, or `reason` when it has none, and the notices of what they rest on. ' +
      '搜索政策表、参数、分档行和计算器：每条结果附当日适用的数值、单位和出处（没有数值时说明原因）。',
  request: {
    query: z.object({
      q: z
        .string()
        .trim()
        .min(1)
        .max(MAX_QUERY_LENGTH)
        .openapi(
          DOCUMENTED && { description: 'The words to find (an article such as 第二十五条, a word such as 起付, a key)', example: '起付' },
        ),
      date: isoDateSchema
        .optional()
        .openapi(DOCUMENTED && { description: 'The date of the values shown (default: today in Asia/Shanghai)', example: '2015-06-01' }),
      page: z.coerce
        .number()
        .int()
        .min(1)
        .max(10_000)
        .optional()
        .openapi(DOCUMENTED && { description: 'Page of the hits (default 1)', example: 1 }),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(SEARCH_LIMIT.max)
        .optional()
        .openapi(
          DOCUMENTED && { description: `Hits per page (default ${SEARCH_LIMIT.default}, at most ${SEARCH_LIMIT.max})`, example: 20 },
        ),
    }),
  },
  responses: DOCUMENTED && {
    200: { description: 'The hits', content: { 'application/json': { schema: searchAnswerSchema } } },
    422: { description: 'Invalid query', content: { 'application/problem+json': { schema: problemSchema } } },
    503: {
      description: 'The calculator catalogue asset is missing from this deployment',
      content: { 'application/problem+json': { schema: problemSchema } },
    },
  },
});

export function searchRoutes(bundle: ServedBundle) {
  const app = new OpenAPIHono<AppEnv>();
  return app.openapi(searchRoute, async (c) => {
    const q = c.req.valid('query');
    const today = shanghaiDate(Date.now());
    const date = q.date ?? today;
    const calculators = await searchCalculators(c.env?.ASSETS);
    // only the tables that can hold a hit, found in the prebuilt search index (every table without one)
    const index = await bundle.searchIndex();
    await bundle.ensure(index ? tablesToSearch(index, calculators, q.q) : bundle.ids);
    // links to the explorer's pages: which page of a table holds the hit (the same in both languages)
    const ctx = { lang: 'zh', explicitLang: false, today, path: '/explore', query: {}, dataVersion: '' } as const;
    const answer = searchAnswer(bundle, calculators, q.q, {
      date,
      page: q.page ?? 1,
      limit: q.limit ?? SEARCH_LIMIT.default,
      pageLink: (id, anchor) => {
        const p = pageOf(bundle, ctx, id, date, anchor);
        const params = new URLSearchParams();
        if (date !== today) params.set('date', date);
        if (p > 1) params.set('page', String(p));
        const s = params.toString();
        return `/explore/${id}${s ? `?${s}` : ''}${anchor ? `#${anchor}` : ''}`;
      },
    });
    return c.json(answer, 200);
  });
}
