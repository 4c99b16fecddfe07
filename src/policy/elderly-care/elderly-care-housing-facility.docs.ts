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
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；应配建的面积以地块规划条件和国土、建设部门的审核为准。',
    en: 'An estimate from the published rules, for information only; the plot’s planning conditions and the land and construction departments decide the area to provide.',
  },
  presentation: {
    fields: {
      date: {
        label: { zh: '适用日期', en: 'Date the rules apply on' },
        help: { zh: '例如确定地块规划条件的日期', en: 'For example the day the planning conditions are set' },
      },
      projectTotalFloorArea: {
        label: { zh: '项目总建筑面积（平方米）', en: 'Total floor area of the project (m²)' },
        help: { zh: '住宅项目的总建筑面积，须大于0', en: 'The whole residential project; more than 0' },
      },
      urban: {
        label: { zh: '城镇新建住宅项目', en: 'An urban new residential project' },
        help: {
          zh: '配建要求只适用于城镇新建住宅项目；不确定则照算面积，但不判断是否适用、是否达标',
          en: 'The rule binds urban new residential projects only; if not known, the areas are worked out but neither the rule nor compliance is decided',
        },
      },
      providedArea: {
        label: { zh: '已提供的成套用房套内建筑面积（平方米）', en: 'Net internal floor area of the complete units provided (m²)' },
        help: { zh: '填写后核查是否达标；不填则不核查', en: 'Enter it to check compliance; leave empty to skip the check' },
      },
      blocks: {
        label: { zh: '控制单元街区（鼓励集中配建）', en: 'Control-unit blocks (encouraged joint provision)' },
        help: {
          zh: '按二（三）12（2），鼓励以街区为单位集中配建；不替代项目本身的配建要求',
          en: 'Joint provision per block is encouraged (二（三）12（2）); it does not replace the project’s own requirement',
        },
      },
      'blocks.*.id': {
        label: { zh: '街区名称或编号', en: 'Block name or number' },
        help: { zh: '选填，便于在结果中辨认', en: 'Optional, to recognise it in the answer' },
      },
      'blocks.*.residentialFloorArea': {
        label: { zh: '街区居住用地总建筑面积（平方米）', en: 'Total floor area on the block’s residential land (m²)' },
      },
    },
    items: { blocks: { zh: '街区', en: 'Block' } },
    results: {
      labels: {
        applies: { zh: '适用配建要求', en: 'The rule applies' },
        'notAssessed.*.text': { zh: '说明', en: 'Explanation' },
        project: { zh: '项目应配建面积', en: 'What the project must provide' },
        'project.ratio': { zh: '配建比例', en: 'Share of the total floor area' },
        'project.ratioArea': { zh: '按比例计算的面积（平方米）', en: 'Area by the share (m²)' },
        'project.minimumArea': { zh: '最低面积（平方米）', en: 'Minimum area (m²)' },
        'project.requiredArea': { zh: '应配建套内建筑面积（平方米）', en: 'Net internal floor area required (m²)' },
        'project.binding': { zh: '起决定作用的是', en: 'What decides' },
        'project.areaBasis': { zh: '面积口径', en: 'Area counted' },
        'project.mandatory': { zh: '必须配建', en: 'Mandatory' },
        blocks: { zh: '街区集中配建（鼓励）', en: 'Joint provision per block (encouraged)' },
        'blocks.ratio': { zh: '配建比例', en: 'Share of the block’s floor area' },
        'blocks.encouraged': { zh: '属于鼓励性要求', en: 'Encouraged only' },
        'blocks.totalRequiredArea': { zh: '各街区合计（平方米）', en: 'All blocks together (m²)' },
        compliance: { zh: '是否达标', en: 'Compliance' },
        'compliance.providedArea': { zh: '已提供面积（平方米）', en: 'Area provided (m²)' },
        'compliance.requiredArea': { zh: '应配建面积（平方米）', en: 'Area required (m²)' },
        'compliance.status': { zh: '结论', en: 'Outcome' },
        'compliance.compliant': { zh: '达标', en: 'Complies' },
        'compliance.shortfall': { zh: '不足面积（平方米）', en: 'Shortfall (m²)' },
        'compliance.shortfallSettlement': { zh: '不足部分货币补缴', en: 'Cash payment for a shortfall' },
        'compliance.shortfallSettlement.rate': { zh: '补缴标准', en: 'Payment rate' },
        'compliance.shortfallSettlement.cash': { zh: '补缴金额', en: 'Amount to pay' },
        'compliance.shortfallSettlement.missing': { zh: '原文未公布的数值', en: 'Values not published' },
        'compliance.shortfallSettlement.missing.*.note': { zh: '原文情况', en: 'What the source says' },
        'compliance.shortfallSettlement.missing.*.date': { zh: '适用日期', en: 'Date' },
        compliant: { zh: '达标', en: 'Complies' },
        shortfall: { zh: '不足面积（平方米）', en: 'Shortfall (m²)' },
      },
      options: {
        'notAssessed.*.item': { urban: { zh: '是否为城镇项目', en: 'Whether the project is urban' } },
        'project.binding': {
          ratio: { zh: '按比例计算的面积', en: 'The share of the floor area' },
          minimum: { zh: '最低面积', en: 'The minimum area' },
          both: { zh: '两者相等', en: 'Both are equal' },
        },
      },
      tables: {
        'blocks.perBlock': {
          label: { zh: '各街区', en: 'Block by block' },
          columns: [
            { key: 'id', label: { zh: '街区', en: 'Block' } },
            { key: 'residentialFloorArea', label: { zh: '居住用地总建筑面积（平方米）', en: 'Residential floor area (m²)' } },
            { key: 'requiredArea', label: { zh: '鼓励配建面积（平方米）', en: 'Encouraged provision (m²)' } },
          ],
        },
      },
    },
  },
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '二（三）12（2）',
      text: {
        zh: '“城镇新建住宅项目”：配建要求只约束城镇项目。是否为城镇项目由使用者填写；不给出时照算面积，但不判断是否适用、是否达标；不是城镇项目时不适用。',
        en: '“Urban new residential projects”: the requirement binds urban projects only. Whether the project is urban is for the user to say; not given, the areas are computed but whether the rule applies, and compliance, are not decided; a non-urban project is not bound.',
      },
    },
    {
      article: '二（三）12（2）',
      text: {
        zh: '“不低于项目总建筑面积的规定比例，且不少于规定的最低面积”：取两者中较大者，恰好等于也达标；面积精确计算，不舍入。',
        en: '“Not under the set share of the total floor area, and at least the set minimum area”: the larger of the two; exactly the requirement complies; areas are exact, never rounded.',
      },
    },
    {
      article: '二（三）12（2）',
      text: {
        zh: '街区集中配建只是鼓励，基数不同，不替代也不减少项目本身的配建要求；规定的最低面积只对项目规定，不用于街区。',
        en: 'Block-level provision is only encouraged, on another base: it never replaces or reduces the project’s own requirement; the set minimum area is stated for projects, not blocks.',
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
