import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { specialEducationFunding } from './special-education-funding';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '残疾学生生均公用经费最低标准', en: 'Special education: minimum per-student funding for disabled students' },
  description: {
    zh: '按嘉政办发〔2014〕115号四（二），由当地普通学生生均公用经费（原文未公布，须输入）计算残疾学生生均公用经费的最低拨付标准（义务教育、学前和高中段各按规定倍数及以上，倍数见表 per_student_funding 的 multiplier_min），可选计算总额和达标检查。',
    en: 'Minimum per-student public operating funding for disabled students under 115号 四（二): a multiple (set per stage — compulsory; preschool and senior secondary — in sheet per_student_funding, column multiplier_min) of the local regular rate, which the source does not publish and the caller supplies; optional total and compliance check.',
  },
  /** The date the rules apply on becomes the date. */
  sampleAt: onField('date'),
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '四（二）',
      text: {
        zh: '“按…的10倍（5倍）及以上拨付”：“及以上”含本数，按倍数拨付（不是另加）；倍数乘积是下限，按分向上取整。',
        en: '“Funded at 10 (5) times … or more”: the bound is included, the multiple replaces the regular rate (it is not added to it); the product is a floor, rounded up to the fen.',
      },
    },
    {
      article: '通知（无施行日期条款）',
      text: {
        zh: '文件没有规定施行日期：按印发日期2014年12月30日起施行计算；至2015年1月31日（刊登该文件的公报出版的月份）的答复附说明。',
        en: 'The document states no in-force date: read as in force from its issue date, 30 December 2014; answers up to 31 January 2015 (the month of the gazette issue that published it) carry a notice.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof specialEducationFunding>;
