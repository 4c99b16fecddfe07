/**
 * /studio end to end: the real Worker (`wrangler dev` → workerd) serves the page, its scripts and the served data
 * (GET /v1/tables/{id}/data); Debian's Chromium, driven by playwright-core, drops workbooks on it as an officer does.
 * The workbook is read, compiled and checked inside the page's Web Worker: nothing is uploaded.
 */
import * as XLSX from '@e965/xlsx';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbookFiles } from '../../scripts/lib/build';
import { checkFile } from '../../scripts/lib/check';
import type { CompiledBundle } from '../../src/tables/model';
import { EDIT_2016, make2016Edit } from '../fixtures/make-2016-edit';
import { type Case, FIXTURES_DIR } from '../fixtures/make-bad-workbooks';
import { saveWithLibreOffice } from '../helpers/libreoffice';
import { startWranglerDev } from '../helpers/wrangler-dev';
import { columnOf, duplicateRow, rowWhere, setCell, TABLES_DIR } from '../helpers/workbooks';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts';
const EMI = 'employee-medical-insurance';

let worker: Awaited<ReturnType<typeof startWranglerDev>> | undefined;
let browser: Browser | undefined;
let api = '';
const temp = mkdtempSync(join(tmpdir(), 'policy-edge-studio-'));

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium; .ci/run does it). Browser tests never skip.`,
    );
  }
  for (const f of ['compiled/public/studio/studio-worker.js', 'compiled/tables.json']) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run npm run build first (npm test does).`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  worker = await startWranglerDev();
  api = worker.origin;
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
}, 120_000);

afterAll(async () => {
  await browser?.close();
  worker?.stop();
  rmSync(temp, { recursive: true, force: true });
});

/** /studio, recording console errors and every request the page makes (none may carry the workbook). */
async function open(query = '') {
  const page = await browser!.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  const requests: { url: string; method: string; bytes: number }[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), bytes: r.postDataBuffer()?.length ?? 0 }));
  await page.goto(`${api}/studio${query}`);
  await page.locator('#drop').waitFor();
  return { page, errors, requests };
}

/** Chooses a workbook in the page's file input (what dropping it does), and waits for the result. */
async function drop(page: Page, name: string, buffer: Buffer) {
  await page.setInputFiles('#file', { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.locator('#summary').waitFor({ timeout: 60_000 });
}

const text = (page: Page, selector: string) => page.locator(selector).textContent();

describe('the 2016 edit of the employee-medical workbook', () => {
  const edit = make2016Edit();

  it('shows the three changed values, the settlement answers that change in 2016, and the report to download', async () => {
    const { page, errors, requests } = await open();
    expect(await page.locator('h1').textContent()).toContain('政策参数工作台');
    await drop(page, `${EMI}.xlsx`, edit);
    expect(await text(page, '#summary .verdict')).toMatch(/^✓ 通过 — 0 个错误/);

    // (b) the semantic diff against the served data: each change with its new value from 2016-01-01
    const diff = await text(page, '#diff');
    for (const c of EDIT_2016.changes) expect(diff).toContain(c.to.toLocaleString('en-US'));
    expect(diff).toContain(EDIT_2016.document.number);
    expect(await page.locator('#diff table.diff tbody tr').count()).toBeGreaterThanOrEqual(3);

    // (c) the settlement's answers that change, moved to the dates the edit changes, before and after side by side
    const changed = page.locator('#answers table.answers tbody tr[data-sample^="employee-medical-settlement"]');
    expect(await changed.count()).toBeGreaterThan(0);
    const samples = await changed.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sample') ?? ''));
    expect(samples.some((s) => /@ 2016-/.test(s))).toBe(true);
    const first = changed.first();
    expect(await first.locator('td.old').textContent()).not.toBe(await first.locator('td.new').textContent());
    // the workbook's own cases: they hold on both (2015 is unchanged)
    expect(await page.locator('#answers table.cases tr.case-head').count()).toBe(3);
    expect(await page.locator('#answers table.cases tr.case-head td.fail').count()).toBe(0);

    // (d) the review report, as Markdown and printable HTML
    const [md] = await Promise.all([page.waitForEvent('download'), page.click('#download-md')]);
    expect(md.suggestedFilename()).toMatch(new RegExp(`^${EMI}-review-\\d{4}-\\d{2}-\\d{2}\\.md$`));
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(mdText).toMatch(/^# 工作簿审阅报告/);
    expect(mdText).toContain('250,000');
    expect(mdText).toMatch(/employee-medical-settlement/);
    const [html] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')]);
    expect(readFileSync((await html.path())!, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<table>/);

    // English on the switch
    await page.click('#lang');
    expect(await text(page, '#summary .verdict')).toMatch(/^✓ passed — 0 error/);
    expect(await text(page, '#diff h2')).toBe('Changes against the served data');

    // nothing but GETs: the workbook never left the browser
    expect(requests.filter((r) => r.method !== 'GET' || r.bytes > 0)).toEqual([]);
    expect(requests.some((r) => r.url.endsWith(`/v1/tables/${EMI}/data`))).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/studio-2016-edit.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('the same edit saved by LibreOffice Calc gives the same values and data hash', async () => {
    const src = join(temp, 'in');
    const out = join(temp, 'out');
    mkdirSync(src, { recursive: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(src, `${EMI}.xlsx`), edit);
    const [saved] = saveWithLibreOffice([join(src, `${EMI}.xlsx`)], out);
    const { page, errors } = await open();
    await drop(page, `${EMI}.xlsx`, edit);
    const direct = await text(page, '#this-hash');
    await drop(page, `${EMI}.xlsx`, readFileSync(saved!));
    expect(await text(page, '#this-hash')).toBe(direct);
    expect(await text(page, '#summary .verdict')).toMatch(/^✓ 通过/);
    const diff = await text(page, '#diff');
    for (const c of EDIT_2016.changes) expect(diff).toContain(c.to.toLocaleString('en-US'));
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});

describe('a copy named by the browser', () => {
  it('"employee-medical-insurance (1).xlsx" is checked as the table it copies, and the person told to rename it', async () => {
    const { page, errors } = await open();
    await drop(page, `${EMI} (1).xlsx`, readFileSync(join(TABLES_DIR, `${EMI}.xlsx`)));
    expect(await text(page, '#summary .verdict')).toMatch(/^✓ 通过/);
    expect(await text(page, '#status')).toContain(`${EMI} (1).xlsx → ${EMI}.xlsx`);
    expect(await text(page, '#summary h2')).toContain(`${EMI}.xlsx`);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('a workbook with a typo, a formula and an overlap', () => {
  it('shows each error at its cell, with its fix line and the cell marked in a grid of its sheet', async () => {
    const wb = XLSX.read(readFileSync(join(TABLES_DIR, `${EMI}.xlsx`)), { type: 'buffer', cellFormula: true, cellNF: true });
    const params = wb.Sheets.parameters!;
    // the typo: the annual cap's key with one letter missing
    const typo = `${columnOf(params, 'key')}${rowWhere(params, 'key', 'inpatient.annual_cap')}`;
    setCell(params, typo, 'inpatient.anual_cap');
    // a formula where a value belongs
    const formula = `${columnOf(params, 'value')}${rowWhere(params, 'key', 'home_sickbed.fund_ratio')}`;
    setCell(params, formula, null, '250*2');
    // an overlap: level 2's row copied with a start inside the original's period
    const levels = wb.Sheets.inpatient_levels!;
    const copy = duplicateRow(levels, rowWhere(levels, 'level', '2'));
    setCell(levels, `${columnOf(levels, 'effective_from')}${copy}`, '2015-06-01');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;

    const { page, errors } = await open();
    await drop(page, `${EMI}.xlsx`, bytes);
    expect(await text(page, '#summary .verdict')).toMatch(/^✗ 未通过/);
    for (const cell of [`parameters!${typo}`, `parameters!${formula}`]) {
      const item = page.locator(`#checks li.error[data-cell="${cell}"]`).first();
      await expect(item.count()).resolves.toBeGreaterThan(0);
      expect(await item.locator('.fix').textContent()).toMatch(/^怎么改：|^怎么改: /);
      // the grid of the sheet marks that very cell
      expect(await item.locator('table.grid td.hit').first().getAttribute('data-ref')).toBe(cell.split('!')[1]);
    }
    const overlap = page.locator('#checks li.error[data-cell^="inpatient_levels!"]');
    expect(await overlap.count()).toBeGreaterThan(0);
    expect(await overlap.first().locator('.message').textContent()).toMatch(/重叠/);
    expect(await page.locator('#diff').textContent()).toMatch(/无法比较/);
    await page.screenshot({ path: `${ARTIFACTS}/studio-errors.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

/** What /studio finds in a workbook, run in the page's worker as the page runs it: the errors, and the data hash. */
async function studioErrors(page: Page, name: string, bytes: Buffer) {
  return page.evaluate(
    async ({ name, b64 }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const studio = (globalThis as unknown as { policyStudio: { check(n: string, b: Uint8Array): Promise<StudioLike> } }).policyStudio;
      const r = await studio.check(name, bytes);
      return {
        errors: r.findings.filter((f) => f.severity === 'error').map((f) => [f.sheet, f.cell, f.zh, f.en, f.hint.zh, f.hint.en]),
        hash: r.table?.hash ?? null,
      };
    },
    { name, b64: bytes.toString('base64') },
  );
}
interface StudioLike {
  findings: { severity: string; sheet: string | null; cell: string | null; zh: string; en: string; hint: { zh: string; en: string } }[];
  table: { hash: string } | null;
}

/** What tables:check finds in the same file (without a comparison: the errors do not depend on one). */
function cliErrors(file: string) {
  return checkFile(file, { against: null })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => [f.sheet, f.cell, f.zh, f.en, f.hint.zh, f.hint.en]);
}

describe('the same messages and data hashes in /studio as on the command line', () => {
  it('the hostile and broken workbooks of test/fixtures give the same errors', async () => {
    const cases = JSON.parse(readFileSync(join(FIXTURES_DIR, 'cases.json'), 'utf8')) as Case[];
    expect(cases.length).toBe(33);
    const { page, errors } = await open();
    for (const c of cases) {
      const dir = mkdtempSync(join(temp, 'fixture-'));
      copyFileSync(join(FIXTURES_DIR, c.file), join(dir, c.as));
      const cli = cliErrors(join(dir, c.as));
      expect(cli.length, c.file).toBeGreaterThan(0);
      const got = await studioErrors(page, c.as, readFileSync(join(FIXTURES_DIR, c.file)));
      expect(got.errors, `${c.file} (${c.why})`).toEqual(cli);
      expect(got.hash).toBeNull();
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('every real workbook compiles in the browser to the data hash of tables:build', async () => {
    const built = JSON.parse(readFileSync('compiled/tables.json', 'utf8')) as CompiledBundle;
    const { page, errors } = await open();
    const files = workbookFiles(TABLES_DIR);
    expect(files.length).toBe(Object.keys(built.tables).length);
    for (const file of files) {
      const id = basename(file, '.xlsx');
      const got = await studioErrors(page, basename(file), readFileSync(file));
      expect(got.errors, id).toEqual([]);
      expect(got.hash, id).toBe(built.tables[id]!.hash);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
