import type { CalculatorDocs } from '../../engine/calculator';
import { inYearOf } from '../../engine/sample-dates';
import type { employeeMedicalAccount } from './employee-medical-account';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '职工医保个人账户划入', en: 'Employee medical insurance: personal account credit' },
  description: {
    zh: '统账二参保人员个人账户每月及全年划入金额（嘉政发〔2014〕87号第十九条），按当年1月1日的年龄确定档次；统账一不建个人账户。',
    en: 'Monthly and annual personal-account credit of a scheme B member (第十九条); the band follows the age on 1 January. Scheme A has no personal account.',
  },
  /** The credit year becomes the date's year; the birth date moves with it (the same age on 1 January). */
  sampleAt: inYearOf,
} satisfies CalculatorDocs<typeof employeeMedicalAccount>;
