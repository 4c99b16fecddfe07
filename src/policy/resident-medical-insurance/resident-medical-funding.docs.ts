import type { CalculatorDocs } from '../../engine/calculator';
import { inYearOf } from '../../engine/sample-dates';
import type { residentMedicalFunding } from './resident-medical-funding';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '居民医保筹资额', en: 'Resident medical insurance: funding' },
  description: {
    zh: '按嘉政办发〔2014〕101号，计算市本级城乡居民医保一定人数的筹资总额、个人缴费、各级财政补贴，以及（给出基数时）从基金中划转的大病保险费，并给出逐条依据。',
    en: 'Funding of city-level resident medical insurance for a number of insured persons under 嘉政办发〔2014〕101号: total, individual contributions, public-finance subsidies by level, and (given its base) the critical-illness premium transferred out of the fund, with a cited trace.',
  },
  /** The funding year becomes the date's year. */
  sampleAt: inYearOf,
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；实际筹资和缴费以医保经办机构的核定为准。',
    en: 'An estimate from the published rules, for information only; the medical insurance agency decides the actual funding and contributions.',
  },
  readings: [
    {
      article: '一',
      text: {
        zh: '筹资标准按所查年度1月1日有效的标准确定；本文件只规定了2015年度的标准，其他年度答复“不在有效期内”，不作计算。',
        en: 'The standard is the one in force on 1 January of the year asked; this document sets it for 2015 only, so for any other year the answer says no standard is in force and computes nothing.',
      },
    },
    {
      article: '一',
      text: {
        zh: '原文把省、市两级财政补贴合为一个数（“省市财政补贴”），答复也不拆分省级和市级。',
        en: 'The text gives the provincial and city subsidies as one figure (“省市财政补贴”); the answer keeps it whole and does not split it.',
      },
    },
    {
      article: '一',
      text: {
        zh: '大病保险费按“本市上上年度农村居民人均纯收入”的规定比例筹集；原文没有写明按人计算，答复按每位参保人员计算。该收入数额本文件未公布，需要您填写；没有这一数额时不计算大病保险费，其他筹资数额照常答复。',
        en: 'The critical-illness premium is a set share of the city’s rural per-capita net income of two years before; the text does not say “per person”, and the answer reads it as per insured person. That income is not published in this document, so you enter it; without it the premium is not computed, and the other funding figures are answered either way.',
      },
    },
    {
      article: '一',
      text: {
        zh: '大病保险费“从居民医保基金中统一划转”，是从已筹集的基金中划出，不是另外筹集，所以不加到筹资总额中。',
        en: 'The critical-illness premium is “transferred from the resident medical insurance fund”: it comes out of money already raised, not on top of it, so it is never added to the total.',
      },
    },
  ],
  presentation: {
    fields: {
      year: {
        label: { zh: '筹资年度', en: 'Funding year' },
        help: { zh: '按当年1月1日有效的筹资标准计算', en: 'The standard in force on 1 January of that year applies' },
      },
      persons: {
        label: { zh: '参保人数', en: 'Number of insured persons' },
      },
      ruralNetIncomePerCapita: {
        label: { zh: '本市上上年度农村居民人均纯收入（元）', en: 'City rural net income per person, two years before (yuan)' },
        help: {
          zh: '大病保险费的计算基数，由统计部门公布，101号未公布；不填则不计算大病保险费',
          en: 'The base of the critical-illness premium, published by the statistics bureau, not in 101号; leave empty and the premium is not worked out',
        },
      },
    },
    results: {
      labels: {
        year: { zh: '筹资年度', en: 'Funding year' },
        persons: { zh: '参保人数', en: 'Insured persons' },
        total: { zh: '筹资总额', en: 'Total funding' },
        individual: { zh: '个人缴费', en: 'Paid by the insured' },
        publicFinance: { zh: '财政补贴', en: 'Public finance subsidy' },
        byLevel: { zh: '其中各级财政', en: 'Public finance by level' },
        'byLevel.provinceAndCity': { zh: '省市财政', en: 'Province and city' },
        'byLevel.district': { zh: '区财政', en: 'District' },
        'byLevel.town': { zh: '镇（街道）财政', en: 'Town or sub-district' },
        perPerson: { zh: '每人每年', en: 'Per person a year' },
        'perPerson.total': { zh: '筹资标准', en: 'Funding standard' },
        'perPerson.individual': { zh: '个人缴费', en: 'Paid by the insured' },
        'perPerson.publicFinance': { zh: '财政补贴', en: 'Public finance subsidy' },
        'perPerson.byLevel': { zh: '其中各级财政', en: 'Public finance by level' },
        'perPerson.byLevel.provinceAndCity': { zh: '省市财政', en: 'Province and city' },
        'perPerson.byLevel.district': { zh: '区财政', en: 'District' },
        'perPerson.byLevel.town': { zh: '镇（街道）财政', en: 'Town or sub-district' },
        criticalIllness: {
          zh: '大病保险费（从基金中划转，不计入筹资总额）',
          en: 'Critical-illness premium (transferred out of the fund, not in the total)',
        },
        'criticalIllness.baseYear': { zh: '基数年度', en: 'Year of the base' },
        'criticalIllness.baseIncome': { zh: '农村居民人均纯收入', en: 'Rural net income per person' },
        'criticalIllness.baseSource': { zh: '基数来源', en: 'Where the base comes from' },
        'criticalIllness.rate': { zh: '筹资比例', en: 'Share of the base' },
        'criticalIllness.perPerson': { zh: '每人', en: 'Per person' },
        'criticalIllness.total': { zh: '合计', en: 'For all insured persons' },
        'criticalIllness.fundedFrom': { zh: '资金来源', en: 'Paid from' },
        'criticalIllness.includedInTotal': { zh: '计入筹资总额', en: 'Counted in the total funding' },
        'criticalIllness.missing': { zh: '原文未公布的数值', en: 'Values not published' },
        'criticalIllness.missing.*.note': { zh: '原文情况', en: 'What the source says' },
        'criticalIllness.missing.*.date': { zh: '适用日期', en: 'Date' },
      },
      options: {
        'criticalIllness.baseSource': {
          request: { zh: '按您填写的数值', en: 'The figure you entered' },
          table: { zh: '按文件公布的数值', en: 'The figure the document publishes' },
        },
      },
    },
  },
} satisfies CalculatorDocs<typeof residentMedicalFunding>;
