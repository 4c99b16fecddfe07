import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { elderlyCareBedSubsidy } from './elderly-care-bed-subsidy';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '护理型机构床位建设补贴上浮', en: 'Bed-construction subsidy top-up for nursing institutions' },
  description: {
    zh: '按嘉政发〔2014〕86号二（二）7，判断市本级民办非营利性护理型机构（护理老年人入住率达到规定比例，含本数）是否在一次性床位建设补贴基础上额外增加补贴，并计算补贴金额。补贴基数原文未公布，由请求提供。',
    en: 'Whether the one-off bed-construction subsidy of a city-level private non-profit nursing institution gets the top-up of 嘉政发〔2014〕86号 二（二）7 (nursing occupancy at or above the threshold), and the amounts, with a cited trace. The base per bed is not published in the source and is a request input.',
  },
  /** The date the rules apply on (the subsidy decision) becomes the date. */
  sampleAt: onField('date'),
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '二（二）7',
      text: {
        zh: '“护理老年人入住率达到60%以上（含）”含本数；86号没有定义入住率，由请求给出（理解为需要护理的入住老人数 ÷ 床位数）。',
        en: '“Nursing occupancy of 60% or more (included)” includes the bound; 86号 does not define the occupancy, so the request gives it (read as residents needing nursing ÷ beds).',
      },
    },
    {
      article: '二（二）7',
      text: {
        zh: '“在一次性床位建设补贴的基础上，额外增加40%”：按一次性补贴总额计算一次，四舍五入到分，不是逐张床位计算。',
        en: '“An extra 40% on top of the one-off bed-construction subsidy”: applied once to the whole subsidy and rounded half-up to the fen, not bed by bed.',
      },
    },
    {
      article: '施行日期条款',
      text: {
        zh: '原文“本意见自2015年 月 日起施行”月、日空缺：按原文允许的最早一天2015年1月1日起施行计算；2015年内的答复附说明，按其他日期理解结果可能不同。',
        en: 'The text leaves the month and day of its in-force date blank (“2015 (month) (day)”): read as 1 January 2015, the earliest day it allows; answers for dates in 2015 carry a notice, since another date could give another answer.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof elderlyCareBedSubsidy>;
