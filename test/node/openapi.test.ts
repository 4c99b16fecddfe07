import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { createApp } from '../../src/app';
import { TABLES_DIR } from '../helpers/workbooks';

// The validator compiles JSON Schemas to code with new Function, which workerd forbids; so the
// document the Worker serves is validated here in Node (the workerd tests check it is served).
describe('OpenAPI document', () => {
  it('validates against the OpenAPI 3.1 schema', async () => {
    const app = createApp(buildTables(workbookFiles(TABLES_DIR)).bundle!);
    const doc = (await (await app.request("http://localhost/openapi.json")).json()) as Parameters<Validator["validate"]>[0];
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });
});
