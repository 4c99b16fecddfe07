import { DOCUMENTED } from '../documented';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import type { ServedBundle } from '../tables/served';
import { calculatorCatalogue, type CatalogueEntry } from '../api-description';
import { type CalculatorEntry, calculatorEntries } from '../policy/registry';
import { type Calculator, calculate, dataRefSchema, responseSchema } from '../engine/calculator';
import { applyReform } from '../engine/reform';
import { EngineError, type FieldIssue } from '../engine/errors';
import { fieldIssuesOf } from '../engine/input-issues';
import { type JsonNode, moneyPaths, sumMoney } from './money-fields';
import { pick, resolveLang, type Lang } from '../http/lang';
import { problemSchema, ProblemError, validationProblem } from '../http/problem';
import { localizedSchema, type CompiledBundle } from '../tables/model';
import { langQuery, traceQuery } from './lookup-shapes';

const problemContent = { 'application/problem+json': { schema: problemSchema } };

/** GET /v1/calculators: the catalogue in one language, with the version of the data each calculator reads. */
export function listCalculators(catalogue: CatalogueEntry[], bundle: ServedBundle, lang: Lang) {
  return catalogue.map((entry) => {
    const table: string | undefined = entry.table;
    const data = table ? bundle.summaries[table] : undefined;
    return {
      id: entry.id,
      title: pick(entry.title, lang),
      titles: entry.title,
      description: pick(entry.description, lang),
      table: table ?? null,
      data: data ? { table: data.id, version: data.version, hash: data.hash } : null,
      coverage: data ? { from: data.coverage.from, to: data.coverage.to, verifiedThrough: data.verifiedThrough } : null,
      endpoint: `/v1/calculators/${entry.id}`,
      input: entry.input,
      output: entry.output,
      examples: entry.examples,
      disclaimer: entry.disclaimer ? pick(entry.disclaimer, lang) : null,
      readings: (entry.readings ?? []).map((r) => ({ article: r.article, text: pick(r.text, lang) })),
    };
  });
}

/** `employee-medical-settlement` → `calculateEmployeeMedicalSettlement`: the operationId of a calculator, stable with its id. */
export const calculatorOperationId = (id: string) => `calculate${id.replace(/(?:^|-)([a-z0-9])/g, (_, ch: string) => ch.toUpperCase())}`;

/**
 * The request paths (JSON Pointers) whose value the request left out and the schema's default filled in (a `false`,
 * a `0`, `local`, today's date): found by walking the validated input beside the body as sent, so it holds for every
 * calculator without a list per calculator. In array order, then key order.
 */
export function defaultsApplied(sent: unknown, validated: unknown, at = ''): string[] {
  if (Array.isArray(validated))
    return validated.flatMap((v, i) => defaultsApplied(Array.isArray(sent) ? sent[i] : undefined, v, `${at}/${i}`));
  if (!validated || typeof validated !== 'object') return [];
  const given = sent && typeof sent === 'object' && !Array.isArray(sent) ? (sent as Record<string, unknown>) : {};
  return Object.entries(validated).flatMap(([k, v]) => {
    if (v === undefined) return [];
    const path = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return given[k] === undefined ? [path] : defaultsApplied(given[k], v, path);
  });
}

/** The money fields of a calculator's answer, from its output schema in the catalogue asset. */
export const moneyPathsOf = async (assets: Fetcher | undefined, id: string) =>
  moneyPaths((await calculatorCatalogue(assets)).find((e) => e.id === id)?.output as JsonNode);

/** `data` of a calculator's answer: the version of the table it read. */
export const dataOf = (bundle: CompiledBundle, calc: { table: { id: string } }) => {
  const table = bundle.tables[calc.table.id]!;
  return { table: table.id, version: table.version, hash: table.hash };
};

/**
 * The answer on the reformed table, or a 422 naming `reform` when the reformed values leave the rules without an answer
 * (a deadline of 0 working days, a rate that makes the funding inconsistent…): the request itself was answered, so what
 * fails is the reform, never a 500.
 */
function reformedAnswer<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    const why = e instanceof EngineError ? e.text : { zh: '改革后的数值超出了计算范围', en: 'the reformed values are out of range' };
    if (!(e instanceof EngineError)) console.error(e);
    throw new ProblemError(
      validationProblem('body', [
        {
          path: ['reform'],
          code: 'reform-not-computable',
          message: { zh: `按改革后的数值无法计算：${why.zh}`, en: `the answer cannot be computed with the reformed values: ${why.en}` },
        },
      ]),
    );
  }
}

/** A request body split into the calculator's request and its what-if `reform` (undefined when it has none). */
export function splitReform(sent: unknown): { request: unknown; reform: unknown } {
  if (!sent || typeof sent !== 'object' || Array.isArray(sent) || !Object.hasOwn(sent, 'reform'))
    return { request: sent, reform: undefined };
  const { reform, ...request } = sent as Record<string, unknown>;
  return { request, reform };
}

/**
 * The answer to one request (single or batch item): the calculator's answer with `data` and `defaultsApplied`; with a
 * reform, `{ baseline, reform, difference }` — the answer on the compiled table, the answer on the table with the
 * reform's values, and per money field (`paths`) reform − baseline in yuan. A bad request or reform throws its problem
 * (ProblemError, or an invalid-input EngineError naming `/reform/…`). `options.reformed` makes the reformed bundle (a
 * batch keeps the ones it made); `options.trace: false` leaves every answer's trace out (`?trace=false`).
 */
export function answerTo(
  // biome-ignore lint/suspicious/noExplicitAny: any calculator
  calc: Calculator<any, any, any>,
  bundle: CompiledBundle,
  sent: unknown,
  paths: string[][],
  options: { reformed?: (reform: unknown) => CompiledBundle; trace?: boolean } = {},
): { body: object; reform?: { baseline: object; reform: object } } {
  const { reformed = (r: unknown) => applyReform(bundle, calc.table.id, r), trace = true } = options;
  const { request, reform } = splitReform(sent);
  let other: CompiledBundle | undefined;
  let issues: FieldIssue[] = [];
  try {
    other = reform === undefined ? undefined : reformed(reform);
  } catch (e) {
    if (!(e instanceof EngineError && e.kind === 'invalid-input')) throw e;
    issues = e.details.fields ?? [];
  }
  const parsed = calc.input.safeParse(request);
  // one 422 names every bad field, of the request and of its reform
  if (!parsed.success) issues = [...fieldIssuesOf(parsed.error.issues, request), ...issues];
  if (!parsed.success || issues.length) throw new ProblemError(validationProblem('body', issues));
  const answer = (b: CompiledBundle) => {
    const result: Record<string, unknown> = {
      ...calculate(calc, b, parsed.data),
      data: dataOf(bundle, calc),
      defaultsApplied: defaultsApplied(request, parsed.data),
    };
    if (!trace) delete result.trace;
    return result;
  };
  const baseline = answer(bundle);
  if (!other) return { body: baseline };
  const after = reformedAnswer(() => answer(other));
  const both = { baseline, reform: after };
  return {
    body: {
      ...both,
      difference: sumMoney(paths, [
        [1, after],
        [-1, baseline],
      ]),
    },
    reform: both,
  };
}

/**
 * What the calculator route adds to every calculator's answer: `data` (in responseSchema) and `defaultsApplied`
 * (described at build time, DEFAULTS_APPLIED_DOC in scripts/lib/api-description.ts: its prose stays out of the Worker).
 */
export const answerSchema = (calc: { output: z.ZodType }) => responseSchema(calc).extend({ defaultsApplied: z.array(z.string()) });

/**
 * A calculator's answer schema where the OpenAPI document is built (Node, where src/policy/index.ts has loaded every
 * calculator; scripts/lib/api-description.ts checks each answer is described). The Worker never reads it.
 */
export const documentedAnswer = (entry: CalculatorEntry) => (entry.loaded ? answerSchema(entry.loaded) : z.unknown());

const jsonSchema = z.record(z.string(), z.unknown()).openapi(DOCUMENTED && { description: 'A JSON Schema (draft 2020-12)' });

const catalogueRoute = createRoute({
  method: 'get',
  path: '/v1/calculators',
  operationId: DOCUMENTED && 'listCalculators',
  tags: DOCUMENTED && ['calculators'],
  summary: DOCUMENTED && 'Every calculator: title, description, input and output JSON Schemas, examples and the data version it reads',
  request: { query: z.object({ lang: langQuery }) },
  responses: DOCUMENTED && {
    200: {
      description: 'The calculators, in one language (titles in both)',
      content: {
        'application/json': {
          schema:
            DOCUMENTED &&
            z.object({
              calculators: z.array(
                z.object({
                  // the enum of the ids is added at build time (scripts/lib/api-description.ts)
                  id: z.string().openapi(DOCUMENTED && { example: 'employee-medical-settlement' }),
                  title: z.string(),
                  titles: localizedSchema,
                  description: z.string(),
                  table: z
                    .string()
                    .nullable()
                    .openapi(DOCUMENTED && { description: 'The table the calculator reads' }),
                  data: dataRefSchema.nullable(),
                  coverage: z
                    .object({ from: z.string(), to: z.string().nullable(), verifiedThrough: z.string() })
                    .nullable()
                    .openapi(
                      DOCUMENTED && {
                        description:
                          'the dates the table has values for, and the date through which they were checked against published sources (a form offers the covered years)',
                      },
                    ),
                  endpoint: z.string().openapi(DOCUMENTED && { example: '/v1/calculators/employee-medical-settlement' }),
                  input: jsonSchema,
                  output: jsonSchema,
                  examples: z.record(z.string(), z.object({ summary: z.string(), value: z.unknown() })),
                  disclaimer: z
                    .string()
                    .nullable()
                    .openapi(DOCUMENTED && { description: 'who decides for real: the line a form shows under every answer' }),
                  readings: z.array(z.object({ article: z.string(), text: z.string() })).openapi(
                    DOCUMENTED && {
                      description: 'the readings the calculator applies where the text leaves a question open, each with its article',
                    },
                  ),
                }),
              ),
            }),
        },
      },
    },
    422: { description: 'Invalid ?lang', content: problemContent },
    503: { description: 'The catalogue asset is missing from this deployment', content: problemContent },
  },
});

/**
 * The catalogue and every calculator's route; `only`: one calculator's route alone (the Worker's route group of one
 * calculator, src/route-groups.ts).
 */
export function calculatorRoutes(bundle: ServedBundle, options: { only?: string } = {}) {
  const app = new OpenAPIHono<AppEnv>();

  // Titles, descriptions, examples and JSON Schemas are built at build time (scripts/lib/api-description.ts,
  // read through src/api-description.ts);
  // the data versions are the bundle's, so a rebuilt table shows here at once.
  if (options.only === undefined)
    app.openapi(catalogueRoute, async (c) =>
      c.json({ calculators: listCalculators(await calculatorCatalogue(c.env?.ASSETS), bundle, resolveLang(c)) }, 200),
    );

  for (const entry of calculatorEntries) {
    if (options.only !== undefined && entry.id !== options.only) continue;
    const route = createRoute({
      method: 'post',
      path: `/v1/calculators/${entry.id}`,
      operationId: DOCUMENTED && calculatorOperationId(entry.id),
      tags: DOCUMENTED && ['calculators'],
      // summary, description and examples: added from the calculator's docs at build time (scripts/lib/api-description.ts)
      request: {
        query: z.object({ trace: traceQuery }),
        body: {
          required: true,
          // validated in answerTo (the request without its `reform`); the document describes both (scripts/lib/api-description.ts)
          content: { 'application/json': { schema: z.unknown() } },
        },
      },
      responses: DOCUMENTED && {
        200: {
          description: 'Result with its trace',
          content: { 'application/json': { schema: DOCUMENTED && documentedAnswer(entry) } },
        },
        400: { description: 'Malformed JSON', content: problemContent },
        413: { description: 'Body over 64 KB', content: problemContent },
        415: { description: 'Body is not application/json', content: problemContent },
        422: { description: 'Invalid input, or a needed parameter is not published in the source', content: problemContent },
        429: { description: 'Rate limit exceeded (see Retry-After)', content: problemContent },
      },
    });
    app.openapi(route, async (c) => {
      const sent: unknown = c.req.valid('json');
      const calc = await entry.load();
      // a reform's difference reads the money fields of the answer from the catalogue asset
      const paths = splitReform(sent).reform === undefined ? [] : await moneyPathsOf(c.env?.ASSETS, calc.id);
      const trace = c.req.valid('query').trace !== 'false';
      return c.json(answerTo(calc, bundle, sent, paths, { trace }).body, 200);
    });
  }
  return app;
}
