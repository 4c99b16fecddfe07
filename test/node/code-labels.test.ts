import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSiteApp } from '../helpers/site-app';
import { compileFile } from '../../scripts/lib/build';
import { openWorkbook } from '../../scripts/lib/workbook-xml';
import { realBundle } from '../helpers/calc';
import { TABLES_DIR } from '../helpers/workbooks';

/**
 * The words of codes (tables/README.md › workbook format › codes and their words): the build refuses a code with a
 * Latin letter that has no words, at its cell; compiles the words into `labels`; the lookups give them in the
 * reader's language.
 */

const work = mkdtempSync(join(tmpdir(), 'policy-edge-labels-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of a real workbook with some cells edited as staff would in Excel. */
function edited(id: string, edit: (wb: ReturnType<typeof openWorkbook>) => void) {
  const dir = mkdtempSync(join(work, 'wb-'));
  const file = join(dir, `${id}.xlsx`);
  copyFileSync(join(TABLES_DIR, `${id}.xlsx`), file);
  const wb = openWorkbook(file);
  edit(wb);
  wb.save();
  return compileFile(file);
}
const RMI = 'resident-medical-insurance';
const messages = (r: ReturnType<typeof compileFile>) => r.problems.map((p) => `${p.sheet}!${p.cell}: ${p.en}`);

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
