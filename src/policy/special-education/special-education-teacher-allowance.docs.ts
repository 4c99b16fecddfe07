import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { specialEducationTeacherAllowance } from './special-education-teacher-allowance';

const CATEGORY = {
  special_school: { zh: '特殊教育学校（含特教幼儿园）的教师', en: 'Teacher of a special-education school or kindergarten' },
  special_class: { zh: '普通学校附设特教班的教师', en: 'Teacher of a special class attached to an ordinary school' },
  resource_teacher: { zh: '普通学校从事随班就读工作的资源教师', en: 'Resource teacher for inclusive education in an ordinary school' },
  inclusive_class_teacher: {
    zh: '普通学校承担残疾学生随班就读教学和管理工作的教师',
    en: 'Teacher in an ordinary school teaching or managing disabled pupils in regular classes',
  },
  welfare_institution: {
    zh: '政府举办的儿童福利院、残疾儿童康复等机构承担特殊教育任务的教师',
    en: 'Teacher with special-education tasks in a government-run children’s welfare home or rehabilitation centre',
  },
  ordinary_teacher: { zh: '不从事特殊教育工作的普通学校教师', en: 'Teacher of an ordinary school not in special education' },
};

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '特殊教育教师津贴', en: 'Special education: teacher allowance' },
  description: {
    zh: '按嘉政办发〔2014〕115号三（七），由本人基本工资（含基本工资提高部分）和从事特殊教育的年限，计算特殊教育津贴、满规定年限再加发的津贴和荣誉证书，以及津贴是否计入退休金（满规定年限并在特殊教育岗位退休）；填写教师类别时，按三（六）、三（七）判断本人是否享受津贴。',
    en: 'The special-education allowance under 嘉政办发〔2014〕115号 三（七): a share of the teacher’s basic salary (the basic-salary increase included), a further share and an honour certificate after the set years in special education, and whether the allowance counts into the pension (after the set years, when retiring in a special-education post); given the category of teacher, whether the allowance applies to them (三（六）、三（七）).',
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
      teacherCategory: {
        label: { zh: '教师类别', en: 'Category of teacher' },
        help: {
          zh: '按三（六）、三（七）判断是否享受特殊教育津贴；不填则按特殊教育教师计算，不核对类别',
          en: 'Decides whether the allowance applies (三（六）、三（七）); left empty, the figures are those of a special-education teacher, unchecked',
        },
        options: CATEGORY,
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
        teacherCategory: { zh: '教师类别', en: 'Category of teacher' },
        allowanceApplies: { zh: '享受特殊教育津贴', en: 'The allowance applies' },
        allowanceRatio: { zh: '津贴合计占基本工资的比例', en: 'Allowance as a share of the basic salary' },
        baseAllowance: { zh: '特殊教育津贴（享受津贴时）', en: 'Special-education allowance (where it applies)' },
        extraAllowance: { zh: '满规定年限再加发的津贴（享受津贴时）', en: 'Further allowance after the set years (where it applies)' },
        allowance: { zh: '津贴合计（享受津贴时）', en: 'Total allowance (where it applies)' },
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
        reading: { zh: '按哪种理解认定教师类别', en: 'How the category is read' },
        alternatives: { zh: '按另一种理解', en: 'Under the other reading' },
        'alternatives.*.reading': { zh: '另一种理解', en: 'The other reading' },
      },
      options: { teacherCategory: CATEGORY },
    },
  },
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '三（六）、三（七）',
      text: {
        zh: '“特殊教育教师”包括特殊教育学校（含特教幼儿园）和普通学校附设特教班的教师，不包括不从事特殊教育的教师。在普通学校承担随班就读教学和管理工作的教师，三（七）末句规定在实施绩效工资时予以政策倾斜，按不享受特殊教育津贴计算；资源教师和政府举办的儿童福利院、残疾儿童康复机构承担特殊教育任务的教师，按享受津贴计算。这三类原文可有两种理解，另一种理解下的结果一并列出。',
        en: '“Special-education teachers” are the teachers of special-education schools (special kindergartens included) and of special classes attached to ordinary schools, not teachers outside special education. Teachers of disabled pupils in regular classes of ordinary schools get favourable performance pay under the last sentence of 三（七） and are read as not receiving the allowance; resource teachers and teachers with special-education tasks in government-run welfare homes and rehabilitation centres are read as receiving it. The text reads two ways for these three; the answer under the other reading is listed with it.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof specialEducationTeacherAllowance>;
