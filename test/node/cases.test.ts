import { describe, expect, it } from 'vitest';
import { casesOf } from '../../scripts/lib/policy';
import { mismatches } from '../../src/engine/cases';
import { calculators } from '../../src/policy/index';
import { outcome } from '../helpers/calc';

/**
 * Every calculator's cases (src/policy/<table>/<calculator>.cases.json) on the real workbooks, in Node: the answer
 * (200) or the refusal (its problem) holds every expectation of the case. test/worker/cases.test.ts runs the same
 * cases through the Worker.
 */
describe('the cases of every calculator, in Node', () => {
  for (const calc of calculators) {
    const cases = casesOf(calc);
    describe(calc.id, () => {
      it.each(cases.map((c) => [`${c.id}: ${c.summary}`, c] as const))('%s', (_title, c) => {
        const got = outcome(calc, c.request);
        if (c.expect) {
          expect(got.status, JSON.stringify(got.body).slice(0, 600)).toBe(200);
          expect(mismatches(got.body, c.expect)).toEqual([]);
        } else {
          expect(mismatches({ ...(got.body as object), status: got.status }, c.problem!)).toEqual([]);
        }
      });
    });
  }
});
