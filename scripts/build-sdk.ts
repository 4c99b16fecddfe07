/**
 * npm run sdk:build — the TypeScript SDK (clients/typescript, @policy-edge/client) from the OpenAPI document that
 * `npm run assets:build` wrote (compiled/public/_api/openapi.json, the one the Worker serves):
 *   src/schema.ts     openapi-typescript with its default options: every path, operation and schema as types
 *   src/generated.ts  the document's server (the default base URL) and the calculator ids
 *   openapi.json      the document itself, shipped in the package
 *   dist/             tsc of src/
 * Nothing is written by hand per route: a route added to the API (batches, reforms…) is in the SDK after a rebuild.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { OPENAPI_ASSET_PATH } from '../src/api-description';

export const SDK_DIR = 'clients/typescript';
const DOCUMENT = join('compiled/public', OPENAPI_ASSET_PATH);

type Document = { servers?: { url: string }[]; paths: Record<string, Record<string, unknown>> };

/** The ids of the calculators the document describes: each `POST /v1/calculators/{id}` with a literal id. */
export const calculatorIdsOf = (doc: Document) =>
  Object.keys(doc.paths).flatMap((p) => {
    const m = /^\/v1\/calculators\/([a-z0-9-]+)$/.exec(p);
    return m && doc.paths[p]!.post ? [m[1]!] : [];
  });

export async function buildSdk(dir = SDK_DIR, document = DOCUMENT) {
  if (!existsSync(document)) throw new Error(`${document} is missing: run npm run build first (it writes the OpenAPI document)`);
  const doc = JSON.parse(readFileSync(document, 'utf8')) as Document;
  const server = doc.servers?.[0]?.url;
  if (!server) throw new Error(`${document} has no servers entry`);
  writeFileSync(join(dir, 'src/schema.ts'), COMMENT_HEADER + astToString(await openapiTS(doc as never)));
  writeFileSync(
    join(dir, 'src/generated.ts'),
    `${COMMENT_HEADER}\n/** The server of the OpenAPI document this client was generated from (its PUBLIC_ORIGIN). */\n` +
      `export const DEFAULT_BASE_URL = ${JSON.stringify(server)};\n\n/** Every calculator: POST /v1/calculators/{id}. */\n` +
      `export const CALCULATOR_IDS = ${JSON.stringify(calculatorIdsOf(doc))} as const;\n`,
  );
  copyFileSync(document, join(dir, 'openapi.json'));
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`tsc of ${dir} failed:\n${tsc.stdout}${tsc.stderr}`);
  return { server, calculators: calculatorIdsOf(doc).length, paths: Object.keys(doc.paths).length };
}

if (process.argv[1]?.endsWith('build-sdk.ts')) {
  const r = await buildSdk();
  console.log(`✓ SDK → ${SDK_DIR}/dist (${r.paths} paths, ${r.calculators} calculators, default base URL ${r.server})`);
}
