import { defineTable, param } from '../../tables/kit';

/**
 * 嘉兴市人民政府关于印发嘉兴市本级产业发展规划的通知 (嘉政发〔2014〕83号). Lookups only, no calculator
 *: only the cover notice is in the gazette; the plan
 * is printed 「文本另附」, so `plan.text`, `plan.period` and `plan.targets` are empty (422 not-published).
 */
export const industrialDevelopmentPlan = defineTable({
  id: 'industrial-development-plan',
  parameters: {
    'document.issued_date': param('date'),
    'plan.title': param('text'),
    'plan.approval': param('text'),
    'plan.addressees': param('text'),
    'plan.text': param('text'), // not published (文本另附)
    'plan.period': param('text'), // not published
    'plan.targets': param('text'), // not published
  },
  scales: {},
});
