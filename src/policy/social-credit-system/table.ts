import { code, defineTable, dimension, param, range, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府关于加快推进社会信用体系建设的实施意见 (嘉政发〔2014〕82号). Lookups only, no calculator
 *: goals, tasks and phases for government bodies. The
 * `phases` sheet brackets calendar years, both ends inclusive (2014–2015, 2016–2018, 2019–2020).
 */
export const socialCreditSystem = defineTable({
  id: 'social-credit-system',
  parameters: {
    'document.issued_date': param('date'),
    'basis.outline': param('text'),
    'goal.horizon_years': param('years'), // 「7年左右」
    'goal.description': param('text'),
    'platform.operator': param('text'),
    'platform.initial_completion_deadline': param('date'), // 力争 2015年底
    'disclosure.penalty_scope': param('text'),
    'disclosure.query_channel': param('text'),
    'credit_services.supervision_rule': param('text'),
    'blacklist.scope': param('text'),
    'leadership.steering_body': param('text'),
    'leadership.office': param('text'),
  },
  scales: {
    phases: {
      label: { zh: '实施阶段', en: 'Implementation phases' },
      columns: { phase: dimension(['1', '2', '3']), years: range('year'), goal_zh: value('text'), goal_en: value('text') },
    },
    key_areas: {
      label: { zh: '四大重点领域', en: 'Four key areas' },
      columns: { area: code(), item_zh: value('text'), item_en: value('text') },
    },
    main_tasks: {
      label: { zh: '主要任务', en: 'Main tasks' },
      columns: { task: code(), item_zh: value('text'), item_en: value('text') },
    },
    system_levels: {
      label: { zh: '三个层面', en: 'Three levels of the credit system' },
      columns: { level: code(), item_zh: value('text'), item_en: value('text') },
    },
    named_lists: {
      label: { zh: '列举对象', en: 'Items named in lists' },
      columns: {
        list: dimension(['credit_file_groups', 'credit_product_fields']),
        item: code(),
        item_zh: value('text'),
        item_en: value('text'),
      },
    },
  },
});
