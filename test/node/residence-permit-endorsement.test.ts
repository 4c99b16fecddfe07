import { describe, expect, it } from 'vitest';
import { residencePermitEndorsement as calc } from '../../src/policy/residence-permits/residence-permit-endorsement';
import { requestOf, run } from '../helpers/calc';

/**
 * The cases N1–N14 (嘉政办发〔2014〕98号 三（二）1, 三（二）2（3）) are data:
 * src/policy/residence-permits/residence-permit-endorsement.cases.json. Here: the output schema.
 */
describe('residence-permit-endorsement (嘉政办发〔2014〕98号 三（二）)', () => {
  it('every answer matches the documented output schema', () => {
    for (const caseId of ['N1', 'late', 'N8', 'N10']) {
      expect(calc.output.safeParse(run(calc, requestOf(calc, caseId))).success).toBe(true);
    }
  });
});
