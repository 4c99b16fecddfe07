import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { refused } from '../../engine/errors';
import { MAX_COUNT, yearSchema, yuan, yuanOf, yuanOut, ratioOut } from '../../engine/inputs';
import { applyRatio, divideHalfUp, type Fen, fen, PPM, type Ppm, percentText, times, yuanText, yuanToFen, ZERO } from '../../engine/money';
import { errorOf, type Params, type RatioRead, type Read } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { employeeMedicalInsurance as EMI } from './table';

/**
 * Monthly and annual contributions under 嘉政发〔2014〕87号 第九、十、十二条: an employer by headcount
 * (in-service and retired employees) or self-employed persons, with the critical-illness funding of
 * 第三十条 shown for information.
 *
 * Readings (also in the workbook notes):
 * - The base (上上年度市区全社会在岗职工平均工资, 第九条) is an annual average wage that the gazette does not
 *   publish; the caller gives it, and the answer says it came from the request.
 * - 按月缴纳 (第九条): the monthly base is the annual base ÷ 12, rounded half-up to the fen.
 * - Self-employed persons pay the employer and employee rates of in-service employees combined (第十二条);
 *   a self-employed retiree pays no monthly contribution (第十七条), so `retired` must be 0 for them.
 * - The critical-illness funding (a ratio of the base, 第三十条) is not an extra contribution; "per person" is a reading.
 */

type P = Params<typeof EMI>;

/** 12 months a year: the monthly base is a twelfth of the annual base; annual amounts are 12 × monthly. */
const MONTHS_PER_YEAR = 12;

const count = (description: string) =>
  z
    .number()
    .int()
    .nonnegative()
    .max(MAX_COUNT)
    .openapi(DOCUMENTED && { description });

const input = z
  .object({
    year: yearSchema(DOCUMENTED && 'Contribution year; the rates and parameters in force on 1 January of that year are used'),
    scheme: z.enum(['A', 'B']).openapi(DOCUMENTED && { description: 'A: 统账一; B: 统账二 (第十条)' }),
    category: z
      .enum(['employer', 'self-employed'])
      .default('employer')
      .openapi(DOCUMENTED && { description: 'employer: 用人单位 by headcount; self-employed: 自谋职业人员 (第十二条)' }),
    employed: count(
      DOCUMENTED && 'employer: in-service employees 在职职工 (incl. 双缴双保), default 0; self-employed: number of persons, default 1',
    ).optional(),
    retired: count(DOCUMENTED && 'Retired employees 退休职工人数 (employer only; must be 0 for self-employed)').default(0),
    base: yuan(
      DOCUMENTED &&
        'Annual contribution base 缴费基数 (上上年度市区全社会在岗职工平均工资, yuan a year). Not published in the gazette: give it here, else the table value is used (422 not-published while it has none)',
    ).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.category === 'self-employed' && r.retired > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['retired'],
        message: 'must be 0 for self-employed persons: a self-employed retiree pays no monthly contribution (第十七条)',
      });
    }
  });

const ratioOrNullOut = (description: string) => ratioOut(description).nullable();
/** Yuan (x-unit CNY, shown with two decimals), null where the figure does not apply to the category. */
const moneyOrNull = (description: string) => yuanOut(description).nullable();
const amounts = (what: string) =>
  z.object({
    employer: yuanOut(DOCUMENTED && `${what}: employer part`),
    employee: yuanOut(DOCUMENTED && `${what}: employee part (self-employed: the whole amount)`),
    total: yuanOut(DOCUMENTED && `${what}: total`),
  });

const output =
  DOCUMENTED &&
  z
    .object({
      year: z.number().int(),
      scheme: z.enum(['A', 'B']),
      category: z.enum(['employer', 'self-employed']),
      persons: z.object({ employed: z.number().int(), retired: z.number().int() }),
      base: yuanOut(DOCUMENTED && 'annual contribution base used'),
      baseSource: z.enum(['request', 'table']).openapi(
        DOCUMENTED && {
          description: 'request: the base given in the request (the gazette does not publish it); table: parameter contribution.base',
        },
      ),
      notice: z
        .string()
        .nullable()
        .openapi(DOCUMENTED && { description: 'Set when the base comes from the request: says the source does not publish it' }),
      monthlyBase: yuanOut(DOCUMENTED && 'base ÷ 12, half-up to the fen'),
      rates: z.object({
        employerPerEmployed: ratioOrNullOut(DOCUMENTED && 'employer rate per in-service employee'),
        employerPerRetired: ratioOrNullOut(DOCUMENTED && 'employer rate per retired employee (employer only)'),
        employee: ratioOrNullOut(DOCUMENTED && 'employee rate (in-service)'),
        employeePerRetired: ratioOrNullOut(
          DOCUMENTED && 'employee rate for retirees (employer only; 0 while only in-service employees pay)',
        ),
        combined: ratioOrNullOut(DOCUMENTED && 'self-employed: employer + employee rates'),
      }),
      perPersonMonthly: z.object({
        employerPerEmployed: moneyOrNull(DOCUMENTED && 'employer, per in-service employee a month'),
        employerPerRetired: moneyOrNull(DOCUMENTED && 'employer, per retired employee a month'),
        employee: moneyOrNull(DOCUMENTED && 'employee, per in-service employee a month'),
        employeePerRetired: moneyOrNull(DOCUMENTED && 'employee share per retiree a month (0 while only in-service employees pay)'),
        selfEmployed: moneyOrNull(DOCUMENTED && 'self-employed, per person a month'),
      }),
      monthly: amounts('monthly'),
      annual: amounts('annual (12 × monthly)'),
      criticalIllness: z
        .object({
          rate: ratioOut(DOCUMENTED && 'critical-illness premium rate of the base'),
          perPersonAnnual: yuanOut(DOCUMENTED && 'base × rate'),
          fromPooledFund: yuanOut(DOCUMENTED && 'base × pooled-fund share'),
          fromPublicFinance: yuanOut(DOCUMENTED && 'base × public-finance share'),
          includedInTotal: z.literal(false).openapi(
            DOCUMENTED && {
              description:
                'always false: the funding comes from the pooled fund and public finance (第三十条), not from an extra contribution, so it is not added to monthly or annual',
            },
          ),
        })
        .openapi(DOCUMENTED && { description: '职工大病保险 funding (第三十条), for information: not an extra contribution' }),
    })
    .openapi('EmployeeMedicalContribution');

type Req = z.output<typeof input>;

const ratioOf = (ppm: Ppm) => ppm / PPM;
const y = yuanText;
const pct = percentText;
/** The notice is an answer field: its figures keep the format it always had (no thousands separators). */
const plainYuan = (x: Fen) => yuanText(x).replace(/,/g, '');

/** 第九条: the base from the request, else the table (not-published while it holds none). */
function contributionBase(p: P, trace: Trace, req: Req): { fen: Fen; source: 'request' | 'table'; notice: string | null } {
  return trace.step({ zh: '缴费基数', en: 'contribution base' }, (s) => {
    const table = p.optional('contribution.base');
    if (req.base === undefined) {
      if (!table.published) throw errorOf(table.missing);
      const amount = yuanToFen(table.value as number);
      s.formula({
        zh: `缴费基数（上上年度市区全社会在岗职工平均工资）按数据表为每年 ${y(amount)} 元`,
        en: `contribution.base = ${y(amount)} a year`,
      });
      return s.result(yuanOf(amount), { fen: amount, source: 'table' as const, notice: null });
    }
    const label = p.table.parameters.find((x) => x.key === 'contribution.base')?.label.zh ?? 'contribution.base';
    const citation = table.published ? table.use.citation : (table.missing.citation ?? p.article('第九条'));
    const amount = yuanToFen(req.base);
    const published = table.published ? yuanToFen(table.value as number) : null;
    const notice =
      published !== null
        ? `The base given in the request (${plainYuan(amount)} yuan a year) was used instead of the table's contribution.base (${plainYuan(published)}, ${citation}).`
        : `The contribution base (${label}; ${citation}) is not published in the source; the base given in the request (${plainYuan(amount)} yuan a year) was used.`;
    s.rule(citation).inputs({ base: req.base });
    s.formula({ zh: `按请求所给缴费基数：每年 ${y(amount)} 元`, en: `base given in the request = ${y(amount)} a year` });
    s.note({
      zh:
        published !== null
          ? `采用请求所给的缴费基数（每年 ${y(amount)} 元），而非数据表中的缴费基数（${y(published)} 元，${citation}）。`
          : `${label}（${citation}）原文未公布，采用请求所给的基数每年 ${y(amount)} 元。`,
      en: notice,
    });
    return s.result(yuanOf(amount), { fen: amount, source: 'request' as const, notice });
  });
}

function rate(p: P, scheme: Req['scheme'], payer: 'employer' | 'employee', status: 'employed' | 'retired'): RatioRead {
  return p.find('contribution_rates', { scheme, payer, status }).ratio('rate');
}

/** The rates of 第十条 that apply: an employer's for both statuses, a self-employed person's for in-service employees. */
interface Rates {
  employerEmployed: RatioRead;
  employeeEmployed: RatioRead;
  employerRetired: RatioRead | null;
  employeeRetired: RatioRead | null;
}

/**
 * 第十条: the rates in force on 1 January (rows for 2015 only; none from 2016 → not-published). Read before the monthly
 * base so that a year without rates is named first; the steps that apply them cite them.
 */
function contributionRates(p: P, req: Req, selfEmployed: boolean): Rates {
  const employerEmployed = rate(p, req.scheme, 'employer', 'employed');
  const employeeEmployed = rate(p, req.scheme, 'employee', 'employed');
  const employerRetired = selfEmployed ? null : rate(p, req.scheme, 'employer', 'retired');
  const employeeRetired = selfEmployed ? null : rate(p, req.scheme, 'employee', 'retired');
  return { employerEmployed, employeeEmployed, employerRetired, employeeRetired };
}

/**
 * 第九条 按月缴纳: the monthly base is the annual base ÷ 12, half-up to the fen. Reading: the base is an annual average
 * wage and contributions are paid monthly (the text does not state the division).
 */
function monthlyBaseOf(p: P, trace: Trace, base: Fen, d: string): { monthlyBase: Fen; paidMonthly: Read } {
  return trace.step({ zh: '月缴费基数', en: 'monthly base' }, (s) => {
    const paid = p.get('contribution.paid_monthly');
    if (paid.value !== true) {
      throw refused({
        zh: `数据表 ${p.table.id} 在 ${d} 未规定按月缴纳：本计算器只计算按月缴纳的缴费。`,
        en: `contribution.paid_monthly is not "yes" in ${p.table.id} on ${d}: this calculator only computes monthly contributions.`,
      });
    }
    const monthly = divideHalfUp(base, MONTHS_PER_YEAR);
    s.inputs({ base: yuanOf(base) });
    s.formula({
      zh: `每年 ${y(base)} 元 ÷ ${MONTHS_PER_YEAR} 个月 = 每月 ${y(monthly)} 元（四舍五入到分）`,
      en: `${y(base)} ÷ ${MONTHS_PER_YEAR} = ${y(monthly)} (half-up to the fen)`,
    });
    s.note({
      zh: '解读：缴费基数是年平均工资，缴费按月缴纳，所以月基数取其十二分之一（原文未写明这一除法）。',
      en: 'Reading: the base is an annual average wage and contributions are paid monthly, so the monthly base is a twelfth (the text does not state the division).',
    });
    return s.result(yuanOf(monthly), { monthlyBase: monthly, paidMonthly: paid });
  });
}

/** What is paid a month, by whom, and per person. */
interface Monthly {
  employer: Fen;
  employee: Fen;
  perPerson: {
    employerPerEmployed: Fen | null;
    employerPerRetired: Fen | null;
    employee: Fen | null;
    employeePerRetired: Fen | null;
    selfEmployed: Fen | null;
  };
  combined: Ppm | null;
}

/** 第十二条: a self-employed person pays the employer and employee rates of in-service employees combined. */
function selfEmployedMonthly(p: P, trace: Trace, rates: Rates, monthlyBase: Fen, persons: number, d: string): Monthly {
  const { employerEmployed, employeeEmployed } = rates;
  const paid = trace.step({ zh: '自谋职业人员月缴费', en: 'self-employed monthly contribution' }, (s) => {
    const combinedRule = p.get('contribution.self_employed.pays_combined_rates');
    if (combinedRule.value !== true) {
      throw refused(
        {
          zh: `数据表 ${p.table.id} 在 ${d} 未规定自谋职业人员按单位和个人费率合计缴费：不能计算自谋职业人员的缴费。`,
          en: `category "self-employed" is not supported: contribution.self_employed.pays_combined_rates is not "yes" in ${p.table.id} on ${d}.`,
        },
        {
          errors: [
            {
              pointer: '/category',
              field: 'category',
              in: 'body',
              message: 'self-employed contributions are not defined by the table on this date',
            },
          ],
        },
      );
    }
    const both = (employerEmployed.ppm + employeeEmployed.ppm) as Ppm;
    const each = applyRatio(monthlyBase, both);
    const all = times(each, persons);
    s.rule(combinedRule.use.citation).uses(employerEmployed, employeeEmployed);
    s.inputs({ monthlyBase: yuanOf(monthlyBase), persons });
    s.formula({
      zh: `月基数 ${y(monthlyBase)} 元 ×（单位费率 ${pct(employerEmployed.ppm)} + 个人费率 ${pct(employeeEmployed.ppm)} = ${pct(both)}）= 每人 ${y(each)} 元；× ${persons} 人 = ${y(all)} 元，由本人缴纳`,
      en: `${y(monthlyBase)} × (${pct(employerEmployed.ppm)} + ${pct(employeeEmployed.ppm)} = ${pct(both)}) = ${y(each)}; × ${persons} person(s) = ${y(all)}`,
    });
    return s.result(yuanOf(all), { both, each, all });
  });
  return {
    employer: ZERO,
    employee: paid.all,
    perPerson: { employerPerEmployed: null, employerPerRetired: null, employee: null, employeePerRetired: null, selfEmployed: paid.each },
    combined: paid.both,
  };
}

/** 第十条: an employer's contributions by headcount — the employer's share, then the employees' own share. */
function employerMonthly(trace: Trace, rates: Rates, monthlyBase: Fen, employed: number, retired: number): Monthly {
  const { employerEmployed, employeeEmployed } = rates;
  const er = rates.employerRetired!;
  const pr = rates.employeeRetired!;
  const perEmployed = applyRatio(monthlyBase, employerEmployed.ppm);
  const perRetired = applyRatio(monthlyBase, er.ppm);
  const perEmployee = applyRatio(monthlyBase, employeeEmployed.ppm);
  const perEmployeeRetired = applyRatio(monthlyBase, pr.ppm);
  const employer = fen(times(perEmployed, employed) + times(perRetired, retired));
  const employee = fen(times(perEmployee, employed) + times(perEmployeeRetired, retired));
  trace.step({ zh: '单位月缴费', en: 'employer monthly contribution' }, (s) => {
    s.uses(employerEmployed, er).inputs({ monthlyBase: yuanOf(monthlyBase), employed, retired });
    s.formula({
      zh:
        `月基数 ${y(monthlyBase)} 元 × 在职费率 ${pct(employerEmployed.ppm)} = ${y(perEmployed)} 元 × 在职 ${employed} 人` +
        ` + ${y(monthlyBase)} 元 × 退休费率 ${pct(er.ppm)} = ${y(perRetired)} 元 × 退休 ${retired} 人 = ${y(employer)} 元，由单位缴纳`,
      en:
        `${y(monthlyBase)} × ${pct(employerEmployed.ppm)} = ${y(perEmployed)} × ${employed} in-service` +
        ` + ${y(monthlyBase)} × ${pct(er.ppm)} = ${y(perRetired)} × ${retired} retired = ${y(employer)}`,
    });
    return s.result(yuanOf(employer));
  });
  trace.step({ zh: '个人月缴费', en: 'employee monthly contribution' }, (s) => {
    s.uses(employeeEmployed, pr).inputs({ monthlyBase: yuanOf(monthlyBase), employed, retired });
    s.formula({
      zh:
        `月基数 ${y(monthlyBase)} 元 × 在职个人费率 ${pct(employeeEmployed.ppm)} = ${y(perEmployee)} 元 × 在职 ${employed} 人` +
        ` + ${y(monthlyBase)} 元 × 退休个人费率 ${pct(pr.ppm)} = ${y(perEmployeeRetired)} 元 × 退休 ${retired} 人 = ${y(employee)} 元，由职工个人缴纳`,
      en:
        `${y(monthlyBase)} × ${pct(employeeEmployed.ppm)} = ${y(perEmployee)} × ${employed} in-service` +
        ` + ${y(monthlyBase)} × ${pct(pr.ppm)} = ${y(perEmployeeRetired)} × ${retired} retired = ${y(employee)}`,
    });
    return s.result(yuanOf(employee));
  });
  return {
    employer,
    employee,
    perPerson: {
      employerPerEmployed: perEmployed,
      employerPerRetired: perRetired,
      employee: perEmployee,
      employeePerRetired: perEmployeeRetired,
      selfEmployed: null,
    },
    combined: null,
  };
}

/** 第九条 按月缴纳: the year's contributions are 12 × the monthly ones. */
function annualContribution(trace: Trace, paidMonthly: Read, monthly: Monthly) {
  return trace.step({ zh: '年缴费', en: 'annual contribution' }, (s) => {
    const employer = times(monthly.employer, MONTHS_PER_YEAR);
    const employee = times(monthly.employee, MONTHS_PER_YEAR);
    const total = fen(employer + employee);
    s.uses(paidMonthly).inputs({ monthlyEmployer: yuanOf(monthly.employer), monthlyEmployee: yuanOf(monthly.employee) });
    s.formula({
      zh: `${MONTHS_PER_YEAR} 个月 ×（单位 ${y(monthly.employer)} 元 + 个人 ${y(monthly.employee)} 元）= 单位 ${y(employer)} 元 + 个人 ${y(employee)} 元 = ${y(total)} 元`,
      en: `${MONTHS_PER_YEAR} × (${y(monthly.employer)} + ${y(monthly.employee)}) = ${y(employer)} + ${y(employee)} = ${y(total)}`,
    });
    return s.result(yuanOf(total), { employer, employee, total });
  });
}

/**
 * 第三十条: the critical-illness funding, a ratio of the base split between the pooled fund and public finance, each
 * share rounded separately. Information only, not an extra contribution; "per insured person" is a reading.
 */
function criticalIllnessFunding(p: P, trace: Trace, base: Fen) {
  return trace.step(
    {
      zh: '职工大病保险筹资（仅供参考，不是另外的缴费）',
      en: 'critical-illness insurance funding (information, not an extra contribution)',
    },
    (s) => {
      const ciRate = p.ratio('contribution.critical_illness.rate');
      const ciFund = p.ratio('contribution.critical_illness.from_pooled_fund');
      const ciFinance = p.ratio('contribution.critical_illness.from_public_finance');
      const perPersonAnnual = applyRatio(base, ciRate.ppm);
      const fromPooledFund = applyRatio(base, ciFund.ppm);
      const fromPublicFinance = applyRatio(base, ciFinance.ppm);
      s.inputs({ base: yuanOf(base) });
      s.formula({
        zh:
          `缴费基数 ${y(base)} 元 × ${pct(ciRate.ppm)} = ${y(perPersonAnnual)} 元；其中统筹基金 ${pct(ciFund.ppm)} = ${y(fromPooledFund)} 元，` +
          `财政 ${pct(ciFinance.ppm)} = ${y(fromPublicFinance)} 元（各自四舍五入到分）`,
        en:
          `${y(base)} × ${pct(ciRate.ppm)} = ${y(perPersonAnnual)}; of which pooled fund ${pct(ciFund.ppm)} = ${y(fromPooledFund)}` +
          `, public finance ${pct(ciFinance.ppm)} = ${y(fromPublicFinance)} (each rounded separately)`,
      });
      s.note({ zh: '解读：按每位参保人员计算；不计入缴费合计。', en: 'Reading: per insured person; not included in the totals.' });
      return s.result(yuanOf(perPersonAnnual), { rate: ciRate.ppm, perPersonAnnual, fromPooledFund, fromPublicFinance });
    },
  );
}

const ratioOrNull = (r: RatioRead | null) => (r ? ratioOf(r.ppm) : null);
const yuanOrNull = (f: Fen | null) => (f === null ? null : yuanOf(f));

/** The answer: the figures in yuan, the rates as ratios. */
function answerOf(
  req: Req,
  x: {
    persons: { employed: number; retired: number };
    base: { fen: Fen; source: 'request' | 'table'; notice: string | null };
    monthlyBase: Fen;
    rates: Rates;
    monthly: Monthly;
    annual: { employer: Fen; employee: Fen; total: Fen };
    ci: { rate: Ppm; perPersonAnnual: Fen; fromPooledFund: Fen; fromPublicFinance: Fen };
  },
) {
  const { persons, base, monthlyBase, rates, monthly, annual, ci } = x;
  return {
    year: req.year,
    scheme: req.scheme,
    category: req.category,
    persons,
    base: yuanOf(base.fen),
    baseSource: base.source,
    notice: base.notice,
    monthlyBase: yuanOf(monthlyBase),
    rates: {
      employerPerEmployed: ratioOf(rates.employerEmployed.ppm),
      employerPerRetired: ratioOrNull(rates.employerRetired),
      employee: ratioOf(rates.employeeEmployed.ppm),
      employeePerRetired: ratioOrNull(rates.employeeRetired),
      combined: monthly.combined === null ? null : ratioOf(monthly.combined),
    },
    perPersonMonthly: {
      employerPerEmployed: yuanOrNull(monthly.perPerson.employerPerEmployed),
      employerPerRetired: yuanOrNull(monthly.perPerson.employerPerRetired),
      employee: yuanOrNull(monthly.perPerson.employee),
      employeePerRetired: yuanOrNull(monthly.perPerson.employeePerRetired),
      selfEmployed: yuanOrNull(monthly.perPerson.selfEmployed),
    },
    monthly: {
      employer: yuanOf(monthly.employer),
      employee: yuanOf(monthly.employee),
      total: yuanOf(fen(monthly.employer + monthly.employee)),
    },
    annual: { employer: yuanOf(annual.employer), employee: yuanOf(annual.employee), total: yuanOf(annual.total) },
    criticalIllness: {
      rate: ratioOf(ci.rate),
      perPersonAnnual: yuanOf(ci.perPersonAnnual),
      fromPooledFund: yuanOf(ci.fromPooledFund),
      fromPublicFinance: yuanOf(ci.fromPublicFinance),
      includedInTotal: false as const,
    },
  };
}

export const employeeMedicalContribution = defineCalculator({
  id: 'employee-medical-contribution',
  table: tableRef<typeof EMI>('employee-medical-insurance'),
  input,
  output,
  run({ at, trace }, req) {
    trace.restsOn(`${req.year}-12-31`); // the contributions of a year rest on the whole year
    const d = `${req.year}-01-01`;
    const p = at(d);
    const selfEmployed = req.category === 'self-employed';
    const employed = req.employed ?? (selfEmployed ? 1 : 0);
    const retired = req.retired;

    const base = contributionBase(p, trace, req);
    const rates = contributionRates(p, req, selfEmployed);
    const { monthlyBase, paidMonthly } = monthlyBaseOf(p, trace, base.fen, d);
    const monthly = selfEmployed
      ? selfEmployedMonthly(p, trace, rates, monthlyBase, employed, d)
      : employerMonthly(trace, rates, monthlyBase, employed, retired);
    const annual = annualContribution(trace, paidMonthly, monthly);
    const ci = criticalIllnessFunding(p, trace, base.fen);

    return answerOf(req, { persons: { employed, retired }, base, monthlyBase, rates, monthly, annual, ci });
  },
});
