/**
 * The API description, built at build time: the OpenAPI 3.1 document served at /openapi.json and the
 * calculator catalogue behind GET /v1/calculators and /widget/demo (titles, descriptions, examples and
 * the JSON Schemas of input and output). Both come from the same zod schemas the Worker validates with
 * and from each calculator's CalculatorDocs; generating them here keeps the OpenAPI generator, the JSON
 * Schema conversion and the calculators' prose out of the Worker's bundle (BENCHMARKS.md › Footprint).
 */
import { getOpenApiMetadata } from '@asteasolutions/zod-to-openapi';
import { z } from '@hono/zod-openapi';
import type { App } from '../../src/app';
import { calculatorDocs, docsOf } from './policy';
import { calculators } from '../../src/policy/index';
import type { CatalogueEntry } from '../../src/api-description';
import { responseSchema, type Calculator } from '../../src/engine/calculator';
import { RATE_LIMIT, RATE_LIMIT_POLICY } from '../../src/http/ratelimit';

export const OPENAPI_INFO = {
  title: 'policy-edge API',
  version: '0.1.0',
  description:
    'Policy parameters of the Jiaxing municipal gazette (late 2014), compiled from versioned workbooks, with cited calculators. ' +
    '嘉兴市政策参数查询与计算接口：每个数值都注明来源文件与条款。\n\n' +
    'Errors are RFC 9457 problem details (`application/problem+json`). GET responses carry an `ETag` (the data hash) and answer `304` to `If-None-Match`. ' +
    'Labels are Chinese by default; send `Accept-Language: en` or `?lang=en` for English.',
};

/** The 429 answer every route can give, added to each operation of the document. */
export const TOO_MANY_REQUESTS = {
  description: `Rate limit exceeded: more than ${RATE_LIMIT.limit} requests in ${RATE_LIMIT.periodSeconds} s from one client (CF-Connecting-IP; IPv6 per /64). Retry after the number of seconds in Retry-After.`,
  headers: {
    'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', example: RATE_LIMIT.periodSeconds } },
    'RateLimit-Policy': { description: 'The limit (quota q per window w seconds)', schema: { type: 'string', example: RATE_LIMIT_POLICY } },
  },
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/**
 * `.openapi({ description, format, 'x-…' })` metadata lives in zod-to-openapi's own registry, which
 * z.toJSONSchema does not read: copy it, so the JSON Schemas carry the field descriptions, date
 * formats and units that forms (the widget) need for labels and controls.
 */
const withOpenApiMetadata: NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'] = (ctx) => {
  const meta = getOpenApiMetadata(ctx.zodSchema as never) as Record<string, unknown>;
  for (const [k, v] of Object.entries(meta)) {
    if ((k === 'description' || k === 'format' || k.startsWith('x-')) && v !== undefined && !(k in ctx.jsonSchema)) ctx.jsonSchema[k] = v;
  }
};

/** Input JSON Schema of a calculator, for forms (the widget) and for GET /v1/calculators. */
export const inputJsonSchema = (calc: Calculator) =>
  z.toJSONSchema(calc.input, { io: 'input', unrepresentable: 'any', override: withOpenApiMetadata });
export const outputJsonSchema = (calc: Calculator) =>
  z.toJSONSchema(responseSchema(calc), { io: 'output', unrepresentable: 'any', override: withOpenApiMetadata });

/** Every calculator, in the order the API lists them; fails when one has no docs. */
export function calculatorCatalogue(): CatalogueEntry[] {
  const ids = new Set(calculators.map((c) => c.id));
  const orphans = [...calculatorDocs.keys()].filter((id) => !ids.has(id));
  if (orphans.length) throw new Error(`docs without a calculator in src/calculators/index.ts: ${orphans.join(', ')}`);
  return calculators.map((calc) => {
    const docs = docsOf(calc);
    return {
      id: calc.id,
      title: docs.title,
      description: docs.description,
      input: inputJsonSchema(calc),
      output: outputJsonSchema(calc),
      examples: docs.examples,
    };
  });
}

type Operation = {
  summary?: string;
  description?: string;
  responses?: Record<string, unknown>;
  requestBody?: { content?: Record<string, { examples?: unknown }> };
};

/**
 * The OpenAPI 3.1 document of an app built by createApp (in Node, where @hono/zod-openapi's generator
 * is whole). The server is the document's own origin (a relative URL), so one file serves every host.
 */
export function openApiDocument(app: App) {
  const doc = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: OPENAPI_INFO,
    servers: [{ url: '/' }],
    tags: [
      { name: 'tables', description: 'Lookups of compiled workbooks (查询参数)' },
      { name: 'calculators', description: 'Calculators with cited traces (计算器)' },
      { name: 'system', description: 'Health and metadata' },
    ],
  });
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const calc of calculators) {
    const op = paths[`/v1/calculators/${calc.id}`]?.post;
    if (!op) throw new Error(`no operation POST /v1/calculators/${calc.id} in the document`);
    const docs = docsOf(calc);
    op.summary = docs.title.en;
    op.description = `${docs.description.en}\n\n${docs.title.zh}：${docs.description.zh}`;
    const json = op.requestBody?.content?.['application/json'];
    if (json) json.examples = docs.examples;
  }
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) if (op && typeof op === 'object' && op.responses) op.responses['429'] = TOO_MANY_REQUESTS;
  }
  return doc;
}
