import { getOpenApiMetadata } from '@asteasolutions/zod-to-openapi';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app';
import { calculators } from '../calculators/index';
import { dataRefSchema, paramsAt, type Calculator } from '../engine/calculator';
import { pick, resolveLang } from '../http/lang';
import { problemSchema } from '../http/problem';
import type { CompiledBundle } from '../tables/model';

const problemContent = { 'application/problem+json': { schema: problemSchema } };

/**
 * `.openapi({ description, format, 'x-…' })` metadata lives in zod-to-openapi's own registry, which
 * z.toJSONSchema does not read: copy it, so the JSON Schemas below carry the field descriptions, date
 * formats and units that forms (the widget) need for labels and controls.
 */
const withOpenApiMetadata: NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'] = (ctx) => {
  const meta = getOpenApiMetadata(ctx.zodSchema as never) as Record<string, unknown>;
  for (const [k, v] of Object.entries(meta)) {
    if ((k === 'description' || k === 'format' || k.startsWith('x-')) && v !== undefined && !(k in ctx.jsonSchema)) ctx.jsonSchema[k] = v;
  }
};

/** Input JSON Schema of a calculator, for forms (the widget) and for GET /v1/calculators. */
export const inputJsonSchema = (calc: Calculator) => z.toJSONSchema(calc.input, { io: 'input', unrepresentable: 'any', override: withOpenApiMetadata });
export const outputJsonSchema = (calc: Calculator) => z.toJSONSchema(calc.output, { io: 'output', unrepresentable: 'any', override: withOpenApiMetadata });

export function calculatorRoutes(bundle: CompiledBundle) {
  const app = new OpenAPIHono<AppEnv>();

  // JSON Schemas of the calculators, converted once per isolate (converting them on every request cost milliseconds)
  const schemas = new Map<string, { input: unknown; output: unknown }>();
  const schemasOf = (calc: Calculator) => {
    let s = schemas.get(calc.id);
    if (!s) schemas.set(calc.id, (s = { input: inputJsonSchema(calc), output: outputJsonSchema(calc) }));
    return s;
  };

  app.get('/v1/calculators', (c) => {
    const lang = resolveLang(c);
    return c.json({
      calculators: calculators.map((calc) => {
        const table = bundle.tables[calc.table.id];
        return {
          id: calc.id,
          title: pick(calc.title, lang),
          titles: calc.title,
          description: pick(calc.description, lang),
          table: calc.table.id,
          data: table ? { table: table.id, version: table.version, hash: table.hash } : null,
          endpoint: `/v1/calculators/${calc.id}`,
          input: schemasOf(calc).input,
          output: schemasOf(calc).output,
          examples: calc.examples,
        };
      }),
    });
  });

  for (const calc of calculators) {
    const route = createRoute({
      method: 'post',
      path: `/v1/calculators/${calc.id}`,
      tags: ['calculators'],
      summary: calc.title.en,
      description: `${calc.description.en}\n\n${calc.title.zh}：${calc.description.zh}`,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: calc.input, examples: calc.examples } },
        },
      },
      responses: {
        200: {
          description: 'Result with its trace',
          content: { 'application/json': { schema: (calc.output as z.ZodObject).extend({ data: dataRefSchema }) } },
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
