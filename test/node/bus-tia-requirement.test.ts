import { describe, expect, it } from 'vitest';
import { busTiaRequirement as calc } from '../../src/policy/bus-priority-city/bus-tia-requirement';
import { run } from '../helpers/calc';

/**
 * 嘉政办发〔2014〕104号 三（一）2: the requests and their answers (B1–B15) are cases in
 * src/policy/bus-priority-city/bus-tia-requirement.cases.json; here the schemas of input and output.
 */

const base = { date: '2015-03-01', works: 'new' } as const;

describe('the schemas', () => {
  it('B9: the undetermined answer for an unlisted type fits the output schema', () => {
    expect(calc.output.safeParse(run(calc, { ...base, projectType: 'other' })).success).toBe(true);
  });

  it('B15: sizes of other types are ignored', () => {
    expect(calc.input.safeParse({ ...base, projectType: 'sports_venue', classes: 3 }).success).toBe(true);
  });
});
