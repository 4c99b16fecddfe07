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
} satisfies CalculatorDocs<typeof caseTransferDeadlines>;
