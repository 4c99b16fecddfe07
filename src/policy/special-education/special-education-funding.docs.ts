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
} satisfies CalculatorDocs<typeof specialEducationFunding>;
