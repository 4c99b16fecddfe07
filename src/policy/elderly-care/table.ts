import { defineTable, dimension, param, range, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府印发关于加快发展养老服务业的实施意见的通知 (嘉政发〔2014〕86号). The parameters declared are the
 * ones ./elderly-care-*.ts read (the workbook holds every other figure of the document as
 * informational rows); every scale sheet of the workbook is declared with its columns and codes.
 */
export const elderlyCare = defineTable({
  id: 'elderly-care',
  parameters: {
    // 二（三）12（2）: home-care premises in new urban residential projects
    'housing.home_care_area_ratio_min': param('ratio'),
    'housing.home_care_area_min': param('m2'),
    'housing.block_home_care_area_ratio_min': param('ratio'),
    'housing.shortfall_cash_rate': param('CNY/m2'), // not published (货币补缴)
    // 二（二）7: one-off bed-construction subsidy and its 40% top-up
    'subsidy.bed_construction.base_per_bed': param('CNY/bed'), // not published; the request may give it
    'subsidy.bed_construction.nursing_uplift_rate': param('ratio'),
    'subsidy.bed_construction.nursing_occupancy_min': param('ratio'),
  },
  scales: {
    day_centre_coverage: {
      label: { zh: '社区居家养老服务照料中心覆盖目标', en: 'Coverage targets for community home-care day centres' },
      columns: {
        area: dimension(['urban', 'rural']),
        coverage: value('ratio'),
        deadline: value('date'),
      },
    },
    onsite_medical: {
      label: { zh: '养老机构内设医疗机构要求', en: 'On-site medical facilities of elderly-care institutions' },
      columns: {
        institution_type: dimension(['nursing', 'assisted_living']),
        beds: range('count'),
        requirement: value('enum', ['must_set_clinic', 'may_set_clinic_or_cooperate']),
        may_apply_hospital: value('boolean'),
      },
    },
    loan_hiring_threshold: {
      label: {
        zh: '贴息贷款：招用符合小额担保贷款条件人员占在职职工比例',
        en: 'Subsidised loan: hires meeting small guaranteed-loan conditions as a share of current staff',
      },
      columns: {
        staff: range('persons'),
        hire_share_min: value('ratio'),
      },
    },
    fee_relief: {
      label: { zh: '税费减免', en: 'Tax and fee relief' },
      columns: {
        item: dimension([
          'property_tax',
          'urban_land_use_tax',
          'corporate_income_tax',
          'business_tax',
          'farmland_occupation_tax',
          'disabled_employment_fund',
          'water_conservancy_fund',
          'urban_infrastructure_fee',
          'construction_admin_fees',
          'sewage_discharge_fee',
          'cable_tv_connection_fee',
          'cable_tv_maintenance_fee',
          'startup_admin_fees',
        ]),
        institution: dimension(['all', 'non_profit', 'for_profit', 'non_profit_recognised', 'sme_home_care', 'startup_target_group']),
        charge_share: value('ratio'),
        condition: value('text'),
      },
    },
    pricing_regime: {
      label: { zh: '养老机构收费定价方式', en: 'Pricing regime of institution fees' },
      columns: {
        ownership: dimension(['public', 'private']),
        fee_item: dimension(['basic', 'other', 'all']),
        regime: value('enum', ['government_guided', 'market']),
      },
    },
    land_policy: {
      label: { zh: '养老服务设施用地政策', en: 'Land policy for elderly-care facilities' },
      columns: {
        case: dimension([
          'allocated_conversion',
          'for_profit',
          'idle_assets',
          'non_profit',
          'non_profit_closure',
          'non_profit_collective_land',
          'private_paid_transfer',
          'use_restriction',
        ]),
        rule_zh: value('text'),
        rule_en: value('text'),
      },
    },
    target_groups: {
      label: { zh: '创业收费减免与贴息贷款的对象人群', en: 'Target groups of the start-up fee waiver and the subsidised loan' },
      columns: {
        scheme: dimension(['startup_fee_waiver', 'subsidised_loan_hires']),
        group: dimension([
          'disabled',
          'graduate',
          'hard_to_employ',
          'other_small_loan_eligible',
          'registered_unemployed',
          'retired_soldier',
          'urban_veteran',
        ]),
        condition: value('text'),
      },
    },
  },
});
