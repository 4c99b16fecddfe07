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
  readings: [
    {
      article: '绩效意见 二（一）3',
      text: {
        zh: '三分之一不能整除或有并列时：并列的企业整块完全落在前（后）三分之一内才列为鼓励类（其它类），跨越分界的按一般类；排除情形在排序后适用，其他企业的类别不因此调整。',
        en: 'When the thirds do not divide evenly or firms tie: a tied group is encouraged (other) only if it lies wholly in the top (bottom) third, otherwise general; exclusions apply after the ranking and move no other firm.',
      },
    },
    {
      article: '绩效意见 二（二）1 一是',
      text: {
        zh: '“排名最前的10%的鼓励类企业”按鼓励类企业中排名最前的 10% 计算；按全行业排名最前 10% 之内的鼓励类企业理解的结果在 alternatives 中给出。两者都只是“可为”的上限。',
        en: '“The top 10 % of the encouraged firms” is read as 10 % of the encouraged firms; the reading as the encouraged firms in the top 10 % of the whole industry is given in alternatives. Either way the factor is a ceiling the authority may grant (可为).',
      },
    },
    {
      article: '绩效意见 二（二）2 三是',
      text: {
        zh: '“连续两年”“连续三年”包括本次排名，之前各年按调用方提供的历史（最近的在前）；“排名最后10%”按全行业排名计算，并列的企业整块落在最后 10% 内才算；“排污强度”原文未定义，由评价部门判断。',
        en: '“Two (three) years running” include this ranking and the earlier years the caller gives (most recent first); the bottom 10 % is of the whole industry, a tied group counting only if it lies wholly within it; 排污强度 is not defined, the authority judges it.',
      },
    },
    {
      article: '绩效意见 二（一）1',
      text: {
        zh: '新建项目在评价日尚未完成三同时验收的，不参加本次排序，也不计入参评企业数。',
        en: 'A new project not through its 三同时 acceptance on the evaluation date is not ranked and not counted among the firms.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof emissionRightsClass>;
