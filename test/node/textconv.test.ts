import * as XLSX from '@e965/xlsx';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workbookText } from '../../scripts/lib/textconv';
import { git, GIT_ENV, ROOT, runScript, tempRepo, type TempRepo } from '../helpers/git-repo';
import { columnOf, editWorkbook, rowWhere, setCell, TABLES_DIR } from '../helpers/workbooks';

const EMI = 'employee-medical-insurance';
const emiFile = join(TABLES_DIR, `${EMI}.xlsx`);
const repos: TempRepo[] = [];
const dirs: string[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

const level3Line = (text: string) => text.split('\n').find((l) => l.startsWith('inpatient_levels!') && l.includes(': level=3 |'));

describe('workbook as text (textconv)', { timeout: 60_000 }, () => {
  it('one line per row, `sheet!row: column=value | …`, sheets introduced by "## name"', () => {
    const text = workbookText(readFileSync(emiFile));
    const lines = text.split('\n');
    expect(lines[0]).toBe('## meta');
    expect(lines).toContain('meta!2: field=table_id | value=employee-medical-insurance');
    expect(lines).toContain('## parameters');
    expect(lines.find((l) => l.startsWith('parameters!1 (header): key '))).toBeDefined();
    const cap = lines.find((l) => l.includes('key=inpatient.annual_cap |'))!;
    expect(cap).toMatch(
      /^parameters!\d+: key=inpatient\.annual_cap \| label_zh=.+ \| value=200000 \| unit=CNY \| effective_from=2015-01-01 \|/,
    );
    expect(level3Line(text)).toMatch(/\| deductible=800 \| fund_ratio=0\.8 \|/);
    // empty cells are left out, dates are ISO, numbers as Excel shows them
    expect(cap).not.toMatch(/=\s*\|/);
  });

  it('is stable: the same cells give the same text even when the zip bytes differ', () => {
    const buf = readFileSync(emiFile);
    const resaved = XLSX.write(XLSX.read(buf, { type: 'buffer', cellNF: true, cellFormula: true }), {
      type: 'buffer',
      bookType: 'xlsx',
      compression: false,
    }) as Buffer;
    expect(Buffer.compare(buf, resaved)).not.toBe(0);
    expect(workbookText(resaved)).toBe(workbookText(buf));
    expect(workbookText(buf)).toBe(workbookText(buf));
  });

  it('shows what the build refuses: formulas, hidden sheets, values with newlines and pipes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-edge-tc-'));
    dirs.push(dir);
    const file = join(dir, 'x.xlsx');
    writeFileSync(file, readFileSync(emiFile));
    editWorkbook(file, (wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      setCell(ws, `${columnOf(ws, 'deductible')}${rowWhere(ws, 'level', '2')}`, null, '300+200');
      setCell(ws, `${columnOf(ws, 'note_en')}${rowWhere(ws, 'level', '1')}`, 'line one\nline two | more');
      wb.Workbook = {
        ...(wb.Workbook ?? {}),
        Sheets: wb.SheetNames.map((n) => ({ name: n, Hidden: n === 'designated_diseases' ? 1 : 0 })),
      };
    });
    const text = workbookText(readFileSync(file));
    expect(text).toMatch(/inpatient_levels!\d+: level=2 \| deductible=\{=300\+200\} \|/);
    expect(text).toContain('note_en=line one\\nline two \\| more');
    expect(text).toContain('## designated_diseases (hidden)');
  });

  it('a yes/no cell as LibreOffice Calc saves it (the constant formula TRUE()) shows as its value: a re-save is no change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-edge-tc-'));
    dirs.push(dir);
    const file = join(dir, 'x.xlsx');
    writeFileSync(file, readFileSync(emiFile));
    let cell = '';
    editWorkbook(file, (wb) => {
      const ws = wb.Sheets.parameters!;
      cell = `${columnOf(ws, 'value')}${rowWhere(ws, 'key', 'contribution.paid_monthly')}`;
      ws[cell] = { t: 'b', v: true, f: 'TRUE()' };
    });
    const before = workbookText(readFileSync(emiFile));
    expect(before).toMatch(/key=contribution\.paid_monthly \| .*\| value=TRUE \|/);
    expect(workbookText(readFileSync(file))).toBe(before);
  });

  it('says so, instead of failing, for a file that is not a workbook', () => {
    expect(workbookText(Buffer.from('key,value\n'), 'x.xlsx')).toMatch(
      /^# x\.xlsx: not an xlsx file .*\(10 bytes, sha256 [0-9a-f]{16}\)\n$/,
    );
    expect(workbookText(Buffer.alloc(0))).toBe('');
  });

  it('the CLI prints the same text', () => {
    const r = runScript('scripts/xlsx-textconv.ts', [emiFile], ROOT);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(workbookText(readFileSync(emiFile), `${EMI}.xlsx`));
  });
});

describe('git integration (.gitattributes + prepare script)', { timeout: 120_000 }, () => {
  it("npm install's prepare step registers the driver; git diff and git log -p then show the changed row", () => {
    const repo = tempRepo({ project: true, tables: [EMI] });
    repos.push(repo);
    expect(readFileSync(join(repo.dir, '.gitattributes'), 'utf8')).toMatch(/^\*\.xlsx -text diff=xlsx$/m);
    const pkg = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.prepare).toBe('node scripts/setup-git.mjs');
    // what npm runs for "prepare", in the package folder
    const setup = spawnSync('sh', ['-c', pkg.scripts.prepare!], { cwd: repo.dir, env: GIT_ENV, encoding: 'utf8' });
    expect(setup.status).toBe(0);
    expect(git(repo.dir, 'config', 'diff.xlsx.textconv').trim()).toBe('node --import tsx scripts/xlsx-textconv.ts');

    const file = join(repo.dir, 'tables', `${EMI}.xlsx`);
    editWorkbook(file, (wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      setCell(ws, `${columnOf(ws, 'fund_ratio')}${rowWhere(ws, 'level', '3')}`, 0.85);
    });
    const diff = git(repo.dir, 'diff');
    expect(diff).not.toMatch(/Binary files/);
    const changed = diff.split('\n').filter((l) => /^[-+][^-+]/.test(l));
    expect(changed).toHaveLength(2);
    expect(changed[0]).toMatch(/^-inpatient_levels!\d+: level=3 \| deductible=800 \| fund_ratio=0\.8 \|/);
    expect(changed[1]).toMatch(/^\+inpatient_levels!\d+: level=3 \| deductible=800 \| fund_ratio=0\.85 \|/);
    expect(diff).toMatch(/^@@ .* @@ ## inpatient_levels$/m);
    // also from a subfolder: git runs the driver from the top of the work tree
    expect(git(join(repo.dir, 'src'), 'diff')).toBe(diff);

    repo.commit('level-3 inpatient ratio 80% → 85%');
    const log = git(repo.dir, 'log', '-p', '-1');
    expect(log).toContain('+inpatient_levels!');
    expect(log).toMatch(/fund_ratio=0\.85/);
  });

  it('outside a git work tree the prepare step does nothing and succeeds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-edge-nogit-'));
    dirs.push(dir);
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'setup-git.mjs')], {
      cwd: dir,
      env: { ...GIT_ENV, GIT_CEILING_DIRECTORIES: tmpdir() },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('in a parent repository (package in a subfolder) it leaves that repository alone', () => {
    const repo = tempRepo({ tables: [EMI] });
    repos.push(repo);
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'setup-git.mjs')], {
      cwd: join(repo.dir, 'tables'),
      env: GIT_ENV,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/parent repository/);
    expect(() => execFileSync('git', ['config', 'diff.xlsx.textconv'], { cwd: repo.dir, env: GIT_ENV, stdio: 'pipe' })).toThrow();
  });
});
