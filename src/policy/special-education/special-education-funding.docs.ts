import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { specialEducationFunding } from './special-education-funding';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '残疾学生生均公用经费最低标准', en: 'Special education: minimum per-student funding for disabled students' },
  description: {
    zh: '按嘉政办发〔2014〕115号四（二），由当地普通学生生均公用经费（原文未公布，需自行填写）计算残疾学生生均公用经费的最低拨付标准（义务教育阶段和学前、高中段各按规定倍数及以上拨付，倍数按该文件的规定），可选计算总额和是否达标。',
    en: 'Minimum per-student public operating funding for disabled students under 嘉政办发〔2014〕115号 四（二）: a multiple of the local rate for regular students (one multiple for compulsory education, another for preschool and senior secondary, from the policy table); the source does not publish the local rate, so you enter it. Optionally the total for a number of students and a compliance check.',
  },
  /** The date the rules apply on becomes the date. */
  sampleAt: onField('date'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；实际拨付的经费以当地人民政府及其财政部门的安排为准。',
    en: 'An estimate from the published rules, for information only; the local government and its finance department decide the funds actually allocated.',
  },
  presentation: {
    fields: {
      date: {
        label: { zh: '适用日期', en: 'Date the rules apply on' },
        help: { zh: '按这一天有效的规定计算', en: 'The rules in force on this day apply' },
      },
      stage: {
        label: { zh: '学段', en: 'Stage of education' },
        help: {
          zh: '义务教育：承担义务教育任务的特殊教育学校，或有随班就读（含附设特教班、送教上门）的普通学校',
          en: 'Compulsory: special schools with compulsory-education tasks, or regular schools teaching disabled pupils (in class, in a special class or at home)',
        },
        options: {
          compulsory: { zh: '义务教育', en: 'Compulsory education' },
          preschool: { zh: '学前教育', en: 'Preschool' },
          senior_secondary: { zh: '高中段教育', en: 'Senior secondary' },
        },
      },
      regularPerStudentRate: {
        label: { zh: '当地普通学生生均公用经费（元/生·年）', en: 'Local funding per regular student (yuan a year)' },
        help: {
          zh: '当地普通学校（幼儿园、高中学校）普通学生的生均公用经费；原文未公布，请按当地标准填写',
          en: 'The public operating funding per regular student of local schools (kindergartens, senior secondary schools); the source does not publish it, so enter the local figure',
        },
      },
      disabledStudents: {
        label: { zh: '残疾学生人数', en: 'Number of disabled students' },
        help: { zh: '填写后计算经费最低总额；不填则不计算', en: 'Enter it to work out the minimum total; leave empty to skip' },
      },
      actualPerStudentFunding: {
        label: { zh: '实际拨付的残疾学生生均公用经费（元/生·年）', en: 'Funding actually allocated per disabled student (yuan a year)' },
        help: { zh: '填写后核查是否达到最低标准；不填则不核查', en: 'Enter it to check the minimum is met; leave empty to skip' },
      },
    },
    controls: { stage: 'radio' },
    results: {
      labels: {
        date: { zh: '适用日期', en: 'Date' },
        stage: { zh: '学段', en: 'Stage of education' },
        multiplierMin: { zh: '最低倍数', en: 'Minimum multiple' },
        regularPerStudentRate: { zh: '当地普通学生生均公用经费', en: 'Local funding per regular student' },
        minimumPerStudent: { zh: '残疾学生生均公用经费最低标准', en: 'Minimum funding per disabled student' },
        disabledStudents: { zh: '残疾学生人数', en: 'Disabled students' },
        minimumTotal: { zh: '经费最低总额', en: 'Minimum total' },
        compliance: { zh: '是否达到最低标准', en: 'Is the minimum met?' },
        actualPerStudentFunding: { zh: '实际每生拨付', en: 'Allocated per student' },
        compliant: { zh: '达标', en: 'Meets the minimum' },
        shortfallPerStudent: { zh: '每生差额', en: 'Shortfall per student' },
        fullyGovernmentGuaranteed: { zh: '经费全额纳入政府财政保障', en: 'Fully covered by government budgets' },
      },
      options: {
        stage: {
          compulsory: { zh: '义务教育', en: 'Compulsory education' },
          preschool: { zh: '学前教育', en: 'Preschool' },
          senior_secondary: { zh: '高中段教育', en: 'Senior secondary' },
        },
      },
    },
  },
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '四（二）',
      text: {
        zh: '“按…的规定倍数及以上拨付”：“及以上”含本数，按倍数拨付（不是另加）；倍数乘积是下限，按分向上取整。',
        en: '“Funded at the set multiple of … or more”: the bound is included, the multiple replaces the regular rate (it is not added to it); the product is a floor, rounded up to the fen.',
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
