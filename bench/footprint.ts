import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmt, median, table } from './lib/stats';
import { ROOT } from './lib/wrangler';
import { BUNDLE_ASSET_PATH, DATA_META_ASSET_PATH, TABLE_INDEX_ASSET_PATH, tableAssetPath } from '../src/data';
import { LOOKUP } from './lib/requests';
import { WORKER_CONFIGS } from '../scripts/lib/workers';

/**
 * Footprint: the Worker bundle (`wrangler deploy --dry-run`), its gzip size, proof that the xlsx parser
 * is not in it, and the cost of starting the Worker: the global scope of the bundle (module evaluation)
 * and the first request, which builds the app (src/index.ts).
 */

/** Strings only SheetJS's code contains. */
export const XLSX_MARKERS = ['SheetJS', 'sheet_to_json', 'e965', 'parse_xlscfb', 'write_zip', 'XLSX.utils', 'cfb.js'];

const wrangler = join(ROOT, 'node_modules', '.bin', 'wrangler');

export async function benchFootprint(o: { runs: number }): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'policy-edge-dry-'));
  const res = spawnSync(wrangler, ['deploy', '--dry-run', '--outdir', dir, '--metafile', join(dir, 'meta.json'), '--env='], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  if (res.status !== 0) throw new Error(res.stderr || res.stdout);
  // wrangler.toml's [alias] matches an import path from any file: check it only redirected the imports it is
  // meant for — zod's own, @hono/zod-openapi's import of zod-to-openapi, hono's mount and body helpers, and our code's
  // imports of @hono/zod-openapi and src/documented.ts
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as {
    inputs: Record<string, { imports?: { path: string; original?: string }[] }>;
  };
  const expected = (file: string, stub: string) =>
    stub.endsWith('zod-to-openapi.ts')
      ? file.includes('node_modules/@hono/zod-openapi/')
      : /\/hono-(mount|body)\.ts$/.test(stub)
        ? file.includes('node_modules/hono/')
        : // our own code's imports of @hono/zod-openapi and of ../documented are meant for their stubs
          /\/(hono-zod-openapi|documented)\.ts$/.test(stub)
          ? file.startsWith('src/')
          : file.includes('node_modules/zod/') || file.startsWith('src/bundle-stubs/');
  const stray = Object.entries(meta.inputs).flatMap(([file, input]) =>
    (input.imports ?? [])
      .filter((i) => i.path.includes('src/bundle-stubs/') && !expected(file, i.path))
      .map((i) => `${file} → ${i.original ?? i.path}`),
  );
  if (stray.length) throw new Error(`wrangler.toml [alias] redirected unexpected imports: ${stray.join('; ')}`);
  const upload = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(res.stdout + res.stderr);
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const code = Buffer.concat(js.map((f) => readFileSync(join(dir, f))));
  const raw = code.length;
  const gz = gzipSync(code, { level: 9 }).length;
  const found = XLSX_MARKERS.filter((m) => code.includes(m));
  if (found.length) throw new Error(`the xlsx parser is in the Worker bundle: ${found.join(', ')}`);
  const targetOk = gz <= 150_000; // 150 KB, read strictly (146.5 KiB)
  const explorerGz = explorerBundleGzip();

  // start-up: evaluate the bundle in fresh Node processes (the same V8 as workerd), timing the global
  // scope from a first to a last statement added around it, then the first request (a lookup: its route group), a second lookup, and
  // a request of the whole API (/v1/ping), which builds it
  const timed = join(dir, 'timed.mjs');
  writeFileSync(
    timed,
    `globalThis.__t0 = performance.now(); globalThis.__c0 = process.cpuUsage();\n${readFileSync(join(dir, 'index.js'), 'utf8')}\n;globalThis.__c1 = process.cpuUsage(); globalThis.__t1 = performance.now();\n`,
  );
  const probe = join(dir, 'probe.mjs');
  writeFileSync(
    probe,
    `const m = await import(${JSON.stringify(timed)});
const ctx = { waitUntil() {}, passThroughOnException() {} };
// the ASSETS binding, as wrangler serves it: files of compiled/public (the compiled tables among them)
const { readFile } = await import('node:fs/promises');
const env = { ASSETS: { fetch: async (req) => new Response(await readFile(${JSON.stringify(join(ROOT, 'compiled', 'public'))} + new URL(req.url).pathname)) } };
// Node's own Response/JSON machinery (undici) loads on its first use; workerd has it built in: load it before timing
await new Response('{}').json();
const c1 = process.cpuUsage(); const t1 = performance.now();
const a = await m.default.fetch(new Request('http://x${LOOKUP}'), env, ctx); await a.text();
const c2 = process.cpuUsage(); const t2 = performance.now();
const b = await m.default.fetch(new Request('http://x${LOOKUP.replace('inpatient.annual_cap', 'document.trial')}'), env, ctx); await b.text();
const t3 = performance.now();
const w = await m.default.fetch(new Request('http://x/v1/ping'), env, ctx); await w.text();
const t4 = performance.now();
const cpu = (x, y) => (y.user + y.system - x.user - x.system) / 1000;
console.log(JSON.stringify({ globalMs: globalThis.__t1 - globalThis.__t0, globalCpuMs: cpu(globalThis.__c0, globalThis.__c1), firstMs: t2 - t1, firstCpuMs: cpu(c1, c2), secondMs: t3 - t2, wholeMs: t4 - t3, status: a.status, statuses: [b.status, w.status] }));`,
  );
  const runs: {
    globalMs: number;
    globalCpuMs: number;
    firstMs: number;
    firstCpuMs: number;
    secondMs: number;
    wholeMs: number;
    status: number;
    statuses: number[];
  }[] = [];
  for (let i = 0; i < o.runs; i++) runs.push(JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })));
  if (runs.some((r) => r.status !== 200 || r.statuses.some((x) => x !== 200)))
    throw new Error(`the bundle answered ${runs.map((r) => [r.status, ...r.statuses].join(' ')).join(', ')}`);
  const m = (k: Exclude<keyof (typeof runs)[number], 'statuses'>) => median(runs.map((r) => r[k]));
  const data = readFileSync(join(ROOT, 'compiled', 'public', BUNDLE_ASSET_PATH));
  const dataMeta = readFileSync(join(ROOT, 'compiled', 'public', DATA_META_ASSET_PATH));
  const index = readFileSync(join(ROOT, 'compiled', 'public', TABLE_INDEX_ASSET_PATH));
  const largest = readFileSync(join(ROOT, 'compiled', 'public', tableAssetPath('employee-medical-insurance')));

  // and workerd's own view: `wrangler check startup` writes a CPU profile of the start-up phase
  const profiles: number[] = [];
  for (let i = 0; i < Math.min(o.runs, 3); i++) {
    const out = join(dir, `startup-${i}.cpuprofile`);
    const r = spawnSync(wrangler, ['check', 'startup', '--outfile', out, '--env='], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    });
    if (r.status === 0) profiles.push(profileBusyMs(JSON.parse(readFileSync(out, 'utf8'))));
  }
  rmSync(dir, { recursive: true, force: true });

  return [
    '### Footprint',
    '',
    table(
      ['measure', 'value', 'target'],
      [
        ['API Worker bundle, raw (minified, `wrangler deploy --dry-run`)', `${fmt(raw / 1024, 1)} KiB`, ''],
        ['API Worker bundle, gzip -9', `**${fmt(gz / 1024, 1)} KiB**`, `≤ 150 KB ${targetOk ? '✓' : '✗'}`],
        [
          'explorer Worker bundle (wrangler.explorer.toml: the pages, behind the API), gzip -9',
          `${fmt(explorerGz / 1024, 1)} KiB`,
          `≤ 150 KB ${explorerGz <= 150_000 ? '✓' : '✗'}`,
        ],
        [
          'data assets (not in the bundle), raw: what every isolate reads first (`_data/meta.json`); the summaries (`index.json`, for the lists); the largest table (employee-medical-insurance); the whole set (`tables.json`, for search and the explorer)',
          [dataMeta, index, largest, data].map((f) => `${fmt(f.length / 1024, 1)} KiB`).join(' / '),
          '',
        ],
        ['wrangler\'s own report ("Total Upload")', upload ? `${upload[1]} KiB / gzip ${upload[2]} KiB` : 'n/a', ''],
        [`SheetJS in the bundle (grep: ${XLSX_MARKERS.map((x) => `\`${x}\``).join(', ')})`, 'none found ✓', 'absent'],
        [
          `global scope of the bundle (module evaluation), wall / CPU, median of ${o.runs} fresh Node processes`,
          `**${fmt(m('globalMs'), 2)} ms** / ${fmt(m('globalCpuMs'), 2)} ms`,
          '< 5 ms',
        ],
        [
          `first request of an isolate, a one-parameter lookup (reads the meta and the table, builds its route group's app: routes, schemas), wall / CPU`,
          `${fmt(m('firstMs'), 1)} ms / ${fmt(m('firstCpuMs'), 1)} ms`,
          '',
        ],
        ['second request, another parameter of the same table (its route group built), in process', `${fmt(m('secondMs'), 2)} ms`, ''],
        [
          'then the first request of the whole API (`/v1/ping`: builds it; src/route-groups.ts), in process',
          `${fmt(m('wholeMs'), 2)} ms`,
          '',
        ],
        [
          `workerd start-up CPU profile (\`wrangler check startup\`), busy samples, median of ${profiles.length}`,
          profiles.length ? `${fmt(median(profiles), 1)} ms` : 'n/a',
          '',
        ],
      ],
    ),
  ].join('\n');
}

/** The explorer Worker's bundle, gzip -9, as `wrangler deploy --dry-run` builds it. */
function explorerBundleGzip(): number {
  const dir = mkdtempSync(join(tmpdir(), 'policy-edge-dry-explorer-'));
  try {
    const res = spawnSync(wrangler, ['deploy', '--dry-run', '--config', WORKER_CONFIGS.explorer, '--outdir', dir, '--env='], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    });
    if (res.status !== 0) throw new Error(res.stderr || res.stdout);
    const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
    return gzipSync(Buffer.concat(js.map((f) => readFileSync(join(dir, f)))), { level: 9 }).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Profile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Time in non-idle samples of a V8 CPU profile (each sample's interval capped at 3× the median interval). */
export function profileBusyMs(p: Profile): number {
  const names = new Map(p.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const cap = 3 * median(p.timeDeltas.filter((d) => d > 0));
  let busy = 0;
  for (let i = 0; i < p.samples.length - 1; i++) {
    const name = names.get(p.samples[i]!);
    if (name === '(idle)' || name === '(root)' || name === '(program)') continue;
    busy += Math.min(p.timeDeltas[i + 1]!, cap);
  }
  return busy / 1000;
}
