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
} satisfies CalculatorDocs<typeof elderlyCareBedSubsidy>;
