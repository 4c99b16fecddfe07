import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { landRecoveryCheck } from './land-recovery-check';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '产业用地收回条件核查', en: 'Land supply: take-back check against the agreed targets' },
  description: {
    zh: '按嘉政办发〔2014〕106号二（三）3，把项目的亩均投入、亩均产出、亩均应缴税款与土地出让合同（产业用地投资协议）约定的数值比较：任何一项未达到约定数值的规定比例（比例按该文件的规定），或者不按项目准入要求生产经营的，土地出让方可按合同约定终止出让合同、收回土地；并列出收回时的处理方式，逐项注明依据。',
    en: 'Checks a project against its land transfer contract (or industrial-land investment agreement) under 嘉政办发〔2014〕106号 二（三）3: input, output or taxes due per mu under the required share of the agreed figure (the share comes from the policy table), or not operating as the entry requirements say, allow the transferor to end the contract and take the land back; lists what follows a take-back, each with its citation.',
  },
  /** The date of the check becomes the date. */
  sampleAt: onField('date'),
  disclaimer: {
    zh: '本结果按公开文件核查，仅供参考；是否终止合同、收回土地，以土地出让合同（协议）的约定和土地出让方的决定为准。',
    en: 'A check against the published rules, for information only; the transfer contract (agreement) and the transferor decide whether the contract is ended and the land taken back.',
  },
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '二（三）3',
      text: {
        zh: '“亩均投入产出、应缴税款”按三项分别核查：亩均投入、亩均产出、亩均应缴税款，任何一项未达到约定值的规定比例即属于收回情形；合同没有约定或请求没有给出的一项不作评估，也不假定。',
        en: '“Input/output per mu and taxes due” is read as three measures checked one by one (input, output and taxes due per mu); any one under the set share of the agreed figure is a ground. A measure the contract does not set, or the request does not give, is not assessed and never assumed.',
      },
    },
    {
      article: '二（三）3',
      text: {
        zh: '“未达到约定的规定比例”不含本数：恰好达到该比例不属于收回情形；按分精确比较。',
        en: '“Falls short of the set share of the agreed figure” excludes the bound: exactly that share is not a ground; compared exactly, to the fen.',
      },
    },
    {
      article: '二（三）3',
      text: {
        zh: '“土地出让方可按合同约定终止”：出现收回情形时出让方“可以”终止合同，并非自动收回；具体以合同约定为准。',
        en: '“The transferor may end the contract as the contract provides”: a ground allows it, it is not an automatic take-back; the contract decides.',
      },
    },
    {
      article: '二（三）3',
      text: {
        zh: '是否“按项目准入要求生产经营”由使用者填写（主管部门的认定）；不给出时不作评估。',
        en: 'Whether the project “operates as its entry requirements say” is given by the request (the competent department’s finding); not given, it is not assessed.',
      },
    },
  ],
  presentation: {
    fields: {
      date: {
        label: { zh: '核查日期', en: 'Date of the check' },
        help: { zh: '按这一天有效的规定核查', en: 'The rules in force on this day apply' },
      },
      investmentPerMu: {
        label: { zh: '亩均投入', en: 'Investment per mu' },
        help: {
          zh: '合同（协议）约定的数值和实际达到的数值；不填则不核查这一项',
          en: 'The figure the contract (agreement) sets and the one reached; leave empty and it is not checked',
        },
      },
      'investmentPerMu.agreed': {
        label: { zh: '约定亩均投入（元）', en: 'Agreed investment per mu (yuan)' },
        help: {
          zh: '土地出让合同（产业用地投资协议）约定的数值，须大于0',
          en: 'As the land transfer contract (investment agreement) sets it; more than 0',
        },
      },
      'investmentPerMu.actual': {
        label: { zh: '实际亩均投入（元）', en: 'Investment per mu reached (yuan)' },
        help: { zh: '与约定数值的口径和期间相同', en: 'Counted the same way and over the same period as the agreed figure' },
      },
      outputPerMu: {
        label: { zh: '亩均产出', en: 'Output per mu' },
        help: { zh: '例如亩均年销售收入；不填则不核查这一项', en: 'For example annual sales per mu; leave empty and it is not checked' },
      },
      'outputPerMu.agreed': {
        label: { zh: '约定亩均产出（元）', en: 'Agreed output per mu (yuan)' },
        help: { zh: '合同（协议）约定的数值，须大于0', en: 'As the contract (agreement) sets it; more than 0' },
      },
      'outputPerMu.actual': {
        label: { zh: '实际亩均产出（元）', en: 'Output per mu reached (yuan)' },
        help: { zh: '与约定数值的口径和期间相同', en: 'Counted the same way and over the same period as the agreed figure' },
      },
      taxPerMu: {
        label: { zh: '亩均应缴税款', en: 'Taxes due per mu' },
        help: { zh: '不填则不核查这一项', en: 'Leave empty and it is not checked' },
      },
      'taxPerMu.agreed': {
        label: { zh: '约定亩均应缴税款（元）', en: 'Agreed taxes due per mu (yuan)' },
        help: { zh: '合同（协议）约定的数值，须大于0', en: 'As the contract (agreement) sets it; more than 0' },
      },
      'taxPerMu.actual': {
        label: { zh: '实际亩均应缴税款（元）', en: 'Taxes due per mu reached (yuan)' },
        help: { zh: '与约定数值的口径和期间相同', en: 'Counted the same way and over the same period as the agreed figure' },
      },
      operatesAsRequired: {
        label: { zh: '按项目准入要求生产经营', en: 'Operates as the entry requirements say' },
        help: {
          zh: '按主管部门的认定填写；不确定则不核查这一项',
          en: 'As the competent department found; if not known, it is not checked',
        },
      },
    },
    results: {
      labels: {
        recoveryGround: { zh: '属于可收回土地的情形', en: 'A ground for taking the land back' },
        attainmentMin: { zh: '须达到约定数值的比例', en: 'Share of the agreed figures to reach' },
        grounds: { zh: '逐项核查', en: 'Each ground' },
        consequences: { zh: '收回土地时的处理', en: 'What follows a take-back' },
        'consequences.*.text': { zh: '处理方式', en: 'How it is handled' },
        'notAssessed.*.text': { zh: '说明', en: 'Explanation' },
      },
      options: {
        'grounds.*.status': {
          met: { zh: '属于', en: 'Yes, a ground' },
          not_met: { zh: '不属于', en: 'Not a ground' },
          not_assessed: { zh: '未核查', en: 'Not checked' },
        },
        'grounds.*.ground': {
          investment_per_mu: { zh: '亩均投入', en: 'Investment per mu' },
          output_per_mu: { zh: '亩均产出', en: 'Output per mu' },
          tax_per_mu: { zh: '亩均应缴税款', en: 'Taxes due per mu' },
          not_operating_as_required: { zh: '不按项目准入要求生产经营', en: 'Not operating as the entry requirements say' },
        },
        'notAssessed.*.item': {
          investment_per_mu: { zh: '亩均投入', en: 'Investment per mu' },
          output_per_mu: { zh: '亩均产出', en: 'Output per mu' },
          tax_per_mu: { zh: '亩均应缴税款', en: 'Taxes due per mu' },
          not_operating_as_required: { zh: '是否按项目准入要求生产经营', en: 'Whether it operates as the entry requirements say' },
        },
      },
      tables: {
        grounds: {
          label: { zh: '逐项核查', en: 'Each ground' },
          columns: [
            { key: 'ground', label: { zh: '事项', en: 'Ground' } },
            { key: 'status', label: { zh: '是否属于收回情形', en: 'A ground?' } },
            { key: 'agreed', label: { zh: '约定', en: 'Agreed' } },
            { key: 'actual', label: { zh: '实际', en: 'Reached' } },
            { key: 'minimumToKeep', label: { zh: '最低须达到', en: 'Lowest that keeps the land' } },
          ],
        },
      },
    },
  },
} satisfies CalculatorDocs<typeof landRecoveryCheck>;
