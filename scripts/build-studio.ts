/**
 * npm run studio:build — bundles /studio (studio/) into compiled/public/studio with esbuild: the page's script, its
 * Web Worker — which holds the workbook reader (SheetJS), the compiler, the checks, the calculators and the review
 * report of scripts/lib, the very code of tables:check and tables:build — the page and its styles. The Worker serves
 * them from its ASSETS binding (src/routes/studio.ts); none of it is part of the Worker's bundle. The few Node
 * modules that code imports are replaced by studio/shims: the hash and the inflater it really uses, and stubs for
 * files, git and threads, which the browser path never calls.
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { calculators } from '../src/policy/index';

export const STUDIO_DIR = 'compiled/public/studio';

const stub = './studio/shims/node-stub.ts';
const alias: Record<string, string> = {
  'node:fs': stub,
  'node:os': stub,
  'node:child_process': stub,
  'node:url': stub,
  'node:worker_threads': stub,
  'node:path': './studio/shims/path.ts',
  'node:crypto': './studio/shims/crypto.ts',
  'node:zlib': './studio/shims/zlib.ts',
};

/**
 * scripts/lib/policy.ts finds the schemas and docs of src/policy by reading the folder at start-up; the browser has
 * no folder, so the same exports are built from static imports of the same files, listed here at build time.
 */
const ROOT = resolve(import.meta.dirname, '..');
const POLICY = join(ROOT, 'src', 'policy');
function policyModule(): string {
  const tables = readdirSync(POLICY, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(POLICY, d.name, 'table.ts')))
    .map((d) => d.name)
    .sort();
  const q = (p: string) => JSON.stringify(p);
  return [
    `import { casesFileSchema } from ${q(join(ROOT, 'src/engine/cases.ts'))};`,
    `import { calculators } from ${q(join(POLICY, 'index.ts'))};`,
    ...tables.map((id, i) => `import * as table${i} from ${q(join(POLICY, id, 'table.ts'))};`),
    ...calculators.flatMap((c, i) => [
      `import * as docs${i} from ${q(join(POLICY, c.table.id, `${c.id}.docs.ts`))};`,
      `import cases${i} from ${q(join(POLICY, c.table.id, `${c.id}.cases.json`))};`,
    ]),
    `export const POLICY_DIR = 'src/policy';`,
    `export const documentDir = (table) => POLICY_DIR + '/' + table;`,
    `export const calculatorFile = (calc, suffix) => documentDir(calc.table.id) + '/' + calc.id + suffix;`,
    `const tableModules = { ${tables.map((id, i) => `${q(id)}: table${i}`).join(', ')} };`,
    `export const tableSpecs = Object.fromEntries(Object.entries(tableModules).map(([id, mod]) => [id, Object.values(mod).find((x) => x && typeof x === 'object' && x.id === id)]));`,
    `const casesFiles = { ${calculators.map((c, i) => `${q(c.id)}: cases${i}`).join(', ')} };`,
    `const docsModules = { ${calculators.map((c, i) => `${q(c.id)}: docs${i}`).join(', ')} };`,
    `export function casesOf(calc) { return casesFileSchema.parse(casesFiles[calc.id]); }`,
    `export const calculatorDocs = new Map(calculators.map((calc) => {`,
    `  const cases = casesOf(calc);`,
    `  const examples = Object.fromEntries(cases.filter((c) => c.example).map((c) => [c.id, { summary: c.summary, value: c.request }]));`,
    `  return [calc.id, { ...docsModules[calc.id].docs, cases, examples }];`,
    `}));`,
    `export function docsOf(calc) { return calculatorDocs.get(calc.id); }`,
  ].join('\n');
}
const policyPlugin: Plugin = {
  name: 'studio-policy',
  setup(b) {
    b.onResolve({ filter: /(^|\/)policy(\.ts)?$/ }, (args) =>
      resolve(args.resolveDir, args.path).replace(/\.ts$/, '') === join(ROOT, 'scripts', 'lib', 'policy')
        ? { path: 'policy', namespace: 'studio-policy' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'studio-policy' }, () => ({ contents: policyModule(), loader: 'js', resolveDir: ROOT }));
  },
};

mkdirSync(STUDIO_DIR, { recursive: true });
const common = {
  bundle: true,
  format: 'iife' as const,
  platform: 'browser' as const,
  target: ['es2022', 'chrome100', 'firefox100', 'safari16'],
  minify: true,
  legalComments: 'none' as const,
  charset: 'utf8' as const,
  alias,
  // the calculators' code reads no environment; SheetJS asks whether it runs in Node
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [policyPlugin],
  // import.meta appears only on the Node paths (the package's version, the parser thread), never taken here
  logOverride: { 'empty-import-meta': 'silent' as const },
  logLevel: 'warning' as const,
};
await build({ ...common, entryPoints: ['studio/page.ts'], outfile: `${STUDIO_DIR}/studio.js` });
// a module worker: the calculators' registry loads every calculator with a top-level await (src/policy/index.ts)
await build({ ...common, format: 'esm', entryPoints: ['studio/worker.ts'], outfile: `${STUDIO_DIR}/studio-worker.js` });
copyFileSync('studio/index.html', `${STUDIO_DIR}/index.html`);
copyFileSync('studio/studio.css', `${STUDIO_DIR}/studio.css`);

const size = (f: string) => {
  const b = readFileSync(`${STUDIO_DIR}/${f}`);
  return `${f} ${(b.length / 1024).toFixed(0)} KB (${(gzipSync(b, { level: 9 }).length / 1024).toFixed(0)} KB gzip)`;
};
console.log(`✓ studio → ${STUDIO_DIR}: ${size('studio.js')}, ${size('studio-worker.js')}`);
