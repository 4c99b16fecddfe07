import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculatorCatalogue, openApiDocument } from '../../scripts/lib/api-description';
import { docsOf } from '../../scripts/lib/policy';
import { calculators } from '../../src/policy/index';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { CATALOGUE_ASSET_PATH, OPENAPI_ASSET_PATH } from '../../src/api-description';
import { createApp } from '../../src/app';
import type { CompiledBundle } from '../../src/tables/model';
import { TABLES_DIR } from '../helpers/workbooks';

// The validator compiles JSON Schemas to code with new Function, which workerd forbids; so the document
// is validated here in Node, generated as `npm run assets:build` generates it (the workerd tests check
// that the Worker serves the built file).
describe('OpenAPI document', () => {
  it('validates against the OpenAPI 3.1 schema', async () => {
    const app = createApp(buildTables(workbookFiles(TABLES_DIR)).bundle!);
    const doc = JSON.parse(JSON.stringify(openApiDocument(app))) as Parameters<Validator['validate']>[0];
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every calculator from its docs, and every operation can answer 429', () => {
    const app = createApp(buildTables(workbookFiles(TABLES_DIR)).bundle!);
    const doc = openApiDocument(app) as unknown as {
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
    };
    for (const calc of calculators) {
      const docs = docsOf(calc);
      const op = doc.paths[`/v1/calculators/${calc.id}`]!.post!;
      expect(op.summary, calc.id).toBe(docs.title.en);
      expect(op.description, calc.id).toContain(docs.description.zh);
      expect(op.requestBody!.content['application/json']!.examples, calc.id).toEqual(docs.examples);
    }
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) expect(op.responses['429'], `${method} ${path}`).toBeDefined();
  });

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
  });

  it('the files the Worker serves (compiled/public/_api) are what the code generates now — else run npm run assets:build', () => {
    const built = (path: string) => JSON.parse(readFileSync(join('compiled/public', path), 'utf8')) as unknown;
    const app = createApp(JSON.parse(readFileSync('compiled/tables.json', 'utf8')) as CompiledBundle);
    expect(built(OPENAPI_ASSET_PATH)).toEqual(JSON.parse(JSON.stringify(openApiDocument(app))));
    expect(built(CATALOGUE_ASSET_PATH)).toEqual(JSON.parse(JSON.stringify(calculatorCatalogue())));
  });
});
