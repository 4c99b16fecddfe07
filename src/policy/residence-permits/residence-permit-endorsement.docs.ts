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
  readings: [
    {
      article: '三（二）1',
      text: {
        zh: '“每满一年”按签发日的周年日计算（2 月 29 日签发的按 2 月 28 日），始终自签发之日起算；“最后1个月内”为周年日前一个月的次日至周年日。',
        en: 'Each year ends on the anniversary of the issue date (29 February → 28 February), always counted from issue; the last month runs from the day after the same date a month earlier to the anniversary.',
      },
    },
    {
      article: '三（二）1、三（二）2（3）',
      text: {
        zh: '“逾期60日内”自周年日次日起算，含第 60 日；第 61 日起属于逾期未补办签注的注销情形。',
        en: 'The 60 days run from the day after the anniversary, day 60 included; the cancellation ground arises on day 61.',
      },
    },
    {
      article: '三（二）1',
      text: {
        zh: '“居住年限自补办签注手续之日起连续计算”按字面理解：自最近一次逾期补办之日重新连续计算。',
        en: 'Residence years count again from the latest late endorsement (the literal reading).',
      },
    },
    {
      article: '三（二）2',
      text: {
        zh: '除逾期未补办签注外，其余四种注销情形由有关部门认定，由调用方提供；未提供的不作判定。属于任一情形的，证件状态为“属于注销情形”，仍须经有关部门认定后注销。',
        en: 'The four grounds other than the overdue endorsement are established by the relevant department and given by the caller; those not given are not assessed. Any ground met makes the status cancellation-ground; the department still has to confirm the cancellation.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof residencePermitEndorsement>;
