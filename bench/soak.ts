/**
 * npm run soak [-- --seconds 60] [--connections 64]
 *
 * Load over loopback against `wrangler dev` for a fixed time, mixing every GET route of the app (with
 * real path values), every calculator (its examples) and a few requests that must fail (404, 405, 422):
 * every answer's status is checked; the Worker's JS heap is sampled through the inspector and the resident
 * memory (VmRSS) of the workerd processes each second. Exits non-zero on any error, unexpected status, or
 * growth of the live heap over the bound (--max-heap-growth-mib, default 16).
 */
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { calculators } from '../src/policy/index';
import { app, bundle } from '../test/helpers/compiled-app';
import { PROBLEM_TYPES } from '../src/http/problem';
import { settlement } from './lib/requests';
import { fmt, fmtInt, machine, median, table } from './lib/stats';
import { openInspector } from './lib/inspector';
import { freePort, ROOT, rssKiB, startDev, workerdProcesses } from './lib/wrangler';
import { docsOf } from '../scripts/lib/policy';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    'warm-up': { type: 'string', default: '30' },
    'max-heap-growth-mib': { type: 'string', default: '16' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const maxHeapGrowthMiB = Number(values['max-heap-growth-mib']);

interface Req {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: string;
  expect: number;
}

// Every GET route with real values for its parameters (first table, parameter, sheet, problem type…).
const tables = Object.values(bundle.tables);
const t0 = tables[0]!;
const known: Record<string, string> = {
  id: t0.id,
  key: t0.parameters[0]!.key,
  sheet: t0.scales[0]!.id,
  type: Object.keys(PROBLEM_TYPES)[0]!,
  calculator: calculators[0]!.id,
};
const assets = readdirSync(join(ROOT, 'compiled', 'public', 'docs')).filter(
  (f) => statSync(join(ROOT, 'compiled', 'public', 'docs', f)).size < 300_000,
);
const requests: Req[] = [];
for (const path of new Set(app.routes.filter((r) => r.method === 'GET').map((r) => r.path))) {
  if (path.includes('*')) {
    for (const f of assets) requests.push({ method: 'GET', path: path.replace('*', f), expect: 200 });
    continue;
  }
  const filled = path.replace(/:([a-zA-Z]+)/g, (_, name: string) => encodeURIComponent(known[name] ?? name));
  // a route that needs query parameters may answer 4xx without them: its first answer is what it must keep giving
  requests.push({ method: 'GET', path: filled, expect: 0 });
  if (filled.startsWith('/v1/tables/')) requests.push({ method: 'GET', path: `${filled}?date=2015-06-01&lang=en`, expect: 0 });
}
for (const calc of calculators) {
  for (const ex of Object.values(docsOf(calc).examples))
    requests.push({ method: 'POST', path: `/v1/calculators/${calc.id}`, body: JSON.stringify(ex.value), expect: 0 }); // 200, or 422 where the source does not publish a value
}
requests.push(
  { method: 'POST', path: '/v1/calculators/employee-medical-settlement', body: JSON.stringify(settlement(10)), expect: 200 },
  { method: 'POST', path: '/v1/calculators/employee-medical-settlement', body: JSON.stringify(settlement(200)), expect: 200 },
  { method: 'POST', path: '/v1/calculators/employee-medical-settlement', body: '{"year":"2015","claims":[]}', expect: 422 },
  { method: 'GET', path: '/v1/tables/no-such-table', expect: 404 },
  { method: 'DELETE', path: '/v1/tables', expect: 405 },
);

const inspectorPort = await freePort();
const dev = await startDev({ inspectorPort });
let code = 0;
try {
  // every request answers as expected before the load starts
  for (const r of requests) {
    const res = await fetch(dev.url + r.path, {
      method: r.method,
      headers: r.body ? { 'content-type': 'application/json' } : {},
      body: r.body,
    });
    await res.arrayBuffer();
    if (r.expect === 0 && res.status < 500) r.expect = res.status;
    if (res.status !== r.expect) throw new Error(`${r.method} ${r.path}: ${res.status}, expected ${r.expect}`);
  }
  const procs = workerdProcesses(dev);
  // the Worker's JS heap, sampled one call at a time (the inspector answers slowly under load)
  const inspector = await openInspector(inspectorPort, 'policy-edge');
  const heap: { t: number; used: number }[] = [];
  let sampling = true;
  const heapLoop = (async () => {
    while (sampling) {
      const used = await inspector.heapUsed();
      if (used !== null) heap.push({ t: Date.now(), used });
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  const samples: { t: number; rss: Record<number, number | null> }[] = [];
  const sample = () => samples.push({ t: Date.now(), rss: Object.fromEntries(procs.map((p) => [p.pid, rssKiB(p.pid)])) });
  sample();
  const before = samples[0]!;

  const unexpected = new Map<string, number>();
  const statusCounts = new Map<number, number>();
  const run = (duration: number) =>
    autocannon({
      url: dev.url,
      connections,
      duration,
      timeout: 30,
      requests: requests.map((r) => ({
        method: r.method,
        path: r.path,
        ...(r.body ? { body: r.body, headers: { 'content-type': 'application/json' } } : {}),
        onResponse: (status: number) => {
          statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
          if (status !== r.expect)
            unexpected.set(`${r.method} ${r.path} → ${status}`, (unexpected.get(`${r.method} ${r.path} → ${status}`) ?? 0) + 1);
        },
      })),
    });
  // workerd's allocators grow for the first ~30 s of load even for a no-op route, then level off
  // (BENCHMARKS.md › Soak): the growth that counts is measured after that
  const warm = Number(values['warm-up']);
  process.stderr.write(`warm-up ${warm} s…\n`);
  await run(warm);
  unexpected.clear();
  statusCounts.clear();
  // live heap = what a full collection leaves (forced by a heap snapshot), after the warm-up and after the load
  const heapStart = await inspector.heapAfterFullGc();
  sample();
  const afterWarm = samples.length - 1;
  const timer = setInterval(sample, 1000);
  process.stderr.write(`soak ${seconds} s at ${connections} connections, ${requests.length} distinct requests…\n`);
  const res = await run(seconds);
  clearInterval(timer);
  const loadEnd = Date.now();
  const heapEnd = await inspector.heapAfterFullGc();
  sample();
  await new Promise((r) => setTimeout(r, 5000));
  sample(); // five seconds after the load
  sampling = false;
  await heapLoop;
  inspector.close();

  // growth of the live heap over the soak; a snapshot the inspector did not deliver gives NaN, which fails
  // the bound: no silent pass
  const mib = (b: number | null) => (b === null ? Number.NaN : b / 1048576);
  const heapFirst = mib(heapStart);
  const heapLast = mib(heapEnd);
  const heapGrowth = heapLast - heapFirst;
  if (!(heapGrowth <= maxHeapGrowthMiB)) code = 1;
  // the sawtooth under load, from the samples: its minimum per 10 s and its peak
  const loadStart = samples[afterWarm]!.t;
  const heapMin = (from: number, to: number) => {
    const xs = heap.filter((h) => h.t >= from && h.t <= to).map((h) => h.used);
    return xs.length ? Math.min(...xs) / 1048576 : Number.NaN;
  };
  const heapPeak = Math.max(0, ...heap.filter((h) => h.t >= loadStart && h.t <= loadEnd).map((h) => h.used)) / 1048576;
  const heapTimeline = [];
  for (let at = loadStart; at < loadEnd; at += 10_000) {
    const m = heapMin(at, at + 10_000);
    heapTimeline.push(`${Math.round((at - loadStart) / 1000)}s: ${Number.isNaN(m) ? 'no sample' : fmt(m, 1)}`);
  }

  const total = [...statusCounts.values()].reduce((a, b) => a + b, 0);
  const errors = res.errors + res.timeouts + [...unexpected.values()].reduce((a, b) => a + b, 0) + res['5xx'];
  const rows = procs.map((p) => {
    const series = samples.map((s) => s.rss[p.pid] ?? 0);
    const during = series.slice(afterWarm, -1);
    const head = median(during.slice(0, 10));
    const tail = median(during.slice(-10));
    const growthMiB = (tail - head) / 1024;
    return [
      `workerd (${p.role === 'proxy' ? "wrangler's proxy, on the dev port" : 'this Worker'}) pid ${p.pid}`,
      fmt(before.rss[p.pid]! / 1024, 0),
      fmt(series[afterWarm]! / 1024, 0),
      fmt(Math.max(...during) / 1024, 0),
      fmt(series.at(-2)! / 1024, 0),
      fmt(series.at(-1)! / 1024, 0),
      `${growthMiB >= 0 ? '+' : ''}${fmt(growthMiB, 1)}`,
    ];
  });
  if (errors) code = 1;
  const timeline = samples
    .slice(afterWarm)
    .filter((_, i) => i % 10 === 0)
    .map(
      (s) =>
        `${Math.round((s.t - samples[afterWarm]!.t) / 1000)}s: ${procs.map((p) => `${fmt((s.rss[p.pid] ?? 0) / 1024, 0)}`).join(' / ')} MiB`,
    )
    .join(' · ');
  console.log(
    [
      `## npm run soak — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Command: \`npm run soak${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` — ${seconds} s at ${connections} connections on loopback against \`wrangler dev\` (after ${warm} s of warm-up), cycling through ${requests.length} requests: every GET route of the app with real values, every calculator's examples, settlements of 10 and 200 bills, and expected 404/405/422 answers.`,
      '',
      `Machine: ${machine()}.`,
      '',
      table(
        ['requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors + timeouts', 'unexpected statuses', '5xx'],
        [
          [
            fmtInt(total),
            fmtInt(total / res.duration),
            res.latency.p50,
            res.latency.p99,
            res.latency.max,
            res.errors + res.timeouts,
            [...unexpected.values()].reduce((a, b) => a + b, 0),
            res['5xx'],
          ],
        ],
      ),
      '',
      `Statuses: ${[...statusCounts]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s} × ${fmtInt(n)}`)
        .join(', ')}.${unexpected.size ? ` Unexpected: ${[...unexpected].map(([k, n]) => `${k} × ${n}`).join('; ')}.` : ''}`,
      '',
      `The Worker's JavaScript heap (the isolate running this code, read through the inspector): live heap = what is left after a full collection (forced by taking a heap snapshot), after the warm-up and right after the load; growth between the two, bound ${maxHeapGrowthMiB} MiB. Under load, \`Runtime.getHeapUsage\` every 0.5 s shows the sawtooth:`,
      '',
      table(
        ['live heap after the warm-up', 'live heap after the load', 'growth', 'peak under load (before collections)', 'samples under load'],
        [
          [
            `${fmt(heapFirst, 1)} MiB`,
            `${fmt(heapLast, 1)} MiB`,
            `**${heapGrowth >= 0 ? '+' : ''}${fmt(heapGrowth, 1)} MiB**`,
            `${fmt(heapPeak, 1)} MiB`,
            String(heap.filter((h) => h.t >= loadStart && h.t <= loadEnd).length),
          ],
        ],
      ),
      '',
      `Lowest sample every 10 s under load (MiB): ${heapTimeline.join(' · ')}.`,
      '',
      `Resident memory of the workerd processes (VmRSS, MiB), sampled every second, reported and not bounded: under \`wrangler dev\` the Worker's process also runs miniflare's entry, router, asset and rate-limiter workers, and its RSS grows under load for a hello-world Worker too (BENCHMARKS.md › Soak); growth = median of the last 10 samples under load − median of the first 10:`,
      '',
      table(['process', 'idle', 'after warm-up', 'peak', 'end of load', '5 s after', 'growth'], rows),
      '',
      `Timeline (proxy / Worker): ${timeline}.`,
      '',
      code === 0 ? '**Result: pass** (no error, no unexpected status, live heap growth within the bound).' : '**Result: FAIL**.',
    ].join('\n'),
  );
} finally {
  await dev.stop();
}
process.exit(code);
