import { code, defineTable, dimension, param, value } from '../../tables/kit';
import { PROOF_CODES, EMPLOYMENT_ROUTES } from './codes';

/**
 * 嘉兴市人民政府办公室关于印发开展居住证制度改革试点工作的指导意见的通知 (嘉政办发〔2014〕98号). The keys below
 * are the ones ./residence-permit-*.ts read (plus the informational ones they cite); the permit rules
 * start on 2014-10-31 (二（二）) and are open-ended. The readings chosen are in the workbook notes.
 */
export const residencePermits = defineTable({
  id: 'residence-permits',
  parameters: {
    'document.issued_date': param('date'),
    'pilot.start_date': param('date'), // 二（二）: 自2014年10月31日起
    'pilot.period_years': param('years'), // 二（二）: 期限为一年
    'residence_permit.employment_months_min': param('months'), // 三（一）2: 6个月以上 (≥)
    'residence_permit.proof.labour_contract_term_months_min': param('months'), // 三（一）2（1）: 6个月以上 (≥)
    'residence_permit.proof.social_insurance_months_min': param('months'), // 三（一）2（1）（2）: 满6个月 (≥)
    'residence_permit.proof.social_insurance_window_years': param('years'), // 一年内
    'residence_permit.investor_talent_rules': param('text'), // not published (county-level rules)
    'county_rules.residence_proof': param('text'), // not published
    'county_rules.employment_proof': param('text'), // not published
    'endorsement.interval_years': param('years'), // 三（二）1: 每年签注一次
    'endorsement.window_months': param('months'), // 三（二）1: 最后1个月内
    'endorsement.overdue_effect': param('text'),
    'endorsement.late_grace_days': param('days'), // 三（二）1: 逾期60日内 (≤ day 60)
    'endorsement.late_residence_years_rule': param('text'),
    'cancellation.endorsement_overdue_days': param('days'), // 三（二）2（3）: 逾期60日未补办
    'transition.rule': param('text'), // 三（四）
  },
  scales: {
    permit_types: {
      label: { zh: '证件类型', en: 'Permit types' },
      columns: {
        permit: dimension(['temporary_permit', 'residence_permit']),
        name_zh: value('text'),
        name_en: value('text'),
        conditions_zh: value('text'),
        conditions_en: value('text'),
        points_managed: value('boolean'),
        parameter_keys: value('text'),
      },
    },
    residence_proofs: {
      label: { zh: '合法稳定住所证明材料', en: 'Proof of legal, stable accommodation' },
      columns: {
        proof: dimension(PROOF_CODES),
        item: value('text'),
        situation_zh: value('text'),
        situation_en: value('text'),
        documents_zh: value('text'),
        documents_en: value('text'),
        county_defined: value('boolean'),
      },
    },
    employment_proofs: {
      label: { zh: '合法稳定就业证明材料', en: 'Proof of legal, stable employment (residence permit)' },
      columns: {
        route: dimension(EMPLOYMENT_ROUTES),
        item: value('text'),
        documents_zh: value('text'),
        documents_en: value('text'),
        parameter_keys: value('text'),
        county_defined: value('boolean'),
      },
    },
    cancellation_grounds: {
      label: { zh: '注销情形', en: 'Grounds for cancelling a permit' },
      columns: {
        ground: dimension(['false_materials', 'no_longer_eligible', 'endorsement_overdue', 'local_hukou', 'other_legal']),
        item: value('text'),
        item_zh: value('text'),
        item_en: value('text'),
        parameter_keys: value('text'),
      },
    },
    public_services: {
      label: { zh: '与居住证相关的公共服务', en: 'Public services linked to the permits' },
      columns: {
        holder: dimension(['registered_migrant', 'temporary_permit', 'residence_permit']),
        service: code(),
        item_zh: value('text'),
        item_en: value('text'),
      },
    },
    points_indicators: {
      label: { zh: '积分指标', en: 'Points indicators (residence-permit holders)' },
      columns: {
        indicator: code(),
        kind: value('enum', ['required_category', 'local_optional']),
        item_zh: value('text'),
        item_en: value('text'),
        includes_zh: value('text'),
        includes_en: value('text'),
      },
    },
  },
});
