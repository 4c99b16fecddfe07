import { describe, expect, it } from 'vitest';
import { caseTransferDeadlines as calc } from '../../src/policy/enforcement-cooperation/case-transfer-deadlines';
import { requestOf, run } from '../helpers/calc';

/**
 * The cases T1–T17 (嘉政办发〔2014〕113号 二（一）3) are data: src/policy/enforcement-cooperation/case-transfer-deadlines.cases.json.
 * Here: the output schema.
 */
describe('lateness on a weekends-only count is undetermined, never a false "late"', () => {
  it('the answer with an undetermined onTime matches the documented output schema', () => {
    const r = run(calc, requestOf(calc, 'weekends-only-transfer-late'));
    expect(r.transfer!.onTime).toBeNull();
    expect(calc.output.safeParse(r).success).toBe(true);
  });
});
