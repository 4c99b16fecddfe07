import { describe, expect, it } from 'vitest';
import { emissionRightsClass as calc } from '../../src/policy/emission-rights/emission-rights-class';
import { refusal, run } from '../helpers/calc';

/**
 * Cases C1–C12 of /work/content/emission-rights.calculators.md (嘉政办发〔2014〕112号 绩效意见 二（一）3,
 * 二（二）1 一是). n firms, B = 3: encouraged iff 3 × last ≤ n; other iff 3 × (first − 1) ≥ 2n; else general.
 */

type Firm = { id: string; taxPaid: number; emissionRightsTonnes: number; exclusions?: string[] };
type Out = {
  id: string;
  class: string;
  rule: string;
  rank: number;
  taxPerTonne: number;
  positionClass: string;
  exclusionsApplied: string[];
  reductionTaskGroup: string | null;
  reductionTaskFactor: number | null;
  reductionTaskDiscretionary: boolean | null;
};

const C1: Firm[] = ['A', 'B', 'C', 'D', 'E', 'F'].map((id, i) => ({ id, taxPaid: (6 - i) * 100000, emissionRightsTonnes: 10 }));
const classify = (companies: Firm[], date = '2015-03-01') => run(calc, { industry: 'dyeing', date, companies });
const byId = (r: { companies: Out[] }) =>
  Object.fromEntries(r.companies.map((c) => [c.id, c])) as Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G', Out>;
const classes = (r: { companies: Out[] }) => r.companies.map((c) => `${c.id}:${c.class}`);

describe('emission-rights-class: thirds', () => {
  it('C1. six distinct firms: 2/2/2; both equality sides of the bounds', () => {
    const r = classify(C1);
    const f = byId(r);
    // metric 60000, 50000, … 10000 yuan per tonne (taxPaid / 10 t)
    expect(r.companies.map((c: Out) => c.taxPerTonne)).toEqual([60000, 50000, 40000, 30000, 20000, 10000]);
    expect(f.A).toMatchObject({ rank: 1, class: 'encouraged', rule: 'top-third' }); // 3 × 1 = 3 ≤ 6
    expect(f.B).toMatchObject({ rank: 2, class: 'encouraged', rule: 'top-third' }); // 3 × 2 = 6 ≤ 6 (equality side)
    expect(f.C).toMatchObject({ class: 'general', rule: 'middle-third' }); // 9 > 6; 3 × 2 = 6 < 12; 6 ≥ 6 and 9 ≤ 12
    expect(f.D).toMatchObject({ class: 'general', rule: 'middle-third' }); // 3 × 3 = 9 < 12 (lower side of the bottom bound)
    expect(f.E).toMatchObject({ class: 'other', rule: 'bottom-third' }); // 3 × 4 = 12 ≥ 12 (equality side)
    expect(f.F).toMatchObject({ class: 'other', rule: 'bottom-third' }); // 15 ≥ 12
    expect(r.counts).toEqual({ encouraged: 2, general: 2, other: 2 });
    expect(r.pollutantsCounted).toEqual(['cod', 'ammonia-nitrogen']);
    // reduction groups: m = 2; lastE 1 × 10^6 ≤ 100 000 × 2 fails → encouraged 0.8; general 1; other 2
    expect([f.A, f.B, f.C, f.E].map((c) => [c.reductionTaskGroup, c.reductionTaskFactor, c.reductionTaskDiscretionary])).toEqual([
      ['encouraged', 0.8, true],
      ['encouraged', 0.8, true],
      ['general', 1, false],
      ['other', 2, false],
    ]);
  });

  it('C2. n = 4: 1/2/1 (B and C straddle a boundary)', () => {
    const r = classify([4000, 3000, 2000, 1000].map((t, i) => ({ id: 'ABCD'[i]!, taxPaid: t, emissionRightsTonnes: 1 })));
    // A 3 ≤ 4; B 6 > 4, 3 < 8, 3 < 4 → straddles; C 6 < 8, 9 > 8 → straddles; D 9 ≥ 8 → other
    expect(r.companies.map((c: Out) => `${c.id}:${c.class}:${c.rule}`)).toEqual([
      'A:encouraged:top-third',
      'B:general:straddles-boundary',
      'C:general:straddles-boundary',
      'D:other:bottom-third',
    ]);
  });

  it('C3. n = 5: 1/3/1', () => {
    const r = classify([5000, 4000, 3000, 2000, 1000].map((t, i) => ({ id: 'ABCDE'[i]!, taxPaid: t, emissionRightsTonnes: 1 })));
    // A 3 ≤ 5; B 6 > 5 straddles; C 6 ≥ 5 and 9 ≤ 10 middle; D 9 < 10 straddles; E 12 ≥ 10 other
    expect(r.companies.map((c: Out) => `${c.id}:${c.class}:${c.rule}`)).toEqual([
      'A:encouraged:top-third',
      'B:general:straddles-boundary',
      'C:general:middle-third',
      'D:general:straddles-boundary',
      'E:other:bottom-third',
    ]);
  });

  it('C4. a tie block on the top boundary is not split: 1/3/2', () => {
    const r = classify([50, 40, 40, 30, 20, 10].map((t, i) => ({ id: 'ABCDEF'[i]!, taxPaid: t, emissionRightsTonnes: 1 })));
    const f = byId(r);
    // B, C occupy [2,3]: 3 × 3 = 9 > 6; 3 × 1 = 3 < 12; 3 < 6 → general, straddles; both rank 2 (1224 ranking)
    expect([f.B, f.C].map((c) => [c.rank, c.class, c.rule])).toEqual([
      [2, 'general', 'straddles-boundary'],
      [2, 'general', 'straddles-boundary'],
    ]);
    expect(f.D).toMatchObject({ rank: 4, class: 'general', rule: 'middle-third' }); // 9 ≥ 6, 12 ≤ 12
    expect(classes(r)).toEqual(['A:encouraged', 'B:general', 'C:general', 'D:general', 'E:other', 'F:other']);
  });

  it('C5. an exact tie versus a rounded look-alike: all show 33.33, only A and B tie', () => {
    const r = classify([
      { id: 'A', taxPaid: 100, emissionRightsTonnes: 3 },
      { id: 'B', taxPaid: 200, emissionRightsTonnes: 6 },
      { id: 'C', taxPaid: 33.33, emissionRightsTonnes: 1 },
    ]);
    // A vs B: 10000 × 60000 = 20000 × 30000 → tie; A vs C: 10000 × 10000 = 10^8 > 3333 × 30000 = 99 990 000
    expect(r.companies.map((c: Out) => [c.id, c.taxPerTonne, c.rank, c.class, c.rule])).toEqual([
      ['A', 33.33, 1, 'general', 'straddles-boundary'], // [1,2]: 6 > 3; 0 < 6
      ['B', 33.33, 1, 'general', 'straddles-boundary'],
      ['C', 33.33, 3, 'other', 'bottom-third'], // 3 × 2 = 6 ≥ 6
    ]);
  });

  it('ties are exact where floating point is not: 0.3 / 3 t equals 0.1 / 1 t', () => {
    // In floats 0.3 / 3 = 0.09999999999999999 < 0.1; exactly 30 fen × 10 000 = 10 fen × 30 000.
    const r = classify([
      { id: 'X', taxPaid: 0.3, emissionRightsTonnes: 3 },
      { id: 'Y', taxPaid: 0.1, emissionRightsTonnes: 1 },
      { id: 'Z', taxPaid: 1, emissionRightsTonnes: 1 },
    ]);
    expect(r.companies.map((c: Out) => [c.id, c.rank, c.class])).toEqual([
      ['Z', 1, 'encouraged'], // 3 × 1 ≤ 3
      ['X', 2, 'general'], // [2,3]: 9 > 3; 3 × 1 = 3 < 6 → straddles
      ['Y', 2, 'general'],
    ]);
  });

  it('C7. one firm: general (no thirds to speak of)', () => {
    const r = classify([{ id: 'A', taxPaid: 5000, emissionRightsTonnes: 1 }]);
    // 3 × 1 = 3 > 1; 3 × 0 = 0 < 2 → general, straddles
    expect(r.companies[0]).toMatchObject({ class: 'general', rule: 'straddles-boundary', rank: 1 });
  });

  it('C10. display rounding half-up, n = 7: 2/3/2', () => {
    const r = classify([...C1, { id: 'G', taxPaid: 0.05, emissionRightsTonnes: 2 }]);
    const f = byId(r);
    // 5 fen × 10 000 / 20 000 = 2.5 fen → 3 fen = 0.03
    expect(f.G).toMatchObject({ taxPerTonne: 0.03, rank: 7, class: 'other' });
    // encouraged iff 3 × last ≤ 7 (ranks 1–2); other iff 3 × (first − 1) ≥ 14 (ranks 6–7)
    expect(classes(r)).toEqual(['A:encouraged', 'B:encouraged', 'C:general', 'D:general', 'E:general', 'F:other', 'G:other']);
  });
});

describe('emission-rights-class: exclusions and reduction groups', () => {
  it('C6. exclusions restrict the class and do not re-rank', () => {
    const ex: Record<string, string[]> = {
      A: ['major-environmental-violation'],
      C: ['initial-right-not-paid'],
      D: ['reduction-task-unmet-no-purchase'],
      F: ['initial-right-not-paid'],
    };
    const r = classify(C1.map((c) => ({ ...c, exclusions: ex[c.id] ?? [] })));
    const f = byId(r);
    expect(f.A).toMatchObject({
      positionClass: 'encouraged',
      class: 'general',
      rule: 'not-encouraged:major-environmental-violation',
      exclusionsApplied: ['major-environmental-violation'],
    });
    expect(f.B).toMatchObject({ class: 'encouraged', rule: 'top-third' });
    expect(f.C).toMatchObject({ positionClass: 'general', class: 'other', rule: 'forced-other:initial-right-not-paid' });
    expect(f.D).toMatchObject({ class: 'general', rule: 'middle-third', exclusionsApplied: [] }); // changed nothing
    expect(f.E).toMatchObject({ class: 'other', rule: 'bottom-third' });
    expect(f.F).toMatchObject({ class: 'other', rule: 'forced-other:initial-right-not-paid' });
    // m = 1 (B): 1 × 10^6 ≤ 100 000 × 1 fails → encouraged 0.8; A general 1
    expect(f.B).toMatchObject({ reductionTaskGroup: 'encouraged', reductionTaskFactor: 0.8 });
    expect(f.A).toMatchObject({ reductionTaskGroup: 'general', reductionTaskFactor: 1 });
  });

  it('C8. n = 30: top 10% of encouraged, equality side (lastE 1 × 10^6 ≤ 100 000 × 10)', () => {
    const r = classify(
      Array.from({ length: 30 }, (_, i) => ({
        id: `F${String(i + 1).padStart(2, '0')}`,
        taxPaid: (30 - i) * 1000,
        emissionRightsTonnes: 1,
      })),
    );
    expect(r.counts).toEqual({ encouraged: 10, general: 10, other: 10 }); // 3 × 10 ≤ 30; 3 × 20 ≥ 60
    expect(r.companies[0]).toMatchObject({
      rank: 1,
      reductionTaskGroup: 'encouraged-top-10pct',
      reductionTaskFactor: 0.5,
      reductionTaskDiscretionary: true,
    });
    expect(r.companies[1]).toMatchObject({ rank: 2, reductionTaskGroup: 'encouraged', reductionTaskFactor: 0.8 }); // 2 × 10^6 > 10^6
    expect(r.companies[10]).toMatchObject({ rank: 11, class: 'general' });
    expect(r.companies[20]).toMatchObject({ rank: 21, class: 'other' });
  });

  it('C9. n = 29: nobody in the top 10% (1 × 10^6 > 100 000 × 9); 9/11/9', () => {
    const r = classify(
      Array.from({ length: 29 }, (_, i) => ({
        id: `F${String(i + 1).padStart(2, '0')}`,
        taxPaid: (29 - i) * 1000,
        emissionRightsTonnes: 10,
      })),
    );
    // encouraged iff 3 × last ≤ 29 → ranks 1–9; other iff 3 × (first − 1) ≥ 58 → ranks 21–29
    expect(r.counts).toEqual({ encouraged: 9, general: 11, other: 9 });
    expect(r.companies.filter((c: Out) => c.reductionTaskGroup === 'encouraged-top-10pct')).toEqual([]);
    expect(r.companies[8]).toMatchObject({ rank: 9, class: 'encouraged' });
    expect(r.companies[9]).toMatchObject({ rank: 10, class: 'general' });
    expect(r.companies[19]).toMatchObject({ rank: 20, class: 'general' }); // 3 × 19 = 57 < 58
    expect(r.companies[20]).toMatchObject({ rank: 21, class: 'other' }); // 3 × 20 = 60 ≥ 58
  });

  it('C11. before 2015 the classes stand but the reduction-task fields are null, with a note', () => {
    const r = classify(C1, '2014-12-20');
    expect(classes(r)).toEqual(classes(classify(C1)));
    expect(
      r.companies.every(
        (c: Out) => c.reductionTaskGroup === null && c.reductionTaskFactor === null && c.reductionTaskDiscretionary === null,
      ),
    ).toBe(true);
    expect(r.notes.join(' ')).toContain('reduction_task_factors not in force');
  });
});

describe('emission-rights-class: errors and trace', () => {
  it('C12. a date before 2014-12-17 → 422 not-in-force', () => {
    const p = refusal(calc, { industry: 'dyeing', date: '2014-12-16', companies: C1 });
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.parameter).toMatchObject({ table: 'emission-rights', key: 'ranking.bands' });
  });

  it('C12. an industry outside the evaluation, an unknown exclusion → 422 naming the field', () => {
    const cement = refusal(calc, { industry: 'cement', date: '2015-03-01', companies: C1 });
    expect(cement).toMatchObject({
      type: '/problems/validation-error',
      errors: [{ pointer: '/industry', message: expect.stringContaining('not in the performance evaluation') }],
    });
    const late = refusal(calc, { industry: 'dyeing', date: '2015-03-01', companies: [{ ...C1[0]!, exclusions: ['late-filing'] }] });
    expect(late.errors).toEqual([expect.objectContaining({ pointer: '/companies/0/exclusions/0', field: 'companies[0].exclusions[0]' })]);
    // every code the table does not know is listed in one answer, not only the first
    const both = refusal(calc, {
      industry: 'nope',
      date: '2015-03-01',
      companies: [
        { ...C1[0]!, exclusions: ['bogus', 'late-filing'] },
        { ...C1[1]!, exclusions: ['x'] },
      ],
    });
    expect(both.errors!.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/industry',
      '/companies/0/exclusions/0',
      '/companies/0/exclusions/1',
      '/companies/1/exclusions/0',
    ]);
  });

  it('C12. empty companies, zero tonnes, a duplicate id, tax with 3 decimals are rejected on their field', () => {
    const paths = (body: unknown) => calc.input.safeParse(body).error?.issues.map((i) => i.path.join('.')) ?? [];
    const base = { industry: 'dyeing', date: '2015-03-01' };
    expect(paths({ ...base, companies: [] })).toEqual(['companies']);
    expect(paths({ ...base, companies: [{ id: 'A', taxPaid: 1, emissionRightsTonnes: 0 }] })).toEqual(['companies.0.emissionRightsTonnes']);
    expect(paths({ ...base, companies: [{ id: 'A', taxPaid: 1, emissionRightsTonnes: 1.00001 }] })).toEqual([
      'companies.0.emissionRightsTonnes',
    ]);
    expect(paths({ ...base, companies: [C1[0], { ...C1[1], id: 'A' }] })).toEqual(['companies.1.id']);
    expect(paths({ ...base, companies: [{ id: 'A', taxPaid: 1.005, emissionRightsTonnes: 1 }] })).toEqual(['companies.0.taxPaid']);
  });

  it('the trace cites 绩效意见 二（一）3 and shows the bound arithmetic', () => {
    const r = classify(C1);
    expect(r.trace.steps[0]).toMatchObject({ name: { en: 'ranking rule' }, rule: '嘉政办发〔2014〕112号 绩效意见 二（一）3' });
    const b = r.trace.steps.find((s) => s.name.en === 'position class of B')!;
    expect(b.formula.en).toContain('3 × 2 = 6 ≤ 6');
    expect(b.formula.zh).toContain('3 × 2 = 6 ≤ 6，整块位于前三分之一 → 鼓励类');
    const groups = r.trace.steps.find((s) => s.name.en === 'reduction-task groups')!;
    expect(groups.rule).toBe('嘉政办发〔2014〕112号 绩效意见 二（二）1 一是');
  });
});
