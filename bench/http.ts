import autocannon from 'autocannon';
import { fmt, fmtInt, median, min, max, table } from './lib/stats';
import { LOOKUP, PING, settlement, SETTLE, TABLE_AT_DATE } from './lib/requests';
import { cpuMs, startDev, workerdProcesses } from './lib/wrangler';

/**
 * Against the limit: throughput and latency of a no-op route, a table lookup, a whole table on a date
 * and the employee settlement with 10 bills, on one `wrangler dev` (workerd) over loopback, measured in
 * interleaved rounds so that every ratio compares runs made side by side.
 */

export interface HttpOptions {
  rounds: number;
  seconds: number;
  connections: number;
}

interface Target {
  name: string;
  path: string;
  method?: 'POST';
  body?: string;
}

export async function benchHttp(o: HttpOptions): Promise<string> {
  const body10 = JSON.stringify(settlement(10));
  const targets: Target[] = [
    { name: 'no-op `GET /v1/ping`', path: PING },
    { name: 'lookup: one parameter on a date', path: LOOKUP },
    { name: 'lookup: whole table on a date (76 parameters, 13 sheets)', path: TABLE_AT_DATE },
    { name: 'settlement, 10 bills (POST)', path: SETTLE, method: 'POST', body: body10 },
    { name: 'settlement, 10 bills, `?trace=false`', path: `${SETTLE}?trace=false`, method: 'POST', body: body10 },
  ];
  const dev = await startDev();
  try {
    // correctness before timing
    for (const t of targets) {
      const res = await fetch(
        dev.url + t.path,
        t.method ? { method: t.method, headers: { 'content-type': 'application/json' }, body: t.body } : {},
      );
      if (res.status !== 200) throw new Error(`${t.path}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    }
    const run = (t: Target, seconds: number) =>
      autocannon({
        url: dev.url + t.path,
        connections: o.connections,
        duration: seconds,
        method: t.method ?? 'GET',
        ...(t.body ? { body: t.body, headers: { 'content-type': 'application/json' } } : {}),
      });
    for (const t of targets) await run(t, 2); // warm-up: JIT, the lazily built app, connection pools
    const procs = workerdProcesses(dev);
    const worker = procs.find((p) => p.role === 'worker')?.pid;
    const proxy = procs.find((p) => p.role === 'proxy')?.pid;
    const cpu = () => ({ worker: worker ? (cpuMs(worker) ?? 0) : 0, proxy: proxy ? (cpuMs(proxy) ?? 0) : 0 });
    const results = new Map<string, { rps: number; p50: number; p99: number; workerUs: number; proxyUs: number }[]>(
      targets.map((t) => [t.name, []]),
    );
    for (let r = 0; r < o.rounds; r++) {
      const order = targets.map((_, i) => targets[(i + r) % targets.length]!);
      for (const t of order) {
        const c0 = cpu();
        const res = await run(t, o.seconds);
        const c1 = cpu();
        if (res.errors || res.timeouts || res.non2xx)
          throw new Error(`${t.name}: ${res.errors} errors, ${res.timeouts} timeouts, ${res.non2xx} non-2xx`);
        const n = res['2xx'];
        results.get(t.name)!.push({
          rps: n / res.duration,
          p50: res.latency.p50,
          p99: res.latency.p99,
          workerUs: ((c1.worker - c0.worker) * 1000) / n,
          proxyUs: ((c1.proxy - c0.proxy) * 1000) / n,
        });
        process.stderr.write(`  http round ${r + 1}/${o.rounds} ${t.name}: ${fmtInt(res['2xx'] / res.duration)} req/s\n`);
      }
    }
    const floor = results.get(targets[0]!.name)!;
    const range = (xs: number[], d = 2) => `**${fmt(median(xs), d)}** (${fmt(min(xs), d)}–${fmt(max(xs), d)})`;
    const rows = targets.map((t, i) => {
      const xs = results.get(t.name)!;
      const total = (x: { workerUs: number; proxyUs: number }) => x.workerUs + x.proxyUs;
      return [
        t.name,
        fmtInt(median(xs.map((x) => x.rps))),
        `${fmtInt(min(xs.map((x) => x.rps)))}–${fmtInt(max(xs.map((x) => x.rps)))}`,
        fmt(median(xs.map((x) => x.p50)), 0),
        fmt(median(xs.map((x) => x.p99)), 0),
        i === 0 ? '1' : range(xs.map((x, r) => x.rps / floor[r]!.rps)),
        `${fmtInt(median(xs.map((x) => x.workerUs)))} + ${fmtInt(median(xs.map((x) => x.proxyUs)))}`,
        i === 0 ? '1' : range(xs.map((x, r) => total(floor[r]!) / total(x))),
      ];
    });
    return [
      `### Against the limit: HTTP on workerd (\`wrangler dev\`)`,
      '',
      `${o.rounds} interleaved rounds × ${o.seconds} s per route (order rotated each round), ${o.connections} connections, autocannon on the same 2 cores; medians over rounds (range in brackets). ` +
        "“× no-op throughput” divides each round's req/s by the no-op's of the same round. Because other work shares the cores, " +
        "throughput swings with it; the CPU the two workerd processes of `wrangler dev` (this Worker + wrangler's proxy in front of it) spend per request, " +
        'read from /proc/<pid>/stat around each run, is steadier: “× no-op by CPU” = no-op CPU per request ÷ route CPU per request, i.e. the throughput ratio when the CPU is the limit.',
      '',
      table(
        [
          'route',
          'req/s (median)',
          'req/s (range)',
          'p50 ms',
          'p99 ms',
          '× no-op throughput',
          'CPU µs/request (Worker + proxy)',
          '× no-op by CPU',
        ],
        rows,
      ),
    ].join('\n');
  } finally {
    await dev.stop();
  }
}
