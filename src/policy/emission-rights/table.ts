import { code, defineTable, dimension, param, value } from '../../tables/kit';
import { CLASSES, PURPOSES, EXCLUSION_EFFECTS } from './codes';

/**
 * 嘉政办发〔2014〕112号 and its four attachments (若干意见, 量化办法, 绩效意见, 交易办法). The calculators
 * emission-rights-class and emission-rights-price read the keys and sheets below; the workbook holds
 * every other figure of the documents as informational rows.
 */
export const emissionRights = defineTable({
  id: 'emission-rights',
  parameters: {
    'base_price.paid_use': param('CNY/tonne'), // 若干意见（二十）: not published; the price calculator takes it as input
    'performance.metric.tax_definition': param('text'), // 绩效意见 二（一）2: not published
    'performance.incentives_from': param('date'), // 绩效意见 一
    'performance.inclusion': param('text'), // 绩效意见 二（一）1: new projects after their acceptance
    'ranking.bands': param('count'), // 绩效意见 二（一）3
    'ranking.order': param('enum', ['descending', 'ascending']),
    'reduction_task.city_average': param('ratio'), // 绩效意见 二（二）1 一是: not published
    'reduction_task.top_encouraged_share': param('ratio'),
    'sanctions.rectification_consecutive_years': param('years'), // 绩效意见 二（二）2 三是
    'sanctions.closure_consecutive_years': param('years'),
    'sanctions.closure_bottom_share': param('ratio'),
    'lease.max_share_of_purchased': param('ratio'), // 绩效意见 二（二）3 二是
    'lease.max_term': param('years'), // 交易办法 第十三条
    'reduction_purchase.cap': param('text'), // 绩效意见 二（二）3 三是；交易办法 第十八条
    'reduction_purchase.class_basis': param('text'),
    'paid_use.renewal_class_basis': param('text'),
    'offset.ratio': param('multiplier'), // not published
  },
  scales: {
    industries: {
      label: { zh: '重污染行业', en: 'Heavy-polluting industries' },
      columns: {
        industry: code(),
        name_zh: value('text'),
        name_en: value('text'),
        performance_evaluated: value('boolean'),
        only_out: value('boolean'),
      },
    },
    ranking_pollutants: {
      label: { zh: '绩效评价计算的污染物（分行业）', en: 'Pollutants counted per industry in the ranking' },
      columns: { industry: code(), pollutant: code() },
    },
    pollutants: {
      label: { zh: '主要污染物', en: 'Main pollutants' },
      columns: { pollutant: code(), name_zh: value('text'), name_en: value('text'), indicator_vintage: value('enum', ['old', 'new']) },
    },
    classes: {
      label: { zh: '“三三制”绩效类别', en: 'Performance classes (thirds)' },
      columns: {
        class: dimension(CLASSES),
        band: value('count'),
        name_zh: value('text'),
        name_en: value('text'),
        text_zh: value('text'),
        text_en: value('text'),
      },
    },
    class_policies: {
      label: { zh: '分类别排污权配置与管理', en: 'Class-based allocation and management' },
      columns: {
        class: dimension(CLASSES),
        new_rights_allowed: value('boolean'),
        enforcement_focus: value('boolean'),
        merger_green_channel: value('boolean'),
      },
    },
    class_exclusions: {
      label: { zh: '不得列入鼓励类或一律列为其它类的情形', en: 'Cases barred from encouraged or forced to other' },
      columns: {
        code: code(),
        effect: value('enum', EXCLUSION_EFFECTS),
        demoted_to: value('enum', CLASSES),
        condition_zh: value('text'),
        condition_en: value('text'),
      },
    },
    reduction_task_factors: {
      label: { zh: '差别化年度减排任务', en: 'Annual reduction task by class' },
      columns: {
        group: dimension(['encouraged-top-10pct', 'encouraged', 'general', 'other']),
        factor: value('multiplier'),
        discretionary: value('boolean'),
        text_zh: value('text'),
        text_en: value('text'),
      },
    },
    price_multipliers: {
      label: { zh: '差别化排污权价格（基准价倍数）', en: 'Price multiples of the base price by class and purpose' },
      columns: {
        class: dimension(CLASSES),
        purpose: dimension(PURPOSES),
        allowed: value('boolean'),
        multiplier: value('multiplier'),
        price_basis_zh: value('text'),
        price_basis_en: value('text'),
        text_zh: value('text'),
        text_en: value('text'),
      },
    },
    transfer_methods: {
      label: { zh: '排污权交易方式', en: 'Trading methods' },
      columns: { method: code(), name_zh: value('text'), name_en: value('text'), when_zh: value('text'), when_en: value('text') },
    },
    budget_priorities: {
      label: { zh: '年度预算优先保障对象', en: 'Budget priorities' },
      columns: { priority: code(), name_zh: value('text'), name_en: value('text') },
    },
    buyback_sources: {
      label: { zh: '排污权回购来源', en: 'Buy-back sources' },
      columns: { source_type: code(), text_zh: value('text'), text_en: value('text'), price_basis: value('enum') },
    },
  },
});
