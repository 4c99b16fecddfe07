import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { devConfigArgs } from '../../scripts/lib/workers';

/** A free TCP port on 127.0.0.1. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * The real Worker under `wrangler dev` (workerd) on a free port, in its own process group so `stop` ends wrangler and
 * the workerd processes it starts. PUBLIC_ORIGIN is the dev server's own origin, as `npm start` has it.
 */
export async function startWranglerDev(): Promise<{ origin: string; stop: () => void; log: () => string }> {
  const [port, inspector] = [await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${port}`;
  let log = '';
  const args = [
    'dev',
    ...devConfigArgs,
    '--port',
    String(port),
    '--ip',
    '127.0.0.1',
    '--inspector-port',
    String(inspector),
    '--var',
    `PUBLIC_ORIGIN:${origin}`,
  ];
  const worker: ChildProcess = spawn('npx', ['wrangler', ...args], {
    cwd: process.cwd(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
  });
  const stop = () => {
    if (worker.pid && worker.exitCode === null) {
      try {
        process.kill(-worker.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`wrangler dev did not print "Ready on" within 90 s:\n${log}`));
    }, 90_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes('Ready on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    worker.stdout!.on('data', onData);
    worker.stderr!.on('data', onData);
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`wrangler dev exited (${code}):\n${log}`));
    });
  });
  return { origin, stop, log: () => log };
}
