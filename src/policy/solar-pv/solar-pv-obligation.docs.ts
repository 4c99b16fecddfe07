import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { solarPvObligation } from './solar-pv-obligation';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '新建项目光伏建设义务', en: 'Solar PV: must a new project build it?' },
  description: {
    zh: '按嘉政发〔2014〕84号一（一），判断新建企业（项目）、工业厂房或民用建筑是否应建设屋顶光伏发电系统（年综合能耗、屋顶总面积、单个屋顶有效面积），逐条注明依据，并列出随之而来的义务。',
    en: 'Decides under 嘉政发〔2014〕84号 一（一） whether a new enterprise, project, industrial plant or civil building must build a rooftop PV system (annual energy use, total roof area, single roof area; strict vs inclusive bounds as the text says), with each criterion cited and the duties that follow.',
  },
  /** The date of the obligation check becomes the date. */
  sampleAt: onField('date'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；项目是否应建设光伏发电系统、屋顶是否具备建设条件，以嘉兴市人民政府及其有关部门的认定为准。',
    en: 'An estimate from the published rules, for information only; whether the project must build a PV system, and whether its roof is suitable, is for Jiaxing Municipal People’s Government and its departments to decide.',
  },
  presentation: {
    fields: {
      date: {
        label: { zh: '核查日期', en: 'Date of the check' },
        help: { zh: '按这一天有效的规定判断', en: 'The rules in force on this day apply' },
      },
      projectKind: {
        label: { zh: '项目类型', en: 'Type of project' },
        help: {
          zh: '没有具体建筑类型的新建企业或项目，选“企业”或“项目”',
          en: 'A new enterprise or project with no building type: choose “Enterprise” or “Project”',
        },
        options: {
          enterprise: { zh: '企业', en: 'Enterprise' },
          project: { zh: '项目', en: 'Project' },
          'industrial-factory': { zh: '工业厂房', en: 'Industrial plant' },
          'civil-building': { zh: '民用建筑', en: 'Civil building' },
        },
      },
      isNew: {
        label: { zh: '新建项目', en: 'New construction' },
        help: {
          zh: '按一（一），只有新建项目才须建设；既有建筑按一（二）只是鼓励',
          en: 'Under 一（一） only new construction must build; existing buildings are only encouraged (一（二）)',
        },
      },
      annualEnergyTce: {
        label: { zh: '年综合能耗（吨标准煤）', en: 'Annual energy use (tonnes of coal equivalent)' },
        help: {
          zh: '最多两位小数；不填则不判断这一条件',
          en: 'At most 2 decimals; leave empty and this condition is not assessed',
        },
      },
      totalRoofArea: {
        label: { zh: '屋顶总面积（平方米）', en: 'Total roof area (m²)' },
        help: {
          zh: '新建工业厂房的屋顶总面积，最多两位小数；不填则不判断这一条件',
          en: 'All roofs of the new plant, at most 2 decimals; leave empty and this condition is not assessed',
        },
      },
      largestSingleRoofArea: {
        label: { zh: '最大单个屋顶有效面积（平方米）', en: 'Largest single roof, effective area (m²)' },
        help: {
          zh: '面积最大的一个屋顶的有效面积，最多两位小数；不填则不判断这一条件',
          en: 'The effective area of the largest roof, at most 2 decimals; leave empty and this condition is not assessed',
        },
      },
      roofSuitable: {
        label: { zh: '屋顶具备建设光伏发电条件', en: 'The roof is suitable for PV' },
        help: {
          zh: '文件没有规定认定标准，按有关部门的认定填写；不确定则结论以具备条件为前提',
          en: 'The text sets no test: enter what the authorities found; if not known, the answer holds only if the roof is suitable',
        },
      },
      governmentInvested: {
        label: { zh: '政府性投资项目', en: 'Government-funded project' },
        help: {
          zh: '按一（二）应带头建设，但不改变是否应建设的结论',
          en: 'Should take the lead under 一（二）; it does not change whether the project must build',
        },
      },
    },
    controls: { projectKind: 'radio' },
    results: {
      labels: {
        mustBuild: { zh: '应建设光伏发电系统', en: 'Must build a PV system' },
        thresholdMet: { zh: '达到建设标准', en: 'A trigger is met' },
        subjectToRoofSuitability: { zh: '以屋顶具备建设条件为前提', en: 'Only if the roof is suitable' },
        criteria: { zh: '逐项触发条件', en: 'Each trigger' },
        reasons: { zh: '理由', en: 'Why' },
        duties: { zh: '随之而来的义务', en: 'Duties that follow' },
        'duties.*.duty': { zh: '义务', en: 'Duty' },
        'duties.*.text': { zh: '内容', en: 'What it requires' },
        notes: { zh: '说明', en: 'Notes' },
        'notes.*.text': { zh: '内容', en: 'Text' },
        'notes.*.note': { zh: '备注', en: 'Note' },
        'notAssessed.*.text': { zh: '说明', en: 'Explanation' },
      },
      options: {
        // a trigger met obliges the builder: worded, so the widget draws it neutral
        'criteria.*.status': {
          met: { zh: '达到', en: 'Reached' },
          not_met: { zh: '未达到', en: 'Not reached' },
          not_applicable: { zh: '不适用', en: 'Does not apply' },
          not_assessed: { zh: '尚不能确定（未提供）', en: 'Not yet determined (not given)' },
        },
        'criteria.*.criterion': {
          annual_energy: { zh: '年综合能耗', en: 'Annual energy use' },
          total_roof_area: { zh: '屋顶总面积', en: 'Total roof area' },
          single_roof_area: { zh: '单个屋顶有效面积', en: 'Single roof area' },
        },
        'criteria.*.subject': {
          enterprise_or_project: { zh: '新建企业（项目）', en: 'New enterprise or project' },
          industrial_factory: { zh: '新建工业厂房', en: 'New industrial plant' },
          civil_building: { zh: '新建民用建筑', en: 'New civil building' },
        },
        'criteria.*.unit': {
          tce: { zh: '吨标准煤', en: 'tonnes of coal equivalent' },
          m2: { zh: '平方米', en: 'm²' },
        },
        'criteria.*.bound': {
          inclusive: { zh: '含本数', en: 'Bound included' },
          exclusive: { zh: '不含本数', en: 'Bound excluded' },
        },
        'notAssessed.*.item': {
          'enterprise_or_project.annual_energy': {
            zh: '新建企业（项目）的年综合能耗',
            en: 'Annual energy use of a new enterprise or project',
          },
          'industrial_factory.total_roof_area': { zh: '新建工业厂房的屋顶总面积', en: 'Total roof area of a new industrial plant' },
          'industrial_factory.single_roof_area': { zh: '新建工业厂房的单个屋顶有效面积', en: 'Single roof area of a new industrial plant' },
          'civil_building.single_roof_area': { zh: '新建民用建筑的单个屋顶有效面积', en: 'Single roof area of a new civil building' },
          roof_suitability: { zh: '屋顶是否具备建设条件', en: 'Whether the roof is suitable' },
        },
        'duties.*.duty': {
          simultaneity: { zh: '同步设计、同步施工、同步验收', en: 'Designed, built and accepted with the building' },
          standards_and_qualifications: { zh: '符合规范标准，相关单位具备资质', en: 'Codes followed, qualified firms' },
        },
      },
      tables: {
        criteria: {
          label: { zh: '逐项触发条件', en: 'Each trigger' },
          columns: [
            { key: 'subject', label: { zh: '适用对象', en: 'Applies to' } },
            { key: 'criterion', label: { zh: '指标', en: 'Measure' } },
            { key: 'status', label: { zh: '结论', en: 'Outcome' } },
            { key: 'input', label: { zh: '本项目', en: 'This project' } },
            { key: 'comparison', label: { zh: '标准', en: 'Bound' } },
            { key: 'unit', label: { zh: '单位', en: 'Unit' } },
          ],
        },
      },
    },
  },
  readings: [
    {
      article: '一（一）',
      text: {
        zh: '年综合能耗“超过”不含本数，正好等于标准的不触发；屋顶总面积“达……以上”和单个屋顶有效面积“以上”含本数，正好等于标准的触发（后者原文未明说，按通常理解）。数值按你填写的精确值比较，不作舍入。',
        en: 'Annual energy use “more than” the figure excludes it: exactly the figure does not trigger; total roof area “reaching … or more” and single roof area “or more” include it: exactly the figure triggers (for the single roof the text does not say so; the usual reading is taken). Figures are compared exactly as entered, never rounded.',
      },
    },
    {
      article: '一（一）',
      text: {
        zh: '能耗标准写的是“企业（项目）”，理解为适用于任何新建企业或项目，不论建筑类型；屋顶总面积标准只针对新建工业厂房；单个屋顶标准适用于新建民用建筑和新建工业厂房。“屋顶总面积”理解为新建厂房屋顶面积之和，“有效面积”原文未定义。',
        en: 'The energy trigger names “enterprises (projects)”, read as any new enterprise or project whatever its buildings; the total-roof trigger names new industrial plants only; the single-roof trigger applies to new civil buildings and new industrial plants. “Total roof area” is read as the summed roofs of the new plant buildings; “effective area” is not defined in the text.',
      },
    },
    {
      article: '一（一）',
      text: {
        zh: '三个标准任达其一即应建设。只有在每个适用的标准都判定为未达到时，才答复不须建设；有适用的标准未填数据、仍可能达到时，答复为“尚不能确定”，不会推定为不须建设。',
        en: 'Reaching any one of the three triggers is enough. The answer is “no obligation” only when every trigger that applies is found not reached; while one that applies is left empty and could still be reached, the answer is “not yet determined”, never assumed to be no.',
      },
    },
    {
      article: '一（一）',
      text: {
        zh: '“具备建设屋顶光伏发电条件”原文没有规定认定标准：按你填写的有关部门认定；未填写的，结论以屋顶具备条件为前提，不作任何推定。',
        en: '“The roof is suitable for PV” has no test in the text: the authorities’ finding you enter is used; without it the answer holds only if the roof is suitable, and nothing is assumed either way.',
      },
    },
    {
      article: '一（一）、一（二）',
      text: {
        zh: '只有新建项目负有建设义务，既有建筑只是鼓励；“政府性投资项目应带头”是倡导，不是第四个强制标准，不改变是否应建设的结论。原文也没有规定装机容量或覆盖比例。',
        en: 'Only new construction is obliged; existing buildings are only encouraged; “government-funded projects should take the lead” is an exhortation, not a fourth trigger, and does not change the answer. The text sets no capacity or roof share either.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof solarPvObligation>;
