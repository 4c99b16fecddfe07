import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { elderlyCareBedSubsidy as calc } from '../../src/policy/elderly-care/elderly-care-bed-subsidy';
import { run } from '../helpers/calc';
import { columnOf, editWorkbook, rowWhere, setCell, tempTablesDir } from '../helpers/workbooks';

/** Requests and their answers are cases (src/policy/elderly-care/elderly-care-bed-subsidy.cases.json). */

const base: z.input<typeof calc.input> & { baseSubsidyPerBed: number } = {
  date: '2015-06-01',
  institutionType: 'nursing',
  privatelyRun: true,
  nonProfit: true,
  cityLevel: true,
  nursingOccupancyRatio: 0.75,
  baseSubsidyPerBed: 10000,
  beds: 50,
};

describe('elderly-care-bed-subsidy: a base filled in a copy of the workbook', () => {
  it('a base filled in a copy of the workbook (CNY/bed) is used when the request gives none', () => {
    const dir = tempTablesDir(['elderly-care']);
    try {
      editWorkbook(join(dir, 'elderly-care.xlsx'), (wb) => {
        const ws = wb.Sheets.parameters!;
        setCell(ws, `${columnOf(ws, 'value')}${rowWhere(ws, 'key', 'subsidy.bed_construction.base_per_bed')}`, 8000);
      });
      const built = buildTables(workbookFiles(dir));
      expect(built.problems).toEqual([]);
      const { baseSubsidyPerBed: _omit, ...req } = base;
      // 8 000 × 50 = 400 000; × 0.4 = 160 000
      const r = run(calc, req, built.bundle!);
      expect(r).toMatchObject({ baseSource: 'table', basePerBed: 8000, baseSubsidy: 400000, uplift: 160000, total: 560000 });
      expect(r.trace.steps[1]!.parameters).toEqual(['subsidy.bed_construction.base_per_bed']);
      expect(r.trace.parameters['subsidy.bed_construction.base_per_bed']).toMatchObject({ value: 8000, unit: 'CNY/bed' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
