import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { residentMedicalFunding as calc } from '../../src/policy/resident-medical-insurance/resident-medical-funding';
import { EngineError } from '../../src/engine/errors';
import type { CompiledBundle } from '../../src/tables/model';
import { run } from '../helpers/calc';
import { columnOf, editWorkbook, rowWhere, setCell, tempTablesDir } from '../helpers/workbooks';

const RMI = 'resident-medical-insurance';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The real resident workbook, copied and edited in a temp folder, compiled. */
function editedBundle(values: Record<string, number>): CompiledBundle {
  const dir = tempTablesDir([RMI]);
  dirs.push(dir);
  editWorkbook(join(dir, `${RMI}.xlsx`), (wb) => {
    const ws = wb.Sheets.parameters!;
    for (const [key, v] of Object.entries(values)) setCell(ws, `${columnOf(ws, 'value')}${rowWhere(ws, 'key', key)}`, v);
  });
  const r = buildTables(workbookFiles(dir));
  expect(r.problems).toEqual([]);
  return r.bundle!;
}

/**
 * The answers of resident-medical-funding to its requests (F1–F11, 嘉政办发〔2014〕101号 一) are cases in
 * resident-medical-funding.cases.json; what stays here runs edited copies of the workbook.
 */

describe('resident-medical-funding: critical-illness premium (rate × 上上年度 rural income, half-up to the fen)', () => {
  it('a base income filled in the workbook (edited copy) is used when the request gives none', () => {
    // 20 000.00 × 0.002 = 40.00; × 2 = 80.00
    const bundle = editedBundle({ 'critical_illness.base_income': 20000 });
    const r = run(calc, { year: 2015, persons: 2 }, bundle);
    expect(r.criticalIllness).toMatchObject({ baseIncome: 20000, baseSource: 'table', perPerson: 40, total: 80, missing: [] });
    // the request still wins over the table
    expect(run(calc, { year: 2015, persons: 2, ruralNetIncomePerCapita: 16000 }, bundle).criticalIllness).toMatchObject({
      baseSource: 'request',
      perPerson: 32,
    });
  });
});

describe('resident-medical-funding: table integrity', () => {
  it('a workbook whose parts no longer add up is an error (the Worker answers 500 internal-error), not a wrong split', () => {
    // district 143 → 144: 292 + 144 + 95 = 531 ≠ 530
    const edited = editedBundle({ 'funding.subsidy.district': 144 });
    const district = () => run(calc, { year: 2015, persons: 10 }, edited);
    expect(district).toThrow(/^Table resident-medical-insurance is inconsistent on 2015-01-01: .*"district":144/);
    expect(district).not.toThrow(EngineError);
    // individual 290 → 300: 300 + 530 ≠ 820
    expect(() => run(calc, { year: 2015, persons: 10 }, editedBundle({ 'funding.individual': 300 }))).toThrow(/is inconsistent/);
  });

  it('a consistent change of the standard flows through without code changes', () => {
    // 300 + 540 = 840 with town 105: 292 + 143 + 105 = 540 → 10 persons: 8400 / 3000 / 5400, town 1050
    const bundle = editedBundle({
      'funding.total': 840,
      'funding.individual': 300,
      'funding.subsidy.total': 540,
      'funding.subsidy.town': 105,
    });
    expect(run(calc, { year: 2015, persons: 10 }, bundle)).toMatchObject({
      total: 8400,
      individual: 3000,
      publicFinance: 5400,
      byLevel: { town: 1050 },
    });
  });
});
