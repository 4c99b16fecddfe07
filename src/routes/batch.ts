import { DOCUMENTED } from '../documented';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { calculatorCatalogue } from '../api-description';
import { calculators } from '../policy/index';
import { calculate } from '../engine/calculator';
import { EngineError } from '../engine/errors';
import { fen, fenToYuan, yuanToFen } from '../engine/money';
import { problemOf } from '../http/engine-problem';
import { internalError, problemSchema, ProblemError, requestProblem } from '../http/problem';
import { BATCH_RATE_LIMIT, BATCH_RATE_LIMIT_EXHAUSTED, BATCH_RATE_LIMIT_POLICY, rateLimit } from '../http/ratelimit';
import type { CompiledBundle } from '../tables/model';
import { answerSchema, calculatorOperationId, dataOf, defaultsApplied } from './calculators';

/** Request limits of a batch (not policy values): documented in the OpenAPI document and the README. */
export const MAX_BATCH_REQUESTS = 1000;
export const MAX_BATCH_BYTES = 1024 * 1024;

/** The body limit of a path: 1 MB for a batch, `single` for anything else. */
export const bodyLimitOf = (path: string, single: number) => (path.endsWith('/batch') ? MAX_BATCH_BYTES : single);

type JsonNode = { properties?: Record<string, JsonNode>; anyOf?: JsonNode[]; 'x-unit'?: string };
const isMoney = (s: JsonNode | undefined): boolean => s?.['x-unit'] === 'CNY' || !!s?.anyOf?.some(isMoney);

/**
 * The money fields of an answer, from its output JSON Schema in the catalogue asset (the Worker has no output schemas):
 * those at its top level, and those of its top-level objects (a settlement's `totals.pooledFund`), never inside lists.
 */
const moneyPaths = (schema: JsonNode | undefined, at: string[] = []): string[][] =>
  Object.entries((schema?.properties ? schema : schema?.anyOf?.find((s) => s.properties))?.properties ?? {}).flatMap(([k, v]) =>
    isMoney(v) ? [[...at, k]] : at.length ? [] : moneyPaths(v, [k]),
  );

/** A failed item's problem: what the single route would answer for it. */
function problemOfItem(err: unknown) {
  if (err instanceof EngineError) return problemOf(err);
  if (err instanceof ProblemError) return err.problem;
  console.error(err);
  return internalError();
}

export function batchRoutes(bundle: CompiledBundle) {
  const app = new OpenAPIHono<AppEnv>();
  app.use(
    '/v1/calculators/:id/batch',
    rateLimit('BATCH_RATE_LIMITER', BATCH_RATE_LIMIT, BATCH_RATE_LIMIT_POLICY, BATCH_RATE_LIMIT_EXHAUSTED, { zh: '批', en: 'batches' }),
  );

  for (const calc of calculators) {
    const route = createRoute({
      method: 'post',
      path: `/v1/calculators/${calc.id}/batch`,
      operationId: DOCUMENTED && calculatorOperationId(calc.id).replace('calculate', 'batch'),
      tags: DOCUMENTED && ['calculators'],
      // summary, description, the items' schema and the examples: added at build time (scripts/lib/api-description.ts)
      request: {
        body: {
          required: true,
          content: {
            'application/json': { schema: z.strictObject({ requests: z.array(z.unknown()).max(MAX_BATCH_REQUESTS) }) },
          },
        },
      },
      responses: DOCUMENTED && {
        200: {
          description: 'One result per request, in order; a request that failed is its problem, with its index',
          content: {
            'application/json': {
              schema:
                DOCUMENTED &&
                z.object({
                  results: z.array(z.union([answerSchema(calc), problemSchema.extend({ index: z.number().int() })])),
                  summary: z.object({ ok: z.number().int(), failed: z.number().int() }),
                  totals: z.record(z.string(), z.number().nullable()).openapi(
                    DOCUMENTED && {
                      description:
                        'Per money field of the answer (its top level, and the objects there, e.g. `totals.pooledFund`), the sum in yuan over the requests that succeeded, added in fen; null when one of them has no figure there',
                    },
                  ),
                }),
            },
          },
        },
        400: { description: 'Malformed JSON', content: { 'application/problem+json': { schema: problemSchema } } },
        413: { description: 'Body over 1 MB', content: { 'application/problem+json': { schema: problemSchema } } },
        415: { description: 'Body is not application/json', content: { 'application/problem+json': { schema: problemSchema } } },
        422: {
          description: 'No `requests`, or more than 1 000 (a bad request inside is its own result, not a 422)',
          content: { 'application/problem+json': { schema: problemSchema } },
        },
      },
    });
    app.openapi(route, async (c) => {
      const { requests } = c.req.valid('json');
      const entry = (await calculatorCatalogue(c.env?.ASSETS)).find((e) => e.id === calc.id);
      const paths = moneyPaths(entry?.output as JsonNode);
      const data = dataOf(bundle, calc);
      const answers: object[] = [];
      const results = requests.map((sent, index) => {
        try {
          const parsed = calc.input.safeParse(sent);
          if (!parsed.success) throw new ProblemError(requestProblem('body', parsed.error.issues, sent));
          const answer = { ...calculate(calc, bundle, parsed.data), data, defaultsApplied: defaultsApplied(sent, parsed.data) };
          answers.push(answer);
          return answer;
        } catch (err) {
          return { ...problemOfItem(err), index };
        }
      });
      // added in fen; a field one answer has no figure for has no total
      const totals = Object.fromEntries(
        paths.map((p) => {
          let sum = 0;
          for (const answer of answers) {
            const v = p.reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], answer);
            if (typeof v !== 'number') return [p.join('.'), null];
            sum = fen(sum + yuanToFen(v));
          }
          return [p.join('.'), fenToYuan(fen(sum))];
        }),
      );
      return c.json({ results, summary: { ok: answers.length, failed: requests.length - answers.length }, totals }, 200);
    });
  }
  return app;
}
