import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { elderlyCareHousingFacility as calc } from '../../src/policy/elderly-care/elderly-care-housing-facility';
import { areaOf, areaOfParameter, areaTimesRatio, formatArea } from '../../src/engine/area';
import type { Ppm } from '../../src/engine/money';
import type { CompiledBundle } from '../../src/tables/model';
import { refusal, run } from '../helpers/calc';
import { columnOf, editWorkbook, rowWhere, setCell, tempTablesDir } from '../helpers/workbooks';

const D = '2015-06-01';
const project = (projectTotalFloorArea: number, extra: Record<string, unknown> = {}) =>
  run(calc, { date: D, projectTotalFloorArea, ...extra });
const invalid = (req: unknown) => {
  const r = calc.input.safeParse(req);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => i.path.join('.'));
};

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

describe('elderly-care-housing-facility: project requirement (嘉政发〔2014〕86号 二（三）12（2）)', () => {
  it('H1: 50 000 m² → 2‰ = 100 m² > 20: the ratio binds', () => {
    const r = project(50000);
    expect(r.project).toEqual({
      ratio: 0.002,
      ratioArea: 100,
      minimumArea: 20,
      requiredArea: 100,
      binding: 'ratio',
      areaBasis: 'net internal floor area (套内建筑面积)',
      mandatory: true,
    });
    expect(r.blocks).toBeNull();
    expect(r.compliance).toBeNull();
    expect(r.trace.steps[0]).toMatchObject({
      rule: '嘉政发〔2014〕86号 二（三）12（2）',
      result: 100,
      parameters: ['housing.home_care_area_ratio_min'],
      formula: {
        zh: '项目总建筑面积 50000 平方米 × 0.2% = 100 平方米（精确值，不舍入）',
        en: '50000 m² × 0.2% = 100 m² (exact, not rounded)',
      },
    });
    expect(r.trace.parameters['housing.home_care_area_ratio_min']).toMatchObject({ value: 0.002, table: 'elderly-care' });
    expect(r.trace.steps[1]!.parameters).toEqual(['housing.home_care_area_min']);
    expect(r.trace.parameters['housing.home_care_area_min']).toMatchObject({ value: 20, unit: 'm2' });
  });

  it('H2: 10 000 m² (the bound) → 20 = 20: both', () => {
    expect(project(10000).project).toMatchObject({ ratioArea: 20, requiredArea: 20, binding: 'both' });
  });

  it('H3: 9 999.99 m² (just below) → 19.99998 < 20: the minimum binds', () => {
    // 999 999 hundredths × 2 000 ppm = 1 999 998 000 × 10⁻⁸ m² = 19.99998 m²
    expect(project(9999.99).project).toMatchObject({ ratioArea: 19.99998, requiredArea: 20, binding: 'minimum' });
  });

  it('H4: 10 000.01 m² (just above) → 20.00002, exact, not rounded', () => {
    // 1 000 001 × 2 000 = 2 000 002 000 × 10⁻⁸ = 20.00002
    expect(project(10000.01).project).toMatchObject({ ratioArea: 20.00002, requiredArea: 20.00002, binding: 'ratio' });
  });

  it('H5: 8 000 m² → 16 < 20: the minimum binds', () => {
    expect(project(8000).project).toMatchObject({ ratioArea: 16, requiredArea: 20, binding: 'minimum' });
  });
});

describe('elderly-care-housing-facility: compliance (不低于: equality complies)', () => {
  it('H6: provided exactly the requirement → compliant, shortfall 0', () => {
    expect(project(50000, { providedArea: 100 }).compliance).toMatchObject({
      providedArea: 100,
      requiredArea: 100,
      compliant: true,
      shortfall: 0,
    });
  });

  it('H7: provided 99.99 of 100 → not compliant, shortfall 0.01; cash rate not published', () => {
    const c = project(50000, { providedArea: 99.99 }).compliance!;
    expect(c).toMatchObject({ compliant: false, shortfall: 0.01, shortfallSettlement: { rate: null, cash: null } });
    expect(c.shortfallSettlement.missing).toEqual([
      expect.objectContaining({ key: 'housing.shortfall_cash_rate', reason: 'not-published' }),
    ]);
  });

  it('H8: 12 345.67 m², provided 24.69 → required 24.69134, shortfall 0.00134', () => {
    // 1 234 567 × 2 000 = 2 469 134 000 × 10⁻⁸ = 24.69134; 24.69134 − 24.69 = 0.00134
    const r = project(12345.67, { providedArea: 24.69 });
    expect(r.project).toMatchObject({ ratioArea: 24.69134, requiredArea: 24.69134 });
    expect(r.compliance).toMatchObject({ compliant: false, shortfall: 0.00134 });
  });

  it('a small project providing the 20 m² minimum complies; 19.99 does not', () => {
    expect(project(8000, { providedArea: 20 }).compliance).toMatchObject({ compliant: true, shortfall: 0 });
    expect(project(8000, { providedArea: 19.99 }).compliance).toMatchObject({ compliant: false, shortfall: 0.01 });
  });
});

describe('elderly-care-housing-facility: blocks (encouraged, per block then summed, no 20 m² floor)', () => {
  it('H9: 8 000 m² project with blocks of 30 000 and 5 000 → project 20, blocks 60 + 10 = 70', () => {
    const r = project(8000, {
      blocks: [
        { id: 'B1', residentialFloorArea: 30000 },
        { id: 'B2', residentialFloorArea: 5000 },
      ],
    });
    expect(r.project).toMatchObject({ requiredArea: 20, binding: 'minimum' });
    expect(r.blocks).toEqual({
      ratio: 0.002,
      encouraged: true,
      perBlock: [
        { id: 'B1', residentialFloorArea: 30000, requiredArea: 60 },
        { id: 'B2', residentialFloorArea: 5000, requiredArea: 10 },
      ],
      totalRequiredArea: 70,
    });
  });

  it('H10: the same blocks in the other order → same total, perBlock in input order', () => {
    const r = project(8000, {
      blocks: [
        { id: 'B2', residentialFloorArea: 5000 },
        { id: 'B1', residentialFloorArea: 30000 },
      ],
    });
    expect(r.blocks!.perBlock.map((b: { id: string | null }) => b.id)).toEqual(['B2', 'B1']);
    expect(r.blocks!.totalRequiredArea).toBe(70);
  });

  it('H11: the floor applies to the project, not the block: 9 000 m² block → 18', () => {
    const r = project(9000, { blocks: [{ id: 'B', residentialFloorArea: 9000 }] });
    expect(r.project.requiredArea).toBe(20);
    expect(r.blocks!.perBlock[0]!.requiredArea).toBe(18);
    // blocks never change the project's own requirement or its compliance check
    expect(project(9000, { blocks: [{ residentialFloorArea: 100000 }], providedArea: 20 }).compliance).toMatchObject({
      requiredArea: 20,
      compliant: true,
    });
  });

  it('exact sums across blocks: 0.01 + 0.02 m² blocks', () => {
    // 1 × 2 000 + 2 × 2 000 = 6 000 × 10⁻⁸ = 0.00006
    const r = project(50000, { blocks: [{ residentialFloorArea: 0.01 }, { residentialFloorArea: 0.02 }] });
    expect(r.blocks!.totalRequiredArea).toBe(0.00006);
    expect(r.blocks!.perBlock[0]!.id).toBeNull();
  });
});

describe('elderly-care-housing-facility: input and dates', () => {
  it('H12: area 0, negative, more than two decimals, above the request limit → invalid input', () => {
    expect(invalid({ date: D, projectTotalFloorArea: 0 })).toEqual(['projectTotalFloorArea']);
    expect(invalid({ date: D, projectTotalFloorArea: -5 })).toEqual(['projectTotalFloorArea']);
    expect(invalid({ date: D, projectTotalFloorArea: 100.005 })).toEqual(['projectTotalFloorArea']);
    expect(invalid({ date: D, projectTotalFloorArea: 10000000.01 })).toEqual(['projectTotalFloorArea']);
    expect(invalid({ date: D, projectTotalFloorArea: 100, providedArea: -1 })).toEqual(['providedArea']);
    expect(invalid({ date: D, projectTotalFloorArea: 100, blocks: [{ residentialFloorArea: 0 }] })).toEqual([
      'blocks.0.residentialFloorArea',
    ]);
    expect(invalid({ projectTotalFloorArea: 100 })).toEqual(['date']);
    // the limit itself is accepted; providedArea 0 is allowed
    expect(project(10000000, { providedArea: 0 }).project.requiredArea).toBe(20000);
  });

  it('H13: 2014-12-31 (before the assumed in-force date) → 422 not-in-force naming the housing keys', () => {
    const p = refusal(calc, { date: '2014-12-31', projectTotalFloorArea: 50000, blocks: [{ residentialFloorArea: 1 }] }) as unknown as {
      status: number;
      type: string;
      missing: { key: string; reason: string }[];
    };
    expect(p).toMatchObject({ status: 422, type: '/problems/not-in-force' });
    expect(p.missing.map((m) => m.key)).toEqual([
      'housing.home_care_area_ratio_min',
      'housing.home_care_area_min',
      'housing.block_home_care_area_ratio_min',
    ]);
    // first day in force: 2015-01-01 (inclusive)
    expect(run(calc, { date: '2015-01-01', projectTotalFloorArea: 50000 }).project.requiredArea).toBe(100);
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
