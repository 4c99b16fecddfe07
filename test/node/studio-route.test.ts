import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../scripts/lib/api-description';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { publicOrigin } from '../../scripts/lib/public-origin';
import { createApp } from '../../src/app';
import { TABLES_DIR } from '../helpers/workbooks';

/**
 * GET /v1/tables/{id}/data: the compiled table /studio compares a dropped workbook with, as the build wrote it,
 * documented in the OpenAPI document. /studio's own files come from ASSETS (the browser test serves them).
 */
const bundle = buildTables(workbookFiles(TABLES_DIR)).bundle!;
const app = createApp(bundle);
const EMI = 'employee-medical-insurance';

describe('GET /v1/tables/{id}/data', () => {
  it('answers the compiled table, whole: the same JSON the build wrote', async () => {
    const res = await app.request(`/v1/tables/${EMI}/data`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('etag')).toBeTruthy();
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(bundle.tables[EMI])));
  });

  it('an unknown table is a 404 problem; a table named like an object key is unknown too', async () => {
    for (const id of ['no-such-table', '__proto__', 'constructor']) {
      const res = await app.request(`/v1/tables/${id}/data`);
      expect(res.status, id).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(((await res.json()) as { type: string }).type).toBe('/problems/not-found');
    }
  });

  it('is in the OpenAPI document, its answer described as the compiled table', () => {
    const doc = openApiDocument(app, { origin: publicOrigin(), tables: Object.keys(bundle.tables) }) as unknown as {
      paths: Record<
        string,
        { get?: { operationId?: string; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> } }
      >;
    };
    const op = doc.paths['/v1/tables/{id}/data']!.get!;
    expect(op.responses['200']!.content!['application/json']!.schema.$ref).toBe('#/components/schemas/CompiledTable');
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '404', '429']));
    expect(op.operationId).toBe('getTableData');
  });

  it('/studio without its built files (no ASSETS binding here) is a 404 problem, not an error', async () => {
    const res = await app.request('/studio');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/Static assets are not bound/);
    expect((await app.request('/studio/../_data/tables.json')).status).toBe(404);
  });
});
