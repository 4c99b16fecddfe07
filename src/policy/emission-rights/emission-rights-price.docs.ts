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
  examples: {
    encouragedPaidUse: {
      summary: 'Encouraged firm, paid use, base price 1000 yuan/t, 2 t: the encouraged-class multiplier of sheet price_multipliers',
      value: { class: 'encouraged', purpose: 'paid-use', basePrice: 1000, tonnes: 2, date: '2015-03-01' },
    },
    generalLeaseWithCap: {
      summary: 'General firm leases 2 t with 8 t already leased of 100 t purchased (cap lease.max_share_of_purchased reached, allowed)',
      value: {
        class: 'general',
        purpose: 'lease',
        basePrice: 100,
        tonnes: 2,
        date: '2015-03-01',
        purchasedTotalTonnes: 100,
        alreadyLeasedTonnes: 8,
      },
    },
  },
  /** The transaction date becomes the date. */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof emissionRightsPrice>;
