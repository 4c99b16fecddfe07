import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { type Alternative, alternativeReadingNotice, alternativesSchema, listAlternatives, readingSchema } from '../../engine/alternatives';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { addDays, fullMonthsBetween } from '../../engine/dates';
import { isoDate, MAX_COUNT, yuan, yuanOf, yuanOut } from '../../engine/inputs';
import { type Fen, times, yuanText, yuanToFen } from '../../engine/money';
import type { NumberRead, Params, Read, TextRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { Localized } from '../../tables/model';
import type { militaryFamilyEmployment as MFE } from './table';

/**
 * Living subsidy (生活补贴费) for a military family member without a job, 嘉政发〔2014〕85号 第十八条:
 * 「对随军6个月未就业、且无固定收入的随军家属，由当地人民政府按城镇居民最低生活保障金的标准发放生活补贴费。政府生活
 * 补贴由当地财政列支，不能与失业保险金同时享受，补贴期限不超过24个月。」
 *
 * Readings (also in the workbook notes and the docs):
 * - Months without work count from the rules' start (document.effective_date, 第三十二条) — the rules do not reach
 *   back — plus the months the request says were already recognised under earlier rules. Read the other way, months
 *   before the rules count towards the waiting period and only months since are paid (answered in `alternatives`).
 * - The 6 months are a waiting period that is not paid: eligible once 6 full months have passed (≥, bound
 *   included), the first paid month is the 7th; the text has no back-payment clause.
 * - 「不能与失业保险金同时享受」: the months after the waiting period on which unemployment-insurance benefit is drawn
 *   are not paid (as many as fall among the months counted); the claim itself stands.
 * - 补贴期限不超过24个月 counts months of subsidy paid (≤, bound included), so months on unemployment benefit do not
 *   use it up; read as a window of 24 months after the waiting period, they would (answered in `alternatives`, taking
 *   the benefit months to fall within the window).
 * - 第二十条「领取一次性自谋职业补助金，视同当地政府已安置就业」: once the grant is taken the person counts as placed, and
 *   the subsidy stops. Whether the 生活困难补助 第二十条 deducts from the grant is this subsidy the text does not say.
 * - The rate is the local urban minimum-living standard (低保), which the gazette does not publish
 *   (living_subsidy.monthly_rate is empty): the caller gives it.
 * - Ineligibility is a decision (200 with reasons), not an error.
 */

const REASONS = ['waiting-period-not-reached', 'has-fixed-income', 'deemed-placed'] as const;

const months = (description: string, example: number) =>
  z
    .number()
    .int()
    .nonnegative()
    .max(MAX_COUNT)
    .openapi(DOCUMENTED && { description, example });

const input = z
  .object({
    date: isoDate(
      DOCUMENTED &&
        'Date on which the rules are applied; before the rules are in force (document.effective_date) the answer is 422 not-in-force',
    ),
    monthsWithoutWork: months(
      DOCUMENTED && 'Full months since accompanying (随军) began during which the person has had no job, up to the date',
      12,
    ),
    monthsRecognisedBeforeRules: months(
      DOCUMENTED &&
        'Months without work before the rules came into force that were already recognised under earlier rules (已按原规定认定的月数); only months from the rules’ start count otherwise',
      0,
    ).default(0),
    minimumLivingStandardMonthly: yuan(
      DOCUMENTED &&
        'Local urban minimum-living standard (当地城镇居民最低生活保障金标准), yuan per person per month: not published in the source, so an input',
    ),
    hasFixedIncome: z
      .boolean()
      .default(false)
      .openapi(DOCUMENTED && { description: 'Whether the person has a fixed income (固定收入)' }),
    unemploymentInsuranceMonths: months(
      DOCUMENTED &&
        'Of the months after the waiting period, those for which unemployment-insurance benefit (失业保险金) was drawn: they are not paid (不能与失业保险金同时享受)',
      0,
    ).default(0),
    selfEmploymentGrantTaken: z
      .boolean()
      .default(false)
      .openapi(
        DOCUMENTED && {
          description:
            'Whether the one-off self-employment grant (一次性自谋职业补助金, 第二十条) was taken: the person then counts as placed',
        },
      ),
  })
  .strict();

/** The figures of the answer a reading can change (output-only: the Worker never builds them). */
const figureFields = () =>
  DOCUMENTED && {
    lastPayableMonth: z
      .number()
      .int()
      .openapi(DOCUMENTED && { description: 'latest month without work that can be paid (information)' }),
    monthsPayable: z.number().int(),
    amount: yuanOut(DOCUMENTED && 'months payable × monthly rate'),
  };

const output =
  DOCUMENTED &&
  z
    .object({
      date: z.string(),
      eligible: z.boolean(),
      reasons: z.array(z.object({ code: z.enum(REASONS), rule: z.string(), message: z.string() })),
      monthsCounted: z
        .number()
        .int()
        .openapi(
          DOCUMENTED && {
            description: 'months without work that count: those since the rules came into force, plus those recognised before',
          },
        ),
      waitingMonths: z.number().int(),
      maxMonths: z.number().int(),
      firstPayableMonth: z
        .number()
        .int()
        .openapi(DOCUMENTED && { description: 'first month without work that is paid (information)' }),
      ...figureFields(),
      monthlyRate: yuanOut(DOCUMENTED && 'monthly rate: the local minimum-living standard (input)'),
      fundedBy: z.string(),
      reading: readingSchema.openapi(
        DOCUMENTED && {
          description: 'The readings this answer uses: what months count (第三十二条) and what the subsidy period counts (补贴期限)',
        },
      ),
      alternatives: alternativesSchema({ eligible: z.boolean(), monthsCounted: z.number().int(), ...figureFields() }),
    })
    .openapi('MilitaryFamilyLivingSubsidy');

type P = Params<typeof MFE>;
type Request = z.output<typeof input>;
type Out = z.output<typeof output>;
type Reasons = Out['reasons'];
type Figures = Pick<Out, 'eligible' | 'monthsCounted' | 'lastPayableMonth' | 'monthsPayable' | 'amount'>;

/**
 * 第三十二条「本细则自2015年1月22日后实施」: the months without work that count are those since the rules' start, unless
 * months before it were already recognised under earlier rules (a reading: the rules do not reach back).
 */
function monthsCounted(p: P, trace: Trace, req: Request): { counted: number; start: string; since: number } {
  return trace.step({ zh: '计入的未就业月数', en: 'months without work that count' }, (s) => {
    const effective: Read = p.get('document.effective_date');
    const start = String(effective.value);
    const since = fullMonthsBetween(start, req.date);
    const recognised = req.monthsRecognisedBeforeRules;
    const counted = Math.min(req.monthsWithoutWork, since + recognised);
    s.inputs({ date: req.date, monthsWithoutWork: req.monthsWithoutWork, monthsRecognisedBeforeRules: recognised });
    const cut = counted < req.monthsWithoutWork;
    s.formula({
      zh:
        `本细则自 ${start} 起施行，至 ${req.date} 满 ${since} 个月` +
        (recognised ? `，另有按原规定已认定的 ${recognised} 个月` : '') +
        `；随军后未就业 ${req.monthsWithoutWork} 个月，计入 ${counted} 个月` +
        (cut ? '（施行前未经认定的月份不计入）' : ''),
      en:
        `the rules are in force from ${start}: ${since} full months to ${req.date}` +
        (recognised ? `, plus ${recognised} months recognised under earlier rules` : '') +
        `; of ${req.monthsWithoutWork} months without work, ${counted} count` +
        (cut ? ' (months before the rules, not recognised under earlier ones, do not)' : ''),
    });
    return s.result(counted, { counted, start, since });
  });
}

/**
 * 第十八条「对随军6个月未就业、且无固定收入的随军家属」, 第二十条「视同当地政府已安置就业」: every unmet condition is a
 * reason; the waiting months are reached at 6 full months (≥, bound included).
 */
function eligibility(p: P, trace: Trace, req: Request, m: number): { waiting: NumberRead; reasons: Reasons } {
  return trace.step({ zh: '是否符合发放条件', en: 'eligibility' }, (s) => {
    const waiting = p.number('living_subsidy.waiting_months');
    const noFixedIncome = p.get('living_subsidy.requires_no_fixed_income');
    const placed = p.get('self_employment_grant.counts_as_placed');
    const reasons: Reasons = [];
    const reasonsZh: string[] = [];
    if (m < waiting.n) {
      reasons.push({
        code: 'waiting-period-not-reached',
        rule: waiting.use.citation,
        message: `${m} months without work counted < ${waiting.n} (随军${waiting.n}个月未就业)`,
      });
      reasonsZh.push(`计入的未就业月数不满 ${waiting.n} 个月`);
    }
    if (req.hasFixedIncome && noFixedIncome.value === true) {
      reasons.push({ code: 'has-fixed-income', rule: noFixedIncome.use.citation, message: 'has a fixed income (且无固定收入)' });
      reasonsZh.push('有固定收入');
    }
    if (req.selfEmploymentGrantTaken && placed.value === true) {
      reasons.push({
        code: 'deemed-placed',
        rule: placed.use.citation,
        message: 'took the one-off self-employment grant and counts as placed (视同当地政府已安置就业)',
      });
      reasonsZh.push('已领取一次性自谋职业补助金，视同已安置就业');
    }
    const eligible = reasons.length === 0;
    s.inputs({ hasFixedIncome: req.hasFixedIncome, selfEmploymentGrantTaken: req.selfEmploymentGrantTaken });
    s.formula({
      zh:
        `计入的未就业月数 ${m} 个月，${m >= waiting.n ? `已满 ${waiting.n} 个月（含本数）` : `不满 ${waiting.n} 个月`}；${req.hasFixedIncome ? '有' : '无'}固定收入；` +
        `${req.selfEmploymentGrantTaken ? '已' : '未'}领取一次性自谋职业补助金：${eligible ? '符合发放条件' : `不符合发放条件（${reasonsZh.join('；')}）`}`,
      en:
        `${m} months counted ${m >= waiting.n ? '≥' : '<'} ${waiting.n} (bound included); fixed income: ${req.hasFixedIncome ? 'yes' : 'no'}; ` +
        `self-employment grant taken: ${req.selfEmploymentGrantTaken ? 'yes' : 'no'} → ${eligible ? 'eligible' : 'not eligible'}`,
    });
    if (req.selfEmploymentGrantTaken && placed.value === true)
      s.note({
        zh: '第二十条规定自谋职业补助与随军家属生活困难补助不重复享受、已享受的从补助金中扣除；原文未写明生活困难补助是否即本条的生活补贴费。',
        en: 'Article 20: the self-employment grant and the family hardship allowance are not both paid, and what was received is deducted from the grant; the text does not say whether that allowance is this living subsidy.',
      });
    return s.result(eligible, { waiting, reasons });
  });
}

const PAID_MONTHS_READING: Localized = {
  zh: '补贴期限按实际发放补贴的月数计算，领取失业保险金的月份不占用补贴期限',
  en: 'the subsidy period counts the months actually paid; months on unemployment benefit do not use it up',
};
const WINDOW_READING: Localized = {
  zh: '补贴期限是等待期结束后连续计算的月份，其间领取失业保险金的月份不发补贴，也不顺延（按领取失业保险金的月份都在这一期间之内计算）',
  en: 'the subsidy period is the run of months right after the waiting period; months on unemployment benefit within it are not paid and not made up later (taking all of them to fall within it)',
};
const FROM_START_READING: Localized = {
  zh: '未就业月数自本细则施行之日起计算，施行前已按原规定认定的月数一并计入',
  en: 'months without work count from the day these rules came into force, plus those recognised under earlier rules',
};
const WAIT_BEFORE_READING: Localized = {
  zh: '施行前的未就业月份也计入等待期，但只发放施行之后的月份',
  en: 'months without work before the rules count towards the waiting period too, but only months since the rules are paid',
};

type Payable = { months: number; last: number };
/** One reading's months payable: paid months (`paid`) or a window of months after the waiting period (`window`). */
function payable(after: number, excluded: number, max: number, reading: 'paid' | 'window'): Payable {
  return reading === 'paid'
    ? { months: Math.min(after - excluded, max), last: max + excluded }
    : { months: Math.min(after, max) - Math.min(excluded, Math.min(after, max)), last: max };
}

/**
 * 第十八条「不能与失业保险金同时享受，补贴期限不超过24个月」: the waiting months are not paid (no back-payment clause),
 * nor the months on unemployment benefit (those after the waiting period among the months counted); at most the maximum
 * of paid months (≤, bound included); none when not eligible.
 */
function monthsPayable(
  p: P,
  trace: Trace,
  req: Request,
  waiting: NumberRead,
  m: number,
  eligible: boolean,
): { max: NumberRead; excludedOf: (after: number) => number; used: Payable; other: Payable } {
  return trace.step({ zh: '可发放月数', en: 'months payable' }, (s) => {
    const max = p.number('living_subsidy.max_months');
    const combinable = p.get('living_subsidy.combinable_with_unemployment_insurance');
    const after = Math.max(m - waiting.n, 0);
    const ui = req.unemploymentInsuranceMonths;
    // the benefit months are among the months after the waiting period: more than those cannot be left unpaid
    const excludedOf = (n: number) => (combinable.value === true ? 0 : Math.min(ui, n));
    const excluded = excludedOf(after);
    const used = eligible ? payable(after, excluded, max.n, 'paid') : { months: 0, last: max.n };
    const other = eligible ? payable(after, excluded, max.n, 'window') : used;
    s.uses(waiting).inputs({ unemploymentInsuranceMonths: ui });
    s.formula(
      eligible
        ? {
            zh:
              `计入 ${m} 个月，前 ${waiting.n} 个月不发补贴` +
              (excluded ? `，其后领取失业保险金的 ${excluded} 个月不发` : '') +
              (excluded < ui ? `（填写的 ${ui} 个月中只有 ${excluded} 个月在等待期后）` : '') +
              `，最多发 ${max.n} 个月（含本数）：可发 ${used.months} 个月（第 ${waiting.n + 1} 个月起发放，最晚到第 ${waiting.n + used.last} 个月）`,
            en:
              `min(${m} − ${waiting.n} unpaid waiting months${excluded ? ` − ${excluded} months on unemployment benefit` : ''}, ${max.n}) = ${used.months}` +
              (excluded < ui ? ` (${excluded} of the ${ui} months on benefit fall after the waiting period)` : '') +
              ` (at most ${max.n}, bound included; months ${waiting.n + 1}…${waiting.n + used.last} at the latest)`,
          }
        : { zh: '不符合发放条件，可发 0 个月', en: 'not eligible → 0' },
    );
    return s.result(used.months, { max, excludedOf, used, other });
  });
}

/**
 * 第十八条「按城镇居民最低生活保障金的标准发放生活补贴费」「由当地财政列支」: months payable × the local minimum-living
 * standard, which the source does not publish (the caller gives it).
 */
function livingSubsidy(p: P, trace: Trace, months: number, monthlyYuan: number): { amount: Fen; fundedBy: TextRead; rate: Fen } {
  const rate = yuanToFen(monthlyYuan);
  return trace.step({ zh: '按最低生活保障标准发放生活补贴', en: 'living subsidy at the minimum-living standard' }, (s) => {
    const fundedBy = p.text('living_subsidy.funded_by');
    const amount = times(rate, months);
    // the cell is "中文 / English"
    const [fundedByZh, fundedByEn = fundedByZh] = fundedBy.text.split(' / ');
    s.inputs({ minimumLivingStandardMonthly: monthlyYuan });
    s.formula({
      zh: `${months} 个月 × 每月 ${yuanText(rate)} 元 = ${yuanText(amount)} 元，由${fundedByZh}`,
      en: `${months} × ${yuanText(rate)} = ${yuanText(amount)}, ${fundedByEn}`,
    });
    s.note({
      zh: '每月标准为当地城镇居民最低生活保障标准，原文未公布，由使用者填写。',
      en: 'The monthly rate is the local urban minimum-living standard, which the document does not publish: the request gives it.',
    });
    return s.result(yuanOf(amount), { amount, fundedBy, rate });
  });
}

export const militaryFamilyLivingSubsidy = defineCalculator({
  id: 'military-family-living-subsidy',
  table: tableRef<typeof MFE>('military-family-employment'),
  input,
  output,
  run({ at, trace, notices }, req) {
    const p = at(req.date);
    const { counted: m, start, since } = monthsCounted(p, trace, req);
    const { waiting, reasons } = eligibility(p, trace, req, m);
    const eligible = reasons.length === 0;
    const { max, excludedOf, used, other } = monthsPayable(p, trace, req, waiting, m, eligible);
    const { amount, fundedBy, rate } = livingSubsidy(p, trace, used.months, req.minimumLivingStandardMonthly);
    const yuanFor = (months: number) => yuanOf(times(rate, months));
    const alternatives: Alternative<Figures>[] = [];
    // 补贴期限: the readings differ in what is paid only when the months payable differ
    if (other.months !== used.months) {
      alternatives.push({
        reading: WINDOW_READING,
        differs: { lastPayableMonth: waiting.n + other.last, monthsPayable: other.months, amount: yuanFor(other.months) },
      });
      notices.add(alternativeReadingNotice(max.use.citation, PAID_MONTHS_READING, WINDOW_READING));
    }
    // 第三十二条: months before the rules count towards the wait, only months since the rules are paid
    const all = req.monthsWithoutWork;
    const reached = all >= waiting.n;
    const eligibleB = reached && reasons.every((r) => r.code === 'waiting-period-not-reached');
    const afterB = eligibleB ? Math.min(all - waiting.n, since) : 0;
    const monthsB = eligibleB ? payable(afterB, excludedOf(afterB), max.n, 'paid').months : 0;
    if (eligibleB !== eligible || monthsB !== used.months) {
      const differs: Partial<Figures> = { monthsCounted: all, monthsPayable: monthsB, amount: yuanFor(monthsB) };
      if (eligibleB !== eligible) differs.eligible = eligibleB;
      alternatives.push({ reading: WAIT_BEFORE_READING, differs });
      notices.add(alternativeReadingNotice(p.article('第三十二条'), FROM_START_READING, WAIT_BEFORE_READING));
    }
    // the day the rules start decides the count when months before it are cut off and the next day gives fewer
    const sinceNextDay = fullMonthsBetween(addDays(start, 1), req.date);
    if (m < all && sinceNextDay !== since)
      notices.add({
        code: 'effective-date-reading',
        zh: `第三十二条的施行日期可理解为 ${start} 或次日：至 ${req.date} 分别满 ${since} 个月或 ${sinceNextDay} 个月，结果可能不同。`,
        en: `Article 32's in-force date reads as ${start} or the day after: ${since} or ${sinceNextDay} full months to ${req.date}, which may change the answer.`,
      });
    return {
      date: req.date,
      eligible,
      reasons,
      monthsCounted: m,
      waitingMonths: waiting.n,
      maxMonths: max.n,
      firstPayableMonth: waiting.n + 1,
      lastPayableMonth: waiting.n + used.last,
      monthsPayable: used.months,
      monthlyRate: req.minimumLivingStandardMonthly,
      amount: yuanOf(amount),
      fundedBy: fundedBy.text,
      reading: { zh: `${FROM_START_READING.zh}；${PAID_MONTHS_READING.zh}`, en: `${FROM_START_READING.en}; ${PAID_MONTHS_READING.en}` },
      alternatives: listAlternatives(alternatives),
    };
  },
});
