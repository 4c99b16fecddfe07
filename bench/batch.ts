import autocannon from 'autocannon';
import { MAX_BATCH_BYTES, MAX_BATCH_REQUESTS } from '../src/http/limits';
import { fmt, fmtInt, max, median, min, table } from './lib/stats';
import { SETTLE, settlement } from './lib/requests';
import { cpuMs, startDev, workerdProcesses } from './lib/wrangler';

/**
 * Persons per second through batches (POST …/batch, the largest batch of 3-bill settlements under 1 000 requests and
 * 1 MB) against single requests (POST …, one person each), on one `wrangler dev` (workerd, --env loadtest), in
 * interleaved rounds; and the Worker's CPU time per person in a batch, which says how many fit in a CPU limit.
 */

export interface BatchOptions {
  rounds: number;
  seconds: number;
  connections: number;
}

export async function benchBatch(o: BatchOptions): Promise<string> {
  const person = settlement(3);
  const one = JSON.stringify(person);
  const size = Math.min(MAX_BATCH_REQUESTS, Math.floor((MAX_BATCH_BYTES - 20) / (one.length + 1)));
  const batchBody = JSON.stringify({ requests: Array(size).fill(person) });
  const dev = await startDev();
  try {
    const check = await fetch(`${dev.url}${SETTLE}/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: batchBody,
    });
    const answer = (await check.json()) as { summary?: { ok: number } };
    if (check.status !== 200 || answer.summary?.ok !== size)
      throw new Error(`batch: ${check.status} ${JSON.stringify(answer).slice(0, 300)}`);
    const run = (path: string, body: string, seconds: number, connections: number) =>
      autocannon({
        url: dev.url + path,
        connections,
        duration: seconds,
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
    // the explained answers (the default), and `?trace=false` on both sides (programs that keep only the figures)
    const targets = ['', '?trace=false'].flatMap((query) => [
      { name: `single requests${query}`, path: `${SETTLE}${query}`, body: one, persons: 1, connections: o.connections },
      // a batch keeps a core busy for a while: two at a time fill both of wrangler dev's processes
      { name: `batches of ${size}${query}`, path: `${SETTLE}/batch${query}`, body: batchBody, persons: size, connections: 2 },
    ]);
    for (const t of targets) await run(t.path, t.body, 2, t.connections); // warm-up
    const worker = workerdProcesses(dev).find((p) => p.role === 'worker')?.pid;
    const out = new Map<string, { pps: number; cpuUsPerPerson: number }[]>(targets.map((t) => [t.name, []]));
    for (let r = 0; r < o.rounds; r++) {
      for (const t of r % 2 ? [...targets].reverse() : targets) {
        const c0 = worker ? (cpuMs(worker) ?? 0) : 0;
        const res = await run(t.path, t.body, o.seconds, t.connections);
        const c1 = worker ? (cpuMs(worker) ?? 0) : 0;
        if (res.errors || res.timeouts || res.non2xx)
          throw new Error(`${t.name}: ${res.errors} errors, ${res.timeouts} timeouts, ${res.non2xx} non-2xx`);
        const persons = res['2xx'] * t.persons;
        out.get(t.name)!.push({ pps: persons / res.duration, cpuUsPerPerson: ((c1 - c0) * 1000) / persons });
        process.stderr.write(`  batch round ${r + 1}/${o.rounds} ${t.name}: ${fmtInt(persons / res.duration)} persons/s\n`);
      }
    }
    const ratiosOf = (i: number) => {
      const single = out.get(targets[i]!.name)!;
      return out.get(targets[i + 1]!.name)!.map((b, r) => b.pps / single[r]!.pps);
    };
    const [ratios, bareRatios] = [ratiosOf(0), ratiosOf(2)];
    const cpuPerPerson = median(out.get(targets[1]!.name)!.map((b) => b.cpuUsPerPerson));
    return [
      '### Batches against single requests (`wrangler dev`)',
      '',
      `Persons per second: a settlement with 3 bills per person (${one.length} bytes), ${o.rounds} interleaved rounds of ${o.seconds} s, ` +
        'with the explained answer and with `?trace=false` (single and batch alike); ' +
        `single requests over ${o.connections} connections, batches of ${size} (${fmtInt(batchBody.length)} bytes) over 2. ` +
        'Worker CPU: the workerd process of this Worker (not wrangler’s proxy), per person.',
      '',
      table(
        ['', 'persons/s (median)', 'range', 'Worker CPU µs / person'],
        targets.map((t) => {
          const xs = out.get(t.name)!;
          return [
            t.name,
            fmtInt(median(xs.map((x) => x.pps))),
            `${fmtInt(min(xs.map((x) => x.pps)))}–${fmtInt(max(xs.map((x) => x.pps)))}`,
            fmtInt(median(xs.map((x) => x.cpuUsPerPerson))),
          ];
        }),
      ),
      '',
      `Batches / single, explained answers: **${fmt(median(ratios))} ×** (${fmt(min(ratios))}–${fmt(max(ratios))}); ` +
        `both with \`?trace=false\`: **${fmt(median(bareRatios))} ×** (${fmt(min(bareRatios))}–${fmt(max(bareRatios))}). Target ≥ 10 ×. ` +
        `A batch of ${size} costs about ${fmtInt((cpuPerPerson * size) / 1000)} ms of Worker CPU here; ` +
        `within Workers Paid's default CPU limit of 30 s about ${fmtInt(30e6 / cpuPerPerson)} such settlements would fit, so a full batch is far inside it.`,
    ].join('\n');
  } finally {
    await dev.stop();
  }
}
