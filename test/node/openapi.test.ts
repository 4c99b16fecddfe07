import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculatorCatalogue, DEFAULTS_APPLIED_DOC, openApiDocument } from '../../scripts/lib/api-description';
import { docsOf } from '../../scripts/lib/policy';
import { calculators } from '../../src/policy/index';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { CATALOGUE_ASSET_PATH, OPENAPI_ASSET_PATH } from '../../src/api-description';
import { createApp } from '../../src/app';
import type { CompiledBundle } from '../../src/tables/model';
import { TABLES_DIR } from '../helpers/workbooks';
import { publicOrigin } from '../../scripts/lib/public-origin';

/** The document as `npm run assets:build` writes it, for a bundle. */
const documentOf = (bundle: CompiledBundle) =>
  openApiDocument(createApp(bundle), { origin: publicOrigin(), tables: Object.keys(bundle.tables) });

// The validator compiles JSON Schemas to code with new Function, which workerd forbids; so the document
// is validated here in Node, generated as `npm run assets:build` generates it (the workerd tests check
// that the Worker serves the built file).
describe('OpenAPI document', () => {
  it('validates against the OpenAPI 3.1 schema', async () => {
    const doc = JSON.parse(JSON.stringify(documentOf(buildTables(workbookFiles(TABLES_DIR)).bundle!))) as Parameters<
      Validator['validate']
    >[0];
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  }, 60_000);

  it('describes every calculator from its docs, and every operation can answer 429', () => {
    const doc = documentOf(buildTables(workbookFiles(TABLES_DIR)).bundle!) as unknown as {
      paths: Record<
        string,
        Record<
          string,
          {
            summary?: string;
            description?: string;
            responses: Record<string, unknown>;
            requestBody?: { content: Record<string, { examples?: Record<string, unknown> }> };
          }
        >
      >;
      components: { schemas: Record<string, unknown> };
    };
    for (const calc of calculators) {
      const docs = docsOf(calc);
      const op = doc.paths[`/v1/calculators/${calc.id}`]!.post!;
      expect(op.summary, calc.id).toBe(docs.title.en);
      expect(op.description, calc.id).toContain(docs.description.zh);
      // besides the docs' examples, the settlement has a what-if reform example (test/node/reform.test.ts)
      const { whatIfReform: _, ...examples } = op.requestBody!.content['application/json']!.examples!;
      expect(examples, calc.id).toEqual(docs.examples);
      // described at build time (the Worker's route schema carries no prose); the plain answer is the first of the
      // 200's oneOf (the second is the answer with a reform), a component both refer to
      const plain = JSON.stringify(op.responses['200']).match(/"#\/components\/schemas\/(\w+Answer)"/)?.[1];
      expect(JSON.stringify(doc.components.schemas[plain!]), calc.id).toContain(JSON.stringify(DEFAULTS_APPLIED_DOC.description));
    }
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) expect(op.responses['429'], `${method} ${path}`).toBeDefined();
  }, 60_000);

  it('the catalogue lists every calculator once, in the API order, with the JSON Schemas forms need', () => {
    const catalogue = calculatorCatalogue();
    expect(catalogue.map((c) => c.id)).toEqual(calculators.map((c) => c.id));
    for (const entry of catalogue) {
      expect(entry.input, entry.id).toMatchObject({ type: 'object' });
      expect(entry.output, entry.id).toMatchObject({ type: 'object' });
      expect(Object.keys(entry.examples).length, entry.id).toBeGreaterThan(0);
    }
  });

  // The published input schemas must be as strict as the server: no bound hidden in a refinement.
  it('the input schemas publish the bounds the server enforces (areas, date lists, China Standard Time date-times)', () => {
    const entry = (id: string) =>
      calculatorCatalogue().find((c) => c.id === id)!.input as { properties: Record<string, Record<string, unknown>> };
    expect(entry('bus-tia-requirement').properties.floorAreaM2).toMatchObject({ minimum: 0, maximum: expect.any(Number) });
    expect(entry('elderly-care-housing-facility').properties.projectTotalFloorArea).toMatchObject({
      exclusiveMinimum: 0,
      maximum: expect.any(Number),
    });
    expect((entry('egov-project-review').properties.holidays as { items: unknown }).items).toMatchObject({
      type: 'string',
      format: 'date',
    });
    const pattern = new RegExp(String(entry('case-transfer-deadlines').properties.discoveredAt!.pattern));
    expect(['2015-03-05T16:00', '2015-03-05T16:00:30+08:00'].every((x) => pattern.test(x))).toBe(true);
    expect(['2015-03-05 16:00', '2015-03-05T16:00Z', '2015-03-05T16:00+09:00'].some((x) => pattern.test(x))).toBe(false);
  });

  // Every real 200 answer must validate against its catalogue schema (with `data`, and no stray property).
  it('every example request and its real answer validate against the catalogue JSON Schemas (draft 2020-12, Ajv)', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const app = createApp(JSON.parse(readFileSync('compiled/tables.json', 'utf8')) as CompiledBundle);
    let checked = 0;
    for (const entry of calculatorCatalogue()) {
      const input = ajv.compile(entry.input);
      const output = ajv.compile(entry.output);
      for (const [name, ex] of Object.entries(entry.examples)) {
        expect(input(ex.value), `${entry.id} ${name} input: ${ajv.errorsText(input.errors)}`).toBe(true);
        const res = await app.request(`/v1/calculators/${entry.id}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(ex.value),
        });
        if (res.status !== 200) continue; // examples of refusals (422) are problem+json, described by the OpenAPI
        expect(output(await res.json()), `${entry.id} ${name} output: ${ajv.errorsText(output.errors)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(calculators.length);
  }, 60_000);

  it('the files the Worker serves (compiled/public/_api) are what the code generates now — else run npm run assets:build', () => {
    const built = (path: string) => JSON.parse(readFileSync(join('compiled/public', path), 'utf8')) as unknown;
    const bundle = JSON.parse(readFileSync('compiled/tables.json', 'utf8')) as CompiledBundle;
    expect(built(OPENAPI_ASSET_PATH)).toEqual(JSON.parse(JSON.stringify(documentOf(bundle))));
    expect(built(CATALOGUE_ASSET_PATH)).toEqual(JSON.parse(JSON.stringify(calculatorCatalogue())));
  });
});

type Op = {
  operationId?: string;
  description?: string;
  parameters?: ({ name: string; in: string; schema: { enum?: string[]; example?: unknown } } | { $ref: string })[];
  responses: Record<string, { headers?: Record<string, { $ref: string }> }>;
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
};
type Doc = {
  servers: { url: string }[];
  paths: Record<string, Record<string, Op>>;
  components: { schemas: Record<string, unknown>; headers: Record<string, unknown> };
};

describe('OpenAPI document complete for generators', () => {
  const bundle = () => JSON.parse(readFileSync('compiled/tables.json', 'utf8')) as CompiledBundle;
  const doc = () => JSON.parse(JSON.stringify(documentOf(bundle()))) as Doc;
  const operations = (d: Doc) =>
    Object.entries(d.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));

  it('every operation has a stable camelCase operationId, unique; the calculators are named after their ids', () => {
    const ops = operations(doc());
    const ids = ops.map((o) => o.op.operationId);
    expect(
      ids.every((id) => /^[a-z][a-zA-Z0-9]+$/.test(id ?? '')),
      ids.join(' '),
    ).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const byRoute = Object.fromEntries(ops.map((o) => [`${o.method} ${o.path}`, o.op.operationId]));
    expect(byRoute).toMatchObject({
      'get /v1/tables': 'listTables',
      'get /v1/tables/{id}': 'getTable',
      'get /v1/tables/{id}/parameters/{key}': 'lookupParameter',
      'get /v1/tables/{id}/scales/{sheet}': 'getScale',
      'get /v1/tables/{id}/changes': 'getTableChanges',
      'get /v1/tables/{id}/versions': 'getTableVersions',
      'get /v1/calculators': 'listCalculators',
      'post /v1/calculators/employee-medical-settlement': 'calculateEmployeeMedicalSettlement',
      'post /v1/calculators/case-transfer-deadlines': 'calculateCaseTransferDeadlines',
      'get /healthz': 'getHealth',
    });
    for (const calc of calculators) expect(byRoute[`post /v1/calculators/${calc.id}`]).toMatch(/^calculate[A-Z]/);
  });

  it("servers is the absolute public origin; the benchmarks' /v1/ping is not in the reference", () => {
    const d = doc();
    expect(d.servers.map((x) => x.url)).toEqual([publicOrigin()]);
    expect(d.servers[0]!.url).toMatch(/^https?:\/\/[^/]+$/);
    const elsewhere = JSON.parse(
      JSON.stringify(openApiDocument(createApp(bundle()), { origin: 'https://api.example.gov.cn', tables: Object.keys(bundle().tables) })),
    ) as Doc;
    expect(elsewhere.servers.map((x) => x.url)).toEqual(['https://api.example.gov.cn']);
    expect(Object.keys(d.paths)).not.toContain('/v1/ping');
  });

  it('responses name their headers; conditional GETs list 304 and If-None-Match; every 429 has Retry-After and RateLimit', () => {
    const d = doc();
    const names = (h: Record<string, unknown> | undefined) => Object.keys(h ?? {}).sort();
    for (const { path, method, op } of operations(d)) {
      const where = `${method} ${path}`;
      for (const [status, res] of Object.entries(op.responses)) {
        expect(names(res.headers), `${where} ${status}`).toEqual(expect.arrayContaining(['RateLimit-Policy', 'X-Request-Id']));
        for (const ref of Object.values(res.headers ?? {})) expect(d.components.headers).toHaveProperty(ref.$ref.split('/').pop()!);
      }
      expect(names(op.responses['429']!.headers), where).toEqual(['RateLimit', 'RateLimit-Policy', 'Retry-After', 'X-Request-Id']);
      if (method === 'get' && path.startsWith('/v1/')) {
        expect(names(op.responses['200']!.headers), where).toEqual(
          expect.arrayContaining(['ETag', 'Cache-Control', 'Content-Language', 'Vary']),
        );
        expect(op.responses['304'], where).toBeDefined();
        expect(op.parameters, where).toEqual(expect.arrayContaining([{ $ref: '#/components/parameters/IfNoneMatch' }]));
      } else expect(op.responses['304'], where).toBeUndefined();
    }
  });

  it('path ids are enums of the tables served; the /changes example spans two different dates', () => {
    const d = doc();
    const tables = Object.keys(bundle().tables);
    for (const { path, op } of operations(d).filter((o) => o.path.startsWith('/v1/tables/'))) {
      const id = op.parameters!.find((p) => !('$ref' in p) && p.name === 'id' && p.in === 'path') as { schema: { enum?: string[] } };
      expect(id.schema.enum, path).toEqual(tables);
    }
    // the catalogue's ids are the calculators'
    type Node = { properties?: Record<string, Node>; items?: Node; enum?: string[] };
    const answer = d.paths['/v1/calculators']!.get!.responses['200'] as { content: Record<string, { schema: Node }> };
    const catalogueId = answer.content['application/json']!.schema.properties!.calculators!.items!.properties!.id!;
    expect(catalogueId.enum).toEqual(calculators.map((c) => c.id));
    const q = d.paths['/v1/tables/{id}/changes']!.get!.parameters!.filter((p) => !('$ref' in p) && p.in === 'query') as {
      name: string;
      schema: { example?: string };
    }[];
    const from = q.find((p) => p.name === 'from')!.schema.example!;
    const to = q.find((p) => p.name === 'to')!.schema.example!;
    expect(from < to, `${from} → ${to}`).toBe(true);
  });

  it("a calculator's request body is its input schema inline, where a field with a default is never required", () => {
    const d = doc();
    const walk = (node: unknown, at: string, out: string[]) => {
      if (!node || typeof node !== 'object') return;
      const n = node as { properties?: Record<string, { default?: unknown }>; required?: string[]; $ref?: string };
      if (n.$ref) out.push(`${at}: $ref ${n.$ref}`);
      for (const r of n.required ?? [])
        if (n.properties?.[r] && 'default' in n.properties[r]!) out.push(`${at}.${r}: required with a default`);
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`, out);
    };
    let defaults = 0;
    for (const calc of calculators) {
      const schema = d.paths[`/v1/calculators/${calc.id}`]!.post!.requestBody!.content['application/json']!.schema;
      const problems: string[] = [];
      walk(schema, calc.id, problems);
      expect(problems).toEqual([]);
      defaults += (JSON.stringify(schema).match(/"default":/g) ?? []).length;
    }
    expect(defaults).toBeGreaterThan(5);
  });

  // Spectral's OpenAPI ruleset, as an integrator's CI would run it on this document: nothing to report.
  it('Spectral (spectral:oas, --fail-severity=warn) reports nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spectral-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(documentOf(bundle())));
      const r = spawnSync(
        process.execPath,
        [
          'node_modules/@stoplight/spectral-cli/dist/index.js',
          'lint',
          '--ruleset',
          '.spectral.yaml',
          '--fail-severity=warn',
          '--format',
          'json',
          '--output',
          join(dir, 'results.json'),
          file,
        ],
        { encoding: 'utf8' },
      );
      const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as { code: string; message: string; path: string[] }[];
      expect(results.map((x) => `${x.code} ${x.path.join('.')}: ${x.message}`)).toEqual([]);
      expect(r.status, r.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
