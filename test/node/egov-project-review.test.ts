import { describe, expect, it } from 'vitest';
import { egovProjectReview as calc } from '../../src/policy/egov-project-prereview/egov-project-review';
import { requestOf, run } from '../helpers/calc';

/**
 * The cases E1–E19 (嘉政办发〔2014〕111号) are data: src/policy/egov-project-prereview/egov-project-review.cases.json.
 * Here: the output and input schemas.
 */
describe('a fact not given is not assessed, never read as false', () => {
  it('the undetermined scope matches the documented output schema', () => {
    const r = run(calc, requestOf(calc, 'scope-not-given'));
    expect(r.inScope).toBeNull();
    expect(calc.output.safeParse(r).success).toBe(true);
  });

  it('the input schema fills in no false any more', () => {
    const parsed = calc.input.parse({ ...requestOf(calc, 'E1'), anytimeConditions: {} });
    expect(parsed).not.toHaveProperty('isSubprojectOfFiscalCapitalProject');
    expect(parsed.anytimeConditions).toEqual({});
  });
});
