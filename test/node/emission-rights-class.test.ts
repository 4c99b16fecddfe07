import { describe, expect, it } from 'vitest';
import { emissionRightsClass as calc } from '../../src/policy/emission-rights/emission-rights-class';
import { run } from '../helpers/calc';

/**
 * Cases C1–C12 of /work/content/emission-rights.calculators.md (嘉政办发〔2014〕112号 绩效意见 二（一）3,
 * 二（二）1 一是) are requests and their answers in emission-rights-class.cases.json; what stays here compares answers.
 * n firms, B = 3: encouraged iff 3 × last ≤ n; other iff 3 × (first − 1) ≥ 2n; else general.
 */

type Firm = { id: string; taxPaid: number; emissionRightsTonnes: number; exclusions?: string[] };
type Out = {
  id: string;
  class: string;
  reductionTaskGroup: string | null;
  reductionTaskFactor: number | null;
  reductionTaskDiscretionary: boolean | null;
};

const C1: Firm[] = ['A', 'B', 'C', 'D', 'E', 'F'].map((id, i) => ({ id, taxPaid: (6 - i) * 100000, emissionRightsTonnes: 10 }));
const classify = (companies: Firm[], date = '2015-03-01') => run(calc, { industry: 'dyeing', date, companies });
const classes = (r: { companies: Out[] }) => r.companies.map((c) => `${c.id}:${c.class}`);

describe('emission-rights-class: exclusions and reduction groups', () => {
  it('C11. before 2015 the classes stand but the reduction-task fields are null, with a note', () => {
    const r = classify(C1, '2014-12-20');
    expect(classes(r)).toEqual(classes(classify(C1)));
    expect(
      r.companies.every(
        (c: Out) => c.reductionTaskGroup === null && c.reductionTaskFactor === null && c.reductionTaskDiscretionary === null,
      ),
    ).toBe(true);
    expect(r.notes.join(' ')).toContain('The reduction-task factors are not in force');
  });
});
