import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { areaOf, areaOfParameter, areaTimesRatio, formatArea } from '../../src/engine/area';
import type { Ppm } from '../../src/engine/money';
import { elderlyCareHousingFacility as calc } from '../../src/policy/elderly-care/elderly-care-housing-facility';
import type { CompiledBundle } from '../../src/tables/model';
import { run } from '../helpers/calc';
import { columnOf, editWorkbook, rowWhere, setCell, tempTablesDir } from '../helpers/workbooks';

/** Requests and their answers are cases (src/policy/elderly-care/elderly-care-housing-facility.cases.json). */

const D = '2015-06-01';

describe('exact area arithmetic (src/engine/area.ts)', () => {
  it('hundredths of m² × ppm are whole 10⁻⁸ m², formatted exactly', () => {
    expect(formatArea(areaTimesRatio(areaOf(9999.99), 2000 as Ppm))).toBe('19.99998');
    expect(formatArea(areaTimesRatio(areaOf(12345.67), 2000 as Ppm))).toBe('24.69134');
    expect(formatArea(areaTimesRatio(areaOf(0.01), 1 as Ppm))).toBe('0.00000001');
    expect(formatArea(areaOfParameter(20))).toBe('20');
    // 0.1 + 0.2 style noise cannot occur: the sum is integer arithmetic
    expect(formatArea(areaOf(0.1) + areaOf(0.2))).toBe('0.3');
  });
});

describe('elderly-care-housing-facility: a cash rate filled in a copy of the workbook is used', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  function withRate(rate: number): CompiledBundle {
    const dir = tempTablesDir(['elderly-care']);
    dirs.push(dir);
    editWorkbook(join(dir, 'elderly-care.xlsx'), (wb) => {
      const ws = wb.Sheets.parameters!;
      setCell(ws, `${columnOf(ws, 'value')}${rowWhere(ws, 'key', 'housing.shortfall_cash_rate')}`, rate);
    });
    const r = buildTables(workbookFiles(dir));
    expect(r.problems).toEqual([]);
    return r.bundle!;
  }

  it('cash = rate × shortfall, half-up to the fen', () => {
    // 3 000.00 CNY/m² × 0.00134 m² = 4.02 yuan exactly
    const a = run(calc, { date: D, projectTotalFloorArea: 12345.67, providedArea: 24.69 }, withRate(3000)).compliance!;
    expect(a.shortfallSettlement).toEqual({ rate: 3000, cash: 4.02, missing: [] });
    // 0.50 CNY/m² × 0.01 m² = 0.5 fen → 1 fen (half-up); 0.49 × 0.01 = 0.49 fen → 0
    expect(
      run(calc, { date: D, projectTotalFloorArea: 50000, providedArea: 99.99 }, withRate(0.5)).compliance!.shortfallSettlement.cash,
    ).toBe(0.01);
    expect(
      run(calc, { date: D, projectTotalFloorArea: 50000, providedArea: 99.99 }, withRate(0.49)).compliance!.shortfallSettlement.cash,
    ).toBe(0);
  });
});
