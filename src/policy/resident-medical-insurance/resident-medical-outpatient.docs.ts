import type { CalculatorDocs } from '../../engine/calculator';
import { fromFirst } from '../../engine/sample-dates';
import type { residentMedicalOutpatient } from './resident-medical-outpatient';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '居民医保门（急）诊报销', en: 'Resident medical insurance: outpatient reimbursement' },
  description: {
    zh: '按嘉政办发〔2014〕101号第二条的报销比例和门诊年度最高补偿额计算门（急）诊报销额。原文未公布的数值（二、三级医疗机构比例、年度最高补偿额，均为“不变”）一律返回 422 并指明缺少的参数，不作推测；按现行表，所有请求均因缺少年度最高补偿额而返回 422。',
    en: 'Outpatient reimbursement at the ratios of 嘉政办发〔2014〕101号 二 within the annual outpatient maximum. Values the notice leaves "unchanged" and does not publish (level-2/3 ratios, the annual cap) give a 422 naming them, never a guess; with the workbook as published every request needs the unpublished annual cap and answers 422.',
  },
  /** The first bill moves to the date; the other bills keep their distance to it. */
  sampleAt: fromFirst('bills', 'date'),
} satisfies CalculatorDocs<typeof residentMedicalOutpatient>;
