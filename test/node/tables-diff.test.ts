import * as XLSX from '@e965/xlsx';
import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { renderDiff } from '../../scripts/lib/diff-report';
import { compileDir } from '../../scripts/lib/revisions';
import { compareAnswers, flatten } from '../../scripts/lib/samples';
import { diffTables } from '../../scripts/lib/semantic-diff';
import { realBundle } from '../helpers/calc';
import { runScript, tempsPerTest } from '../helpers/git-repo';
import { clearRow, columnOf, duplicateRow, editWorkbook, rowWhere, setCell, TABLES_DIR } from '../helpers/workbooks';

const EMI = 'employee-medical-insurance';
const { repo, tablesDir } = tempsPerTest([EMI]);
const emi = (dir: string) => join(dir, 'tables', `${EMI}.xlsx`);

/** The example: level-3 inpatient fund ratio 0.8 → 0.85 (inpatient_levels sheet, fund_ratio column). */
const level3To85 = (file: string) =>
  editWorkbook(file, (wb) => {
    const ws = wb.Sheets.inpatient_levels!;
    setCell(ws, `${columnOf(ws, 'fund_ratio')}${rowWhere(ws, 'level', '3')}`, 0.85);
  });

const diff = (cwd: string, ...args: string[]) => runScript('scripts/diff-tables.ts', args, cwd);

// What the workbook says today (labels, version, counts), so these tests follow content edits;
// the figures under test (80% → 85%, 25 460 → 26 920) come from the spec and are written out.
const real = realBundle().tables[EMI]!;
const labelZh = (key: string) => real.parameters.find((p) => p.key === key)!.label.zh;
const noteOf = (key: string) => real.parameters.find((p) => p.key === key)!.history[0]!.note?.zh ?? '';
const levelRow = (level: string) => real.scales.find((s) => s.id === 'inpatient_levels')!.rows.find((r) => r.cells.level === level)!;
/** How the diff shows the note an added row carries (copied from the row it was duplicated from). */
const withNote = (note: string | { zh: string } | null) => (note ? `（备注：${typeof note === 'string' ? note : note.zh}）` : '');
/** The inpatient_levels rows cite the deductible and both schemes' ratio articles. */
const LEVELS_CITATION = '嘉政发〔2014〕87号 第二十五条、第二十三条（二）、第二十四条（二）';
/**
 * Sample requests run per diff of this table: its samples file and its calculators' own examples, as written and moved
 * to each date the edit changes (a repeated request runs once).
 */
const runs = (dates: string[]) => compareAnswers(EMI, realBundle().tables, realBundle().tables, undefined, dates).run;
/**
 * The answers a level-3 ratio of 85% changes: the four requests with a level-3 stay in 2015 (the
 * scheme-A sample and the account example have none).
 */
const LEVEL3_SAMPLES = ['workedExample', 'veteran', 'outOfArea', 'above-the-annual-cap'];

describe('tables:diff between the last commit and the working tree', { timeout: 120_000 }, () => {
  it('reports the level-3 ratio 80% → 85% with its dates and citation, and the answers that change', () => {
    const r = repo();
    level3To85(emi(r.dir));
    const out = diff(r.dir);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toMatch(/^政策参数表的语义差异：HEAD \([0-9a-f]{7}\) → 工作区$/);
    expect(lines).toContain(`■ employee-medical-insurance ${real.title.zh} — 版本 ${real.version} → ${real.version}`);
    expect(levelRow('3').citation.text).toBe(LEVELS_CITATION);
    expect(lines).toContain(`    ~ level=3 [2015-01-01 起]: fund_ratio 80% → 85% (${LEVELS_CITATION})`);
    // nothing else in the tables changed
    expect(lines.filter((l) => /^ {4}[~+-] /.test(l))).toHaveLength(1);
    // The worked example (retired, scheme B): inpatient 30 000 at level 3 → (30 000 − 800) × (85% + 5%) = 26 280
    // instead of 24 820; fund total 640 + 26 280 = 26 920 instead of 25 460; the stay's self-burden
    // 30 000 − 26 280 = 3 720 instead of 5 180, the year's 940 + 3 720 = 4 660 instead of 6 120.
    const worked = lines.findIndex((l) => l.startsWith('    employee-medical-settlement › workedExample'));
    expect(worked).toBeGreaterThan(0);
    const fields = lines
      .slice(worked + 1)
      .filter((l, i, all) => l.startsWith('      ') && all.slice(0, i).every((x) => x.startsWith('      ')));
    expect(fields).toEqual([
      '      totals.pooledFund: 25460 → 26920',
      '      totals.selfBurden: 6120 → 4660',
      '      claims[2].pooledFund: 24820 → 26280',
      '      claims[2].selfBurden: 5180 → 3720',
    ]);
    // employed, level 3, 260 000 (above the 200 000 cap): the fund pays the part between the 800 deductible
    // and the cap, 199 200 × 85% = 169 320 instead of × 80% = 159 360.
    expect(out.stdout).toContain('employee-medical-settlement › above-the-annual-cap');
    expect(out.stdout).toContain('      totals.pooledFund: 159360 → 169320');
    // out of area, scheme A employed: a registered referral to Hangzhou, 50 000 less 10% self-pay = 45 000,
    // (45 000 − 800) × 85% = 37 570 instead of 35 360; an unregistered stay settled as level 3, 10 000 less
    // 30% = 7 000, (7 000 − 800) × 85% = 5 270 instead of 4 960; together 42 840 instead of 40 320.
    const outOfArea = lines.findIndex((l) => l.startsWith('    employee-medical-settlement › outOfArea'));
    expect(outOfArea).toBeGreaterThan(0);
    expect(lines.slice(outOfArea + 1, outOfArea + 7)).toEqual([
      '      totals.pooledFund: 40320 → 42840',
      '      totals.selfBurden: 11680 → 9160',
      '      claims[0].pooledFund: 35360 → 37570',
      '      claims[0].selfBurden: 9640 → 7430',
      '      claims[1].pooledFund: 4960 → 5270',
      '      claims[1].selfBurden: 2040 → 1730',
    ]);
    const changed = lines.filter((l) => /^ {4}employee-medical-\S+ › /.test(l)).map((l) => /› (\S+)/.exec(l)![1]);
    expect(changed).toEqual(LEVEL3_SAMPLES);
    // the employed-aged-40 account credit and the scheme-A sample (levels 1 and 2) do not change
    expect(out.stdout).not.toContain('employed-aged-40');
    expect(out.stdout).not.toContain('scheme-a-employed-two-admissions');
    // the ratio changed in place from 2015-01-01: the samples also run moved to that day (the 2015 settlements are
    // the same requests there, so the same four answers change)
    expect(out.stdout).toContain(
      `计算结果变化（样例请求按原日期，并移到改动的日期 2015-01-01，共运行 ${runs(['2015-01-01'])} 次，4 个结果有变化）`,
    );
  });

  it('--exit-code: 1 when something changed, 0 when not; "no changes" on a clean tree', () => {
    const r = repo();
    const clean = diff(r.dir, '--exit-code');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/\n\n没有变化。\n$/);
    level3To85(emi(r.dir));
    expect(diff(r.dir, '--exit-code').status).toBe(1);
  });

  it('between two revisions, in either direction, and from a revision to the working tree', () => {
    const r = repo();
    level3To85(emi(r.dir));
    r.commit('level 3: 85%');
    const forward = diff(r.dir, 'HEAD~1', 'HEAD', '--lang', 'en');
    expect(forward.status).toBe(0);
    expect(forward.stdout).toMatch(/^Semantic diff of the policy tables: HEAD~1 \([0-9a-f]{7}\) → HEAD \([0-9a-f]{7}\)\n/);
    expect(forward.stdout).toContain(`    ~ level=3 [from 2015-01-01]: fund_ratio 80% → 85% (${LEVELS_CITATION})`);
    expect(forward.stdout).toContain('      totals.pooledFund: 25460 → 26920');
    const backward = diff(r.dir, 'HEAD', 'HEAD~1', '--lang', 'en');
    expect(backward.stdout).toContain('fund_ratio 85% → 80%');
    expect(backward.stdout).toContain('      totals.pooledFund: 26920 → 25460');
    const toWorkingTree = diff(r.dir, 'HEAD~1', '--lang', 'en');
    expect(toWorkingTree.stdout).toContain('fund_ratio 80% → 85%');
    expect(toWorkingTree.stdout).toMatch(/→ working tree\n/);
    // the committed state against the working tree: nothing
    expect(diff(r.dir, '--lang', 'en').stdout).toMatch(/No changes\.\n$/);
  });

  it('Markdown for a pull-request comment', () => {
    const r = repo();
    level3To85(emi(r.dir));
    const out = diff(r.dir, '--format', 'md', '--lang', 'en');
    expect(out.status).toBe(0);
    const md = out.stdout;
    expect(md).toMatch(
      /^## Policy table changes: `HEAD \([0-9a-f]{7}\)` → `working tree`\n\n1 table\(s\) changed; 4 calculator answer\(s\) to the sample requests change\.\n/,
    );
    expect(md).toContain(`### employee-medical-insurance ${real.title.en} — version ${real.version} → ${real.version}`);
    expect(md).toContain(
      `| | item | in force | change | citation |\n|---|---|---|---|---|\n| ✏️ | level=3 | from 2015-01-01 | fund_ratio 80% → 85% | ${LEVELS_CITATION} |`,
    );
    expect(md).toMatch(/\| employee-medical-settlement › workedExample — [^|]+ \| `totals\.pooledFund` \| 25460 \| 26920 \|/);
    expect(md).toContain('|  | `claims[2].pooledFund` | 24820 | 26280 |');
  });

  it('parameters and scale rows added and removed, a value replaced from a new date, a note changed', () => {
    const r = repo();
    editWorkbook(emi(r.dir), (wb) => {
      const p = wb.Sheets.parameters!;
      // a new informational key
      const added = duplicateRow(p, rowWhere(p, 'key', 'transfer.min_years'));
      setCell(p, `${columnOf(p, 'key')}${added}`, 'transfer.grace_months');
      setCell(p, `${columnOf(p, 'label_zh')}${added}`, '宽限期');
      setCell(p, `${columnOf(p, 'label_en')}${added}`, 'Grace period');
      setCell(p, `${columnOf(p, 'value')}${added}`, 3);
      setCell(p, `${columnOf(p, 'unit')}${added}`, 'months');
      // the annual cap ends 2015-12-31 and a new value applies from 2016
      const cap = rowWhere(p, 'key', 'inpatient.annual_cap');
      setCell(p, `${columnOf(p, 'effective_to')}${cap}`, '2015-12-31');
      const next = duplicateRow(p, cap);
      setCell(p, `${columnOf(p, 'effective_from')}${next}`, '2016-01-01');
      setCell(p, `${columnOf(p, 'effective_to')}${next}`, null);
      setCell(p, `${columnOf(p, 'value')}${next}`, 250000);
      setCell(p, `${columnOf(p, 'note_zh')}${rowWhere(p, 'key', 'home_sickbed.fund_ratio')}`, '测试备注');
      setCell(p, `${columnOf(p, 'note_en')}${rowWhere(p, 'key', 'home_sickbed.fund_ratio')}`, 'test note');
      // a scale row removed; the level-2 row replaced from 2016 by a new dated row
      const area = wb.Sheets.out_of_area!;
      clearRow(area, rowWhere(area, 'location', 'referral-other'));
      const levels = wb.Sheets.inpatient_levels!;
      const level2 = rowWhere(levels, 'level', '2');
      setCell(levels, `${columnOf(levels, 'effective_to')}${level2}`, '2015-12-31');
      const row = duplicateRow(levels, level2);
      setCell(levels, `${columnOf(levels, 'effective_from')}${row}`, '2016-01-01');
      setCell(levels, `${columnOf(levels, 'effective_to')}${row}`, null);
      setCell(levels, `${columnOf(levels, 'deductible')}${row}`, 600);
      setCell(levels, `${columnOf(levels, 'fund_ratio')}${row}`, 0.88);
    });
    const out = diff(r.dir);
    expect(out.status).toBe(0);
    const lines = out.stdout.split('\n');
    const cap = labelZh('inpatient.annual_cap');
    expect(lines).toContain(
      `    ~ inpatient.annual_cap ${cap} [2015-01-01 – 2015-12-31]: 失效日期 长期 → 2015-12-31 (嘉政发〔2014〕87号 第二十六条)`,
    );
    // added rows carry the note of the row they were copied from
    expect(lines).toContain(
      `    + inpatient.annual_cap ${cap} [2016-01-01 起]: 250,000元${withNote(noteOf('inpatient.annual_cap'))} (嘉政发〔2014〕87号 第二十六条)`,
    );
    expect(lines).toContain(
      `    + transfer.grace_months 宽限期 [2015-01-01 起]: 3个月${withNote(noteOf('transfer.min_years'))} (嘉政发〔2014〕87号 第十六条)`,
    );
    expect(lines).toContain(
      `    ~ home_sickbed.fund_ratio ${labelZh('home_sickbed.fund_ratio')} [2015-01-01 起]: 备注 “${noteOf('home_sickbed.fund_ratio')}” → “测试备注” (嘉政发〔2014〕87号 第二十八条)`,
    );
    expect(lines).toContain(`  out_of_area ${real.scales.find((s) => s.id === 'out_of_area')!.label.zh}:`);
    expect(lines).toContain(
      '    - location=referral-other [2015-01-01 起]: self_pay_ratio=20%, settle_as_level=as-treated (嘉政发〔2014〕87号 第三十三条)',
    );
    expect(lines).toContain(`    ~ level=2 [2015-01-01 – 2015-12-31]: 失效日期 长期 → 2015-12-31 (${LEVELS_CITATION})`);
    expect(lines).toContain(
      `    + level=2 [2016-01-01 起]: deductible=600元/次住院, fund_ratio=88%${withNote(levelRow('2').note)} (${LEVELS_CITATION})`,
    );
    // nothing else
    expect(lines.filter((l) => /^ {4}[~+-] /.test(l))).toHaveLength(7);
    // every sample is in 2015, but moved to 2016-01-01 the new cap and level-2 row change settlement answers
    expect(out.stdout).toMatch(
      /计算结果变化（样例请求按原日期，并移到改动的日期 2015-01-01、2016-01-01，共运行 \d+ 次，[1-9]\d* 个结果有变化）/,
    );
    expect(out.stdout).toContain('employee-medical-settlement › above-the-annual-cap @ 2016-01-01');
    expect(out.stdout).toContain('employee-medical-settlement › scheme-a-employed-two-admissions @ 2016-01-01');
  });

  it('a deleted workbook is reported as a removed table, and its calculators as no longer answering', () => {
    const r = repo();
    unlinkSync(emi(r.dir));
    const out = diff(r.dir, '--lang', 'en');
    const rows = real.scales.reduce((n, s) => n + s.rows.length, 0);
    expect(out.stdout).toContain(
      `■ employee-medical-insurance ${real.title.en} — removed (was version ${real.version})\n  Removed content:\n    ! ${real.parameters.length} parameter(s); ${real.scales.length} scale sheet(s) with ${rows} row(s)\n`,
    );
    expect(out.stdout).toMatch(
      /employee-medical-settlement › workedExample .*\n {6}\(answer\): ok → no-table: table employee-medical-insurance is not in this version/,
    );
  });

  it('a working tree that does not build is reported with its problems', () => {
    const r = repo();
    editWorkbook(emi(r.dir), (wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      setCell(ws, `${columnOf(ws, 'fund_ratio')}${rowWhere(ws, 'level', '3')}`, 85);
    });
    const out = diff(r.dir, '--lang', 'en');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(
      /\n■ employee-medical-insurance\n {2}⚠ the workbook at working tree does not pass the build \(1 problem\(s\)\); it cannot be compared:\n {4}employee-medical-insurance\.xlsx › inpatient_levels!C\d+: a ratio must be between 0 and 1/,
    );
    // not reported as a removed table, and no calculator run on it
    expect(out.stdout).not.toMatch(/removed|Calculator answers/);
  });

  it("runs the calculators' cases marked example or sample: the worked example among them", () => {
    const r = repo();
    level3To85(emi(r.dir));
    const out = diff(r.dir, '--lang', 'en');
    // the settlement calculator's own example is the worked example
    expect(out.stdout).toMatch(/employee-medical-settlement › workedExample .*\n {6}totals\.pooledFund: 25460 → 26920/);
  });

  it('refuses an unknown revision and a folder outside git (exit 2)', () => {
    const r = repo();
    const bad = diff(r.dir, 'no-such-branch');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not a git revision here: no-such-branch');
    const dir = tablesDir();
    const outside = runScript('scripts/diff-tables.ts', ['--lang', 'en'], dir, { GIT_CEILING_DIRECTORIES: join(dir, '..') });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(/not inside a git work tree/);
  });
});

describe('semantic diff (library)', () => {
  // every real workbook on both sides, so that only the edited table differs
  const ALL = Object.keys(realBundle().tables);

  it('matches rows by meaning: reordering rows is no change', () => {
    const dir = tablesDir(ALL);
    editWorkbook(join(dir, `${EMI}.xlsx`), (wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      // swap the whole rows of levels 1 and 3 (every cell: case, values, dates, citation, note)
      const a = rowWhere(ws, 'level', '1');
      const b = rowWhere(ws, 'level', '3');
      const last = XLSX.utils.decode_range(ws['!ref']!).e.c;
      for (let c = 0; c <= last; c++) {
        const ca = `${XLSX.utils.encode_col(c)}${a}`;
        const cb = `${XLSX.utils.encode_col(c)}${b}`;
        const [va, vb] = [ws[ca], ws[cb]];
        if (vb) ws[ca] = vb;
        else delete ws[ca];
        if (va) ws[cb] = va;
        else delete ws[cb];
      }
    });
    const before = buildTables(workbookFiles(TABLES_DIR)).bundle!.tables;
    const after = compileDir(dir).tables;
    expect(after[EMI]!.hash).not.toBe(before[EMI]!.hash); // the rows moved…
    const diffs = diffTables(before, after);
    expect(diffs.map((d) => d.id)).toEqual([EMI]); // the other tables are the same
    expect(diffs[0]!.scales).toEqual([]); // …and nothing changed
    expect(diffs[0]!.parameters).toEqual([]);
  });

  it('renders the same change in English text', () => {
    const dir = tablesDir(ALL);
    level3To85(join(dir, `${EMI}.xlsx`));
    const before = buildTables(workbookFiles(TABLES_DIR)).bundle!.tables;
    const after = compileDir(dir).tables;
    const tables = diffTables(before, after);
    const answers = [compareAnswers(EMI, before, after)];
    const text = renderDiff(
      {
        from: 'a',
        to: 'b',
        tables,
        answers,
        oldSide: { tables: before, failed: {}, lenient: [] },
        newSide: { tables: after, failed: {}, lenient: [] },
      },
      { lang: 'en', format: 'text' },
    );
    expect(tables.map((d) => d.id)).toEqual([EMI]);
    expect(text).toContain(
      `  inpatient_levels Inpatient: by facility level:\n    ~ level=3 [from 2015-01-01]: fund_ratio 80% → 85% (${LEVELS_CITATION})\n`,
    );
    expect(text).not.toMatch(/removed|added/);
    expect(answers[0]!.changed.map((c) => c.sample)).toEqual(LEVEL3_SAMPLES);
  });

  it('flattens answers into paths, leaving traces out', () => {
    expect(
      flatten({
        totals: { a: 1 },
        claims: [{ b: 2, steps: [{ step: 's', rule: 'r', formula: 'f' }] }],
        trace: [{ step: 's', rule: 'r', formula: 'f' }],
        list: [],
      }),
    ).toEqual({
      'totals.a': 1,
      'claims[0].b': 2,
      list: [],
    });
  });
});
