import { describe, expect, it } from 'vitest';
import { expectCalculation, expectProblem, postCalculator } from '../helpers/http';

/** employee-medical-transfer-fee through the Worker: the applicant is already retired (第十六条). */
describe('POST /v1/calculators/employee-medical-transfer-fee: retirementDate', () => {
  it('a retirement date after the application: 422 naming /retirementDate', async () => {
    const problem = await expectProblem(
      await postCalculator('employee-medical-transfer-fee', {
        birthDate: '1955-01-01',
        applicationDate: '2015-05-01',
        retirementDate: '2015-06-30',
        sex: 'male',
        contributionMonths: 300,
      }),
      422,
      'validation-error',
    );
    expect(problem.errors).toEqual([
      expect.objectContaining({ pointer: '/retirementDate', message: 'must not be after applicationDate (the transfer is for retirees)' }),
    ]);
  });

  it('retired on the application day: 200', async () => {
    // age 60 → 75 − 60 = 15 years × 1000 × 90% = 13500
    const body = await expectCalculation(
      await postCalculator('employee-medical-transfer-fee', {
        birthDate: '1955-01-01',
        applicationDate: '2015-05-01',
        retirementDate: '2015-05-01',
        sex: 'male',
        contributionMonths: 300,
      }),
    );
    expect(body).toMatchObject({ eligible: true, lumpSum: { years: 15, payable: 13500 } });
  });
});

/** employee-medical-transfer-fee through the Worker: arrears not given are not assessed (第十六条). */
describe('POST /v1/calculators/employee-medical-transfer-fee: no interrupted period given', () => {
  it('no interruption and no retirement date: arrears.applicable null, total null, the lump sum answered (was "none", total 11 700)', async () => {
    const body = await expectCalculation(
      await postCalculator('employee-medical-transfer-fee', { birthDate: '1952-08-01', applicationDate: '2015-03-15' }),
    );
    expect(body).toMatchObject({
      lumpSum: { years: 13, payable: 11700 },
      arrears: { applicable: null, months: null, full: null, payable: null },
      total: null,
      benefitsFrom: '2015-04-01',
    });
  });

  it('interruptedMonths 0 with the retirement date: none, total = lump sum', async () => {
    // 75 − 62 = 13 years × 1000 × 90% = 11700
    const body = await expectCalculation(
      await postCalculator('employee-medical-transfer-fee', {
        birthDate: '1952-08-01',
        applicationDate: '2015-03-15',
        retirementDate: '2012-08-31',
        interruptedMonths: 0,
      }),
    );
    expect(body).toMatchObject({ arrears: { applicable: false, payable: 0 }, total: 11700 });
  });
});
