/**
 * An integrator's generator with its default options: openapi-typescript on the OpenAPI document, then the README's
 * openapi-fetch example compiled against the generated types in a folder of its own (strict tsc, no Cloudflare types).
 * A field with a default must be optional in a request body, and every operation must be reachable by its path.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../scripts/lib/api-description';
import { publicOrigin } from '../../scripts/lib/public-origin';
import { createApp } from '../../src/app';
import type { CompiledBundle } from '../../src/tables/model';
import { readmeExample } from '../helpers/readme';

const ROOT = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'policy-edge-generated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tsc = (project: string) =>
  spawnSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project, '--noEmit'], {
    cwd: dir,
    encoding: 'utf8',
  });

describe('a client generated with openapi-typescript default options', () => {
  it("compiles the README's example", () => {
    const bundle = JSON.parse(readFileSync('compiled/tables.json', 'utf8')) as CompiledBundle;
    writeFileSync(
      join(dir, 'openapi.json'),
      JSON.stringify(openApiDocument(createApp(bundle), { origin: publicOrigin(), tables: Object.keys(bundle.tables) })),
    );
    // the CLI as the README gives it, no options but the output file
    const gen = spawnSync(
      process.execPath,
      [resolve(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), 'openapi.json', '-o', 'policy-edge.d.ts'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(gen.status, gen.stderr).toBe(0);
    const types = readFileSync(join(dir, 'policy-edge.d.ts'), 'utf8');
    expect(types).toContain('calculateEmployeeMedicalSettlement: {');
    symlinkSync(resolve(ROOT, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'example.ts'), `${readmeExample('README.md', 'generated-client')}\nexport {};\n`);
    const compilerOptions = {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2022', 'DOM'],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['example.ts'] }));
    const r = tsc('tsconfig.json');
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);

    // and a body that leaves out a required field, or gives a wrong type, does not compile
    writeFileSync(
      join(dir, 'wrong.ts'),
      `import createClient from 'openapi-fetch';
import type { paths } from './policy-edge';
const client = createClient<paths>({ baseUrl: 'http://localhost:8787' });
// @ts-expect-error: claims is required
await client.POST('/v1/calculators/employee-medical-settlement', { body: { year: 2015, person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10' } } });
// @ts-expect-error: not a table id
await client.GET('/v1/tables/{id}', { params: { path: { id: 'no-such-table' } } });
export {};
`,
    );
    writeFileSync(join(dir, 'tsconfig.wrong.json'), JSON.stringify({ compilerOptions, files: ['wrong.ts'] }));
    const w = tsc('tsconfig.wrong.json');
    expect(w.stdout + w.stderr).toBe('');
  }, 120_000);
});
