import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app';
import { calculatorCatalogue, type CatalogueEntry } from '../api-description';
import { calculators } from '../calculators/index';
import { paramsAt, responseSchema } from '../engine/calculator';
import { pick, resolveLang, type Lang } from '../http/lang';
import { problemSchema } from '../http/problem';
import type { CompiledBundle } from '../tables/model';

const problemContent = { 'application/problem+json': { schema: problemSchema } };

/** GET /v1/calculators: the catalogue in one language, with the version of the data each calculator reads. */
export function listCalculators(catalogue: CatalogueEntry[], bundle: CompiledBundle, lang: Lang) {
  return catalogue.map((entry) => {
    const table = calculators.find((calc) => calc.id === entry.id)?.table.id;
    const data = table ? bundle.tables[table] : undefined;
    return {
      id: entry.id,
      title: pick(entry.title, lang),
      titles: entry.title,
      description: pick(entry.description, lang),
      table: table ?? null,
      data: data ? { table: data.id, version: data.version, hash: data.hash } : null,
      endpoint: `/v1/calculators/${entry.id}`,
      input: entry.input,
      output: entry.output,
      examples: entry.examples,
    };
  });
}

export function calculatorRoutes(bundle: CompiledBundle) {
  const app = new OpenAPIHono<AppEnv>();

  // Titles, descriptions, examples and JSON Schemas are built at build time (scripts/lib/api-description.ts,
  // read through src/api-description.ts);
  // the data versions are the bundle's, so a rebuilt table shows here at once.
  app.get('/v1/calculators', async (c) => c.json({ calculators: listCalculators(await calculatorCatalogue(c.env?.ASSETS), bundle, resolveLang(c)) }));

  for (const calc of calculators) {
    const route = createRoute({
      method: 'post',
      path: `/v1/calculators/${calc.id}`,
      tags: ['calculators'],
      // summary, description and examples: added from the calculator's docs at build time (scripts/lib/api-description.ts)
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: calc.input } },
        },
      },
      responses: {
        200: {
          description: 'Result with its trace',
          content: { 'application/json': { schema: responseSchema(calc) } },
        },
        400: { description: 'Malformed JSON', content: problemContent },
        413: { description: 'Body over 64 KB', content: problemContent },
        415: { description: 'Body is not application/json', content: problemContent },
        422: { description: 'Invalid input, or a needed parameter is not published in the source', content: problemContent },
        429: { description: 'Rate limit exceeded (see Retry-After)', content: problemContent },
      },
    });
    const at = paramsAt(bundle, calc.table);
    app.openapi(route, (c) => {
      const input = c.req.valid('json');
      const table = bundle.tables[calc.table.id]!;
      const result = calc.run(at, input) as Record<string, unknown>;
      return c.json({ ...result, data: { table: table.id, version: table.version, hash: table.hash } }, 200);
    });
  }
  return app;
}
