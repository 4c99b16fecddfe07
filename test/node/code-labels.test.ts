import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSiteApp } from '../helpers/site-app';
import { compileFile } from '../../scripts/lib/build';
import { compileTable } from '../../scripts/lib/compile-table';
import { tableSpecs } from '../../scripts/lib/policy';
import { readWorkbookFile } from '../../scripts/lib/workbook-reader';
import { openWorkbook } from '../../scripts/lib/workbook-xml';
import type { TableSpec } from '../../src/tables/kit';
import { realBundle } from '../helpers/calc';
import { TABLES_DIR } from '../helpers/workbooks';

/**
 * The words of codes (tables/README.md › workbook format › codes and their words): the build refuses a code with a
 * Latin letter that has no words, at its cell; compiles the words into `labels`; the lookups give them in the
 * reader's language. Text in both languages (› text in both languages): a `<x>_zh` column of the parameters sheet or
 * a case sheet without its `<x>_en` is refused at its header.
 */

const work = mkdtempSync(join(tmpdir(), 'policy-edge-labels-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of a real workbook with some cells edited as staff would in Excel: its path. */
function editedCopy(id: string, edit: (wb: ReturnType<typeof openWorkbook>) => void): string {
  const dir = mkdtempSync(join(work, 'wb-'));
  const file = join(dir, `${id}.xlsx`);
  copyFileSync(join(TABLES_DIR, `${id}.xlsx`), file);
  const wb = openWorkbook(file);
  edit(wb);
  wb.save();
  return file;
}
/** The edited copy, compiled. */
const edited = (id: string, edit: (wb: ReturnType<typeof openWorkbook>) => void) => compileFile(editedCopy(id, edit));
const RMI = 'resident-medical-insurance';

/** Empties a whole column (header and every cell), as deleting it in Excel would leave the sheet to the build. */
function dropColumn(sheet: ReturnType<ReturnType<typeof openWorkbook>['sheet']>, id: string) {
  const letter = sheet.column(id)!;
  for (let row = sheet.size.rows; row >= 1; row--) sheet.set(`${letter}${row}`, null);
}

/** A copy of a real workbook, edited, compiled with a schema as it might have been written (a column left out). */
function editedWithSchema(id: string, edit: (wb: ReturnType<typeof openWorkbook>) => void, schema: (spec: TableSpec) => TableSpec) {
  return compileTable(`${id}.xlsx`, id, readWorkbookFile(editedCopy(id, edit)).sheets, schema(tableSpecs[id]!));
}
/** The schema without one column of one sheet. */
const without =
  (sheet: string, column: string) =>
  (spec: TableSpec): TableSpec => {
    const { [column]: _, ...columns } = spec.scales[sheet]!.columns;
    return { ...spec, scales: { ...spec.scales, [sheet]: { ...spec.scales[sheet]!, columns } } };
  };
const messages = (r: { problems: { sheet: string | null; cell: string | null; en: string }[] }) =>
  r.problems.map((p) => `${p.sheet}!${p.cell}: ${p.en}`);

describe('the build and the words of codes', () => {
  it("compiles each code column's words into labels", () => {
    const r = compileFile(join(TABLES_DIR, `${RMI}.xlsx`));
    expect(r.problems).toEqual([]);
    expect(r.table!.scales.find((s) => s.id === 'outpatient_ratios')!.labels!.facility_kind!.level2).toEqual({
      zh: '二级（县级）医疗机构',
      en: 'Level-2 (county) facility',
    });
  });

  it("refuses a code with no words, at the code's cell, with the fix", () => {
    const r = edited(RMI, (wb) => {
      const s = wb.sheet('outpatient_ratios');
      for (let row = 2; row <= s.size.rows; row++)
        if (s.get(`${s.column('facility_kind')}${row}`) === 'level2') {
          s.set(`${s.column('facility_kind_zh')}${row}`, null);
          s.set(`${s.column('facility_kind_en')}${row}`, null);
        }
    });
    expect(r.table).toBeNull();
    expect(messages(r)).toEqual([
      'outpatient_ratios!A5: the code "level2" (column facility_kind) has no words in Chinese and English: the explorer and the API cannot show a code to the public',
    ]);
    expect(r.problems[0]!.fix.zh).toContain('facility_kind_zh、facility_kind_en');
  });

  it('refuses words in one language only, and two names for one code', () => {
    const r = edited(RMI, (wb) => {
      const s = wb.sheet('outpatient_ratios');
      const rows = [...Array(s.size.rows - 1).keys()].map((i) => i + 2);
      const essential = rows.filter((row) => s.get(`${s.column('facility_kind')}${row}`) === 'level1_essential_drugs');
      const level3 = rows.find((row) => s.get(`${s.column('facility_kind')}${row}`) === 'level3')!;
      s.set(`${s.column('facility_kind_zh')}${essential[1]}`, '基层医疗机构');
      s.set(`${s.column('facility_kind_en')}${level3}`, null);
    });
    expect(messages(r)).toEqual([
      expect.stringMatching(/^outpatient_ratios!\w+3: the code "level1_essential_drugs" is named .* here: one code has one name$/),
      expect.stringMatching(/^outpatient_ratios!\w+6: the code "level3" has words in Chinese only$/),
    ]);
  });

  it('numbers, document numbers and Chinese need no words', () => {
    // employee-medical-insurance's inpatient levels are 1, 2, 3: no words columns there, and the build passes
    const r = compileFile(join(TABLES_DIR, 'employee-medical-insurance.xlsx'));
    expect(r.problems).toEqual([]);
    expect(r.table!.scales.find((s) => s.id === 'inpatient_levels')!.labels).toBeUndefined();
  });

  it('an enum parameter without value_zh / value_en is refused at its value', () => {
    const r = edited('employee-medical-insurance', (wb) => {
      const s = wb.sheet('parameters');
      for (let row = 2; row <= s.size.rows; row++)
        if (s.get(`${s.column('key')}${row}`) === 'settlement.year_basis') {
          s.set(`${s.column('value_zh')}${row}`, null);
          s.set(`${s.column('value_en')}${row}`, null);
        }
    });
    expect(messages(r)).toEqual([
      expect.stringMatching(/^parameters!M\d+: the code "calendar" has no words in Chinese and English: the public cannot read a code$/),
    ]);
  });
});

describe('the build and text in both languages', () => {
  it('refuses a text column in Chinese only, at its header, with the fix', () => {
    // solar-pv's mandatory_triggers before its English: text_zh and no text_en, in the workbook and the schema
    const r = editedWithSchema(
      'solar-pv',
      (wb) => dropColumn(wb.sheet('mandatory_triggers'), 'text_en'),
      without('mandatory_triggers', 'text_en'),
    );
    expect(r.table).toBeNull();
    expect(messages(r)).toEqual([
      expect.stringMatching(
        /^mandatory_triggers!M1: the column "text_zh" is in Chinese only: the sheet has no text_en column, so the English explorer pages and lookups would show Chinese$/,
      ),
    ]);
    expect(r.problems[0]!.zh).toBe('“text_zh”列只有中文：同一工作表中没有英文列 text_en，英文的法规浏览页和接口会显示中文');
    expect(r.problems[0]!.fix.zh).toContain('在 text_zh 列右边加一列，表头写 text_en');
    expect(r.problems[0]!.fix.en).toContain("declare text_en: value('text') after text_zh in src/policy/solar-pv/table.ts");
  });

  it("refuses a text column whose English the schema reads only as a code's words", () => {
    // air-pollution-alerts' signed_by_en names the code signed_by; declared as text, it is signed_by_zh's English too
    const r = editedWithSchema('air-pollution-alerts', () => {}, without('alert_levels', 'signed_by_en'));
    const header = openWorkbook(join(TABLES_DIR, 'air-pollution-alerts.xlsx')).sheet('alert_levels').column('signed_by_zh');
    expect(messages(r)).toEqual([
      `alert_levels!${header}1: "signed_by_zh" is a text column, but signed_by_en is read only as the words of a code, not as the English of signed_by_zh: the English explorer pages and lookups would show Chinese`,
    ]);
    expect(r.problems[0]!.fix.en).toContain(
      "declare signed_by_en: value('text') after signed_by_zh in src/policy/air-pollution-alerts/table.ts",
    );
  });

  it("refuses a code's Chinese words with no English column once, at the header (not at every row)", () => {
    const r = edited(RMI, (wb) => dropColumn(wb.sheet('outpatient_ratios'), 'facility_kind_en'));
    const header = openWorkbook(join(TABLES_DIR, `${RMI}.xlsx`))
      .sheet('outpatient_ratios')
      .column('facility_kind_zh');
    expect(messages(r)).toEqual([
      `outpatient_ratios!${header}1: the column "facility_kind_zh" is in Chinese only: the sheet has no facility_kind_en column, so the English explorer pages and lookups would show Chinese`,
    ]);
    // a code's words need no schema: the fix is in the workbook only
    expect(r.problems[0]!.fix.en).not.toContain('table.ts');
  });

  it('refuses value_zh with no value_en on the parameters sheet, at its header', () => {
    const r = edited('employee-medical-insurance', (wb) => dropColumn(wb.sheet('parameters'), 'value_en'));
    const header = openWorkbook(join(TABLES_DIR, 'employee-medical-insurance.xlsx')).sheet('parameters').column('value_zh');
    expect(messages(r)).toEqual([
      `parameters!${header}1: the column "value_zh" is in Chinese only: the sheet has no value_en column, so the English explorer pages and lookups would show Chinese`,
    ]);
  });

  it('every real workbook has its English beside each Chinese text column', () => {
    for (const id of ['solar-pv', 'air-pollution-alerts', 'fire-water-sources', 'municipal-coordination-bodies']) {
      const r = compileFile(join(TABLES_DIR, `${id}.xlsx`));
      expect(r.problems).toEqual([]);
      for (const s of r.table!.scales) {
        const ids = s.columns.map((c) => c.id);
        expect(
          ids.filter((c) => c.endsWith('_zh') && !ids.includes(c.replace(/_zh$/, '_en'))),
          `${id} › ${s.id}`,
        ).toEqual([]);
      }
    }
  });
});

describe("a column's label", () => {
  it("leaves out the editors' hints that name codes or keys, «Scheme (A|B)» → «Scheme»; keeps a hint in words", () => {
    const r = compileFile(join(TABLES_DIR, 'employee-medical-insurance.xlsx'));
    const col = (sheet: string, id: string) => r.table!.scales.find((s) => s.id === sheet)!.columns.find((c) => c.id === id)!;
    expect(col('inpatient_levels', 'level').label).toEqual({ zh: '医疗机构级别', en: 'Facility level' });
    expect(col('contribution_rates', 'scheme').label.en).toBe('Scheme');
    expect(col('out_of_area', 'location').label.en).toBe('Location');
    // every real workbook: no list of codes, no key in a column's English label
    for (const file of readdirSync(TABLES_DIR).filter((f) => f.endsWith('.xlsx'))) {
      const t = compileFile(join(TABLES_DIR, file)).table!;
      for (const s of t.scales)
        for (const c of s.columns) expect(c.label.en, `${file} › ${s.id} › ${c.id}`).not.toMatch(/\|| \([^()]*[a-z0-9][_.][a-z][^()]*\)$/);
    }
  });
});

describe("the lookups give the words in the reader's language", () => {
  const app = createSiteApp(realBundle());
  it('columns[].labels of a scale sheet, valueLabel of an enum parameter', async () => {
    const zh = (await (await app.request(`/v1/tables/${RMI}/scales/outpatient_ratios`)).json()) as {
      scale: { columns: { id: string; labels?: Record<string, string> }[] };
    };
    expect(zh.scale.columns.find((c) => c.id === 'facility_kind')!.labels).toMatchObject({ level3: '三级（市级）医疗机构' });
    expect(zh.scale.columns.find((c) => c.id === 'ratio')!.labels).toBeUndefined();
    const en = (await (await app.request(`/v1/tables/${RMI}/scales/outpatient_ratios?lang=en`)).json()) as typeof zh;
    expect(en.scale.columns.find((c) => c.id === 'facility_kind')!.labels).toMatchObject({ level3: 'Level-3 (city) facility' });
    const p = (await (
      await app.request('/v1/tables/employee-medical-insurance/parameters/settlement.year_basis?date=2015-06-01&lang=en')
    ).json()) as {
      value: string;
      valueLabel: string;
    };
    expect([p.value, p.valueLabel]).toEqual(['calendar', 'Calendar year']);
  });

  it('the changes page names a case in words', async () => {
    const body = await (await app.request(`/explore/${RMI}/changes`)).text();
    expect(body).toContain('医疗机构类别 实行国家基本药物制度的一级及以下医疗机构');
    expect(body).not.toContain('level1_essential_drugs');
  });
});
