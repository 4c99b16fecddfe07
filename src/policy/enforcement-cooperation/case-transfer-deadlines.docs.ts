import type { CalculatorDocs } from '../../engine/calculator';
import { onDateTime } from '../../engine/sample-dates';
import type { caseTransferDeadlines } from './case-transfer-deadlines';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '执法案件移送期限', en: 'Case transfer deadlines (comprehensive enforcement)' },
  description: {
    zh: '按嘉政办发〔2014〕113号二（一）3，计算综合行政执法部门与行政管理部门之间案件移送的期限（参数 case_transfer.deadline 个工作日；情况紧急的按 case_transfer.urgent_deadline 小时；正在进行的违法行为立即责令停止并及时告知）和接收方书面告知受理情况的期限（case_transfer.acceptance_notice_deadline 个工作日），并可检查实际时间是否逾期。工作日按周一至周五计，节假日和调休上班日由调用方提供。',
    en: "Deadlines of a case transfer between the comprehensive enforcement department and a regulatory department under 嘉政办发〔2014〕113号 二（一）3: the working days of parameter case_transfer.deadline, the hours of case_transfer.urgent_deadline if urgent, stop-and-notify for an ongoing violation, and the working days of case_transfer.acceptance_notice_deadline for the receiver's written acceptance notice; optionally checks actual times. Working days are Monday–Friday adjusted by the caller's holiday lists.",
  },
  /**
   * The day the violation was found becomes the date (its time of day kept); receipt, transfer, notice and the
   * holidays given move by the same number of days, so the working-day counts stay the sample's.
   */
  sampleAt: onDateTime('discoveredAt'),
  readings: [
    {
      article: '二（一）3（1）',
      text: {
        zh: '移送期限自发现违法行为之日的次日起算；工作日期限以第 N 个工作日全天为限，小时期限按自然时间连续计算。',
        en: 'The transfer period runs from the day after the violation is found; a working-day period ends with the whole N-th working day, an hour period runs on the clock.',
      },
    },
    {
      article: '二（一）3（1）、（2）',
      text: {
        zh: '发现违法行为正在进行的，立即责令停止并及时告知后，仍应按一般期限（情况紧急的 24 小时）书面移送；另一种理解是“及时告知”取代移送期限，答复在 alternatives 中给出。',
        en: 'For a violation in progress, after the stop order and prompt notice the case is still transferred in writing within the ordinary deadline (24 hours if urgent); the other reading, that 及时告知 replaces the deadline, is given in alternatives.',
      },
    },
    {
      article: '二（一）3（3）',
      text: {
        zh: '书面告知受理情况的期限自收到移送案件之日起算；未提供收到时间的，按移送期限届满之日（最迟收到之日）计算。',
        en: 'The acceptance-notice period runs from receipt of the case; without a receipt date, from the last day of the transfer deadline (the latest lawful receipt).',
      },
    },
    {
      article: '二（二）1',
      text: {
        zh: '认定、鉴定书面意见的期限自提出请求之日起算；情况紧急的，及时派员现场处置，书面意见仍按该期限；事先告知延长的，原文没有规定延长的上限，不判定是否按时。',
        en: 'The opinion period runs from the request; when urgent, staff go on site promptly and the written opinion keeps its period; an extension told in advance has no limit in the text, so timeliness is not assessed.',
      },
    },
    {
      article: '二（三）1',
      text: {
        zh: '行政审批事项的抄告期限自作出审批之日起算，情况紧急的立即抄告（没有可计算的期限）；行政处罚决定的抄告期限自作出决定之日起算。',
        en: 'Copying an approval runs from the approval, at once when urgent (nothing to count); copying a penalty decision runs from the decision.',
      },
    },
    {
      article: '二（一）3',
      text: {
        zh: '“工作日”原文未定义：按周一至周五，扣除调用方提供的节假日，加上调休上班日。',
        en: '工作日 is not defined: Monday to Friday, minus the holidays and plus the make-up working days the caller gives.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof caseTransferDeadlines>;
