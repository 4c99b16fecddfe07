import { code, defineTable, dimension, param, value } from '../../tables/kit';

/**
 * 嘉兴市军人随军家属就业安置实施细则 (嘉政发〔2014〕85号). The keys below are the ones the calculators
 * ./military-family-*.ts read; the workbook holds every other figure of the rules too.
 */
export const militaryFamilyEmployment = defineTable({
  id: 'military-family-employment',
  parameters: {
    'document.effective_date': param('date'), // 第三十二条: 自2015年1月22日后实施, read as from 2015-01-22
    'self_employment_grant.counts_as_placed': param('boolean'), // 第二十条
    'self_employment_grant.deducts_hardship_subsidy': param('boolean'), // 第二十条
    'living_subsidy.waiting_months': param('months'), // 第十八条: 随军6个月未就业 (≥, not paid)
    'living_subsidy.monthly_rate': param('CNY/person/month'), // 第十八条: local 低保 standard, not published (input)
    'living_subsidy.max_months': param('months'), // 第十八条: 不超过24个月 (≤)
    'living_subsidy.combinable_with_unemployment_insurance': param('boolean'),
    'living_subsidy.requires_no_fixed_income': param('boolean'),
    'living_subsidy.funded_by': param('text'),
  },
  scales: {
    self_employment_grant: {
      label: { zh: '一次性自谋职业补助金（按驻军所在地）', en: 'One-off self-employment grant, by garrison location' },
      columns: {
        garrison_area: dimension(['urban_districts', 'counties']),
        amount: value('CNY/person'),
      },
    },
    placement_routes: {
      label: { zh: '按随军前身份的安置途径', en: 'Placement routes by status before accompanying' },
      columns: {
        prior_status: code(),
        condition: value('text'),
        placing_bodies: value('text'),
        method: value('text'),
        deadline_months: value('months'),
      },
    },
    priority_groups: {
      label: { zh: '重点安置对象', en: 'Priority placement groups' },
      columns: { group: code(), description: value('text'), benefit: value('text') },
    },
    loan_interest_subsidy: {
      label: { zh: '小额担保贷款贴息比例', en: 'Interest subsidy on small guaranteed loans' },
      columns: {
        project: dimension(['micro_profit', 'other']),
        borrower: dimension(['employment_difficulty', 'other']),
        subsidy_share: value('ratio'),
        subsidy_period_max: value('years'),
      },
    },
    tax_exemptions: {
      label: { zh: '税收减免', en: 'Tax exemptions' },
      columns: {
        case: code(),
        beneficiary: value('text'),
        taxes: value('text'),
        exemption_years: value('years'),
        condition: value('text'),
        certificate_issuer: value('text'),
        period_start: value('text'),
      },
    },
    annual_calendar: {
      label: { zh: '年度安置工作时间安排', en: 'Annual placement calendar' },
      columns: { step: code(), actor: value('text'), action: value('text'), deadline: value('text') },
    },
    exclusions: {
      label: { zh: '不予安置的情形', en: 'Grounds for refusing placement' },
      columns: { ground: code(), description: value('text') },
    },
    department_duties: {
      label: { zh: '部门职责', en: 'Duties of departments' },
      columns: { department: code(), name: value('text'), duty: value('text') },
    },
    leading_group: {
      label: { zh: '市随军家属就业安置工作协调领导小组', en: 'Municipal coordinating leading group for military family employment' },
      columns: { role: code(), holders: value('text') },
    },
    support_measures: {
      label: { zh: '其他扶持措施', en: 'Other support measures' },
      columns: { measure: code(), description: value('text') },
    },
  },
});
