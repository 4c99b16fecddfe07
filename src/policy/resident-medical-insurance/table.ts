import { defineTable, dimension, param, value } from '../../tables/kit';

/**
 * 嘉兴市人民政府办公室关于调整市本级城乡居民基本医疗保险有关规定的通知 (嘉政办发〔2014〕101号). The keys below
 * are the ones ./resident-medical-*.ts read; the workbook holds the document's other figures too.
 * Values 101号 leaves "unchanged" (level-2/3 outpatient ratios, the annual outpatient cap) live in
 * 嘉政办发〔2013〕159号, which is not in the gazette: their cells are empty and the calculators answer 422.
 */
export const residentMedicalInsurance = defineTable({
  id: 'resident-medical-insurance',
  parameters: {
    // 一: the 2015 funding standard, 元/人/年 (rows for 2015 only)
    'funding.total': param('CNY/person/year'),
    'funding.individual': param('CNY/person/year'),
    'funding.subsidy.total': param('CNY/person/year'),
    'funding.subsidy.province_and_city': param('CNY/person/year'),
    'funding.subsidy.district': param('CNY/person/year'),
    'funding.subsidy.town': param('CNY/person/year'),
    // 一: critical-illness premium, a share of the year-before-last rural per-capita net income
    'critical_illness.premium_rate': param('ratio'),
    'critical_illness.base_income': param('CNY/person/year'), // not published; the request may give it
    'critical_illness.base_year_lag': param('years'),
    'critical_illness.funded_from': param('text'),
    // 二: 门诊年度最高补偿额不变 — not published (嘉政办发〔2013〕159号)
    'outpatient.annual_cap': param('CNY/year'),
    // 三: bills of insured people registered as living elsewhere settle as local bills
    'offsite.settled_as_local': param('boolean'),
  },
  scales: {
    outpatient_ratios: {
      label: { zh: '门（急）诊医疗费用报销比例：按医疗机构类别', en: 'Outpatient and emergency reimbursement ratio by facility kind' },
      columns: {
        facility_kind: dimension(['level1_essential_drugs', 'level1_other', 'level2', 'level3']),
        ratio: value('ratio'),
      },
    },
  },
});
