import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { busTiaRequirement } from './bus-tia-requirement';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '公交交通影响评价要求', en: 'Bus traffic impact assessment requirement' },
  description: {
    zh: '按嘉政办发〔2014〕104号三（一）2，判断新建或改建项目是否须通过交通影响评价论证配套公交枢纽站、首末站、中途站，以及未按评价结论配套建设时是否一律不予审批、验收。',
    en: 'Whether a new or rebuilt project must assess its bus hubs, terminals and stops in a traffic impact assessment under 嘉政办发〔2014〕104号 三（一）2, and whether the veto (no approval, no acceptance) applies when the concluded facilities are not built.',
  },
  /** The decision date becomes the date. */
  sampleAt: onField('date'),
  disclaimer: {
    zh: '本结果按公开文件判断，仅供参考；是否须做交通影响评价、能否审批和验收，以负责该项目审批、验收的部门的决定为准。',
    en: 'A reading of the published rules, for information only; the authority that approves and accepts the project decides.',
  },
  presentation: {
    fields: {
      date: {
        label: { zh: '审批日期', en: 'Date of the decision' },
        help: { zh: '按当日有效的规定判断', en: 'The rules in force that day apply' },
      },
      projectType: {
        label: { zh: '项目类型', en: 'Type of project' },
        help: {
          zh: '“大型”原文没有定义，文化娱乐场所是否大型由您判断；未列出的类型选“其他”',
          en: '“Large” is not defined: you judge whether a venue is large; choose “Other” for a type not listed',
        },
        options: {
          school: { zh: '学校', en: 'School' },
          hospital: { zh: '医院', en: 'Hospital' },
          commercial_office: { zh: '商业和办公项目', en: 'Commercial or office project' },
          residential: { zh: '居住项目', en: 'Residential project' },
          large_cultural_entertainment_venue: { zh: '大型文化娱乐场所', en: 'Large cultural or entertainment venue' },
          tourist_attraction: { zh: '旅游景点', en: 'Tourist attraction' },
          sports_venue: { zh: '体育场馆', en: 'Stadium or sports hall' },
          urban_arterial_secondary_road: { zh: '城市主次干道', en: 'Urban arterial or secondary road' },
          other: { zh: '其他（未列出的类型）', en: 'Other (a type not listed)' },
        },
      },
      works: {
        label: { zh: '工程性质', en: 'Kind of works' },
        options: {
          new: { zh: '新建', en: 'New construction' },
          rebuild: { zh: '改建', en: 'Rebuilding' },
          other: { zh: '其他（如扩建、装修）', en: 'Other (an extension, a refit…)' },
        },
      },
      classes: {
        label: { zh: '学校的班级数', en: 'Number of classes of the school' },
        help: { zh: '项目是学校时必填', en: 'Required for a school' },
      },
      beds: {
        label: { zh: '医院的床位数', en: 'Number of hospital beds' },
        help: { zh: '项目是医院时必填', en: 'Required for a hospital' },
      },
      floorAreaM2: {
        label: { zh: '建筑面积（平方米）', en: 'Floor area (m²)' },
        help: { zh: '商业和办公项目必填，最多两位小数', en: 'Required for a commercial or office project; up to 2 decimals' },
      },
      totalFloorAreaM2: {
        label: { zh: '总建筑面积（平方米）', en: 'Total floor area (m²)' },
        help: { zh: '居住项目必填，最多两位小数', en: 'Required for a residential project; up to 2 decimals' },
      },
      busFacilitiesPerTiaConclusion: {
        label: {
          zh: '已按交通影响评价结论配套建设公交站场设施',
          en: 'The bus facilities the assessment called for are built',
        },
        help: { zh: '只用于判断是否一票否决', en: 'Only used for the veto' },
      },
    },
    controls: { works: 'radio' },
    results: {
      labels: {
        tiaRequired: { zh: '须做公交设施交通影响评价', en: 'Traffic impact assessment of bus facilities required' },
        listed: { zh: '项目类型在文件中列明', en: 'The type is named in the document' },
        reason: { zh: '理由', en: 'Why' },
        'notAssessed.*.reason': { zh: '原因', en: 'Reason' },
        threshold: { zh: '规模标准', en: 'Size threshold' },
        'threshold.value': { zh: '标准数值', en: 'Threshold' },
        'threshold.unit': { zh: '单位', en: 'Counted in' },
        'threshold.bound': { zh: '与标准比较', en: 'Compared with the threshold' },
        veto: { zh: '一票否决', en: 'One-vote veto' },
        'veto.applies': { zh: '不予审批、验收', en: 'No approval, no acceptance' },
        'veto.effect': { zh: '后果', en: 'Effect' },
        assessmentCovers: { zh: '评价的公交设施', en: 'Bus facilities assessed' },
        notes: { zh: '说明', en: 'Notes' },
      },
      options: {
        'threshold.bound': {
          'inclusive (以上)': { zh: '达到标准即须评价（“以上”，含本数）', en: 'Needed from the threshold on (以上, the figure included)' },
          'exclusive (大于)': {
            zh: '超过标准才须评价（“大于”，不含本数）',
            en: 'Needed only above the threshold (大于, the figure excluded)',
          },
        },
        'threshold.unit': {
          classes: { zh: '班', en: 'Classes' },
          beds: { zh: '张床位', en: 'Beds' },
          m2: { zh: '平方米（建筑面积）', en: 'm² of floor area' },
        },
        'veto.effect': {
          '一律不予审批、验收 (no approval, no acceptance)': { zh: '一律不予审批、验收', en: 'No approval and no acceptance' },
          'no veto in force': { zh: '当日没有一票否决的规定', en: 'No veto in force that day' },
        },
        'assessmentCovers.*': {
          公交枢纽站: { zh: '公交枢纽站', en: 'Bus hub' },
          首末站: { zh: '首末站', en: 'Terminal' },
          中途站: { zh: '中途站', en: 'Intermediate stop' },
        },
        'notAssessed.*.item': {
          tiaRequired: { zh: '是否须做交通影响评价', en: 'Whether an assessment is required' },
          veto: { zh: '一票否决', en: 'One-vote veto' },
        },
      },
    },
  },
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '三（一）2',
      text: {
        zh: '“规定班数以上学校”“规定床位数以上医院”的“以上”含本数：班级数或床位数正好等于规定数的，也须做交通影响评价。',
        en: '“Schools of the set number of classes or more” and “hospitals of the set number of beds or more” include the number itself: a school or hospital of exactly that size needs the assessment.',
      },
    },
    {
      article: '三（一）2',
      text: {
        zh: '商业和办公项目“建筑面积大于规定面积”、居住项目“总建筑面积大于规定面积”的“大于”不含本数：面积正好等于规定面积的，不须做交通影响评价，须超过才须做。面积按填写的数值精确比较，不作舍入。',
        en: 'For commercial and office projects (“floor area greater than the set area”) and residential projects (“total floor area greater than the set area”), “greater than” excludes the bound: exactly the set area does not need the assessment, only a larger one does. Areas are compared exactly as entered, never rounded.',
      },
    },
    {
      article: '三（一）2',
      text: {
        zh: '原文只写“新建或改建”的项目：扩建、装修等其他工程不在这一规定之内，答复为不须做交通影响评价。',
        en: 'The text names only “new or rebuilt” projects: other works (an extension, a refit…) are outside this rule, and the answer is that no assessment is required.',
      },
    },
    {
      article: '三（一）2',
      text: {
        zh: '大型文化娱乐场所及旅游景点、体育场馆、城市主次干道没有规模标准，新建或改建的都须做交通影响评价；“大型”原文没有定义，文化娱乐场所是否属于大型由使用者判断后选择类型。',
        en: 'Large cultural and entertainment venues, tourist attractions, stadiums and sports halls, and urban arterial and secondary roads have no size threshold: new or rebuilt, they need the assessment. The text does not define “large”: you judge whether a venue is large before you choose its type.',
      },
    },
    {
      article: '三（一）2',
      text: {
        zh: '项目类型的列举以“等项目”结尾，没有列全：未列出的类型不能说明须做，审批部门仍可能要求，原文没有说明，因此答复为无法判断，不答“不须做”。',
        en: 'The list of project types ends with “and so on”, so it is not complete: a type not listed is not shown to need the assessment, yet the approving authority may still require one and the text does not say. The answer is “cannot be determined”, never “not required”.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof busTiaRequirement>;
