/**
 * The SDK as an integrator gets it: `npm run sdk:build`'s package (clients/typescript) packed with `npm pack`,
 * installed from the tarball into a separate folder without registry access (its one dependency, openapi-fetch,
 * copied in from this repository's node_modules beforehand, and `npm install --offline`), its README example
 * type-checked there with the consumer's own tsc settings (no Cloudflare types) and run with Node against a real
 * `wrangler dev`. Only the README's base URL is replaced, by the dev server's port.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSdk, SDK_DIR } from '../../scripts/build-sdk';
import { readmeExample } from '../helpers/readme';
import { workedSettlement } from '../helpers/worked-example';
import { startWranglerDev } from '../helpers/wrangler-dev';

const ROOT = process.cwd();
let dev: Awaited<ReturnType<typeof startWranglerDev>> | undefined;
let work = '';

beforeAll(async () => {
  if (!existsSync('compiled/public/_api/openapi.json')) throw new Error('run npm run build first (npm test does)');
  work = mkdtempSync(join(tmpdir(), 'policy-edge-sdk-'));
  [dev] = await Promise.all([startWranglerDev(), buildSdk()]);
});

afterAll(() => {
  dev?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('@policy-edge/client', () => {
  it('packs, installs offline from its tarball into another project, and its README example type-checks and runs against wrangler dev', async () => {
    // npm pack: what a registry would get (package.json "files": dist, openapi.json, README.md)
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: SDK_DIR, encoding: 'utf8' })) as {
      filename: string;
      files: { path: string }[];
    }[];
    const tarball = join(work, packed[0]!.filename);
    expect(packed[0]!.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/schema.d.ts', 'README.md']),
    );
    expect(packed[0]!.files.some((f) => f.path.startsWith('src/'))).toBe(false);

    // a separate project: its dependency copied in from here, then an offline install of the tarball
    const app = join(work, 'app');
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    for (const dep of ['openapi-fetch', 'openapi-typescript-helpers'])
      cpSync(join(ROOT, 'node_modules', dep), join(app, 'node_modules', dep), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'integrator', private: true, type: 'module' }));
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: app,
      encoding: 'utf8',
      env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' },
    });
    expect(install.status, install.stderr).toBe(0);
    expect(readdirSync(join(app, 'node_modules/@policy-edge/client/dist'))).toContain('index.js');

    // the README example, compiled with the consumer's settings and run with Node
    const example = readmeExample(join(SDK_DIR, 'README.md')).replace("baseUrl: 'http://localhost:8787'", `baseUrl: '${dev!.origin}'`);
    expect(example).toContain(dev!.origin);
    writeFileSync(join(app, 'example.ts'), example);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM'],
          types: [],
          strict: true,
          skipLibCheck: false,
        },
        files: ['example.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: app, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const run = spawnSync(process.execPath, ['example.js'], { cwd: app, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^.+: 200000 \(嘉政发〔2014〕87号 第.+条\)$/);
    // the same request without the SDK: the figures the SDK printed are the API's (the spec's worked example: fund 25 460)
    const plain = (await (
      await fetch(`${dev!.origin}/v1/calculators/employee-medical-settlement`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(workedSettlement),
      })
    ).json()) as { totals: { pooledFund: number; selfBurden: number } };
    expect(plain.totals.pooledFund).toBe(25460);
    expect(lines[1]).toBe(`pooled fund ${plain.totals.pooledFund}, self-burden ${plain.totals.selfBurden}`);
    // the rule cites its article, and a clause where there is one: (嘉政发〔2014〕87号 第十九条（二）)
    expect(lines[2]).toMatch(/^first rule: .+ \(.*第.+条(（.+）)?\)$/);
    expect(lines[3]).toBe('defaults applied: /person/preLiberationVeteran, /claims/2/location');
    expect(lines[4]).toMatch(/^request id: [0-9a-f-]{36}$/);
  }, 300_000);

  it('the SDK types a wrong body, path or calculator id as an error at compile time', () => {
    const app = join(work, 'app');
    writeFileSync(
      join(app, 'wrong.ts'),
      `import { createPolicyEdgeClient } from '@policy-edge/client';
const api = createPolicyEdgeClient();
// @ts-expect-error: no such calculator
await api.calculate('no-such-calculator', {});
// @ts-expect-error: year must be a number
await api.calculate('employee-medical-account', { year: '2015', status: 'retired', birthDate: '1945-03-10' });
// scheme has a default: optional
await api.calculate('employee-medical-account', { year: 2015, status: 'retired', birthDate: '1945-03-10' });
// @ts-expect-error: no such route
await api.GET('/v1/nothing');
const tables = await api.GET('/v1/tables/{id}', { params: { path: { id: 'employee-medical-insurance' } } });
// @ts-expect-error: not a field of the answer
tables.data?.nothing;
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ ...JSON.parse(readFileSync(join(app, 'tsconfig.json'), 'utf8')), files: ['wrong.ts'] }),
    );
    const tsc = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.', '--noEmit'], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
  }, 60_000);
});
