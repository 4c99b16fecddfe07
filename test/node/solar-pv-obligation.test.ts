import { describe, expect, it } from 'vitest';
import { solarPvObligation as calc } from '../../src/policy/solar-pv/solar-pv-obligation';
import type { CompiledBundle } from '../../src/tables/model';
import { realBundle, refusal, run } from '../helpers/calc';

/**
 * 嘉政发〔2014〕84号 一（一） on the real workbook tables/solar-pv.xlsx: the hand-derived requests and their answers (S1–S15,
 * the criteria not assessed) are cases in src/policy/solar-pv/solar-pv-obligation.cases.json; here what is not one request
 * and its answer (the trace of every step, the output schema, edited workbooks).
 */

type Input = Parameters<typeof run<typeof calc>>[1];
const check = (req: Partial<Input>) => run(calc, { date: '2015-03-01', isNew: true, ...req } as Input);

describe('solar-pv-obligation: the trace and the output schema', () => {
  it('every trace step cites 84号 and the table version', () => {
    const r = check({ projectKind: 'civil-building', largestSingleRoofArea: 1200, governmentInvested: true });
    for (const s of r.trace.steps) expect(s.rule).toMatch(/^嘉政发〔2014〕84号 /);
    for (const u of Object.values(r.trace.parameters)) expect(u).toMatchObject({ table: 'solar-pv', version: expect.any(String) });
  });

  it("the reviewer's request (a new plant with no figure): the undetermined answer fits the output schema", () => {
    const r = check({ date: '2015-06-01', projectKind: 'industrial-factory' });
    expect(calc.output.safeParse(r).success).toBe(true);
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
  it('a row that does not require the roof condition keeps the answer open even with an unsuitable roof (workbook edit)', () => {
    const b = structuredClone(realBundle());
    b.tables['solar-pv']!.scales.find((s) => s.id === 'mandatory_triggers')!.rows.find(
      (x) => x.cells.criterion === 'annual_energy',
    )!.cells.feasibility_required = false;
    const r = run(calc, { date: '2015-03-01', projectKind: 'enterprise', isNew: true, roofSuitable: false }, b);
    expect(r).toMatchObject({ mustBuild: null, thresholdMet: null });
  });
});
