import type { CalculatorDocs } from '../../engine/calculator';
import { fromFirst } from '../../engine/sample-dates';
import type { residentMedicalOutpatient } from './resident-medical-outpatient';

const FACILITY = {
  level1_essential_drugs: {
    zh: '一级及以下医疗机构（实行国家基本药物制度，如社区卫生服务机构）',
    en: 'Level 1 or below, with the national essential-drug system (such as a community health centre)',
  },
  level1_other: {
    zh: '一级及以下医疗机构（未实行国家基本药物制度）',
    en: 'Level 1 or below, without the national essential-drug system',
  },
  level2: { zh: '二级（县级）医疗机构', en: 'Level 2 (county) hospital' },
  level3: { zh: '三级（市级）医疗机构', en: 'Level 3 (city) hospital' },
};

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '居民医保门（急）诊报销', en: 'Resident medical insurance: outpatient reimbursement' },
  description: {
    zh: '按嘉政办发〔2014〕101号第二条的报销比例计算每笔门（急）诊费用的报销额，并受门诊年度最高补偿额限制。原文只写“不变”、没有公布的数值（二级、三级医疗机构的报销比例和门诊年度最高补偿额）不作推测：相应金额显示为无法计算，并说明缺少哪一项。',
    en: 'Outpatient and emergency reimbursement at the ratios of 嘉政办发〔2014〕101号 二, within the annual outpatient maximum. Values the notice only calls “unchanged” and does not publish (the level-2 and level-3 ratios, the annual maximum) are never guessed: the amounts that need them are left blank, with the value that is missing.',
  },
  /** The first bill moves to the date; the other bills keep their distance to it. */
  sampleAt: fromFirst('bills', 'date'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；实际报销以医保经办机构的结算为准。',
    en: 'An estimate from the published rules, for information only; the medical insurance agency’s settlement decides.',
  },
  readings: [
    {
      article: '二',
      text: {
        zh: '“居民医保基金门诊年度最高补偿额不变”适用于全部门（急）诊补偿，一级及以下医疗机构也不例外，所以每笔报销都受年度最高补偿额限制；该限额沿用以前的规定（嘉政办发〔2013〕159号），本文件未公布，因此基金实际支付额答复“未公布”，并说明缺少哪一项。',
        en: '“The fund’s annual outpatient maximum is unchanged” covers all outpatient compensation, level-1 facilities included, so every bill is bounded by it; the maximum stays as set before (嘉政办发〔2013〕159号) and is not published in this document, so what the fund pays is answered as not published, naming what is missing.',
      },
    },
    {
      article: '二',
      text: {
        zh: '二级（县级）、三级（市级）医疗机构的报销比例“不变”，本文件未公布具体比例：这类票据的报销额答复“未公布”并说明原因。',
        en: 'The ratios of level-2 (county) and level-3 (city) facilities are “unchanged” and not published in this document: such a bill’s reimbursement is answered as not published, with the reason.',
      },
    },
    {
      article: '二',
      text: {
        zh: '“年度”按自然年理解：每年1月1日重新累计，按票据日期适用当时有效的比例和限额；票据日期没有有效比例的，不作计算。',
        en: 'The “year” is the calendar year: the running total restarts on 1 January, and each bill takes the ratios and cap in force on its date; a bill dated when no ratio is in force is not computed.',
      },
    },
    {
      article: '二',
      text: {
        zh: '“最高补偿额”限制的是基金支付的补偿额，所以累计的是已报销金额，不是医疗费用；累计正好达到限额是允许的。某一笔无法结算时，同一年以后各笔能报销多少也无法确定。',
        en: 'The maximum limits what the fund pays, so the running total adds up reimbursements, not expenses; reaching the cap exactly is allowed. Once one bill of a year cannot be settled, what later bills of that year get cannot be known either.',
      },
    },
    {
      article: '二',
      text: {
        zh: '请填写符合规定范围的门（急）诊费用；哪些费用符合规定由以前的规定（嘉政办发〔2013〕159号）确定。本文件没有规定门诊起付标准，答复不扣起付标准。',
        en: 'Enter the eligible outpatient expense; what is eligible is set by the earlier rules (嘉政办发〔2013〕159号). This document sets no outpatient deductible, and the answer deducts none.',
      },
    },
    {
      article: '三',
      text: {
        zh: '已办理异地安置备案的参保人员，在居住地选定的定点医疗机构就医“视同在我市定点医疗机构发生”，按所选机构的类别填写，按同样规则结算。',
        en: 'For insured people registered as living elsewhere, care at the facilities they chose there counts “as at a designated facility of this city”: enter the kind of the chosen facility, and the same rules apply.',
      },
    },
    {
      article: '二',
      text: {
        zh: '每笔票据的报销额四舍五入到分，合计为各笔取整后金额之和。',
        en: 'Each bill’s reimbursement is rounded half-up to the fen; totals are sums of the rounded amounts.',
      },
    },
  ],
  presentation: {
    fields: {
      bills: {
        label: { zh: '门（急）诊费用', en: 'Outpatient bills' },
      },
      'bills.*.date': {
        label: { zh: '就诊日期', en: 'Date of the visit' },
      },
      'bills.*.facilityKind': {
        label: { zh: '就诊机构', en: 'Where you were treated' },
        help: {
          zh: '不同机构的报销比例不同（第二条）',
          en: 'Each kind of facility has its own ratio (part 二)',
        },
        options: FACILITY,
      },
      'bills.*.amount': {
        label: { zh: '符合规定的费用（元）', en: 'Eligible amount (yuan)' },
        help: {
          zh: '符合居民医保规定范围的门（急）诊医疗费用',
          en: 'Outpatient costs within the scheme’s coverage',
        },
      },
      priorReimbursed: {
        label: { zh: '本次之前当年已报销的门诊费用', en: 'Outpatient reimbursement already paid this year' },
        help: {
          zh: '基金在这些费用之前已支付的门诊报销额，按年度填写；没有的不填',
          en: 'What the fund already paid for outpatient care before these bills, by year; leave empty if none',
        },
      },
      'priorReimbursed.$key': {
        label: { zh: '年度', en: 'Year' },
      },
      'priorReimbursed.*': {
        label: { zh: '已报销金额（元）', en: 'Already paid (yuan)' },
      },
    },
    controls: {
      'bills.*.facilityKind': 'radio',
    },
    items: {
      bills: { zh: '费用', en: 'Bill' },
      priorReimbursed: { zh: '年度', en: 'Year' },
    },
    results: {
      labels: {
        bills: { zh: '每笔费用', en: 'Bill by bill' },
        amount: { zh: '符合规定的费用', en: 'Eligible amount' },
        ratio: { zh: '报销比例', en: 'Ratio' },
        gross: { zh: '按比例应报销', en: 'Share at the ratio' },
        annualCap: { zh: '门诊年度最高补偿额', en: 'Annual outpatient maximum' },
        reimbursed: { zh: '基金支付', en: 'Paid by the fund' },
        selfPay: { zh: '个人负担', en: 'Left to you' },
        capLimited: { zh: '受年度最高补偿额限制', en: 'Limited by the annual maximum' },
        totals: { zh: '合计', en: 'Totals' },
        reimbursedByYear: { zh: '各年度基金已支付的门诊报销', en: 'Outpatient reimbursement paid by the fund, by year' },
        missing: { zh: '原文未公布的数值', en: 'Values not published' },
        'missing.*.date': { zh: '适用日期', en: 'On' },
        'missing.*.note': { zh: '原文情况', en: 'What the source says' },
        'missing.*.text': { zh: '缺少的数值', en: 'Missing value' },
      },
      tables: {
        bills: {
          label: { zh: '每笔费用', en: 'Bill by bill' },
          columns: [
            { key: 'index', label: { zh: '序号', en: 'Bill' }, index: true },
            { key: 'date', label: { zh: '日期', en: 'Date' } },
            { key: 'facilityKind', label: { zh: '机构', en: 'Facility' } },
            { key: 'amount', label: { zh: '费用', en: 'Eligible' } },
            { key: 'ratio', label: { zh: '比例', en: 'Ratio' } },
            { key: 'gross', label: { zh: '按比例应报销', en: 'At the ratio' } },
            { key: 'annualCap', label: { zh: '年度最高补偿额', en: 'Annual maximum' } },
            { key: 'reimbursed', label: { zh: '基金支付', en: 'Fund pays' } },
            { key: 'selfPay', label: { zh: '个人负担', en: 'Left to you' } },
            { key: 'capLimited', label: { zh: '受限额影响', en: 'Capped' } },
          ],
        },
      },
      options: {
        'bills.*.facilityKind': {
          level1_essential_drugs: { zh: '一级及以下（基本药物制度）', en: 'Level 1, essential drugs' },
          level1_other: { zh: '一级及以下（其他）', en: 'Level 1, other' },
          level2: { zh: '二级（县级）', en: 'Level 2 (county)' },
          level3: { zh: '三级（市级）', en: 'Level 3 (city)' },
        },
      },
    },
  },
} satisfies CalculatorDocs<typeof residentMedicalOutpatient>;
