import { code, defineTable, dimension, param, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府关于进一步加强计量工作的实施意见 (嘉政发〔2014〕80号). Lookups only, no calculator
 *: city-wide 2020 targets (minimums, ≥), tasks and duties.
 * Free verification (四（三）) has no date and an open list (等): `funding.free_verification_start_date` is empty;
 * a lookup "is field X in the free-verification scope?" may answer true for the listed fields only, never false.
 */
export const metrologyDevelopment = defineTable({
  id: 'metrology-development',
  parameters: {
    'document.issued_date': param('date'),
    'basis.documents': param('text'),
    'targets.target_year': param('year'), // 二: 到2020年
    'targets.traceability_needs_met_share_min': param('ratio'), // ≥ 95%
    'targets.public_measurement_standards_min': param('count'), // ≥ 280
    'targets.calibration_capabilities_min': param('count'), // ≥ 350
    'targets.industrial_metrology_test_centres_min': param('count'), // ≥ 1
    'targets.management_system': param('text'),
    'targets.energy_metering_equipment_compliance_min': param('ratio'), // ≥ 98%
    'targets.energy_data_online': param('text'),
    'targets.key_instrument_inspection_rate_min': param('ratio'), // ≥ 97%
    'targets.prepackaged_net_quantity_pass_rate_min': param('ratio'), // ≥ 97%
    'targets.honest_metrology': param('text'),
    'targets.overall_level': param('text'),
    'funding.licensing_and_public_standards': param('text'),
    'funding.compulsory_verification_fees': param('text'),
    'funding.free_verification_start_date': param('date'), // not published (逐步实行)
    'funding.energy_data_project_support': param('text'),
    'funding.energy_data_project_amount': param('CNY'), // not published
    'enforcement.whistleblower_reward': param('CNY'), // not published (scheme to be set up)
  },
  scales: {
    main_tasks: {
      label: { zh: '主要任务', en: 'Main tasks' },
      columns: { task: code(), item_zh: value('text'), item_en: value('text') },
    },
    key_instruments: {
      label: { zh: '重点管理计量器具（受检率≥97%）', en: 'Key regulated instruments (inspection rate ≥ 97%)' },
      columns: { instrument: code(), item_zh: value('text'), item_en: value('text') },
    },
    verification_scopes: {
      label: { zh: '检定范围', en: 'Verification scopes' },
      columns: {
        scope: dimension(['periodic_verification', 'free_verification']),
        field: code(),
        item_zh: value('text'),
        item_en: value('text'),
      },
    },
    supervision_focus: {
      label: { zh: '重点监管对象', en: 'Focus of supervision' },
      columns: {
        list: dimension(['billing_and_area', 'energy_label', 'packaging']),
        item: code(),
        item_zh: value('text'),
        item_en: value('text'),
        departments_zh: value('text'),
        departments_en: value('text'),
      },
    },
    research_fields: {
      label: { zh: '计量科研重点领域', en: 'Priority metrology research fields' },
      columns: { field: code(), item_zh: value('text'), item_en: value('text') },
    },
    department_duties: {
      label: { zh: '部门职责', en: 'Departmental duties' },
      columns: {
        department: code(),
        department_zh: value('text'),
        department_en: value('text'),
        duty_zh: value('text'),
        duty_en: value('text'),
      },
    },
    publicity_occasions: {
      label: { zh: '宣传契机', en: 'Publicity occasions' },
      columns: { occasion: code(), item_zh: value('text'), item_en: value('text') },
    },
  },
});
