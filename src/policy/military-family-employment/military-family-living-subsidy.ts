import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { isoDate, MAX_COUNT, yuan, yuanOf, yuanOut } from '../../engine/inputs';
import { type Fen, times, yuanText, yuanToFen } from '../../engine/money';
import type { NumberRead, Params, TextRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { militaryFamilyEmployment as MFE } from './table';

/**
 * Living subsidy (生活补贴费) for a military family member without a job, 嘉政发〔2014〕85号 第十八条:
 * 「对随军6个月未就业、且无固定收入的随军家属，由当地人民政府按城镇居民最低生活保障金的标准发放生活补贴费。政府生活
 * 补贴由当地财政列支，不能与失业保险金同时享受，补贴期限不超过24个月。」
 *
 * Readings (also in the workbook notes):
 * - The 6 months are a waiting period that is not paid: eligible once 6 full months have passed (≥, bound
 *   included), the first paid month is the 7th; the text has no back-payment clause.
 * - 补贴期限不超过24个月 counts months of subsidy: at most 24 are paid (≤, bound included), months 7 to 30.
 * - The rate is the local urban minimum-living standard (低保), which the gazette does not publish
 *   (living_subsidy.monthly_rate is empty): the caller gives it.
 * - While unemployment-insurance benefit is drawn the subsidy is not payable for the months described (not
 *   combinable); whether such months use up the 24 is not stated, so the calculator does not guess.
 * - Ineligibility is a decision (200 with reasons), not an error.
 */

const REASONS = ['waiting-period-not-reached', 'has-fixed-income', 'receiving-unemployment-insurance'] as const;

const input = z
  .object({
    date: isoDate(
      DOCUMENTED &&
        'Date on which the rules are applied; before the rules are in force (document.effective_date) the answer is 422 not-in-force',
    ),
    monthsWithoutWork: z
      .number()
      .int()
      .nonnegative()
      .max(MAX_COUNT)
      .openapi(
        DOCUMENTED && { description: 'Full months since accompanying (随军) began during which the person has had no job', example: 12 },
      ),
    minimumLivingStandardMonthly: yuan(
      DOCUMENTED &&
        'Local urban minimum-living standard (当地城镇居民最低生活保障金标准), yuan per person per month: not published in the source, so an input',
    ),
    hasFixedIncome: z
      .boolean()
      .default(false)
      .openapi(DOCUMENTED && { description: 'Whether the person has a fixed income (固定收入)' }),
    receivingUnemploymentInsurance: z
      .boolean()
      .default(false)
      .openapi(
        DOCUMENTED && { description: 'Whether the person draws unemployment-insurance benefit (失业保险金) for the months concerned' },
      ),
  })
  .strict();

const output =
  DOCUMENTED &&
  z
    .object({
      date: z.string(),
      eligible: z.boolean(),
      reasons: z.array(z.object({ code: z.enum(REASONS), rule: z.string(), message: z.string() })),
      waitingMonths: z.number().int(),
      maxMonths: z.number().int(),
      firstPayableMonth: z
        .number()
        .int()
        .openapi(DOCUMENTED && { description: 'first month without work that is paid (information)' }),
      lastPayableMonth: z
        .number()
        .int()
        .openapi(DOCUMENTED && { description: 'last month without work that can be paid (information)' }),
      monthsPayable: z.number().int(),
      monthlyRate: yuanOut(DOCUMENTED && 'monthly rate: the local minimum-living standard (input)'),
      amount: yuanOut(DOCUMENTED && 'months payable × monthly rate'),
      fundedBy: z.string(),
    })
    .openapi('MilitaryFamilyLivingSubsidy');

type P = Params<typeof MFE>;
type Request = z.output<typeof input>;
type Reasons = z.output<typeof output>['reasons'];

/**
 * 第十八条「对随军6个月未就业、且无固定收入的随军家属」「不能与失业保险金同时享受」: every unmet condition is a
 * reason; the waiting months are reached at 6 full months (≥, bound included).
 */
function eligibility(p: P, trace: Trace, req: Request): { waiting: NumberRead; reasons: Reasons } {
  const m = req.monthsWithoutWork;
  return trace.step({ zh: '是否符合发放条件', en: 'eligibility' }, (s) => {
    const waiting = p.number('living_subsidy.waiting_months');
    const noFixedIncome = p.get('living_subsidy.requires_no_fixed_income');
    const combinable = p.get('living_subsidy.combinable_with_unemployment_insurance');
    const reasons: Reasons = [];
    const reasonsZh: string[] = [];
    if (m < waiting.n) {
      reasons.push({
        code: 'waiting-period-not-reached',
        rule: waiting.use.citation,
        message: `${m} months without work < ${waiting.n} (随军${waiting.n}个月未就业)`,
      });
      reasonsZh.push(`未就业不满 ${waiting.n} 个月`);
    }
    if (req.hasFixedIncome && noFixedIncome.value === true) {
      reasons.push({ code: 'has-fixed-income', rule: noFixedIncome.use.citation, message: 'has a fixed income (且无固定收入)' });
      reasonsZh.push('有固定收入');
    }
    if (req.receivingUnemploymentInsurance && combinable.value !== true) {
      reasons.push({
        code: 'receiving-unemployment-insurance',
        rule: combinable.use.citation,
        message: 'not combinable with unemployment-insurance benefit (不能与失业保险金同时享受)',
      });
      reasonsZh.push('正在领取失业保险金，不能同时享受');
    }
    const eligible = reasons.length === 0;
    s.inputs({
      monthsWithoutWork: m,
      hasFixedIncome: req.hasFixedIncome,
      receivingUnemploymentInsurance: req.receivingUnemploymentInsurance,
    });
    s.formula({
      zh:
        `随军后未就业 ${m} 个月，${m >= waiting.n ? `已满 ${waiting.n} 个月（含本数）` : `不满 ${waiting.n} 个月`}；${req.hasFixedIncome ? '有' : '无'}固定收入；` +
        `${req.receivingUnemploymentInsurance ? '正在' : '未'}领取失业保险金：${eligible ? '符合发放条件' : `不符合发放条件（${reasonsZh.join('；')}）`}`,
      en:
        `${m} months ${m >= waiting.n ? '≥' : '<'} ${waiting.n} (bound included); fixed income: ${req.hasFixedIncome}; ` +
        `unemployment benefit: ${req.receivingUnemploymentInsurance} → ${eligible ? 'eligible' : `not eligible (${reasons.map((r) => r.code).join(', ')})`}`,
    });
    return s.result(eligible, { waiting, reasons });
  });
}

/**
 * 第十八条「补贴期限不超过24个月」: the waiting months are not paid (no back-payment clause); at most the maximum of
 * paid months (≤, bound included); none when not eligible.
 */
function monthsPayable(p: P, trace: Trace, waiting: NumberRead, m: number, eligible: boolean): { max: NumberRead; monthsPayable: number } {
  return trace.step({ zh: '可发放月数', en: 'months payable' }, (s) => {
    const max = p.number('living_subsidy.max_months');
    const n = eligible ? Math.min(m - waiting.n, max.n) : 0;
    s.uses(waiting).inputs({ monthsWithoutWork: m });
    s.formula(
      eligible
        ? {
            zh: `未就业 ${m} 个月，前 ${waiting.n} 个月不发补贴，其后最多发 ${max.n} 个月（含本数），可发 ${n} 个月（即第 ${waiting.n + 1} 至第 ${waiting.n + max.n} 个月可发）`,
            en: `min(${m} − ${waiting.n} unpaid waiting months, ${max.n}) = ${n} (不超过${max.n}个月: bound included; paid months ${waiting.n + 1}…${waiting.n + max.n})`,
          }
        : { zh: '不符合发放条件，可发 0 个月', en: 'not eligible → 0' },
    );
    return s.result(n, { max, monthsPayable: n });
  });
}

/**
 * 第十八条「按城镇居民最低生活保障金的标准发放生活补贴费」「由当地财政列支」: months payable × the local minimum-living
 * standard, which the source does not publish (the caller gives it).
 */
function livingSubsidy(p: P, trace: Trace, months: number, monthlyYuan: number): { amount: Fen; fundedBy: TextRead } {
  const rate = yuanToFen(monthlyYuan);
  return trace.step({ zh: '按最低生活保障标准发放生活补贴', en: 'living subsidy at the minimum-living standard' }, (s) => {
    const fundedBy = p.text('living_subsidy.funded_by');
    const amount = times(rate, months);
    // the cell is "中文 / English"
    const fundedByZh = fundedBy.text.split(' / ')[0];
    s.inputs({ minimumLivingStandardMonthly: monthlyYuan });
    s.formula({
      zh: `${months} 个月 × 每月 ${yuanText(rate)} 元 = ${yuanText(amount)} 元，由${fundedByZh}`,
      en: `${months} × ${yuanText(rate)} = ${yuanText(amount)}, ${fundedBy.text}`,
    });
    s.note({
      zh: '每月标准为当地城镇居民最低生活保障标准，原文未公布，由请求方给出。',
      en: "The rate (living_subsidy.monthly_rate) is the local urban minimum-living standard, not published in the source: the caller's input.",
    });
    return s.result(yuanOf(amount), { amount, fundedBy });
  });
}

export const militaryFamilyLivingSubsidy = defineCalculator({
  id: 'military-family-living-subsidy',
  table: tableRef<typeof MFE>('military-family-employment'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.date);
    const m = req.monthsWithoutWork;
    const { waiting, reasons } = eligibility(p, trace, req);
    const eligible = reasons.length === 0;
    const { max, monthsPayable: months } = monthsPayable(p, trace, waiting, m, eligible);
    const { amount, fundedBy } = livingSubsidy(p, trace, months, req.minimumLivingStandardMonthly);
    return {
      date: req.date,
      eligible,
      reasons,
      waitingMonths: waiting.n,
      maxMonths: max.n,
      firstPayableMonth: waiting.n + 1,
      lastPayableMonth: waiting.n + max.n,
      monthsPayable: months,
      monthlyRate: req.minimumLivingStandardMonthly,
      amount: yuanOf(amount),
      fundedBy: fundedBy.text,
    };
  },
});
