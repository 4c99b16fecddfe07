import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileFile } from '../../scripts/lib/build';
import { formatProblem } from '../../scripts/lib/problems';
import { LIMITS, readWorkbook, readWorkbookFile } from '../../scripts/lib/workbook-reader';
import { bigFile, FIXTURES_DIR, type Case } from '../fixtures/make-bad-workbooks';

/**
 * The corpus of broken and hostile workbooks (test/fixtures/workbooks, made by
 * test/fixtures/make-bad-workbooks.ts): each is refused with a clear message naming the file, nothing is
 * compiled from it, the build CLI never crashes or hangs on any of them, and the last good output stays.
 */

const cases = JSON.parse(readFileSync(join(FIXTURES_DIR, 'cases.json'), 'utf8')) as Case[];
const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'policy-edge-corpus-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the corpus', () => {
  it('has at least 20 cases, each file present', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const c of cases) expect(readFileSync(join(FIXTURES_DIR, c.file)).length, c.file).toBeGreaterThanOrEqual(0);
  });
});

describe('each broken or hostile workbook is refused with a clear message', () => {
  for (const c of cases) {
    it(`${c.file} as ${c.as}: ${c.why}`, () => {
      const dir = temp();
      copyFileSync(join(FIXTURES_DIR, c.file), join(dir, c.as));
      const started = performance.now();
      const { table, problems } = compileFile(join(dir, c.as));
      expect(performance.now() - started).toBeLessThan(30_000);
      expect(table).toBeNull();
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.map((p) => p.en).join('\n')).toMatch(new RegExp(c.expect));
      for (const p of problems) {
        expect(p.file).toBe(c.as);
        expect(p.zh.length).toBeGreaterThan(0);
        expect(p.en.length).toBeGreaterThan(0);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    }, 60_000);
  }
});

describe('limits that are not in the committed corpus', () => {
  it('a 50 MB file is refused from its size, without being parsed', () => {
    const dir = temp();
    const file = join(dir, 'employee-medical-insurance.xlsx');
    writeFileSync(file, bigFile(50 * 1024 * 1024));
    const started = performance.now();
    const r = readWorkbookFile(file);
    expect(r.problems.map((p) => p.en)).toEqual(['file too large (50.0 MB; limit 10 MB)']);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('a workbook the parser needs too long for is reported, not waited for', () => {
    const buf = readFileSync(join(FIXTURES_DIR, 'too-many-rows.xlsx'));
    const started = performance.now();
    const r = readWorkbook('slow.xlsx', buf, { ...LIMITS, parseMs: 5 });
    expect(r.problems.map((p) => p.en)).toEqual([expect.stringMatching(/reading took longer than 0.005 s/)]);
    expect(performance.now() - started).toBeLessThan(2_000);
    // and the next workbook is read normally by a fresh parser thread
    const again = readWorkbook('again.xlsx', buf);
    expect(again.problems.map((p) => p.en)).toEqual([expect.stringMatching(/sheet too large \(25000 rows/)]);
  }, 30_000);

  it('a parser that runs out of memory ends its own thread, not the build', () => {
    const buf = readFileSync(join(FIXTURES_DIR, 'too-many-rows.xlsx'));
    const r = readWorkbook('hungry.xlsx', buf, { ...LIMITS, parseHeapMb: 8, parseMs: 2_000 });
    expect(r.problems.map((p) => p.en)).toEqual([expect.stringMatching(/more than 8 MB of memory/)]);
  }, 30_000);
});

describe('the build CLI on the whole corpus', () => {
  it('exits 1 within its time limit, lists a problem for every file, and keeps the previous output', async () => {
    const dir = temp();
    const tables = join(dir, 'tables');
    mkdirSync(tables);
    for (const [i, c] of cases.entries())
      copyFileSync(join(FIXTURES_DIR, c.file), join(tables, `case-${String(i).padStart(2, '0')}-${c.file}`));
    writeFileSync(join(tables, 'fifty-megabytes.xlsx'), bigFile(50 * 1024 * 1024));
    const out = join(dir, 'compiled', 'tables.json');
    mkdirSync(join(dir, 'compiled'));
    writeFileSync(out, '{"previous":"good build"}');

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-tables.ts', '--tables', tables, '--out', out, '--lang', 'en'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);

    expect(code, stderr.slice(-2000)).toBe(1);
    expect(stderr).toMatch(/nothing written/);
    for (let i = 0; i < cases.length; i++) expect(stderr, cases[i]!.file).toContain(`case-${String(i).padStart(2, '0')}-${cases[i]!.file}`);
    expect(stderr).toMatch(/fifty-megabytes\.xlsx: file too large/);
    expect(stderr).not.toMatch(/at .*\.(ts|js|mjs):\d+/); // no stack trace: every case is a reported problem
    expect(readFileSync(out, 'utf8')).toBe('{"previous":"good build"}');
    expect(formatProblem({ file: 'x.xlsx', sheet: null, cell: null, zh: '甲', en: 'a' }, 'en')).toBe('x.xlsx: a');
  }, 300_000);
});
