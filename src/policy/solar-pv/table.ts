import { code, defineTable, dimension, param, range, value } from '../../tables/kit';
import { PV_SUBJECTS, PV_CRITERIA } from './codes';

/**
 * 加快分布式光伏发电发展的补充意见 (嘉政发〔2014〕84号, signed 2014-12-15; no in-force date stated). The keys and
 * the sheet mandatory_triggers are read by ./solar-pv-obligation.ts; the other sheets are
 * informational. 84号 publishes no subsidy, capacity or price figure (嘉政发〔2013〕87号 is not in the gazette).
 */

export const solarPv = defineTable({
  id: 'solar-pv',
  parameters: {
    'document.effective_date': param('date'), // not stated (null, note)
    'subsidy.rates': param('text'), // not published: in 嘉政发〔2013〕87号
    'obligation.new_only': param('boolean'), // 一（一）: 新建 only
    'obligation.feasibility_criteria': param('text'), // 一（一）: 具备建设屋顶光伏发电条件 — test not defined
    'obligation.capacity_requirement': param('text'), // 一（一）: no capacity or share, not published
    'obligation.government_projects': param('text'), // 一（二）: 政府性投资项目应带头
    'obligation.existing_encouraged': param('text'), // 一（二）
    'obligation.simultaneity': param('text'), // 一（三）
    'obligation.standards_and_qualifications': param('text'), // 一（五）
  },
  scales: {
    mandatory_triggers: {
      label: { zh: '应建设光伏发电系统的新建项目', en: 'New projects that must build a PV system' },
      columns: {
        subject: dimension(PV_SUBJECTS),
        criterion: dimension(PV_CRITERIA),
        annual_energy: range('tce'),
        roof_area: range('m2'),
        new_only: value('boolean'),
        feasibility_required: value('boolean'),
        text_zh: value('text'),
        text_en: value('text'),
      },
    },
    trading_conditions: {
      label: { zh: '光伏电力交易双方条件', en: 'Conditions on PV power-trading parties' },
      columns: { party: dimension(['both', 'seller', 'buyer']), condition: code(), text_zh: value('text'), text_en: value('text') },
    },
    finance_measures: {
      label: { zh: '金融服务保障措施', en: 'Financial support measures' },
      columns: { measure: code(), item: code(), text_zh: value('text'), text_en: value('text') },
    },
    intermediary_services: {
      label: { zh: '社会化中介服务对象与内容', en: 'Intermediary services: client types and service items' },
      columns: { list: dimension(['client_type', 'service_item']), item: code(), name_zh: value('text'), name_en: value('text') },
    },
    pv_sites: {
      label: { zh: '鼓励利用的资源', en: 'Resources encouraged for PV plants' },
      columns: { site: code(), name_zh: value('text'), name_en: value('text') },
    },
  },
});
