import * as XLSX from '@e965/xlsx';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, type Finding } from '../../scripts/lib/check';
import { closest, isoFromLooseDate, numberFromText } from '../../scripts/lib/hints';
import { ROOT, runScript, tempRepo, tempsPerTest } from '../helpers/git-repo';
import { clearRow, columnOf, dropCases, duplicateRow, editWorkbook, rowWhere, setCell } from '../helpers/workbooks';

const EMI = 'employee-medical-insurance';
const { repo, track, tablesDir } = tempsPerTest([EMI]);
const copy = () => join(tablesDir(), `${EMI}.xlsx`);
const check = (cwd: string, ...args: string[]) => runScript('scripts/check-tables.ts', args, cwd);

const cellOf = (ws: XLSX.WorkSheet, column: string, at: string, value: string) => `${columnOf(ws, column)}${rowWhere(ws, at, value)}`;
const setParam = (wb: XLSX.WorkBook, key: string, column: string, v: string | number | null) =>
  setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, column, 'key', key), v);
const setLevel = (wb: XLSX.WorkBook, level: string, column: string, v: string | number | null) =>
  setCell(wb.Sheets.inpatient_levels!, cellOf(wb.Sheets.inpatient_levels!, column, 'level', level), v);
/** The change-log line every real edit adds (so that the only warnings are the ones under test). */
const logLine = (wb: XLSX.WorkBook) => {
  const ws = wb.Sheets.changelog!;
  const r = duplicateRow(ws, 2);
  setCell(ws, `A${r}`, '2015-06-01');
  setCell(ws, `B${r}`, '测试');
  setCell(ws, `C${r}`, '测试修改');
};

const byCell = (findings: Finding[], severity: Finding['severity']) =>
  findings.filter((f) => f.severity === severity).map((f) => `${f.sheet}!${f.cell}`);

describe('tables:check on the real workbooks', { timeout: 120_000 }, () => {
  it('passes with exit code 0, in Chinese by default and in English', () => {
    const zh = check(ROOT);
    expect(zh.stderr).toBe('');
    expect(zh.status).toBe(0);
    expect(zh.stdout).toMatch(/^检查 \d+ 个工作簿（与 HEAD 的版本对比）\n/);
    expect(zh.stdout).toMatch(/✓ employee-medical-insurance\.xlsx — 通过（\d+ 个参数，\d+ 行分档/);
    expect(zh.stdout).not.toContain('✗');
    const en = check(ROOT, '--lang', 'en', 'tables/employee-medical-insurance.xlsx');
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(
      /^Checking 1 workbook\(s\) \(compared with HEAD\)\n\n✓ employee-medical-insurance\.xlsx — OK \(\d+ parameters, \d+ scale rows/,
    );
  });
});

describe('errors: workbook › sheet!cell, what is wrong, how to fix it; exit code 1', { timeout: 120_000 }, () => {
  it('a ratio typed as a percentage', () => {
    const file = copy();
    let cell = '';
    editWorkbook(file, (wb) => {
      cell = cellOf(wb.Sheets.inpatient_levels!, 'fund_ratio', 'level', '1');
      setLevel(wb, '1', 'fund_ratio', 90);
    });
    const r = check(ROOT, file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `  ✗ employee-medical-insurance.xlsx › inpatient_levels!${cell}\n      问题：比例须在 0 到 1 之间（如 85% 填 0.85）\n      怎么改：如果是 90%，请填 0.9\n`,
    );
    expect(r.stdout).toMatch(/结果：1 个错误，0 个提醒 — 未通过/);
    const en = check(ROOT, file, '--lang', 'en');
    expect(en.status).toBe(1);
    expect(en.stdout).toContain(
      `      problem: a ratio must be between 0 and 1 (write 85% as 0.85)\n      how to fix: if you meant 90%, type 0.9\n`,
    );
    expect(en.stdout).toMatch(/Result: 1 error\(s\), 0 warning\(s\) — FAILED/);
  });

  it('specific hints: unit typo, number typed as text, loose date, unknown source, overlapping dates', () => {
    const file = copy();
    const cells: Record<string, string> = {};
    editWorkbook(file, (wb) => {
      const p = wb.Sheets.parameters!;
      cells.unit = cellOf(p, 'unit', 'key', 'transfer.fee_per_year');
      setParam(wb, 'transfer.fee_per_year', 'unit', 'CNY/yaer');
      cells.text = cellOf(p, 'value', 'key', 'home_sickbed.cap_per_month');
      setParam(wb, 'home_sickbed.cap_per_month', 'value', '2,000元');
      cells.date = cellOf(p, 'effective_from', 'key', 'veteran.outpatient_ratio');
      setParam(wb, 'veteran.outpatient_ratio', 'effective_from', '2015/1/1');
      cells.source = cellOf(p, 'source', 'key', 'veteran.inpatient_self_burden_ratio');
      setParam(wb, 'veteran.inpatient_self_burden_ratio', 'source', '嘉政发[2014]87号');
      // a second row for the annual cap from 2016, but the first row was never closed
      const old = rowWhere(p, 'key', 'inpatient.annual_cap');
      const r = duplicateRow(p, old);
      setCell(p, `${columnOf(p, 'effective_from')}${r}`, '2016-01-01');
      cells.overlap = `${columnOf(p, 'effective_to')}${old}`;
    });
    const { findings } = checkFile(file, { against: null });
    const hint = (cell: string) => findings.find((f) => f.cell === cell && f.severity === 'error')?.hint?.zh;
    expect(hint(cells.unit!)).toBe('是不是 CNY/year？请从下拉列表中选择单位');
    expect(hint(cells.text!)).toBe('请只填数字 2000（不带单位、逗号或百分号；单位写在 unit 列）');
    expect(hint(cells.date!)).toBe('请写成 2015-01-01');
    expect(hint(cells.source!)).toBe('是不是“嘉政发〔2014〕87号”？文号须与 sources 表中的完全一致（包括〔〕和“号”）');
    // the cell to change is the old row's effective_to, and the fix names it with the date to type
    expect(hint(cells.overlap!)).toMatch(
      new RegExp(`^如果第 \\d+ 行取代旧值，把第 ${cells.overlap!.slice(1)} 行的失效日期（单元格 ${cells.overlap}）填为 2015-12-31$`),
    );
  });

  it('a file that does not exist', () => {
    const r = check(ROOT, 'tables/no-such-table.xlsx', '--lang', 'en');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('  ✗ tables/no-such-table.xlsx\n      problem: no such .xlsx file');
  });

  it('a workbook without a schema is told to use tables:new', () => {
    const file = copy();
    const other = join(file, '..', 'brand-new-table.xlsx');
    copyFileSync(file, other);
    const r = check(ROOT, other, '--lang', 'en', '--no-compare');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '      problem: no schema for table brand-new-table (src/policy/brand-new-table/table.ts)\n      how to fix: the file name is the table id: check it for typos; create a new table with npm run tables:new (it writes the schema too)\n',
    );
  });
});

describe('warnings: legal but suspicious edits, compared with the last commit; exit code 0', { timeout: 120_000 }, () => {
  it('a ratio that moved by more than 20 points (> 20: 21 warns, exactly 20 does not)', () => {
    const r = repo();
    const file = join(r.dir, 'tables', `${EMI}.xlsx`);
    let c1 = '';
    let c3 = '';
    editWorkbook(file, (wb) => {
      c1 = cellOf(wb.Sheets.inpatient_levels!, 'fund_ratio', 'level', '1');
      c3 = cellOf(wb.Sheets.inpatient_levels!, 'fund_ratio', 'level', '3');
      setLevel(wb, '1', 'fund_ratio', 0.69); // 90% → 69%: 21 points
      setLevel(wb, '3', 'fund_ratio', 0.6); // 80% → 60%: exactly 20 points, not more
      setParam(wb, 'home_sickbed.fund_ratio', 'value', 0.95); // 70% → 95%: 25 points
      logLine(wb);
      dropCases(wb);
    });
    const out = check(r.dir);
    expect(out.status).toBe(0);
    const { findings } = checkFile(file, { cwd: r.dir });
    expect(byCell(findings, 'error')).toEqual([]);
    const jumps = findings.filter((f) => f.zh.includes('个百分点'));
    expect(byCell(jumps, 'warning')).toEqual([expect.stringMatching(/^parameters!D\d+$/), `inpatient_levels!${c1}`]);
    expect(byCell(jumps, 'warning')).not.toContain(`inpatient_levels!${c3}`);
    // each of the three was also rewritten in place while in force (since 2015)
    expect(findings.filter((f) => f.zh.includes('改写了自')).length).toBe(3);
    expect(out.stdout).toContain(
      `  ⚠ employee-medical-insurance.xlsx › inpatient_levels!${c1}\n      提醒：inpatient_levels 第 ${c1.slice(1)} 行（医疗机构级别 = 1） fund_ratio：比例由 90%（HEAD）变为 69%，变动 21 个百分点，超过 20 个百分点\n      怎么改：`,
    );
    expect(out.stdout).toMatch(/home_sickbed\.fund_ratio：比例由 70%（HEAD）变为 95%，变动 25 个百分点/);
    expect(out.stdout).toMatch(/结果：没有错误，5 个提醒 — 通过/);
  });

  it('a new dated row that starts in the past (today is the day the check runs; --today for a fixed date)', () => {
    const r = repo();
    const file = join(r.dir, 'tables', `${EMI}.xlsx`);
    let newRow = 0;
    editWorkbook(file, (wb) => {
      const p = wb.Sheets.parameters!;
      const cap = rowWhere(p, 'key', 'inpatient.annual_cap');
      setCell(p, `${columnOf(p, 'effective_to')}${cap}`, '2019-12-31');
      newRow = duplicateRow(p, cap);
      setCell(p, `${columnOf(p, 'effective_from')}${newRow}`, '2020-01-01');
      setCell(p, `${columnOf(p, 'effective_to')}${newRow}`, null);
      setCell(p, `${columnOf(p, 'value')}${newRow}`, 220000);
      logLine(wb);
    });
    const warned = (today: string) => byCell(checkFile(file, { cwd: r.dir, today }).findings, 'warning');
    const fromCell = `parameters!F${newRow}`;
    expect(warned('2020-01-02')).toEqual([fromCell]); // starts yesterday: in the past
    expect(warned('2020-01-01')).toEqual([]); // starts today: not in the past
    expect(warned('2019-06-01')).toEqual([]); // starts in the future
    const out = check(r.dir, '--lang', 'en', '--today', '2026-01-01');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(
      `  ⚠ employee-medical-insurance.xlsx › ${fromCell}\n      warning: inpatient.annual_cap: a new dated row starts in the past (2020-01-01); answers already given for those dates change\n`,
    );
    // and the same without --today: 2020 is in the past now
    expect(check(r.dir).stdout).toContain('inpatient.annual_cap：新的生效期间从过去的日期（2020-01-01）开始');
  });

  it('a value whose article is no citation ("同上", "-")', () => {
    const r = repo();
    const file = join(r.dir, 'tables', `${EMI}.xlsx`);
    let a = '';
    let b = '';
    editWorkbook(file, (wb) => {
      a = cellOf(wb.Sheets.parameters!, 'article', 'key', 'transfer.min_years');
      setParam(wb, 'transfer.min_years', 'article', '同上');
      b = cellOf(wb.Sheets.inpatient_levels!, 'article', 'level', '2');
      setLevel(wb, '2', 'article', '-');
      logLine(wb);
    });
    const { findings } = checkFile(file, { cwd: r.dir });
    expect(byCell(findings, 'warning')).toEqual([`parameters!${a}`, `inpatient_levels!${b}`]);
    expect(findings[0]!.zh).toBe('transfer.min_years 的数值没有具体出处（条款为“同上”）');
  });

  it('changed data without a new change-log line', () => {
    const r = repo();
    const file = join(r.dir, 'tables', `${EMI}.xlsx`);
    editWorkbook(file, (wb) => {
      setLevel(wb, '3', 'fund_ratio', 0.85);
      dropCases(wb);
    });
    const out = check(r.dir, '--lang', 'en');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(
      /⚠ employee-medical-insurance\.xlsx › changelog\n {6}warning: the data differs from HEAD but the change log has no new line/,
    );
    // with the line added, only the in-place rewrite is left (85% is 5 points from 80%: no jump)
    editWorkbook(file, logLine);
    const after = check(r.dir, '--lang', 'en').stdout;
    expect(after).toMatch(/⚠ employee-medical-insurance\.xlsx — 1 warning\(s\)/);
    expect(after).toMatch(
      /inpatient_levels row \d+ \(level = 3\) fund_ratio: a value in force since 2015-01-01 was rewritten \(0\.8 in HEAD, now 0\.85\)/,
    );
  });

  // Edits that would pass with no warning while breaking answers: errors of the build itself, found without git
  // history too (test/node/tables-refusals.test.ts).
  it('a superseding row whose key is mistyped: an error naming the declared key, and the old key ending without a mark', () => {
    const r = repo();
    const file = join(r.dir, 'tables', `${EMI}.xlsx`);
    let newRow = 0;
    let capRow = 0;
    editWorkbook(file, (wb) => {
      const p = wb.Sheets.parameters!;
      capRow = rowWhere(p, 'key', 'inpatient.annual_cap');
      setCell(p, `${columnOf(p, 'effective_to')}${capRow}`, '2026-12-31');
      newRow = duplicateRow(p, capRow);
      setCell(p, `${columnOf(p, 'key')}${newRow}`, 'inpatient.anual_cap');
      setCell(p, `${columnOf(p, 'effective_from')}${newRow}`, '2027-01-01');
      setCell(p, `${columnOf(p, 'effective_to')}${newRow}`, null);
      logLine(wb);
    });
    const { findings } = checkFile(file, { cwd: r.dir, today: '2026-06-01' });
    expect(byCell(findings, 'error')).toEqual([`parameters!A${newRow}`, `parameters!G${capRow}`]);
    expect(findings.find((f) => f.cell === `A${newRow}`)?.zh).toBe(
      '参数键 inpatient.anual_cap 不是计算器读取的键，与计算器读取的 inpatient.annual_cap 只差 1 个字母：是不是拼错了？',
    );
    expect(findings.find((f) => f.cell === `A${newRow}`)?.hint.zh).toMatch(/^把单元格 A\d+ 的键改为 inpatient\.annual_cap/);
    expect(findings.find((f) => f.cell === `G${capRow}`)?.zh).toMatch(
      /^参数 inpatient\.annual_cap 的最后一行（第 \d+ 行）到 2026-12-31 为止/,
    );
  });

  it('an effective date moved later, a bracket row deleted: the days no longer covered are named', () => {
    const r = repo();
    const file = join(r.dir, 'tables', `${EMI}.xlsx`);
    editWorkbook(file, (wb) => {
      setParam(wb, 'inpatient.annual_cap', 'effective_from', '2016-01-01');
      clearRow(wb.Sheets.inpatient_levels!, rowWhere(wb.Sheets.inpatient_levels!, 'level', '3'));
      logLine(wb);
    });
    const { findings } = checkFile(file, { cwd: r.dir });
    expect(findings.map((f) => f.zh)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^inpatient\.annual_cap：2015-01-01 至 2015-12-31不再有生效的数值/),
        expect.stringMatching(/^inpatient_levels 中 医疗机构级别 = 3 的行：2015-01-01 起不再有生效的数值/),
      ]),
    );
  });

  it('a value emptied, a unit typed wrong (0.2 for 0.2%, 元 for 万元): warned with what it was', () => {
    const r = repo();
    const file = join(r.dir, 'tables', `${EMI}.xlsx`);
    editWorkbook(file, (wb) => {
      setParam(wb, 'inpatient.annual_cap', 'value', null);
      setParam(wb, 'contribution.critical_illness.rate', 'value', 0.2); // was 0.002: 19.8 points, under the jump threshold
      setLevel(wb, '3', 'deductible', 0.08); // was 800 yuan
      logLine(wb);
    });
    const texts = checkFile(file, { cwd: r.dir }).findings.map((f) => f.zh);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^inpatient\.annual_cap：数值被清空（HEAD 中为 200000）/),
        expect.stringMatching(/^contribution\.critical_illness\.rate：数值由 0\.002（HEAD）变为 0\.2，是原来的 100 倍/),
        expect.stringMatching(/deductible：数值由 800（HEAD）变为 0\.08，是原来的 1\/10000/),
      ]),
    );
  });

  it('no false alarm on a correct supersede: new bands with moved bounds, a new …_max key next to a …_min key, TODO in the change log', () => {
    const r = repo();
    const file = join(r.dir, 'tables', `${EMI}.xlsx`);
    editWorkbook(file, (wb) => {
      const ws = wb.Sheets.critical_illness_bands!;
      const last = XLSX.utils.decode_range(ws['!ref']!).e.r + 1;
      for (let row = 2; row <= last; row++) {
        if (!ws[`A${row}`]) continue;
        setCell(ws, `${columnOf(ws, 'effective_to')}${row}`, '2026-12-31');
        const copyRow = duplicateRow(ws, row);
        setCell(ws, `${columnOf(ws, 'effective_from')}${copyRow}`, '2027-01-01');
        setCell(ws, `${columnOf(ws, 'effective_to')}${copyRow}`, null);
        for (const id of ['self_burden_min', 'self_burden_max']) {
          const c = `${columnOf(ws, id)}${copyRow}`;
          if (typeof ws[c]?.v === 'number') setCell(ws, c, Math.round((ws[c].v as number) * 1.1));
        }
      }
      const p = wb.Sheets.parameters!;
      const n = duplicateRow(p, rowWhere(p, 'key', 'fraud.fine_multiple_min'));
      setCell(p, `${columnOf(p, 'key')}${n}`, 'fraud.fine_multiple_mix');
      logLine(wb);
      setCell(wb.Sheets.changelog!, `C${XLSX.utils.decode_range(wb.Sheets.changelog!['!ref']!).e.r + 1}`, '删除 TODO 示例行');
    });
    const { findings } = checkFile(file, { cwd: r.dir, today: '2026-06-01' });
    expect(findings.filter((f) => /不再有生效的数值|拼错|占位/.test(f.zh)).map((f) => f.zh)).toEqual([]);
  });

  it('a mistyped --against revision is an error (exit 2), not a silent check without comparison', () => {
    const r = repo();
    const out = check(r.dir, '--against', 'HAED');
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('HAED 不是这个仓库里的 git 版本');
    expect(out.stdout).not.toContain('通过');
  });

  it('a workbook not in the last commit is checked without comparison; --no-compare skips it', () => {
    const fresh = track(tempRepo({ tables: [] }));
    copyFileSync(copy(), join(fresh.dir, 'tables', `${EMI}.xlsx`));
    const out = check(fresh.dir, '--lang', 'en');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/new workbook \(not in HEAD\), nothing to compare/);
    expect(check(fresh.dir, '--no-compare').stdout).toMatch(/^检查 1 个工作簿\n/);
  });
});

describe('hint helpers', () => {
  it('closest match, loose dates, numbers typed as text', () => {
    expect(closest('CNY/yaer', ['CNY', 'CNY/year', 'CNY/month'])).toBe('CNY/year');
    expect(closest('zzzzzz', ['CNY', 'ratio'])).toBeNull();
    expect(isoFromLooseDate('2015/1/1')).toBe('2015-01-01');
    expect(isoFromLooseDate('2015年12月31日')).toBe('2015-12-31');
    expect(isoFromLooseDate('2015/2/30')).toBeNull();
    expect(numberFromText('200,000元')).toEqual({ n: 200000, percent: false });
    expect(numberFromText('85%')).toEqual({ n: 85, percent: true });
    expect(numberFromText('二十万')).toBeNull();
  });
});
