import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { elderlyCareHousingFacility } from './elderly-care-housing-facility';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '新建住宅居家养老服务用房配建面积', en: 'Home-care premises required in a new residential project' },
  description: {
    zh: '按嘉政发〔2014〕86号二（三）12（2），计算城镇新建住宅项目应配建的居家养老服务用房套内建筑面积（不低于项目总建筑面积的规定比例，且不少于最低面积），鼓励的控制单元街区集中配建面积，以及所提供面积是否达标，并给出逐条依据。面积输入精确到平方米后两位，精确计算，不作舍入。',
    en: 'Net internal floor area of home-care premises an urban new residential project must provide under 嘉政发〔2014〕86号 二（三）12（2） (a share of the total floor area, never under the minimum), the encouraged per-block provision, and a compliance check, with a cited trace. Areas are exact (no rounding).',
  },
  /** The date the rules apply on becomes the date. */
  sampleAt: onField('date'),
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '二（三）12（2）',
      text: {
        zh: '“城镇新建住宅项目”：配建要求只约束城镇项目。是否为城镇项目由请求给出（urban）；不给出时照算面积，但不判断是否适用、是否达标；不是城镇项目时不适用。',
        en: '“Urban new residential projects”: the requirement binds urban projects only. Whether the project is urban is the request’s (urban); not given, the areas are computed but whether the rule applies, and compliance, are not decided; a non-urban project is not bound.',
      },
    },
    {
      article: '二（三）12（2）',
      text: {
        zh: '“不低于项目总建筑面积的2‰且最低不少于20平方米”：取两者中较大者，恰好等于也达标；面积精确计算，不舍入。',
        en: '“Not under 2‰ of the total floor area, and at least 20 m²”: the larger of the two; exactly the requirement complies; areas are exact, never rounded.',
      },
    },
    {
      article: '二（三）12（2）',
      text: {
        zh: '街区集中配建只是鼓励，基数不同，不替代也不减少项目本身的配建要求；20平方米的最低面积只对项目规定，不用于街区。',
        en: 'Block-level provision is only encouraged, on another base: it never replaces or reduces the project’s own requirement; the 20 m² minimum is stated for projects, not blocks.',
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
} satisfies CalculatorDocs<typeof elderlyCareHousingFacility>;
