import { code, defineTable, dimension, param, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府印发关于加强新型城镇化建设金融服务保障若干意见的通知 (嘉政发〔2014〕88号). Lookups only, no
 * calculator: city-wide best-effort 2015 targets (150亿元以上,
 * read as ≥) and tasks for governments and financial bodies. The 2015 task breakdown is in an omitted annex
 * (`annex.task_breakdown_2015` empty).
 */
export const urbanisationFinance = defineTable({
  id: 'urbanisation-finance',
  parameters: {
    'document.issued_date': param('date'),
    'document.approval': param('text'),
    'basis.document': param('text'),
    'targets.direct_financing_2015_min': param('CNY'), // 150亿元以上 (≥)
    'targets.factor_trading_county_coverage_deadline': param('date'), // 2015年底 县域全覆盖
    'factor_trading.platform_unit': param('text'),
    'mechanism.working': param('text'),
    'leadership.body': param('text'),
    'appraisal.scope': param('text'),
    'annex.task_breakdown_2015': param('text'), // not published (annex omitted)
  },
  scales: {
    principles: {
      label: { zh: '基本原则', en: 'Basic principles' },
      columns: { principle: code(), item_zh: value('text'), item_en: value('text') },
    },
    main_tasks: {
      label: { zh: '主要任务', en: 'Main tasks' },
      columns: { task: code(), section: value('text'), item_zh: value('text'), item_en: value('text') },
    },
    named_lists: {
      label: { zh: '列举对象', en: 'Items named in lists' },
      columns: {
        list: dimension([
          'target_capital',
          'tailored_product_fields',
          'debt_financing_forms',
          'securitisation_bases',
          'factor_resources',
          'intermediaries',
        ]),
        item: code(),
        item_zh: value('text'),
        item_en: value('text'),
      },
    },
  },
});
