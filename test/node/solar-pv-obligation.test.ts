import { describe, expect, it } from 'vitest';
import { solarPvObligation as calc } from '../../src/policy/solar-pv/solar-pv-obligation';
import type { CompiledBundle } from '../../src/tables/model';
import { realBundle, refusal, run } from '../helpers/calc';

/**
 * Hand-derived cases of /work/content/solar-pv.calculators.md (S1–S15) on the real workbook
 * tables/solar-pv.xlsx (嘉政发〔2014〕84号 一（一）): energy > 3000 tce (超过, strict), total roof ≥ 5000 m²
 * (达…以上, inclusive, industrial plants only), single roof ≥ 1000 m² (以上, inclusive, plants and civil buildings).
 */

type Input = Parameters<typeof run<typeof calc>>[1];
type Result = ReturnType<typeof run<typeof calc>>;
const CITE = '嘉政发〔2014〕84号 一（一）';

const check = (req: Partial<Input>) => run(calc, { date: '2015-03-01', isNew: true, ...req } as Input);
const row = (r: Result, subject: string, criterion: string) => r.criteria.find((c) => c.subject === subject && c.criterion === criterion)!;
const statuses = (r: Result) => r.criteria.map((c) => `${c.subject}.${c.criterion}:${c.status}`);
const invalid = (req: Record<string, unknown>) => {
  const res = calc.input.safeParse({ date: '2015-03-01', projectKind: 'project', isNew: true, ...req });
  expect(res.success).toBe(false);
  return res.error!.issues.map((i) => i.path.join('.'));
};

describe('solar-pv-obligation: the energy trigger (超过 3000 tce, strict)', () => {
  it('S1 exactly 3000 tce does not trigger; roof rows not applicable to an enterprise', () => {
    const r = check({ projectKind: 'enterprise', annualEnergyTce: 3000, roofSuitable: true });
    // 3000 > 3000 is false
    expect(r).toMatchObject({ mustBuild: false, thresholdMet: false, subjectToRoofSuitability: false, duties: [], notAssessed: [] });
    expect(row(r, 'enterprise_or_project', 'annual_energy')).toEqual({
      criterion: 'annual_energy',
      subject: 'enterprise_or_project',
      status: 'not_met',
      input: 3000,
      unit: 'tce',
      threshold: 3000,
      bound: 'exclusive',
      comparison: '> 3000',
      citation: CITE,
    });
    expect(statuses(r)).toEqual([
      'enterprise_or_project.annual_energy:not_met',
      'industrial_factory.total_roof_area:not_applicable',
      'civil_building.single_roof_area:not_applicable',
      'industrial_factory.single_roof_area:not_applicable',
    ]);
    expect(r.reasons[0]).toMatch(/no trigger met/);
  });

  it('S2 3000.01 tce triggers', () => {
    const r = check({ projectKind: 'enterprise', annualEnergyTce: 3000.01, roofSuitable: true });
    // 3000.01 > 3000
    expect(r).toMatchObject({ mustBuild: true, thresholdMet: true });
    expect(row(r, 'enterprise_or_project', 'annual_energy').status).toBe('met');
    expect(r.reasons).toEqual([`new enterprise or project with annual comprehensive energy use 3000.01 tce > 3000 tce (${CITE})`]);
  });

  it('S11 the energy trigger covers a civil building too (企业（项目）)', () => {
    const r = check({ projectKind: 'civil-building', annualEnergyTce: 3500, largestSingleRoofArea: 500, roofSuitable: true });
    // 3500 > 3000; 500 < 1000
    expect(r.mustBuild).toBe(true);
    expect(statuses(r)).toEqual([
      'enterprise_or_project.annual_energy:met',
      'industrial_factory.total_roof_area:not_applicable',
      'civil_building.single_roof_area:not_met',
      'industrial_factory.single_roof_area:not_applicable',
    ]);
  });
});

describe('solar-pv-obligation: the roof triggers (达…以上 / 以上, inclusive)', () => {
  it('S3 a plant with exactly 5000 m² of roof must build', () => {
    const r = check({
      projectKind: 'industrial-factory',
      totalRoofArea: 5000,
      largestSingleRoofArea: 800,
      annualEnergyTce: 100,
      roofSuitable: true,
    });
    // 5000 ≥ 5000 (inclusive); 800 < 1000; 100 ≤ 3000
    expect(r).toMatchObject({ mustBuild: true, thresholdMet: true, subjectToRoofSuitability: false });
    expect(statuses(r)).toEqual([
      'enterprise_or_project.annual_energy:not_met',
      'industrial_factory.total_roof_area:met',
      'civil_building.single_roof_area:not_applicable',
      'industrial_factory.single_roof_area:not_met',
    ]);
    expect(row(r, 'industrial_factory', 'total_roof_area')).toMatchObject({
      threshold: 5000,
      bound: 'inclusive',
      comparison: '≥ 5000',
      unit: 'm2',
    });
    expect(r.reasons).toEqual([`new industrial plant with total roof area 5000 m² ≥ 5000 m² (${CITE})`]);
    expect(r.duties.map((d) => [d.duty, d.citation])).toEqual([
      ['simultaneity', '嘉政发〔2014〕84号 一（三）'],
      ['standards_and_qualifications', '嘉政发〔2014〕84号 一（五）'],
    ]);
    // no capacity or share is required: a note, no figure
    expect(r.notes).toEqual([expect.objectContaining({ key: 'obligation.capacity_requirement', citation: CITE })]);
  });

  it('S4 one hundredth under every bound: nothing triggers', () => {
    const r = check({
      projectKind: 'industrial-factory',
      totalRoofArea: 4999.99,
      largestSingleRoofArea: 999.99,
      annualEnergyTce: 2999,
      roofSuitable: true,
    });
    // 4999.99 < 5000; 999.99 < 1000; 2999 ≤ 3000
    expect(r).toMatchObject({ mustBuild: false, thresholdMet: false });
    expect(statuses(r)).toEqual([
      'enterprise_or_project.annual_energy:not_met',
      'industrial_factory.total_roof_area:not_met',
      'civil_building.single_roof_area:not_applicable',
      'industrial_factory.single_roof_area:not_met',
    ]);
  });

  it('S5 a civil building with a 1000 m² roof must build', () => {
    const r = check({ projectKind: 'civil-building', largestSingleRoofArea: 1000, roofSuitable: true });
    // 1000 ≥ 1000
    expect(r.mustBuild).toBe(true);
    expect(row(r, 'civil_building', 'single_roof_area')).toMatchObject({ status: 'met', input: 1000, comparison: '≥ 1000' });
    expect(row(r, 'enterprise_or_project', 'annual_energy').status).toBe('not_assessed');
  });

  it('S6 a civil building: 999.99 m² is not enough and the 5000 m² total rule is for plants only; energy not assessed → undetermined', () => {
    const r = check({ projectKind: 'civil-building', largestSingleRoofArea: 999.99, totalRoofArea: 8000, roofSuitable: true });
    // 999.99 < 1000, but the energy row (it covers a civil building too) was not assessed: it could still oblige
    expect(r).toMatchObject({ mustBuild: null, thresholdMet: null, subjectToRoofSuitability: false, duties: [] });
    expect(row(r, 'industrial_factory', 'total_roof_area')).toMatchObject({ status: 'not_applicable', input: 8000 });
    expect(row(r, 'civil_building', 'single_roof_area').status).toBe('not_met');
    // the energy row was not assessed: named in the reasons
    expect(r.reasons).toEqual([
      expect.stringMatching(/^undetermined: no trigger obliges, but not assessed.*enterprise_or_project annual_energy/),
    ]);
    // the same building with its energy use assessed below the bound: no obligation
    expect(
      check({ projectKind: 'civil-building', largestSingleRoofArea: 999.99, annualEnergyTce: 3000, roofSuitable: true }),
    ).toMatchObject({ mustBuild: false, thresholdMet: false });
  });

  it('S7 a plant with a single 1000 m² roof must build even with 3000 m² in total', () => {
    const r = check({ projectKind: 'industrial-factory', totalRoofArea: 3000, largestSingleRoofArea: 1000, roofSuitable: true });
    // 3000 < 5000 but 1000 ≥ 1000
    expect(r.mustBuild).toBe(true);
    expect(row(r, 'industrial_factory', 'total_roof_area').status).toBe('not_met');
    expect(row(r, 'industrial_factory', 'single_roof_area').status).toBe('met');
  });
});

describe('solar-pv-obligation: new construction and the roof condition', () => {
  it('S8 an existing plant is not obliged whatever its figures; existing buildings are encouraged', () => {
    const r = check({
      projectKind: 'industrial-factory',
      isNew: false,
      totalRoofArea: 8000,
      largestSingleRoofArea: 3000,
      annualEnergyTce: 5000,
    });
    expect(r).toMatchObject({ mustBuild: false, thresholdMet: false });
    expect(r.criteria.every((c) => c.status === 'not_applicable')).toBe(true);
    expect(r.reasons[0]).toMatch(/not new construction/);
    expect(r.notes).toEqual([expect.objectContaining({ key: 'obligation.existing_encouraged', citation: '嘉政发〔2014〕84号 一（二）' })]);
  });

  it('S9 an unsuitable roof: threshold met but no obligation', () => {
    const r = check({ projectKind: 'industrial-factory', totalRoofArea: 6000, roofSuitable: false });
    // 6000 ≥ 5000, but 具备建设屋顶光伏发电条件的 does not hold
    expect(r).toMatchObject({ mustBuild: false, thresholdMet: true, subjectToRoofSuitability: false, duties: [] });
    expect(r.reasons).toEqual([expect.stringMatching(/^new industrial plant/), expect.stringMatching(/^roof not suitable/)]);
  });

  it('S10 suitability not given: must build, conditional on the roof (never assumed)', () => {
    const r = check({ projectKind: 'industrial-factory', totalRoofArea: 6000 });
    expect(r).toMatchObject({ mustBuild: true, thresholdMet: true, subjectToRoofSuitability: true });
    // the roof is what the answer rests on; the two figures not given are open too
    expect(r.notAssessed.map((x) => [x.item, x.fields])).toEqual([
      ['enterprise_or_project.annual_energy', ['annualEnergyTce']],
      ['industrial_factory.single_roof_area', ['largestSingleRoofArea']],
      ['roof_suitability', ['roofSuitable']],
    ]);
    expect(r.notes.map((n) => n.key)).toEqual(['obligation.capacity_requirement', 'obligation.feasibility_criteria']);
    expect(r.reasons[1]).toMatch(/^conditional/);
  });

  it('S12 nothing assessed: undetermined (null), never "no obligation"; the energy row not_assessed', () => {
    const r = check({ projectKind: 'project' });
    expect(r).toMatchObject({ mustBuild: null, thresholdMet: null, subjectToRoofSuitability: false, duties: [] });
    expect(r.notAssessed).toEqual([
      {
        item: 'enterprise_or_project.annual_energy',
        reason: 'input-not-given',
        fields: ['annualEnergyTce'],
        text: {
          zh: '未提供年综合能耗，无法判断新建企业（项目）的这一触发条件',
          en: 'annualEnergyTce not given: the trigger enterprise_or_project annual_energy is not assessed',
        },
      },
    ]);
    expect(statuses(r)).toEqual([
      'enterprise_or_project.annual_energy:not_assessed',
      'industrial_factory.total_roof_area:not_applicable',
      'civil_building.single_roof_area:not_applicable',
      'industrial_factory.single_roof_area:not_applicable',
    ]);
  });

  it('S13 a government-funded building: both duties and the 带头 note; mustBuild unchanged', () => {
    const r = check({ projectKind: 'civil-building', largestSingleRoofArea: 1200, governmentInvested: true, roofSuitable: true });
    // 1200 ≥ 1000
    expect(r.mustBuild).toBe(true);
    expect(r.duties.map((d) => d.duty)).toEqual(['simultaneity', 'standards_and_qualifications']);
    const gov = r.notes.find((n) => n.key === 'obligation.government_projects')!;
    expect(gov.text).toContain('政府性投资项目应带头');
    expect(gov.citation).toBe('嘉政发〔2014〕84号 一（二）');
    // the same building, not government-funded: same decision, no note
    const plain = check({ projectKind: 'civil-building', largestSingleRoofArea: 1200, roofSuitable: true });
    expect(plain.mustBuild).toBe(true);
    expect(plain.notes.some((n) => n.key === 'obligation.government_projects')).toBe(false);
  });
});

describe('solar-pv-obligation: refusals and validation', () => {
  it('S14 the day before signing: 422 not-in-force; the signing day works', () => {
    const p = refusal(calc, { date: '2014-12-14', projectKind: 'project', isNew: true, annualEnergyTce: 5000 });
    expect(p).toMatchObject({ status: 422, type: '/problems/not-in-force' });
    expect((p as { parameter: { table: string } }).parameter.table).toBe('solar-pv');
    expect(check({ date: '2014-12-15', projectKind: 'project', annualEnergyTce: 5000, roofSuitable: true }).mustBuild).toBe(true);
  });

  it('S15 negative area, unknown kind, 3 decimals, unknown field', () => {
    expect(invalid({ totalRoofArea: -1 })).toEqual(['totalRoofArea']);
    expect(invalid({ projectKind: 'warehouse' })).toEqual(['projectKind']);
    expect(invalid({ annualEnergyTce: 3000.001 })).toEqual(['annualEnergyTce']);
    expect(invalid({ roofArea: 10 })).toEqual(['']);
  });

  it('every trace step cites 84号 and the table version', () => {
    const r = check({ projectKind: 'civil-building', largestSingleRoofArea: 1200, governmentInvested: true });
    for (const s of r.trace.steps) expect(s.rule).toMatch(/^嘉政发〔2014〕84号 /);
    for (const u of Object.values(r.trace.parameters)) expect(u).toMatchObject({ table: 'solar-pv', version: expect.any(String) });
    const civil = r.trace.steps.find((s) => s.name.en === 'trigger: civil_building single_roof_area')!;
    const min = civil.parameters.find((k) => k.endsWith('.roof_area_min'))!;
    expect(r.trace.parameters[min]).toMatchObject({ value: 1000, unit: 'm2' });
    expect(civil.result).toBe('met');
    // 1200 ≥ 1000
    expect(civil.formula).toEqual({
      zh: '单个屋顶有效面积1000平方米以上的新建民用建筑：单个屋顶有效面积 1200 平方米，达到 1000 平方米，满足',
      en: '单个屋顶有效面积1000平方米以上的新建民用建筑: 1200 is ≥ 1000 → met',
    });
  });
});

describe('solar-pv-obligation: every figure comes from the workbook', () => {
  const edited = (edit: (t: CompiledBundle['tables'][string]) => void) => {
    const b = structuredClone(realBundle());
    edit(b.tables['solar-pv']!);
    return b;
  };
  const trigger = (t: CompiledBundle['tables'][string], subject: string, criterion: string) =>
    t.scales.find((s) => s.id === 'mandatory_triggers')!.rows.find((r) => r.cells.subject === subject && r.cells.criterion === criterion)!;
  const S1 = { date: '2015-03-01', projectKind: 'enterprise', isNew: true, annualEnergyTce: 3000, roofSuitable: true } as const;

  it('an inclusive energy bound in the workbook makes exactly 3000 tce trigger', () => {
    const b = edited((t) => {
      trigger(t, 'enterprise_or_project', 'annual_energy').ranges.annual_energy!.minInclusive = true;
    });
    const r = run(calc, S1, b);
    expect(r.mustBuild).toBe(true);
    expect(r.criteria[0]).toMatchObject({ status: 'met', bound: 'inclusive', comparison: '≥ 3000' });
  });

  it('a row that does not require the roof condition obliges even with an unsuitable roof', () => {
    const b = edited((t) => {
      trigger(t, 'enterprise_or_project', 'annual_energy').cells.feasibility_required = false;
    });
    const r = run(calc, { ...S1, annualEnergyTce: 3500, roofSuitable: false }, b);
    expect(r).toMatchObject({ mustBuild: true, subjectToRoofSuitability: false });
  });

  it('a trigger row without a bound is 422 not-published naming it', () => {
    const b = edited((t) => {
      trigger(t, 'industrial_factory', 'total_roof_area').ranges.roof_area!.min = null;
    });
    expect(refusal(calc, S1, b)).toMatchObject({
      type: '/problems/not-published',
      parameter: { table: 'solar-pv', key: 'mandatory_triggers.roof_area' },
    });
  });

  it('an unpublished duty text is 422 not-published when the duty is owed', () => {
    const b = edited((t) => {
      const h = t.parameters.find((x) => x.key === 'obligation.simultaneity')!.history[0]!;
      h.value = null;
      h.published = false;
    });
    expect(refusal(calc, { ...S1, annualEnergyTce: 3500 }, b)).toMatchObject({
      type: '/problems/not-published',
      parameter: { key: 'obligation.simultaneity' },
    });
    // no obligation, no duty read: still answered
    expect(run(calc, S1, b).mustBuild).toBe(false);
  });
});

describe('solar-pv-obligation: a criterion not assessed leaves the answer undetermined (mustBuild null)', () => {
  const decision = (r: Result) => r.trace.steps.find((s) => s.name.en === 'decision')!;

  it("the reviewer's request: a new plant with no figure → null, every applicable row not_assessed, named in reasons and trace", () => {
    const r = check({ date: '2015-06-01', projectKind: 'industrial-factory' });
    expect(r).toMatchObject({ mustBuild: null, thresholdMet: null, subjectToRoofSuitability: false, duties: [] });
    expect(statuses(r)).toEqual([
      'enterprise_or_project.annual_energy:not_assessed',
      'industrial_factory.total_roof_area:not_assessed',
      'civil_building.single_roof_area:not_applicable',
      'industrial_factory.single_roof_area:not_assessed',
    ]);
    expect(r.reasons).toEqual([
      `undetermined: no trigger obliges, but not assessed (input omitted): enterprise_or_project annual_energy, industrial_factory total_roof_area, industrial_factory single_roof_area; any one of them met would oblige (${CITE})`,
    ]);
    expect(decision(r).formula).toEqual({
      zh: '满足 0 项触发条件（满足任一项即可），3 项未评估 → 是否达到标准：尚不能确定；屋顶是否具备建设光伏发电条件：未提供 → 尚不能确定是否应建设（未评估的触发条件可能构成义务）',
      en: '0 trigger(s) met (alternatives), 3 not assessed → thresholdMet undetermined; roofSuitable not given → mustBuild undetermined (a not-assessed trigger could oblige)',
    });
    expect(decision(r).result).toEqual({ mustBuild: null, thresholdMet: null, subjectToRoofSuitability: false });
    // what was left open: the three figures
    expect(r.notAssessed.map((x) => [x.item, x.reason, x.fields])).toEqual([
      ['enterprise_or_project.annual_energy', 'input-not-given', ['annualEnergyTce']],
      ['industrial_factory.total_roof_area', 'input-not-given', ['totalRoofArea']],
      ['industrial_factory.single_roof_area', 'input-not-given', ['largestSingleRoofArea']],
    ]);
    expect(calc.output.safeParse(r).success).toBe(true);
  });

  it('true: one trigger met is enough while the others are not assessed', () => {
    // 5000 ≥ 5000 (total roof); energy and single roof omitted
    const r = check({ projectKind: 'industrial-factory', totalRoofArea: 5000, roofSuitable: true });
    expect(r).toMatchObject({ mustBuild: true, thresholdMet: true, subjectToRoofSuitability: false });
    expect(statuses(r).filter((x) => x.endsWith('not_assessed'))).toEqual([
      'enterprise_or_project.annual_energy:not_assessed',
      'industrial_factory.single_roof_area:not_assessed',
    ]);
    expect(decision(r).formula).toEqual({
      zh: '满足 1 项触发条件（满足任一项即可），2 项未评估 → 是否达到标准：是；屋顶是否具备建设光伏发电条件：具备 → 应建设光伏发电系统',
      en: '1 trigger(s) met (alternatives), 2 not assessed → thresholdMet true; roofSuitable true → mustBuild true',
    });
    // decided although two rows are open: they are still named
    expect(r.notAssessed.map((x) => x.item)).toEqual(['enterprise_or_project.annual_energy', 'industrial_factory.single_roof_area']);
  });

  it('false: every applicable trigger assessed and none met (one hundredth under each bound, 3000 tce not over 3000)', () => {
    const r = check({ projectKind: 'industrial-factory', annualEnergyTce: 3000, totalRoofArea: 4999.99, largestSingleRoofArea: 999.99 });
    expect(r).toMatchObject({ mustBuild: false, thresholdMet: false, subjectToRoofSuitability: false });
    expect(r.criteria.some((c) => c.status === 'not_assessed')).toBe(false);
    expect(r.reasons).toEqual([`no trigger met (${CITE})`]);
    expect(decision(r).formula).toEqual({
      zh: '满足 0 项触发条件（满足任一项即可），0 项未评估 → 是否达到标准：否；屋顶是否具备建设光伏发电条件：未提供 → 不须建设',
      en: '0 trigger(s) met (alternatives), 0 not assessed → thresholdMet false; roofSuitable not given → mustBuild false',
    });
    expect(r.notAssessed).toEqual([]);
  });

  it('false also when the rows not assessed could not oblige: an unsuitable roof (every trigger row requires it)', () => {
    const r = check({ projectKind: 'industrial-factory', totalRoofArea: 4000, roofSuitable: false });
    // 4000 < 5000; energy and single roof not assessed, but 具备建设屋顶光伏发电条件的 fails for every row
    expect(r).toMatchObject({ mustBuild: false, thresholdMet: null });
    // decided, yet the two rows stay listed as not assessed (they could not change the answer)
    expect(r.notAssessed.map((x) => x.item)).toEqual(['enterprise_or_project.annual_energy', 'industrial_factory.single_roof_area']);
    expect(r.reasons).toEqual([
      `no trigger met (${CITE})`,
      expect.stringMatching(
        /^not assessed \(input omitted\), but the roof is not suitable, so they could not oblige: enterprise_or_project annual_energy, industrial_factory single_roof_area$/,
      ),
    ]);
  });

  it('an existing building: every row not applicable → false however few figures are given', () => {
    expect(check({ projectKind: 'industrial-factory', isNew: false })).toMatchObject({ mustBuild: false, thresholdMet: false });
  });

  it('a row that does not require the roof condition keeps the answer open even with an unsuitable roof (workbook edit)', () => {
    const b = structuredClone(realBundle());
    b.tables['solar-pv']!.scales.find((s) => s.id === 'mandatory_triggers')!.rows.find(
      (x) => x.cells.criterion === 'annual_energy',
    )!.cells.feasibility_required = false;
    const r = run(calc, { date: '2015-03-01', projectKind: 'enterprise', isNew: true, roofSuitable: false }, b);
    expect(r).toMatchObject({ mustBuild: null, thresholdMet: null });
  });
});
