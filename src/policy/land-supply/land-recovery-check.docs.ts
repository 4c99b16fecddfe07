import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { landRecoveryCheck } from './land-recovery-check';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '产业用地收回条件核查', en: 'Land supply: take-back check against the agreed targets' },
  description: {
    zh: '按嘉政办发〔2014〕106号二（三）3，把项目的亩均投入、亩均产出、亩均应缴税款与土地出让合同（产业用地投资协议）约定的数值比较：任何一项未达到约定数值的规定比例（比例取自政策数据表），或者不按项目准入要求生产经营的，土地出让方可按合同约定终止出让合同、收回土地；并列出收回时的处理方式，逐项注明依据。',
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
        zh: '“亩均投入产出、应缴税款”按三项分别核查：亩均投入、亩均产出、亩均应缴税款，任何一项未达到约定的50%即属于收回情形；合同没有约定或请求没有给出的一项不作评估，也不假定。',
        en: '“Input/output per mu and taxes due” is read as three measures checked one by one (input, output and taxes due per mu); any one under 50% of the agreed figure is a ground. A measure the contract does not set, or the request does not give, is not assessed and never assumed.',
      },
    },
    {
      article: '二（三）3',
      text: {
        zh: '“未达到约定的50%”不含本数：恰好达到50%不属于收回情形；按分精确比较。',
        en: '“Falls short of 50% of the agreed figure” excludes the bound: exactly 50% is not a ground; compared exactly, to the fen.',
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
        zh: '是否“按项目准入要求生产经营”由请求给出（主管部门的认定）；不给出时不作评估。',
        en: 'Whether the project “operates as its entry requirements say” is given by the request (the competent department’s finding); not given, it is not assessed.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof landRecoveryCheck>;
