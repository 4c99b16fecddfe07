import type { CalculatorDocs } from '../../engine/calculator';
import { inYearOf } from '../../engine/sample-dates';
import type { employeeMedicalContribution } from './employee-medical-contribution';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '职工医保缴费', en: 'Employee medical insurance: contributions' },
  description: {
    zh: '按嘉政发〔2014〕87号第九、十、十二条计算用人单位（按在职、退休职工人数）或自谋职业人员的月缴费和年缴费，并列示第三十条职工大病保险筹资（仅供参考）。缴费基数原文未公布，需自行填写。',
    en: 'Monthly and annual contributions of an employer (by in-service and retired headcount) or of people working for themselves (自谋职业人员) under 嘉政发〔2014〕87号 第九、十、十二条, with the critical-illness funding of 第三十条 for information. The base is not published in the gazette: you enter it.',
  },
  /** The contribution year becomes the date's year (the rates in force on its 1 January apply). */
  sampleAt: inYearOf,
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；实际应缴的医疗保险费以地方税务部门的征收为准。',
    en: 'An estimate from the published rules, for information only; the local tax department, which collects the contributions, decides what is due.',
  },
  readings: [
    {
      article: '第九条',
      text: {
        zh: '缴费基数是“上上年度市区全社会在岗职工平均工资”，本文件没有公布这一数额：请自行填写，答复会说明基数来自您的填写。',
        en: 'The base is the average wage of employed workers in the urban districts two years before; this document does not publish it. You enter it, and the answer says the base came from your request.',
      },
    },
    {
      article: '第九条',
      text: {
        zh: '原文规定“按月缴纳”但没有写明月基数怎么算：缴费基数是年平均工资，所以月基数取其十二分之一，四舍五入到分；每人每月应缴额先取整到分，再乘以人数；全年缴费为每月缴费乘以一年的月数。',
        en: 'The text says contributions are paid monthly but not how the monthly base is found: the base is an annual average wage, so the monthly base is a twelfth of it, rounded half-up to the fen; each person’s monthly amount is rounded to the fen before it is multiplied by the headcount; the year is the monthly amount times the months of a year.',
      },
    },
    {
      article: '第十条',
      text: {
        zh: '本文件只公布了2015年的缴费比例，以后年度的比例“报市政府同意后公布”，未在本文件中公布：其他年度答复“未公布”，不作计算。',
        en: 'This document publishes the rates for 2015 only; later rates are to be “published after the city government agrees”, and are not in it: for another year the answer says not published and computes nothing.',
      },
    },
    {
      article: '第十二条、第十七条',
      text: {
        zh: '自谋职业人员按在职职工的单位缴费比例和个人缴费比例之和缴费；以自谋职业身份退休的人员不再按月缴费（第十七条只规定其享受待遇的办法），所以自谋职业人员不计退休人数。',
        en: 'A self-employed person pays the employer and employee rates of in-service employees combined; a self-employed person who has retired pays no monthly contribution (第十七条 only sets how they get benefits), so no retirees are counted for the self-employed.',
      },
    },
    {
      article: '第三十条',
      text: {
        zh: '职工大病保险资金按缴费基数的规定比例筹集，由统筹基金和财政分担，不是另外向单位或个人收取的费用，不计入缴费合计；原文没有写明按人计算，答复按每位参保人员每年计算，两部分各自四舍五入到分，仅供参考。',
        en: 'The critical-illness funding is a set share of the base, split between the pooled fund and public finance; it is not an extra charge on employers or employees and is not in the totals. The text does not say “per person”: the answer reads it as per insured person per year, each part rounded to the fen, for information only.',
      },
    },
  ],
  presentation: {
    fields: {
      year: {
        label: { zh: '缴费年度', en: 'Contribution year' },
        help: { zh: '按当年1月1日有效的费率计算', en: 'The rates in force on 1 January of that year apply' },
      },
      scheme: {
        label: { zh: '参保类型', en: 'Insurance scheme' },
        help: { zh: '按第十条，两种类型的缴费比例不同', en: 'The two schemes of 第十条 have different rates' },
        options: {
          A: { zh: '统账一', en: 'Scheme A (统账一)' },
          B: { zh: '统账二', en: 'Scheme B (统账二)' },
        },
      },
      category: {
        label: { zh: '缴费人', en: 'Who pays' },
        options: {
          employer: { zh: '用人单位（按职工人数）', en: 'An employer (by headcount)' },
          'self-employed': { zh: '自谋职业人员', en: 'Self-employed persons' },
        },
      },
      employed: {
        label: { zh: '在职职工人数', en: 'Employees in service' },
        help: {
          zh: '用人单位：在职职工人数（含双缴双保人员），不填按0人；自谋职业人员：人数，不填按1人',
          en: 'Employer: employees in service, including those insured twice; empty counts as 0. Working for yourself: number of persons; empty counts as 1',
        },
      },
      retired: {
        label: { zh: '退休职工人数', en: 'Retired employees' },
        help: { zh: '只有用人单位填写；自谋职业人员填0', en: 'For an employer only; 0 for people working for themselves' },
      },
      base: {
        label: { zh: '年缴费基数（元）', en: 'Annual contribution base (yuan)' },
        help: {
          zh: '上上年度市区全社会在岗职工平均工资（第九条），原文未公布具体数额，请按公布的数值填写',
          en: 'The city’s average wage two years before (第九条); the gazette does not publish it, so enter the published figure',
        },
      },
    },
    controls: { scheme: 'radio', category: 'radio' },
    results: {
      labels: {
        year: { zh: '缴费年度', en: 'Contribution year' },
        scheme: { zh: '参保类型', en: 'Insurance scheme' },
        category: { zh: '缴费人', en: 'Who pays' },
        persons: { zh: '人数', en: 'Headcount' },
        'persons.employed': { zh: '在职职工', en: 'In service' },
        'persons.retired': { zh: '退休职工', en: 'Retired' },
        base: { zh: '年缴费基数', en: 'Annual contribution base' },
        baseSource: { zh: '缴费基数来源', en: 'Where the base comes from' },
        notice: { zh: '说明', en: 'Note' },
        monthlyBase: { zh: '月缴费基数', en: 'Monthly base' },
        rates: { zh: '缴费比例', en: 'Rates' },
        'rates.employerPerEmployed': { zh: '单位（按在职职工）', en: 'Employer, per employee in service' },
        'rates.employerPerRetired': { zh: '单位（按退休职工）', en: 'Employer, per retired employee' },
        'rates.employee': { zh: '在职职工个人', en: 'Employee in service' },
        'rates.employeePerRetired': { zh: '退休职工个人', en: 'Retired employee' },
        'rates.combined': { zh: '自谋职业人员（单位与个人比例之和）', en: 'Self-employed (employer and employee rates together)' },
        perPersonMonthly: { zh: '每人每月缴费', en: 'Per person a month' },
        'perPersonMonthly.employerPerEmployed': { zh: '单位为每名在职职工缴纳', en: 'Employer, per employee in service' },
        'perPersonMonthly.employerPerRetired': { zh: '单位为每名退休职工缴纳', en: 'Employer, per retired employee' },
        'perPersonMonthly.employee': { zh: '在职职工个人缴纳', en: 'Employee in service pays' },
        'perPersonMonthly.employeePerRetired': { zh: '退休职工个人缴纳', en: 'Retired employee pays' },
        'perPersonMonthly.selfEmployed': { zh: '自谋职业人员每人缴纳', en: 'Each person working for themselves pays' },
        monthly: { zh: '每月缴费', en: 'Each month' },
        'monthly.employer': { zh: '单位缴纳', en: 'Employer pays' },
        'monthly.employee': { zh: '个人缴纳', en: 'Employees pay' },
        'monthly.total': { zh: '合计', en: 'Total' },
        annual: { zh: '全年缴费', en: 'For the year' },
        'annual.employer': { zh: '单位缴纳', en: 'Employer pays' },
        'annual.employee': { zh: '个人缴纳', en: 'Employees pay' },
        'annual.total': { zh: '合计', en: 'Total' },
        criticalIllness: {
          zh: '职工大病保险筹资（仅供参考，不另外缴费）',
          en: 'Critical-illness insurance funding (for information, not an extra contribution)',
        },
        'criticalIllness.rate': { zh: '筹资比例', en: 'Share of the base' },
        'criticalIllness.perPersonAnnual': { zh: '每人每年', en: 'Per person a year' },
        'criticalIllness.fromPooledFund': { zh: '其中统筹基金', en: 'Of which the pooled fund' },
        'criticalIllness.fromPublicFinance': { zh: '其中财政', en: 'Of which public finance' },
        'criticalIllness.includedInTotal': {
          zh: '这笔筹资另加在上面的缴费合计中',
          en: 'This funding is added to the contribution totals above',
        },
      },
      options: {
        scheme: {
          A: { zh: '统账一', en: 'Scheme A (统账一)' },
          B: { zh: '统账二', en: 'Scheme B (统账二)' },
        },
        category: {
          employer: { zh: '用人单位', en: 'Employer' },
          'self-employed': { zh: '自谋职业人员', en: 'Self-employed' },
        },
        baseSource: {
          request: { zh: '按您填写的缴费基数', en: 'The base you entered' },
          table: { zh: '按文件公布的缴费基数', en: 'The base the document publishes' },
        },
      },
    },
  },
} satisfies CalculatorDocs<typeof employeeMedicalContribution>;
