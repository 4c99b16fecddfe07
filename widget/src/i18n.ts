import type { Lang, Localized } from './types';

/** Words of the widget's own interface. */
export const UI = {
  loading: { zh: '正在加载计算器…', en: 'Loading the calculator…' },
  loadFailed: { zh: '无法加载计算器', en: 'The calculator could not be loaded' },
  unknownCalculator: { zh: '没有这个计算器', en: 'No such calculator' },
  calculate: { zh: '计算', en: 'Calculate' },
  calculating: { zh: '正在计算…', en: 'Calculating…' },
  reset: { zh: '恢复示例', en: 'Reset to the example' },
  switchTo: { zh: 'English', en: '中文' },
  switchToLabel: { zh: 'Switch to English', en: '切换到中文' },
  add: { zh: '添加', en: 'Add' },
  remove: { zh: '删除', en: 'Remove' },
  // the noun of a list's item when its presentation names none (a long description is no noun: "第 1 个Every firm…")
  item: { zh: '项', en: 'Item' },
  addItem: { zh: '添加一项', en: 'Add an item' },
  choose: { zh: '请选择', en: 'Choose…' },
  optional: { zh: '选填', en: 'optional' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  yuan: { zh: '元', en: 'yuan' },
  result: { zh: '计算结果', en: 'Result' },
  total: { zh: '合计', en: 'Total' },
  howCalculated: { zh: '计算过程与依据', en: 'How was this calculated?' },
  basis: { zh: '依据', en: 'Rule' },
  formula: { zh: '算式', en: 'Arithmetic' },
  outcome: { zh: '结果', en: 'Result' },
  fixErrors: { zh: '请修改以下内容后再计算：', en: 'Please correct the following and calculate again:' },
  problem: { zh: '无法计算', en: 'Could not calculate' },
  network: { zh: '无法连接计算服务，请稍后再试。', en: 'The calculation service could not be reached. Please try again later.' },
  done: { zh: '计算完成。', en: 'Calculation complete.' },
  chartTitle: { zh: '费用分担', en: 'Who pays what' },
  stale: { zh: '结果已过期，请重新计算。', en: 'This result is out of date: calculate again.' },
  notices: { zh: '请注意', en: 'Please note' },
  moreErrors: { zh: '另有 {n} 处错误未列出。', en: '{n} more not listed.' },
  invalidValue: { zh: '此项填写有误，请检查', en: 'This value is not valid' },
  notKnown: { zh: '不确定', en: 'Not known' },
  carriedForward: { zh: '{n}（数值沿用，未经核对）', en: '{n} (values carried forward, not checked)' },
  undetermined: { zh: '尚不能确定', en: 'Not yet determined' },
  none: { zh: '无', en: 'None' },
  // validation messages (client side, before the request is sent)
  required: { zh: '请填写此项', en: 'This field is required' },
  requiredChoice: { zh: '请选择一项', en: 'Please choose one' },
  notNumber: { zh: '请输入数字', en: 'Enter a number' },
  notInteger: { zh: '请输入整数', en: 'Enter a whole number' },
  badGrouping: { zh: '请检查千位分隔符，例如 1,200', en: 'Check the thousands separators, e.g. 1,200' },
  tooSmall: { zh: '不能小于 {n}', en: 'Must be at least {n}' },
  tooLarge: { zh: '不能大于 {n}', en: 'Must be at most {n}' },
  tooManyDecimals: { zh: '金额最多两位小数', en: 'At most two decimals (fen)' },
  badDate: { zh: '请输入有效日期（年-月-日）', en: 'Enter a valid date (YYYY-MM-DD)' },
  badPattern: { zh: '格式不正确', en: 'Wrong format' },
  duplicate: { zh: '与前面的一行重复', en: 'Appears twice' },
  tooFewItems: { zh: '至少需要 {n} 项', en: 'Add at least {n}' },
  tooManyItems: { zh: '最多 {n} 项', en: 'At most {n}' },
} satisfies Record<string, Localized>;

export type UiKey = keyof typeof UI;

export const tr = (l: Localized, lang: Lang) => (lang === 'en' ? l.en : l.zh);
export const t = (key: UiKey, lang: Lang, n?: number | string) => tr(UI[key], lang).replace('{n}', n === undefined ? '' : String(n));

/**
 * Labels of common request and response field names, shared by the calculators of this API (a calculator
 * overlay can still give a more specific label). Keys are property names.
 */
export const FIELD_LABELS: Record<string, Localized> = {
  // only words that mean the same in every calculator: a `level` is a hospital's in one and an alert's in another
  year: { zh: '年度', en: 'Year' },
  date: { zh: '日期', en: 'Date' },
  birthDate: { zh: '出生日期', en: 'Date of birth' },
  status: { zh: '人员类别', en: 'Status' },
  scheme: { zh: '参保类型', en: 'Scheme' },
  person: { zh: '参保人', en: 'Insured person' },
  amount: { zh: '金额（元）', en: 'Amount (yuan)' },
  eligibleAmount: { zh: '符合规定的费用（元）', en: 'Eligible amount (yuan)' },
  months: { zh: '月数', en: 'Months' },
  kind: { zh: '类别', en: 'Type' },
  // outputs
  eligible: { zh: '符合规定的费用', en: 'Eligible amount' },
  pooledFund: { zh: '统筹基金支付', en: 'Pooled fund' },
  personalAccount: { zh: '个人账户支付', en: 'Personal account' },
  criticalIllness: { zh: '大病保险支付', en: 'Critical-illness insurance' },
  selfBurden: { zh: '个人自负', en: 'Own share' },
  selfPay: { zh: '个人自费', en: 'Self-pay' },
  monthlyCredit: { zh: '每月划入个人账户', en: 'Monthly credit to the personal account' },
  annualCredit: { zh: '全年划入个人账户', en: 'Annual credit to the personal account' },
  ageOnFirstJanuary: { zh: '当年1月1日年龄', en: 'Age on 1 January' },
  account: { zh: '个人账户', en: 'Personal account' },
  opening: { zh: '年初余额', en: 'Opening balance' },
  closing: { zh: '年末余额', en: 'Closing balance' },
  totals: { zh: '合计', en: 'Totals' },
};

/** Labels of the parts every check's answer has (src/engine/verdict.ts, not-published values), before FIELD_LABELS. */
export const RESULT_LABELS: Record<string, Localized> = {
  status: { zh: '结论', en: 'Outcome' },
  citation: { zh: '依据', en: 'Source' },
  notAssessed: { zh: '未能判断的事项', en: 'Not assessed' },
  reason: { zh: '原因', en: 'Reason' },
  fields: { zh: '需要补充的信息', en: 'Information needed' },
  text: { zh: '说明', en: 'Explanation' },
  missing: { zh: '原文未公布的数值', en: 'Values not published' },
  unpublished: { zh: '原文未公布的数值', en: 'Values not published' },
};

/** Labels of common enumeration values, by value. */
export const VALUE_LABELS: Record<string, Localized> = {
  employed: { zh: '在职', en: 'Employed' },
  retired: { zh: '退休', en: 'Retired' },
  outpatient: { zh: '门诊', en: 'Outpatient' },
  inpatient: { zh: '住院', en: 'Inpatient' },
  'designated-disease': { zh: '规定病种', en: 'Designated disease' },
  'home-sickbed': { zh: '家庭病床', en: 'Home sickbed' },
  true: { zh: '是', en: 'Yes' },
  false: { zh: '否', en: 'No' },
  // verdicts (src/engine/verdict.ts) and why something was not assessed
  met: { zh: '符合', en: 'Met' },
  not_met: { zh: '不符合', en: 'Not met' },
  not_applicable: { zh: '不适用', en: 'Not applicable' },
  not_assessed: { zh: '尚不能确定', en: 'Not yet determined' },
  'not-published': { zh: '原文未公布', en: 'Not published in the source' },
  'input-not-given': { zh: '未提供所需信息', en: 'Information not given' },
  'not-in-force': { zh: '当日没有有效规定', en: 'No rule in force on that date' },
};

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * The API's field descriptions mix Chinese and English ("Eligible amount 符合规定支付范围的费用 (yuan)").
 * For one language keep that language's words: Chinese runs for zh, the rest for en. Returns '' when
 * nothing of that language is left.
 */
export function descriptionIn(description: string | undefined, lang: Lang): string {
  if (!description) return '';
  if (!CJK.test(description)) return lang === 'en' ? description.trim() : '';
  if (lang === 'zh-CN') {
    const runs =
      description.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef0-9]+(?:[\s/、·-]*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef0-9]+)*/g) ?? [];
    return runs.filter((r) => CJK.test(r) && !/^第.+条$/.test(r)).join('，');
  }
  const stripped = description
    .replace(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+[0-9]*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]*/g, ' ')
    .replace(/\s*\/\s*(?=[,;)]|$)/g, '')
    .replace(/,\s*\)/g, ')')
    .replace(/\(\s*,?\s*\)/g, '')
    .replace(/\s+([,;:)])/g, '$1')
    .replace(/([(])\s+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:/]+|[\s,;:/]+$/g, '');
  return /[a-z]{3}/i.test(stripped) ? stripped : '';
}

/** "birthDate" → "Birth date"; "pre_liberation" → "Pre liberation". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The name of one item of a list, from its noun: "第 2 笔费用" / "Bill 2". A noun may carry its own pattern with
 * `{n}` ("第{n}天"); otherwise the measure word follows the noun (笔 for money, 家 for firms, else 个).
 */
export function itemName(noun: string, index: number, lang: Lang): string {
  const n = index + 1;
  if (noun.includes('{n}')) return noun.replace('{n}', String(n));
  if (lang === 'en') return `${noun} ${n}`;
  const measure = /^(日|天|年|月|项|条|行)$/.test(noun)
    ? ''
    : /(费|费用|款|金|额|单|账)$/.test(noun)
      ? '笔'
      : /(企业|公司|单位|厂|户)$/.test(noun)
        ? '家'
        : '个';
  return `第 ${n} ${measure}${noun}`;
}
