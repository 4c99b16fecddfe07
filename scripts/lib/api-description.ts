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
import type { Calculator, Presentation } from '../../src/engine/calculator';
import { BATCH_RATE_LIMIT, RATE_LIMIT, RATE_LIMIT_EXHAUSTED, RATE_LIMIT_POLICY } from '../../src/http/ratelimit';
import { MAX_BATCH_BYTES, MAX_BATCH_REQUESTS } from '../../src/http/limits';
import { CACHE_CONTROL } from '../../src/http/caching';
import { answerSchema, calculatorOperationId } from '../../src/routes/calculators';
import { syntheticPopulation } from './synthetic-population';

/** How many synthetic persons the reform example of /docs sends in one batch. */
const SYNTHETIC_EXAMPLE_PERSONS = 20;

export const OPENAPI_INFO = {
  title: 'policy-edge API',
  version: '0.1.0',
  description:
    'Policy parameters of the Jiaxing municipal gazette (late 2014), compiled from versioned workbooks, with cited calculators. ' +
    '嘉兴市政策参数查询与计算接口：每个数值都注明来源文件与条款。\n\n' +
    'Errors are RFC 9457 problem details (`application/problem+json`). GET responses carry an `ETag` (the data hash) and answer `304` to `If-None-Match`. ' +
    'Labels are Chinese by default; send `Accept-Language: en` or `?lang=en` for English. ' +
    'Every answer carries `X-Request-Id` (quote it when asking for support) and `RateLimit-Policy`; calculator answers list the request fields that took a default in `defaultsApplied`. ' +
    'A typed TypeScript client generated from this document is in the repository (`clients/typescript`, `@policy-edge/client`).',
};

/** `defaultsApplied` of every calculator's answer (src/routes/calculators.ts, answerSchema), described here, not in the Worker. */
export const DEFAULTS_APPLIED_DOC = {
  description:
    'The request fields (JSON Pointers into the request body) that the request left out and that took their documented default — e.g. `/claims/0/location` (local) or `/date` (today in China Standard Time); empty when the request gave every field. Send them explicitly to be independent of a default.',
  example: ['/person/preLiberationVeteran', '/claims/0/location'],
};

/** What POST /v1/calculators/{id}/batch does, its limits and its plan (README › Batches says the same). */
const batchDescription = (id: string) =>
  `Up to ${MAX_BATCH_REQUESTS} requests of POST /v1/calculators/${id} in one body of at most ${MAX_BATCH_BYTES / 1024 / 1024} MB (single requests: 64 KB). ` +
  'The answer has one result per request, in order: the answer the single route gives (with `data` and `defaultsApplied`), or its problem (RFC 9457, as the single route would answer it, its pointers into the item) with the `index` of the item. ' +
  'A bad item never fails the others; the batch is 200 even when all fail. `summary` counts them; `totals` sums, per money field of the answer, the items that succeeded (added in fen, written in yuan). ' +
  'An item may carry its own `reform` (then its result is `{ baseline, reform, difference }`): `totals` sums the items without one, `reformTotals` (only then present) the baseline and reform answers of the items with one, and their difference. ' +
  `Batches have their own rate limit, ${BATCH_RATE_LIMIT.limit} per ${BATCH_RATE_LIMIT.periodSeconds} s per client (RateLimit-Policy \`"batch"\`), besides the per-client request limit, where a batch counts once. ` +
  'A batch of 1 000 settlements needs more CPU time than the Workers Free plan allows: a deployment serving batches runs on the Workers Paid plan.';

/** The `reform` member of a calculator request, described here (src/engine/reform.ts checks it; README › What-if reforms). */
export const REFORM_DOC = {
  type: 'object',
  description:
    'What-if reform (optional): values of the table the calculator reads, replaced for a period, each key a list of `{ from, to, value }`. ' +
    'A key is a parameter key (`inpatient.annual_cap`) or a cell of a scale sheet named by its case, as `trace.parameters` writes it (`inpatient_levels[level=1].deductible`, `account_credit[status=retired,age=(75,∞)].monthly_credit`; the case must name one row). ' +
    'Values are in the unit the table holds: money in yuan (≥ 0, to the fen), ratios 0–1, whole numbers for counts and durations, true/false for yes/no; text, codes and dates cannot be reformed. ' +
    'Periods of one key must not overlap; a sheet cell is reformed on the dates its row is in force. ' +
    'With a reform the answer is `{ baseline, reform, difference }`; an unknown key, a bad period or value is a 422 naming it (`/reform/<key>/0/value`).',
  minProperties: 1,
  additionalProperties: {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      properties: {
        from: { type: 'string', format: 'date', description: 'First day the value is in force' },
        to: { type: ['string', 'null'], format: 'date', description: 'Last day (inclusive); left out or null: open-ended' },
        value: { type: ['number', 'boolean'], description: 'The value, in the unit of the table' },
      },
      required: ['from', 'value'],
      additionalProperties: false,
    },
  },
  example: { 'inpatient.annual_cap': [{ from: '2015-01-01', value: 250000 }] },
};

/** A hypothetical reform for the examples of /docs: not a policy value, a what-if (the issue's own example). */
const REFORM_EXAMPLE = {
  'inpatient.annual_cap': [{ from: '2015-01-01', value: 250000 }],
  'inpatient_levels[level=2].deductible': [{ from: '2015-01-01', to: '2015-06-30', value: 400 }],
};

/** The answer with a reform: two whole answers and the difference of their money fields. */
const reformAnswerDoc = (answer: string) => ({
  type: 'object',
  description:
    'The answer to a request with a `reform`: `baseline` is the answer without it, `reform` the answer with the reformed values (marked `reform: true` in its trace, with no citation), and `difference` reform − baseline for every money field, in yuan (added in fen; null where either answer has no figure).',
  properties: {
    baseline: { $ref: `#/components/schemas/${answer}` },
    reform: { $ref: `#/components/schemas/${answer}` },
    difference: {
      type: 'object',
      additionalProperties: { type: ['number', 'null'] },
      description: 'Per money field (`totals.pooledFund`), reform − baseline in yuan',
      example: { 'totals.pooledFund': 4300, 'totals.criticalIllness': -3440 },
    },
  },
  required: ['baseline', 'reform', 'difference'],
  additionalProperties: false,
});

/** Adds `doc` to the property `name` of an object schema, looking through `allOf` (how a route's answer extends its output). */
function describeProperty(schema: unknown, name: string, doc: object): boolean {
  if (!schema || typeof schema !== 'object') return false;
  const node = schema as { properties?: Record<string, object>; allOf?: unknown[] };
  const property = node.properties?.[name];
  if (property) {
    Object.assign(property, doc);
    return true;
  }
  return (node.allOf ?? []).some((part) => describeProperty(part, name, doc));
}

/** Response headers, described once under components.headers and referenced by every response that sends them. */
export const RESPONSE_HEADERS = {
  'X-Request-Id': {
    description:
      "This answer's id: the client's own X-Request-Id if it sent a plain token, else Cloudflare's CF-Ray, else a new UUID. Problem bodies repeat it as `requestId`.",
    schema: { type: 'string', example: '8d3f0c52-3b1e-4a54-9f0e-2a1c5b7e9d10' },
  },
  'RateLimit-Policy': {
    description: `The rate limit this answer was counted against (draft-ietf-httpapi-ratelimit-headers): quota q per window w seconds, per client (CF-Connecting-IP; IPv6 per /64). Sent by deployments with the limiter bound.`,
    schema: { type: 'string', example: RATE_LIMIT_POLICY },
  },
  RateLimit: {
    description: 'What is left of the quota (r) and the seconds until it resets at the latest (t); sent with a 429.',
    schema: { type: 'string', example: RATE_LIMIT_EXHAUSTED },
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying',
    schema: { type: 'integer', example: RATE_LIMIT.periodSeconds },
  },
  ETag: {
    description:
      'Validator of this representation (data hash, URL, language and the day in China Standard Time). Send it back in If-None-Match to get 304 while nothing changed.',
    schema: { type: 'string', example: '"21423c9546d1a0f3-5b1e0c7a"' },
  },
  'Cache-Control': {
    description: 'How long shared and private caches may keep the answer',
    schema: { type: 'string', example: CACHE_CONTROL },
  },
  'Content-Language': {
    description: 'The language of the labels: zh-CN (default) or en, from ?lang= or Accept-Language',
    schema: { type: 'string', enum: ['zh-CN', 'en'], example: 'en' },
  },
  Vary: {
    description: 'The request headers the answer depends on: Accept-Language (and Origin for a cross-origin request)',
    schema: { type: 'string', example: 'Accept-Language' },
  },
} as const;
type HeaderName = keyof typeof RESPONSE_HEADERS;
const headerRefs = (...names: HeaderName[]) => Object.fromEntries(names.map((n) => [n, { $ref: `#/components/headers/${n}` }]));

/** The 429 answer every route can give, added to each operation of the document. */
export const TOO_MANY_REQUESTS = {
  description: `Rate limit exceeded: more than ${RATE_LIMIT.limit} requests in ${RATE_LIMIT.periodSeconds} s from one client (CF-Connecting-IP; IPv6 per /64). Retry after the number of seconds in Retry-After.`,
  headers: headerRefs('Retry-After', 'RateLimit-Policy', 'RateLimit', 'X-Request-Id'),
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/** The 304 of a conditional GET (src/http/caching.ts): only where the answer would be 200. */
const NOT_MODIFIED = {
  description: 'Not modified: the If-None-Match matched the ETag of the answer (no body)',
  headers: headerRefs('ETag', 'Cache-Control', 'Vary', 'RateLimit-Policy', 'X-Request-Id'),
};

/** Request headers of the conditional, localised GETs. */
const REQUEST_HEADERS = {
  IfNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: 'An ETag of an earlier answer (or `*`): 304 without a body when the answer is still the same',
    schema: { type: 'string', example: '"21423c9546d1a0f3-5b1e0c7a"' },
  },
  AcceptLanguage: {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description: 'zh-CN (default) or en; ?lang= overrides it',
    schema: { type: 'string', example: 'en' },
  },
} as const;

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
/** Output JSON Schema of a calculator's answer as the route sends it; `x-result` labels its fields and codes. */
export const outputJsonSchema = (calc: Calculator) => {
  const schema = z.toJSONSchema(answerSchema(calc), { io: 'output', unrepresentable: 'any', override: withOpenApiMetadata }) as JsonNode;
  if (!describeProperty(schema, 'defaultsApplied', { description: DEFAULTS_APPLIED_DOC.description }))
    throw new Error(`${calc.id}: its answer schema has no defaultsApplied`);
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
      table: calc.table.id,
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

type Parameter = { name: string; in: string; schema?: Record<string, unknown> } | { $ref: string };
type Response = { description: string; headers?: Record<string, unknown>; content?: Record<string, unknown> };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  responses?: Record<string, Response>;
  requestBody?: { content?: Record<string, { schema?: unknown; examples?: unknown }> };
};
type Document = ReturnType<App['getOpenAPI31Document']>;

/** Options of the built document: the public origin of its `servers` and the ids of the tables it serves. */
export interface DocumentOptions {
  /** PUBLIC_ORIGIN (scripts/lib/public-origin.ts) */
  origin: string;
  /** the table ids of the compiled bundle: the enum of every `{id}` of /v1/tables/… */
  tables: readonly string[];
}

/**
 * The OpenAPI 3.1 document of an app built by createApp (in Node, where @hono/zod-openapi's generator is whole),
 * complete for generators: every operation has its operationId (from its route definition), the server is the
 * absolute public origin, each response names the headers it carries, conditional GETs list 304, path ids are
 * enums, and a calculator's request body is its input JSON Schema (`io: 'input'`), so a field with a default is
 * optional for a client (openapi-typescript, with its default options, types a default in a shared component as
 * always present).
 */
export function openApiDocument(app: App, options: DocumentOptions) {
  const doc = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { ...OPENAPI_INFO, contact: { name: 'policy-edge API reference', url: `${options.origin}/docs` } },
    servers: [{ url: options.origin, description: 'This deployment (PUBLIC_ORIGIN)' }],
    tags: [
      { name: 'tables', description: 'Lookups of compiled workbooks (查询参数)' },
      { name: 'calculators', description: 'Calculators with cited traces (计算器)' },
      { name: 'system', description: 'Health and metadata' },
    ],
  });
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  const schemas = ((doc.components ??= {}).schemas ??= {}) as Record<string, unknown>;
  for (const calc of calculators) {
    const op = paths[`/v1/calculators/${calc.id}`]?.post;
    if (!op) throw new Error(`no operation POST /v1/calculators/${calc.id} in the document`);
    const docs = docsOf(calc);
    const answer = op.responses?.['200']?.content?.['application/json'] as { schema?: unknown } | undefined;
    if (!describeProperty(answer?.schema, 'defaultsApplied', DEFAULTS_APPLIED_DOC))
      throw new Error(`POST /v1/calculators/${calc.id}: its 200 answer has no defaultsApplied`);
    op.summary = docs.title.en;
    op.description = `${docs.description.en}\n\n${docs.title.zh}：${docs.description.zh}`;
    // the answer, plain or with a reform: named components, so both alternatives (and the batch's items) refer to it
    const name = calculatorOperationId(calc.id).replace('calculate', '');
    schemas[`${name}Answer`] = answer!.schema as object;
    schemas[`${name}ReformAnswer`] = reformAnswerDoc(`${name}Answer`);
    const refs = [{ $ref: `#/components/schemas/${name}Answer` }, { $ref: `#/components/schemas/${name}ReformAnswer` }];
    answer!.schema = { oneOf: refs };
    const withReform = () => {
      const { $schema: _, 'x-form': __, ...input } = inputJsonSchema(calc);
      return { ...input, properties: { ...(input.properties as object), reform: REFORM_DOC } };
    };
    const json = op.requestBody?.content?.['application/json'] as Record<string, unknown> | undefined;
    if (json) {
      json.schema = withReform();
      json.examples = docs.examples;
      const veteran = docs.examples.veteran?.value;
      if (calc.id === 'employee-medical-settlement' && veteran)
        json.examples = {
          ...docs.examples,
          whatIfReform: {
            summary:
              'What if: the veteran example under a hypothetical reform (a higher annual cap; a lower level-2 deductible in the first half-year)',
            value: { ...(veteran as object), reform: REFORM_EXAMPLE },
          },
        };
      if (docs.presentation) json['x-form'] = formOverlay(docs.presentation);
    }
    const batch = paths[`/v1/calculators/${calc.id}/batch`]?.post;
    if (!batch) throw new Error(`no operation POST /v1/calculators/${calc.id}/batch in the document`);
    batch.summary = `Batch: ${docs.title.en}`;
    batch.description = batchDescription(calc.id);
    const batchJson = batch.requestBody?.content?.['application/json'] as Record<string, unknown> | undefined;
    if (batchJson) {
      batchJson.schema = {
        type: 'object',
        properties: { requests: { type: 'array', items: withReform(), maxItems: MAX_BATCH_REQUESTS } },
        required: ['requests'],
        additionalProperties: false,
      };
      // the calculator's examples in one batch
      batchJson.examples = {
        batch: {
          summary: 'Every example of this calculator in one batch',
          value: { requests: Object.values(docs.examples).map((e) => e.value) },
        },
      };
      if (calc.id === 'employee-medical-settlement')
        batchJson.examples = {
          ...(batchJson.examples as object),
          syntheticReform: {
            summary: `A hypothetical reform over ${SYNTHETIC_EXAMPLE_PERSONS} SYNTHETIC persons (made-up data, scripts/lib/synthetic-population.ts): see reformTotals`,
            value: { requests: syntheticPopulation(SYNTHETIC_EXAMPLE_PERSONS).map((p) => ({ ...p, reform: REFORM_EXAMPLE })) },
          },
        };
    }
    // a batch item is a plain answer, a reform answer, or its problem
    const results = (batch.responses?.['200']?.content?.['application/json'] as { schema?: Record<string, Record<string, JsonNode>> })
      ?.schema?.properties?.results;
    const alternatives = results?.items?.anyOf;
    if (!results || !alternatives) throw new Error(`POST /v1/calculators/${calc.id}/batch: no results[] alternatives in its 200 answer`);
    results.items = { anyOf: [...refs, ...alternatives.slice(1)] };
    if (docs.readings?.length)
      op.description += `\n\nReadings where the text leaves a question open:\n${docs.readings.map((r) => `- ${r.article}: ${r.text.en}（${r.text.zh}）`).join('\n')}`;
  }
  const components = ((doc as { components?: Record<string, unknown> }).components ??= {}) as Record<string, Record<string, unknown>>;
  components.headers = { ...RESPONSE_HEADERS };
  components.parameters = { ...(components.parameters ?? {}), ...REQUEST_HEADERS };
  const calculatorIds = calculators.map((c) => c.id);
  // GET /v1/calculators: its ids are the calculators' (the Worker's route schema says only string)
  type Node = { properties?: Record<string, Node>; items?: Node; enum?: string[] };
  const catalogue = paths['/v1/calculators']?.get?.responses?.['200']?.content?.['application/json'] as { schema?: Node } | undefined;
  const catalogueId = catalogue?.schema?.properties?.calculators?.items?.properties?.id;
  if (!catalogueId) throw new Error('GET /v1/calculators: no calculators[].id in its 200 answer');
  catalogueId.enum = calculatorIds;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op?.responses) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId (set it in its route definition)`);
      if (!op.description) op.description = op.summary;
      // the ids of a path are the compiled tables' or the calculators'
      for (const p of op.parameters ?? []) {
        if ('$ref' in p || p.in !== 'path' || p.name !== 'id') continue;
        if (path.startsWith('/v1/tables/')) p.schema = { ...p.schema, enum: [...options.tables] };
        if (path.startsWith('/v1/calculators/')) p.schema = { ...p.schema, enum: calculatorIds };
      }
      for (const res of Object.values(op.responses)) res.headers = { ...res.headers, ...headerRefs('X-Request-Id', 'RateLimit-Policy') };
      // GETs under /v1/ are conditional and localised (src/http/caching.ts): their 200 carries the validator
      if (method === 'get' && path.startsWith('/v1/') && op.responses['200']) {
        op.responses['200'].headers = {
          ...op.responses['200'].headers,
          ...headerRefs('ETag', 'Cache-Control', 'Content-Language', 'Vary'),
        };
        op.responses['304'] = NOT_MODIFIED;
        op.parameters = [
          ...(op.parameters ?? []),
          { $ref: '#/components/parameters/IfNoneMatch' },
          { $ref: '#/components/parameters/AcceptLanguage' },
        ];
      }
      op.responses['429'] = TOO_MANY_REQUESTS;
    }
  }
  pruneUnusedSchemas(doc);
  return doc;
}

/** Drops the component schemas nothing references any more (the calculators' input parts, now inline in their bodies). */
function pruneUnusedSchemas(doc: Document) {
  const schemas = (doc.components?.schemas ?? {}) as Record<string, unknown>;
  const used = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      const m = k === '$ref' && typeof v === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(v) : null;
      if (m && !used.has(m[1]!)) {
        used.add(m[1]!);
        visit(schemas[m[1]!]);
      } else visit(v);
    }
  };
  visit({ ...doc, components: { ...doc.components, schemas: {} } });
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}
