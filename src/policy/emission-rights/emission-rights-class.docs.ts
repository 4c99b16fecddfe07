import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { emissionRightsClass } from './emission-rights-class';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '排污权使用绩效“三三制”分类', en: 'Emission rights: performance class (thirds) of the firms of an industry' },
  description: {
    zh: '按嘉政办发〔2014〕112号《嘉兴市加强排污权使用绩效评价促进产业转型升级的实施意见》二（一），以吨排污权指标税收贡献对同行业企业排序，确定鼓励类、一般类、其它类（含并列、不能整除三等分及排除情形），并给出年度减排任务分组。',
    en: 'Ranks the firms of one industry by tax per tonne of emission rights and gives each its class (encouraged, general, other) under 嘉政办发〔2014〕112号 绩效意见 二（一), with ties, uneven thirds and exclusions, and its reduction-task group (二（二）1).',
  },
  /** The classification date becomes the date. */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof emissionRightsClass>;
