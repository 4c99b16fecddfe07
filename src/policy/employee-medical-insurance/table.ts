import { code, defineTable, dimension, param, range, value } from '../../tables/kit';

/**
 * 嘉兴市职工基本医疗保险暂行办法 (嘉政发〔2014〕87号). The keys below are the ones the calculators in
 * ./employee-medical-*.ts read; the workbook holds every other figure of the document too.
 */
export const employeeMedicalInsurance = defineTable({
  id: 'employee-medical-insurance',
  parameters: {
    'contribution.base': param('CNY/year'), // 第九条: 上上年度市区全社会在岗职工平均工资, not published
    'contribution.paid_monthly': param('boolean'), // 第九条: 按月缴纳 (monthly base = base ÷ 12)
    'contribution.self_employed.pays_combined_rates': param('boolean'), // 第十二条
    'contribution.critical_illness.rate': param('ratio'), // 第三十条
    'contribution.critical_illness.from_pooled_fund': param('ratio'),
    'contribution.critical_illness.from_public_finance': param('ratio'),
    'contribution.required_years.male': param('years'), // 第十四条
    'contribution.required_years.female': param('years'),
    'contribution.required_years.exempt_retired_before': param('date'),
    'contribution.shortfall_rate': param('ratio'),
    'transfer.fee_per_year': param('CNY/year'), // 第十六条
    'transfer.until_age': param('years'),
    'transfer.min_years': param('years'),
    'transfer.reduction': param('ratio'),
    'transfer.arrears_monthly_base': param('CNY/month'),
    'transfer.arrears_rate': param('ratio'),
    'transfer.arrears_counted_until': param('date'),
    'transfer.arrears_retired_before': param('date'),
    'benefits.start_after_payment_months': param('months'), // 第十三条
    'inpatient.annual_cap': param('CNY'), // 第二十六条
    'inpatient.retired_ratio_increase': param('percentage-point'), // 第二十三条（二）、第二十四条（二）
    'inpatient.deductible_max_admissions': param('count'),
    'designated_disease.ratio_level': param('enum', ['1', '2', '3']), // 第二十七条
    'designated_disease.deductible': param('CNY'),
    'designated_disease.herbal_cap_per_dose': param('CNY/dose'),
    'home_sickbed.deductible_per_month': param('CNY/month'), // 第二十八条
    'home_sickbed.cap_per_month': param('CNY/month'),
    'home_sickbed.fund_ratio': param('ratio'),
    'veteran.outpatient_deductible': param('CNY'), // 第二十九条
    'veteran.outpatient_ratio': param('ratio'),
    'veteran.inpatient_self_burden_ratio': param('ratio'),
    'critical_illness.above_cap_ratio': param('ratio'), // 第三十条
  },
  scales: {
    contribution_rates: {
      label: { zh: '缴费费率', en: 'Contribution rates' },
      columns: {
        scheme: dimension(['A', 'B']),
        payer: dimension(['employer', 'employee']),
        status: dimension(['employed', 'retired', 'any']),
        rate: value('ratio'),
      },
    },
    account_credit: {
      label: { zh: '个人账户按月划入标准', en: 'Personal account monthly credit' },
      columns: {
        status: dimension(['employed', 'retired']),
        age: range('years'),
        monthly_credit: value('CNY/month'),
      },
    },
    outpatient_schemes: {
      label: { zh: '门诊统筹', en: 'Outpatient pooling by scheme' },
      columns: {
        scheme: dimension(['A', 'B']),
        deductible_employed: value('CNY'),
        deductible_retired: value('CNY'),
        cap: value('CNY'),
        ratio_community: value('ratio'),
        ratio_other: value('ratio'),
      },
    },
    inpatient_levels: {
      label: { zh: '住院：按医疗机构级别', en: 'Inpatient: by facility level' },
      columns: {
        level: dimension(['1', '2', '3']),
        deductible: value('CNY/admission'),
        fund_ratio: value('ratio'),
      },
    },
    critical_illness_bands: {
      label: { zh: '大病保险：个人自负累计分段补助', en: 'Critical-illness insurance: self-burden bands' },
      columns: {
        self_burden: range('CNY'),
        ratio: value('ratio'),
      },
    },
    out_of_area: {
      label: { zh: '市外就医先行自付', en: 'Out-of-area care: share paid first by the insured' },
      columns: {
        location: dimension(['referral-hangzhou-shanghai', 'emergency-out-of-city', 'referral-other', 'unregistered']),
        self_pay_ratio: value('ratio'),
        settle_as_level: value('enum', ['as-treated', '1', '2', '3']), // unregistered care settles as level 3 (第三十四条)
      },
    },
    schemes: {
      label: { zh: '统账结合类型', en: 'Scheme types' },
      columns: { scheme: dimension(['A', 'B']), name_zh: value('text'), name_en: value('text'), personal_account: value('boolean') },
    },
    account_uses: {
      label: { zh: '个人账户支付范围', en: 'What the personal account pays' },
      columns: { item: code(), text_zh: value('text'), text_en: value('text') },
    },
    home_sickbed_conditions: {
      label: { zh: '家庭病床设立条件', en: 'Home sickbed conditions' },
      columns: { condition: code(), text_zh: value('text'), text_en: value('text') },
    },
    excluded_expenses: {
      label: { zh: '基金不予支付的费用', en: 'Expenses the fund does not pay' },
      columns: { item: code(), text_zh: value('text'), text_en: value('text') },
    },
    special_groups: {
      label: { zh: '特殊人员', en: 'Special groups' },
      columns: { group: code(), text_zh: value('text'), text_en: value('text') },
    },
    related_documents: {
      label: { zh: '相关文件', en: 'Related documents' },
      columns: { number: code(), title_zh: value('text'), title_en: value('text'), relation: value('enum') },
    },
    designated_diseases: {
      label: { zh: '门诊特殊病种', en: 'Designated (special) outpatient diseases' },
      columns: {
        code: dimension([
          'cancer-radio-chemotherapy',
          'uremia',
          'organ-transplant-anti-rejection',
          'aplastic-anemia',
          'systemic-lupus-erythematosus',
          'hemophilia',
          'severe-mental-illness',
          'tuberculosis-adjuvant',
          'aids-opportunistic-infection',
        ]),
        name_zh: value('text'),
        name_en: value('text'),
      },
    },
  },
});
