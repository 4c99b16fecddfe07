import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { emissionRightsPrice } from './emission-rights-price';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '排污权差别化价格', en: 'Emission rights: price by class and purpose' },
  description: {
    zh: '按嘉政办发〔2014〕112号绩效意见二（二）3，以基准价的倍数计算鼓励类、一般类、其它类企业有偿使用、租赁和减排购买排污权的每吨价格和金额；其它类企业不得租赁。基准价文件未公布，须自行填写。',
    en: 'Price per tonne (a multiple of the base price) and amount of emission rights by class and purpose (paid use, lease, reduction purchase) under 嘉政办发〔2014〕112号 绩效意见 二（二）3; class other may not lease. The base price is not published: you enter it.',
  },
  /** The transaction date becomes the date. */
  sampleAt: onField('date'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；实际价格以环保部门和排污权储备交易中心确定的为准。',
    en: 'An estimate from the published rules, for information only; the environmental protection department and the emission-rights reserve and trading centre set the actual price.',
  },
  presentation: {
    fields: {
      class: {
        label: { zh: '企业绩效类别', en: 'Performance class of the firm' },
        help: {
          zh: '为完成减排任务购买的，按减排五年规划期内最差的类别',
          en: 'For a purchase to meet the reduction task: the worst class of the five-year reduction plan period',
        },
        options: {
          encouraged: { zh: '鼓励类', en: 'Encouraged' },
          general: { zh: '一般类', en: 'General' },
          other: { zh: '其它类', en: 'Other' },
        },
      },
      purpose: {
        label: { zh: '交易用途', en: 'What the rights are for' },
        options: {
          'paid-use': { zh: '有偿使用', en: 'Paid use' },
          lease: { zh: '租赁', en: 'Lease' },
          'reduction-purchase': { zh: '为完成减排任务购买', en: 'Purchase to meet the reduction task' },
        },
      },
      basePrice: {
        label: { zh: '基准价（元/吨）', en: 'Base price (yuan per tonne)' },
        help: {
          zh: '由物价部门会同有关部门确定，文件未公布，请填写当时的基准价',
          en: 'Set by the price department and not published in the document: enter the base price in force',
        },
      },
      tonnes: {
        label: { zh: '本次购买或租赁的数量（吨）', en: 'Tonnes bought or leased now' },
        help: { zh: '与基准价同一计量口径，最多4位小数', en: 'On the same basis as the base price, up to 4 decimals' },
      },
      date: {
        label: { zh: '交易日期', en: 'Date of the transaction' },
        help: { zh: '按当日有效的价格倍数计算；不填为今天', en: 'The multiples in force that day apply; empty means today' },
      },
      purchasedTotalTonnes: {
        label: { zh: '企业已购买的排污权总量（吨）', en: 'Emission rights the firm has bought in all (tonnes)' },
        help: {
          zh: '仅租赁时填写，用于检查租赁总量是否超过上限；与已租赁量一起填',
          en: 'Only for a lease, to check the lease cap; fill in with the tonnes already leased',
        },
      },
      alreadyLeasedTonnes: {
        label: { zh: '此前已租赁的数量（吨）', en: 'Tonnes already leased before' },
        help: { zh: '仅租赁时填写，与购买总量一起填', en: 'Only for a lease; fill in with the total bought' },
      },
      requiredReductionTonnes: {
        label: { zh: '应削减的污染物总量（吨）', en: 'Cut the firm must make (tonnes)' },
        help: {
          zh: '仅为完成减排任务购买时填写，用于检查购买量是否超过应削减量',
          en: 'Only for a purchase to meet the reduction task, to check it does not exceed the required cut',
        },
      },
    },
    controls: { class: 'radio', purpose: 'radio' },
    results: {
      labels: {
        class: { zh: '企业绩效类别', en: 'Performance class' },
        purpose: { zh: '交易用途', en: 'What the rights are for' },
        allowed: { zh: '该类企业可以办理', en: 'Allowed for this class' },
        multiplier: { zh: '基准价的倍数', en: 'Times the base price' },
        basePrice: { zh: '基准价（每吨）', en: 'Base price per tonne' },
        unitPrice: { zh: '每吨价格', en: 'Price per tonne' },
        tonnes: { zh: '数量（吨）', en: 'Tonnes' },
        price: { zh: '金额（每吨价格 × 数量）', en: 'Amount (price per tonne × tonnes)' },
        priceBasisZh: { zh: '计价基准', en: 'Price basis' },
        capChecked: {
          zh: '已核对数量上限（仅租赁、为完成减排任务购买有上限）',
          en: 'Quantity cap checked (only a lease or a purchase for the reduction task has one)',
        },
      },
      options: {
        class: {
          encouraged: { zh: '鼓励类', en: 'Encouraged' },
          general: { zh: '一般类', en: 'General' },
          other: { zh: '其它类', en: 'Other' },
        },
        purpose: {
          'paid-use': { zh: '有偿使用', en: 'Paid use' },
          lease: { zh: '租赁', en: 'Lease' },
          'reduction-purchase': { zh: '为完成减排任务购买', en: 'Purchase to meet the reduction task' },
        },
        priceBasisZh: {
          排污权有偿使用基准价: { zh: '排污权有偿使用基准价', en: 'Base price for paid use' },
          基准价: { zh: '基准价', en: 'Base price' },
        },
        result: { 'within the cap': { zh: '在上限以内', en: 'Within the cap' } },
      },
    },
  },
  readings: [
    {
      article: '二（二）3',
      text: {
        zh: '基准价由物价部门会同有关部门确定，文件未公布，由你填写；租赁和减排购买所说的“基准价”理解为同一个排污权有偿使用基准价。',
        en: 'The base price is set by the price department with others and is not published: you enter it; the “base price” of leases and reduction purchases is read as the same paid-use base price.',
      },
    },
    {
      article: '二（二）3 一是',
      text: {
        zh: '鼓励类企业“按排污权有偿使用基准价优惠……购买”理解为在基准价上减去优惠的比例，即只付其余部分，而不是按该比例付款。',
        en: 'An encouraged firm buying “at the paid-use base price with a discount of” a share is read as paying the base price less that share, not paying that share of it.',
      },
    },
    {
      article: '二（二）3',
      text: {
        zh: '每吨价格为基准价乘以倍数，四舍五入到分；总价为每吨价格乘以吨数，再四舍五入到分。',
        en: 'The price per tonne is the base price times the multiple, rounded half up to the fen; the total is the price per tonne times the tonnes, rounded half up to the fen again.',
      },
    },
    {
      article: '二（二）3 二是',
      text: {
        zh: '其它类企业“一律不得租赁”：不计算价格，直接答复不允许。“租赁总量不得超过排污权购买总量”的规定比例含本数，正好等于上限的可以租赁；“购买总量”理解为企业通过有偿使用或交易取得的全部排污权（原文未定义）。只有填写了已购买和已租赁数量才检查这一上限。',
        en: 'Firms of the “other” class “may not lease at all”: no price is worked out, the answer says it is not allowed. The cap on the leased total, a set share of the purchased total, includes the bound: a lease exactly at the cap is allowed; the “purchased total” is read as all rights the firm obtained by paid use or trading (the text does not define it). The cap is checked only when the tonnes bought and already leased are given.',
      },
    },
    {
      article: '二（二）3 三是',
      text: {
        zh: '为完成减排任务购买的，企业类别按减排五年规划期内最差的类别，由你选择；购买量“不得超过”应削减量，正好相等的可以购买，只有填写了应削减量才检查。',
        en: 'For a purchase to meet the reduction task the class is the worst of the five-year reduction period, which you choose; the purchase “may not exceed” the required cut, so an equal amount is allowed, and it is checked only when the required cut is given.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof emissionRightsPrice>;
