import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { militaryFamilySelfEmploymentGrant } from './military-family-self-employment-grant';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '随军家属一次性自谋职业补助金', en: 'Military family: one-off self-employment grant' },
  description: {
    zh: '按嘉政发〔2014〕85号第二十条，计算随军家属自谋职业可领的一次性补助金（嘉兴市区驻军的标准见表 self_employment_grant），扣除已享受的随军家属生活困难补助；各县（市）标准原文未公布。',
    en: 'One-off self-employment grant for a military family member under 85号 第二十条 (urban-district garrison: the amount in sheet self_employment_grant), less the hardship subsidy already received; the county standard is not published.',
  },
  /** The date the rules apply on becomes the date. */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof militaryFamilySelfEmploymentGrant>;
