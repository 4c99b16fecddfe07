import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { residentMedicalFunding as calc } from '../../src/policy/resident-medical-insurance/resident-medical-funding';
import { EngineError } from '../../src/engine/errors';
import type { CompiledBundle } from '../../src/tables/model';
import { refusal, run } from '../helpers/calc';
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

const invalid = (req: unknown) => {
  const r = calc.input.safeParse(req);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => i.path.join('.'));
};

describe('resident-medical-funding: funding standard (嘉政办发〔2014〕101号 一)', () => {
  it('F1: 10 persons in 2015 → 8200 / 2900 / 5300, by level 2920 / 1430 / 950; premium base missing', () => {
    const r = run(calc, { year: 2015, persons: 10 });
    // 820×10 = 8200; 290×10 = 2900; 530×10 = 5300; 292×10 = 2920; 143×10 = 1430; 95×10 = 950
    expect(r).toMatchObject({
      year: 2015,
      persons: 10,
      total: 8200,
      individual: 2900,
      publicFinance: 5300,
      byLevel: { provinceAndCity: 2920, district: 1430, town: 950 },
    });
    expect(r.perPerson).toEqual({
      total: 820,
      individual: 290,
      publicFinance: 530,
      byLevel: { provinceAndCity: 292, district: 143, town: 95 },
    });
    // base year 2015 − 2 = 2013; the base income is not published and not given → reported missing, funding still answered
    expect(r.criticalIllness).toMatchObject({ baseYear: 2013, perPerson: null, total: null, includedInTotal: false, rate: 0.002 });
    expect(r.criticalIllness.missing).toEqual([
      expect.objectContaining({ key: 'critical_illness.base_income', reason: 'not-published', date: '2015-01-01' }),
    ]);
    const first = r.trace.steps[0]!;
    expect(first.rule).toBe('嘉政办发〔2014〕101号 一');
    expect(first.parameters).toContain('funding.total');
    expect(r.trace.parameters['funding.total']).toMatchObject({
      value: 820,
      unit: 'CNY/person/year',
      table: RMI,
      from: '2015-01-01',
    });
    expect(first.formula.zh).toContain('个人缴费 290.00 元 + 财政补贴 530.00 元 = 820.00 元（筹资标准 820.00 元）');
    expect(first.formula.zh).toContain('筹资总额 820.00 元 × 10 = 8,200.00 元');
    // the premium is not computed: its step says why, citing the rate and the base year it did read
    const premium = r.trace.steps[1]!;
    expect(premium.name.en).toBe('critical-illness premium per insured person');
    expect(premium.result).toBeNull();
    expect(premium.formula).toEqual({
      zh: '基数年度 2015 − 2 = 2013 年；本市上上年度农村居民人均纯收入请求未给出、数据表也没有，大病保险费不计算',
      en: 'base year 2015 − 2 = 2013; premium not computed: critical_illness.base_income (not-published)',
    });
    expect(premium.parameters).toEqual(
      expect.arrayContaining(['critical_illness.premium_rate', 'critical_illness.base_year_lag', 'critical_illness.funded_from']),
    );
  });

  it('F2: persons = 1 (the lower bound, included) → the per-person figures', () => {
    const r = run(calc, { year: 2015, persons: 1 });
    expect([r.total, r.individual, r.publicFinance]).toEqual([820, 290, 530]);
    expect(r.byLevel).toEqual({ provinceAndCity: 292, district: 143, town: 95 });
  });

  it('F3: persons = 0 (below the bound) and fractional persons are invalid input', () => {
    expect(invalid({ year: 2015, persons: 0 })).toEqual(['persons']);
    expect(invalid({ year: 2015, persons: 1.5 })).toEqual(['persons']);
    expect(invalid({ year: 2015, persons: 10, extra: 1 })).toEqual(['']);
  });

  it('F4: 12 345 persons, exact integer products', () => {
    const r = run(calc, { year: 2015, persons: 12345 });
    // 820×12345 = 10 122 900; 290×12345 = 3 580 050; 530×12345 = 6 542 850
    // 292×12345 = 3 604 740; 143×12345 = 1 765 335; 95×12345 = 1 172 775; sum = 6 542 850 ✓
    expect(r).toMatchObject({
      total: 10122900,
      individual: 3580050,
      publicFinance: 6542850,
      byLevel: { provinceAndCity: 3604740, district: 1765335, town: 1172775 },
    });
  });

  it('F5: 2014 (before the rows) → 422 not-in-force naming all six funding keys', () => {
    const p = refusal(calc, { year: 2014, persons: 10 }) as unknown as {
      status: number;
      type: string;
      parameter: { key: string };
      missing: { key: string; reason: string; date: string }[];
    };
    expect(p.status).toBe(422);
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.parameter.key).toBe('funding.total');
    expect(p.missing.map((m) => m.key)).toEqual([
      'funding.total',
      'funding.individual',
      'funding.subsidy.total',
      'funding.subsidy.province_and_city',
      'funding.subsidy.district',
      'funding.subsidy.town',
    ]);
    expect(p.missing.every((m) => m.reason === 'not-in-force' && m.date === '2014-01-01')).toBe(true);
  });

  it('F6: 2016 (after the rows: 2015年度 only) → 422 not-in-force, same six keys', () => {
    const p = refusal(calc, { year: 2016, persons: 10 }) as unknown as { type: string; missing: { key: string; date: string }[] };
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.missing).toHaveLength(6);
    expect(p.missing[0]).toMatchObject({ key: 'funding.total', date: '2016-01-01' });
  });
});

describe('resident-medical-funding: critical-illness premium (rate × 上上年度 rural income, half-up to the fen)', () => {
  it('F7: base 16 000 → 32.00 per person, 320.00 for 10; never added to the total', () => {
    // 1 600 000 fen × 0.002 = 3 200 fen; × 10 = 32 000 fen
    const r = run(calc, { year: 2015, persons: 10, ruralNetIncomePerCapita: 16000 });
    expect(r.criticalIllness).toEqual({
      baseYear: 2013,
      baseIncome: 16000,
      baseSource: 'request',
      rate: 0.002,
      perPerson: 32,
      total: 320,
      fundedFrom: expect.stringContaining('从居民医保基金中统一划转'),
      includedInTotal: false,
      missing: [],
    });
    expect(r.total).toBe(8200);
    const premium = r.trace.steps.find((s) => s.name.en.startsWith('critical-illness premium per'))!;
    expect(premium.rule).toBe('嘉政办发〔2014〕101号 一');
    expect(premium.parameters).toContain('critical_illness.premium_rate');
    expect(r.trace.parameters['critical_illness.premium_rate']).toMatchObject({ value: 0.002 });
    expect(premium.formula).toEqual({
      zh: '基数年度 2015 − 2 = 2013 年；本市 2013 年农村居民人均纯收入 16,000.00 元（请求所给）× 0.2% = 32.00 元（四舍五入到分）',
      en: 'base year 2015 − 2 = 2013; 16,000.00 × 0.2% = 32.00 (half-up to the fen)',
    });
  });

  it('F8: base 15 678.77, 3 persons → 31.36 per person, 94.08; funding 2460 / 870 / 1590', () => {
    // 1 567 877 × 0.002 = 3 135.754 → 3 136 fen; × 3 = 9 408 fen
    const r = run(calc, { year: 2015, persons: 3, ruralNetIncomePerCapita: 15678.77 });
    expect(r.criticalIllness).toMatchObject({ perPerson: 31.36, total: 94.08 });
    expect(r).toMatchObject({
      total: 2460,
      individual: 870,
      publicFinance: 1590,
      byLevel: { provinceAndCity: 876, district: 429, town: 285 },
    });
  });

  it('F9: an exact half fen rounds up: 12 342.50 → 24.69', () => {
    // 1 234 250 × 0.002 = 2 468.5 → 2 469 fen
    expect(run(calc, { year: 2015, persons: 1, ruralNetIncomePerCapita: 12342.5 }).criticalIllness.perPerson).toBe(24.69);
  });

  it('F10: just below the half: 12 342.49 → 24.68', () => {
    // 1 234 249 × 0.002 = 2 468.498 → 2 468 fen
    expect(run(calc, { year: 2015, persons: 1, ruralNetIncomePerCapita: 12342.49 }).criticalIllness.perPerson).toBe(24.68);
  });

  it('F11: a base with more than two decimals or negative is invalid input', () => {
    expect(invalid({ year: 2015, persons: 1, ruralNetIncomePerCapita: 100.001 })).toEqual(['ruralNetIncomePerCapita']);
    expect(invalid({ year: 2015, persons: 1, ruralNetIncomePerCapita: -1 })).toEqual(['ruralNetIncomePerCapita']);
  });

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
