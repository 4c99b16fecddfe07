import { describe, expect, it } from 'vitest';
import { residencePermitEligibility as calc } from '../../src/policy/residence-permits/residence-permit-eligibility';
import type { CompiledBundle } from '../../src/tables/model';
import { realBundle, refusal, requestOf, run } from '../helpers/calc';

/**
 * The cases E1–E19 (嘉政办发〔2014〕98号 三（一）) are data: src/policy/residence-permits/residence-permit-eligibility.cases.json.
 * Here: the output schema, the input schema, and a request on an edited workbook.
 */

const decide = (caseId: string) => run(calc, requestOf(calc, caseId));

describe('residence-permit-eligibility (嘉政办发〔2014〕98号 三（一）)', () => {
  it('every answer matches the documented output schema', () => {
    for (const caseId of ['E2', 'E10', 'E11', 'E14']) {
      expect(calc.output.safeParse(decide(caseId)).success).toBe(true);
    }
  });
});

describe('the social-insurance window', () => {
  it('a workbook window other than one year is refused (422 naming the parameter), not compared with months of one year', () => {
    const copy = structuredClone(realBundle()) as CompiledBundle;
    const param = copy.tables['residence-permits']!.parameters.find(
      (x) => x.key === 'residence_permit.proof.social_insurance_window_years',
    )!;
    for (const h of param.history) h.value = 2; // a test fixture, not policy
    const p = refusal(calc, requestOf(calc, 'E2'), copy) as unknown as { type: string; detail: string; parameter: { key: string } };
    expect(p.type).toBe('/problems/calculation-refused');
    expect(p.parameter.key).toBe('residence_permit.proof.social_insurance_window_years');
    expect(p.detail).toMatch(/is 2 on 2015-03-01/);
    // the real workbook (one year) decides as before
    expect(decide('E2').residencePermit.conditions.find((c) => c.code === 'employment_proof')!.status).toBe('met');
  });
});

describe('residence-permit-eligibility: an input not given is not assessed, never a refusal', () => {
  it('the answers match the output schema, and the input schema no longer fills false / 0 in', () => {
    const parsed = calc.input.parse({
      applicationDate: '2015-03-01',
      hasLocalHukou: false,
      residenceProof: 'none',
      employment: { route: 'none' },
    });
    expect(parsed).not.toHaveProperty('holdsTemporaryPermit');
    expect(parsed).not.toHaveProperty('investorOrTalent');
    expect(parsed.employment).not.toHaveProperty('monthsEmployedLocally');
    for (const caseId of ['not-given-holder-and-investor', 'not-given-investor']) {
      expect(calc.output.safeParse(decide(caseId)).success).toBe(true);
    }
  });
});
