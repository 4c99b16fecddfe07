import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { specialEducationTeacherAllowance } from './special-education-teacher-allowance';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '特殊教育教师津贴', en: 'Special education: teacher allowance' },
  description: {
    zh: '按嘉政办发〔2014〕115号三（七），由本人基本工资（含基本工资提高部分）和从事特殊教育的年限，计算特殊教育津贴、满规定年限再加发的津贴和荣誉证书，以及津贴是否计入退休金（满规定年限并在特殊教育岗位退休）。',
    en: 'The special-education allowance under 嘉政办发〔2014〕115号 三（七): a share of the teacher’s basic salary (the basic-salary increase included), a further share and an honour certificate after the set years in special education, and whether the allowance counts into the pension (after the set years, when retiring in a special-education post).',
  },
  /** The date the rules apply on becomes the date. */
  sampleAt: onField('date'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；津贴和荣誉证书以教育行政主管部门的认定为准。',
    en: 'An estimate from the published rules, for information only; the education authority (教育行政主管部门) decides the allowance and the honour certificate.',
  },
  presentation: {
    fields: {
      date: {
        label: { zh: '计算日期', en: 'Date' },
        help: {
          zh: '按这一天有效的规定计算',
          en: 'The rules in force on this day apply',
        },
      },
      basicMonthlySalary: {
        label: { zh: '本人基本工资（元）', en: 'Basic salary (yuan)' },
        help: {
          zh: '填含基本工资提高部分的金额，按三（七）不再另加；按月填写则得出每月津贴',
          en: 'Including the basic-salary increase, which is not added again (三（七）); a monthly salary gives a monthly allowance',
        },
      },
      yearsInSpecialEducation: {
        label: { zh: '从事特殊教育年限（年）', en: 'Years in special education' },
        help: {
          zh: '只计满年数，不足一年的部分不计',
          en: 'Only full years count',
        },
      },
      retiresInSpecialEducationPost: {
        label: { zh: '是否在特殊教育岗位退休', en: 'Retires in a special-education post' },
        help: {
          zh: '只用于判断津贴是否计入退休金；不确定的选“不确定”',
          en: 'Only for whether the allowance counts into the pension; choose “Not known” if not decided',
        },
      },
    },
    results: {
      labels: {
        date: { zh: '计算日期', en: 'Date' },
        allowanceRatio: { zh: '津贴合计占基本工资的比例', en: 'Allowance as a share of the basic salary' },
        baseAllowance: { zh: '特殊教育津贴', en: 'Special-education allowance' },
        extraAllowance: { zh: '满规定年限再加发的津贴', en: 'Further allowance after the set years' },
        allowance: { zh: '津贴合计', en: 'Total allowance' },
        honourCertificate: { zh: '发给荣誉证书', en: 'Honour certificate' },
        honourCertificateIssuer: { zh: '荣誉证书发放部门', en: 'Certificate issued by' },
        pension: { zh: '津贴与退休金', en: 'Allowance and pension' },
        yearsRequirementMet: { zh: '已满计入退休金所需的特殊教育年限', en: 'Years required for the pension reached' },
        retiresInSpecialEducationPost: { zh: '在特殊教育岗位退休', en: 'Retires in a special-education post' },
        countedIntoPension: { zh: '津贴计入退休金', en: 'Allowance counts into the pension' },
        countedIntoPensionIfRetiringInPost: {
          zh: '如在特殊教育岗位退休，津贴计入退休金',
          en: 'Would count into the pension if retiring in post',
        },
      },
    },
  },
} satisfies CalculatorDocs<typeof specialEducationTeacherAllowance>;
