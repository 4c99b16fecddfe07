import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { ageOn, isoDate, MAX_COUNT, yuan, yuanOf, yuanOut, ratioOut } from '../../engine/inputs';
import { applyRatio, divideHalfUp, type Fen, fen, PPM, percentText, times, yuanText, yuanToFen, ZERO } from '../../engine/money';
import type { Params, RatioRead, Read } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { employeeMedicalInsurance as EMI } from './table';

/**
 * One-off transfer (移交) of a retiree to scheme B, 嘉政发〔2014〕87号 第十六条 (self-employed retirees too,
 * 第十七条): a lump sum per year until age 75 (at least 5 years), arrears for an interrupted period of
 * people retired before 2015, both reduced during the transition (2015: 90%); optionally the check of the
 * contribution years of 第十四条.
 *
 * Readings (also in the workbook notes):
 * - years charged = until_age − age in completed years (周岁) on the application date: a started year counts
 *   whole; 不足5年按5年 includes people aged 75 and over.
 * - The reduction is known for 2015 only; from 2016 it is not published (lower, but not given) → 422.
 * - Exempt from the years check: retired strictly before 2001-06-30 (spec); 满25年 = at least 300 months.
 * - A shortfall is priced at 3.5% of the annual base per missing year, pro rata by month.
 * - Benefits start the month after payment (自缴费次月起), payment taken as the application date.
 * - Arrears are owed only for an interrupted period the caller gives (interruptedMonths / interruptionStart). Without
 *   one they are not assessed (arrears.applicable null, total null) unless the retirement date already rules them
 *   out (retired on or after transfer.arrears_retired_before); interruptedMonths 0 says there was no interruption.
 * - 第十六条 concerns 退休人员 (retirees): a retirementDate after the application is refused. The age of retirement
 *   (法定退休年龄, 第十四条) is not in the workbook, so no minimum age is checked: the birthDate only has to precede
 *   the application, and the years charged never exceed transfer.until_age.
 */

/** 12 months a year (years are counted by month, 第十四条). */
const MONTHS_PER_YEAR = 12;

const count = (description: string) =>
  z
    .number()
    .int()
    .nonnegative()
    .max(MAX_COUNT)
    .openapi(DOCUMENTED && { description });

const yearMonth = z
  .string({ error: 'must be a month YYYY-MM' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month YYYY-MM' })
  .openapi(
    DOCUMENTED && {
      description:
        'First month without cover (YYYY-MM); months are counted from it to the month of transfer.arrears_counted_until inclusive',
      example: '2014-03',
    },
  );

const input = z
  .object({
    birthDate: isoDate(DOCUMENTED && 'Date of birth'),
    applicationDate: isoDate(
      DOCUMENTED && 'Date the transfer is applied for and handled (办理); parameters in force on that date are used',
    ),
    retirementDate: isoDate(
      DOCUMENTED &&
        'Retirement date, on or before applicationDate (the transfer is for retirees); required for arrears (interrupted period) and for the contribution-years check',
    ).optional(),
    interruptedMonths: count(
      DOCUMENTED &&
        'Months without cover up to the month of transfer.arrears_counted_until, as counted by the caller (give this or interruptionStart)',
    ).optional(),
    interruptionStart: yearMonth.optional(),
    sex: z
      .enum(['male', 'female'])
      .optional()
      .openapi(DOCUMENTED && { description: 'With contributionMonths: check the required contribution years (第十四条)' }),
    contributionMonths: count(DOCUMENTED && 'Contribution years in months 医保缴费年限 (with sex)').optional(),
    base: yuan(
      DOCUMENTED && 'Annual contribution base of the year of payment (yuan), used only to price a shortfall of contribution years',
    ).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.birthDate > r.applicationDate) issue('birthDate', 'must not be after applicationDate');
    if (r.interruptedMonths !== undefined && r.interruptionStart !== undefined)
      issue('interruptionStart', 'give either interruptedMonths or interruptionStart, not both');
    if ((r.sex === undefined) !== (r.contributionMonths === undefined))
      issue(
        r.sex === undefined ? 'sex' : 'contributionMonths',
        'sex and contributionMonths go together (the contribution-years check needs both)',
      );
    const needsRetirement = r.interruptedMonths !== undefined || r.interruptionStart !== undefined || r.contributionMonths !== undefined;
    if (needsRetirement && r.retirementDate === undefined)
      issue('retirementDate', 'required with an interrupted period or a contribution-years check');
    if (r.retirementDate !== undefined && r.retirementDate < r.birthDate) issue('retirementDate', 'must not be before birthDate');
    // 第十六条 「…的退休人员经本人申请」: only a person already retired applies.
    else if (r.retirementDate !== undefined && r.retirementDate > r.applicationDate)
      issue('retirementDate', 'must not be after applicationDate (the transfer is for retirees)');
  });

const output =
  DOCUMENTED &&
  z
    .object({
      applicationDate: z.string(),
      ageAtApplication: z.number().int(),
      eligibility: z
        .object({
          checked: z.boolean(),
          exempt: z
            .boolean()
            .nullable()
            .openapi(
              DOCUMENTED && {
                description: 'retired before contribution.required_years.exempt_retired_before: no required years (第十四条)',
              },
            ),
          requiredMonths: z.number().int().nullable(),
          contributionMonths: z.number().int().nullable(),
          meetsRequiredYears: z.boolean().nullable(),
          shortfallMonths: z.number().int().nullable(),
          shortfallPayment: z
            .number()
            .nullable()
            .openapi(DOCUMENTED && { description: 'one-off payment for the missing months (if base given)' }),
        })
        .openapi(DOCUMENTED && { description: 'Contribution years check of 第十四条 (only when sex and contributionMonths are given)' }),
      eligible: z
        .boolean()
        .nullable()
        .openapi(DOCUMENTED && { description: 'false: the contribution years are not met (a decision, see reasons); null: not checked' }),
      reasons: z.array(z.string()),
      lumpSum: z
        .object({
          years: z.number().int(),
          full: yuanOut(DOCUMENTED && 'years × fee per year'),
          reduction: ratioOut(DOCUMENTED && 'share of the full fee payable in the transition year'),
          payable: yuanOut(DOCUMENTED && 'full × reduction'),
        })
        .nullable(),
      arrears: z
        .object({
          applicable: z
            .boolean()
            .nullable()
            .openapi(
              DOCUMENTED && {
                description:
                  'true: arrears are due; false: none (retired on or after transfer.arrears_retired_before, or no month to count); ' +
                  'null: not assessed, no interrupted period given (interruptedMonths / interruptionStart; 0 months = none) while the rule could apply',
              },
            ),
          months: z
            .number()
            .int()
            .nullable()
            .openapi(DOCUMENTED && { description: 'null when not assessed' }),
          full: yuanOut(DOCUMENTED && 'months × monthly base × rate (null when not assessed)').nullable(),
          payable: yuanOut(DOCUMENTED && 'full × reduction (null when not assessed)').nullable(),
          reason: z.string().nullable(),
        })
        .nullable(),
      total: yuanOut(
        DOCUMENTED &&
          'lump sum + arrears, payable; null when not eligible or when the arrears are not assessed (arrears.applicable null): lumpSum.payable is then the part known',
      ).nullable(),
      benefitsFrom: z
        .string()
        .nullable()
        .openapi(
          DOCUMENTED && { description: 'first day of the month after payment (自缴费次月起), payment taken as the application date' },
        ),
    })
    .openapi('EmployeeMedicalTransferFee');

/** Months from `start` (YYYY-MM) to the month of `until` (ISO date) inclusive; 0 if start is later. */
function monthsThrough(start: string, until: string): number {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const [uy, um] = until.split('-').map(Number) as [number, number];
  return Math.max(0, (uy - y) * MONTHS_PER_YEAR + (um - m) + 1);
}

/** First day of the month `n` months after the month of `date`. */
function firstOfMonthAfter(date: string, n: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const index = y * MONTHS_PER_YEAR + (m - 1) + n;
  return `${String(Math.floor(index / MONTHS_PER_YEAR)).padStart(4, '0')}-${String((index % MONTHS_PER_YEAR) + 1).padStart(2, '0')}-01`;
}

const y = yuanText;
const pct = percentText;
const SEX_ZH = { male: '男性', female: '女性' } as const;

type P = Params<typeof EMI>;
type Req = z.output<typeof input>;

/** The check of 第十四条 as answered (all null while it is not asked for). */
interface Eligibility {
  checked: boolean;
  exempt: boolean | null;
  requiredMonths: number | null;
  contributionMonths: number | null;
  meetsRequiredYears: boolean | null;
  shortfallMonths: number | null;
  shortfallPayment: number | null;
}

interface Arrears {
  applicable: boolean | null;
  months: number;
  full: Fen;
  payable: Fen;
  reason: string | null;
}

/** 第十四条: retired before contribution.required_years.exempt_retired_before — no required contribution years. */
function exemptFromRequiredYears(trace: Trace, exemptBefore: Read, retired: string, cutOff: string): void {
  trace.step({ zh: '医保缴费年限：免于要求', en: 'contribution years: exempt' }, (s) => {
    s.uses(exemptBefore).inputs({ retirementDate: retired });
    s.formula({
      zh: `${retired} 退休，早于 ${cutOff}：不要求医保缴费年限`,
      en: `retired ${retired} < ${cutOff}: no required contribution years`,
    });
    s.note({
      zh: '解读（规格）：按严格早于该日期理解；“日前”也可能包括当日（见该行说明）。',
      en: 'Reading (spec): strictly before the date; 日前 may be meant inclusively (see the row note).',
    });
    return s.result(true);
  });
}

/** 第十四条: the required contribution years of the person's sex, in months (满25年 = at least 300 months), and the shortfall. */
function requiredYears(p: P, trace: Trace, exemptBefore: Read, sex: 'male' | 'female', given: number, retired: string) {
  return trace.step({ zh: '医保缴费年限', en: 'contribution years' }, (s) => {
    const years = p.number(sex === 'male' ? 'contribution.required_years.male' : 'contribution.required_years.female');
    const required = Math.round(years.n * MONTHS_PER_YEAR);
    const shortfall = Math.max(0, required - given);
    const meets = given >= required;
    s.uses(exemptBefore).inputs({ sex, contributionMonths: given, retirementDate: retired });
    s.formula({
      zh: `${SEX_ZH[sex]}要求 ${years.n} 年 = ${required} 个月；所给缴费 ${given} 个月 ${meets ? '≥' : '<'} ${required} 个月，${meets ? '满足' : '不满足'}；差 ${shortfall} 个月`,
      en: `${sex}: ${years.n} years = ${required} months; given ${given} ${meets ? '≥' : '<'} ${required}; shortfall ${shortfall} months`,
    });
    return s.result(meets, { required, shortfall });
  });
}

/**
 * 第十四条 按办理年度职工基本医疗保险缴费基数的…一次性补缴: the missing years paid at once. Reading: the rate of the
 * annual base of the year of payment per missing year, pro rata by month.
 */
function shortfallPayment(p: P, trace: Trace, base: number, shortfall: number): Fen {
  return trace.step({ zh: '一次性补缴不足的缴费年限', en: 'one-off payment for the missing contribution years' }, (s) => {
    const rate = p.ratio('contribution.shortfall_rate');
    const baseFen = yuanToFen(base);
    const prorated = divideHalfUp(times(baseFen, shortfall), MONTHS_PER_YEAR);
    const payment = applyRatio(prorated, rate.ppm);
    s.inputs({ base, shortfallMonths: shortfall });
    s.formula({
      zh: `年缴费基数 ${y(baseFen)} 元 × 差 ${shortfall} 个月 ÷ ${MONTHS_PER_YEAR} = ${y(prorated)} 元；× ${pct(rate.ppm)} = ${y(payment)} 元，一次性补缴`,
      en: `${y(baseFen)} × ${shortfall} ÷ ${MONTHS_PER_YEAR} = ${y(prorated)}; × ${pct(rate.ppm)} = ${y(payment)}`,
    });
    s.note({
      zh: `解读：每缺一年按办理年度缴费基数的 ${pct(rate.ppm)} 补缴，不足一年按月折算（原文：按办理年度职工基本医疗保险缴费基数的…一次性补缴）。`,
      en: `Reading: ${pct(rate.ppm)} of the annual base of the year of payment per missing year, pro rata by month (the text: 按办理年度职工基本医疗保险缴费基数的…一次性补缴).`,
    });
    return s.result(yuanOf(payment), payment);
  });
}

/**
 * 第十四条: the contribution years, checked only when sex and contributionMonths are given — exempt if retired before
 * the cut-off (read first: it decides which rule applies, and both steps rest on it), else the required years, and a
 * shortfall priced when the base is given.
 */
function contributionYears(p: P, trace: Trace, req: Req): { eligibility: Eligibility; reasons: string[] } {
  const eligibility: Eligibility = {
    checked: false,
    exempt: null,
    requiredMonths: null,
    contributionMonths: null,
    meetsRequiredYears: null,
    shortfallMonths: null,
    shortfallPayment: null,
  };
  const reasons: string[] = [];
  if (req.sex === undefined || req.contributionMonths === undefined) return { eligibility, reasons };
  const given = req.contributionMonths;
  const retired = req.retirementDate!;
  const exemptBefore = p.get('contribution.required_years.exempt_retired_before');
  const cutOff = String(exemptBefore.value);
  eligibility.checked = true;
  eligibility.contributionMonths = given;
  eligibility.exempt = retired < cutOff;
  if (eligibility.exempt) {
    eligibility.meetsRequiredYears = true;
    eligibility.shortfallMonths = 0;
    exemptFromRequiredYears(trace, exemptBefore, retired, cutOff);
    return { eligibility, reasons };
  }
  const { required, shortfall } = requiredYears(p, trace, exemptBefore, req.sex, given, retired);
  eligibility.requiredMonths = required;
  eligibility.meetsRequiredYears = given >= required;
  eligibility.shortfallMonths = shortfall;
  if (shortfall > 0) {
    reasons.push(`医保缴费年限不足 contribution years not met: ${given} < ${required} months (第十四条)`);
    if (req.base !== undefined) eligibility.shortfallPayment = yuanOf(shortfallPayment(p, trace, req.base, shortfall));
  }
  return { eligibility, reasons };
}

/**
 * 第十六条: a lump sum per year until transfer.until_age, at least transfer.min_years. Reading: a started year counts
 * whole (until_age − completed years); 不足…年按…年 includes ages at or above the limit.
 */
function lumpSumYears(p: P, trace: Trace, req: Req, age: number) {
  const d = req.applicationDate;
  return trace.step({ zh: '按年趸缴至规定年龄', en: 'lump sum until the age limit' }, (s) => {
    const fee = p.money('transfer.fee_per_year');
    const untilAge = p.number('transfer.until_age');
    const minYears = p.number('transfer.min_years');
    const years = Math.max(minYears.n, untilAge.n - age);
    const full = times(fee.fen, years);
    s.inputs({ birthDate: req.birthDate, applicationDate: d, age });
    s.formula({
      zh: `${d} 时年满 ${age} 周岁；趸缴年数取 ${untilAge.n} − ${age} 与最低 ${minYears.n} 年中的较大者 = ${years} 年；× 每年 ${y(fee.fen)} 元 = ${y(full)} 元`,
      en: `age ${age} on ${d}; years = max(${minYears.n}, ${untilAge.n} − ${age}) = ${years}; × ${y(fee.fen)} = ${y(full)}`,
    });
    s.note({
      zh: '解读：不满一年按一年计（规定年龄减去已满周岁）；“不足…年按…年”也包括已达到或超过规定年龄的人。',
      en: 'Reading: a started year counts whole (until_age − completed years); the minimum years (不足…年按…年) include ages at or above the limit.',
    });
    return s.result(yuanOf(full), { years, full });
  });
}

/** 第十六条: the transition reduction of the year handled (known for 2015 only; from 2016 not published → 422). */
function transitionReduction(p: P, trace: Trace, full: Fen): { reduction: RatioRead; payable: Fen } {
  return trace.step({ zh: '趸缴费用：过渡期比例', en: 'lump sum: transition reduction' }, (s) => {
    const reduction = p.ratio('transfer.reduction');
    const payable = applyRatio(full, reduction.ppm);
    s.inputs({ full: yuanOf(full) });
    s.formula({
      zh: `趸缴费用 ${y(full)} 元 × 过渡期比例 ${pct(reduction.ppm)} = ${y(payable)} 元`,
      en: `${y(full)} × ${pct(reduction.ppm)} = ${y(payable)}`,
    });
    return s.result(yuanOf(payable), { reduction, payable });
  });
}

const ARREARS = { zh: '中断期间补缴', en: 'arrears for the interrupted period' };
const noArrears = (reason: string): Arrears => ({ applicable: false, months: 0, full: ZERO, payable: ZERO, reason });

/**
 * 第十六条: no interrupted period given is not "none" — the arrears are not assessed, unless a retirement on or after
 * transfer.arrears_retired_before rules them out.
 */
function arrearsNotGiven(p: P, trace: Trace, retired: string | undefined): Arrears {
  return trace.step(ARREARS, (s) => {
    const retiredBefore = String(p.get('transfer.arrears_retired_before').value);
    s.inputs({ retirementDate: retired ?? null, interruptedMonths: null, interruptionStart: null });
    if (retired !== undefined && retired >= retiredBefore) {
      const reason = `retired ${retired}, not before ${retiredBefore}: no arrears under this rule`;
      s.formula({ zh: `${retired} 退休，不早于 ${retiredBefore}：不适用中断补缴`, en: reason });
      return s.result(0, noArrears(reason));
    }
    s.formula({
      zh: `未给出中断缴费期间${retired === undefined ? '，也未给出退休日期' : ''}：中断补缴未评估（待定）`,
      en: `no interrupted period given${retired === undefined ? ', nor the retirement date' : ''} → not assessed (undetermined)`,
    });
    return s.result(null, {
      applicable: null,
      months: 0,
      full: ZERO,
      payable: ZERO,
      reason: `not assessed: no interrupted period given (its months or its start, with the retirement date; 0 months if there was none); arrears are due for an interrupted period of a person retired before ${retiredBefore}`,
    });
  });
}

/**
 * 第十六条: arrears for the interrupted period of a person retired before transfer.arrears_retired_before — the months
 * up to the month of transfer.arrears_counted_until × the monthly base × the rate, at the transition reduction.
 */
function arrearsForInterruption(p: P, trace: Trace, req: Req, reduction: RatioRead): Arrears {
  const retired = req.retirementDate!;
  return trace.step(ARREARS, (s) => {
    const retiredBefore = String(p.get('transfer.arrears_retired_before').value);
    const countedUntil = String(p.get('transfer.arrears_counted_until').value);
    const untilMonth = countedUntil.slice(0, 7);
    const months = req.interruptedMonths ?? monthsThrough(req.interruptionStart!, countedUntil);
    if (retired >= retiredBefore || months === 0) {
      const late = retired >= retiredBefore;
      const reason = late
        ? `retired ${retired}, not before ${retiredBefore}: no arrears under this rule`
        : `no month to count up to ${untilMonth}`;
      s.inputs({ retirementDate: retired, months });
      s.formula({
        zh: late ? `${retired} 退休，不早于 ${retiredBefore}：不适用中断补缴` : `截至 ${untilMonth} 没有可计的中断月份：不需补缴`,
        en: reason,
      });
      return s.result(0, noArrears(reason));
    }
    const monthly = p.money('transfer.arrears_monthly_base');
    const rate = p.ratio('transfer.arrears_rate');
    const gross = times(monthly.fen, months);
    const full = applyRatio(gross, rate.ppm);
    const payable = applyRatio(full, reduction.ppm);
    s.rule(monthly.use.citation).uses(reduction);
    s.inputs({
      retirementDate: retired,
      interruptedMonths: req.interruptedMonths ?? null,
      interruptionStart: req.interruptionStart ?? null,
    });
    s.formula({
      zh:
        `${req.interruptedMonths !== undefined ? `所给中断 ${months} 个月` : `${req.interruptionStart} 至 ${untilMonth} 共 ${months} 个月`}；` +
        `${months} 个月 × 每月 ${y(monthly.fen)} 元 = ${y(gross)} 元 × ${pct(rate.ppm)} = ${y(full)} 元；× 过渡期比例 ${pct(reduction.ppm)} = ${y(payable)} 元`,
      en:
        `${req.interruptedMonths !== undefined ? `${months} months given` : `${req.interruptionStart} … ${untilMonth} = ${months} months`}; ` +
        `${months} × ${y(monthly.fen)} = ${y(gross)} × ${pct(rate.ppm)} = ${y(full)}; × ${pct(reduction.ppm)} = ${y(payable)}`,
    });
    return s.result(yuanOf(payable), { applicable: true, months, full, payable, reason: null });
  });
}

/**
 * 第十六条 自缴费次月起: the total (undetermined while the arrears are not assessed) and the first day of benefits, the
 * month after payment, payment taken as the application date.
 */
function totalAndBenefitsFrom(p: P, trace: Trace, d: string, payable: Fen, arrears: Arrears) {
  const assessed = arrears.applicable !== null;
  return trace.step({ zh: '合计及享受待遇起始日', en: 'total and start of benefits' }, (s) => {
    const after = p.number('benefits.start_after_payment_months');
    const benefitsFrom = firstOfMonthAfter(d, after.n);
    const total = assessed ? fen(payable + arrears.payable) : null;
    s.inputs({ applicationDate: d });
    const sumZh =
      total === null
        ? `趸缴 ${y(payable)} 元 + 中断补缴未评估 → 合计待定`
        : `${y(payable)} 元 + 中断补缴 ${y(arrears.payable)} 元 = ${y(total)} 元`;
    const sumEn =
      total === null
        ? `lump sum ${y(payable)} + arrears not assessed → total undetermined`
        : `${y(payable)} + ${y(arrears.payable)} = ${y(total)}`;
    s.formula({
      zh: `${sumZh}；自缴费次月起享受待遇：${benefitsFrom}（按 ${d} 缴费计）`,
      en: `${sumEn}; benefits from ${benefitsFrom} (the month after payment on ${d})`,
    });
    return s.result({ total: total === null ? null : yuanOf(total), benefitsFrom }, { total, benefitsFrom });
  });
}

export const employeeMedicalTransferFee = defineCalculator({
  id: 'employee-medical-transfer-fee',
  table: tableRef<typeof EMI>('employee-medical-insurance'),
  input,
  output,
  run({ at, trace }, req) {
    const d = req.applicationDate;
    const p = at(d);
    const age = ageOn(req.birthDate, d);

    const { eligibility, reasons } = contributionYears(p, trace, req);
    const base = { applicationDate: d, ageAtApplication: age, eligibility };
    if (eligibility.checked && !eligibility.meetsRequiredYears) {
      return { ...base, eligible: false, reasons, lumpSum: null, arrears: null, total: null, benefitsFrom: null };
    }
    const { years, full } = lumpSumYears(p, trace, req, age);
    const { reduction, payable } = transitionReduction(p, trace, full);
    const arrears =
      req.interruptedMonths === undefined && req.interruptionStart === undefined
        ? arrearsNotGiven(p, trace, req.retirementDate)
        : arrearsForInterruption(p, trace, req, reduction);
    const { total, benefitsFrom } = totalAndBenefitsFrom(p, trace, d, payable, arrears);

    return {
      ...base,
      eligible: eligibility.checked ? true : null,
      reasons,
      lumpSum: { years, full: yuanOf(full), reduction: reduction.ppm / PPM, payable: yuanOf(payable) },
      arrears:
        arrears.applicable !== null
          ? {
              applicable: arrears.applicable,
              months: arrears.months,
              full: yuanOf(arrears.full),
              payable: yuanOf(arrears.payable),
              reason: arrears.reason,
            }
          : { applicable: null, months: null, full: null, payable: null, reason: arrears.reason },
      total: total === null ? null : yuanOf(total),
      benefitsFrom,
    };
  },
});
