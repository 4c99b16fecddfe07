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

describe('the case format', () => {
  it('paths, equality, and the operators ~ # ? *', async () => {
    const { mismatches, parsePath } = await import('../../src/engine/cases');
    expect(parsePath('claims[2].selfBurden')).toEqual(['claims', 2, 'selfBurden']);
    expect(parsePath('trace.parameters["inpatient.annual_cap"].value')).toEqual(['trace', 'parameters', 'inpatient.annual_cap', 'value']);
    const body = { a: { b: [1, { c: 'x 800.00 元' }] }, n: null, list: [{ k: 1 }, { k: 2 }] };
    expect(
      mismatches(body, { 'a.b[0]': 1, 'a.b[1].c~': '800\\.00', 'a.b#': 2, n: null, 'm?': false, 'a?': true, 'list*': { k: 2 } }),
    ).toEqual([]);
    expect(mismatches(body, { 'a.b[0]': 2, 'a.b[1].c~': '^y', 'a.b#': 3, 'n?': false, 'list*': { k: 3 }, missing: 1 })).toEqual([
      'a.b[0]: 1, expected 2',
      'a.b[1].c: "x 800.00 元" does not match /^y/',
      'a.b: length 2, expected 3',
      'n: expected absent, is null',
      'list: [{"k":1},{"k":2}] holds no {"k":3}',
      'missing: absent, expected 1',
    ]);
  });
});
