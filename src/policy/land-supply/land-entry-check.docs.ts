import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { landEntryCheck } from './land-entry-check';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '项目供地准入审查', en: 'Land supply: project entry check' },
  description: {
    zh: '按嘉政办发〔2014〕106号，审查项目是否属于原则上不再供地的情形、是否达到投资强度、容积率、亩均销售收入和亩均税收等准入标准，并给出工业用地出让起始价区间，逐项注明依据。',
    en: 'Screens a land-using project under 嘉政办发〔2014〕106号: the grounds on which no land is supplied in principle, the entry standards (investment intensity, FAR, sales and tax per mu, compared exactly) and the starting-price band of industrial land, each with its citation.',
  },
  /** The date of the land-entry check becomes the date. */
  sampleAt: onField('date'),
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '二（一）3（1）①③',
      text: {
        zh: '出让起始价的下限（“不得低于最低价标准的70%”“上浮不低于20%”）是法定下限，按分向上取整，保证不低于下限；上限（按评估价格下浮，即不高于评估价格）按分向下取整。',
        en: 'The floors of the starting price (“not below 70% of the minimum price standard”, “raised by at least 20%”) are legal bounds, rounded up to the fen so the answer is never below them; the cap (at most the appraised price) is rounded down.',
      },
    },
    {
      article: '二（一）1（2）',
      text: {
        zh: '“5000万元以下”“20亩以下”的“以下”含本数，“且”指两个条件同时满足；拆迁安置项目除外。',
        en: '“Under 50 million yuan” and “under 20 mu” include the bound, and both must hold; resettlement projects are exempt.',
      },
    },
    {
      article: '二（一）1（3）',
      text: {
        zh: '投资强度按总投资 ÷ 用地面积计算；亩均销售收入、亩均税收按年计算；各项按精确值比较，不作舍入。',
        en: 'Investment intensity is total investment ÷ land area; sales and tax per mu are annual; every figure is compared exactly, never rounded.',
      },
    },
    {
      article: '二（一）1（2）–（3）',
      text: {
        zh: '不再供地的情形和准入标准都是“原则上”：答复只报告审查结果，不是最终拒绝；未回答的情形不作评估，也不假定。',
        en: 'Both the no-land grounds and the entry standards apply “in principle”: the answer reports, it is not a final refusal; a ground not answered is not assessed and never assumed.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof landEntryCheck>;
