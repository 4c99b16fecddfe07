import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { elderlyCareBedSubsidy as calc } from '../../src/policy/elderly-care/elderly-care-bed-subsidy';
import { refusal, run } from '../helpers/calc';
import { columnOf, editWorkbook, rowWhere, setCell, tempTablesDir } from '../helpers/workbooks';

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
const subsidy = (over: Partial<z.input<typeof calc.input>> = {}) => run(calc, { ...base, ...over });
const unmet = (r: { conditions: { id: string; met: boolean }[] }) => r.conditions.filter((c) => !c.met).map((c) => c.id);
const invalid = (req: unknown) => {
  const r = calc.input.safeParse(req);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => i.path.join('.'));
};

describe('elderly-care-bed-subsidy: the occupancy threshold (60%以上（含）: the bound is included)', () => {
  it('B1: occupancy exactly 0.6 → applies; 500 000 + 200 000 = 700 000', () => {
    // 1 000 000 fen × 50 = 50 000 000 fen; × 0.4 = 20 000 000 fen
    const r = subsidy({ nursingOccupancyRatio: 0.6 });
    expect(r).toMatchObject({
      upliftApplies: true,
      upliftRate: 0.4,
      basePerBed: 10000,
      baseSource: 'request',
      beds: 50,
      baseSubsidy: 500000,
      uplift: 200000,
      total: 700000,
    });
    expect(r.conditions.find((c: { id: string }) => c.id === 'nursing_occupancy')).toEqual({
      id: 'nursing_occupancy',
      met: true,
      actual: 0.6,
      required: 0.6,
      bound: 'inclusive',
      citation: '嘉政发〔2014〕86号 二（二）7',
    });
    expect(r.trace.steps[0]!.parameters).toEqual(['subsidy.bed_construction.nursing_occupancy_min']);
    expect(r.trace.parameters['subsidy.bed_construction.nursing_occupancy_min']).toMatchObject({ value: 0.6, table: 'elderly-care' });
    expect(r.trace.steps[0]!.formula.zh).toBe(
      '市本级：符合；民办：符合；非营利性：符合；护理型机构：符合；护理老年人入住率：符合（入住率 60% ≥ 60%，达到 60% 即符合）；全部符合，额外增加补贴',
    );
    expect(r.trace.steps.at(-1)).toMatchObject({
      rule: '嘉政发〔2014〕86号 二（二）7',
      result: 200000,
      formula: {
        zh: '一次性补贴 500,000.00 元 × 40% = 200,000.00 元（四舍五入到分）',
        en: '500,000.00 × 40% = 200,000.00 (half-up to the fen)',
      },
    });
  });

  it('B2: 0.599999 (one millionth below) → not applied; total 500 000', () => {
    // 599 999 < 600 000 ppm
    const r = subsidy({ nursingOccupancyRatio: 0.599999 });
    expect(unmet(r)).toEqual(['nursing_occupancy']);
    expect(r).toMatchObject({ upliftApplies: false, baseSubsidy: 500000, uplift: 0, total: 500000 });
  });

  it('B3: 0.600001 (one millionth above) → applies; total 700 000', () => {
    expect(subsidy({ nursingOccupancyRatio: 0.600001 })).toMatchObject({ upliftApplies: true, total: 700000 });
  });

  it('B4: full nursing occupancy 1 → applies', () => {
    expect(subsidy({ nursingOccupancyRatio: 1 })).toMatchObject({ upliftApplies: true, total: 700000 });
  });
});

describe('elderly-care-bed-subsidy: the other four conditions (all required)', () => {
  it('B5: private for-profit → not applied (non_profit unmet)', () => {
    const r = subsidy({ nonProfit: false, nursingOccupancyRatio: 0.8 });
    expect(unmet(r)).toEqual(['non_profit']);
    expect(r).toMatchObject({ upliftApplies: false, uplift: 0, total: 500000 });
  });

  it('B6: assisted-living (助养型) → not applied (nursing_type unmet); "other" likewise', () => {
    expect(unmet(subsidy({ institutionType: 'assisted_living', nursingOccupancyRatio: 0.9 }))).toEqual(['nursing_type']);
    expect(subsidy({ institutionType: 'other' })).toMatchObject({ upliftApplies: false, total: 500000 });
  });

  it('B7: a county institution (not 市本级) → not applied (city_level unmet)', () => {
    const r = subsidy({ cityLevel: false, nursingOccupancyRatio: 0.9 });
    expect(unmet(r)).toEqual(['city_level']);
    expect(r.total).toBe(500000);
  });

  it('B8: a public institution (not 民办) → not applied (privately_run unmet)', () => {
    const r = subsidy({ privatelyRun: false, nursingOccupancyRatio: 0.9 });
    expect(unmet(r)).toEqual(['privately_run']);
    expect(r.total).toBe(500000);
  });

  it('every unmet condition is reported, not just the first', () => {
    expect(
      unmet(subsidy({ cityLevel: false, privatelyRun: false, nonProfit: false, institutionType: 'other', nursingOccupancyRatio: 0 })),
    ).toEqual(['city_level', 'privately_run', 'non_profit', 'nursing_type', 'nursing_occupancy']);
  });
});

describe('elderly-care-bed-subsidy: amounts in fen, top-up on the whole subsidy, half-up', () => {
  it('B9: 12 345.67 × 3 beds → 37 037.01 + 14 814.80 = 51 851.81', () => {
    // 1 234 567 × 3 = 3 703 701 fen; × 0.4 = 1 481 480.4 → 1 481 480 fen
    expect(subsidy({ baseSubsidyPerBed: 12345.67, beds: 3 })).toMatchObject({ baseSubsidy: 37037.01, uplift: 14814.8, total: 51851.81 });
  });

  it('B10: 0.02 × 1 bed → uplift 0.8 fen → 1 fen; total 0.03', () => {
    expect(subsidy({ baseSubsidyPerBed: 0.02, beds: 1 })).toMatchObject({ baseSubsidy: 0.02, uplift: 0.01, total: 0.03 });
  });

  it('B11: 0.01 × 1 bed → uplift 0.4 fen → 0; total 0.01', () => {
    expect(subsidy({ baseSubsidyPerBed: 0.01, beds: 1 })).toMatchObject({ baseSubsidy: 0.01, uplift: 0, total: 0.01 });
  });

  it('the rate applies once to the whole subsidy, not per bed: 0.01 × 3 beds → 1.2 fen → 1 fen', () => {
    // per bed it would be 3 × round(0.4) = 0; on the whole: 3 fen × 0.4 = 1.2 → 1 fen
    expect(subsidy({ baseSubsidyPerBed: 0.01, beds: 3 })).toMatchObject({ baseSubsidy: 0.03, uplift: 0.01, total: 0.04 });
  });
});

describe('elderly-care-bed-subsidy: not published, dates and input', () => {
  it('B12: base omitted → 422 not-published naming subsidy.bed_construction.base_per_bed, with the conditions', () => {
    const { baseSubsidyPerBed: _omit, ...req } = base;
    const p = refusal(calc, req) as unknown as {
      status: number;
      type: string;
      parameter: { key: string };
      upliftApplies: boolean;
      conditions: unknown[];
    };
    expect(p).toMatchObject({
      status: 422,
      type: '/problems/not-published',
      parameter: { key: 'subsidy.bed_construction.base_per_bed' },
      upliftApplies: true,
    });
    expect(p.conditions).toHaveLength(5);
  });

  it('B13: 2014-12-31 (before the assumed in-force date) → 422 not-in-force naming threshold and rate', () => {
    const p = refusal(calc, { ...base, date: '2014-12-31' }) as unknown as { type: string; missing: { key: string }[] };
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.missing.map((m) => m.key)).toEqual([
      'subsidy.bed_construction.nursing_occupancy_min',
      'subsidy.bed_construction.nursing_uplift_rate',
    ]);
    expect(subsidy({ date: '2015-01-01' }).total).toBe(700000);
  });

  it('B14: occupancy outside 0…1 or with seven decimals, beds 0, fractional beds, missing flag → invalid input', () => {
    expect(invalid({ ...base, nursingOccupancyRatio: 1.2 })).toEqual(['nursingOccupancyRatio']);
    expect(invalid({ ...base, nursingOccupancyRatio: 0.6000001 })).toEqual(['nursingOccupancyRatio']);
    expect(invalid({ ...base, beds: 0 })).toEqual(['beds']);
    expect(invalid({ ...base, beds: 1.5 })).toEqual(['beds']);
    expect(invalid({ ...base, baseSubsidyPerBed: 1.001 })).toEqual(['baseSubsidyPerBed']);
    const { cityLevel: _c, ...noFlag } = base;
    expect(invalid(noFlag)).toEqual(['cityLevel']);
    // beds 1 (the bound) is accepted
    expect(subsidy({ beds: 1 }).total).toBe(14000);
  });

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
