import type { CalculatorDocs } from '../../engine/calculator';
import { inYearOf } from '../../engine/sample-dates';
import type { employeeMedicalContribution } from './employee-medical-contribution';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '职工医保缴费', en: 'Employee medical insurance: contributions' },
  description: {
    zh: '按嘉政发〔2014〕87号第九、十、十二条计算用人单位（按在职、退休职工人数）或自谋职业人员的月缴费和年缴费，并列示第三十条职工大病保险筹资（仅供参考）。缴费基数原文未公布，需在请求中提供。',
    en: 'Monthly and annual contributions of an employer (by in-service and retired headcount) or of self-employed persons under 嘉政发〔2014〕87号 第九、十、十二条, with the critical-illness funding of 第三十条 for information. The base is not published in the gazette: give it in the request.',
  },
  /** The contribution year becomes the date's year (the rates in force on its 1 January apply). */
  sampleAt: inYearOf,
} satisfies CalculatorDocs<typeof employeeMedicalContribution>;
