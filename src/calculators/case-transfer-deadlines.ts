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
  workingCalendar,
  type WorkingCalendar,
} from '../engine/calendar';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { MissingCollector } from '../engine/missing';
import { addDays } from '../engine/dates';
import type { ParamUse } from '../engine/params';
import type { enforcementCooperation as EC } from '../tables/enforcement-cooperation';

/**
 * Deadlines of a case transfer between the comprehensive administrative-enforcement department and a
 * regulatory department under 嘉政办发〔2014〕113号 二（一）3（1） and 二（一）3（3）:
 * 「应当在3个工作日内移送有管辖权的一方处理；情况紧急的，应当在24小时内移送…；发现违法行为正在进行的，应当立即责令
 * 当事人停止违法行为，并及时告知有管辖权的一方处理」 and 「应在5个工作日内书面告知移送部门受理情况」.
 *
 * Readings (also in the workbook notes and /work/content/enforcement-cooperation.calculators.md):
 * - The transfer clocks start when the violation is found (the sentence opens with 「…发现违法行为…」).
 * - The acceptance-notice clock starts on receipt of the transferred case; without a receipt date the
 *   latest lawful receipt (the transfer deadline's date) is assumed, giving the latest answer date.
 * - Working-day periods do not count the start day and end with the whole N-th working day; hour
 *   periods run on the clock through nights and weekends, and the end instant is still in time.
 * - 工作日: weekdays minus the caller's holidays plus the caller's make-up working days (no built-in
 *   calendar: the gazette publishes none). With no list the answer warns, and a working-day deadline is the one
 *   counted on weekends only: an act after it is not shown late (onTime null, undetermined), since a holiday in the
 *   period would move the deadline later. Lists given (empty ones too) decide: onTime false.
 * - 情况紧急 and 正在进行 are the caller's judgement; on the ongoing route no numeric deadline exists.
 */

const input = z
  .object({
    discoveredAt: localDateTime('When the violation was found (发现): the transfer clocks start here; the table is read on its local date'),
    urgent: z
      .boolean({ error: 'must be true or false' })
      .openapi({ description: '情况紧急 (urgent): not defined by the text, the caller judges' }),
    ongoing: z.boolean({ error: 'must be true or false' }).default(false).openapi({
      description: '违法行为正在进行 (the violation is in progress): stop it at once and notify promptly; no numeric deadline',
    }),
    receivedAt: localDateTime(
      'When the receiving department got the transferred case (starts the acceptance-notice period, parameter case_transfer.acceptance_notice_deadline)',
    ).optional(),
    transferredAt: localDateTime('When the case was actually transferred, to check the transfer deadline').optional(),
    acceptanceNoticeAt: localDateTime(
      'When the written notice of acceptance was sent, to check its deadline (needs receivedAt)',
    ).optional(),
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
      if (t !== undefined && t < found) ctx.addIssue({ code: 'custom', path: [field], message: 'must not be before discoveredAt' });
    }
    if (r.acceptanceNoticeAt !== undefined) {
      const received = at(r.receivedAt);
      const notice = at(r.acceptanceNoticeAt);
      if (r.receivedAt === undefined)
        ctx.addIssue({ code: 'custom', path: ['acceptanceNoticeAt'], message: 'needs receivedAt (the notice period runs from receipt)' });
      else if (received !== undefined && notice !== undefined && notice < received)
        ctx.addIssue({ code: 'custom', path: ['acceptanceNoticeAt'], message: 'must not be before receivedAt' });
    }
    checkCalendarLists(r, ctx);
  });

const periodSchema = z.object({
  kind: z
    .enum(['end_of_day', 'instant'])
    .openapi({ description: 'end_of_day: the whole deadlineDate is in time; instant: deadlineAt is the last moment in time' }),
  deadlineDate: z.string().openapi({ description: 'Last day in time (for an instant: its local date)' }),
  deadlineAt: z.string().nullable().openapi({ description: 'Last instant in time, YYYY-MM-DDTHH:mm:ss+08:00 (instant periods only)' }),
  periodWorkingDays: z.number().int().nullable(),
  periodHours: z.number().nullable(),
  countedDays: z.array(z.string()).nullable().openapi({ description: 'The working days counted, in order (working-day periods)' }),
  onTime: z
    .boolean()
    .nullable()
    .openapi({
      description:
        'true: in time; false: late; null: the actual time was not given, or a working-day deadline was counted on weekends only ' +
        '(no holidays / adjustedWorkingDays given) and the act is after the start day + the period in days: a holiday would move the deadline later, ' +
        'a make-up working day earlier, so only an act by then is in time for certain; give the lists, empty if none',
    }),
});

const output = z
  .object({
    route: z.enum(['transfer', 'urgent_transfer', 'ongoing']),
    transfer: periodSchema.nullable(),
    acceptanceNotice: periodSchema
      .extend({
        basis: z
          .enum(['receivedAt', 'transferDeadline'])
          .openapi({ description: 'receivedAt, or (not given) the transfer deadline as the latest lawful receipt' }),
        startDate: z.string(),
      })
      .nullable(),
    immediateActions: z.object({ stopOrder: z.string(), notifyJurisdiction: z.string() }).nullable(),
    calendar: z.enum(['weekends_only', 'caller_lists']),
    warnings: z.array(z.string()),
    trace: z.array(traceStepSchema),
  })
  .openapi('CaseTransferDeadlines');

type Period = z.output<typeof periodSchema>;

const days = (counted: string[]) => counted.map((d, i) => `${d.slice(5)} ${dayName(d)} (${i + 1})`).join(', ');

function workingDayPeriod(
  start: string,
  n: { n: number; use: ParamUse },
  cal: WorkingCalendar,
  label: string,
  step: string,
): { period: Period; trace: TraceStep } {
  const { deadline, counted } = nthWorkingDayAfter(start, n.n, cal);
  return {
    period: {
      kind: 'end_of_day',
      deadlineDate: deadline,
      deadlineAt: null,
      periodWorkingDays: n.n,
      periodHours: null,
      countedDays: counted,
      onTime: null,
    },
    trace: {
      step,
      rule: n.use.citation,
      formula: `${label}: start ${start} (${dayName(start)}) not counted; working days ${days(counted)} → deadline ${deadline}, the whole day (calendar: ${cal.kind})`,
      inputs: { startDate: start, holidays: [...cal.holidays], adjustedWorkingDays: [...cal.adjustedWorkingDays] },
      parameters: { period: n.use },
      result: deadline,
    },
  };
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
  ' counted on weekends only → undetermined: no holidays / adjustedWorkingDays given; a holiday in the period would move the deadline later, a make-up working day earlier (give the lists, empty if none)';

export const caseTransferDeadlines = defineCalculator({
  id: 'case-transfer-deadlines',
  table: tableRef<typeof EC>('enforcement-cooperation'),
  input,
  output,
  run(at, req) {
    const found = parseLocalDateTime(req.discoveredAt)!;
    const date = localDateOf(found);
    const p = at(date);
    const missing = new MissingCollector();
    const deadline = missing.get(() => p.number('case_transfer.deadline'), { date });
    const urgentHours = missing.get(() => p.number('case_transfer.urgent_deadline'), { date });
    const noticeDays = missing.get(() => p.number('case_transfer.acceptance_notice_deadline'), { date });
    missing.throwIfAny(`The case-transfer deadlines (violation found on ${date})`);

    const cal = workingCalendar(req.holidays, req.adjustedWorkingDays);
    const trace: TraceStep[] = [];
    const received = req.receivedAt === undefined ? undefined : parseLocalDateTime(req.receivedAt)!;
    const transferred = req.transferredAt === undefined ? undefined : parseLocalDateTime(req.transferredAt)!;

    // Route, in the order of the sentence's exceptions: ongoing first (it replaces the deadline), then urgent.
    const route: 'ongoing' | 'urgent_transfer' | 'transfer' = req.ongoing ? 'ongoing' : req.urgent ? 'urgent_transfer' : 'transfer';
    let transfer: Period | null = null;
    let immediateActions: { stopOrder: string; notifyJurisdiction: string } | null = null;
    if (route === 'ongoing') {
      const text = p.text('case_transfer.ongoing_violation');
      immediateActions = {
        stopOrder: 'immediately (立即责令当事人停止违法行为)',
        notifyJurisdiction: 'promptly (及时告知), no numeric deadline',
      };
      trace.push({
        step: 'ongoing violation: stop now, notify promptly',
        rule: text.use.citation,
        formula: `violation in progress → ${text.text}; the text sets no number, so no transfer deadline is computed${req.urgent ? ' (the urgent flag does not apply on this route)' : ''}`,
        inputs: { ongoing: true, urgent: req.urgent },
        parameters: { ongoing_violation: text.use },
        result: immediateActions,
      });
    } else if (route === 'urgent_transfer') {
      const hours = urgentHours!;
      const end = addHours(found, hours.n);
      transfer = {
        kind: 'instant',
        deadlineDate: localDateOf(end),
        deadlineAt: formatLocalDateTime(end),
        periodWorkingDays: null,
        periodHours: hours.n,
        countedDays: null,
        onTime: null,
      };
      trace.push({
        step: 'urgent transfer deadline',
        rule: hours.use.citation,
        formula: `情况紧急: ${formatLocalDateTime(found)} + ${hours.n} h on the clock (nights, weekends and holidays count) = ${transfer.deadlineAt}; that instant is still in time`,
        inputs: { discoveredAt: req.discoveredAt, urgent: true },
        parameters: { urgent_deadline: hours.use },
        result: transfer.deadlineAt,
      });
    } else {
      const r = workingDayPeriod(date, deadline!, cal, 'discovery day', 'transfer deadline');
      transfer = r.period;
      trace.push(r.trace);
    }

    if (transfer && transferred !== undefined) {
      const inTime =
        transfer.kind === 'instant'
          ? transferred <= parseLocalDateTime(transfer.deadlineAt!)!
          : localDateOf(transferred) <= transfer.deadlineDate;
      transfer.onTime = lateness(inTime, transfer, date, localDateOf(transferred), cal);
      trace.push({
        step: 'transfer on time?',
        rule: trace[trace.length - 1]!.rule,
        formula:
          transfer.kind === 'instant'
            ? `transferred ${formatLocalDateTime(transferred)} ${inTime ? '≤' : '>'} ${transfer.deadlineAt}`
            : `transferred on ${localDateOf(transferred)} ${inTime ? '≤' : '>'} deadline day ${transfer.deadlineDate}${transfer.onTime === null ? UNDETERMINED : ''}`,
        inputs: { transferredAt: req.transferredAt },
        parameters: {},
        result: transfer.onTime,
      });
    }

    // Acceptance notice (二（一）3（3））: from receipt, else from the latest lawful receipt (the transfer deadline day).
    let acceptanceNotice: (Period & { basis: 'receivedAt' | 'transferDeadline'; startDate: string }) | null = null;
    const start = received !== undefined ? localDateOf(received) : transfer ? transfer.deadlineDate : null;
    if (start !== null) {
      const basis = received !== undefined ? 'receivedAt' : 'transferDeadline';
      const r = workingDayPeriod(
        start,
        noticeDays!,
        cal,
        basis === 'receivedAt' ? 'day of receipt' : 'transfer deadline day (latest lawful receipt)',
        'acceptance notice deadline',
      );
      acceptanceNotice = { ...r.period, basis, startDate: start };
      trace.push(r.trace);
      if (req.acceptanceNoticeAt !== undefined) {
        const sent = localDateOf(parseLocalDateTime(req.acceptanceNoticeAt)!);
        const inTime = sent <= acceptanceNotice.deadlineDate;
        acceptanceNotice.onTime = lateness(inTime, acceptanceNotice, start, sent, cal);
        trace.push({
          step: 'acceptance notice on time?',
          rule: r.trace.rule,
          formula: `notice sent on ${sent} ${inTime ? '≤' : '>'} deadline day ${acceptanceNotice.deadlineDate}${acceptanceNotice.onTime === null ? UNDETERMINED : ''}`,
          inputs: { acceptanceNoticeAt: req.acceptanceNoticeAt },
          parameters: {},
          result: acceptanceNotice.onTime,
        });
      }
    }

    return {
      route,
      transfer,
      acceptanceNotice,
      immediateActions,
      calendar: cal.kind,
      warnings: cal.kind === 'weekends_only' ? [NO_CALENDAR_WARNING] : [],
      trace,
    };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const caseTransferDeadlinesDocs = {
  title: { zh: '执法案件移送期限', en: 'Case transfer deadlines (comprehensive enforcement)' },
  description: {
    zh: '按嘉政办发〔2014〕113号二（一）3，计算综合行政执法部门与行政管理部门之间案件移送的期限（参数 case_transfer.deadline 个工作日；情况紧急的按 case_transfer.urgent_deadline 小时；正在进行的违法行为立即责令停止并及时告知）和接收方书面告知受理情况的期限（case_transfer.acceptance_notice_deadline 个工作日），并可检查实际时间是否逾期。工作日按周一至周五计，节假日和调休上班日由调用方提供。',
    en: "Deadlines of a case transfer between the comprehensive enforcement department and a regulatory department under 嘉政办发〔2014〕113号 二（一）3: the working days of parameter case_transfer.deadline, the hours of case_transfer.urgent_deadline if urgent, stop-and-notify for an ongoing violation, and the working days of case_transfer.acceptance_notice_deadline for the receiver's written acceptance notice; optionally checks actual times. Working days are Monday–Friday adjusted by the caller's holiday lists.",
  },
  examples: {
    transfer: {
      summary: "Found on a Thursday afternoon; received and answered with the caller's calendar",
      value: {
        discoveredAt: '2015-03-05T16:00',
        urgent: false,
        ongoing: false,
        receivedAt: '2015-03-10T11:00',
        transferredAt: '2015-03-10T17:30',
        acceptanceNoticeAt: '2015-03-17T10:00',
        holidays: ['2015-04-06'],
      },
    },
    urgent: {
      summary: 'Urgent case found on a Friday: calendar hours (case_transfer.urgent_deadline), not working days',
      value: { discoveredAt: '2015-03-06T16:30', urgent: true },
    },
  },
} satisfies CalculatorDocs<typeof caseTransferDeadlines>;
