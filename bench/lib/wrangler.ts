import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devConfigArgs } from '../../scripts/lib/workers';

/** Starts and stops `wrangler dev` (the real workerd) for the load benchmarks, on a free loopback port. */

export const ROOT = join(import.meta.dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface Dev {
  url: string;
  port: number;
  child: ChildProcess;
  log: string;
  stop(): Promise<void>;
}

/**
 * `wrangler dev --env loadtest` (same Worker; the rate limiter is called on every request but with a
 * quota one load generator cannot reach — see wrangler.toml), request logging off so the log does not
 * cost CPU. Started in its own process group and stopped by that group's id.
 */
export async function startDev(o: { inspectorPort?: number; minify?: boolean } = {}): Promise<Dev> {
  const port = await freePort();
  const log = join(tmpdir(), `policy-edge-wrangler-${port}.log`);
  const out = createWriteStream(log);
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'wrangler'),
    [
      'dev',
      ...devConfigArgs,
      '--env',
      'loadtest',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--log-level',
      'warn',
      '--show-interactive-dev-session=false',
      ...(o.inspectorPort ? ['--inspector-port', String(o.inspectorPort)] : []),
      ...(o.minify === false ? ['--minify=false'] : []),
    ],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } },
  );
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  const onExit = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  process.once('exit', onExit);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}); see ${log}`);
    try {
      const res = await fetch(`${url}/v1/ping`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not answer within 120 s; see ${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, child, log, stop };
}

/** Processes descending from `root` (by /proc parent links). */
export function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(d), ppid);
    } catch {
      /* exited */
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [pid, ppid] of parents)
      if (ppid === p) {
        out.push(pid);
        walk(pid);
      }
  };
  walk(root);
  return out;
}

export interface WorkerdProcess {
  pid: number;
  /** "entry" instance listening on the dev port (wrangler's proxy), or the one running this Worker */
  role: 'proxy' | 'worker';
}

/** The workerd processes wrangler dev started (it runs two: a proxy on the dev port, and the Worker). */
export function workerdProcesses(dev: Dev): WorkerdProcess[] {
  return descendants(dev.child.pid!)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'workerd';
      } catch {
        return false;
      }
    })
    .map((pid) => {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return { pid, role: cmd.some((a) => a.includes(`127.0.0.1:${dev.port}`)) ? 'proxy' : 'worker' };
    });
}

/** Resident memory of a process in KiB (VmRSS of /proc/<pid>/status), or null once it is gone. */
export function rssKiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in milliseconds (/proc/<pid>/stat, clock ticks of 10 ms). */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return null;
  }
}
