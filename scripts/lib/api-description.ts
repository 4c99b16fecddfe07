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
import { type Calculator, type Presentation, responseSchema } from '../../src/engine/calculator';
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

type JsonNode = Record<string, unknown> & {
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  oneOf?: JsonNode[];
  anyOf?: JsonNode[];
  $ref?: string;
  const?: unknown;
  description?: string;
};

/**
 * Gives every property of a JSON Schema that the docs describe (by path: `claims.*.date`, `claims.*.inpatient.date`)
 * the English help (or label) as its `description`, where the schema has none: the prose lives in the docs, out of
 * the Worker's bundle, and generic tools still read a description per field.
 */
function describeFields(root: JsonNode, fields: Presentation['fields']) {
  const resolve = (n: JsonNode): JsonNode => {
    const m = n.$ref ? /^#\/\$defs\/(.+)$/.exec(n.$ref) : null;
    return m ? ((root.$defs as Record<string, JsonNode>)[decodeURIComponent(m[1]!)] ?? n) : n;
  };
  const visit = (n: JsonNode, paths: string[], seen: Set<JsonNode>) => {
    const node = resolve(n);
    if (seen.has(node)) return;
    seen.add(node);
    for (const [k, sub] of Object.entries(node.properties ?? {})) {
      const here = paths.map((p) => (p ? `${p}.${k}` : k));
      const doc = here.map((p) => fields[p]).find(Boolean);
      const target = resolve(sub);
      if (doc && !sub.description && !target.description) sub.description = (doc.help ?? doc.label).en;
      visit(sub, here, new Set(seen));
    }
    if (node.items)
      visit(
        node.items,
        paths.map((p) => `${p}.*`),
        new Set(seen),
      );
    for (const alt of node.oneOf ?? node.anyOf ?? []) {
      const a = resolve(alt);
      const kind = Object.values(a.properties ?? {}).find((p) => resolve(p).const !== undefined);
      const value = kind ? resolve(kind).const : undefined;
      visit(alt, value === undefined ? paths : [...paths.map((p) => `${p}.${String(value)}`), ...paths], new Set(seen));
    }
  };
  visit(root, [''], new Set());
}

/** The widget's form overlay of a calculator: labels, help, option labels, item nouns and controls, by path. */
function formOverlay(p: Presentation) {
  const pick = <T>(f: (d: Presentation['fields'][string]) => T | undefined) =>
    Object.fromEntries(Object.entries(p.fields).flatMap(([k, d]) => (f(d) === undefined ? [] : [[k, f(d)!]])));
  return {
    labels: pick((d) => d.label),
    hints: pick((d) => d.help),
    options: pick((d) => d.options),
    itemLabels: p.items ?? {},
    controls: p.controls ?? {},
    hidden: p.hidden ?? [],
    required: p.required ?? [],
  };
}

/** Input JSON Schema of a calculator, for forms (the widget) and for GET /v1/calculators; `x-form` says how it reads. */
export const inputJsonSchema = (calc: Calculator) => {
  const schema = z.toJSONSchema(calc.input, { io: 'input', unrepresentable: 'any', override: withOpenApiMetadata }) as JsonNode;
  const p = calculatorDocs.get(calc.id)?.presentation;
  if (p) {
    describeFields(schema, p.fields);
    schema['x-form'] = formOverlay(p);
  }
  return schema;
};
/** Output JSON Schema of a calculator's answer; `x-result` labels its fields and codes. */
export const outputJsonSchema = (calc: Calculator) => {
  const schema = z.toJSONSchema(responseSchema(calc), { io: 'output', unrepresentable: 'any', override: withOpenApiMetadata }) as JsonNode;
  const r = calculatorDocs.get(calc.id)?.presentation?.results;
  if (r) schema['x-result'] = { labels: r.labels ?? {}, options: r.options ?? {}, tables: r.tables ?? {} };
  return schema;
};

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
      disclaimer: docs.disclaimer ?? null,
      readings: docs.readings ?? [],
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
    const json = op.requestBody?.content?.['application/json'] as Record<string, unknown> | undefined;
    if (json) {
      json.examples = docs.examples;
      if (docs.presentation) json['x-form'] = formOverlay(docs.presentation);
    }
    if (docs.readings?.length)
      op.description += `\n\nReadings where the text leaves a question open:\n${docs.readings.map((r) => `- ${r.article}: ${r.text.en}（${r.text.zh}）`).join('\n')}`;
  }
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) if (op && typeof op === 'object' && op.responses) op.responses['429'] = TOO_MANY_REQUESTS;
  }
  return doc;
}
