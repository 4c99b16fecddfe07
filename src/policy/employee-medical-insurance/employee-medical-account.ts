import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { ageOn, isoDate, yearSchema, yuanOf, yuanOut } from '../../engine/inputs';
import { type Fen, times, yuanText } from '../../engine/money';
import type { Params, ParamUse } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { employeeMedicalInsurance as EMI } from './table';
import { monthlyCredit } from './account-credit';

/**
 * Personal-account credit for a year, 嘉政发〔2014〕87号 第十九条. Only scheme B (统账二) has a personal account
 * (sheet `schemes`, column personal_account: 参加统账一的，不建个人账户). The age band is set by the age reached
 * on 1 January of the year (a birthday on 1 January counts that day): a change of band takes effect from the
 * next 1 January (个人账户划入额随年龄段发生变化的，均在次年1月1日起调整). The annual credit, 12 × monthly, is
 * the default current-year account of the settlement. Interest (第二十一条) is not published and not computed.
 */
const MONTHS_PER_YEAR = 12;

const input = z
  .object({
    year: yearSchema(DOCUMENTED && 'Year of the credit (the age on 1 January of that year sets the band)'),
    scheme: z
      .enum(['A', 'B'])
      .default('B')
      .openapi(DOCUMENTED && { description: 'A: 统账一 (no personal account); B: 统账二 (default)' }),
    status: z.enum(['employed', 'retired']).openapi(DOCUMENTED && { description: '在职 employed (incl. 双缴双保人员) / 退休 retired' }),
    birthDate: isoDate(DOCUMENTED && 'Date of birth'),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.birthDate > `${r.year}-01-01`)
      ctx.addIssue({
        code: 'custom',
        path: ['birthDate'],
        message: 'must be on or before 1 January of the year (no age on 1 January otherwise)',
      });
  });

const output =
  DOCUMENTED &&
  z
    .object({
      year: z.number().int(),
      scheme: z.enum(['A', 'B']),
      hasAccount: z.boolean().openapi(DOCUMENTED && { description: '有个人账户 has a personal account (scheme A: none)' }),
      ageOnFirstJanuary: z.number().int(),
      band: z
        .string()
        .nullable()
        .openapi(
          DOCUMENTED && {
            description: '划入档次 band: the account_credit row used (status and its age bounds, as in the sheet)',
            example: 'employed, age ≤ 35',
          },
        ),
      monthlyCredit: yuanOut(DOCUMENTED && 'monthly credit 每月划入').nullable(),
      annualCredit: yuanOut(DOCUMENTED && 'credit for the year: 12 × monthly').nullable(),
      reason: z
        .string()
        .nullable()
        .openapi(DOCUMENTED && { description: '说明 why there is no account (scheme A)' }),
    })
    .openapi('EmployeeMedicalAccount');

type P = Params<typeof EMI>;

/** 第十条、第十九条: whether the scheme has a personal account (sheet schemes: 参加统账一的，不建个人账户). */
function schemeHasAccount(p: P, trace: Trace, scheme: 'A' | 'B') {
  return trace.step({ zh: '按参保类别确定是否建立个人账户', en: 'personal account by scheme' }, (s) => {
    const row = p.find('schemes', { scheme });
    const has = row.get('personal_account');
    const name = String(row.row.cells.name_zh ?? scheme);
    s.inputs({ scheme });
    s.formula({
      zh: `${name}：${has.value === true ? '建立个人账户' : '不建个人账户'}`,
      en: `scheme ${scheme} (${name}): personal account ${has.value === true ? 'yes' : 'no'}`,
    });
    return s.result(has.value === true, { has: has.value === true, name, citation: has.use.citation });
  });
}

/** 第十九条: the credit for the year, 12 × the monthly credit. */
function annualCredit(trace: Trace, credit: { fen: Fen; use: ParamUse }): Fen {
  return trace.step({ zh: '全年划入', en: 'annual credit' }, (s) => {
    const amount = times(credit.fen, MONTHS_PER_YEAR);
    s.uses(credit.use).inputs({ months: MONTHS_PER_YEAR });
    s.formula({
      zh: `${MONTHS_PER_YEAR} 个月 × ${yuanText(credit.fen)} 元 = ${yuanText(amount)} 元`,
      en: `${MONTHS_PER_YEAR} × ${yuanText(credit.fen)} = ${yuanText(amount)}`,
    });
    return s.result(yuanOf(amount), amount);
  });
}

export const employeeMedicalAccount = defineCalculator({
  id: 'employee-medical-account',
  table: tableRef<typeof EMI>('employee-medical-insurance'),
  input,
  output,
  run({ at, trace }, req) {
    trace.restsOn(`${req.year}-12-31`); // the credit of a year rests on the whole year
    const d = `${req.year}-01-01`;
    const p = at(d);
    const age = ageOn(req.birthDate, d);
    const scheme = schemeHasAccount(p, trace, req.scheme);
    if (!scheme.has) {
      return {
        year: req.year,
        scheme: req.scheme,
        hasAccount: false,
        ageOnFirstJanuary: age,
        band: null,
        monthlyCredit: null,
        annualCredit: null,
        reason: `${scheme.name}不建个人账户 (scheme ${req.scheme} has no personal account; ${scheme.citation})`,
      };
    }
    const credit = monthlyCredit(p, trace, { status: req.status, birthDate: req.birthDate }, req.year);
    const annual = annualCredit(trace, credit);
    return {
      year: req.year,
      scheme: req.scheme,
      hasAccount: true,
      ageOnFirstJanuary: credit.age,
      band: credit.band,
      monthlyCredit: yuanOf(credit.fen),
      annualCredit: yuanOf(annual),
      reason: null,
    };
  },
});
