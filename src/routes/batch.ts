import { DOCUMENTED } from '../documented';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { calculatorEntries } from '../policy/registry';
import { EngineError } from '../engine/errors';
import { applyReform } from '../engine/reform';
import { problemOf } from '../http/engine-problem';
import { internalError, problemSchema, ProblemError } from '../http/problem';
import { BATCH_RATE_LIMIT, BATCH_RATE_LIMIT_EXHAUSTED, BATCH_RATE_LIMIT_POLICY, rateLimit } from '../http/ratelimit';
import type { CompiledBundle } from '../tables/model';
import { answerTo, calculatorOperationId, documentedAnswer, moneyPathsOf } from './calculators';
import { traceQuery } from './lookup-shapes';
import { sumMoney } from './money-fields';
import { MAX_BATCH_REQUESTS } from '../http/limits';

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

  for (const entry of calculatorEntries) {
    const route = createRoute({
      method: 'post',
      path: `/v1/calculators/${entry.id}/batch`,
      operationId: DOCUMENTED && calculatorOperationId(entry.id).replace('calculate', 'batch'),
      tags: DOCUMENTED && ['calculators'],
      // summary, description, the items' schema and the examples: added at build time (scripts/lib/api-description.ts)
      request: {
        query: z.object({ trace: traceQuery }),
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
                  results: z.array(z.union([documentedAnswer(entry), problemSchema.extend({ index: z.number().int() })])),
                  summary: z.object({ ok: z.number().int(), failed: z.number().int() }),
                  totals: z.record(z.string(), z.number().nullable()).openapi(
                    DOCUMENTED && {
                      description:
                        'Per money field of the answer (its top level, and the objects there, e.g. `totals.pooledFund`), the sum in yuan over the requests without a reform that succeeded, added in fen; null when one of them has no figure there',
                    },
                  ),
                  reformTotals: z
                    .object({
                      baseline: z.record(z.string(), z.number().nullable()),
                      reform: z.record(z.string(), z.number().nullable()),
                      difference: z.record(z.string(), z.number().nullable()),
                    })
                    .optional()
                    .openapi(
                      DOCUMENTED && {
                        description:
                          'Only when items carried a reform: over those that succeeded, the sums of their `baseline` answers, of their `reform` answers, and reform − baseline, per money field as in `totals` (those items are not in `totals`)',
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
      const calc = await entry.load();
      const trace = c.req.valid('query').trace !== 'false';
      const paths = await moneyPathsOf(c.env?.ASSETS, calc.id);
      const answers: object[] = [];
      const reforms: { baseline: object; reform: object }[] = [];
      // items often carry the same reform (a population under one reform): its reformed table is made once
      const made = new Map<string, CompiledBundle>();
      const reformed = (reform: unknown) => {
        const key = JSON.stringify(reform);
        let b = made.get(key);
        if (!b) made.set(key, (b = applyReform(bundle, calc.table.id, reform)));
        return b;
      };
      const results = requests.map((sent, index) => {
        try {
          const { body, reform } = answerTo(calc, bundle, sent, paths, { reformed, trace });
          if (reform) reforms.push(reform);
          else answers.push(body);
          return body;
        } catch (err) {
          return { ...problemOfItem(err), index };
        }
      });
      const baseline = reforms.map((r): [number, unknown] => [-1, r.baseline]);
      const after = reforms.map((r): [number, unknown] => [1, r.reform]);
      return c.json(
        {
          results,
          summary: { ok: answers.length + reforms.length, failed: requests.length - answers.length - reforms.length },
          // the plain answers only; the items with a reform are summed apart, baseline and reform
          totals: sumMoney(
            paths,
            answers.map((a) => [1, a]),
          ),
          ...(reforms.length && {
            reformTotals: {
              baseline: sumMoney(
                paths,
                baseline.map(([, a]) => [1, a]),
              ),
              reform: sumMoney(paths, after),
              difference: sumMoney(paths, [...after, ...baseline]),
            },
          }),
        },
        200,
      );
    });
  }
  return app;
}
