import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { militaryFamilySelfEmploymentGrant } from './military-family-self-employment-grant';

/** 第二十八条 grounds, by the answer's code (exclusions[].ground). */
const GROUNDS = {
  same_area_employment: {
    zh: '现工作单位与部队驻地在同一市区、县（市）',
    en: 'Already working in the district or county where the unit is stationed',
  },
  false_or_incomplete_documents: { zh: '提供虚假材料或档案材料不全', en: 'False documents, or an incomplete personnel file' },
  retirement_age_this_year: { zh: '当年达到国家法定退休年龄', en: 'Reaches the statutory retirement age this year' },
  under_investigation: { zh: '受审查尚未作出结论', en: 'Under investigation, no conclusion yet' },
  already_placed: { zh: '已安置过', en: 'Already placed in work before' },
};

const AREA = {
  urban_districts: { zh: '嘉兴市区（南湖区、秀洲区）驻军', en: 'Jiaxing urban districts (Nanhu, Xiuzhou)' },
  counties: { zh: '各县（市）驻军', en: 'A county or county-level city' },
};

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '随军家属一次性自谋职业补助金', en: 'Military family: one-off self-employment grant' },
  description: {
    zh: '按嘉政发〔2014〕85号第二十条，计算随军家属选择自谋职业可领取的一次性自谋职业补助金，并扣除已享受的随军家属生活困难补助；属于第二十八条不予安置情形的不发。文件只公布了嘉兴市区驻军的标准，各县（市）驻军的标准未公布。',
    en: 'The one-off grant for a military family member who chooses self-employment, under 嘉政发〔2014〕85号, Article 20, less the hardship subsidy already received; nothing is due on an Article 28 ground for refusing placement. The document publishes the amount only for units stationed in the Jiaxing urban districts; the counties’ amount is not published.',
  },
  /** The date the rules apply on becomes the date. */
  sampleAt: onField('date'),
  readings: [
    {
      article: '第二十条、第三十一条',
      text: {
        zh: '补助金标准只公布了嘉兴市区驻军的标准；各县（市）参照执行的标准原文未公布，不作计算。',
        en: 'Only the urban-district standard is published; the counties’ standard is not, so it is not computed.',
      },
    },
    {
      article: '第二十条',
      text: {
        zh: '已享受的随军家属生活困难补助在补助金中扣除，最多扣到补助金为零，超出部分不要求退还。',
        en: 'The hardship subsidy received is deducted from the grant down to zero at most; any excess is not reclaimed.',
      },
    },
    {
      article: '第二十八条、第二十条',
      text: {
        zh: '领取自谋职业补助金视同已安置，因此第二十八条不予安置的情形也适用于补助金：属于任一情形的不发；各情形由调用方说明，未说明的不作判定。有情形未说明、也没有属于的情形时，是否可以领取尚不能确定，结果仍列出扣除后应发放的金额，属于不予安置情形的不发。',
        en: 'The grant counts as placement, so the 第二十八条 grounds for refusing placement apply to it: any ground met, nothing is due; the caller states each ground, and one not stated is not assessed. While a ground is not stated and none is met, entitlement is not yet determined and the answer still shows the amount due after the deduction, which is not paid if a ground applies.',
      },
    },
  ],
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；补助金由当地人民政府发放，实际金额以其核定为准。',
    en: 'An estimate from the published rules, for information only; the local people’s government pays the grant and its decision counts.',
  },
  presentation: {
    fields: {
      date: {
        label: { zh: '适用日期', en: 'Date the rules apply on' },
        help: { zh: '按这一天施行的规定计算，一般填申请日期', en: 'The rules in force on this day apply; usually the date you apply' },
      },
      garrisonArea: {
        label: { zh: '军人所在部队驻地', en: 'Where the serviceman’s unit is stationed' },
        help: {
          zh: '各县（市）指嘉善县、海盐县、海宁市、平湖市、桐乡市，其标准文件未公布',
          en: 'The counties are Jiashan, Haiyan, Haining, Pinghu and Tongxiang; their amount is not published',
        },
        options: AREA,
      },
      hardshipSubsidyReceived: {
        label: { zh: '已享受的随军家属生活困难补助（元）', en: 'Hardship subsidy for military families already received (yuan)' },
        help: { zh: '累计已领取的金额；没有领过的不填', en: 'The total received so far; leave empty if none' },
      },
      exclusionFacts: {
        label: { zh: '不予安置的情形', en: 'Grounds for refusing placement' },
        help: {
          zh: '按第二十八条，有任一情形的不予安置，也不发补助金；拿不准的选“不确定”，该项不作判定',
          en: 'Under Article 28 any one of these means no placement and no grant; if unsure, leave it unsure and it is not assessed',
        },
      },
      'exclusionFacts.sameAreaEmployment': {
        label: {
          zh: '现工作单位是否与部队驻地在同一市区、县（市）',
          en: 'Do you already work in the district or county where the unit is stationed?',
        },
      },
      'exclusionFacts.falseOrIncompleteDocuments': {
        label: {
          zh: '是否存在提供虚假材料或档案材料不全的情形',
          en: 'Were false documents given, or is the personnel file incomplete?',
        },
      },
      'exclusionFacts.retirementAgeThisYear': {
        label: { zh: '今年是否达到国家法定退休年龄', en: 'Do you reach the statutory retirement age this year?' },
      },
      'exclusionFacts.underInvestigation': {
        label: { zh: '是否正在接受审查、尚未作出结论', en: 'Are you under investigation with no conclusion yet?' },
      },
      'exclusionFacts.alreadyPlaced': {
        label: { zh: '以前是否已经安置过', en: 'Have you been placed in work before?' },
      },
    },
    controls: { garrisonArea: 'radio' },
    results: {
      labels: {
        date: { zh: '适用日期', en: 'Date the rules apply on' },
        garrisonArea: { zh: '部队驻地', en: 'Where the unit is stationed' },
        grantStandard: { zh: '补助金标准', en: 'Grant amount' },
        hardshipSubsidyReceived: { zh: '已享受的生活困难补助', en: 'Hardship subsidy already received' },
        deduction: { zh: '从补助金中扣除', en: 'Deducted from the grant' },
        grantDue: {
          zh: '扣除后应发放的补助金（属于不予安置情形的不发）',
          en: 'Grant to be paid after the deduction (none if a ground for refusal applies)',
        },
        excessNotDeducted: { zh: '超出标准、不再扣除的部分', en: 'Received above the grant, not deducted' },
        countsAsPlaced: {
          zh: '领取补助金后视同当地政府已安置就业',
          en: 'Taking the grant counts as placement in work by the local government',
        },
        eligible: { zh: '可以领取补助金', en: 'Entitled to the grant' },
        'notAssessed.*.text': { zh: '说明', en: 'Explanation' },
        defaultsApplied: { zh: '未填写或选“不确定”、按默认处理的内容', en: 'Left empty or “not sure”, taken as the default' },
      },
      options: {
        garrisonArea: AREA,
        'exclusions.*.ground': GROUNDS,
        'exclusions.*.status': {
          met: { zh: '属于', en: 'Applies' },
          not_met: { zh: '不属于', en: 'Does not apply' },
          not_assessed: { zh: '尚不能确定', en: 'Not yet determined' },
          not_applicable: { zh: '不适用', en: 'Not applicable' },
        },
        'notAssessed.*.item': Object.fromEntries(Object.entries(GROUNDS).map(([k, v]) => [`exclusions.${k}`, v])),
        'defaultsApplied.*': {
          '/hardshipSubsidyReceived': { zh: '已享受的生活困难补助（按没有领过）', en: 'Hardship subsidy received (taken as none)' },
          '/exclusionFacts': { zh: '不予安置的情形（均不作判定）', en: 'Grounds for refusing placement (none assessed)' },
        },
      },
      tables: {
        exclusions: {
          label: { zh: '不予安置的情形（第二十八条）', en: 'Grounds for refusing placement (Article 28)' },
          columns: [
            { key: 'ground', label: { zh: '情形', en: 'Ground' } },
            { key: 'status', label: { zh: '是否属于', en: 'Applies?' } },
          ],
        },
      },
    },
  },
} satisfies CalculatorDocs<typeof militaryFamilySelfEmploymentGrant>;
