import { describe, expect, it } from 'vitest';
import { employeeMedicalTransferFee as calc } from '../../src/policy/employee-medical-insurance/employee-medical-transfer-fee';
import { realBundle, requestOf, run } from '../helpers/calc';

// The cases T1–T20 (嘉政发〔2014〕87号 第十四、十六条) are data: employee-medical-transfer-fee.cases.json.
// Here: the articles the trace cites, what the workbook does not hold, and the output schema.

describe('employee-medical-transfer-fee: contribution years (第十四条)', () => {
  it('the trace cites 第十四条 and 第十六条', () => {
    const r = run(calc, {
      birthDate: '1954-06-01',
      applicationDate: '2015-05-10',
      retirementDate: '2012-06-30',
      interruptionStart: '2014-03',
      sex: 'male',
      contributionMonths: 320,
    });
    const rules = r.trace.steps.map((s) => s.rule);
    expect(rules).toContain('嘉政发〔2014〕87号 第十四条');
    expect(rules).toContain('嘉政发〔2014〕87号 第十六条');
    for (const s of r.trace.steps) expect(s.rule).toMatch(/^嘉政发〔2014〕87号 第.+条/);
  });
});

describe('employee-medical-transfer-fee: the applicant is a retiree (第十六条 「…的退休人员经本人申请」)', () => {
  it('no minimum age: the workbook has no retirement age (法定退休年龄 is not in 87号), so a young birth date is not refused (cases young-birth-date, born-on-application-day)', () => {
    const table = realBundle().tables['employee-medical-insurance']!;
    // no parameter of the table defines a minimum or retirement age for this case
    expect(table.parameters.map((p) => p.key).filter((k) => /retire.*age|min_age|age_min|minimum_age/.test(k))).toEqual([]);
  });
});

describe('employee-medical-transfer-fee: arrears not given are not assessed, never "none"', () => {
  it('the example lumpSumOnly (arrears and total null) is an answer of the output schema', () => {
    expect(calc.output.safeParse(run(calc, requestOf(calc, 'lumpSumOnly'))).success).toBe(true);
  });
});
