import { code, defineTable, dimension, param, value } from '../../tables/kit';
import { TEACHER_CATEGORIES } from './teacher-categories';

/**
 * 嘉兴市特殊教育提升计划（2014～2016年）(嘉政办发〔2014〕115号). The keys below are the ones the calculators
 * ./special-education-*.ts read; the workbook holds every other figure of the plan too
 * (targets, standards, earmarks, unpublished local amounts).
 */
export const specialEducation = defineTable({
  id: 'special-education',
  parameters: {
    'document.effective_date': param('date'), // 通知: no in-force clause, issue date 2014-12-30
    'funding.regular_per_student_rate': param('CNY/person/year'), // 四（二）: set locally, not published (input)
    'funding.fully_government_guaranteed': param('boolean'), // 四（二）
    'teacher_allowance.ratio': param('ratio'), // 三（七）: 15%
    'teacher_allowance.extra_ratio': param('ratio'), // 三（七）: a further 15% after 满10年
    'teacher_allowance.extra_service_years_min': param('years'), // 三（七）: 满10年 (≥)
    'teacher_allowance.honour_certificate_issuer': param('text'),
    'teacher_allowance.pension_service_years_min': param('years'), // 三（七）: 满15年 (≥)
    'teacher_allowance.pension_requires_retirement_in_post': param('boolean'),
    'teacher_allowance.base_raise_included_ratio': param('ratio'), // informational: already inside the base
  },
  scales: {
    per_student_funding: {
      label: {
        zh: '残疾学生生均公用经费拨付倍数（按学段）',
        en: 'Per-student public operating funding for disabled students: multiple of the regular rate, by stage',
      },
      columns: {
        stage: dimension(['compulsory', 'preschool', 'senior_secondary']),
        multiplier_min: value('multiplier'),
        base_rate: value('text'),
        institutions: value('text'),
      },
    },
    school_responsibility: {
      label: {
        zh: '义务教育特殊教育布局：按残疾类别的主办层级',
        en: 'Compulsory special education: lead level of government by disability type',
      },
      columns: {
        disability_type: code(),
        lead_level: value('enum', ['province', 'city', 'county']),
        school: value('text'),
        intake_area: value('text'),
        stages: value('text'),
      },
    },
    placement_by_severity: {
      label: {
        zh: '持证适龄残疾儿童义务教育安置：按残疾程度',
        en: 'Compulsory-stage placement of certified school-age disabled children, by severity',
      },
      columns: {
        severity: code(),
        placement: value('enum', ['regular_class', 'special_school', 'home_delivered']),
        description: value('text'),
      },
    },
    placement_forms: {
      label: { zh: '义务教育阶段特殊教育形式', en: 'Forms of special education at the compulsory stage' },
      columns: { form: code(), description: value('text') },
    },
    home_delivery_groups: {
      label: { zh: '以送教上门等形式实施义务教育的对象', en: 'Groups taught through home-delivered teaching and similar forms' },
      columns: { group: code(), description: value('text') },
    },
    student_aid: {
      label: { zh: '残疾学生资助', en: 'Aid for disabled students' },
      columns: {
        item: code(),
        stage: value('enum', ['preschool', 'compulsory', 'senior_secondary', 'higher', 'adult', 'unspecified']),
        beneficiary: value('text'),
        condition: value('text'),
        benefit: value('text'),
        extent: value('enum', ['full_waiver', 'reduction_or_waiver', 'priority_access', 'reward']),
        funded_by: value('text'),
      },
    },
    teacher_categories: {
      label: { zh: '特殊教育津贴：按教师类别', en: 'Special-education allowance, by category of teacher' },
      columns: {
        category: dimension(TEACHER_CATEGORIES),
        description: value('text'),
        allowance: value('boolean'), // on the reading used
        alternative_allowance: value('boolean'), // empty where the text is clear
        reading_zh: value('text'),
        reading_en: value('text'),
        alternative_reading_zh: value('text'),
        alternative_reading_en: value('text'),
      },
    },
    principles: {
      label: { zh: '基本原则', en: 'Basic principles' },
      columns: { principle: code(), description: value('text') },
    },
    measures: {
      label: { zh: '工作举措', en: 'Work measures' },
      columns: { measure: code(), description: value('text') },
    },
  },
});
