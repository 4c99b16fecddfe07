/**
 * npm run bench:profile [-- settlement|lookup|table|ping] — where the Worker's isolate spends its CPU under load:
 * a V8 CPU profile of the isolate (through `wrangler dev --inspector-port`, the bundle not minified so the
 * functions keep their names) while autocannon drives one route, printed as self time per request of the
 * busiest functions. Sampling adds overhead, so read the shares, not the absolute figures; `npm run bench`
 * measures throughput without it. Used to find what the settlement costs over the no-op (BENCHMARKS.md).
 */
import autocannon from 'autocannon';
import { openInspector, type CpuProfile } from './lib/inspector';
import { LOOKUP, PING, settlement, SETTLE, TABLE_AT_DATE } from './lib/requests';
import { fmt, table } from './lib/stats';
import { freePort, startDev } from './lib/wrangler';

const ROUTES = {
  settlement: {
    path: SETTLE,
    method: 'POST' as const,
    body: JSON.stringify(settlement(10)),
    headers: { 'content-type': 'application/json' },
  },
  lookup: { path: LOOKUP },
  table: { path: TABLE_AT_DATE },
  ping: { path: PING },
};
const name = (process.argv[2] ?? 'settlement') as keyof typeof ROUTES;
const route = ROUTES[name];
if (!route) throw new Error(`unknown route ${name}; one of ${Object.keys(ROUTES).join(', ')}`);

/** Self time per function (name, file:line), and the busy time, in µs. */
function selfTimes(p: CpuProfile): { busy: number; rows: [string, number][] } {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let busy = 0;
  p.samples.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const fn = frame.functionName || '(anonymous)';
    if (fn === '(idle)' || fn === '(program)' || fn === '(root)') return;
    // timeDeltas[i] is the gap before sample i: the time sample i stands for is the gap after it
    const dt = p.timeDeltas[i + 1] ?? 0;
    busy += dt;
    const key = `${fn} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return { busy, rows: [...self].sort((a, b) => b[1] - a[1]) };
}

const inspectorPort = await freePort();
const dev = await startDev({ inspectorPort, minify: false });
try {
  const options = {
    url: dev.url + route.path,
    connections: 16,
    ...('method' in route ? { method: route.method, body: route.body, headers: route.headers } : {}),
  };
  await autocannon({ ...options, duration: 3 }); // warm-up: JIT, the lazily built app
  const inspector = await openInspector(inspectorPort, 'policy-edge');
  const { profile, result } = await inspector.cpuProfile(() => autocannon({ ...options, duration: 5 }));
  inspector.close();
  if (!profile) throw new Error('the inspector gave no profile');
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
  const n = result['2xx'];
  const { busy, rows } = selfTimes(profile);
  console.log(`### CPU profile of the Worker's isolate: ${name} (${route.path})\n`);
  console.log(`${n} requests in 5 s at 16 connections; isolate busy **${fmt(busy / n, 0)} µs per request** (sampling overhead included)\n`);
  console.log(
    table(
      ['function (file:line of the unminified dev bundle)', 'self µs / request', 'share'],
      rows.slice(0, 20).map(([k, v]) => [`\`${k}\``, fmt(v / n, 1), `${fmt((100 * v) / busy, 1)} %`]),
    ),
  );
} finally {
  await dev.stop();
}
