/**
 * What the widget's browser tests share: the real Worker (`wrangler dev` → workerd) serving widget.js and the API,
 * a static host page on another localhost port (the cross-origin path a government site takes), and Debian's
 * Chromium driven by playwright-core. Nothing is skipped: without Chromium or a build the tests fail.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { devConfigArgs } from '../../scripts/lib/workers';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = 'test-artifacts';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export interface Harness {
  /** the Worker's origin, e.g. http://127.0.0.1:41234 */
  api: string;
  /** the host page server's origin */
  site: string;
  browser: Browser;
  close(): Promise<void>;
}

function startWorker(port: number, inspector: number): Promise<{ child: ChildProcess; log: () => string }> {
  return new Promise((resolve, reject) => {
    let log = '';
    // its own process group, so the teardown ends wrangler and the workerd processes it starts
    // PUBLIC_ORIGIN: this dev server's own origin, which /widget/demo writes into its snippets
    const args = ['dev', ...devConfigArgs, '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(inspector)];
    args.push('--var', `PUBLIC_ORIGIN:http://127.0.0.1:${port}`);
    const child = spawn('npx', ['wrangler', ...args], {
      cwd: process.cwd(),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
    });
    const timer = setTimeout(() => reject(new Error(`wrangler dev did not print "Ready on" within 90 s:\n${log}`)), 90_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes('Ready on')) {
        clearTimeout(timer);
        resolve({ child, log: () => log });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`wrangler dev exited (${code}):\n${log}`));
    });
  });
}

/** Starts the Worker, the host page server (its pages from `pages(url, api)`) and Chromium. */
export async function startHarness(pages: (req: IncomingMessage, res: ServerResponse, api: string) => void): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium; .ci/run does it). Browser tests never skip.`,
    );
  }
  for (const f of ['compiled/public/widget.js', 'compiled/tables.json', 'compiled/public/_api/calculators.json']) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run npm run build first (npm test does).`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const [wp, ip, hp] = [await freePort(), await freePort(), await freePort()];
  const api = `http://127.0.0.1:${wp}`;
  const site = `http://127.0.0.1:${hp}`;
  const host: Server = createServer((req, res) => pages(req, res, api));
  const [worker, browser] = await Promise.all([
    startWorker(wp, ip),
    chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }),
    new Promise<void>((resolve) => host.listen(hp, '127.0.0.1', resolve)),
  ]);
  return {
    api,
    site,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => host.close(r));
      if (worker.child.pid && worker.child.exitCode === null) {
        try {
          process.kill(-worker.child.pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
      }
    },
  };
}
