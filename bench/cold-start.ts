import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devConfigArgs } from '../scripts/lib/workers';
import { LOOKUP, SETTLE, settlement } from './lib/requests';
import { fmt, linearFit, max, median, min, table } from './lib/stats';
import { cpuMs, descendants, freePort, ROOT } from './lib/wrangler';

/**
 * Cold start: the first request of a fresh isolate, against the first request of a hello-world Worker with the same
 * [assets] set-up (bench/hello-world), and against that Worker's first request when it reads the two assets a cold lookup
 * reads (`GET /read-data`: what reading data costs a fresh isolate under `wrangler dev`, apart from the API's code). Each measure starts its own `wrangler dev`, waits for "Ready on" (no request
 * before the one timed), sends one request and stops; the kinds alternate, their order rotated each round. Reported:
 * the client's wall time to the last byte, and the CPU the Worker's workerd process spent on it (/proc, 10 ms ticks).
 */

type Kind = 'hello-world' | 'hello-world-data' | 'settlement' | 'lookup';
const KINDS: Kind[] = ['hello-world', 'hello-world-data', 'settlement', 'lookup'];
const HELLO = (k: Kind) => k === 'hello-world' || k === 'hello-world-data';

interface Start {
  wallMs: number;
  workerCpuMs: number | null;
  status: number;
}

async function firstRequest(kind: Kind): Promise<Start> {
  const port = await freePort();
  const configs = HELLO(kind) ? ['-c', join('bench', 'hello-world', 'wrangler.toml')] : devConfigArgs;
  const log = join(tmpdir(), `policy-edge-cold-${port}.log`);
  const out = createWriteStream(log);
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'wrangler'),
    ['dev', ...configs, '--port', String(port), '--ip', '127.0.0.1', '--show-interactive-dev-session=false'],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } },
  );
  child.stderr!.pipe(out);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`wrangler dev did not get ready within 120 s; see ${log}`)), 120_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        out.write(chunk);
        if (chunk.toString().includes('Ready on')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`wrangler dev exited (${code}); see ${log}`)));
    });
    // let the log line's siblings settle: workerd has loaded the script (its global scope ran) when Ready is printed
    await new Promise((r) => setTimeout(r, 500));
    const workerd = descendants(child.pid!).filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'workerd';
      } catch {
        return false;
      }
    });
    const cpuBefore = workerd.map((pid) => cpuMs(pid) ?? 0);
    const url = `http://127.0.0.1:${port}`;
    const t0 = performance.now();
    const res =
      kind === 'settlement'
        ? await fetch(`${url}${SETTLE}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(settlement(1)),
          })
        : await fetch(kind === 'lookup' ? `${url}${LOOKUP}` : kind === 'hello-world-data' ? `${url}/read-data` : `${url}/`);
    await res.arrayBuffer();
    const wallMs = performance.now() - t0;
    const spent = workerd.map((pid, i) => (cpuMs(pid) ?? cpuBefore[i]!) - cpuBefore[i]!);
    return { wallMs, workerCpuMs: spent.length ? Math.max(...spent) : null, status: res.status };
  } finally {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** `tables:build` with `copies` synthetic copies of every workbook: its wall time and the number of tables. */
function buildData(copies: number): { ms: number; tables: number } {
  const t0 = performance.now();
  const out = execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-tables.ts', '--synthetic-copies', String(copies)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const ms = performance.now() - t0;
  const tables = Number(/✓ (\d+) table/.exec(out)?.[1]);
  if (!tables) throw new Error(`tables:build --synthetic-copies ${copies}: ${out}`);
  return { ms, tables };
}

export async function benchColdStart(o: { rounds: number; copies?: number[] }): Promise<string> {
  const rounds = Math.max(7, o.rounds);
  const sizes: { tables: number; buildMs: number; starts: Record<Kind, Start[]> }[] = [];
  try {
    for (const copies of o.copies ?? [0, 4, 9]) {
      const built = buildData(copies);
      const starts: Record<Kind, Start[]> = { 'hello-world': [], 'hello-world-data': [], settlement: [], lookup: [] };
      for (let r = 0; r < rounds; r++) {
        const order = KINDS.map((_, i) => KINDS[(i + r) % KINDS.length]!);
        for (const kind of order) {
          const s = await firstRequest(kind);
          if (s.status !== 200) throw new Error(`the first ${kind} request answered ${s.status}`);
          starts[kind].push(s);
          process.stderr.write(`  cold start, ${built.tables} tables, ${r + 1}/${rounds} ${kind}: ${fmt(s.wallMs, 1)} ms\n`);
        }
      }
      sizes.push({ tables: built.tables, buildMs: built.ms, starts });
    }
  } finally {
    buildData(0); // the real data set again
  }
  const rows = sizes.flatMap(({ tables, starts }) => {
    const wall = (k: Kind) => starts[k].map((s) => s.wallMs);
    const floor = median(wall('hello-world'));
    const dataFloor = median(wall('hello-world-data'));
    return KINDS.map((k) => {
      const cpu = starts[k].map((s) => s.workerCpuMs).filter((x): x is number => x !== null);
      return [
        String(tables),
        k === 'hello-world'
          ? 'hello-world Worker (bench/hello-world), `GET /`'
          : k === 'hello-world-data'
            ? 'the hello-world Worker reading the two assets a lookup reads (meta, table), `GET /read-data`'
            : k === 'settlement'
              ? '`POST /v1/calculators/employee-medical-settlement` (1 bill)'
              : `\`GET ${LOOKUP}\``,
        `**${fmt(median(wall(k)), 1)} ms** (${fmt(min(wall(k)), 1)}–${fmt(max(wall(k)), 1)})`,
        cpu.length ? `${fmt(median(cpu), 0)} ms` : 'n/a',
        k === 'hello-world' ? '1 ×' : `**${fmt(median(wall(k)) / floor, 2)} ×**`,
        HELLO(k) ? '' : `${fmt(median(wall(k)) / dataFloor, 2)} ×`,
        HELLO(k) ? '' : '≤ 3 ×',
      ];
    });
  });
  const fit = linearFit(
    sizes.map((x) => x.tables),
    sizes.map((x) => x.buildMs),
  );
  return [
    `### Cold start: the first request of a fresh isolate (\`wrangler dev\`, ${rounds} fresh starts of each, alternating)`,
    '',
    'Each start is its own `wrangler dev`; the request is sent once it prints "Ready on" (its global scope has run). ' +
      "Wall: the client's time to the last byte, median (range). CPU: what the Worker's workerd processes spent on the " +
      'request (/proc, 10 ms ticks; for the API both Workers run in them). Larger data sets: every workbook compiled again ' +
      'under other ids (`tables:build -- --synthetic-copies N`, never committed; the real data is rebuilt afterwards).',
    '',
    table(['tables', 'first request', 'wall', 'workerd CPU', 'ratio to hello-world', 'ratio to hello-world reading data', 'target'], rows),
    '',
    `\`tables:build\` wall time: ${sizes.map((x) => `${x.tables} tables ${fmt(x.buildMs / 1000, 1)} s`).join(', ')}; ` +
      `slope ${fmt(fit.b, 1)} ms per table (r² ${fmt(fit.r2, 3)}).`,
  ].join('\n');
}
