import { describe, expect, it } from 'vitest';
import { type Case, mismatches } from '../../src/engine/cases';
import { calculators } from '../../src/policy/index';
import { post } from '../helpers/http';

/**
 * The cases of every calculator (src/policy/<table>/<calculator>.cases.json) through the Worker, as
 * test/node/cases.test.ts runs them in Node: the same request, the same expectations on the JSON answer.
 */
const files = (import.meta as unknown as { glob: <T>(p: string, o: { eager: true; import: 'default' }) => Record<string, T> }).glob<Case[]>(
  '../../src/policy/*/*.cases.json',
  { eager: true, import: 'default' },
);
const casesOf = (id: string) => Object.entries(files).find(([path]) => path.endsWith(`/${id}.cases.json`))?.[1] ?? [];

describe('the cases of every calculator, through the Worker', () => {
  for (const calc of calculators) {
    const cases = casesOf(calc.id);
    it(`${calc.id}: has cases`, () => expect(cases.length).toBeGreaterThan(0));
    describe(calc.id, () => {
      it.each(cases.map((c) => [`${c.id}: ${c.summary}`, c] as const))('%s', async (_title, c) => {
        const res = await post(`/v1/calculators/${calc.id}`, c.request);
        const body = (await res.json()) as object;
        if (c.expect) {
          expect(res.status, JSON.stringify(body).slice(0, 600)).toBe(200);
          expect(mismatches(body, c.expect)).toEqual([]);
        } else {
          expect(mismatches({ ...body, status: res.status }, c.problem!)).toEqual([]);
        }
      });
    });
  }
});
