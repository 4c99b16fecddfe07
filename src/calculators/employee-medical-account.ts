import { z } from '@hono/zod-openapi';
import { defineCalculator, traceStepSchema } from '../engine/calculator';
import { isoDate, yearSchema, yuanOf, yuanOut } from '../engine/inputs';
import { formatYuan, times } from '../engine/money';
import { employeeMedicalInsurance as EMI } from '../tables/employee-medical-insurance';
import { monthlyCredit } from './employee-medical-settlement';

/**
 * Personal-account credit of scheme B (统账二) for a year, 嘉政发〔2014〕87号 第十九条. The age band is set by
 * the age reached on 1 January of the year: a change of band takes effect from the next 1 January.
 * Scheme A (统账一) has no personal account, so the request only describes scheme B members.
 */
const input = z
  .object({
    year: yearSchema('Year of the credit'),
    status: z.enum(['employed', 'retired']).openapi({ description: '在职 employed / 退休 retired' }),
    birthDate: isoDate('Date of birth'),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.birthDate > `${r.year}-01-01`) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'must be on or before 1 January of the year' });
  });

const output = z
  .object({
    ageOnFirstJanuary: z.number().int(),
    monthlyCredit: yuanOut('monthly credit 每月划入'),
    annualCredit: yuanOut('credit for the year: 12 × monthly'),
    trace: z.array(traceStepSchema),
  })
  .openapi('EmployeeMedicalAccount');

export const employeeMedicalAccount = defineCalculator({
  id: 'employee-medical-account',
  table: EMI,
  title: { zh: '职工医保个人账户划入', en: 'Employee medical insurance: personal account credit' },
  description: {
    zh: '统账二参保人员个人账户每月及全年划入金额（嘉政发〔2014〕87号第十九条），按当年1月1日的年龄确定档次。',
    en: 'Monthly and annual personal-account credit of a scheme B member (第十九条); the band follows the age on 1 January.',
  },
  input,
  output,
  examples: { retired69: { summary: 'Retired, born 1945-03-10, year 2015', value: { year: 2015, status: 'retired', birthDate: '1945-03-10' } } },
  run(at, req) {
    const p = at(`${req.year}-01-01`);
    const credit = monthlyCredit(p, { scheme: 'B', status: req.status, birthDate: req.birthDate, preLiberationVeteran: false }, req.year);
    const annual = times(credit.fen, 12);
    return {
      ageOnFirstJanuary: credit.age,
      monthlyCredit: yuanOf(credit.fen),
      annualCredit: yuanOf(annual),
      trace: [
        credit.step,
        {
          step: 'annual credit',
          rule: credit.step.rule,
          formula: `12 × ${formatYuan(credit.fen)} = ${formatYuan(annual)}`,
          inputs: { months: 12 },
          parameters: credit.step.parameters,
          result: yuanOf(annual),
        },
      ],
    };
  },
});
