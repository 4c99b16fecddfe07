import * as XLSX from '@e965/xlsx';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileFile } from '../../scripts/lib/build';
import { checkFile } from '../../scripts/lib/check';
import type { Problem } from '../../scripts/lib/problems';
import { FIXTURES_DIR } from '../fixtures/make-bad-workbooks';
import { clearRow, columnOf, duplicateRow, editWorkbook, rowWhere, setCell, tempTablesDir } from '../helpers/workbooks';

/**
 * Messages a policy officer reads: every error has a fix line; a bilingual message is two whole sentences (no
 * English inside the Chinese, no Chinese inside the English); units in Chinese (比例, 元, 元/月); the case named by
 * its column (医疗机构级别 = 1) and the cell to change named in the fix.
 */

const EMI = 'employee-medical-insurance';
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});
const copy = () => {
  const d = tempTablesDir([EMI]);
  dirs.push(d);
  return join(d, `${EMI}.xlsx`);
};
const broken = (edit: (wb: XLSX.WorkBook) => void) => {
  const file = copy();
  editWorkbook(file, edit);
  return compileFile(file).problems;
};
const cellOf = (ws: XLSX.WorkSheet, column: string, at: string, value: string) => `${columnOf(ws, column)}${rowWhere(ws, at, value)}`;
const CJK = /[\u3400-\u9fff]/;
/** The fix every message of a schema should carry; seeing it means a message came without its own. */
const FORMAT_FIX = '按 tables/README.md 的“工作簿格式”一节改正这个单元格';

function expectFixes(problems: Problem[]) {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    const where = `${p.sheet}!${p.cell}: ${p.en}`;
    expect(p.fix.zh.trim(), where).not.toBe('');
    expect(p.fix.en.trim(), where).not.toBe('');
    expect(CJK.test(p.fix.zh), where).toBe(true);
    expect(p.fix.zh, where).not.toBe(FORMAT_FIX);
  }
}

/** Edits of the real workbook that break it in every way the build knows, one kind each. */
const EDITS: [string, (wb: XLSX.WorkBook) => void][] = [
  ['ratio above 1', (wb) => setCell(wb.Sheets.inpatient_levels!, cellOf(wb.Sheets.inpatient_levels!, 'fund_ratio', 'level', '1'), 90)],
  ['negative money', (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'value', 'key', 'inpatient.annual_cap'), -1)],
  [
    'money with three decimals',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'value', 'key', 'inpatient.annual_cap'), 1.005),
  ],
  [
    'text in a number cell',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'value', 'key', 'inpatient.annual_cap'), '二十万'),
  ],
  [
    'a fraction of months',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'value', 'key', 'benefits.start_after_payment_months'), 1.5),
  ],
  ['unknown unit', (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'unit', 'key', 'inpatient.annual_cap'), 'yuan')],
  [
    'the declared unit',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'unit', 'key', 'home_sickbed.cap_per_month'), 'CNY'),
  ],
  [
    'empty required cell',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'article', 'key', 'inpatient.annual_cap'), null),
  ],
  [
    'a yes/no in a text cell',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'label_en', 'key', 'inpatient.annual_cap'), true),
  ],
  [
    'not yes or no',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'value', 'key', 'contribution.paid_monthly'), 'maybe'),
  ],
  [
    'a bad date',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'effective_from', 'key', 'inpatient.annual_cap'), '2015/1/1'),
  ],
  [
    'to before from',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'effective_to', 'key', 'inpatient.annual_cap'), '2014-01-01'),
  ],
  [
    'a key that is no key',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'key', 'key', 'transfer.min_years'), '年限'),
  ],
  ['a code not in the list', (wb) => setCell(wb.Sheets.inpatient_levels!, cellOf(wb.Sheets.inpatient_levels!, 'level', 'level', '3'), '4')],
  [
    'an unknown source',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'source', 'key', 'inpatient.annual_cap'), '嘉政发〔2014〕88号'),
  ],
  ['an unknown column', (wb) => setCell(wb.Sheets.parameters!, 'Z1', 'extra 多余')],
  ['a cell under no header', (wb) => setCell(wb.Sheets.inpatient_levels!, 'Z3', 'x')],
  ['a missing column', (wb) => setCell(wb.Sheets.inpatient_levels!, `${columnOf(wb.Sheets.inpatient_levels!, 'note_zh')}1`, 'remark')],
  ['an unknown meta field', (wb) => setCell(wb.Sheets.meta!, 'A2', 'tableid')],
  [
    'a bound rule without a bound',
    (wb) => setCell(wb.Sheets.account_credit!, `${columnOf(wb.Sheets.account_credit!, 'age_min_bound')}2`, 'inclusive'),
  ],
  [
    'an overlap and a duplicate',
    (wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      const r = duplicateRow(ws, rowWhere(ws, 'level', '1'));
      setCell(ws, `${columnOf(ws, 'effective_from')}${r}`, '2015-06-01');
      duplicateRow(ws, rowWhere(ws, 'level', '2'));
    },
  ],
  [
    'a gap',
    (wb) => {
      const ws = wb.Sheets.parameters!;
      const old = rowWhere(ws, 'key', 'inpatient.annual_cap');
      setCell(ws, `${columnOf(ws, 'effective_to')}${old}`, '2015-06-30');
      const r = duplicateRow(ws, old);
      setCell(ws, `${columnOf(ws, 'effective_from')}${r}`, '2016-01-01');
      setCell(ws, `${columnOf(ws, 'effective_to')}${r}`, null);
    },
  ],
  [
    'a bracket overlap',
    (wb) => {
      const ws = wb.Sheets.account_credit!;
      const r = duplicateRow(ws, rowWhere(ws, 'status', 'employed'));
      setCell(ws, `${columnOf(ws, 'age_max')}${r}`, 30);
    },
  ],
  ['a deleted declared row', (wb) => clearRow(wb.Sheets.parameters!, rowWhere(wb.Sheets.parameters!, 'key', 'veteran.outpatient_ratio'))],
  [
    'a typo in a key',
    (wb) => setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'key', 'key', 'transfer.reduction'), 'transfer.reductoin'),
  ],
  [
    'a case that ends',
    (wb) => setCell(wb.Sheets.out_of_area!, cellOf(wb.Sheets.out_of_area!, 'effective_to', 'location', 'unregistered'), '2015-12-31'),
  ],
  [
    'a Chinese column without its English',
    (wb) => {
      // the English of the enum parameters' codes deleted: value_zh is left in Chinese only
      const ws = wb.Sheets.parameters!;
      const col = columnOf(ws, 'value_en');
      for (let r = 1; r <= XLSX.utils.decode_range(ws['!ref']!).e.r + 1; r++) setCell(ws, `${col}${r}`, null);
    },
  ],
  [
    'a formula',
    (wb) => {
      wb.Sheets.inpatient_levels![cellOf(wb.Sheets.inpatient_levels!, 'deductible', 'level', '2')] = { t: 'n', v: 500, f: '300+200' };
    },
  ],
];

describe('every error has a fix line', () => {
  it.each(EDITS)('%s', (_name, edit) => {
    const problems = broken(edit);
    expectFixes(problems);
    // and tables:check shows it (or a more specific hint) under each error
    const file = copy();
    editWorkbook(file, edit);
    for (const f of checkFile(file, { against: null }).findings) expect(f.hint.zh, f.en).not.toBe('');
  });

  it('every workbook of the broken and hostile corpus (test/fixtures/workbooks)', () => {
    const cases = JSON.parse(readFileSync(join(FIXTURES_DIR, 'cases.json'), 'utf8')) as { file: string; as: string }[];
    for (const c of cases) {
      const d = tempTablesDir([]);
      dirs.push(d);
      copyFileSync(join(FIXTURES_DIR, c.file), join(d, c.as));
      expectFixes(compileFile(join(d, c.as)).problems);
    }
  });
});

describe('bilingual messages are two whole sentences', () => {
  it('the overlap of a scale case: the case by its column, both rows, and the cell to change', () => {
    const problems = broken((wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      const r = duplicateRow(ws, rowWhere(ws, 'level', '1'));
      setCell(ws, `${columnOf(ws, 'effective_from')}${r}`, '2015-06-01');
    });
    expect(problems).toHaveLength(1);
    const p = problems[0]!;
    expect(p.cell).toBe('E2'); // the old row's effective_to
    expect(p.zh).toBe(
      'inpatient_levels 中 医疗机构级别 = 1 的生效期间重叠：第 2 行没有失效日期（长期有效），而第 5 行自 2015-06-01 起生效',
    );
    expect(p.en).toBe(
      'overlapping dates for level = 1 in inpatient_levels: row 2 has no effective_to (open-ended), and row 5 starts 2015-06-01',
    );
    expect(p.fix).toEqual({
      zh: '如果第 5 行取代旧值，把第 2 行的失效日期（单元格 E2）填为 2015-05-31',
      en: 'if row 5 replaces the earlier value, set effective_to of row 2 (cell E2) to 2015-05-31',
    });
  });

  it('no English spliced into the Chinese, no Chinese into the English, across the errors of every kind', () => {
    for (const [name, edit] of EDITS) {
      for (const p of broken(edit)) {
        // identifiers (keys, sheet and column ids, codes, units) are shared; English words are not
        expect(p.zh, name).not.toMatch(/\b(the|of|row|rows|case|cell|must|is|and)\b/);
        // the English may quote what the cell holds (二十万) or a document number; never a Chinese phrase of its own
        const quoted = p.en.replace(/"[^"]*"|“[^”]*”|\([^)]*[\u3400-\u9fff][^)]*\)|嘉政发〔2014〕\d+号|废止|是\/否/g, '');
        expect(CJK.test(quoted), `${name}: ${p.en}`).toBe(false);
      }
    }
  });
});

describe('units in Chinese', () => {
  it('比例, 元/月, 月数: in the messages about a value; the code itself where the cell must hold it', () => {
    const ratio = broken((wb) =>
      setCell(wb.Sheets.inpatient_levels!, cellOf(wb.Sheets.inpatient_levels!, 'fund_ratio', 'level', '1'), '九成'),
    );
    expect(ratio.map((p) => p.zh)).toContain('应为数字（单位：比例），不能是文字');
    const monthly = broken((wb) =>
      setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'value', 'key', 'home_sickbed.cap_per_month'), '五百'),
    );
    expect(monthly.map((p) => p.zh)).toContain('应为数字（单位：元/月），不能是文字');
    const months = broken((wb) =>
      setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'value', 'key', 'benefits.start_after_payment_months'), 1.5),
    );
    expect(months.map((p) => p.zh)).toContain('应为整数（单位：月数）');
    const unit = broken((wb) =>
      setCell(wb.Sheets.parameters!, cellOf(wb.Sheets.parameters!, 'unit', 'key', 'home_sickbed.cap_per_month'), 'CNY'),
    );
    expect(unit.map((p) => [p.zh, p.fix.zh])).toContainEqual([
      '参数 home_sickbed.cap_per_month 的单位应为 元/月（CNY/month）',
      '单位列填 CNY/month（从下拉列表中选择），并按这个单位核对数值',
    ]);
    // what follows from the rejected row is said once, with its own fix: the declared parameter is missing
    expect(unit.map((p) => p.en)).toEqual([
      'parameter home_sickbed.cap_per_month must have unit CNY/month',
      expect.stringMatching(/^missing parameter home_sickbed\.cap_per_month/),
    ]);
  });
});
