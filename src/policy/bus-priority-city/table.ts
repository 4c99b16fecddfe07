import { code, defineTable, dimension, param, value } from '../../tables/kit';
import { TIA_PROJECT_TYPES } from './codes';

/**
 * 嘉兴市人民政府办公室关于印发嘉兴市区创建全省公交优先示范城市实施方案的通知 (嘉政办发〔2014〕104号). The `tia.*`
 * keys and sheet `tia_project_types` are read by ./bus-tia-requirement.ts (三（一）2); the
 * 2017 targets and the other sheets are lookups.
 */
export const busPriorityCity = defineTable({
  id: 'bus-priority-city',
  parameters: {
    // 三（一）2: traffic impact assessment of bus facilities
    'tia.school_classes_min': param('count'), // 24班以上: ≥
    'tia.hospital_beds_min': param('count'), // 500床以上: ≥
    'tia.commercial_office_floor_area_exceeds': param('m2'), // 大于5万平方米: >
    'tia.residential_total_floor_area_exceeds': param('m2'), // 大于10万平方米: >
    'tia.veto': param('boolean'), // 一律不予审批、验收
    // 二: 2017 targets (lookups)
    'targets_2017.deadline': param('date'),
    'targets_2017.pt_mode_share_ex_walking_min': param('ratio'),
    'targets_2017.urban_bus_fleet_min': param('count'),
    'targets_2017.urban_rural_bus_fleet_min': param('count'),
    'targets_2017.central_bus_lane_length': param('km'),
    'targets_2017.peak_bus_speed': param('km/h'),
    'targets_2017.punctuality': param('ratio'),
    'targets_2017.stop_coverage_radius': param('m'),
    'targets_2017.stop_coverage_500m': param('ratio'),
    'targets_2017.clean_energy_vehicle_share': param('ratio'),
    'bus_lanes.framework_total_stated': param('km'),
    'fleet.clean_energy_share_of_new_purchases_min': param('ratio'),
    'subsidy.depot_loan_interest_share': param('ratio'),
    'assessment.bus_weight_in_jiatong_assessment_min': param('ratio'),
  },
  scales: {
    tia_project_types: {
      label: { zh: '须作公交交通影响评价的项目', en: 'Projects that need a traffic impact assessment for bus facilities' },
      columns: {
        project_type: dimension(TIA_PROJECT_TYPES),
        project_type_zh: value('text'),
        project_type_en: value('text'),
        threshold_key: value('text'), // a tia.* parameter key, or "none" (any size)
        threshold_text: value('text'),
      },
    },
    bus_lane_corridors: {
      label: { zh: '公交专用道“四横三纵”', en: 'Bus-lane corridors ("four east–west, three north–south")' },
      columns: {
        corridor: code(),
        axis: value('enum', ['east_west', 'north_south']),
        road_zh: value('text'),
        road_en: value('text'),
        from_zh: value('text'),
        from_en: value('text'),
        to_zh: value('text'),
        to_en: value('text'),
        length: value('km'),
      },
    },
    depots_and_hubs: {
      label: { zh: '2017年底前建成的停保场和枢纽站', en: 'Depots and hubs to be completed by end-2017' },
      columns: {
        facility: code(),
        facility_type: value('enum', ['depot', 'hub']),
        name_zh: value('text'),
        name_en: value('text'),
        deadline: value('date'),
      },
    },
    concession_groups: {
      label: { zh: '政策性亏损补贴涉及的优惠乘车群体', en: 'Fare-concession groups whose policy losses are subsidised' },
      columns: { group: code(), group_zh: value('text'), group_en: value('text') },
    },
    leading_group: {
      label: { zh: '公交优先示范城市创建领导小组', en: 'Leading group for the demonstration-city campaign' },
      columns: { seat: code(), role_zh: value('text'), role_en: value('text'), holder_zh: value('text'), holder_en: value('text') },
    },
  },
});
