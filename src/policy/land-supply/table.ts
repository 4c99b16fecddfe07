import { code, defineTable, dimension, param, range, value } from '../../tables/kit';
import {
  LAND_PROJECT_TYPES,
  LAND_ZONES,
  PERFORMANCE_CLASSES,
  EXCLUSION_RULES,
  STANDARD_GROUPS,
  STANDARD_CRITERIA,
  PRICE_CATEGORIES,
  PRICE_BASES,
} from './codes';

/**
 * 嘉兴市土地供应差别化管理实施意见 (嘉政办发〔2014〕106号, in force 2015-01-15). The keys and the sheets
 * exclusions, entry_standards and starting_price are read by ./land-entry-check.ts; the other
 * sheets are informational (supply modes, terms, take-back triggers, lists) and validated by unit only.
 */

export const landSupply = defineTable({
  id: 'land-supply',
  parameters: {
    'document.effective_date': param('date'), // 通知: 本意见自2015年1月15日起施行
    'exclusion.in_principle': param('boolean'), // 二（一）1（2）: 原则上不再安排供地
    'exclusion.performance_class_definitions': param('text'), // not published: the A/B/C/D classes
    'entry.provincial_indicator_rule': param('text'), // 二（一）1（3）: the stricter standard governs
    'entry.provincial_indicator_values': param('text'), // not published: the provincial control indicators
    'entry.evaluation.industry_thresholds': param('text'), // 二（一）1（1）: not published
    'price.grade_minimum_price': param('CNY/m2'), // 二（一）3（1）①: base of the 70% floor, not published
    'price.priority.downward_coefficient': param('multiplier'), // not published
    'price.nonconforming.upward_coefficient': param('multiplier'), // not published (only its minimum is)
    'price.producer_services_rule': param('text'), // 二（一）3（2）
    // 二（三）3: take-back of the land (./land-recovery-check.ts)
    'recovery.attainment_min': param('ratio'), // 未达到合同（协议）约定的50%: below it, a ground
    'recovery.other_trigger': param('text'), // 不按项目准入要求生产经营
    'recovery.land_buyback_basis': param('text'),
    'recovery.building_buyback_method': param('text'),
    'recovery.equipment': param('text'),
    'recovery.incentive_clawback': param('text'),
  },
  scales: {
    exclusions: {
      label: { zh: '原则上不再安排供地的项目', en: 'Projects that in principle get no land' },
      columns: {
        rule: dimension(EXCLUSION_RULES),
        // an empty cell matches any case
        project_type: dimension(LAND_PROJECT_TYPES, { optional: true }),
        performance_class: dimension(PERFORMANCE_CLASSES, { optional: true }),
        zone: dimension(LAND_ZONES, { optional: true }),
        total_investment: range('CNY'),
        land_area: range('mu'),
        resettlement_exempt: value('boolean'),
        description_zh: value('text'),
        description_en: value('text'),
      },
    },
    entry_standards: {
      label: { zh: '用地标准（准入下限）', en: 'Land-use entry standards (minimums)' },
      columns: {
        project_type: dimension(STANDARD_GROUPS),
        criterion: dimension(STANDARD_CRITERIA),
        per_mu: range('CNY/mu'),
        far: range('multiplier'),
        in_principle: value('boolean'),
      },
    },
    starting_price: {
      label: { zh: '工业用地出让起始价', en: 'Starting price of industrial land transfers' },
      columns: {
        category: dimension(PRICE_CATEGORIES),
        basis: value('enum', PRICE_BASES),
        appraised_multiplier: range('multiplier'),
        grade_minimum_multiplier: range('multiplier'),
      },
    },
    recovery_triggers: {
      label: { zh: '政府收回土地条件（未达约定50%）', en: 'Take-back triggers (below 50% of the agreed figure)' },
      columns: { metric: dimension(['input_per_mu', 'output_per_mu', 'tax_payable']), achieved_share: range('ratio') },
    },
    supply_modes: {
      label: { zh: '差别化供地方式', en: 'Land supply modes' },
      columns: {
        mode: dimension(['public_transfer', 'negotiated_transfer', 'allocation', 'paid_use', 'lease']),
        case: code(),
        condition_zh: value('text'),
        condition_en: value('text'),
        mandatory: value('boolean'),
      },
    },
    flexible_terms: {
      label: { zh: '工业用地弹性出让年期', en: 'Flexible transfer terms for industrial land' },
      // each row is one term (10, 20, 30, 40 years): the term is its own case key
      columns: { term: { kind: 'dimension', unit: 'years' } },
    },
    industry_lists: {
      label: { zh: '优先发展与重点行业清单', en: 'Priority and key industry lists' },
      columns: {
        list: dimension(['price_priority', 'staged_management', 'producer_services']),
        item: code(),
        name_zh: value('text'),
        name_en: value('text'),
      },
    },
    evaluation_indicators: {
      label: { zh: '综合评价准入指标', en: 'Comprehensive-evaluation entry indicators' },
      columns: { indicator: code(), name_zh: value('text'), name_en: value('text') },
    },
  },
});
