import type * as XLSX from '@e965/xlsx';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTables } from '../../scripts/lib/build';
import { checkFile } from '../../scripts/lib/check';
import { formatProblem } from '../../scripts/lib/problems';
import { createSiteApp } from '../helpers/site-app';
import { calculate } from '../../src/engine/calculator';
import { Params } from '../../src/engine/params';
import { employeeMedicalSettlement } from '../../src/policy/employee-medical-insurance/employee-medical-settlement';
import type { CompiledBundle, CompiledTable } from '../../src/tables/model';
import { EDIT_2016, type EditOptions, make2016Edit } from '../fixtures/make-2016-edit';
import { tempsPerTest } from '../helpers/git-repo';
import { columnOf, duplicateRow, editWorkbook, rowWhere, setCell } from '../helpers/workbooks';

/**
 * Citations per value (tables/README.md › workbook format): a value carried over unchanged from the previous row of
 * its case keeps its own citation; the `restates` column gives a value the new row's citation on purpose. Checked
 * in the compiled table, in what the engine cites in an answer's trace, and in the lookups and the explorer.
 */

const EMI = 'employee-medical-insurance';
const { tablesDir } = tempsPerTest([EMI]);
const NEW = EDIT_2016.document.number;
const OLD = '嘉政发〔2014〕87号';
const LEVELS_ARTICLE = '第二十五条、第二十三条（二）、第二十四条（二）';

function compiled(
  options: EditOptions = {},
  edit?: (wb: XLSX.WorkBook) => void,
): { file: string; table: CompiledTable; bundle: CompiledBundle } {
  const file = join(tablesDir(), `${EMI}.xlsx`);
  writeFileSync(file, make2016Edit(options));
  if (edit) editWorkbook(file, edit);
  const r = buildTables([file]);
  if (!r.bundle) throw new Error(r.problems.map((p) => formatProblem(p)).join('\n'));
  return { file, table: r.bundle.tables[EMI]!, bundle: r.bundle };
}
const rowOf = (t: CompiledTable, sheet: string, dim: string, code: string, from: string) =>
  t.scales.find((s) => s.id === sheet)!.rows.find((r) => r.cells[dim] === code && r.from === from)!;

describe('citations per value', () => {
  it('the 2016 edit: the unchanged 90% level-1 ratio stays cited to 87号, the new 400 deductible to the new document', () => {
    const { table } = compiled();
    const level1 = rowOf(table, 'inpatient_levels', 'level', '1', '2016-01-01');
    expect(level1.citation.document).toBe(NEW); // the row's citation: its source and article columns
    expect(level1.citations).toEqual({ fund_ratio: { document: OLD, article: LEVELS_ARTICLE, text: `${OLD} ${LEVELS_ARTICLE}` } });
    // scheme A outpatient: only the cap changed; its deductibles and ratios are still 第二十三条（一）'s
    const schemeA = rowOf(table, 'outpatient_schemes', 'scheme', 'A', '2016-01-01');
    expect(Object.keys(schemeA.citations ?? {}).sort()).toEqual([
      'deductible_employed',
      'deductible_retired',
      'ratio_community',
      'ratio_other',
    ]);
    expect(schemeA.citations?.ratio_other?.text).toBe(`${OLD} 第二十三条（一）`);
    // a changed value has no citation of its own: the row's is its own
    const cap = table.parameters.find((p) => p.key === 'inpatient.annual_cap')!.history.at(-1)!;
    expect(cap).toMatchObject({ value: 250000, citation: { document: NEW, article: '第三条' } });
    expect(cap.citations).toBeUndefined();
    // the rows of 2015 are as they were
    expect(rowOf(table, 'inpatient_levels', 'level', '1', '2015-01-01').citations).toBeUndefined();
  });

  it('what an answer cites: each value its own citation (the engine reads citationOf)', () => {
    const { table, bundle } = compiled();
    const p = new Params(table, '2016-06-01');
    const level1 = p.find('inpatient_levels', { level: '1' });
    expect(level1.get('fund_ratio').use.citation).toBe(`${OLD} ${LEVELS_ARTICLE}`);
    expect(level1.get('deductible').use.citation).toBe(`${NEW} 第一条`);
    expect(new Params(table, '2015-06-01').find('inpatient_levels', { level: '1' }).get('deductible').use.citation).toBe(
      `${OLD} ${LEVELS_ARTICLE}`,
    );
    // and in a settlement's trace: a level-1 stay of 2016
    const answer = calculate(
      employeeMedicalSettlement,
      bundle,
      employeeMedicalSettlement.input.parse({
        year: 2016,
        person: { scheme: 'A', status: 'employed', birthDate: '1980-06-01' },
        claims: [{ kind: 'inpatient', date: '2016-04-01', level: 1, eligibleAmount: 6000 }],
      }),
    );
    const used = answer.trace.parameters;
    expect(used['inpatient_levels[level=1].fund_ratio']?.citation).toBe(`${OLD} ${LEVELS_ARTICLE}`);
    expect(used['inpatient_levels[level=1].deductible']?.citation).toBe(`${NEW} 第一条`);
  });

  it('the restates mark gives restated values the new citation: a column list, or all', () => {
    const { table } = compiled({ restates: { inpatient_levels: 'fund_ratio', outpatient_schemes: 'all' } });
    expect(rowOf(table, 'inpatient_levels', 'level', '1', '2016-01-01').citations).toBeUndefined();
    expect(rowOf(table, 'outpatient_schemes', 'scheme', 'A', '2016-01-01').citations).toBeUndefined();
    // 全部 and a list separated by 、 are the same mark
    const { table: t2 } = compiled({ restates: { outpatient_schemes: 'ratio_community、ratio_other' } });
    expect(Object.keys(rowOf(t2, 'outpatient_schemes', 'scheme', 'A', '2016-01-01').citations ?? {}).sort()).toEqual([
      'deductible_employed',
      'deductible_retired',
    ]);
  });

  it('a restates cell naming no value column of the sheet is an error with its fix', () => {
    const file = join(tablesDir(), `${EMI}.xlsx`);
    writeFileSync(file, make2016Edit({ restates: { inpatient_levels: 'fund_ratoi' } }));
    const { findings } = checkFile(file, { against: null });
    const error = findings.find((f) => f.severity === 'error')!;
    expect(error.sheet).toBe('inpatient_levels');
    expect(error.zh).toBe('restates 列写了本表没有的数值列：fund_ratoi');
    expect(error.hint.zh).toBe('只写新文件重申的数值列名（可写多个，用逗号或顿号分开）：deductible、fund_ratio；或写 all（全部）');
  });

  it('a parameter re-issued unchanged by a new document keeps its citation; the lookup shows it and the row citation', async () => {
    const { table, bundle } = compiled({}, (wb) => {
      const ws = wb.Sheets.parameters!;
      const old = rowWhere(ws, 'key', 'home_sickbed.fund_ratio');
      setCell(ws, `${columnOf(ws, 'effective_to')}${old}`, '2015-12-31');
      const row = duplicateRow(ws, old);
      setCell(ws, `${columnOf(ws, 'effective_from')}${row}`, '2016-01-01');
      setCell(ws, `${columnOf(ws, 'effective_to')}${row}`, null);
      setCell(ws, `${columnOf(ws, 'source')}${row}`, NEW);
      setCell(ws, `${columnOf(ws, 'article')}${row}`, '第四条');
    });
    const h = table.parameters.find((p) => p.key === 'home_sickbed.fund_ratio')!.history.at(-1)!;
    expect(h.citation.document).toBe(NEW);
    expect(h.citations?.value?.document).toBe(OLD);
    expect(new Params(table, '2016-06-01').get('home_sickbed.fund_ratio' as never).use.citation).toBe(h.citations!.value!.text);

    const app = createSiteApp(bundle);
    const one = (await (await app.request(`/v1/tables/${EMI}/parameters/home_sickbed.fund_ratio?date=2016-06-01`)).json()) as Record<
      string,
      { document: string }
    >;
    expect(one.citation?.document).toBe(OLD);
    expect(one.rowCitation?.document).toBe(NEW);
    const scale = (await (await app.request(`/v1/tables/${EMI}/scales/inpatient_levels?date=2016-06-01`)).json()) as {
      scale: {
        rows: { cells: Record<string, unknown>; citation: { document: string }; citations?: Record<string, { document: string }> }[];
      };
    };
    const level1 = scale.scale.rows.find((r) => r.cells.level === '1')!;
    expect(level1.citation.document).toBe(NEW);
    expect(level1.citations?.fund_ratio?.document).toBe(OLD);
    // the explorer shows a carried value's own citation under it
    let page = '';
    for (let n = 1; n < 10; n++) {
      const res = await app.request(`/explore/${EMI}?date=2016-06-01&page=${n}`);
      if (res.status !== 200) break;
      page += await res.text();
    }
    expect(page).toContain(`90%<br><span class="muted">依据 ${OLD} ${LEVELS_ARTICLE}</span>`);
  });
});
