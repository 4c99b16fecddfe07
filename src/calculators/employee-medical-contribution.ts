import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { MAX_COUNT, yearSchema, yuan, yuanOf, yuanOut } from '../engine/inputs';
import { applyRatio, divideHalfUp, formatPercent, formatYuan, PPM, times, yuanToFen, type Fen, type Ppm } from '../engine/money';
import type { Params, ParamUse } from '../engine/params';
import { problem, ProblemError } from '../http/problem';
import type { employeeMedicalInsurance as EMI } from '../tables/employee-medical-insurance';

/**
 * Monthly and annual contributions under 嘉政发〔2014〕87号 第九、十、十二条: an employer by headcount
 * (in-service and retired employees) or self-employed persons, with the critical-illness funding of
 * 第三十条 shown for information. Rules and readings: content/employee-medical-insurance.calculators.md §1.
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
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .nonnegative({ error: 'must not be negative' })
    .max(MAX_COUNT)
    .openapi({ description });

const input = z
  .object({
    year: yearSchema('Contribution year; the rates and parameters in force on 1 January of that year are used'),
    scheme: z.enum(['A', 'B']).openapi({ description: 'A: 统账一; B: 统账二 (第十条)' }),
    category: z
      .enum(['employer', 'self-employed'])
      .default('employer')
      .openapi({ description: 'employer: 用人单位 by headcount; self-employed: 自谋职业人员 (第十二条)' }),
    employed: count(
      'employer: in-service employees 在职职工 (incl. 双缴双保), default 0; self-employed: number of persons, default 1',
    ).optional(),
    retired: count('Retired employees 退休职工人数 (employer only; must be 0 for self-employed)').default(0),
    base: yuan(
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

const ratioOut = (description: string) => z.number().nullable().openapi({ description });
const moneyOrNull = (description: string) => z.number().nullable().openapi({ description });
const amounts = (what: string) =>
  z.object({
    employer: yuanOut(`${what}: employer part`),
    employee: yuanOut(`${what}: employee part (self-employed: the whole amount)`),
    total: yuanOut(`${what}: total`),
  });

const output = z
  .object({
    year: z.number().int(),
    scheme: z.enum(['A', 'B']),
    category: z.enum(['employer', 'self-employed']),
    persons: z.object({ employed: z.number().int(), retired: z.number().int() }),
    base: yuanOut('annual contribution base used'),
    baseSource: z.enum(['request', 'table']).openapi({
      description: 'request: the base given in the request (the gazette does not publish it); table: parameter contribution.base',
    }),
    notice: z.string().nullable().openapi({ description: 'Set when the base comes from the request: says the source does not publish it' }),
    monthlyBase: yuanOut('base ÷ 12, half-up to the fen'),
    rates: z.object({
      employerPerEmployed: ratioOut('employer rate per in-service employee'),
      employerPerRetired: ratioOut('employer rate per retired employee (employer only)'),
      employee: ratioOut('employee rate (in-service)'),
      employeePerRetired: ratioOut('employee rate for retirees (employer only; 0 while only in-service employees pay)'),
      combined: ratioOut('self-employed: employer + employee rates'),
    }),
    perPersonMonthly: z.object({
      employerPerEmployed: moneyOrNull('employer, per in-service employee a month'),
      employerPerRetired: moneyOrNull('employer, per retired employee a month'),
      employee: moneyOrNull('employee, per in-service employee a month'),
      employeePerRetired: moneyOrNull('employee share per retiree a month (0 while only in-service employees pay)'),
      selfEmployed: moneyOrNull('self-employed, per person a month'),
    }),
    monthly: amounts('monthly'),
    annual: amounts('annual (12 × monthly)'),
    criticalIllness: z
      .object({
        rate: z.number(),
        perPersonAnnual: yuanOut('base × rate'),
        fromPooledFund: yuanOut('base × pooled-fund share'),
        fromPublicFinance: yuanOut('base × public-finance share'),
        includedInTotal: z.literal(false),
      })
      .openapi({ description: '职工大病保险 funding (第三十条), for information: not an extra contribution' }),
    trace: z.array(traceStepSchema),
  })
  .openapi('EmployeeMedicalContribution');

type Req = z.output<typeof input>;
type Rate = { ppm: Ppm; use: ParamUse };

const ratioOf = (ppm: Ppm) => ppm / PPM;
const uses = (entries: Record<string, { use: ParamUse }>) => Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, v.use]));

/** 第九条: the base from the request, else the table (which throws not-published while it holds none). */
function contributionBase(p: P, req: Req): { fen: Fen; source: 'request' | 'table'; notice: string | null; step: TraceStep } {
  let published: { fen: Fen; use: ParamUse } | null = null;
  let missing: ProblemError | null = null;
  try {
    published = p.money('contribution.base');
  } catch (e) {
    if (!(e instanceof ProblemError) || req.base === undefined) throw e;
    missing = e;
  }
  const row = p.table.parameters.find((x) => x.key === 'contribution.base');
  const label = row ? row.label.zh : 'contribution.base';
  const citation = published?.use.citation ?? missing?.problem.parameter?.citation ?? `${p.table.sources[0]?.number ?? p.table.id} 第九条`;
  if (req.base === undefined) {
    const fen = published!.fen;
    return {
      fen,
      source: 'table',
      notice: null,
      step: {
        step: 'contribution base',
        rule: citation,
        formula: `contribution.base = ${formatYuan(fen)} a year`,
        inputs: {},
        parameters: { base: published!.use },
        result: yuanOf(fen),
      },
    };
  }
  const fen = yuanToFen(req.base);
  const notice = published
    ? `The base given in the request (${formatYuan(fen)} yuan a year) was used instead of the table's contribution.base (${formatYuan(published.fen)}, ${citation}).`
    : `The contribution base (${label}; ${citation}) is not published in the source; the base given in the request (${formatYuan(fen)} yuan a year) was used.`;
  return {
    fen,
    source: 'request',
    notice,
    step: {
      step: 'contribution base',
      rule: citation,
      formula: `base given in the request = ${formatYuan(fen)} a year`,
      inputs: { base: req.base },
      parameters: published ? { base: published.use } : {},
      result: yuanOf(fen),
      note: notice,
    },
  };
}

function rate(p: P, scheme: Req['scheme'], payer: 'employer' | 'employee', status: 'employed' | 'retired'): Rate {
  return p.find('contribution_rates', { scheme, payer, status }).ratio('rate');
}

export const employeeMedicalContribution = defineCalculator({
  id: 'employee-medical-contribution',
  table: tableRef<typeof EMI>('employee-medical-insurance'),
  input,
  output,
  run(at, req) {
    const d = `${req.year}-01-01`;
    const p = at(d);
    const trace: TraceStep[] = [];
    const selfEmployed = req.category === 'self-employed';
    const employed = req.employed ?? (selfEmployed ? 1 : 0);
    const retired = req.retired;

    // 1. base (第九条)
    const base = contributionBase(p, req);
    trace.push(base.step);

    // 3. rates of 第十条 in force on 1 January (rows for 2015 only; null from 2016 → not-published)
    const employerEmployed = rate(p, req.scheme, 'employer', 'employed');
    const employeeEmployed = rate(p, req.scheme, 'employee', 'employed');
    const employerRetired = selfEmployed ? null : rate(p, req.scheme, 'employer', 'retired');
    const employeeRetired = selfEmployed ? null : rate(p, req.scheme, 'employee', 'retired');

    // 2. monthly base = base ÷ 12 (按月缴纳)
    const paidMonthly = p.get('contribution.paid_monthly');
    if (paidMonthly.value !== true) {
      throw new ProblemError(
        problem(
          'calculation-refused',
          `contribution.paid_monthly is not "yes" in ${p.table.id} on ${d}: this calculator only computes monthly contributions.`,
        ),
      );
    }
    const monthlyBase = divideHalfUp(base.fen, MONTHS_PER_YEAR);
    trace.push({
      step: 'monthly base',
      rule: paidMonthly.use.citation,
      formula: `${formatYuan(base.fen)} ÷ ${MONTHS_PER_YEAR} = ${formatYuan(monthlyBase)} (half-up to the fen)`,
      inputs: { base: yuanOf(base.fen) },
      parameters: { paid_monthly: paidMonthly.use },
      result: yuanOf(monthlyBase),
      note: 'Reading: the base is an annual average wage and contributions are paid monthly, so the monthly base is a twelfth (the text does not state the division).',
    });

    let monthlyEmployer: Fen;
    let monthlyEmployee: Fen;
    let perPerson: {
      employerPerEmployed: Fen | null;
      employerPerRetired: Fen | null;
      employee: Fen | null;
      employeePerRetired: Fen | null;
      selfEmployed: Fen | null;
    };
    let combined: Ppm | null = null;
    if (selfEmployed) {
      // 6. 第十二条: employer + employee rates of in-service employees, paid by the person
      const combinedRule = p.get('contribution.self_employed.pays_combined_rates');
      if (combinedRule.value !== true) {
        throw new ProblemError(
          problem(
            'calculation-refused',
            `category "self-employed" is not supported: contribution.self_employed.pays_combined_rates is not "yes" in ${p.table.id} on ${d}.`,
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
          ),
        );
      }
      combined = employerEmployed.ppm + employeeEmployed.ppm;
      const each = applyRatio(monthlyBase, combined);
      monthlyEmployer = 0;
      monthlyEmployee = times(each, employed);
      perPerson = { employerPerEmployed: null, employerPerRetired: null, employee: null, employeePerRetired: null, selfEmployed: each };
      trace.push({
        step: 'self-employed monthly contribution',
        rule: combinedRule.use.citation,
        formula: `${formatYuan(monthlyBase)} × (${formatPercent(employerEmployed.ppm)} + ${formatPercent(employeeEmployed.ppm)} = ${formatPercent(combined)}) = ${formatYuan(each)}; × ${employed} person(s) = ${formatYuan(monthlyEmployee)}`,
        inputs: { monthlyBase: yuanOf(monthlyBase), persons: employed },
        parameters: uses({ pays_combined_rates: combinedRule, employer_rate: employerEmployed, employee_rate: employeeEmployed }),
        result: yuanOf(monthlyEmployee),
      });
    } else {
      // 4. employer by headcount; 5. employees' own share
      const er = employerRetired!;
      const pr = employeeRetired!;
      const perEmployed = applyRatio(monthlyBase, employerEmployed.ppm);
      const perRetired = applyRatio(monthlyBase, er.ppm);
      const perEmployee = applyRatio(monthlyBase, employeeEmployed.ppm);
      const perEmployeeRetired = applyRatio(monthlyBase, pr.ppm);
      monthlyEmployer = times(perEmployed, employed) + times(perRetired, retired);
      monthlyEmployee = times(perEmployee, employed) + times(perEmployeeRetired, retired);
      perPerson = {
        employerPerEmployed: perEmployed,
        employerPerRetired: perRetired,
        employee: perEmployee,
        employeePerRetired: perEmployeeRetired,
        selfEmployed: null,
      };
      trace.push({
        step: 'employer monthly contribution',
        rule: employerEmployed.use.citation,
        formula:
          `${formatYuan(monthlyBase)} × ${formatPercent(employerEmployed.ppm)} = ${formatYuan(perEmployed)} × ${employed} in-service` +
          ` + ${formatYuan(monthlyBase)} × ${formatPercent(er.ppm)} = ${formatYuan(perRetired)} × ${retired} retired = ${formatYuan(monthlyEmployer)}`,
        inputs: { monthlyBase: yuanOf(monthlyBase), employed, retired },
        parameters: uses({ rate_per_employed: employerEmployed, rate_per_retired: er }),
        result: yuanOf(monthlyEmployer),
      });
      trace.push({
        step: 'employee monthly contribution',
        rule: employeeEmployed.use.citation,
        formula:
          `${formatYuan(monthlyBase)} × ${formatPercent(employeeEmployed.ppm)} = ${formatYuan(perEmployee)} × ${employed} in-service` +
          ` + ${formatYuan(monthlyBase)} × ${formatPercent(pr.ppm)} = ${formatYuan(perEmployeeRetired)} × ${retired} retired = ${formatYuan(monthlyEmployee)}`,
        inputs: { monthlyBase: yuanOf(monthlyBase), employed, retired },
        parameters: uses({ rate_employed: employeeEmployed, rate_retired: pr }),
        result: yuanOf(monthlyEmployee),
      });
    }

    // 7. annual = 12 × monthly
    const monthlyTotal = monthlyEmployer + monthlyEmployee;
    const annual = { employer: times(monthlyEmployer, MONTHS_PER_YEAR), employee: times(monthlyEmployee, MONTHS_PER_YEAR), total: 0 };
    annual.total = annual.employer + annual.employee;
    trace.push({
      step: 'annual contribution',
      rule: paidMonthly.use.citation,
      formula: `${MONTHS_PER_YEAR} × (${formatYuan(monthlyEmployer)} + ${formatYuan(monthlyEmployee)}) = ${formatYuan(annual.employer)} + ${formatYuan(annual.employee)} = ${formatYuan(annual.total)}`,
      inputs: { monthlyEmployer: yuanOf(monthlyEmployer), monthlyEmployee: yuanOf(monthlyEmployee) },
      parameters: {},
      result: yuanOf(annual.total),
    });

    // 8. critical-illness funding (第三十条), information only, each share rounded separately
    const ciRate = p.ratio('contribution.critical_illness.rate');
    const ciFund = p.ratio('contribution.critical_illness.from_pooled_fund');
    const ciFinance = p.ratio('contribution.critical_illness.from_public_finance');
    const ci = {
      perPersonAnnual: applyRatio(base.fen, ciRate.ppm),
      fromPooledFund: applyRatio(base.fen, ciFund.ppm),
      fromPublicFinance: applyRatio(base.fen, ciFinance.ppm),
    };
    trace.push({
      step: 'critical-illness insurance funding (information, not an extra contribution)',
      rule: ciRate.use.citation,
      formula:
        `${formatYuan(base.fen)} × ${formatPercent(ciRate.ppm)} = ${formatYuan(ci.perPersonAnnual)}; of which pooled fund ${formatPercent(ciFund.ppm)} = ${formatYuan(ci.fromPooledFund)}` +
        `, public finance ${formatPercent(ciFinance.ppm)} = ${formatYuan(ci.fromPublicFinance)} (each rounded separately)`,
      inputs: { base: yuanOf(base.fen) },
      parameters: uses({ rate: ciRate, from_pooled_fund: ciFund, from_public_finance: ciFinance }),
      result: yuanOf(ci.perPersonAnnual),
      note: 'Reading: per insured person; not included in the totals.',
    });

    const ratioOrNull = (r: Rate | null) => (r ? ratioOf(r.ppm) : null);
    const yuanOrNull = (f: Fen | null) => (f === null ? null : yuanOf(f));
    return {
      year: req.year,
      scheme: req.scheme,
      category: req.category,
      persons: { employed, retired },
      base: yuanOf(base.fen),
      baseSource: base.source,
      notice: base.notice,
      monthlyBase: yuanOf(monthlyBase),
      rates: {
        employerPerEmployed: ratioOf(employerEmployed.ppm),
        employerPerRetired: ratioOrNull(employerRetired),
        employee: ratioOf(employeeEmployed.ppm),
        employeePerRetired: ratioOrNull(employeeRetired),
        combined: combined === null ? null : ratioOf(combined),
      },
      perPersonMonthly: {
        employerPerEmployed: yuanOrNull(perPerson.employerPerEmployed),
        employerPerRetired: yuanOrNull(perPerson.employerPerRetired),
        employee: yuanOrNull(perPerson.employee),
        employeePerRetired: yuanOrNull(perPerson.employeePerRetired),
        selfEmployed: yuanOrNull(perPerson.selfEmployed),
      },
      monthly: { employer: yuanOf(monthlyEmployer), employee: yuanOf(monthlyEmployee), total: yuanOf(monthlyTotal) },
      annual: { employer: yuanOf(annual.employer), employee: yuanOf(annual.employee), total: yuanOf(annual.total) },
      criticalIllness: {
        rate: ratioOf(ciRate.ppm),
        perPersonAnnual: yuanOf(ci.perPersonAnnual),
        fromPooledFund: yuanOf(ci.fromPooledFund),
        fromPublicFinance: yuanOf(ci.fromPublicFinance),
        includedInTotal: false as const,
      },
      trace,
    };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const employeeMedicalContributionDocs = {
  title: { zh: '职工医保缴费', en: 'Employee medical insurance: contributions' },
  description: {
    zh: '按嘉政发〔2014〕87号第九、十、十二条计算用人单位（按在职、退休职工人数）或自谋职业人员的月缴费和年缴费，并列示第三十条职工大病保险筹资（仅供参考）。缴费基数原文未公布，需在请求中提供。',
    en: 'Monthly and annual contributions of an employer (by in-service and retired headcount) or of self-employed persons under 嘉政发〔2014〕87号 第九、十、十二条, with the critical-illness funding of 第三十条 for information. The base is not published in the gazette: give it in the request.',
  },
  examples: {
    employerB: {
      summary: 'Employer, scheme B, 10 in-service and 3 retired employees, base 48 000 a year (2015)',
      value: { year: 2015, scheme: 'B', category: 'employer', employed: 10, retired: 3, base: 48000 },
    },
    employerA: {
      summary: 'Employer, scheme A (统账一): retirees are not charged, base 48 000 (2015)',
      value: { year: 2015, scheme: 'A', category: 'employer', employed: 10, retired: 3, base: 48000 },
    },
    selfEmployedB: {
      summary: 'One self-employed person, scheme B: both rates of sheet contribution_rates combined (第十二条), base 48 000 (2015)',
      value: { year: 2015, scheme: 'B', category: 'self-employed', base: 48000 },
    },
  },
} satisfies CalculatorDocs<typeof employeeMedicalContribution>;
