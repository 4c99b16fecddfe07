import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { specialEducationTeacherAllowance } from './special-education-teacher-allowance';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '特殊教育教师津贴', en: 'Special education: teacher allowance' },
  description: {
    zh: '按嘉政办发〔2014〕115号三（七），由本人基本工资（含基本工资提高部分，参数 teacher_allowance.base_raise_included_ratio）和从事特殊教育年限计算特殊教育津贴（按 teacher_allowance.ratio；满 teacher_allowance.extra_service_years_min 年再加 teacher_allowance.extra_ratio）、荣誉证书以及津贴是否计入退休金（满 teacher_allowance.pension_service_years_min 年并在特教岗位退休）。',
    en: 'Special-education allowance under 115号 三（七): teacher_allowance.ratio of the basic salary (incl. the raise of teacher_allowance.base_raise_included_ratio), a further teacher_allowance.extra_ratio and an honour certificate after teacher_allowance.extra_service_years_min full years, counted into the pension after teacher_allowance.pension_service_years_min full years when retiring in post.',
  },
  /** The date the rules apply on becomes the date. */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof specialEducationTeacherAllowance>;
