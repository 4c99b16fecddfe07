import { code, defineTable, param, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府办公室关于加强综合行政执法协作配合工作的意见 (嘉政办发〔2014〕113号). The `case_transfer.*` keys are
 * read by ./case-transfer-deadlines.ts (二（一）3（1）、（3））; the other periods and lists are lookups.
 */
export const enforcementCooperation = defineTable({
  id: 'enforcement-cooperation',
  parameters: {
    'document.issued_date': param('date'),
    'milestones.mechanisms_deadline': param('date'),
    'milestones.working_pattern_year': param('year'),
    'meetings.joint_consultation_min_per_half_year': param('count'),
    'case_transfer.deadline': param('working-days'), // 3个工作日内
    'case_transfer.urgent_deadline': param('hours'), // 情况紧急的，24小时内
    'case_transfer.ongoing_violation': param('text'), // 立即责令停止，及时告知
    'case_transfer.acceptance_notice_deadline': param('working-days'), // 5个工作日内书面告知
    'appraisal.opinion_deadline': param('working-days'),
    'copy.approval_deadline': param('working-days'),
    'copy.penalty_decision_deadline': param('working-days'),
  },
  scales: {
    transfer_requirements: {
      label: { zh: '案件移送要求', en: 'Requirements for a case transfer' },
      columns: { requirement: code(), requirement_zh: value('text'), requirement_en: value('text') },
    },
    division_of_work: {
      label: { zh: '监管与执法分工', en: 'Split between supervision and enforcement' },
      columns: {
        situation: code(),
        item: value('text'),
        situation_zh: value('text'),
        situation_en: value('text'),
        regulatory_dept_zh: value('text'),
        regulatory_dept_en: value('text'),
        enforcement_dept_zh: value('text'),
        enforcement_dept_en: value('text'),
      },
    },
    town_leading_group: {
      label: { zh: '镇（街道）综合行政执法领导小组组成', en: 'Town (street) enforcement leading group' },
      columns: { seat: code(), role_zh: value('text'), role_en: value('text'), holder_zh: value('text'), holder_en: value('text') },
    },
  },
});
