import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import {
  ADJUSTED_DESCRIPTION,
  addHours,
  checkCalendarLists,
  dateList,
  dayName,
  formatLocalDateTime,
  HOLIDAYS_DESCRIPTION,
  localDateOf,
  localDateTime,
  NO_CALENDAR_WARNING,
  nthWorkingDayAfter,
  parseLocalDateTime,
  type WorkingCalendar,
  weekday,
  workingCalendar,
} from '../../engine/calendar';
import { alternativeReadingNotice, alternativesSchema, listAlternatives, readingSchema } from '../../engine/alternatives';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { issue } from '../../engine/issue';
import { addDays } from '../../engine/dates';
import { MissingCollector } from '../../engine/missing';
import type { NumberRead, Params, ParamUse } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import { type NotAssessed, notAssessedSchema, notGiven } from '../../engine/verdict';
import type { Localized } from '../../tables/model';
import type { enforcementCooperation as EC } from './table';

/**
 * Deadlines of a case transfer between the comprehensive administrative-enforcement department and a
 * regulatory department under 嘉政办发〔2014〕113号 二（一）3（1） and 二（一）3（3）:
 * 「应当在3个工作日内移送有管辖权的一方处理；情况紧急的，应当在24小时内移送…；发现违法行为正在进行的，应当立即责令
 * 当事人停止违法行为，并及时告知有管辖权的一方处理」 and 「应在5个工作日内书面告知移送部门受理情况」.
 *
 * Readings (also in the workbook notes):
 * - The transfer clocks start when the violation is found (the sentence opens with 「…发现违法行为…」).
 * - The acceptance-notice clock starts on receipt of the transferred case; without a receipt date the
 *   latest lawful receipt (the transfer deadline's date) is assumed, giving the latest answer date.
 * - Working-day periods do not count the start day and end with the whole N-th working day; hour
 *   periods run on the clock through nights and weekends, and the end instant is still in time.
 * - 工作日: weekdays minus the caller's holidays plus the caller's make-up working days (no built-in
 *   calendar: the gazette publishes none). With no list the answer warns, and a working-day deadline is the one
 *   counted on weekends only: an act after it is not shown late (onTime null, undetermined), since a holiday in the
 *   period would move the deadline later. Lists given (empty ones too) decide: onTime false.
 * - 情况紧急 and 正在进行 are the caller's judgement.
 * - Ongoing violation: the stop order and notice come first, and the case is still transferred in writing
 *   (二（一）3（2） 「书面移送」) within the ordinary deadline (24 hours if urgent); the other reading — 及时 replaces
 *   the number, no deadline — is answered in `alternatives`.
 * - 二（二）1 认定、鉴定: 5 working days from the request; urgent adds going on site promptly and keeps the written
 *   deadline; told in advance (情况特殊或时间较长) the time may be extended with no limit: no deadline to check.
 * - 二（三）1 抄告: approvals 5 working days from the approval, at once when urgent (立即: nothing to count); penalty
 *   decisions 5 working days from the decision.
 */

const input = z
  .object({
    discoveredAt: localDateTime(
      DOCUMENTED && 'When the violation was found (发现): the transfer clocks start here; the table is read on its local date',
    ),
    urgent: z.boolean().openapi(DOCUMENTED && { description: '情况紧急 (urgent): not defined by the text, the caller judges' }),
    ongoing: z
      .boolean()
      .default(false)
      .openapi(
        DOCUMENTED && {
          description: '违法行为正在进行 (the violation is in progress): stop it at once and notify promptly; no numeric deadline',
        },
      ),
    receivedAt: localDateTime(
      DOCUMENTED &&
        'When the receiving department got the transferred case (starts the acceptance-notice period, parameter case_transfer.acceptance_notice_deadline)',
    ).optional(),
    transferredAt: localDateTime(DOCUMENTED && 'When the case was actually transferred, to check the transfer deadline').optional(),
    acceptanceNoticeAt: localDateTime(
      DOCUMENTED && 'When the written notice of acceptance was sent, to check its deadline (needs receivedAt)',
    ).optional(),
    appraisal: z
      .object({
        requestedAt: localDateTime(
          DOCUMENTED && 'When the enforcement department asked the regulatory department for an identification or appraisal (认定、鉴定)',
        ),
        urgent: z
          .boolean()
          .default(false)
          .openapi(DOCUMENTED && { description: '情况紧急或证据可能灭失: staff go on site promptly (及时派员现场处置)' }),
        extensionNotified: z
          .boolean()
          .default(false)
          .openapi(
            DOCUMENTED && {
              description:
                '情况特殊或所需时间较长 and the department said so in advance (事先告知): the time may be extended, with no limit given',
            },
          ),
        answeredAt: localDateTime(DOCUMENTED && 'When the written opinion or appraisal conclusion was given').optional(),
      })
      .strict()
      .optional()
      .openapi(
        DOCUMENTED && { description: '二（二）1: the written identification or appraisal opinion (parameter appraisal.opinion_deadline)' },
      ),
    approvalCopy: z
      .object({
        approvedAt: localDateTime(DOCUMENTED && 'When the regulatory department made the administrative approval (行政审批事项)'),
        urgent: z
          .boolean()
          .default(false)
          .openapi(DOCUMENTED && { description: '情况紧急: copy immediately after the approval (立即抄告)' }),
        copiedAt: localDateTime(DOCUMENTED && 'When the approval was copied in writing to the enforcement department').optional(),
      })
      .strict()
      .optional()
      .openapi(
        DOCUMENTED && { description: '二（三）1: copying an approval to the enforcement department (parameter copy.approval_deadline)' },
      ),
    penaltyCopy: z
      .object({
        decidedAt: localDateTime(DOCUMENTED && 'When the enforcement department made the administrative penalty decision'),
        copiedAt: localDateTime(DOCUMENTED && 'When the decision was copied to the regulatory department for the record (备案)').optional(),
      })
      .strict()
      .optional()
      .openapi(
        DOCUMENTED && {
          description: '二（三）1: copying a penalty decision to the regulatory department (parameter copy.penalty_decision_deadline)',
        },
      ),
    holidays: dateList(HOLIDAYS_DESCRIPTION).optional(),
    adjustedWorkingDays: dateList(ADJUSTED_DESCRIPTION).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const found = parseLocalDateTime(r.discoveredAt);
    const at = (s: string | undefined) => (s === undefined ? undefined : parseLocalDateTime(s));
    if (found === undefined) return;
    for (const field of ['receivedAt', 'transferredAt'] as const) {
      const t = at(r[field]);
      if (t !== undefined && t < found)
        issue(ctx, [field], 'before-start', { zh: '不能早于发现违法行为的时间', en: 'must not be before discoveredAt' });
    }
    if (r.acceptanceNoticeAt !== undefined) {
      const received = at(r.receivedAt);
      const notice = at(r.acceptanceNoticeAt);
      if (r.receivedAt === undefined)
        issue(ctx, ['acceptanceNoticeAt'], 'needs-received-at', {
          zh: '需要同时提供收到移送案件的时间（告知期限自收到之日起算）',
          en: 'needs receivedAt (the notice period runs from receipt)',
        });
      else if (received !== undefined && notice !== undefined && notice < received)
        issue(ctx, ['acceptanceNoticeAt'], 'before-start', { zh: '不能早于收到移送案件的时间', en: 'must not be before receivedAt' });
    }
    const after = (path: string[], later: string | undefined, earlier: string, name: Localized) => {
      const a = at(later);
      const b = at(earlier);
      if (a !== undefined && b !== undefined && a < b)
        issue(ctx, path, 'before-start', { zh: `不能早于${name.zh}`, en: `must not be before ${name.en}` });
    };
    if (r.appraisal)
      after(['appraisal', 'answeredAt'], r.appraisal.answeredAt, r.appraisal.requestedAt, {
        zh: '提出认定、鉴定请求的时间',
        en: 'requestedAt',
      });
    if (r.approvalCopy)
      after(['approvalCopy', 'copiedAt'], r.approvalCopy.copiedAt, r.approvalCopy.approvedAt, {
        zh: '作出行政审批的时间',
        en: 'approvedAt',
      });
    if (r.penaltyCopy)
      after(['penaltyCopy', 'copiedAt'], r.penaltyCopy.copiedAt, r.penaltyCopy.decidedAt, {
        zh: '作出行政处罚决定的时间',
        en: 'decidedAt',
      });
    checkCalendarLists(r, ctx);
  });

const periodSchema =
  DOCUMENTED &&
  z.object({
    kind: z
      .enum(['end_of_day', 'instant'])
      .openapi(
        DOCUMENTED && { description: 'end_of_day: the whole deadlineDate is in time; instant: deadlineAt is the last moment in time' },
      ),
    deadlineDate: z.string().openapi(DOCUMENTED && { description: 'Last day in time (for an instant: its local date)' }),
    deadlineAt: z
      .string()
      .nullable()
      .openapi(DOCUMENTED && { description: 'Last instant in time, YYYY-MM-DDTHH:mm:ss+08:00 (instant periods only)' }),
    periodWorkingDays: z.number().int().nullable(),
    periodHours: z.number().nullable(),
    countedDays: z
      .array(z.string())
      .nullable()
      .openapi(DOCUMENTED && { description: 'The working days counted, in order (working-day periods)' }),
    onTime: z
      .boolean()
      .nullable()
      .openapi(
        DOCUMENTED && {
          description:
            'true: in time; false: late; null: the actual time was not given, or a working-day deadline was counted on weekends only ' +
            '(no holidays / adjustedWorkingDays given) and the act is after the start day + the period in days: a holiday would move the deadline later, ' +
            'a make-up working day earlier, so only an act by then is in time for certain; give the lists, empty if none (see notAssessed)',
        },
      ),
  });

/** 二（二）1 and 二（三）1: a duty counted from its own start, in working days, at once, or extended without a limit. */
const dutySchema =
  DOCUMENTED &&
  z.object({
    startDate: z.string().openapi(DOCUMENTED && { description: 'The day the period runs from (not counted)' }),
    rule: z.enum(['working_days', 'immediately', 'extended']).openapi(
      DOCUMENTED && {
        description:
          'working_days: the deadline below; immediately: 立即, at once, no number to count; extended: told in advance, the time may be extended and the text gives no limit',
      },
    ),
    deadline: periodSchema.nullable().openapi(DOCUMENTED && { description: 'The working-day deadline (rule working_days), else null' }),
  });

const acceptanceNoticeSchema =
  DOCUMENTED &&
  periodSchema
    .extend({
      basis: z
        .enum(['receivedAt', 'transferDeadline'])
        .openapi(DOCUMENTED && { description: 'receivedAt, or (not given) the transfer deadline as the latest lawful receipt' }),
      startDate: z.string(),
    })
    .nullable();

const output =
  DOCUMENTED &&
  z
    .object({
      route: z.enum(['transfer', 'urgent_transfer', 'ongoing']),
      transfer: periodSchema.nullable(),
      acceptanceNotice: acceptanceNoticeSchema,
      immediateActions: z.object({ stopOrder: z.string(), notifyJurisdiction: z.string() }).nullable(),
      reading: readingSchema
        .nullable()
        .openapi(DOCUMENTED && { description: 'On the ongoing route: the reading of the written transfer that follows (else null)' }),
      alternatives: alternativesSchema({ transfer: periodSchema.nullable(), acceptanceNotice: acceptanceNoticeSchema }),
      appraisal: dutySchema
        .extend({
          onSite: z
            .boolean()
            .openapi(
              DOCUMENTED && { description: 'true when urgent: staff go on site promptly (及时派员现场处置), besides the written opinion' },
            ),
        })
        .nullable()
        .openapi(
          DOCUMENTED && { description: '二（二）1: the written identification or appraisal opinion; null when appraisal not given' },
        ),
      approvalCopy: dutySchema
        .nullable()
        .openapi(DOCUMENTED && { description: '二（三）1: copying an approval; null when approvalCopy not given' }),
      penaltyCopy: dutySchema
        .nullable()
        .openapi(DOCUMENTED && { description: '二（三）1: copying a penalty decision; null when penaltyCopy not given' }),
      calendar: z.enum(['weekends_only', 'caller_lists']),
      warnings: z.array(z.string()),
      notAssessed: z.array(notAssessedSchema).openapi(
        DOCUMENTED && {
          description:
            'Why an onTime is null: transfer.onTime / acceptanceNotice.onTime with the fields that would decide it — the actual time not given, or holidays / adjustedWorkingDays for an act after a deadline counted on weekends only; empty when every onTime is decided',
        },
      ),
    })
    .openapi('CaseTransferDeadlines');

type Period = z.output<typeof periodSchema>;
type Act = 'transfer' | 'acceptanceNotice';

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
/** 2015-03-05 → 2015 年 3 月 5 日 (with the year) or 3 月 5 日 */
const zhDate = (iso: string, year = true) =>
  `${year ? `${iso.slice(0, 4)} 年 ` : ''}${Number(iso.slice(5, 7))} 月 ${Number(iso.slice(8, 10))} 日`;
/** a local instant → 2015 年 3 月 6 日 16:30:00 (北京时间 is said once per formula) */
const zhInstant = (seconds: number) => {
  const iso = formatLocalDateTime(seconds);
  return `${zhDate(iso.slice(0, 10))} ${iso.slice(11, 19)}`;
};
const BEIJING_ZH = '（北京时间 +08:00）';
const calendarZh = (cal: WorkingCalendar) => (cal.kind === 'weekends_only' ? '未提供节假日名单，只扣除周末' : '按所给的节假日和调休上班日');

const days = (counted: string[]) => counted.map((d, i) => `${d.slice(5)} ${dayName(d)} (${i + 1})`).join(', ');
const daysZh = (counted: string[]) => counted.map((d, i) => `第 ${i + 1} 天 ${zhDate(d, false)}（${WEEKDAY_ZH[weekday(d)]}）`).join('、');

/** A period of n working days after `start` (the start day not counted), as one step. */
function workingDayPeriod(
  trace: Trace,
  name: Localized,
  start: string,
  read: () => { n: number; use: ParamUse },
  cal: WorkingCalendar,
  label: Localized,
): Period {
  return trace.step(name, (s) => {
    const n = read();
    s.uses(n).inputs({ startDate: start, holidays: [...cal.holidays], adjustedWorkingDays: [...cal.adjustedWorkingDays] });
    const { deadline, counted } = nthWorkingDayAfter(start, n.n, cal);
    s.formula({
      zh: `${n.n} 个工作日：${label.zh} ${zhDate(start)}（${WEEKDAY_ZH[weekday(start)]}）不计；${daysZh(counted)} → 期限为 ${zhDate(deadline)}，当日全天有效（${calendarZh(cal)}）`,
      en: `${label.en}: start ${start} (${dayName(start)}) not counted; working days ${days(counted)} → deadline ${deadline}, the whole day (${cal.kind === 'weekends_only' ? 'weekends only, no holiday list given' : 'with the holidays and make-up working days given'})`,
    });
    return s.result(deadline, {
      kind: 'end_of_day' as const,
      deadlineDate: deadline,
      deadlineAt: null,
      periodWorkingDays: n.n,
      periodHours: null,
      countedDays: counted,
      onTime: null,
    });
  });
}

/**
 * In time, late, or undetermined. A working-day deadline counted on weekends only (no calendar given) can be wrong
 * both ways: a holiday in the period moves it later, a make-up working day (调休) earlier. Without the lists an act
 * is in time for certain only on or before the earliest deadline any calendar could give — the start day + n days,
 * every day a working day — and late never; otherwise undetermined. An hour period needs no calendar.
 */
function lateness(inTime: boolean, period: Period, start: string, act: string, cal: WorkingCalendar): boolean | null {
  if (period.kind !== 'end_of_day' || cal.kind !== 'weekends_only') return inTime;
  return act <= addDays(start, period.periodWorkingDays!) ? true : null;
}
const UNDETERMINED =
  ' counted on weekends only → undetermined: no list of public holidays and make-up working days given; a holiday in the period would move the deadline later, a make-up working day earlier (give the lists, empty if none)';
const UNDETERMINED_ZH =
  '，但这个期限只扣除了周末：未提供节假日和调休上班日名单，期间有节假日会使期限推后，有调休上班日会使期限提前，尚不能确定是否按时（请提供名单，没有就给空名单）';

const WHAT = {
  transfer: { zh: '移送', field: 'transferredAt' },
  acceptanceNotice: { zh: '书面告知受理情况', field: 'acceptanceNoticeAt' },
} as const;

/** Why an onTime is null: the act's time not given, or a weekends-only count the act is after. */
function onTimeNotAssessed(act: Act, period: Period, given: boolean, fields: string[]): NotAssessed {
  const item = `${act}.onTime`;
  if (!given)
    return notGiven(item, fields, {
      zh: `未提供${fields.includes('receivedAt') ? '收到移送案件和' : ''}${WHAT[act].zh}的时间，是否按时尚不能确定`,
      en: `the time ${fields.includes('receivedAt') ? 'the case was received and the time ' : ''}of the ${act === 'transfer' ? 'transfer' : 'acceptance notice'} not given: whether it is in time is not assessed`,
    });
  return notGiven(item, ['holidays', 'adjustedWorkingDays'], {
    zh: `${WHAT[act].zh}晚于只扣除周末算出的期限 ${zhDate(period.deadlineDate)}：未提供节假日和调休上班日名单，是否按时尚不能确定（没有就给空名单）`,
    en: `no list of public holidays and make-up working days given: the ${act === 'transfer' ? 'transfer' : 'acceptance notice'} is after the deadline ${period.deadlineDate} counted on weekends only, which a holiday would move later and a make-up working day earlier (give the lists, empty if none)`,
  });
}

// ---------------------------------------------------------------------------------------------
// Rules.

type P = Params<typeof EC>;
type Request = z.output<typeof input>;
type Route = z.output<typeof output>['route'];
type Notice = Period & { basis: 'receivedAt' | 'transferDeadline'; startDate: string };
interface Periods {
  deadline: NumberRead;
  urgentHours: NumberRead;
  noticeDays: NumberRead;
}
/** What a route sets: the transfer deadline and the period it counts (none when ongoing), the notice period, the immediate actions. */
interface RouteDeadlines {
  transfer: Period | null;
  transferPeriod: NumberRead | null;
  noticeDays: NumberRead;
  immediateActions: { stopOrder: string; notifyJurisdiction: string } | null;
}

/**
 * 二（一）3（1）、（3）: the three periods (3 working days, 24 hours, 5 working days), read in the first step whatever the
 * route: a date they are not in force on is one 422 naming every missing one.
 */
function casePeriods(p: P, date: string): Periods {
  const missing = new MissingCollector();
  const deadline = p.number('case_transfer.deadline', missing);
  const urgentHours = p.number('case_transfer.urgent_deadline', missing);
  const noticeDays = p.number('case_transfer.acceptance_notice_deadline', missing);
  missing.throwIfAny({
    zh: `${zhDate(date)}发现的违法行为的案件移送期限`,
    en: `The case-transfer deadlines (violation found on ${date})`,
  });
  return { deadline: deadline!, urgentHours: urgentHours!, noticeDays: noticeDays! };
}

/** 二（一）3（1）: the route, in the order of the sentence's exceptions — ongoing first (it replaces the deadline), then urgent. */
const routeOf = (req: Request): Route => (req.ongoing ? 'ongoing' : req.urgent ? 'urgent_transfer' : 'transfer');

/**
 * 二（一）3（1） 「发现违法行为正在进行的，应当立即责令当事人停止违法行为，并及时告知有管辖权的一方处理」: the stop and
 * the notice have no number; the written transfer (二（一）3（2）) follows as its own step (a reading, see the top).
 */
function ongoingViolation(p: P, trace: Trace, req: Request, date: string): RouteDeadlines {
  const r = trace.step({ zh: '违法行为正在进行：立即责令停止，及时告知', en: 'ongoing violation: stop now, notify promptly' }, (s) => {
    const text = p.text('case_transfer.ongoing_violation');
    const read = casePeriods(p, date);
    s.rule(text.use.citation).inputs({ ongoing: true, urgent: req.urgent });
    const actions = {
      stopOrder: 'immediately (立即责令当事人停止违法行为)',
      notifyJurisdiction: 'promptly (及时告知), no numeric deadline',
    };
    s.formula({
      zh: '违法行为正在进行 → 应当立即责令当事人停止违法行为，并及时告知有管辖权的一方处理（原文没有规定具体时限）；此后仍应书面移送，期限见下一步',
      en: `violation in progress → ${text.text} (no number given); the written transfer still follows, see the next step`,
    });
    return s.result(actions, { actions, read });
  });
  return { transfer: null, transferPeriod: null, noticeDays: r.read.noticeDays, immediateActions: r.actions };
}

/**
 * 二（一）3（1） 「情况紧急的，应当在24小时内移送」: hours on the clock from discovery (nights, weekends and holidays
 * count); the end instant is still in time.
 */
function urgentTransferDeadline(p: P, trace: Trace, req: Request, found: number, date: string): RouteDeadlines {
  const r = trace.step({ zh: '情况紧急的移送期限', en: 'urgent transfer deadline' }, (s) => {
    const read = casePeriods(p, date);
    const hours = read.urgentHours;
    s.rule(hours.use.citation).inputs({ discoveredAt: req.discoveredAt, urgent: true });
    const end = addHours(found, hours.n);
    const period: Period = {
      kind: 'instant',
      deadlineDate: localDateOf(end),
      deadlineAt: formatLocalDateTime(end),
      periodWorkingDays: null,
      periodHours: hours.n,
      countedDays: null,
      onTime: null,
    };
    s.formula({
      zh: `情况紧急：自发现时 ${zhInstant(found)} 起 ${hours.n} 小时（夜间、周末和节假日照算），至 ${zhInstant(end)}${BEIJING_ZH}，这一时刻仍在期限内`,
      en: `情况紧急: ${formatLocalDateTime(found)} + ${hours.n} h on the clock (nights, weekends and holidays count) = ${period.deadlineAt}; that instant is still in time`,
    });
    return s.result(period.deadlineAt, { period, read });
  });
  return { transfer: r.period, transferPeriod: r.read.urgentHours, noticeDays: r.read.noticeDays, immediateActions: null };
}

/** 二（一）3（1） 「应当在3个工作日内移送有管辖权的一方处理」: working days after the day the violation was found. */
function transferDeadline(p: P, trace: Trace, date: string, cal: WorkingCalendar): RouteDeadlines {
  let read: Periods | undefined;
  const transfer = workingDayPeriod(
    trace,
    { zh: '移送期限', en: 'transfer deadline' },
    date,
    () => {
      read = casePeriods(p, date);
      return read.deadline;
    },
    cal,
    { zh: '发现之日', en: 'discovery day' },
  );
  return { transfer, transferPeriod: read!.deadline, noticeDays: read!.noticeDays, immediateActions: null };
}

/**
 * 二（一）3（1）: whether the case was transferred in time — by the end instant of an hour period, by the whole deadline
 * day of a working-day one (undetermined past a weekends-only count, see lateness); not given → not assessed.
 * Sets the transfer's onTime.
 */
function transferOnTime(
  trace: Trace,
  req: Request,
  t: Period,
  period: NumberRead,
  date: string,
  cal: WorkingCalendar,
  notAssessed: NotAssessed[],
): void {
  const transferred = req.transferredAt === undefined ? undefined : parseLocalDateTime(req.transferredAt)!;
  if (transferred === undefined) {
    notAssessed.push(onTimeNotAssessed('transfer', t, false, ['transferredAt']));
    return;
  }
  trace.step({ zh: '是否按时移送', en: 'transfer on time?' }, (s) => {
    s.uses(period).inputs({ transferredAt: req.transferredAt });
    const inTime = t.kind === 'instant' ? transferred <= parseLocalDateTime(t.deadlineAt!)! : localDateOf(transferred) <= t.deadlineDate;
    t.onTime = lateness(inTime, t, date, localDateOf(transferred), cal);
    if (t.onTime === null) notAssessed.push(onTimeNotAssessed('transfer', t, true, []));
    const verdictZh = t.onTime === null ? UNDETERMINED_ZH : t.onTime ? ' → 按时移送' : ' → 逾期';
    s.formula(
      t.kind === 'instant'
        ? {
            zh: `${zhInstant(transferred)} 移送，${inTime ? '不晚于' : '晚于'}期限 ${zhInstant(parseLocalDateTime(t.deadlineAt!)!)}${BEIJING_ZH}${verdictZh}`,
            en: `transferred ${formatLocalDateTime(transferred)} ${inTime ? '≤' : '>'} ${t.deadlineAt}`,
          }
        : {
            zh: `${zhDate(localDateOf(transferred))}移送，${inTime ? '不晚于' : '晚于'}期限 ${zhDate(t.deadlineDate)}${verdictZh}`,
            en: `transferred on ${localDateOf(transferred)} ${inTime ? '≤' : '>'} deadline day ${t.deadlineDate}${t.onTime === null ? UNDETERMINED : ''}`,
          },
    );
    return s.result(t.onTime);
  });
}

/**
 * 二（一）3（3） 「应在5个工作日内书面告知移送部门受理情况」: working days after receipt of the case; without receivedAt
 * from the latest lawful receipt, the transfer deadline day (none on the ongoing route without a receipt).
 */
function acceptanceNoticeDeadline(
  trace: Trace,
  req: Request,
  transfer: Period | null,
  noticeDays: NumberRead,
  cal: WorkingCalendar,
): Notice | null {
  const received = req.receivedAt === undefined ? undefined : parseLocalDateTime(req.receivedAt)!;
  const start = received !== undefined ? localDateOf(received) : transfer ? transfer.deadlineDate : null;
  if (start === null) return null;
  const basis = received !== undefined ? 'receivedAt' : 'transferDeadline';
  const period = workingDayPeriod(
    trace,
    { zh: '书面告知受理情况的期限', en: 'acceptance notice deadline' },
    start,
    () => noticeDays,
    cal,
    basis === 'receivedAt'
      ? { zh: '收到移送案件之日', en: 'day of receipt' }
      : { zh: '移送期限届满之日（视为最迟收到之日）', en: 'transfer deadline day (latest lawful receipt)' },
  );
  return { ...period, basis, startDate: start };
}

/**
 * 二（一）3（3）: whether the written notice of acceptance was sent in time — by the whole deadline day (undetermined past a
 * weekends-only count, see lateness); not given → not assessed. Sets the notice's onTime.
 */
function acceptanceNoticeOnTime(
  trace: Trace,
  req: Request,
  notice: Notice,
  noticeDays: NumberRead,
  cal: WorkingCalendar,
  notAssessed: NotAssessed[],
): void {
  const sentAt = req.acceptanceNoticeAt;
  if (sentAt === undefined) {
    const fields = notice.basis === 'receivedAt' ? ['acceptanceNoticeAt'] : ['receivedAt', 'acceptanceNoticeAt'];
    notAssessed.push(onTimeNotAssessed('acceptanceNotice', notice, false, fields));
    return;
  }
  trace.step({ zh: '是否按时书面告知受理情况', en: 'acceptance notice on time?' }, (s) => {
    s.uses(noticeDays).inputs({ acceptanceNoticeAt: sentAt });
    const sent = localDateOf(parseLocalDateTime(sentAt)!);
    const inTime = sent <= notice.deadlineDate;
    notice.onTime = lateness(inTime, notice, notice.startDate, sent, cal);
    if (notice.onTime === null) notAssessed.push(onTimeNotAssessed('acceptanceNotice', notice, true, []));
    s.formula({
      zh: `${zhDate(sent)}发出书面告知，${inTime ? '不晚于' : '晚于'}期限 ${zhDate(notice.deadlineDate)}${notice.onTime === null ? UNDETERMINED_ZH : notice.onTime ? ' → 按时告知' : ' → 逾期'}`,
      en: `notice sent on ${sent} ${inTime ? '≤' : '>'} deadline day ${notice.deadlineDate}${notice.onTime === null ? UNDETERMINED : ''}`,
    });
    return s.result(notice.onTime);
  });
}

type Duty = z.output<typeof dutySchema>;
type DutyKey = 'appraisal' | 'approvalCopy' | 'penaltyCopy';
const DUTY: Record<
  DutyKey,
  {
    key: 'appraisal.opinion_deadline' | 'copy.approval_deadline' | 'copy.penalty_decision_deadline';
    zh: string;
    en: string;
    start: Localized;
    act: string;
  }
> = {
  appraisal: {
    key: 'appraisal.opinion_deadline',
    zh: '出具认定、鉴定书面意见',
    en: 'written identification or appraisal opinion',
    start: { zh: '提出认定、鉴定请求之日', en: 'day of the request' },
    act: 'answeredAt',
  },
  approvalCopy: {
    key: 'copy.approval_deadline',
    zh: '书面抄告行政审批事项',
    en: 'copy of the approval',
    start: { zh: '作出行政审批之日', en: 'day of the approval' },
    act: 'copiedAt',
  },
  penaltyCopy: {
    key: 'copy.penalty_decision_deadline',
    zh: '抄告行政处罚决定',
    en: 'copy of the penalty decision',
    start: { zh: '作出行政处罚决定之日', en: 'day of the decision' },
    act: 'copiedAt',
  },
};

/**
 * 二（二）1 「一般应在5个工作日内提出书面意见或鉴定结论…可适当延长时间」 and 二（三）1 「一般应于5个工作日内书面抄告…；
 * 情况紧急的，应当在作出行政审批事项后立即抄告…应于5个工作日内抄告相关行政管理部门备案」: the period from its own
 * start day, read as in force on that day; then whether the act was in time.
 */
function dutyDeadline(
  at: (date: string) => P,
  trace: Trace,
  which: DutyKey,
  startAt: string,
  rule: Duty['rule'],
  actAt: string | undefined,
  cal: WorkingCalendar,
  notAssessed: NotAssessed[],
): Duty {
  const d = DUTY[which];
  const start = localDateOf(parseLocalDateTime(startAt)!);
  const p = at(start);
  const item = `${which}.onTime`;
  if (rule !== 'working_days') {
    trace.step({ zh: `${d.zh}的期限`, en: `${d.en}: deadline` }, (s) => {
      const n = p.number(d.key);
      s.uses(n).inputs({ [which]: { start: startAt, rule } });
      s.formula(
        rule === 'immediately'
          ? {
              zh: '情况紧急 → 作出行政审批事项后立即抄告，原文没有可计算的期限',
              en: 'urgent → copy immediately after the approval (立即): no number to count',
            }
          : {
              zh: `情况特殊或所需时间较长并已事先告知 → 可适当延长 ${n.n} 个工作日的期限，原文没有规定延长的上限`,
              en: `special or long case, told in advance → the ${n.n} working days may be extended; the text sets no limit`,
            },
      );
      return s.result(null);
    });
    notAssessed.push({
      item,
      reason: 'not-published',
      fields: [d.key],
      text:
        rule === 'immediately'
          ? {
              zh: '情况紧急的应当立即抄告，原文没有可计算的期限，是否按时尚不能确定',
              en: 'urgent: copy immediately (立即); the text gives no period to check the copy against',
            }
          : {
              zh: '已事先告知延长期限，原文没有规定延长的上限，是否按时尚不能确定',
              en: 'extension told in advance: the text sets no limit to it, so whether the opinion is in time is not assessed',
            },
    });
    return { startDate: start, rule, deadline: null };
  }
  const period = workingDayPeriod(trace, { zh: `${d.zh}的期限`, en: `${d.en}: deadline` }, start, () => p.number(d.key), cal, d.start);
  if (actAt === undefined) {
    notAssessed.push(
      notGiven(item, [`${which}.${d.act}`], {
        zh: `未提供${d.zh}的时间，是否按时尚不能确定`,
        en: `the time of the ${d.en} not given: whether it is in time is not assessed`,
      }),
    );
    return { startDate: start, rule, deadline: period };
  }
  trace.step({ zh: `是否按时${d.zh}`, en: `${d.en} on time?` }, (s) => {
    s.uses(p.number(d.key)).inputs({ [`${which}.${d.act}`]: actAt });
    const day = localDateOf(parseLocalDateTime(actAt)!);
    const inTime = day <= period.deadlineDate;
    period.onTime = lateness(inTime, period, start, day, cal);
    if (period.onTime === null)
      notAssessed.push(
        notGiven(item, ['holidays', 'adjustedWorkingDays'], {
          zh: `${d.zh}晚于只扣除周末算出的期限 ${zhDate(period.deadlineDate)}：未提供节假日和调休上班日名单，是否按时尚不能确定（没有就给空名单）`,
          en: `no list of public holidays and make-up working days given: the ${d.en} is after the deadline ${period.deadlineDate} counted on weekends only (give the lists, empty if none)`,
        }),
      );
    s.formula({
      zh: `${zhDate(day)}${d.zh}，${inTime ? '不晚于' : '晚于'}期限 ${zhDate(period.deadlineDate)}${period.onTime === null ? UNDETERMINED_ZH : period.onTime ? ' → 按时' : ' → 逾期'}`,
      en: `${d.en} on ${day} ${inTime ? '≤' : '>'} deadline day ${period.deadlineDate}${period.onTime === null ? UNDETERMINED : ''}`,
    });
    return s.result(period.onTime);
  });
  return { startDate: start, rule, deadline: period };
}

const ONGOING_READING: Localized = {
  zh: '正在进行的违法行为，立即责令停止并及时告知后，仍应按一般期限（情况紧急的 24 小时）书面移送',
  en: 'after the immediate stop order and prompt notice, the case is still transferred in writing within the ordinary deadline (24 hours if urgent)',
};
const ONGOING_ALTERNATIVE: Localized = {
  zh: '“及时告知”取代移送期限，书面移送没有具体期限',
  en: '“promptly inform” replaces the transfer deadline: the written transfer has no set period',
};

export const caseTransferDeadlines = defineCalculator({
  id: 'case-transfer-deadlines',
  table: tableRef<typeof EC>('enforcement-cooperation'),
  input,
  output,
  run({ at, trace, notices }, req) {
    const found = parseLocalDateTime(req.discoveredAt)!;
    const date = localDateOf(found);
    const p = at(date);
    const cal = workingCalendar(req.holidays, req.adjustedWorkingDays);
    const notAssessed: NotAssessed[] = [];

    const route = routeOf(req);
    // 二（一）3（1）、（2）: on the ongoing route the stop and notice come first, the written transfer still follows (a reading).
    const immediate = route === 'ongoing' ? ongoingViolation(p, trace, req, date) : null;
    const { transfer, transferPeriod, noticeDays } = req.urgent
      ? urgentTransferDeadline(p, trace, req, found, date)
      : transferDeadline(p, trace, date, cal);
    if (transfer && transferPeriod) transferOnTime(trace, req, transfer, transferPeriod, date, cal, notAssessed);
    const acceptanceNotice = acceptanceNoticeDeadline(trace, req, transfer, noticeDays, cal);
    if (acceptanceNotice) acceptanceNoticeOnTime(trace, req, acceptanceNotice, noticeDays, cal, notAssessed);

    let reading: Localized | null = null;
    const alternatives: z.output<typeof output>['alternatives'] = [];
    if (route === 'ongoing') {
      reading = ONGOING_READING;
      // under the other reading there is no transfer deadline, and without a receipt no notice deadline either
      const differs: { transfer: Period | null; acceptanceNotice?: null } = { transfer: null };
      if (acceptanceNotice?.basis === 'transferDeadline') differs.acceptanceNotice = null;
      alternatives.push(...listAlternatives([{ reading: ONGOING_ALTERNATIVE, differs }]));
      notices.add(alternativeReadingNotice('嘉政办发〔2014〕113号二（一）3（1）、（2）', ONGOING_READING, ONGOING_ALTERNATIVE));
    }

    const duty = (which: DutyKey, start: string, rule: Duty['rule'], act: string | undefined) =>
      dutyDeadline(at, trace, which, start, rule, act, cal, notAssessed);
    const a = req.appraisal;
    const appraisal = a
      ? { ...duty('appraisal', a.requestedAt, a.extensionNotified ? 'extended' : 'working_days', a.answeredAt), onSite: a.urgent }
      : null;
    const c = req.approvalCopy;
    const approvalCopy = c ? duty('approvalCopy', c.approvedAt, c.urgent ? 'immediately' : 'working_days', c.copiedAt) : null;
    const d = req.penaltyCopy;
    const penaltyCopy = d ? duty('penaltyCopy', d.decidedAt, 'working_days', d.copiedAt) : null;

    return {
      route,
      transfer,
      acceptanceNotice,
      immediateActions: immediate?.immediateActions ?? null,
      reading,
      alternatives,
      appraisal,
      approvalCopy,
      penaltyCopy,
      calendar: cal.kind,
      warnings: cal.kind === 'weekends_only' ? [NO_CALENDAR_WARNING] : [],
      notAssessed,
    };
  },
});
