import type { CalculatorDocs } from '../../engine/calculator';
import { inYearOf } from '../../engine/sample-dates';
import type { employeeMedicalSettlement } from './employee-medical-settlement';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '职工医保年度结算', en: 'Employee medical insurance: annual settlement' },
  description: {
    zh: '按嘉政发〔2014〕87号，计算一年内各笔费用由统筹基金、个人账户、大病保险、个人自负和自费分担的金额，并给出逐条依据。',
    en: "Splits a person's bills of one year between the pooled fund, personal account, critical-illness insurance, self-burden and self-pay under 嘉政发〔2014〕87号, with a cited trace.",
  },
  /**
   * The settlement year becomes the date's year; every bill and the birth date move by the same number of years, so
   * the person has the same age on 1 January and each bill the same day of its year.
   */
  sampleAt: inYearOf,
} satisfies CalculatorDocs<typeof employeeMedicalSettlement>;
