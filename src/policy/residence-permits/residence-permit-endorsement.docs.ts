import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { residencePermitEndorsement } from './residence-permit-endorsement';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '居住证年度签注', en: 'Residence permits: yearly endorsement' },
  description: {
    zh: '按嘉政办发〔2014〕98号三（二），由签发日期和签注日期计算每年签注期（每满 endorsement.interval_years 年的最后 endorsement.window_months 个月）、逾期补办期限（endorsement.late_grace_days 日），以及证件在指定日期的状态（正常、使用功能中止、逾期超过 cancellation.endorsement_overdue_days 日未补办的注销情形）。',
    en: "Yearly endorsement under 98号 三（二): the window (the last endorsement.window_months months of each endorsement.interval_years-year period from issue), the late grace (endorsement.late_grace_days), and the permit's status on a given date (active, suspended, cancellation ground the day after cancellation.endorsement_overdue_days).",
  },
  /** The day the endorsement is checked on becomes the date; the permit's issue and its endorsements keep their distance to it. */
  sampleAt: onField('asOfDate'),
} satisfies CalculatorDocs<typeof residencePermitEndorsement>;
