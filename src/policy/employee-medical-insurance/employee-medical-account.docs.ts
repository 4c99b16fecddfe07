import type { CalculatorDocs } from '../../engine/calculator';
import { inYearOf } from '../../engine/sample-dates';
import type { employeeMedicalAccount } from './employee-medical-account';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '职工医保个人账户划入', en: 'Employee medical insurance: personal account credit' },
  description: {
    zh: '统账二参保人员个人账户每月及全年划入金额（嘉政发〔2014〕87号第十九条），按当年1月1日的年龄确定档次；统账一不建个人账户。',
    en: 'Monthly and annual personal-account credit of a scheme B (统账二) member under 嘉政发〔2014〕87号, Article 19; the band follows the age on 1 January. Scheme A (统账一) has no personal account.',
  },
  /** The credit year becomes the date's year; the birth date moves with it (the same age on 1 January). */
  sampleAt: inYearOf,
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；个人账户由医保经办机构统一管理，实际划入金额以其核定为准。',
    en: 'An estimate from the published rules, for information only; the medical insurance agency manages personal accounts and its figures decide.',
  },
  presentation: {
    fields: {
      year: {
        label: { zh: '划入年度', en: 'Year of the credit' },
        help: { zh: '按该年1月1日的年龄确定划入档次', en: 'Your age on 1 January of that year sets the band' },
      },
      scheme: {
        label: { zh: '参保类型', en: 'Insurance scheme' },
        help: { zh: '不选按统账二计算；统账一不建个人账户', en: 'Leave unchosen for scheme B; scheme A has no personal account' },
        options: {
          A: { zh: '统账一（不设个人账户）', en: 'Scheme A (no personal account)' },
          B: { zh: '统账二（设个人账户）', en: 'Scheme B (with a personal account)' },
        },
      },
      status: {
        label: { zh: '人员类别', en: 'Employment status' },
        help: { zh: '在职含双缴双保人员', en: 'Employed includes members under 双缴双保' },
        options: {
          employed: { zh: '在职', en: 'Employed' },
          retired: { zh: '退休', en: 'Retired' },
        },
      },
      birthDate: {
        label: { zh: '出生日期', en: 'Date of birth' },
        help: { zh: '须在划入年度1月1日或之前', en: 'On or before 1 January of the year' },
      },
    },
    controls: { scheme: 'radio', status: 'radio' },
    results: {
      labels: {
        year: { zh: '划入年度', en: 'Year of the credit' },
        scheme: { zh: '参保类型', en: 'Insurance scheme' },
        hasAccount: { zh: '是否建立个人账户', en: 'Has a personal account' },
        ageOnFirstJanuary: { zh: '当年1月1日年龄（周岁）', en: 'Age on 1 January' },
        band: { zh: '划入档次', en: 'Credit band' },
        monthlyCredit: { zh: '每月划入个人账户', en: 'Monthly credit to the account' },
        annualCredit: { zh: '全年划入个人账户', en: 'Credit for the year' },
        reason: { zh: '说明', en: 'Note' },
      },
      options: {
        scheme: {
          A: { zh: '统账一（不设个人账户）', en: 'Scheme A (no personal account)' },
          B: { zh: '统账二（设个人账户）', en: 'Scheme B (with a personal account)' },
        },
      },
    },
  },
} satisfies CalculatorDocs<typeof employeeMedicalAccount>;
