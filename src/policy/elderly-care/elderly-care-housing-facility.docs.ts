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
} satisfies CalculatorDocs<typeof elderlyCareHousingFacility>;
