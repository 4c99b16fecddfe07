import { DOCUMENTED } from '../../documented';
import { issue } from '../../engine/issue';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { addDays, addMonths, addYears } from '../../engine/dates';
import { isoDate } from '../../engine/inputs';
import type { Trace } from '../../engine/trace';
import type { Localized } from '../../tables/model';
import { GROUND_WORDS, type NotAssessed, notAssessedSchema, notGiven, type Status, statusSchema } from '../../engine/verdict';
import type { residencePermits as RP } from './table';
import { type Note, noteSchema, PILOT_PERIODS, pilotPeriodOn, type RPParams, zhDate } from './common';

/**
 * Yearly endorsement (签注) of a 《浙江省临时居住证》 or 《浙江省居住证》, 嘉政办发〔2014〕98号 三（二）1:
 * 「每年签注一次…应当分别自证件签发之日起每满一年的最后1个月内办理签注手续…逾期未办理签注手续的，证件使用功能中止。
 * 逾期60日内可补办签注手续，证件使用功能恢复…居住年限自补办签注手续之日起连续计算」, and 三（二）2（3）
 * 「持有人逾期60日未补办签注手续的」 (a cancellation ground, 经有关部门认定后). For holders living continuously in
 * the place. Pure date arithmetic on ISO strings: the date looked at (asOfDate) is an input, never a clock.
 *
 * Readings (also in the workbook notes):
 * - Periods follow the civil-law rule (the text gives none): the n-th year ends on the issue date's anniversary
 *   (29 February → 28 February), always counted from the issue date (自证件签发之日起), even after a late endorsement.
 * - The window 「最后1个月内」 is (anniversary − 1 month, month-end clamped) + 1 day … anniversary, both inclusive.
 * - 「逾期60日内」 runs from the day after the anniversary (day 1) to day 60 inclusive; the cancellation ground arises
 *   on day 61 (cancellation.endorsement_overdue_days + 1).
 * - An endorsement before the window is not provided for: it is ignored (listed), as is one after the grace period.
 * - 「居住年限自补办签注手续之日起连续计算」: the continuous count restarts on the latest late endorsement.
 * - Status on asOfDate: active; suspended (证件使用功能中止) while overdue; cancellation-ground once day 61 is reached,
 *   or once any other ground of 三（二）2 is met.
 * - 三（二）2 grounds (1), (2), (4), (5) are facts the relevant department establishes (经有关部门认定): inputs, each
 *   not assessed when not given; (3) follows from the dates.
 */

/** Request limit (not policy): endorsement dates in one request. */
const MAX_ENDORSEMENTS = 50;

const OUTCOMES = ['window-open', 'on-time', 'overdue', 'late', 'missed'] as const;
/** The permit's state on asOfDate (not a check status: a state of the permit). */
const STATES = ['active', 'suspended', 'cancellation-ground'] as const;

const input = z
  .object({
    issueDate: isoDate(
      DOCUMENTED &&
        'Date the permit was issued (证件签发之日). Before the pilot starts (2014-10-31) the answer is 422 not-in-force: such permits keep their original treatment (三（四）)',
    ),
    asOfDate: isoDate(DOCUMENTED && 'Date on which the status is wanted; on or after issueDate'),
    endorsementDates: z
      .array(isoDate(DOCUMENTED && 'An endorsement date'))
      .max(MAX_ENDORSEMENTS, { error: `at most ${MAX_ENDORSEMENTS} dates` })
      .default([])
      .openapi(
        DOCUMENTED && {
          description: `Dates on which the permit was endorsed (签注), between issueDate and asOfDate; at most ${MAX_ENDORSEMENTS}`,
          example: ['2016-05-14'],
        },
      ),
    cancellationFacts: z
      .object({
        falseMaterials: z
          .boolean()
          .optional()
          .openapi(DOCUMENTED && { description: '（1）提供虚假证明材料取得的: obtained with false supporting materials' }),
        noLongerEligible: z
          .boolean()
          .optional()
          .openapi(
            DOCUMENTED && {
              description: '（2）情况发生变化且不符合发放要求的: circumstances changed, the issuing requirements no longer met',
            },
          ),
        localHukou: z
          .boolean()
          .optional()
          .openapi(
            DOCUMENTED && { description: '（4）持有人已转办为居住地常住户口的: the holder now has permanent household registration here' },
          ),
        otherLegalGround: z
          .boolean()
          .optional()
          .openapi(
            DOCUMENTED && { description: '（5）法律、法规、规章规定的其他应当注销的情形: another ground under laws, regulations or rules' },
          ),
      })
      .strict()
      .default({})
      .openapi(
        DOCUMENTED && {
          description:
            '三（二）2: the cancellation grounds other than the overdue endorsement, as established by the relevant department (经有关部门认定); each omitted = not assessed',
        },
      ),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.asOfDate < r.issueDate)
      issue(ctx, ['asOfDate'], 'before-issue-date', {
        zh: `不能早于发证日期（${r.issueDate}）`,
        en: `must be on or after issueDate (${r.issueDate})`,
      });
    r.endorsementDates.forEach((d, i) => {
      if (d > r.asOfDate)
        issue(ctx, ['endorsementDates', i], 'after-as-of-date', {
          zh: `晚于查询日期（${r.asOfDate}）`,
          en: `is after asOfDate (${r.asOfDate})`,
        });
      else if (d < r.issueDate)
        issue(ctx, ['endorsementDates', i], 'before-issue-date', {
          zh: `早于发证日期（${r.issueDate}）`,
          en: `is before issueDate (${r.issueDate})`,
        });
    });
  });

const cycleSchema =
  DOCUMENTED &&
  z
    .object({
      year: z
        .number()
        .int()
        .openapi(DOCUMENTED && { description: 'n: the n-th year from the issue date' }),
      anniversary: z
        .string()
        .openapi(DOCUMENTED && { description: 'end of the n-th full interval (endorsement.interval_years) = last day of the window' }),
      windowStart: z.string(),
      windowEnd: z.string(),
      graceEnd: z.string().openapi(
        DOCUMENTED && {
          description:
            'last day of the late grace after the anniversary (endorsement.late_grace_days): last day a late endorsement restores the permit',
        },
      ),
      cancellationGroundFrom: z.string().openapi(
        DOCUMENTED && {
          description:
            'the day after cancellation.endorsement_overdue_days: 逾期未补办签注手续 (三（二）2（3）) holds from it if the year is not endorsed by graceEnd; given for every year, endorsed or not (outcome says which)',
        },
      ),
      endorsedOn: z.string().nullable(),
      outcome: z.enum(OUTCOMES),
      suspendedFrom: z.string().nullable(),
      suspendedTo: z
        .string()
        .nullable()
        .openapi(DOCUMENTED && { description: 'last whole day suspended; null while still suspended or when none' }),
    })
    .openapi('ResidencePermitEndorsementCycle');

const GROUNDS = ['false_materials', 'no_longer_eligible', 'endorsement_overdue', 'local_hukou', 'other_legal'] as const;

const groundSchema =
  DOCUMENTED &&
  z.object({
    ground: z.enum(GROUNDS),
    item: z.string().openapi(DOCUMENTED && { description: 'the item as numbered in 三（二）2, e.g. （3）' }),
    text: z.object({ zh: z.string(), en: z.string() }),
    status: statusSchema,
    citation: z.string(),
  });

const output =
  DOCUMENTED &&
  z
    .object({
      issueDate: z.string(),
      asOfDate: z.string(),
      status: z.enum(STATES).openapi(
        DOCUMENTED && {
          description:
            'the state of the permit on asOfDate: active; suspended (证件使用功能中止) while overdue; cancellation-ground once the overdue days of cancellation.endorsement_overdue_days have passed or another ground of 三（二）2 is met (see cancellationGrounds)',
        },
      ),
      cancellationGrounds: z.array(groundSchema).openapi(
        DOCUMENTED && {
          description:
            '三（二）2: the five grounds for cancelling the permit (经有关部门认定后注销): met, not_met, or not_assessed when its fact is not given',
        },
      ),
      cycles: z.array(cycleSchema),
      next: z.object({ year: z.number().int(), windowStart: z.string(), windowEnd: z.string(), graceEnd: z.string() }).nullable(),
      residenceYearsCountFrom: z
        .string()
        .nullable()
        .openapi(
          DOCUMENTED && { description: 'latest late endorsement: the continuous count of residence years restarts there; null if none' },
        ),
      ignoredEndorsements: z.array(z.string()),
      pilotPeriod: z.enum(PILOT_PERIODS),
      notes: z.array(noteSchema),
      notAssessed: z.array(notAssessedSchema).openapi(
        DOCUMENTED && {
          description:
            'What the answer could not decide: the cancellation grounds whose facts were not given (cancellationFacts); every date follows from the dates given',
        },
      ),
    })
    .openapi('ResidencePermitEndorsement');

type Cycle = z.infer<typeof cycleSchema>;
type Outcome = (typeof OUTCOMES)[number];
type State = (typeof STATES)[number];

const OUTCOME: Record<Outcome, Localized> = {
  'window-open': { zh: '签注期中，尚未签注', en: 'in the endorsement window, not yet endorsed' },
  'on-time': { zh: '按时签注', en: 'endorsed on time' },
  overdue: { zh: '逾期未签注，仍可补办', en: 'overdue, can still be endorsed late' },
  late: { zh: '逾期补办', en: 'endorsed late' },
  missed: { zh: '逾期未补办', en: 'overdue and not endorsed' },
};
const STATE: Record<State, Localized> = {
  active: { zh: '正常', en: 'valid' },
  suspended: { zh: '证件使用功能中止', en: 'use suspended' },
  'cancellation-ground': {
    zh: '属于注销情形（经有关部门认定后注销）',
    en: 'a ground for cancellation (cancelled once the relevant department confirms it)',
  },
};

// ---------------------------------------------------------------------------------------------
// Rules.

type Request = z.output<typeof input>;

/** The periods of 三（二）1 and 三（二）2（3）, read once for the permit (the rules in force on its issue date). */
function endorsementPeriods(p: RPParams) {
  const interval = p.number('endorsement.interval_years');
  const windowMonths = p.number('endorsement.window_months');
  const grace = p.number('endorsement.late_grace_days');
  const overdueDays = p.number('cancellation.endorsement_overdue_days');
  const effect = p.text('endorsement.overdue_effect');
  const yearsRule = p.text('endorsement.late_residence_years_rule');
  if (!Number.isInteger(interval.n) || interval.n < 1) throw new Error('endorsement.interval_years must be a whole number of years ≥ 1');
  return { interval, windowMonths, grace, overdueDays, effect, yearsRule, all: [interval, windowMonths, grace, overdueDays] };
}
type Periods = ReturnType<typeof endorsementPeriods>;

/**
 * 三（二）1 「每年签注一次…应当分别自证件签发之日起每满一年的最后1个月内办理签注手续…逾期60日内可补办」: the n-th year ends on
 * the issue date's anniversary (29 February → 28 February), always counted from the issue date; the window is
 * (anniversary − 1 month, month-end clamped) + 1 day … anniversary; the grace runs to day 60 after the anniversary
 * inclusive, and 三（二）2（3） 「逾期60日未补办」 arises the day after.
 */
function cycleOf(issueDate: string, { interval, windowMonths, grace, overdueDays }: Periods, n: number) {
  const anniversary = addYears(issueDate, n * interval.n);
  return {
    year: n,
    anniversary,
    windowStart: addDays(addMonths(anniversary, -windowMonths.n), 1),
    windowEnd: anniversary,
    graceEnd: addDays(anniversary, grace.n),
    cancellationGroundFrom: addDays(anniversary, overdueDays.n + 1),
  };
}

/** What the endorsement years leave on asOfDate: the permit's state, the restart of the residence years, the dates used. */
interface Standing {
  status: State;
  residenceYearsCountFrom: string | null;
  used: Set<string>;
}

/**
 * 三（二）1: the n-th year, as one step — endorsed in the window (on time), in the grace (late: 证件使用功能中止 until
 * then, and 「居住年限自补办签注手续之日起连续计算」), or not: window still open, overdue (suspended), or missed once
 * the grace has passed (三（二）2（3）: a cancellation ground from day 61). The first unused endorsement in the window
 * or grace counts; one before the window or after the grace counts for no year.
 */
function endorsementYear(trace: Trace, req: Request, periods: Periods, dates: string[], n: number, st: Standing): Cycle {
  const { interval, windowMonths, grace, overdueDays, effect } = periods;
  const c = cycleOf(req.issueDate, periods, n);
  const d = zhDate;
  return trace.step({ zh: `第 ${n} 年的签注`, en: `endorsement year ${n}` }, (s) => {
    s.uses(...periods.all);
    const e = dates.find((x) => !st.used.has(x) && x >= c.windowStart && x <= c.graceEnd) ?? null;
    let cycle: Cycle;
    let formula: { zh: string; en: string };
    if (e !== null) {
      st.used.add(e);
      if (e <= c.windowEnd) {
        cycle = { ...c, endorsedOn: e, outcome: 'on-time', suspendedFrom: null, suspendedTo: null };
        formula = { zh: `${d(e)}签注，在签注期内 → 按时签注`, en: `${c.windowStart} ≤ ${e} ≤ ${c.windowEnd} → endorsed on time` };
      } else {
        const from = addDays(c.anniversary, 1);
        const to = addDays(e, -1);
        cycle = { ...c, endorsedOn: e, outcome: 'late', suspendedFrom: from, suspendedTo: to >= from ? to : null };
        st.residenceYearsCountFrom = e;
        formula = {
          zh: `${d(e)}签注，晚于签注期、在逾期 ${grace.n} 日内（含第 ${grace.n} 日）→ 逾期补办：自 ${d(from)}起${effect.text}，${d(e)}补办后恢复；居住年限自 ${d(e)}起连续计算`,
          en: `${c.windowEnd} < ${e} ≤ ${c.graceEnd} (逾期${grace.n}日内, day ${grace.n} included) → late: ${effect.text} from ${from}, restored on ${e}; residence years count from ${e}`,
        };
      }
    } else if (req.asOfDate <= c.windowEnd) {
      cycle = { ...c, endorsedOn: null, outcome: 'window-open', suspendedFrom: null, suspendedTo: null };
      formula = {
        zh: `签注期内尚未签注；${d(req.asOfDate)}签注期还没有结束 → 仍可按时签注`,
        en: `no endorsement in ${c.windowStart}…${c.windowEnd}; ${req.asOfDate} ≤ ${c.windowEnd} → window open`,
      };
    } else if (req.asOfDate <= c.graceEnd) {
      cycle = { ...c, endorsedOn: null, outcome: 'overdue', suspendedFrom: addDays(c.anniversary, 1), suspendedTo: null };
      st.status = 'suspended';
      formula = {
        zh: `签注期结束前没有签注；${d(req.asOfDate)}已过签注期、仍在逾期补办期内 → 逾期：${effect.text}；${d(c.graceEnd)}前仍可补办`,
        en: `no endorsement by ${c.windowEnd}; ${c.windowEnd} < ${req.asOfDate} ≤ ${c.graceEnd} → overdue: ${effect.text}; may still be endorsed until ${c.graceEnd}`,
      };
    } else {
      cycle = { ...c, endorsedOn: null, outcome: 'missed', suspendedFrom: addDays(c.anniversary, 1), suspendedTo: null };
      st.status = req.asOfDate >= c.cancellationGroundFrom ? 'cancellation-ground' : 'suspended';
      s.rule(overdueDays.use.citation);
      formula = {
        zh: `到 ${d(c.graceEnd)}（逾期第 ${grace.n} 日）仍未补办；${d(req.asOfDate)}已超过 → 逾期未补办；自 ${d(c.cancellationGroundFrom)}起属于“逾期${overdueDays.n}日未补办签注手续”的注销情形`,
        en: `no endorsement by ${c.graceEnd} (day ${grace.n}); ${req.asOfDate} > ${c.graceEnd} → missed; 逾期${overdueDays.n}日未补办 from ${c.cancellationGroundFrom}`,
      };
    }
    if (cycle.outcome !== 'missed') s.rule(grace.use.citation);
    s.inputs({ issueDate: req.issueDate, asOfDate: req.asOfDate, endorsedOn: cycle.endorsedOn });
    s.formula({
      zh:
        `签发日 ${d(req.issueDate)}起满 ${n * interval.n} 年为 ${d(c.anniversary)}；签注期为最后 ${windowMonths.n} 个月：（${d(c.anniversary)} − ${windowMonths.n} 个月）+ 1 天 = ${d(c.windowStart)}至 ${d(c.windowEnd)}；` +
        `逾期补办期：${d(c.anniversary)} + ${grace.n} 日 = ${d(c.graceEnd)}；${formula.zh}`,
      en:
        `anniversary ${req.issueDate} + ${n * interval.n} year = ${c.anniversary}; window (${c.anniversary} − ${windowMonths.n} month) + 1 day = ${c.windowStart} … ${c.windowEnd}; ` +
        `grace ${c.anniversary} + ${grace.n} days = ${c.graceEnd}; ${formula.en}`,
    });
    return s.result({ outcome: cycle.outcome, endorsedOn: cycle.endorsedOn }, cycle);
  });
}

/**
 * 三（二）1: the next window to endorse in — the open or overdue year's own, else the year after the last; none once a
 * year is missed (三（二）2（3）: the permit is to be cancelled, a late endorsement no longer restores it).
 */
function nextWindow(issueDate: string, periods: Periods, cycles: Cycle[], n: number) {
  const last = cycles.at(-1);
  const nextCycle =
    last?.outcome === 'missed'
      ? null
      : last && (last.outcome === 'window-open' || last.outcome === 'overdue')
        ? cycleOf(issueDate, periods, last.year)
        : cycleOf(issueDate, periods, n);
  return (
    nextCycle && { year: nextCycle.year, windowStart: nextCycle.windowStart, windowEnd: nextCycle.windowEnd, graceEnd: nextCycle.graceEnd }
  );
}

/**
 * Notes of the answer: endorsements in no window or grace count for no year (三（二）1 「最后1个月内」); 三（二）2（3）
 * 「持有人逾期60日未补办签注手续的」 is a cancellation ground (经有关部门认定后); 三（二）1 「居住年限自补办签注手续之日起连续
 * 计算」 restarts the count on the latest late endorsement (literal reading).
 */
function endorsementNotes(periods: Periods, ignored: string[], st: Standing): Note[] {
  const { windowMonths, overdueDays, yearsRule } = periods;
  const notes: Note[] = [];
  if (ignored.length) {
    notes.push({
      code: 'ignored-endorsements',
      rule: windowMonths.use.citation,
      message: `应当…每满一年的最后${windowMonths.n}个月内办理签注手续: ${ignored.join(', ')} fall(s) in no endorsement window or grace period (or the year was already endorsed), so they count for no year.`,
    });
  }
  if (st.status === 'cancellation-ground') {
    notes.push({
      code: 'cancellation-ground',
      rule: overdueDays.use.citation,
      message: `持有人逾期${overdueDays.n}日未补办签注手续的: the permit is to be cancelled after confirmation by the relevant department (经有关部门认定后); it can no longer be restored by a late endorsement.`,
    });
  }
  if (st.residenceYearsCountFrom !== null) {
    notes.push({
      code: 'residence-years-restart',
      rule: yearsRule.use.citation,
      message: `${yearsRule.text}: the continuous count restarts on ${st.residenceYearsCountFrom} (literal reading; the text does not say whether earlier years are kept).`,
    });
  }
  return notes;
}

/** 三（二）1 「逾期未办理签注手续的，证件使用功能中止」: the permit's state on asOfDate, from the last year, as one step. */
function statusOnDate(
  trace: Trace,
  req: Request,
  periods: Periods,
  cycles: Cycle[],
  next: ReturnType<typeof nextWindow>,
  { status, residenceYearsCountFrom: restart }: Standing,
): void {
  const { effect, yearsRule, overdueDays } = periods;
  const last = cycles.at(-1);
  const d = zhDate;
  trace.step({ zh: '证件在查询日的状态', en: 'status on the date' }, (s) => {
    // the first window, when no year has begun, comes from the periods no year step cited
    s.uses(effect, yearsRule, overdueDays, ...(cycles.length ? [] : periods.all));
    s.rule(effect.use.citation).inputs({ asOfDate: req.asOfDate, endorsementDates: req.endorsementDates });
    s.formula({
      zh:
        `${last ? `第 ${last.year} 年：${OUTCOME[last.outcome].zh}` : `第一个签注期 ${d(next!.windowStart)}才开始`} → ${d(req.asOfDate)}证件状态：${STATE[status].zh}` +
        (restart ? `；居住年限自最近一次逾期补办之日 ${d(restart)}起连续计算` : ''),
      en:
        `${last ? `year ${last.year}: ${OUTCOME[last.outcome].en}` : `first window opens ${next!.windowStart}`} → ${STATE[status].en}` +
        (restart ? `; residence years count from ${restart} (latest late endorsement)` : ''),
    });
    return s.result(status);
  });
}

const FACT: Record<Exclude<(typeof GROUNDS)[number], 'endorsement_overdue'>, keyof Request['cancellationFacts']> = {
  false_materials: 'falseMaterials',
  no_longer_eligible: 'noLongerEligible',
  local_hukou: 'localHukou',
  other_legal: 'otherLegalGround',
};

/**
 * 三（二）2 「有下列情形之一的，经有关部门认定后，注销…」: each ground of the sheet cancellation_grounds — （3） from the
 * endorsement years, the others from the facts the caller gives (not given → not assessed). Any met → the permit is a
 * cancellation ground on asOfDate (the department still has to confirm it).
 */
function cancellationGrounds(p: RPParams, trace: Trace, req: Request, st: Standing, notAssessed: NotAssessed[]) {
  return trace.step({ zh: '注销情形', en: 'cancellation grounds' }, (s) => {
    const grounds = p.rows('cancellation_grounds').map((r) => {
      const ground = r.cells.ground as (typeof GROUNDS)[number];
      const item = p.cell('cancellation_grounds', r, 'item');
      const zh = String(r.cells.item_zh);
      const en = String(r.cells.item_en);
      let status: Status;
      if (ground === 'endorsement_overdue') status = st.status === 'cancellation-ground' ? 'met' : 'not_met';
      else {
        const v = req.cancellationFacts[FACT[ground]];
        status = v === undefined ? 'not_assessed' : v ? 'met' : 'not_met';
        if (v === undefined)
          notAssessed.push(
            notGiven(`cancellationGrounds.${ground}`, [`cancellationFacts.${FACT[ground]}`], {
              zh: `未提供是否属于“${zh}”，该注销情形尚不能确定`,
              en: `not said whether the ground “${en}” applies`,
            }),
          );
      }
      return { ground, item: String(item.value), text: { zh, en }, status, citation: r.citation.text };
    });
    s.rule(grounds[0]?.citation ?? '').inputs({ cancellationFacts: req.cancellationFacts });
    const changed = st.status !== 'cancellation-ground' && grounds.some((g) => g.status === 'met');
    if (changed) st.status = 'cancellation-ground';
    s.formula({
      zh:
        `有下列情形之一的，经有关部门认定后注销：${grounds.map((g) => `${g.item}${g.text.zh}：${GROUND_WORDS[g.status].zh}`).join('；')}` +
        (changed ? ` → ${zhDate(req.asOfDate)}证件状态：${STATE[st.status].zh}` : ''),
      en:
        `any one ground, confirmed by the relevant department: ${grounds.map((g) => `${g.item} ${g.text.en}: ${GROUND_WORDS[g.status].en}`).join('; ')}` +
        (changed ? ` → ${STATE[st.status].en}` : ''),
    });
    return s.result(Object.fromEntries(grounds.map((g) => [g.ground, g.status])), grounds);
  });
}

export const residencePermitEndorsement = defineCalculator({
  id: 'residence-permit-endorsement',
  table: tableRef<typeof RP>('residence-permits'),
  input,
  output,
  run({ at, trace }, req) {
    // The permit's rules are those in force when it was issued (rows are open-ended from 2014-10-31).
    const periods = endorsementPeriods(at(req.issueDate));
    const dates = [...new Set(req.endorsementDates)].sort();
    const st: Standing = { status: 'active', residenceYearsCountFrom: null, used: new Set() };

    // Year after year until a window that has not opened on asOfDate, or a missed year (later years are not computed).
    const cycles: Cycle[] = [];
    let n = 1;
    for (; cycleOf(req.issueDate, periods, n).windowStart <= req.asOfDate; n++) {
      const cycle = endorsementYear(trace, req, periods, dates, n, st);
      cycles.push(cycle);
      if (cycle.outcome === 'missed') break;
    }
    const next = nextWindow(req.issueDate, periods, cycles, n);
    const ignored = dates.filter((x) => !st.used.has(x));
    // the notes first: their cancellation note is that of the overdue ground alone
    const notes = endorsementNotes(periods, ignored, st);
    statusOnDate(trace, req, periods, cycles, next, st);
    const notAssessed: NotAssessed[] = [];
    const grounds = cancellationGrounds(at(req.issueDate), trace, req, st, notAssessed);

    const pilot = pilotPeriodOn(at(req.asOfDate), trace, req.asOfDate);
    if (pilot.note) notes.push(pilot.note);

    return {
      issueDate: req.issueDate,
      asOfDate: req.asOfDate,
      status: st.status,
      cancellationGrounds: grounds,
      cycles,
      next,
      residenceYearsCountFrom: st.residenceYearsCountFrom,
      ignoredEndorsements: ignored,
      pilotPeriod: pilot.period,
      notes,
      notAssessed,
    };
  },
});
