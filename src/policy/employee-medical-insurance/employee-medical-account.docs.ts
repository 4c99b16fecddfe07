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
  readings: [
    {
      article: '第十九条',
      text: {
        zh: '档次按计入年度1月1日已满的周岁确定（1月1日生日的，当天即算满）；原文规定“个人账户划入额随年龄段发生变化的，均在次年1月1日起调整”，所以年内过生日换档的，当年不变，从下一年1月1日起按新档次划入。',
        en: 'The band follows the age in completed years reached on 1 January of the year (a birthday on 1 January counts that day). The text says a change of band takes effect from the next 1 January, so a birthday during the year changes nothing until then.',
      },
    },
    {
      article: '第十九条',
      text: {
        zh: '“……周岁（含）以下”包括该年龄本身；“……周岁以上”不包括该年龄本身，“以上至……周岁（含）”指高于下限、直到并包括上限。',
        en: '“At or under … (含)” includes that age; “above …” does not include it; “above … up to … (含)” means above the lower age, up to and including the upper one.',
      },
    },
    {
      article: '第十九条',
      text: {
        zh: '原文只规定每月划入额；全年划入额按整年参加统账二计算，即每月划入额乘以一年的月数，不按年中参保、停保的月份折算。',
        en: 'The text sets a monthly credit only; the year’s credit assumes a whole year in scheme B (the monthly credit times the months of a year), not prorated for joining or leaving during the year.',
      },
    },
    {
      article: '第二十一条',
      text: {
        zh: '个人账户按银行活期存款利率每年计息一次，但利率不在本文件中公布，所以答复只计算划入额，不计利息。',
        en: 'The account earns interest once a year at the bank demand-deposit rate, which this document does not publish: the answer gives the credit only, without interest.',
      },
    },
  ],
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
