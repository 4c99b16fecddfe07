import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { elderlyCareBedSubsidy } from './elderly-care-bed-subsidy';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '护理型机构床位建设补贴上浮', en: 'Bed-construction subsidy top-up for nursing institutions' },
  description: {
    zh: '按嘉政发〔2014〕86号二（二）7，判断市本级民办非营利性护理型机构（护理老年人入住率达到规定比例，含本数）是否在一次性床位建设补贴基础上额外增加补贴，并计算补贴金额。补贴基数原文未公布，需自行填写。',
    en: 'Whether the one-off bed-construction subsidy of a city-level private non-profit nursing institution gets the top-up of 嘉政发〔2014〕86号 二（二）7 (nursing occupancy at or above the threshold), and the amounts, with a cited trace. The base per bed is not published in the source: you enter it.',
  },
  /** The date the rules apply on (the subsidy decision) becomes the date. */
  sampleAt: onField('date'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；能否享受补贴及补贴金额以民政部门和财政部门的审核为准。',
    en: 'An estimate from the published rules, for information only; the civil affairs and finance departments decide whether the subsidy is granted and how much.',
  },
  presentation: {
    fields: {
      date: {
        label: { zh: '适用日期', en: 'Date the rules apply on' },
        help: { zh: '例如作出补贴决定的日期', en: 'For example the day the subsidy is decided' },
      },
      institutionType: {
        label: { zh: '机构类型', en: 'Type of institution' },
        help: { zh: '只有护理型机构可以额外增加补贴', en: 'Only a nursing institution gets the top-up' },
        options: {
          nursing: { zh: '护理型', en: 'Nursing' },
          assisted_living: { zh: '助养型', en: 'Assisted living' },
          other: { zh: '其他', en: 'Other' },
        },
      },
      privatelyRun: { label: { zh: '民办机构', en: 'Privately run' } },
      nonProfit: { label: { zh: '非营利性', en: 'Not for profit' } },
      cityLevel: { label: { zh: '市本级机构', en: 'A city-level institution' } },
      nursingOccupancyRatio: {
        label: { zh: '护理老年人入住率', en: 'Share of residents needing nursing' },
        help: {
          zh: '需要护理的入住老人所占比例（例如 75%）；文件未规定算法，一般为需要护理的入住老人数除以床位数',
          en: 'The share of residents needing nursing (for example 75%); the text sets no formula, usually residents needing nursing ÷ beds',
        },
      },
      baseSubsidyPerBed: {
        label: { zh: '每张床位一次性建设补贴（元）', en: 'One-off construction subsidy per bed (yuan)' },
        help: {
          zh: '86号未公布补贴标准，请按实际适用的标准填写',
          en: '86号 does not publish the rate: enter the rate that applies',
        },
      },
      beds: {
        label: { zh: '床位数', en: 'Beds' },
        help: { zh: '计入一次性床位建设补贴的床位数', en: 'Beds counted for the one-off construction subsidy' },
      },
    },
    controls: { institutionType: 'radio' },
    results: {
      labels: {
        upliftApplies: { zh: '额外增加补贴', en: 'The top-up applies' },
        conditions: { zh: '逐项条件', en: 'Each condition' },
        upliftRate: { zh: '额外增加比例', en: 'Top-up share' },
        basePerBed: { zh: '每张床位补贴', en: 'Subsidy per bed' },
        baseSource: { zh: '补贴标准来源', en: 'Where the rate per bed comes from' },
        beds: { zh: '床位数', en: 'Beds' },
        baseSubsidy: { zh: '一次性床位建设补贴', en: 'One-off construction subsidy' },
        uplift: { zh: '额外增加的补贴', en: 'Top-up' },
        total: { zh: '补贴合计', en: 'Total subsidy' },
      },
      options: {
        'conditions.*.id': {
          city_level: { zh: '市本级', en: 'City level' },
          privately_run: { zh: '民办', en: 'Privately run' },
          non_profit: { zh: '非营利性', en: 'Not for profit' },
          nursing_type: { zh: '护理型机构', en: 'Nursing institution' },
          nursing_occupancy: { zh: '护理老年人入住率', en: 'Share of residents needing nursing' },
        },
        'conditions.*.actual': {
          nursing: { zh: '护理型', en: 'Nursing' },
          assisted_living: { zh: '助养型', en: 'Assisted living' },
          other: { zh: '其他', en: 'Other' },
        },
        'conditions.*.required': {
          nursing: { zh: '护理型', en: 'Nursing' },
          assisted_living: { zh: '助养型', en: 'Assisted living' },
          other: { zh: '其他', en: 'Other' },
        },
        baseSource: {
          request: { zh: '按您填写的标准', en: 'The rate you entered' },
          table: { zh: '按文件公布的标准', en: 'The rate the document publishes' },
        },
      },
      tables: {
        conditions: {
          label: { zh: '逐项条件', en: 'Each condition' },
          columns: [
            { key: 'id', label: { zh: '条件', en: 'Condition' } },
            { key: 'actual', label: { zh: '本机构', en: 'This institution' } },
            { key: 'required', label: { zh: '要求', en: 'Required' } },
            { key: 'met', label: { zh: '符合', en: 'Met' } },
          ],
        },
      },
    },
  },
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '二（二）7',
      text: {
        zh: '“护理老年人入住率达到规定比例以上（含）”含本数；86号没有定义入住率，由使用者填写（理解为需要护理的入住老人数 ÷ 床位数）。',
        en: '“Nursing occupancy at or above the set share (included)” includes the bound; 86号 does not define the occupancy, so the user gives it (read as residents needing nursing ÷ beds).',
      },
    },
    {
      article: '二（二）7',
      text: {
        zh: '“在一次性床位建设补贴的基础上，额外增加规定比例”：按一次性补贴总额计算一次，四舍五入到分，不是逐张床位计算。',
        en: '“An extra set share on top of the one-off bed-construction subsidy”: applied once to the whole subsidy and rounded half-up to the fen, not bed by bed.',
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
