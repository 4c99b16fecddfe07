import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDiff } from '../../scripts/lib/diff-report';
import { compileDir } from '../../scripts/lib/revisions';
import { compareAnswers } from '../../scripts/lib/samples';
import { changeDates, diffTables } from '../../scripts/lib/semantic-diff';
import type { CompiledTable } from '../../src/tables/model';
import { make2016Edit } from '../fixtures/make-2016-edit';
import { realBundle } from '../helpers/calc';
import { tempsPerTest } from '../helpers/git-repo';

/**
 * "Which answers change" at the dates that change: the 2016 edit (test/fixtures/make-2016-edit.ts) moved every
 * sample — all dated 2015 — to 2016-01-01 and found the settlement answers it changes. Run in-process: the same
 * functions tables:diff runs between two revisions (scripts/diff-tables.ts).
 */

const EMI = 'employee-medical-insurance';
const { tablesDir } = tempsPerTest([EMI]);

function edited(): { before: Record<string, CompiledTable>; after: Record<string, CompiledTable> } {
  const dir = tablesDir();
  writeFileSync(join(dir, `${EMI}.xlsx`), make2016Edit());
  const before = realBundle().tables;
  const side = compileDir(dir);
  expect(side.failed).toEqual({});
  return { before, after: { ...before, ...side.tables } };
}

describe('tables:diff runs the samples at the dates the edit changes', () => {
  it('the 2016 edit: every sample is dated 2015, yet the settlement answers of 2016 that change are shown', () => {
    const { before, after } = edited();
    const tables = diffTables(before, after);
    expect(tables.map((d) => d.id)).toEqual([EMI]);
    // the new rows start 2016-01-01, and the old ones now end the day before
    const dates = changeDates(tables[0]!);
    expect(dates).toEqual(['2016-01-01']);

    // at their own dates only (what tables:diff did before): nothing changes
    expect(compareAnswers(EMI, before, after).changed).toEqual([]);

    const answers = compareAnswers(EMI, before, after, undefined, dates);
    expect(answers.problems).toEqual([]);
    expect(answers.dates).toEqual(['2016-01-01']);
    const changed = Object.fromEntries(answers.changed.map((c) => [`${c.calculator} › ${c.sample} @ ${c.date}`, c.fields]));
    expect(Object.keys(changed)).toEqual([
      'employee-medical-settlement › veteran @ 2016-01-01',
      'employee-medical-settlement › scheme-a-employed-two-admissions @ 2016-01-01',
      'employee-medical-settlement › above-the-annual-cap @ 2016-01-01',
    ]);
    // Scheme A, employed, moved to 2016 (born 1981-06-01, the same age): outpatient 4 000 at a community centre,
    // the fund pays the slice between the 500 deductible and the cap at 70%: (3 000 − 500) × 70% = 1 750, now
    // (3 500 − 500) × 70% = 2 100; the level-1 stay of 6 000: (6 000 − 300) × 90% = 5 130, now (6 000 − 400) × 90%
    // = 5 040; the level-2 stay is unchanged (12 000 − 500) × 85% = 9 775. The year: 16 655, now 16 915.
    const path = (fields: { path: string; old: unknown; new: unknown }[]) =>
      Object.fromEntries(fields.filter((f) => !f.path.startsWith('notices')).map((f) => [f.path, [f.old, f.new]]));
    // every 2016 answer now rests on the new document, and its coverage notice names it; where that is the only
    // change, the answer is counted apart, its figures unchanged
    expect(answers.noticesOnly.map((c) => `${c.calculator} › ${c.sample}`)).toContain('employee-medical-account › schemeA');
    for (const c of [...answers.changed, ...answers.noticesOnly])
      expect(c.fields.find((f) => f.path === 'notices[0].zh')?.new).toContain('本站收录的最新文件（嘉医保发〔2015〕99号）');
    for (const c of answers.noticesOnly) expect(c.fields.every((f) => f.path.startsWith('notices'))).toBe(true);
    expect(path(changed['employee-medical-settlement › scheme-a-employed-two-admissions @ 2016-01-01']!)).toEqual({
      'totals.pooledFund': [16655, 16915],
      'totals.selfBurden': [5345, 5085],
      'claims[0].pooledFund': [1750, 2100],
      'claims[0].selfBurden': [2250, 1900],
      'claims[1].pooledFund': [5130, 5040],
      'claims[1].selfBurden': [870, 960],
    });
    // scheme B, employed, a level-3 stay of 260 000: the fund pays up to the annual cap, (200 000 − 800) × 80%
    // = 159 360, now (250 000 − 800) × 80% = 199 360
    expect(path(changed['employee-medical-settlement › above-the-annual-cap @ 2016-01-01']!)['totals.pooledFund']).toEqual([
      159360, 199360,
    ]);

    // as the report shows it
    const text = renderDiff(
      {
        from: 'HEAD',
        to: 'working tree',
        tables,
        answers: [answers],
        oldSide: { tables: before, failed: {}, lenient: [] },
        newSide: { tables: after, failed: {}, lenient: [] },
      },
      { lang: 'zh', format: 'text' },
    );
    expect(text).toContain(`  计算结果变化（样例请求按原日期，并移到改动的日期 2016-01-01，共运行 ${answers.run} 次，3 个结果有变化）:\n`);
    expect(text).toContain(
      '    employee-medical-settlement › scheme-a-employed-two-admissions @ 2016-01-01 — A 类在职，一级、二级医院各住院一次 · scheme A, employed, one admission at level 1 and one at level 2\n      totals.pooledFund: 16655 → 16915\n',
    );
    // the new level-1 row: its unchanged ratio keeps 87号 (citations per value)
    expect(text).toContain(
      '    + level=1 [2016-01-01 起]: deductible=400元/次住院, fund_ratio=90%（依据 嘉政发〔2014〕87号 第二十五条、第二十三条（二）、第二十四条（二））',
    );
    const md = renderDiff(
      {
        from: 'HEAD',
        to: 'working tree',
        tables,
        answers: [answers],
        oldSide: { tables: before, failed: {}, lenient: [] },
        newSide: { tables: after, failed: {}, lenient: [] },
      },
      { lang: 'en', format: 'md' },
    );
    expect(md).toContain('1 table(s) changed; 3 calculator answer(s) to the sample requests change.');
    expect(md).toContain(
      `**Calculator answers (sample requests at their own dates and moved to 2016-01-01: ${answers.run} run, 3 changed)**`,
    );
    expect(md).toContain('| employee-medical-settlement › above-the-annual-cap @ 2016-01-01 — ');
  });

  it('a restates mark added: the value’s citation change is shown, and no answer runs at another date', () => {
    const plain = tablesDir();
    writeFileSync(join(plain, `${EMI}.xlsx`), make2016Edit());
    const marked = tablesDir();
    writeFileSync(join(marked, `${EMI}.xlsx`), make2016Edit({ restates: { inpatient_levels: 'fund_ratio' } }));
    const before = compileDir(plain).tables;
    const after = compileDir(marked).tables;
    const tables = diffTables(before, after);
    const levels = tables[0]!.scales.find((s) => s.id === 'inpatient_levels')!;
    expect(levels.rows.map((r) => r.row.change === 'changed' && r.row.fields)).toEqual([['citation']]);
    expect(changeDates(tables[0]!)).toEqual([]);
    const text = renderDiff(
      {
        from: 'a',
        to: 'b',
        tables,
        answers: [],
        oldSide: { tables: before, failed: {}, lenient: [] },
        newSide: { tables: after, failed: {}, lenient: [] },
      },
      { lang: 'zh', format: 'text' },
    );
    expect(text).toContain(
      '    ~ level=1 [2016-01-01 起]: 依据 fund_ratio：嘉政发〔2014〕87号 第二十五条、第二十三条（二）、第二十四条（二） → 嘉医保发〔2015〕99号 第一条 (嘉医保发〔2015〕99号 第一条)',
    );
  });

  it('a value changed in place from its first day moves the samples to that day; a changed end to the day after it', () => {
    const real = realBundle().tables[EMI]!;
    const copy = JSON.parse(JSON.stringify(real)) as CompiledTable;
    const cap = copy.parameters.find((p) => p.key === 'inpatient.annual_cap')!.history[0]!;
    cap.value = 210000;
    copy.hash = 'x';
    expect(changeDates(diffTables({ [EMI]: real }, { [EMI]: copy })[0]!)).toEqual(['2015-01-01']);
    const ended = JSON.parse(JSON.stringify(real)) as CompiledTable;
    ended.scales.find((s) => s.id === 'inpatient_levels')!.rows[0]!.to = '2017-06-30';
    ended.hash = 'y';
    expect(changeDates(diffTables({ [EMI]: real }, { [EMI]: ended })[0]!)).toEqual(['2017-07-01']);
  });
});
