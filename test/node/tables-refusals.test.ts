import * as XLSX from '@e965/xlsx';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileFile } from '../../scripts/lib/build';
import { insideGitWorkTree } from '../../scripts/lib/revisions';
import { make2016Edit } from '../fixtures/make-2016-edit';
import { runScript, tempProject, tempRepo } from '../helpers/git-repo';
import { columnOf, dropCases, editWorkbook, rowWhere, setCell, tempTablesDir } from '../helpers/workbooks';

/**
 * Edits that would break answers are refused by tables:build and tables:check themselves, in any folder: a copy of
 * the project without .git (a download, a CI copy) refuses them as a clone does. Comparisons with git history stay
 * as extra warnings, which tables:build prints too.
 */

const EMI = 'employee-medical-insurance';
const RMI = 'resident-medical-insurance';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
const project = (tables: string[]) => {
  const p = tempProject({ project: true, tables });
  cleanups.push(p.cleanup);
  return p.dir;
};
const tables = (ids: string[]) => {
  const d = tempTablesDir(ids);
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
};
const read = (file: string) => XLSX.read(readFileSync(file), { type: 'buffer' });
/** Row number and cell of a column, for the row whose `column` is `value`. */
const cellOf = (file: string, sheet: string, where: [string, string], column: string) => {
  const ws = read(file).Sheets[sheet]!;
  const row = rowWhere(ws, where[0], where[1]);
  return { row, cell: `${columnOf(ws, column)}${row}` };
};
/** Adds the optional `ends` column to a sheet (a header at the right) and marks the given rows. */
const markEnds = (wb: XLSX.WorkBook, sheet: string, rows: number[], word = 'repealed') => {
  const ws = wb.Sheets[sheet]!;
  let col: string;
  try {
    col = columnOf(ws, 'ends');
  } catch {
    col = XLSX.utils.encode_col(XLSX.utils.decode_range(ws['!ref']!).e.c + 1);
    setCell(ws, `${col}1`, 'ends 终止');
  }
  for (const r of rows) setCell(ws, `${col}${r}`, word);
};
const errorsOf = (file: string) => compileFile(file).problems.map((p) => `${p.sheet}!${p.cell}: ${p.zh}`);

describe('refusals without git history', { timeout: 180_000 }, () => {
  it('the one-letter typo of the issue (inpatient.anual_cap): tables:build and tables:check refuse it in a copy without .git', () => {
    const dir = project([EMI]);
    const file = join(dir, 'tables', `${EMI}.xlsx`);
    writeFileSync(file, make2016Edit({ annualCapKey: 'inpatient.anual_cap' }));
    expect(existsSync(join(dir, '.git'))).toBe(false);
    expect(insideGitWorkTree(dir)).toBe(false);
    const typo = cellOf(file, 'parameters', ['key', 'inpatient.anual_cap'], 'key');
    const old = cellOf(file, 'parameters', ['key', 'inpatient.annual_cap'], 'effective_to');

    const build = runScript('scripts/build-tables.ts', [], dir);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('✗ 2 problem(s); nothing written, compiled/tables.json keeps the last good build:');
    expect(build.stderr).toContain(
      `  ${EMI}.xlsx › parameters!${typo.cell}: 参数键 inpatient.anual_cap 不是计算器读取的键，与计算器读取的 inpatient.annual_cap 只差 1 个字母：是不是拼错了？ / the key inpatient.anual_cap is not one a calculator reads, and is 1 letter(s) from inpatient.annual_cap, which one does: a typo?\n` +
        `      怎么改：把单元格 ${typo.cell} 的键改为 inpatient.annual_cap（计算器只认这个键）；如果这确实是另一个参数，请换一个与 inpatient.annual_cap 区别更明显的键 / how to fix: spell the key in cell ${typo.cell} inpatient.annual_cap (the calculators read that key only); if it really is another parameter, choose a key less like inpatient.annual_cap\n`,
    );
    // …and the declared key now ends on 2015-12-31 while the table goes on: every 2016 settlement would be a 422
    expect(build.stderr).toContain(
      `  ${EMI}.xlsx › parameters!${old.cell}: 参数 inpatient.annual_cap 的最后一行（第 ${old.row} 行）到 2015-12-31 为止，而本表其他数值长期有效：计算器在 2016-01-01 起读取 inpatient.annual_cap 会失败（答复 422）`,
    );
    expect(existsSync(join(dir, 'compiled', 'tables.json'))).toBe(false);

    const check = runScript('scripts/check-tables.ts', [], dir);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/^检查 1 个工作簿（不在 git 工作区中：只做不需要历史版本的检查）\n/);
    expect(check.stdout).toContain(`✗ ${EMI}.xlsx — 2 个错误（不在 git 工作区中，未做对比）`);
    expect(check.stdout).toContain(
      `  ✗ ${EMI}.xlsx › parameters!${typo.cell}\n      问题：参数键 inpatient.anual_cap 不是计算器读取的键，与计算器读取的 inpatient.annual_cap 只差 1 个字母：是不是拼错了？\n      怎么改：把单元格 ${typo.cell} 的键改为 inpatient.annual_cap`,
    );
    // spelt right, the same edit builds
    writeFileSync(file, make2016Edit());
    const good = runScript('scripts/build-tables.ts', [], dir);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^✓ 1 table\(s\)/);
  });

  it('a declared key that ends before the table does: refused in a copy without .git, built once marked ends = repealed', () => {
    const dir = project([EMI]);
    const file = join(dir, 'tables', `${EMI}.xlsx`);
    const { row, cell } = cellOf(file, 'parameters', ['key', 'home_sickbed.cap_per_month'], 'effective_to');
    editWorkbook(file, (wb) => setCell(wb.Sheets.parameters!, cell, '2015-12-31'));
    const build = runScript('scripts/build-tables.ts', ['--lang', 'zh'], dir);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(
      `  ${EMI}.xlsx › parameters!${cell}: 参数 home_sickbed.cap_per_month 的最后一行（第 ${row} 行）到 2015-12-31 为止，而本表其他数值长期有效：计算器在 2016-01-01 起读取 home_sickbed.cap_per_month 会失败（答复 422）\n` +
        `      怎么改：如果 2016-01-01 起有新的数值，加一行键为 home_sickbed.cap_per_month 的新行（核对键的拼写），生效日期填 2016-01-01；如果这条规定确实到 2015-12-31 为止（废止），在第 ${row} 行的 ends 列填 repealed（废止）（没有 ends 列时，在表头加一列 ends）\n`,
    );
    // the repeal marker: the end is intended
    editWorkbook(file, (wb) => markEnds(wb, 'parameters', [row]));
    const marked = runScript('scripts/build-tables.ts', [], dir);
    expect(marked.stderr).toBe('');
    expect(marked.status).toBe(0);
    // 废止 is the same mark
    editWorkbook(file, (wb) => markEnds(wb, 'parameters', [row], '废止'));
    expect(errorsOf(file)).toEqual([]);
  });

  it('a case of a scale sheet that ends, or leaves a gap: named by its columns, refused unless marked', () => {
    const dir = tables([EMI]);
    const file = join(dir, `${EMI}.xlsx`);
    const level2 = cellOf(file, 'inpatient_levels', ['level', '2'], 'effective_to');
    editWorkbook(file, (wb) => setCell(wb.Sheets.inpatient_levels!, level2.cell, '2015-12-31'));
    expect(errorsOf(file)).toEqual([
      `inpatient_levels!${level2.cell}: inpatient_levels 中 医疗机构级别 = 2 的行到 2015-12-31 为止（第 ${level2.row} 行），之后再没有数值，而本表其他数值长期有效：计算器在 2016-01-01 起查不到这种情形（答复 422）`,
    ]);
    editWorkbook(file, (wb) => markEnds(wb, 'inpatient_levels', [level2.row]));
    expect(errorsOf(file)).toEqual([]);

    // a gap: a later row of the case starting 2017 — allowed after the marked end (repealed, then a new rule)
    editWorkbook(file, (wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      const r = XLSX.utils.decode_range(ws['!ref']!).e.r + 2;
      for (let c = 0; c <= XLSX.utils.decode_range(ws['!ref']!).e.c; c++) {
        const src = ws[XLSX.utils.encode_cell({ r: level2.row - 1, c })];
        if (src) ws[XLSX.utils.encode_cell({ r: r - 1, c })] = { ...src };
      }
      ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: r - 1, c: XLSX.utils.decode_range(ws['!ref']!).e.c } });
      setCell(ws, `${columnOf(ws, 'effective_from')}${r}`, '2017-01-01');
      setCell(ws, `${columnOf(ws, 'effective_to')}${r}`, null);
      setCell(ws, `${columnOf(ws, 'ends')}${r}`, null);
    });
    expect(errorsOf(file)).toEqual([]);
    // without the mark the gap is refused, naming both rows and the cell to change
    editWorkbook(file, (wb) => setCell(wb.Sheets.inpatient_levels!, `${columnOf(wb.Sheets.inpatient_levels!, 'ends')}${level2.row}`, null));
    expect(errorsOf(file)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^inpatient_levels!${level2.cell}: inpatient_levels 中 医疗机构级别 = 2 的生效期间有空档：第 ${level2.row} 行到 2015-12-31 为止，第 \\d+ 行自 2017-01-01 起，2016-01-01 至 2016-12-31 没有数值$`,
        ),
      ),
    ]);
  });

  it('the mark itself: only repealed/废止, only on a row with a last day, never on a row the next one continues', () => {
    const dir = tables([EMI]);
    const file = join(dir, `${EMI}.xlsx`);
    const open = cellOf(file, 'parameters', ['key', 'inpatient.annual_cap'], 'effective_to');
    editWorkbook(file, (wb) => markEnds(wb, 'parameters', [open.row], 'yes'));
    expect(compileFile(file).problems.map((p) => [p.zh, p.fix.zh])).toEqual([
      [
        'ends 列只能填 repealed（废止）或留空，不能填“yes”',
        '填 repealed 或 废止 表示这条规定在本行的失效日期之后有意不再有数值；否则清空这个单元格',
      ],
    ]);
    editWorkbook(file, (wb) => markEnds(wb, 'parameters', [open.row]));
    expect(errorsOf(file)).toEqual([`parameters!${open.cell}: 第 ${open.row} 行标为废止（ends = repealed），但没有失效日期`]);
    // marked, and continued the next day by a new row: not an end
    writeFileSync(file, make2016Edit());
    editWorkbook(file, (wb) => markEnds(wb, 'parameters', [open.row]));
    expect(compileFile(file).problems.map((p) => p.zh)).toEqual([
      `参数 inpatient.annual_cap：第 ${open.row} 行标为废止（ends = repealed），但第 ${XLSX.utils.decode_range(read(file).Sheets.parameters!['!ref']!).e.r + 1} 行从第二天（2016-01-01）起接着有效`,
    ]);
  });

  it('the real workbooks: the 2015 resident funding rows carry the mark; without it the build refuses all six', () => {
    const dir = tables([RMI]);
    const file = join(dir, `${RMI}.xlsx`);
    expect(errorsOf(file)).toEqual([]);
    const ws = read(file).Sheets.parameters!;
    const ends = columnOf(ws, 'ends');
    const marked = [2, 3, 4, 5, 6, 7].filter((r) => ws[`${ends}${r}`]?.v === 'repealed');
    expect(marked).toHaveLength(6);
    expect(marked.map((r) => ws[`A${r}`]?.v)).toEqual([
      'funding.total',
      'funding.individual',
      'funding.subsidy.total',
      'funding.subsidy.province_and_city',
      'funding.subsidy.district',
      'funding.subsidy.town',
    ]);
    editWorkbook(file, (wb) => {
      for (const r of marked) setCell(wb.Sheets.parameters!, `${ends}${r}`, null);
    });
    expect(errorsOf(file)).toHaveLength(6);
    expect(errorsOf(file)[0]).toMatch(/^parameters!G2: 参数 funding\.total 的最后一行（第 2 行）到 2015-12-31 为止/);
  });
});

describe('tables:build prints the warnings of tables:check', { timeout: 180_000 }, () => {
  it('none for the 2016 edit (its rows start on their document’s effective date); a value rewritten in place is warned', () => {
    const r = tempRepo({ project: true, tables: [EMI] });
    cleanups.push(r.cleanup);
    const file = join(r.dir, 'tables', `${EMI}.xlsx`);
    writeFileSync(file, make2016Edit());
    const build = runScript('scripts/build-tables.ts', [], r.dir);
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(build.stdout).not.toContain('⚠');
    const check = runScript('scripts/check-tables.ts', ['--today', '2026-12-07'], r.dir);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(`✓ ${EMI}.xlsx — 通过`);

    r.commit('the 2016 edit');
    const level3 = cellOf(file, 'inpatient_levels', ['level', '3'], 'fund_ratio');
    editWorkbook(file, (wb) => {
      setCell(wb.Sheets.inpatient_levels!, level3.cell, 0.85);
      dropCases(wb);
    });
    const warned = runScript('scripts/build-tables.ts', ['--lang', 'en'], r.dir);
    expect(warned.status).toBe(0);
    expect(warned.stdout).toMatch(/^✓ 1 table\(s\)/);
    expect(warned.stdout).toContain('⚠ 2 个提醒（不影响构建，请逐条确认；npm run tables:check 有详细说明）/ 2 warning(s)');
    expect(warned.stdout).toContain(
      `  ${EMI}.xlsx › inpatient_levels!${level3.cell}: inpatient_levels row ${level3.row} (level = 3) fund_ratio: a value in force since 2015-01-01 was rewritten (0.8 in HEAD, now 0.85); answers for every date since 2015-01-01 change\n      how to fix: `,
    );
    expect(warned.stdout).toContain(`  ${EMI}.xlsx › changelog: the data differs from HEAD but the change log has no new line`);
  });
});
