// biome-ignore-all lint/suspicious/noExplicitAny: page.evaluate callbacks run in the page; the DOM types are not in this project
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devConfigArgs } from '../../scripts/lib/workers';

/**
 * The legislation explorer in a real browser (Debian's Chromium, driven by playwright-core) against
 * the real Worker runtime (`wrangler dev` → workerd), as a reader uses it: open, search, follow a
 * result, switch language, use the keyboard, read it on a 320 px phone, print it. Screenshots and a
 * PDF go to test-artifacts/ (git-ignored). Nothing here is skipped: without Chromium the test fails.
 */

// The callbacks passed to page.evaluate run in the page; this project compiles without the DOM lib
// (it targets Workers), so the few DOM names they use are declared loosely here.
declare const document: any;
declare function getComputedStyle(e: any): any;

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts');
const EMI = 'employee-medical-insurance';

let server: ChildProcess | null = null;
let serverLog = '';
let persist = '';
let base = '';
let browser: Browser | null = null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}:\n${serverLog}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`wrangler dev did not answer ${url} within ${timeoutMs / 1000} s:\n${serverLog}`);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}; the browser tests need it and are never skipped. Install it with: apt-get update && apt-get install -y chromium`,
    );
  }
  for (const f of ['compiled/tables.json', 'compiled/public/docs/init.js']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run npm run build first (npm test does)`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const [port, inspector] = [await freePort(), await freePort()];
  persist = mkdtempSync(join(tmpdir(), 'policy-edge-wrangler-'));
  server = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
      'dev',
      ...devConfigArgs,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspector),
      '--persist-to',
      persist,
      '--show-interactive-dev-session=false',
      '--log-level',
      'warn',
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', CI: '1' },
    },
  );
  server.stdout!.on('data', (d: Buffer) => (serverLog += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (serverLog += d.toString()));
  base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/healthz`, server, 90_000);
  browser = await chromium.launch({
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
  });
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGKILL');
  }
  if (persist) rmSync(persist, { recursive: true, force: true });
});

/** A page that records script errors, console errors and CSP violations, for the test to assert none happened. */
async function openPage(options: { width?: number; height?: number; locale?: string } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser!.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'zh-CN',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return { page, problems };
}

/** The row of the level-3 inpatient case on the table page. */
/** The row of a facility level in the inpatient sheet (the sheet may go on on the next page: level 1 leads it). */
const levelRow = (page: Page, level: string) =>
  page.locator('tr[id^="r-inpatient_levels-"]').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${level}$`) }) });

/** Opens the page of a (possibly paginated) table page that holds `selector`. */
async function gotoAnchor(page: Page, path: string, selector: string): Promise<void> {
  for (let n = 1; n <= 50; n++) {
    const res = await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}page=${n}`);
    if (res!.status() === 404) break;
    if (await page.locator(selector).count()) return;
  }
  throw new Error(`${selector} is on no page of ${path}`);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, name), fullPage: false });

describe('legislation explorer in Chromium (wrangler dev)', () => {
  it('opens, searches, follows a result, switches to English and back', async () => {
    const { page, problems } = await openPage();
    const res = await page.goto(`${base}/explore`);
    expect(res!.status()).toBe(200);
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('h1')).toBe('政策法规浏览');
    expect(await page.locator(`a[href="/explore/${EMI}"]`).count()).toBe(1);
    await shot(page, 'explore-index.png');

    // search through the form, as a person types
    await page.getByLabel('搜索政策参数、条款、备注').fill('起付');
    await Promise.all([page.waitForURL(/\/explore\?q=/), page.keyboard.press('Enter')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=起付');
    expect(await page.textContent('#results')).toMatch(/^“起付”的搜索结果：\d+ 条$/);
    expect(await page.locator('mark', { hasText: '起付' }).count()).toBeGreaterThan(0);
    await shot(page, 'explore-search.png');

    // follow the result to the sheet of the inpatient deductibles (on whichever page of the table it is)
    await Promise.all([
      page.waitForURL(new RegExp(`/explore/${EMI}(\\?page=\\d+)?#s-inpatient_levels$`)),
      page.locator(`a[href^="/explore/${EMI}"][href$="#s-inpatient_levels"]`).first().click(),
    ]);
    const heading = page.locator('#s-inpatient_levels');
    await heading.waitFor();
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThan(-2);
    expect(box.y).toBeLessThan(900); // scrolled into view
    expect(await levelRow(page, '1').locator('td').nth(2).textContent()).toBe('90%');
    // the table is long: the heading says which page of it this is, and the URL names the same page
    const [, n, of] = /^职工基本医疗保险（第 (\d+) \/ (\d+) 页）$/.exec((await page.textContent('h1'))!.replace(/\s+(?=（)/, '')) ?? [];
    expect(Number(of)).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('page') ?? '1').toBe(n);
    await shot(page, 'explore-table.png');

    // switch language: the page and every link after it are English; the same page of the table, same rows
    await Promise.all([page.waitForURL(/lang=en/), page.getByRole('link', { name: 'English' }).click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('page') ?? '1').toBe(n);
    expect(await page.textContent('h1')).toBe(`Employee basic medical insurance (page ${n} of ${of})`);
    expect(await levelRow(page, '1').locator('td').nth(1).textContent()).toBe('CNY 300/admission');
    await shot(page, 'explore-table-en.png');
    await Promise.all([page.waitForURL(/\/explore\?lang=en$/), page.getByRole('link', { name: 'All tables' }).click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Legislation explorer');
    await Promise.all([page.waitForURL(/lang=zh/), page.getByRole('link', { name: '中文' }).click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

    expect(problems).toEqual([]);
  });

  it('follows the browser language (Accept-Language: en)', async () => {
    const { page, problems } = await openPage({ locale: 'en-US' });
    await gotoAnchor(page, `/explore/${EMI}?date=2015-06-01`, '#p-inpatient\\.annual_cap');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#p-inpatient\\.annual_cap td').first().textContent()).toBe('CNY 200,000from 2015-01-01');
    expect(problems).toEqual([]);
  });

  it('is usable with the keyboard: the first Tab reaches the skip link, which moves focus to the content', async () => {
    const { page } = await openPage();
    await page.goto(`${base}/explore/${EMI}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    // visible when focused
    expect((await page.locator('a.skip').boundingBox())!.x).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // every form control has a label
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input:not([type=hidden])')].filter((i: any) => !i.labels?.length).map((i: any) => i.outerHTML),
    );
    expect(unlabelled).toEqual([]);
  });

  it('reads on a 320 px phone: nothing wider than the screen, parameters as cards', async () => {
    const { page, problems } = await openPage({ width: 320, height: 640 });
    for (const path of ['/explore', `/explore?q=${encodeURIComponent('第二十五条')}`, `/explore/${EMI}`]) {
      await page.goto(`${base}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    // the header row of the parameter table (not of the dated-value tables nested in its cards)
    expect(await page.locator('table.params > thead').evaluate((e: any) => getComputedStyle(e).display)).toBe('none');
    expect(await page.locator('table.history').count()).toBeGreaterThan(0); // transfer.reduction: 90% in 2015, then not published
    expect(
      await page
        .locator('table.history > thead')
        .first()
        .evaluate((e: any) => getComputedStyle(e).display),
    ).toBe('table-header-group');
    await gotoAnchor(page, `/explore/${EMI}`, '#p-inpatient\\.annual_cap');
    await page.locator('#p-inpatient\\.annual_cap').scrollIntoViewIfNeeded();
    await shot(page, 'explore-table-320.png');
    expect(problems).toEqual([]);
  });

  // What a citizen reads, in Chinese at 1280 and 375 px: one screenshot per page (the first screen, as it opens;
  // the parameter scrolled to) into test-artifacts/explorer/, nothing wider than the screen, units named in words.
  const citizenPages: [string, string, string?][] = [
    ['index', '/explore'],
    ['table', `/explore/${EMI}`],
    ['table-2015', `/explore/${EMI}?date=2015-01-20`],
    ['parameter', `/explore/${EMI}`, '#p-inpatient\\.annual_cap'],
    ['search', `/explore?q=${encodeURIComponent('第二十五条')}`],
    ['changes', `/explore/${EMI}/changes?from=2015-01-01&to=2016-01-01`],
    ['changelog', `/explore/${EMI}/changelog`],
  ];
  for (const width of [1280, 375]) {
    it(`every page a citizen reads, in Chinese at ${width} px`, { timeout: 240_000 }, async () => {
      const dir = join(ARTIFACTS, 'explorer');
      mkdirSync(dir, { recursive: true });
      const { page, problems } = await openPage({ width, height: width === 375 ? 812 : 900 });
      for (const [name, path, anchor] of citizenPages) {
        if (anchor) {
          await gotoAnchor(page, path, anchor);
          await page.locator(anchor).scrollIntoViewIfNeeded();
        } else {
          const res = await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
          expect(res!.status(), path).toBe(200);
        }
        expect(await page.getAttribute('html', 'lang'), path).toBe('zh-CN');
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}`).toBeLessThanOrEqual(width);
        // no unit code where a unit is named (notes whole: test/node/explore-pages.test.ts)
        expect(await page.evaluate(() => document.body.textContent), path).not.toMatch(/\bpercentage-point\b|\bboolean\b/);
        await page.screenshot({ path: join(dir, `${name}-${width}.png`) });
      }
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('says what the values rest on: the coverage notice today, none on a date up to verifiedThrough; history links open pages', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${base}/explore/${EMI}`);
    expect(await page.locator('.notice [data-code="after-verified-through"]').count()).toBe(1);
    expect(await page.locator('.notice .lead').textContent()).toMatch(
      /^以下是 \d{4}-\d\d-\d\d（今天）适用的数值（数值核对至 2015-01-31，之后按本站收录的最新文件）。$/,
    );
    await page.goto(`${base}/explore/${EMI}?date=2015-01-20`);
    expect(await page.locator('.notice').count()).toBe(0);
    await page.goto(`${base}/explore/${EMI}`);
    for (const [name, h1] of [
      ['变更记录', '职工基本医疗保险：变更记录'],
      [/^2015-01-01 至 \d{4}-\d\d-\d\d 的政策变化$/, '职工基本医疗保险：政策变化'],
    ] as const) {
      await page.goto(`${base}/explore/${EMI}`);
      const [res] = await Promise.all([page.waitForNavigation(), page.getByRole('link', { name, exact: true }).first().click()]);
      expect(res!.headers()['content-type']).toContain('text/html');
      expect(await page.textContent('h1')).toBe(h1);
    }
    expect(problems).toEqual([]);
  });

  it('GET /v1/search in the Worker runtime (route validation as bundled): hits with values, and a 422 in the problem format', async () => {
    const ok = await fetch(`${base}/v1/search?q=${encodeURIComponent('inpatient.annual_cap')}&date=2015-06-01`);
    expect(ok.status).toBe(200);
    const answer = (await ok.json()) as {
      hits: { kind: string; id: string; values: { text: { zh: string } }[]; citation: { article: string } }[];
    };
    const cap = answer.hits.find((h) => h.kind === 'parameter' && h.id === 'inpatient.annual_cap')!;
    expect(cap.values[0]!.text.zh).toBe('200,000元');
    expect(cap.citation.article).toBe('第二十六条');
    const bad = await fetch(`${base}/v1/search?q=a&limit=0`);
    expect(bad.status).toBe(422);
    const p = (await bad.json()) as { code: string; errors: { pointer: string; code: string; message: { zh: string } }[] };
    expect(p.code).toBe('validation-error');
    expect(p.errors[0]).toMatchObject({ pointer: '/limit', code: 'too-small' });
    expect(p.errors[0]!.message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('prints: no forms or navigation on paper', async () => {
    const { page } = await openPage();
    await page.goto(`${base}/explore/${EMI}?date=2015-06-01`);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['form.date', '.site nav', '.toc']) {
      expect(
        await page
          .locator(sel)
          .first()
          .evaluate((e: any) => getComputedStyle(e).display),
        sel,
      ).toBe('none');
    }
    expect(await page.locator('h1').evaluate((e: any) => getComputedStyle(e).display)).toBe('block');
    const pdf = join(ARTIFACTS, 'explore-table.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
  });

  it('has text contrast of at least 4.5:1 (WCAG AA) everywhere it shows text', async () => {
    const { page } = await openPage();
    await page.goto(`${base}/explore?q=${encodeURIComponent('第二十五条')}`);
    const search = await page.evaluate(contrastReport);
    await page.goto(`${base}/explore/${EMI}?date=2015-06-01`);
    const table = await page.evaluate(contrastReport);
    const failures = [...search, ...table].filter((c) => c.ratio < 4.5);
    expect(failures).toEqual([]);
    expect(search.length + table.length).toBeGreaterThan(50);
  });
});

/** In the page: the contrast ratio of every element with its own text against its effective background. */
function contrastReport(): { text: string; color: string; background: string; ratio: number }[] {
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number) as number[];
  const luminance = ([r, g, b]: number[]) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const background = (el: any): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out: { text: string; color: string; background: string; ratio: number }[] = [];
  for (const el of document.querySelectorAll('body *') as any[]) {
    const own = [...el.childNodes]
      .filter((n: any) => n.nodeType === 3 && n.textContent.trim())
      .map((n: any) => n.textContent.trim())
      .join(' ');
    if (!own) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || el.closest('.sr, .skip')) continue;
    const fg = parse(style.color).slice(0, 3);
    const bg = background(el);
    const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    out.push({
      text: own.slice(0, 40),
      color: style.color,
      background: `rgb(${bg.join(', ')})`,
      ratio: Math.round(((l1! + 0.05) / (l2! + 0.05)) * 100) / 100,
    });
  }
  return out;
}
