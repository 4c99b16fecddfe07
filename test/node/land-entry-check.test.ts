import { describe, expect, it } from 'vitest';
import { landEntryCheck as calc } from '../../src/policy/land-supply/land-entry-check';
import type { CompiledBundle } from '../../src/tables/model';
import { realBundle, refusal, run, requestOf } from '../helpers/calc';

/**
 * 嘉政办发〔2014〕106号 on the real workbook tables/land-supply.xlsx: the hand-derived requests and their answers (L1–L25,
 * 拆迁安置除外 not answered) are cases in src/policy/land-supply/land-entry-check.cases.json; here what is not one
 * request and its answer (the trace of every step, edited workbooks, the input schema).
 */

/** I0: the base request of the .md, which is the calculator's own example without its appraised price. */
const { appraisedPrice: _, ...I0 } = requestOf(calc, 'industrialAtTheBounds');

/** L6: a services project at the small-project bounds, FAR/sales/tax omitted. */
const L6 = { projectType: 'services', totalInvestment: 50000000, landArea: 20 } as const;

describe('land-entry-check: the trace', () => {
  it('every trace step cites 106号 and the table version', () => {
    const r = run(calc, { ...I0, priority: true, gradeMinimumPrice: 123.45, appraisedPrice: 100 });
    for (const s of r.trace.steps) expect(s.rule).toMatch(/^嘉政办发〔2014〕106号 /);
    for (const u of Object.values(r.trace.parameters)) expect(u).toMatchObject({ table: 'land-supply', version: expect.any(String) });
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

describe('land-entry-check: 拆迁安置除外 not answered', () => {
  it('the published input schema no longer defaults resettlement to false', () => {
    expect(calc.input.safeParse({ ...I0, resettlement: undefined }).data).not.toHaveProperty('resettlement', false);
  });
});
