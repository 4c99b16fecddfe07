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
  readings: [
    {
      article: '第二十条、第三十一条',
      text: {
        zh: '补助金标准只公布了嘉兴市区驻军的 2 万元；各县（市）参照执行的标准原文未公布，不作计算。',
        en: 'Only the urban-district standard (20 000 yuan) is published; the counties’ standard is not, so it is not computed.',
      },
    },
    {
      article: '第二十条',
      text: {
        zh: '已享受的随军家属生活困难补助在补助金中扣除，最多扣到补助金为零，超出部分不要求退还。',
        en: 'The hardship subsidy received is deducted from the grant down to zero at most; any excess is not reclaimed.',
      },
    },
    {
      article: '第二十八条、第二十条',
      text: {
        zh: '领取自谋职业补助金视同已安置，因此第二十八条不予安置的情形也适用于补助金：属于任一情形的不发；各情形由调用方说明，未说明的不作判定。',
        en: 'The grant counts as placement, so the 第二十八条 grounds for refusing placement apply to it: any ground met, nothing is due; the caller states each ground, and one not stated is not assessed.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof militaryFamilySelfEmploymentGrant>;
