import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileFile, workbookFiles } from '../../scripts/lib/build';
import { constantBoolean, formulaFix } from '../../scripts/lib/workbook-reader';
import { unzip } from '../fixtures/make-bad-workbooks';
import { make2016Edit } from '../fixtures/make-2016-edit';
import { BASE, makeShapes, SHAPES_DIR, type ShapeCase } from '../fixtures/make-cell-shapes';
import { NO_SOFFICE, saveWithLibreOffice, soffice } from '../helpers/libreoffice';
import { TABLES_DIR } from '../helpers/workbooks';

/**
 * Any office suite's save is accepted: every real workbook opened and saved by LibreOffice Calc compiles to the same
 * table as its original (Calc writes each yes/no cell as the formula TRUE() or FALSE() with its result), and the cell
 * shapes Excel and WPS write — which cannot run here — are covered by small fixtures, each shape from ECMA-376
 * (test/fixtures/make-cell-shapes.ts says where).
 */

const work = mkdtempSync(join(tmpdir(), 'policy-edge-office-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A workbook compiled under its table's file name (the table id comes from it). */
function compileAs(file: string, id: string) {
  const dir = mkdtempSync(join(work, 'as-'));
  copyFileSync(file, join(dir, `${id}.xlsx`));
  return compileFile(join(dir, `${id}.xlsx`));
}
const idOf = (file: string) => basename(file).replace(/\.xlsx$/i, '');

describe('LibreOffice Calc: open and save every workbook', () => {
  it('is installed (this test fails, never skips, without it)', () => {
    expect(soffice(), NO_SOFFICE).not.toBeNull();
  });

  it('every workbook of tables/, saved by Calc, compiles to the same table as its original; so does the 2016 edit', {
    timeout: 300_000,
  }, () => {
    if (!soffice()) throw new Error(NO_SOFFICE);
    const originals = workbookFiles(TABLES_DIR);
    expect(originals).toHaveLength(24);
    const inputs = mkdtempSync(join(work, 'in-'));
    const edit = join(inputs, 'edit-2016.xlsx');
    writeFileSync(edit, make2016Edit());
    const out = mkdtempSync(join(work, 'out-'));
    // one soffice run for all of them (starting LibreOffice is most of the time)
    const saved = saveWithLibreOffice([...originals, edit], out);

    let withConstants = 0;
    let withBooleans = 0;
    for (const [i, original] of originals.entries()) {
      const before = compileFile(original);
      expect(before.problems).toEqual([]);
      const after = compileAs(saved[i]!, idOf(original));
      expect(
        after.problems.map((p) => `${p.sheet}!${p.cell}: ${p.en}`),
        basename(original),
      ).toEqual([]);
      // the same table: values, dates, citations, labels, coverage, version, hash
      expect(after.table, basename(original)).toEqual(before.table);
      // Calc wrote the yes/no cells as constant formulas: the shape this test is about
      const sheets = unzip(readFileSync(saved[i]!)).filter((e) => /^xl\/worksheets\/.+\.xml$/.test(e.name));
      if (sheets.some((e) => /<f[^>]*>(TRUE|FALSE)\(\)<\/f>/.test(Buffer.from(e.data).toString('utf8')))) withConstants++;
      if (before.sheets.some((g) => g.rows.some((r) => r.some((v) => typeof v === 'boolean')))) withBooleans++;
    }
    expect(withConstants).toBe(withBooleans);
    expect(withConstants).toBeGreaterThanOrEqual(11);

    // the 2016 edit, also as a LibreOffice-saved file (the later browser test reuses both)
    const editDir = mkdtempSync(join(work, 'edit-'));
    writeFileSync(join(editDir, 'employee-medical-insurance.xlsx'), make2016Edit());
    const unsaved = compileFile(join(editDir, 'employee-medical-insurance.xlsx'));
    expect(unsaved.problems).toEqual([]);
    expect(compileAs(saved.at(-1)!, 'employee-medical-insurance').table).toEqual(unsaved.table);
  });
});

describe('the cell shapes Excel and WPS write (test/fixtures/cell-shapes)', () => {
  const cases = JSON.parse(readFileSync(join(SHAPES_DIR, 'cases.json'), 'utf8')) as ShapeCase[];
  const base = compileFile(join(TABLES_DIR, `${BASE}.xlsx`));

  it('the committed fixtures are what test/fixtures/make-cell-shapes.ts makes, each with its source', () => {
    const made = makeShapes();
    expect(made.map((m) => m.case)).toEqual(cases);
    for (const m of made) expect(readFileSync(join(SHAPES_DIR, m.case.file)).equals(m.data), m.case.file).toBe(true);
    for (const c of cases) expect(c.source).toMatch(/^ECMA-376 5th edition, Part 1, §\d/);
    expect(cases.map((c) => c.file)).toEqual(
      expect.arrayContaining([
        'inline-strings.xlsx',
        'formula-string-result.xlsx',
        'shared-strings.xlsx',
        'dates-iso-t-d.xlsx',
        'dates-zh-cn-builtin-31.xlsx',
        'dates-1904.xlsx',
        'shared-formula.xlsx',
      ]),
    );
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const r = compileAs(join(SHAPES_DIR, c.file), BASE);
    if ('same' in c.expect) {
      expect(r.problems.map((p) => `${p.sheet}!${p.cell}: ${p.en}`)).toEqual([]);
      expect(r.table).toEqual(base.table);
      return;
    }
    // refused: each formula cell, its message naming the formula, its fix the value the cell shows now
    expect(r.table).toBeNull();
    const formulas = r.problems.filter((p) => p.en.startsWith('the cell holds a formula'));
    expect(formulas.map((p) => ({ sheet: p.sheet, cell: p.cell, fix: p.fix.zh }))).toEqual(c.expect.refused);
    // what follows from a refused cell is reported once, on its own terms (a row rejected: the parameter is missing)
    expect(r.problems.filter((p) => !formulas.includes(p)).map((p) => p.en)).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/is required|unknown unit/)]),
    );
    for (const p of formulas) {
      expect(p.en).toMatch(/^the cell holds a formula \(=.+\): the build never evaluates formulas, it reads typed values only$/);
      expect(p.fix.en).toMatch(/^delete the formula and type the value it shows now: /);
    }
  });

  it('a constant TRUE()/FALSE() is the value; a formula whose result is yes/no says to type 是/否, one without a result the value', () => {
    expect(['TRUE()', 'FALSE()', '=true( )', ' TRUE() '].map(constantBoolean)).toEqual([true, false, true, true]);
    expect(['TRUE', 'NOT(FALSE())', 'TRUE()+0', 'A1'].map(constantBoolean)).toEqual([null, null, null, null]);
    expect(formulaFix(true).zh).toBe('删除公式，直接输入它现在显示的值：是（是/否，也可以写 yes/no）');
    expect(formulaFix(false).en).toBe('delete the formula and type the value it shows now: no (yes/no, or 是/否)');
    expect(formulaFix(null).zh).toBe('删除公式，直接输入数值本身（不以 = 开头）');
    expect(formulaFix('2015-01-01').zh).toBe('删除公式，直接输入它现在显示的值：2015-01-01');
  });
});
