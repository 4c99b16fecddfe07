import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { workbookFiles } from '../scripts/lib/build';
import { fmt, median, table } from './lib/stats';
import { ROOT, startDev } from './lib/wrangler';

/**
 * How long /studio takes to check the largest workbook in Chromium (issue 19 aims under 1 s): from handing the
 * bytes to the page until its result is back — the page's Web Worker reads, compiles, checks, diffs against the
 * served table (fetched from GET /v1/tables/{id}/data), runs the cases and samples and writes the report. Reported
 * apart: the page's set-up (its worker parses the bundle and sets up the calculators as the page loads) and its first
 * check (the served table fetched, the code's first run).
 */
export async function benchStudio(o: { rounds: number }): Promise<string> {
  const files = workbookFiles(join(ROOT, 'tables')).sort((a, b) => statSync(b).size - statSync(a).size);
  const file = files[0]!;
  const b64 = readFileSync(file).toString('base64');
  const dev = await startDev();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const loading = performance.now();
    await page.goto(`${dev.url}/studio`);
    await page.locator('#drop').waitFor();
    // the page starts its worker at once; a person picks a file after it is set up
    await page.evaluate(() => (globalThis as unknown as { policyStudio: { ready(): Promise<void> } }).policyStudio.ready());
    const setUp = performance.now() - loading;
    const once = () =>
      page.evaluate(
        async ({ name, b64 }) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const studio = (
            globalThis as unknown as {
              policyStudio: {
                check(n: string, b: Uint8Array): Promise<{ findings: { severity: string }[]; timings: Record<string, number> }>;
              };
            }
          ).policyStudio;
          const t0 = performance.now();
          const r = await studio.check(name, bytes);
          return { ms: performance.now() - t0, errors: r.findings.filter((f) => f.severity === 'error').length, timings: r.timings };
        },
        { name: basename(file), b64 },
      );
    const cold = await once();
    if (cold.errors) throw new Error(`${basename(file)}: /studio finds ${cold.errors} error(s); the benchmark needs a clean workbook`);
    const runs: Awaited<ReturnType<typeof once>>[] = [];
    for (let i = 0; i < Math.max(o.rounds, 5); i++) runs.push(await once());
    const m = (f: (r: (typeof runs)[number]) => number) => fmt(median(runs.map(f)), 0);
    const parts = ['read', 'compile', 'check', 'diff', 'cases', 'report'];
    return [
      '### /studio in Chromium',
      '',
      `Checking the largest workbook, \`tables/${basename(file)}\` (${Math.round(statSync(file).size / 1024)} KB), in /studio on \`wrangler dev\`, ` +
        `headless Debian Chromium; median of ${runs.length} checks in one page (the page's set-up and its first check apart).`,
      '',
      table(
        ['', 'ms'],
        [
          ['page load until its worker is set up (script parsed, reader, compiler and calculators ready)', fmt(setUp, 0)],
          ['first check of the page', fmt(cold.ms, 0)],
          ['check, end to end (bytes in → result back)', m((r) => r.ms)],
          ...parts.map((p) => [`  of which ${p}`, m((r) => r.timings[p] ?? 0)]),
        ],
      ),
    ].join('\n');
  } finally {
    await browser.close();
    await dev.stop();
  }
}
