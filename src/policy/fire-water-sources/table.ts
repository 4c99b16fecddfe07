import { code, defineTable, dimension, param, value } from '../../tables/kit';
import { POOL_CONDITIONS, MAINTENANCE_CRITERIA, NOTIFICATION_TRIGGERS } from './codes';

/**
 * 嘉兴市消防水源管理办法 (嘉政办发〔2014〕110号, in force 2015-02-01). The keys and the three criteria sheets below
 * are read by ./fire-water-source-check.ts. Hydrant spacing, flow and design pressure are
 * referred to national codes (第八条、第九条): their rows are empty (not published) and are never judged.
 */
export const fireWaterSources = defineTable({
  id: 'fire-water-sources',
  parameters: {
    'document.effective_date': param('date'), // 第二十条
    // 第十二条: 消火栓5米范围内不准堆物，15米范围内不得停车 (the boundary is inside the zone)
    'clearance.no_stacking_radius': param('m'),
    'clearance.no_parking_radius': param('m'),
    // 第十四条: when the water utility must notify the fire service
    'notify.pipe_burst_dn_min': param('mm'), // DN400毫米以上: ≥
    'notify.outage_area_min': param('km2'), // 3平方公里: ≥
    'notify.low_pressure_area_min': param('km2'), // 5平方公里: ≥
    'notify.low_pressure_max': param('MPa'), // 0.14兆帕以下: ≤
    'notify.communities_min': param('count'), // 超过2个小区（含2个小区）: ≥
    'notify.households_min': param('count'), // 1000户: ≥ (reading)
    'notify.households_min_township': param('count'), // 乡镇500户: ≥ (reading)
    'notify.outage_duration_exceeds': param('hours'), // 连续超8小时: >
    // 第十八条: inspections by the fire service
    'inspection.municipal_hydrant_interval': param('months'),
    'inspection.natural_source_interval': param('months'),
    // 第八条、第九条: national codes, not published here
    'hydrant.spacing_max': param('m'),
    'hydrant.flow_min': param('L/s'),
    'hydrant.pressure_min': param('MPa'),
    'penalty.amounts': param('CNY'),
  },
  scales: {
    source_types: {
      label: { zh: '消防水源类型', en: 'Types of fire-fighting water source' },
      columns: { source_type: code(), name_zh: value('text'), name_en: value('text') },
    },
    maintenance_criteria: {
      label: { zh: '消火栓保养维修要求', en: 'Hydrant maintenance requirements' },
      columns: { criterion: dimension(MAINTENANCE_CRITERIA), criterion_zh: value('text'), criterion_en: value('text') },
    },
    notification_triggers: {
      label: { zh: '供水企业须通知消防机构的情形', en: 'When the municipal water utility must notify the fire service' },
      columns: {
        trigger: dimension(NOTIFICATION_TRIGGERS),
        item: value('text'),
        trigger_zh: value('text'),
        trigger_en: value('text'),
        parameter_keys: value('text'),
      },
    },
    responsibilities: {
      label: { zh: '职责和经费分工', en: 'Who plans, builds, maintains, pays and inspects' },
      columns: {
        task: code(),
        task_zh: value('text'),
        task_en: value('text'),
        responsible_zh: value('text'),
        responsible_en: value('text'),
      },
    },
    pool_required_conditions: {
      label: { zh: '须修建消防水池或取水设施的公共区域情形', en: 'Public areas that must have a fire-water pool or natural-source intake' },
      columns: { condition: dimension(POOL_CONDITIONS), condition_zh: value('text'), condition_en: value('text') },
    },
  },
});
