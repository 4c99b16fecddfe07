import { describe, expect, it } from 'vitest';
import { landEntryCheck as calc } from '../../src/policy/land-supply/land-entry-check';
import type { CompiledBundle } from '../../src/tables/model';
import { realBundle, refusal, run, requestOf } from '../helpers/calc';

/**
 * Hand-derived cases of /work/content/land-supply.calculators.md (L1–L25) on the real workbook
 * tables/land-supply.xlsx (嘉政办发〔2014〕106号). Money in fen, land in 1/10 000 mu; per-mu bounds are decided by
 * the exact cross-product amount vs minimum × area.
 */

type Input = Parameters<typeof run<typeof calc>>[1];
type Result = ReturnType<typeof run<typeof calc>>;

/** I0: the base request of the .md, which is the calculator's own example without its appraised price. */
const { appraisedPrice: _, ...I0 } = requestOf(calc, 'industrialAtTheBounds');

const check = (changes: Partial<Record<keyof Input, unknown>>, drop: (keyof Input)[] = []) => {
  const req: Record<string, unknown> = { ...I0, ...changes };
  for (const k of drop) delete req[k];
  return run(calc, req as Input);
};
const std = (r: Result, criterion: string) => r.standards.find((s) => s.criterion === criterion)!;
const exc = (r: Result, rule: string) => r.exclusions.find((s) => s.rule === rule)!;
const invalid = (changes: Record<string, unknown>) => {
  const res = calc.input.safeParse({ ...I0, ...changes });
  expect(res.success).toBe(false);
  return res.error!.issues.map((i) => i.path.join('.'));
};

/** L6: a services project at the small-project bounds, FAR/sales/tax omitted. */
const L6 = { projectType: 'services', totalInvestment: 50000000, landArea: 20 } as const;
const L6drop = ['floorAreaRatio', 'expectedSales', 'expectedTax'] as (keyof Input)[];

describe('land-entry-check: the base case and the per-mu bounds (二（一）1（3）)', () => {
  it('L1 I0: every standard exactly at its minimum is met (≥ inclusive); eligible, everything assessed, conforming price band', () => {
    const r = check({});
    // 90 000 000 ≥ 3 000 000 × 30 = 90 000 000 (equal: ≥ holds); 90 000 000 ≥ 90 000 000; 4 500 000 ≥ 150 000 × 30 = 4 500 000; 1.2 ≥ 1.0
    expect(r).toMatchObject({ eligible: true, inPrinciple: true, reasons: [], notAssessed: [] });
    expect(std(r, 'investment_intensity')).toMatchObject({
      status: 'met',
      actual: 3000000,
      unit: 'CNY/mu',
      minimum: 3000000,
      bound: 'inclusive',
      inPrinciple: true,
      citation: '嘉政办发〔2014〕106号 二（一）1（3）',
    });
    expect(std(r, 'sales_per_mu')).toMatchObject({ status: 'met', actual: 3000000, minimum: 3000000, inPrinciple: false });
    expect(std(r, 'tax_per_mu')).toMatchObject({ status: 'met', actual: 150000, minimum: 150000 });
    expect(std(r, 'floor_area_ratio')).toMatchObject({ status: 'met', actual: 1.2, minimum: 1, bound: 'inclusive' });
    // not small: 90 M > 50 M (and 30 > 20)
    expect(exc(r, 'small_project')).toMatchObject({ status: 'not_met', citation: '嘉政办发〔2014〕106号 二（一）1（2）' });
    expect(r.exclusions.map((x) => x.status)).toEqual(['not_met', 'not_met', 'not_met', 'not_met', 'not_met', 'not_met', 'not_met']);
    expect(r.startingPrice).toMatchObject({
      category: 'conforming',
      minMultiplier: 1,
      minMultiplierBase: 'appraised_price',
      minBound: 'inclusive',
      minimumStartingPrice: null,
      missingInputs: ['appraisedPrice'],
    });
    expect(r.caveats.map((c) => c.key)).toEqual([
      'entry.provincial_indicator_rule',
      'entry.provincial_indicator_values',
      'entry.evaluation.industry_thresholds',
      'exclusion.performance_class_definitions',
    ]);
    expect(r.caveats[1]).toMatchObject({ text: null, citation: '嘉政办发〔2014〕106号 二（一）1（3）' });
  });

  it('L2 investment one fen under 3 000 000/mu fails although the display rounds to 3 000 000.00', () => {
    const r = check({ totalInvestment: 89999999.99 });
    // 8 999 999 999 fen × 10 000 = 89 999 999 990 000 < 300 000 000 fen × 300 000 (30 mu in 1/10 000 mu) = 90 000 000 000 000
    // display: 89 999 999.99 / 30 = 2 999 999.99967 → half-up 3 000 000.00
    expect(std(r, 'investment_intensity')).toMatchObject({ status: 'not_met', actual: 3000000 });
    expect(r.eligible).toBe(false);
    expect(r.reasons.map((x) => x.item)).toEqual(['investment_intensity']);
    expect(r.reasons[0]!.citation).toBe('嘉政办发〔2014〕106号 二（一）1（3）');
  });

  it('L3/L4 FAR 1.0 passes (≥ 1.0 inclusive), 0.99 fails', () => {
    expect(std(check({ floorAreaRatio: 1.0 }), 'floor_area_ratio').status).toBe('met');
    expect(check({ floorAreaRatio: 1.0 }).eligible).toBe(true);
    const r = check({ floorAreaRatio: 0.99 });
    // 0.99 < 1.0
    expect(std(r, 'floor_area_ratio').status).toBe('not_met');
    expect(r.eligible).toBe(false);
    expect(r.reasons.map((x) => x.item)).toEqual(['floor_area_ratio']);
  });

  it('L5 sales and tax one fen short fail; the display rounds up to the bound', () => {
    const r = check({ expectedSales: 89999999.99, expectedTax: 4499999.99 });
    // 89 999 999.99 < 3 000 000 × 30 = 90 000 000; 4 499 999.99 < 150 000 × 30 = 4 500 000
    // 4 499 999.99 / 30 = 149 999.9997 → 150 000.00 shown
    expect(std(r, 'sales_per_mu')).toMatchObject({ status: 'not_met', actual: 3000000 });
    expect(std(r, 'tax_per_mu')).toMatchObject({ status: 'not_met', actual: 150000 });
    expect(r.eligible).toBe(false);
    expect(r.reasons.map((x) => x.item)).toEqual(['sales_per_mu', 'tax_per_mu']);
  });

  it('L22 non-integer area: 33.3333 mu', () => {
    const r = check({ landArea: 33.3333, totalInvestment: 100000000, expectedSales: 100000000, expectedTax: 5000000 });
    // 3 000 000 × 33.3333 = 99 999 900 ≤ 100 000 000; 100 000 000 / 33.3333 = 3 000 003.0000300 → 3 000 003.00
    // 150 000 × 33.3333 = 4 999 995 ≤ 5 000 000; 5 000 000 / 33.3333 = 150 000.150000 → 150 000.15
    expect(std(r, 'investment_intensity')).toMatchObject({ status: 'met', actual: 3000003 });
    expect(std(r, 'sales_per_mu')).toMatchObject({ status: 'met', actual: 3000003 });
    expect(std(r, 'tax_per_mu')).toMatchObject({ status: 'met', actual: 150000.15 });
    expect(r.eligible).toBe(true);
  });

  it('omitted sales and tax are not_assessed for an industrial project (never assumed)', () => {
    const r = check({}, ['expectedSales', 'expectedTax']);
    expect(std(r, 'sales_per_mu')).toMatchObject({ status: 'not_assessed', actual: null });
    expect(std(r, 'tax_per_mu').status).toBe('not_assessed');
    // nothing failed, two standards open: undetermined
    expect(r).toMatchObject({ eligible: null });
    expect(r.notAssessed.map((x) => [x.item, x.reason, x.fields])).toEqual([
      ['sales_per_mu', 'input-not-given', ['expectedSales']],
      ['tax_per_mu', 'input-not-given', ['expectedTax']],
    ]);
  });
});

describe('land-entry-check: exclusions (二（一）1（2）)', () => {
  it('L6 services at 50 000 000 and 20 mu: small project (both ≤ inclusive, 且) fails; services standards', () => {
    const r = check(L6, L6drop);
    // 50 000 000 ≤ 50 000 000 and 20 ≤ 20 → the small-project ground fires
    expect(exc(r, 'small_project').status).toBe('met');
    // 50 000 000 ≥ 2 000 000 × 20 = 40 000 000; 50 000 000 / 20 = 2 500 000.00
    expect(std(r, 'investment_intensity')).toMatchObject({ status: 'met', actual: 2500000, minimum: 2000000, inPrinciple: true });
    for (const c of ['floor_area_ratio', 'sales_per_mu', 'tax_per_mu']) expect(std(r, c).status).toBe('not_applicable');
    expect(exc(r, 'industrial_outside_zone').status).toBe('not_applicable');
    expect(r.eligible).toBe(false);
    expect(r.reasons.map((x) => x.item)).toEqual(['small_project']);
    // services land is not priced by 二（一）3
    expect(r.startingPrice).toBeNull();
    expect(r.startingPriceReason).toMatch(/二（一）3/);
  });

  it('L7 one fen over 50 000 000: the 且 condition fails, small project passes', () => {
    const r = check({ ...L6, totalInvestment: 50000000.01 }, L6drop);
    // 50 000 000.01 > 50 000 000
    expect(exc(r, 'small_project').status).toBe('not_met');
    expect(r.eligible).toBe(true);
  });

  it('L8 1/10 000 mu over 20 mu: small project passes; intensity 2 499 987.50', () => {
    const r = check({ ...L6, landArea: 20.0001 }, L6drop);
    // 20.0001 > 20; 50 000 000 ≥ 2 000 000 × 20.0001 = 40 000 200; 50 000 000 / 20.0001 = 2 499 987.500062 → 2 499 987.50
    expect(exc(r, 'small_project').status).toBe('not_met');
    expect(std(r, 'investment_intensity')).toMatchObject({ status: 'met', actual: 2499987.5 });
    expect(r.eligible).toBe(true);
  });

  it('L9 resettlement is exempt (拆迁安置除外)', () => {
    const r = check({ ...L6, resettlement: true }, L6drop);
    expect(exc(r, 'small_project')).toMatchObject({ status: 'not_met', detail: expect.stringContaining('拆迁安置除外') });
    expect(r.eligible).toBe(true);
  });

  it('L10 services intensity one fen under 2 000 000/mu fails; exactly 40 000 000 passes', () => {
    const r = check({ projectType: 'services', totalInvestment: 39999999.99, landArea: 20, resettlement: true }, L6drop);
    // 39 999 999.99 < 2 000 000 × 20 = 40 000 000
    expect(std(r, 'investment_intensity').status).toBe('not_met');
    expect(r.eligible).toBe(false);
    const edge = check({ projectType: 'services', totalInvestment: 40000000, landArea: 20, resettlement: true }, L6drop);
    // 40 000 000 ≥ 40 000 000 (inclusive)
    expect(std(edge, 'investment_intensity')).toMatchObject({ status: 'met', actual: 2000000 });
    expect(edge.eligible).toBe(true);
  });

  it('L11 an industrial project outside a development zone fails', () => {
    const r = check({ zone: 'outside' });
    expect(exc(r, 'industrial_outside_zone').status).toBe('met');
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual([
      expect.objectContaining({ item: 'industrial_outside_zone', citation: '嘉政办发〔2014〕106号 二（一）1（2）' }),
    ]);
  });

  it('L12 recognised producer services outside a zone: ground not applicable, services standard, industrial price rule', () => {
    const r = check({ projectType: 'producer-services', zone: 'outside' }, L6drop);
    // 90 000 000 / 30 = 3 000 000 ≥ 2 000 000 (services row)
    expect(exc(r, 'industrial_outside_zone').status).toBe('not_applicable');
    expect(std(r, 'investment_intensity')).toMatchObject({ status: 'met', actual: 3000000, minimum: 2000000 });
    expect(r.eligible).toBe(true);
    expect(r.startingPrice).toMatchObject({ category: 'conforming', citation: '嘉政办发〔2014〕106号 二（一）3（1）②' });
    const price = r.trace.steps.find((s) => s.name.en.startsWith('starting price'))!;
    expect(price.parameters).toContain('price.producer_services_rule');
    expect(r.trace.parameters['price.producer_services_rule']!.citation).toBe('嘉政办发〔2014〕106号 二（一）3（2）');
    expect(price.formula.zh).toContain('经认定的重点生产性服务业项目按工业用地供地，嘉政办发〔2014〕106号 二（一）3（2）');
  });

  it('L13/L14 classes C and D fail; A and unrated pass', () => {
    for (const c of ['C', 'D']) {
      const r = check({ enterpriseClass: c });
      expect(exc(r, 'performance_class').status).toBe('met');
      expect(r.eligible).toBe(false);
    }
    for (const c of ['A', null]) {
      const r = check({ enterpriseClass: c });
      expect(exc(r, 'performance_class').status).toBe('not_met');
      expect(r.eligible).toBe(true);
    }
    expect(exc(check({}, ['enterpriseClass']), 'performance_class').status).toBe('not_met');
  });

  it('L15 an omitted qualitative ground is not_assessed: eligible undetermined (null)', () => {
    const r = check({}, ['twoHighOneResource']);
    expect(exc(r, 'two_high_one_resource').status).toBe('not_assessed');
    expect(r).toMatchObject({ eligible: null });
    expect(r.notAssessed).toEqual([
      {
        item: 'two_high_one_resource',
        reason: 'input-not-given',
        fields: ['twoHighOneResource'],
        text: {
          zh: '未提供 twoHighOneResource：无法判断是否属于「“两高一资”项目」',
          en: 'twoHighOneResource not given: the ground two_high_one_resource is not assessed',
        },
      },
    ]);
  });

  it('a qualitative ground answered true fails: two highs, obsolete capacity, layout, not upgrading', () => {
    expect(exc(check({ twoHighOneResource: true }), 'two_high_one_resource').status).toBe('met');
    expect(exc(check({ obsoleteCapacity: true }), 'obsolete_capacity').status).toBe('met');
    expect(exc(check({ layoutNeedsAdjustment: true }), 'layout_adjustment').status).toBe('met');
    expect(check({ layoutNeedsAdjustment: true }).reasons.map((x) => x.item)).toEqual(['layout_adjustment']);
  });

  it('L23 other projects: no standard applies; 10 M on 5 mu is a small project; no price rule', () => {
    const r = check({ projectType: 'other', totalInvestment: 10000000, landArea: 5 }, L6drop);
    // 10 000 000 ≤ 50 000 000 and 5 ≤ 20
    expect(r.standards.map((s) => s.status)).toEqual(['not_applicable', 'not_applicable', 'not_applicable', 'not_applicable']);
    expect(exc(r, 'small_project').status).toBe('met');
    expect(r.eligible).toBe(false);
    expect(r.startingPrice).toBeNull();
  });
});

describe('land-entry-check: starting price (二（一）3（1）)', () => {
  it('L16 priority: 70% of 123.45 = 86.415 → 86.42 floor; the appraisal 100.00 is the top', () => {
    const r = check({ priority: true, gradeMinimumPrice: 123.45, appraisedPrice: 100 });
    // 12 345 fen × 0.7 = 8 641.5 fen → half-up 8 642 fen = 86.42; 100.00 ≥ 86.42
    expect(r.startingPrice).toMatchObject({
      category: 'priority',
      minMultiplier: 0.7,
      minMultiplierBase: 'grade_minimum_price',
      minBound: 'inclusive',
      appraisedMultiplier: { min: null, minBound: null, max: 1, maxBound: 'inclusive' },
      gradeMinimumMultiplier: { min: 0.7, minBound: 'inclusive', max: null, maxBound: null },
      minimumStartingPrice: 86.42,
      maximumStartingPrice: 100,
      unit: 'CNY/m2',
      missing: [],
      citation: '嘉政办发〔2014〕106号 二（一）3（1）①',
    });
  });

  it('L17 priority: the mandatory floor 140.00 wins over an appraisal of 120.00', () => {
    const r = check({ priority: true, gradeMinimumPrice: 200, appraisedPrice: 120 });
    // 200 × 0.7 = 140 > 120
    expect(r.startingPrice).toMatchObject({ minimumStartingPrice: 140, maximumStartingPrice: 140 });
  });

  it('L18 priority without the grade minimum price: no floor, missing names price.grade_minimum_price (200, not 422)', () => {
    const r = check({ priority: true, appraisedPrice: 100 });
    expect(r.startingPrice).toMatchObject({
      category: 'priority',
      minimumStartingPrice: null,
      maximumStartingPrice: null,
      missingInputs: ['gradeMinimumPrice'],
    });
    expect(r.startingPrice!.missing).toEqual([
      expect.objectContaining({ key: 'price.grade_minimum_price', citation: '嘉政办发〔2014〕106号 二（一）3（1）①' }),
    ]);
  });

  it('L19 not upgrading: ground fails; nonconforming band ≥ 1.2 × 333.33 = 400.00, no cap', () => {
    const r = check({ conformsToUpgrading: false, appraisedPrice: 333.33 });
    // 33 333 fen × 1.2 = 39 999.6 fen → half-up 40 000 fen = 400.00
    expect(exc(r, 'not_upgrading').status).toBe('met');
    expect(r.eligible).toBe(false);
    expect(r.startingPrice).toMatchObject({
      category: 'nonconforming',
      minMultiplier: 1.2,
      minMultiplierBase: 'appraised_price',
      minBound: 'inclusive',
      minimumStartingPrice: 400,
      maximumStartingPrice: null,
      citation: '嘉政办发〔2014〕106号 二（一）3（1）③',
    });
  });

  it('L20 conforming: exactly the appraised price 333.33', () => {
    const r = check({ appraisedPrice: 333.33 });
    expect(r.startingPrice).toMatchObject({
      category: 'conforming',
      minimumStartingPrice: 333.33,
      maximumStartingPrice: 333.33,
      missingInputs: [],
    });
  });
});

describe('land-entry-check: refusals and validation', () => {
  it('L21 priority without conformity is a validation error on priority', () => {
    expect(invalid({ priority: true, conformsToUpgrading: false })).toEqual(['priority']);
  });

  it('L24 the day before 106号 is in force: 422 not-in-force', () => {
    const p = refusal(calc, { ...I0, date: '2015-01-14' });
    expect(p).toMatchObject({ status: 422, type: '/problems/not-in-force' });
    expect((p as { parameter: { table: string } }).parameter.table).toBe('land-supply');
    // the first day in force works
    expect(check({ date: '2015-01-15' }).eligible).toBe(true);
  });

  it('L25 land area 0, negative investment, too many decimals and unknown fields are rejected', () => {
    expect(invalid({ landArea: 0 })).toEqual(['landArea']);
    expect(invalid({ totalInvestment: -1 })).toEqual(['totalInvestment']);
    expect(invalid({ landArea: 20.00001 })).toEqual(['landArea']);
    expect(invalid({ totalInvestment: 1.001 })).toEqual(['totalInvestment']);
    expect(invalid({ appraisedPrice: 0 })).toEqual(['appraisedPrice']);
    expect(invalid({ projectType: 'warehouse' })).toEqual(['projectType']);
    expect(invalid({ acreage: 5 })).toEqual(['']);
  });

  it('every trace step cites 106号 and the table version', () => {
    const r = check({ priority: true, gradeMinimumPrice: 123.45, appraisedPrice: 100 });
    for (const s of r.trace.steps) expect(s.rule).toMatch(/^嘉政办发〔2014〕106号 /);
    for (const u of Object.values(r.trace.parameters)) expect(u).toMatchObject({ table: 'land-supply', version: expect.any(String) });
    const intensity = r.trace.steps.find((s) => s.name.en.startsWith('standard: investment_intensity'))!;
    const min = intensity.parameters.find((k) => k.endsWith('.per_mu_min'))!;
    expect(r.trace.parameters[min]).toMatchObject({ value: 3000000, unit: 'CNY/mu' });
    expect(intensity.formula.en).toContain('3000000 × 30 mu = 90000000');
    expect(intensity.formula.zh).toContain('每亩不低于 3000000 元 × 30 亩 = 90000000 元');
  });
});

describe('land-entry-check: every figure comes from the workbook', () => {
  /** A copy of the real bundle with one land-supply row changed. */
  const edited = (edit: (t: CompiledBundle['tables'][string]) => void) => {
    const b = structuredClone(realBundle());
    edit(b.tables['land-supply']!);
    return b;
  };
  const row = (t: CompiledBundle['tables'][string], sheet: string, match: Record<string, string>) =>
    t.scales.find((s) => s.id === sheet)!.rows.find((r) => Object.entries(match).every(([k, v]) => r.cells[k] === v))!;

  it('a lower industrial minimum in the workbook changes the answer (L2 then passes)', () => {
    const b = edited((t) => {
      row(t, 'entry_standards', { project_type: 'industrial', criterion: 'investment_intensity' }).ranges.per_mu!.min = 2999999.99;
    });
    // 89 999 999.99 ≥ 2 999 999.99 × 30 = 89 999 999.70
    const r = run(calc, { ...I0, totalInvestment: 89999999.99 }, b);
    expect(r.standards[0]).toMatchObject({ status: 'met', minimum: 2999999.99 });
  });

  it('an exclusive bound is honoured: small project "< 50 000 000" lets exactly 50 000 000 through', () => {
    const b = edited((t) => {
      row(t, 'exclusions', { rule: 'small_project' }).ranges.total_investment!.maxInclusive = false;
    });
    const r = run(calc, { ...I0, ...L6 }, b);
    expect(r.exclusions.find((x) => x.rule === 'small_project')!.status).toBe('not_met');
  });

  it('a standard row without a bound is 422 not-published naming it', () => {
    const b = edited((t) => {
      row(t, 'entry_standards', { project_type: 'industrial', criterion: 'investment_intensity' }).ranges.per_mu!.min = null;
    });
    expect(refusal(calc, I0, b)).toMatchObject({
      type: '/problems/not-published',
      parameter: { table: 'land-supply', key: 'entry_standards.investment_intensity' },
    });
  });

  it('an empty price basis cell is 422 not-published naming starting_price.basis', () => {
    const b = edited((t) => {
      row(t, 'starting_price', { category: 'conforming' }).cells.basis = null;
    });
    expect(refusal(calc, I0, b)).toMatchObject({ type: '/problems/not-published', parameter: { key: 'starting_price.basis' } });
  });

  it('a sheet with no row in force is 422 not-in-force naming the sheet', () => {
    const b = edited((t) => {
      t.scales.find((s) => s.id === 'entry_standards')!.rows = [];
    });
    expect(refusal(calc, I0, b)).toMatchObject({ type: '/problems/not-in-force', parameter: { key: 'entry_standards' } });
  });
});

describe('land-entry-check: 拆迁安置除外 not answered → the ground is not assessed, never a fail', () => {
  it('L6 without resettlement: small project not_assessed (not met), eligible undetermined (null)', () => {
    // 50 000 000 ≤ 50 000 000 and 20 ≤ 20: the ground's conditions hold, but a resettlement project would be exempt
    const r = check(L6, [...L6drop, 'resettlement']);
    expect(exc(r, 'small_project')).toMatchObject({
      status: 'not_assessed',
      detail: expect.stringMatching(/resettlement not given: a resettlement project would be exempt \(拆迁安置除外\)$/),
    });
    expect(r).toMatchObject({ eligible: null, reasons: [] });
    expect(r.notAssessed.map((x) => [x.item, x.fields])).toEqual([['small_project', ['resettlement']]]);
    const step = r.trace.steps.find((s) => s.name.en === 'exclusion: small_project')!;
    expect(step).toMatchObject({ result: 'not_assessed', inputs: expect.objectContaining({ resettlement: null }) });
    expect(step.formula).toEqual({
      zh: '总投资5000万元以下且用地面积20亩以下（拆迁安置除外）项目：总投资 50,000,000.00 元，不超过 50000000 元，用地面积 20 亩，不超过 20 亩；但未说明是否拆迁安置项目，拆迁安置项目除外，未评估',
      en: '总投资5000万元以下且用地面积20亩以下（拆迁安置除外）项目: total investment 50000000.00 is ≤ 50000000 and land 20 mu is ≤ 20, but resettlement not given: a resettlement project would be exempt (拆迁安置除外) → not_assessed',
    });
  });

  it('resettlement false: the ground fails (the decision the old default gave, now only when answered)', () => {
    const r = check({ ...L6, resettlement: false }, L6drop);
    expect(exc(r, 'small_project').status).toBe('met');
    expect(r).toMatchObject({ eligible: false, notAssessed: [], reasons: [expect.objectContaining({ item: 'small_project' })] });
  });

  it('resettlement true: exempt, passes', () => {
    expect(exc(check({ ...L6, resettlement: true }, L6drop), 'small_project').status).toBe('not_met');
  });

  it('resettlement not given does not matter when a condition of the ground does not hold (one fen over 50 000 000)', () => {
    const r = check({ ...L6, totalInvestment: 50000000.01 }, [...L6drop, 'resettlement']);
    // 50 000 000.01 > 50 000 000: the 且 condition fails before the exemption is looked at
    expect(exc(r, 'small_project').status).toBe('not_met');
    expect(r).toMatchObject({ eligible: true, notAssessed: [] });
  });

  it('a ground that fails on answered inputs still makes eligible false while the small-project ground is not assessed', () => {
    // industrial, 50 000 000 on 20 mu outside a zone: small project not assessed (resettlement not given),
    // outside-zone fails (zone given); 50 000 000 < 3 000 000 × 20 = 60 000 000 fails the intensity standard
    const r = check({ ...L6, projectType: 'industrial', zone: 'outside' }, ['resettlement']);
    expect(exc(r, 'small_project').status).toBe('not_assessed');
    expect(exc(r, 'industrial_outside_zone').status).toBe('met');
    // decided false by the grounds assessed, the small-project ground still open
    expect(r).toMatchObject({ eligible: false });
    expect(r.notAssessed.map((x) => x.item)).toEqual(['small_project']);
    expect(r.reasons.map((x) => x.item)).toEqual(['industrial_outside_zone', 'investment_intensity']);
  });

  it('the published input schema no longer defaults resettlement to false', () => {
    expect(calc.input.safeParse({ ...I0, resettlement: undefined }).data).not.toHaveProperty('resettlement', false);
  });
});
