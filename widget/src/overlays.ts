/**
 * Hand-designed refinements for calculators that citizens use most. Everything not named here comes from
 * the calculator's JSON Schema, so a field added to the API still appears in the form.
 */
import type { FormOverlay } from './form-model';
import type { ResultOverlay } from './result-model';

const settlementForm: FormOverlay = {
  labels: {
    year: { zh: '结算年度', en: 'Settlement year' },
    person: { zh: '参保人信息', en: 'About the insured person' },
    'person.scheme': { zh: '参保类型', en: 'Insurance scheme' },
    'person.status': { zh: '人员类别', en: 'Employment status' },
    'person.preLiberationVeteran': { zh: '建国前参加革命工作的老工人', en: 'Veteran worker who joined revolutionary work before 1949' },
    currentYearAccount: { zh: '当年个人账户余额（元）', en: 'Current-year personal account balance (yuan)' },
    claims: { zh: '医疗费用', en: 'Medical bills' },
    'claims.*.kind': { zh: '费用类别', en: 'Type of care' },
    'claims.*.date': { zh: '就诊日期', en: 'Date of the bill' },
    'claims.*.inpatient.date': { zh: '入院日期', en: 'Admission date' },
    'claims.*.home-sickbed.date': { zh: '建床日期', en: 'Date the home sickbed was set up' },
    'claims.*.facility': { zh: '就诊机构', en: 'Where you were treated' },
    'claims.*.eligibleAmount': { zh: '符合规定的费用（元）', en: 'Eligible amount (yuan)' },
    'claims.*.level': { zh: '医院级别', en: 'Hospital level' },
    'claims.*.location': { zh: '就医地点', en: 'Where the stay took place' },
    'claims.*.herbalDoses': { zh: '中药饮片帖数', en: 'Doses of herbal medicine' },
    'claims.*.herbalAmount': { zh: '其中中药饮片费用（元）', en: 'Of which herbal medicine (yuan)' },
    'claims.*.months': { zh: '家庭病床月数', en: 'Months of home sickbed' },
  },
  hints: {
    year: { zh: '按自然年结算（1月1日至12月31日）', en: 'Calendar year, 1 January to 31 December' },
    'person.birthDate': { zh: '按当年1月1日的年龄确定个人账户划入档次', en: 'The age on 1 January sets the personal account band' },
    currentYearAccount: {
      zh: '不填则按全年划入额计算；统账一参保人员不填',
      en: 'Leave empty to use twelve months of credit; leave empty for scheme A',
    },
    'claims.*.eligibleAmount': {
      zh: '医保支付范围内的费用，不含全自费项目',
      en: 'Costs inside the insurance’s coverage, without items you pay wholly yourself',
    },
    'claims.*.designated-disease.eligibleAmount': { zh: '含中药饮片费用', en: 'Including herbal medicine' },
    'claims.*.location': { zh: '市外就医须先自理一部分', en: 'Care outside the city: you first pay a share yourself' },
  },
  options: {
    'person.scheme': {
      A: { zh: '统账一（不设个人账户）', en: 'Scheme A – 统账一 (no personal account)' },
      B: { zh: '统账二（设个人账户）', en: 'Scheme B – 统账二 (with a personal account)' },
    },
    'claims.*.facility': {
      community: { zh: '社区卫生服务机构', en: 'Community health centre' },
      other: { zh: '其他医疗机构或药店', en: 'Other hospital or pharmacy' },
    },
    'claims.*.level': {
      1: { zh: '一级及以下（社区）', en: 'Level 1 or community' },
      2: { zh: '二级（县级）', en: 'Level 2 (county)' },
      3: { zh: '三级（市级）', en: 'Level 3 (city)' },
    },
    'claims.*.location': {
      local: { zh: '本市（含异地安置）', en: 'In Jiaxing (or settled elsewhere)' },
      'referral-hangzhou-shanghai': { zh: '经转诊到杭州、上海', en: 'Referred to Hangzhou or Shanghai' },
      'referral-other': { zh: '经转诊到其他地区', en: 'Referred elsewhere' },
      'emergency-out-of-city': { zh: '市外急诊', en: 'Emergency outside the city' },
      unregistered: { zh: '未办理转诊登记', en: 'Outside the city without a referral' },
    },
  },
  controls: {
    'person.scheme': 'radio',
    'person.status': 'radio',
    'claims.*.facility': 'radio',
    'claims.*.level': 'radio',
  },
  // One admission at one level is what a citizen has on a bill; transfers between levels stay an API feature.
  hidden: ['claims.*.inpatient.segments'],
  required: ['claims.*.inpatient.level', 'claims.*.inpatient.eligibleAmount'],
  itemLabels: { claims: { zh: '费用', en: 'Bill' } },
};

const settlementResult: ResultOverlay = {
  tables: {
    claims: {
      label: { zh: '每笔费用', en: 'Bill by bill' },
      columns: [
        { key: 'index', label: { zh: '序号', en: 'Bill' }, index: true },
        { key: 'kind', label: { zh: '类别', en: 'Type' } },
        { key: 'date', label: { zh: '日期', en: 'Date' } },
        { key: 'eligible', label: { zh: '费用', en: 'Eligible' } },
        { key: 'pooledFund' },
        { key: 'personalAccount' },
        { key: 'criticalIllness' },
        { key: 'selfBurden' },
        { key: 'selfPay' },
      ],
    },
  },
  labels: {
    account: { zh: '个人账户', en: 'Personal account' },
    monthlyCredit: { zh: '每月划入', en: 'Monthly credit' },
    opening: { zh: '当年可用', en: 'Available this year' },
    closing: { zh: '年末余额', en: 'Left at the end of the year' },
  },
};

export const FORM_OVERLAYS: Record<string, FormOverlay> = { 'employee-medical-settlement': settlementForm };
export const RESULT_OVERLAYS: Record<string, ResultOverlay> = { 'employee-medical-settlement': settlementResult };
