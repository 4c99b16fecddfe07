import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { emissionRightsPrice } from './emission-rights-price';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '排污权差别化价格', en: 'Emission rights: price by class and purpose' },
  description: {
    zh: '按嘉政办发〔2014〕112号绩效意见二（二）3，以基准价的倍数计算鼓励类、一般类、其它类企业有偿使用、租赁和减排购买排污权的价格；其它类企业不得租赁。基准价未公布，须由调用方提供。',
    en: 'Price of emission rights as a multiple of the base price by class and purpose (paid use, lease, reduction purchase) under 嘉政办发〔2014〕112号 绩效意见 二（二）3; class other may not lease. The base price is not published and is an input.',
  },
  /** The transaction date becomes the date. */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof emissionRightsPrice>;
