import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTables, compileFile, workbookFiles } from '../../scripts/lib/build';
import { caseProblems, readCasesSheet, runSheetCases, sheetSamples } from '../../scripts/lib/cases-sheet';
import { formatProblem } from '../../scripts/lib/problems';
import { compareAnswers } from '../../scripts/lib/samples';
import type { SheetGrid } from '../../scripts/lib/workbook-reader';
import { columnOf, editWorkbook, rowWhere, setCell, tempTablesDir, TABLES_DIR } from '../helpers/workbooks';

/**
 * The staff's cases sheet (tables/README.md › workbook format › cases): rows become cases of src/engine/cases.ts,
 * the build runs them with the real calculators on the data it just compiled, and a failing one blocks the build.
 */
const EMI = 'employee-medical-insurance';
const FILE = join(TABLES_DIR, `${EMI}.xlsx`);
const dirs: string[] = [];
const temp = () => {
  const d = tempTablesDir([EMI]);
  dirs.push(d);
  return d;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

const grid = (rows: (string | number | null)[][]): SheetGrid => ({ name: 'cases', rows }) as SheetGrid;

describe('the cases sheet of the employee-medical workbook', () => {
  const compiled = compileFile(FILE);

  it('is read into cases: the worked example with its three bills, a multi-bill case, an account case', () => {
    expect(compiled.problems.map((p) => formatProblem(p))).toEqual([]);
    expect(compiled.cases.map((c) => [c.id, c.calculator, c.rows])).toEqual([
      ['W1', 'employee-medical-settlement', [2, 3, 4]],
      ['W2', 'employee-medical-settlement', [5, 6, 7]],
      ['W3', 'employee-medical-account', [8]],
    ]);
    const w1 = compiled.cases[0]!.case;
    // one row per bill under the same case id: the rows become the list claims[0..2], inputs outside it once
    expect(w1.request).toEqual({
      year: 2015,
      person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10' },
      claims: [
        { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 1500 },
        { kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 2000 },
        { kind: 'inpatient', date: '2015-05-01', level: 3, eligibleAmount: 30000 },
      ],
    });
    expect(w1.expect).toMatchObject({
      'claims[0].personalAccount': 1500,
      'claims[1].pooledFund': 640,
      'claims[2].selfBurden': 5180,
      'totals.pooledFund': 25460,
      'totals.selfBurden': 6120,
    });
    // each expectation knows its cell, for the build's message
    expect(compiled.cases[0]!.cells['claims[2].pooledFund']).toMatch(/^[A-Z]+4$/);
  });

  it('every case holds on the compiled data (the build passes)', () => {
    expect(compiled.caseResults.map((r) => [r.sheetCase.id, r.passed, r.run.failures.map((f) => f.text)])).toEqual([
      ['W1', true, []],
      ['W2', true, []],
      ['W3', true, []],
    ]);
    expect(buildTables(workbookFiles(TABLES_DIR)).bundle).not.toBeNull();
  });

  it('the worked example of the sheet is the spec’s, as the settlement’s own workedExample case says', async () => {
    const { casesOf } = await import('../../scripts/lib/policy');
    const { calculators } = await import('../../src/policy/index');
    const settlement = calculators.find((c) => c.id === 'employee-medical-settlement')!;
    const engineering = casesOf(settlement).find((c) => c.id === 'workedExample');
    expect(engineering).toBeDefined();
    // the same request once the calculator's defaults (a local hospital, not a veteran) are filled in
    expect(settlement.input.parse(compiled.cases[0]!.case.request)).toEqual(settlement.input.parse(engineering!.request));
  });

  it('runs in tables:diff with the engineering cases (a staff case repeating one runs once)', () => {
    const t = compiled.table!;
    const samples = sheetSamples(compiled.cases);
    expect(samples.map((s) => s.name)).toEqual(['W1 (cases!2,3,4)', 'W2 (cases!5,6,7)', 'W3 (cases!8)']);
    const without = compareAnswers(EMI, { [EMI]: t }, { [EMI]: t }, undefined, [], []);
    // the three repeat requests the engineers' cases already run (the worked example…): each runs once
    expect(compareAnswers(EMI, { [EMI]: t }, { [EMI]: t }, undefined, [], samples).run).toBe(without.run);
    // a staff case of its own runs too, marked as the workbook's
    const request = structuredClone(samples[1]!.request) as { claims: { eligibleAmount: number }[] };
    request.claims[0]!.eligibleAmount = 4100;
    const report = compareAnswers(EMI, { [EMI]: t }, { [EMI]: t }, undefined, [], [{ ...samples[1]!, request }]);
    expect(report.run).toBe(without.run + 1);
  });
});

describe('a failing case blocks the build', () => {
  it('names cases!<cell>, the expected and the actual figure, in Chinese and English; nothing is written', () => {
    const dir = temp();
    const file = join(dir, `${EMI}.xlsx`);
    const build = (out: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-tables.ts', '--tables', dir, '--out', out], { encoding: 'utf8' });
    const out = join(dir, 'tables.json');
    expect(build(out).status).toBe(0);
    const good = readFileSync(out, 'utf8');

    let cell = '';
    editWorkbook(file, (wb) => {
      const ws = wb.Sheets.cases!;
      cell = `${columnOf(ws, 'expect:totals.pooledFund')}${rowWhere(ws, 'case', 'W1')}`;
      setCell(ws, cell, 25000);
    });
    const r = buildTables([file]);
    expect(r.bundle).toBeNull();
    expect(r.problems.map((p) => formatProblem(p))).toEqual([
      expect.stringMatching(
        new RegExp(
          `cases!${cell}: 案例 W1（employee-medical-settlement，第 2、3、4 行）：totals\\.pooledFund 预期为 25000，实际为 25460 / ` +
            'case W1 \\(employee-medical-settlement, row 2, 3, 4\\): totals\\.pooledFund expected 25000, got 25460',
        ),
      ),
    ]);
    const bad = build(out);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`cases!${cell}`);
    expect(readFileSync(out, 'utf8')).toBe(good);
  }, 60_000);

  it('a bill of a multi-bill case that fails names its own row', () => {
    const dir = temp();
    const file = join(dir, `${EMI}.xlsx`);
    let cell = '';
    editWorkbook(file, (wb) => {
      const ws = wb.Sheets.cases!;
      // W2's third row: the level-2 admission; its pooled fund is 9775
      cell = `${columnOf(ws, 'expect:claims.pooledFund')}${rowWhere(ws, 'case', 'W2', 2)}`;
      setCell(ws, cell, 9000);
    });
    const problems = buildTables([file]).problems;
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual([`cases!${cell}`]);
    expect(problems[0]!.en).toContain('claims[2].pooledFund expected 9000, got 9775');
  });

  it('an edit of the data that changes a case’s answer blocks the build at the case', () => {
    const dir = temp();
    const file = join(dir, `${EMI}.xlsx`);
    editWorkbook(file, (wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      // the level-3 hospital's fund ratio (80%) in force in 2015: W1's admission uses it
      const col = columnOf(ws, 'fund_ratio');
      for (let r = 2; ws[`A${r}`]; r++) if (ws[`${col}${r}`]?.v === 0.8) setCell(ws, `${col}${r}`, 0.75);
    });
    const r = buildTables([file]);
    expect(r.bundle).toBeNull();
    expect(r.problems.every((p) => p.sheet === 'cases')).toBe(true);
    expect(r.problems.map((p) => p.en).join('\n')).toMatch(/case W1 .*claims\[2\]\.pooledFund expected 24820, got \d+/);
  });
});

describe('reading a cases sheet', () => {
  const header = [
    'case 案例',
    'calculator 计算器',
    'year',
    'person.scheme',
    'person.status',
    'claims.kind',
    'claims.date',
    'claims.facility',
    'claims.eligibleAmount',
    'expect:totals.pooledFund',
  ];

  it('a typo in a path, an unknown calculator, a row without an id: each at its cell with a fix', () => {
    const { cases, problems } = readCasesSheet(
      'x.xlsx',
      EMI,
      grid([
        [...header, 'claims.eligibleAmont'],
        ['A', 'employee-medical-settlment', 2015, 'A', 'employed', 'outpatient', '2015-01-15', 'community', 100, 0, null],
        ['B', 'employee-medical-settlement', 2015, 'A', 'employed', 'outpatient', '2015-01-15', 'community', null, 0, 100],
        [null, 'employee-medical-settlement', 2015],
      ]),
    );
    expect(cases).toEqual([]);
    expect(problems.map((p) => [p.cell, p.en, p.fix.en])).toEqual([
      ['A4', 'this row has no case id', expect.any(String)],
      ['B2', expect.stringContaining('no calculator "employee-medical-settlment"'), 'did you mean employee-medical-settlement?'],
      [
        'K3',
        '"claims.eligibleAmont" is not an input of the calculator employee-medical-settlement',
        expect.stringMatching(/^did you mean claims\.eligibleAmount\?/),
      ],
    ]);
  });

  it('a case expecting nothing, or an input given twice differently, is refused', () => {
    const { problems } = readCasesSheet(
      'x.xlsx',
      EMI,
      grid([
        header,
        ['A', 'employee-medical-settlement', 2015, 'A', 'employed', 'outpatient', '2015-01-15', 'community', 100, null],
        ['B', 'employee-medical-settlement', 2015, 'A', 'employed', 'outpatient', '2015-01-15', 'community', 100, 0],
        ['B', null, 2016, null, null, 'outpatient', '2015-01-16', 'community', 100, null],
      ]),
    );
    expect(problems.map((p) => [p.cell, p.en])).toEqual([
      ['A2', 'case A expects nothing'],
      ['C4', 'case B gives year twice, differently (see C3)'],
    ]);
  });

  it('a request the calculator refuses is reported at the input’s cell (a missing input at the case id)', () => {
    const { cases } = readCasesSheet(
      'x.xlsx',
      EMI,
      grid([header, ['A', 'employee-medical-settlement', 2015, 'A', 'employed', 'outpatient', '2015-01-15', 'community', -5, 0]]),
    );
    const t = compileFile(FILE).table!;
    const results = runSheetCases(cases, { format: 1, packageVersion: '0', hash: '', tables: { [EMI]: t } });
    const problems = caseProblems('x.xlsx', results);
    expect(problems.map((p) => [p.cell, p.en.replace(/: [^:]*$/, '')])).toEqual([
      ['A2', 'case A (employee-medical-settlement, row 2): the request is not valid for the calculator: person.birthDate'],
      ['I2', 'case A (employee-medical-settlement, row 2): the request is not valid for the calculator: claims[0].eligibleAmount'],
    ]);
  });

  it('a case the calculator refuses (a year before the data) is reported at its id, with the refusal', () => {
    const { cases } = readCasesSheet(
      'x.xlsx',
      EMI,
      grid([
        [...header, 'person.birthDate'],
        ['A', 'employee-medical-settlement', 2000, 'A', 'employed', 'outpatient', '2000-01-15', 'community', 100, 0, '1970-01-01'],
      ]),
    );
    const t = compileFile(FILE).table!;
    const results = runSheetCases(cases, { format: 1, packageVersion: '0', hash: '', tables: { [EMI]: t } });
    expect(results[0]!.passed).toBe(false);
    const problems = caseProblems('x.xlsx', results);
    expect(problems.map((p) => p.cell)).toEqual(['A2']);
    expect(problems[0]!.en).toMatch(
      /^case A \(employee-medical-settlement, row 2\): the calculator refused the request instead of answering \(422 /,
    );
    expect(problems[0]!.zh).toMatch(/计算器没有给出结果，而是拒绝了请求（422 /);
  });
});
