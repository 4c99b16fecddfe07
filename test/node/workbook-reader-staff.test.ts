import * as XLSX from '@e965/xlsx';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileFile } from '../../scripts/lib/build';
import { workbookText } from '../../scripts/lib/textconv';
import type { Problem } from '../../scripts/lib/problems';
import { isDateFormatId, isoFromSerial, readCell, readWorkbook } from '../../scripts/lib/workbook-reader';
import { cellText, changelogRowSchema, metaSchema, parameterRowSchema, sourceRowSchema } from '../../src/tables/kit';
import { columnOf, editWorkbook, rowWhere, setCell, tempTablesDir } from '../helpers/workbooks';

/**
 * Cells as staff type them in Excel or WPS: a number in a text column (an article 7.1, a label 2015), and dates
 * in the built-in date formats of Chinese Excel (number format ids 27–36, 50–58, which a workbook names by id
 * only) or in a workbook that counts dates from 1904. The workbooks are real .xlsx bytes: a copy of a real
 * table edited with SheetJS, then its styles.xml / workbook.xml patched the way Excel writes them.
 */

const EMI = 'employee-medical-insurance';
const dirs: string[] = [];
const copy = () => {
  const d = tempTablesDir([EMI]);
  dirs.push(d);
  return join(d, `${EMI}.xlsx`);
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** Rewrites parts of the xlsx zip (paths like /xl/styles.xml), as Excel would have written them. */
function patchParts(file: string, patches: Record<string, (xml: string) => string>): void {
  const zip = XLSX.CFB.read(readFileSync(file), { type: 'buffer' });
  for (const [path, patch] of Object.entries(patches)) {
    const entry = XLSX.CFB.find(zip, path);
    if (!entry?.content) throw new Error(`no ${path} in the workbook`);
    const before = Buffer.from(entry.content as Uint8Array).toString('utf8');
    const after = patch(before);
    if (after === before) throw new Error(`patch of ${path} changed nothing`);
    XLSX.CFB.utils.cfb_add(zip, path, Buffer.from(after, 'utf8'));
  }
  writeFileSync(file, Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array));
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * SheetJS writes a custom number format (<numFmt numFmtId="N" formatCode="…"/>) for each format string; Excel
 * writes a built-in one by its id alone. This turns the custom format `code` into the built-in id `builtIn`:
 * the declaration goes, and the cell styles refer to the id.
 */
const toBuiltInFormat = (code: string, builtIn: number) => (styles: string) => {
  const decl = new RegExp(`<numFmt numFmtId="(\\d+)" formatCode="${escapeXml(code).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"/>`);
  const m = decl.exec(styles);
  if (!m) throw new Error(`format ${code} not in styles.xml`);
  return styles.replace(decl, '').replaceAll(`<xf numFmtId="${m[1]}"`, `<xf numFmtId="${builtIn}"`);
};

const errors = (problems: Problem[]) => problems.map((p) => `${p.sheet}!${p.cell}: ${p.zh} / ${p.en}`);

describe('M3: a number typed into a text column is read as its text', () => {
  it('article 7.1, label_zh 2015, notes 1 and 2, changes 3 and 4, sources notes 1 and 2, meta description 12 all compile as text', () => {
    const file = copy();
    let row = 0;
    editWorkbook(file, (wb) => {
      const p = wb.Sheets.parameters!;
      row = rowWhere(p, 'key', 'document.effective_from');
      setCell(p, `${columnOf(p, 'article')}${row}`, 7.1);
      setCell(p, `${columnOf(p, 'label_zh')}${row}`, 2015);
      setCell(p, `${columnOf(p, 'note_zh')}${row}`, 1);
      setCell(p, `${columnOf(p, 'note_en')}${row}`, 2);
      const c = wb.Sheets.changelog!;
      setCell(c, `${columnOf(c, 'change_zh')}2`, 3);
      setCell(c, `${columnOf(c, 'change_en')}2`, 4);
      const s = wb.Sheets.sources!;
      setCell(s, `${columnOf(s, 'note_zh')}2`, 1);
      setCell(s, `${columnOf(s, 'note_en')}2`, 2);
      const m = wb.Sheets.meta!;
      setCell(m, `${columnOf(m, 'value')}${rowWhere(m, 'field', 'description_zh')}`, 12);
      const levels = wb.Sheets.inpatient_levels!;
      setCell(levels, `${columnOf(levels, 'article')}${rowWhere(levels, 'level', '1')}`, 25);
    });
    const { table, problems } = compileFile(file);
    expect(errors(problems)).toEqual([]);
    const p = table!.parameters.find((x) => x.key === 'document.effective_from')!;
    expect(p.label.zh).toBe('2015');
    expect(p.history[0]!.citation).toMatchObject({ article: '7.1', text: '嘉政发〔2014〕87号 7.1' });
    expect(p.history[0]!.note).toEqual({ zh: '1', en: '2' });
    expect(table!.changelog[0]!.change).toEqual({ zh: '3', en: '4' });
    expect(table!.sources[0]!.note).toEqual({ zh: '1', en: '2' });
    expect(table!.description.zh).toBe('12');
    expect(table!.scales.find((s) => s.id === 'inpatient_levels')!.rows.find((r) => r.cells.level === '1')!.citation.article).toBe('25');
  });

  it('Excel float noise does not show (7.1000000000000005 → "7.1"); a number format does (0.00 → "7.10", #,##0 → "1,234")', () => {
    const file = copy();
    const cells: Record<string, string> = {};
    editWorkbook(file, (wb) => {
      const p = wb.Sheets.parameters!;
      const a = columnOf(p, 'article');
      cells.noise = `${a}${rowWhere(p, 'key', 'document.effective_from')}`;
      cells.twoDecimals = `${a}${rowWhere(p, 'key', 'inpatient.annual_cap')}`;
      cells.thousands = `${a}${rowWhere(p, 'key', 'contribution.base')}`;
      cells.value = `${columnOf(p, 'value')}${rowWhere(p, 'key', 'inpatient.annual_cap')}`;
      setCell(p, cells.noise, 7.1000000000000005);
      p[cells.twoDecimals] = { t: 'n', v: 7.1, z: '0.00' };
      p[cells.thousands] = { t: 'n', v: 1234, z: '#,##0' };
    });
    const read = readWorkbook(file, readFileSync(file));
    const grid = read.sheets.find((g) => g.name === 'parameters')!;
    const at = (addr: string) => {
      const { r, c } = XLSX.utils.decode_cell(addr);
      return grid.rows[r]![c];
    };
    expect(at(cells.noise!)).toBe('7.1');
    expect(at(cells.twoDecimals!)).toBe('7.10');
    expect(at(cells.thousands!)).toBe('1,234');
    // the value column stays a number
    expect(at(cells.value!)).toBe(200000);
    expect(errors(compileFile(file).problems)).toEqual([]);
  });

  it('a TRUE/FALSE cell in a text column gets a true bilingual message, never "不能为空" nor zod English', () => {
    const file = copy();
    const cells: Record<string, string> = {};
    editWorkbook(file, (wb) => {
      const p = wb.Sheets.parameters!;
      const row = rowWhere(p, 'key', 'document.effective_from');
      cells.article = `${columnOf(p, 'article')}${row}`;
      cells.note = `${columnOf(p, 'note_zh')}${row}`;
      setCell(p, cells.article, true);
      setCell(p, cells.note, false);
      const s = wb.Sheets.sources!;
      cells.sourceNote = `${columnOf(s, 'note_zh')}2`;
      setCell(s, cells.sourceNote, true);
    });
    const { table, problems } = compileFile(file);
    expect(table).toBeNull();
    const at = (sheet: string, cell: string) => problems.filter((p) => p.sheet === sheet && p.cell === cell).map((p) => [p.zh, p.en]);
    expect(at('parameters', cells.article!)).toEqual([
      ['条款应为文字，不能是逻辑值（TRUE/FALSE）', 'article must be text, not a logical value (TRUE/FALSE)'],
    ]);
    expect(at('parameters', cells.note!)).toEqual([
      ['备注（中文）应为文字，不能是逻辑值（TRUE/FALSE）', 'note_zh must be text, not a logical value (TRUE/FALSE)'],
    ]);
    expect(at('sources', cells.sourceNote!)).toEqual([
      ['备注（中文）应为文字，不能是逻辑值（TRUE/FALSE）', 'note_zh must be text, not a logical value (TRUE/FALSE)'],
    ]);
    for (const p of problems) {
      expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.zh).not.toBe(p.en);
      expect(`${p.zh} ${p.en}`).not.toMatch(/Invalid input|expected string/);
    }
  });

  it('the row schemas read numbers as text and keep their answers for valid rows', () => {
    const row = {
      key: 'a.b',
      label_zh: 2015,
      label_en: 'Label',
      value: 1,
      unit: 'count',
      effective_from: '2015-01-01',
      effective_to: null,
      source: 87,
      article: 7.1,
      note_zh: 1,
      note_en: 2,
      maintainer_note: 3,
    };
    // the optional mark columns (ends, restates) read as null when a sheet has none
    const marks = { ends: null, restates: null };
    expect(parameterRowSchema({}).parse(row)).toEqual({
      ...row,
      ...marks,
      label_zh: '2015',
      source: '87',
      article: '7.1',
      note_zh: '1',
      note_en: '2',
      maintainer_note: '3',
    });
    const valid = {
      ...row,
      label_zh: '标签',
      source: '嘉政发〔2014〕87号',
      article: '第一条',
      note_zh: null,
      note_en: null,
      maintainer_note: null,
    };
    expect(parameterRowSchema({}).parse(valid)).toEqual({ ...valid, ...marks });
    expect(parameterRowSchema({}).safeParse({ ...row, key: 3 }).error?.issues[0]?.message).toMatch(/^参数键只能用小写英文/);
    expect(parameterRowSchema({}).safeParse({ ...row, article: null }).error?.issues[0]?.message).toMatch(
      /^条款不能为空\u241earticle is required\u241e填写条款/,
    );
    expect(changelogRowSchema.parse({ date: '2015-01-01', author: 7, change_zh: 3, change_en: 4, maintainer_note: 5 })).toEqual({
      date: '2015-01-01',
      author: '7',
      change_zh: '3',
      change_en: '4',
      maintainer_note: '5',
    });
    expect(
      sourceRowSchema.parse({
        number: '嘉政发〔2014〕87号',
        title_zh: 1,
        title_en: 2,
        issued: null,
        effective: null,
        link: null,
        note_zh: 1,
        note_en: 2,
        maintainer_note: null,
      }),
    ).toMatchObject({
      title_zh: '1',
      title_en: '2',
      note_zh: '1',
      note_en: '2',
    });
    expect(metaSchema.safeParse({ table_id: 12 }).error?.issues[0]?.message).toMatch(
      /^表编号须为小写英文加连字符\u241etable_id must be kebab-case\u241e/,
    );
    expect(cellText(7.1000000000000005)).toBe('7.1');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText('x')).toBe('x');
    expect(cellText(null)).toBeNull();
  });
});

describe('M4: dates in the built-in date formats of Chinese Excel, and the 1904 date system', () => {
  const CODE = 'yyyy"年"m"月"d"日"';

  /** Puts date serials into effective_from cells of the given keys, with the built-in format `id`. */
  function withBuiltInDates(file: string, id: number, entries: [key: string, serial: number][]): string[] {
    const cells: string[] = [];
    editWorkbook(file, (wb) => {
      const p = wb.Sheets.parameters!;
      for (const [key, serial] of entries) {
        const addr = `${columnOf(p, 'effective_from')}${rowWhere(p, 'key', key)}`;
        p[addr] = { t: 'n', v: serial, z: CODE };
        cells.push(addr);
      }
    });
    patchParts(file, { '/xl/styles.xml': toBuiltInFormat(CODE, id) });
    return cells;
  }

  it('31 yyyy"年"m"月"d"日": 42005 is 2015-01-01 — the first such cell of the workbook too, not only the later ones', () => {
    const file = copy();
    const [first, second] = withBuiltInDates(file, 31, [
      ['document.effective_from', 42005],
      ['inpatient.annual_cap', 42005],
    ]);
    // the bytes really carry the built-in id alone, as Excel writes them
    const styles = Buffer.from(
      XLSX.CFB.find(XLSX.CFB.read(readFileSync(file), { type: 'buffer' }), '/xl/styles.xml')!.content as Uint8Array,
    ).toString();
    expect(styles).toContain('<xf numFmtId="31"');
    expect(styles).not.toContain('年');

    const grid = readWorkbook(file, readFileSync(file)).sheets.find((g) => g.name === 'parameters')!;
    for (const addr of [first!, second!]) {
      const { r, c } = XLSX.utils.decode_cell(addr);
      expect(grid.rows[r]![c], addr).toBe('2015-01-01');
    }
    const { table, problems } = compileFile(file);
    expect(errors(problems)).toEqual([]);
    expect(table!.parameters.find((x) => x.key === 'document.effective_from')!.history[0]!.from).toBe('2015-01-01');
  });

  it.each([27, 28, 29, 30, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58])('built-in format %i is a date as well', (id) => {
    const file = copy();
    const [addr] = withBuiltInDates(file, id, [['document.effective_from', 42005]]);
    const grid = readWorkbook(file, readFileSync(file)).sheets.find((g) => g.name === 'parameters')!;
    const { r, c } = XLSX.utils.decode_cell(addr!);
    expect(grid.rows[r]![c]).toBe('2015-01-01');
  });

  it('57 and 58 compile, and a number in a non-date built-in format (3 #,##0) stays a number', () => {
    const file = copy();
    withBuiltInDates(file, 57, [['document.effective_from', 42005]]);
    expect(errors(compileFile(file).problems)).toEqual([]);
    const other = copy();
    withBuiltInDates(other, 58, [['document.effective_from', 42005]]);
    expect(errors(compileFile(other).problems)).toEqual([]);
    const plain = copy();
    const [addr] = withBuiltInDates(plain, 3, [['document.effective_from', 42005]]);
    const { problems } = compileFile(plain);
    expect(problems.filter((p) => p.cell === addr).map((p) => p.en)).toEqual(['must be a date such as 2015-01-01']);
  });

  it('a workbook in the 1904 date system: serial 40543 is 2015-01-01 there (2019-01-02 would be the 1900 reading)', () => {
    const file = copy();
    let addr = '';
    let cjk = '';
    editWorkbook(file, (wb) => {
      const p = wb.Sheets.parameters!;
      addr = `${columnOf(p, 'effective_from')}${rowWhere(p, 'key', 'document.effective_from')}`;
      p[addr] = { t: 'n', v: 40543, z: 'yyyy-mm-dd' };
      cjk = `${columnOf(p, 'effective_from')}${rowWhere(p, 'key', 'inpatient.annual_cap')}`;
      p[cjk] = { t: 'n', v: 40543, z: CODE };
    });
    patchParts(file, {
      '/xl/workbook.xml': (xml) => xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"'),
      '/xl/styles.xml': toBuiltInFormat(CODE, 31),
    });
    const read = readWorkbook(file, readFileSync(file));
    const grid = read.sheets.find((g) => g.name === 'parameters')!;
    expect(grid.date1904).toBe(true);
    for (const a of [addr, cjk]) {
      const { r, c } = XLSX.utils.decode_cell(a);
      expect(grid.rows[r]![c], a).toBe('2015-01-01');
    }
    const { table, problems } = compileFile(file);
    expect(errors(problems)).toEqual([]);
    expect(table!.parameters.find((x) => x.key === 'document.effective_from')!.history[0]!.from).toBe('2015-01-01');
  });

  it('a workbook in the 1900 system says nothing about 1904, and its grids keep their shape', () => {
    const file = copy();
    const read = readWorkbook(file, readFileSync(file));
    expect(read.problems).toEqual([]);
    for (const g of read.sheets) expect(Object.keys(g)).toEqual(['name', 'rows']);
  });

  it('readCell: a format id without a format string, the 1904 system, and the plain cases', () => {
    expect(readCell({ t: 'n', v: 42005 })).toBe(42005);
    expect(readCell({ t: 'n', v: 42005 }, { numFmtId: 31 })).toBe('2015-01-01');
    expect(readCell({ t: 'n', v: 42005 }, { numFmtId: 3 })).toBe(42005);
    expect(readCell({ t: 'n', v: 42005, z: 'General' }, { numFmtId: 31 })).toBe(42005);
    expect(readCell({ t: 'n', v: 42005, z: 'yyyy-mm-dd' })).toBe('2015-01-01');
    expect(readCell({ t: 'n', v: 42005, z: 'yyyy-mm-dd' }, { date1904: true })).toBe('2019-01-02');
    expect(readCell({ t: 'n', v: 42005.75, z: 'yyyy-mm-dd hh:mm' })).toBe('2015-01-01');
    expect(readCell({ t: 's', v: ' 第一条 ' })).toBe('第一条');
    expect(isoFromSerial(40543, true)).toBe('2015-01-01');
    expect(isoFromSerial(42005)).toBe('2015-01-01');
    expect([14, 22, 27, 31, 36, 45, 47, 50, 57, 58, 71, 81].every(isDateFormatId)).toBe(true);
    expect([0, 1, 3, 9, 10, 23, 26, 37, 44, 48, 49, 59, 70, 164].some(isDateFormatId)).toBe(false);
  });
});

describe('hidden rows and columns are refused like hidden sheets (what is compiled must be what a reviewer sees)', () => {
  it('a hidden row and a hidden column of a data sheet: one error each, naming them', () => {
    const file = copy();
    // inpatient_levels is the 5th sheet of the workbook (meta, sources, changelog, parameters, …)
    const sheet = `/xl/worksheets/sheet${XLSX.read(readFileSync(file), { type: 'buffer', bookSheets: true }).SheetNames.indexOf('inpatient_levels') + 1}.xml`;
    patchParts(file, {
      [sheet]: (xml) =>
        xml.replace('<row r="4"', '<row r="4" hidden="1"').replace(/<col min="3" max="3"/, '<col min="3" max="3" hidden="1"'),
    });
    const { table, problems } = compileFile(file);
    expect(table).toBeNull();
    // git diff shows them too (the textconv driver), so a reviewer sees what was hidden
    expect(workbookText(readFileSync(file))).toMatch(/\ninpatient_levels: hidden rows 4\ninpatient_levels: hidden columns C\n/);
    expect(errors(problems)).toEqual([
      'inpatient_levels!A4: 第 4 行被隐藏：隐藏内容无法审阅 / row 4 is hidden: hidden content cannot be reviewed',
      'inpatient_levels!C1: 第 C 列被隐藏：隐藏内容无法审阅 / column C is hidden: hidden content cannot be reviewed',
    ]);
  });
});

describe('hidden columns outside the used range (tidying, not hiding content)', () => {
  it('hiding every empty column to the right of the data is accepted', () => {
    const file = copy();
    const sheet = `/xl/worksheets/sheet${XLSX.read(readFileSync(file), { type: 'buffer', bookSheets: true }).SheetNames.indexOf('inpatient_levels') + 1}.xml`;
    patchParts(file, {
      [sheet]: (xml) => xml.replace('</cols>', '<col min="40" max="16384" width="9" hidden="1" customWidth="1"/></cols>'),
    });
    const { table, problems } = compileFile(file);
    expect(errors(problems)).toEqual([]);
    expect(table).not.toBeNull();
    expect(workbookText(readFileSync(file))).not.toMatch(/hidden columns/);
  });
});
