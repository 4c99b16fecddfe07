import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { landEntryCheck } from './land-entry-check';

const PROJECT_TYPES = {
  industrial: { zh: '工业项目', en: 'Industrial' },
  'producer-services': { zh: '经认定的重点生产性服务业项目', en: 'Recognised key producer services' },
  services: { zh: '其他服务业项目', en: 'Other services' },
  other: { zh: '其他项目（住宅、商业等）', en: 'Other (housing, commerce…)' },
};
const ZONES = {
  'development-zone': { zh: '开发区（工业园区）内', en: 'Inside a development zone or industrial park' },
  outside: { zh: '开发区（工业园区）以外', en: 'Outside any development zone or industrial park' },
};
const CLASSES = {
  A: { zh: 'A类', en: 'Class A' },
  B: { zh: 'B类', en: 'Class B' },
  C: { zh: 'C类', en: 'Class C' },
  D: { zh: 'D类', en: 'Class D' },
};
const RULES = {
  two_high_one_resource: { zh: '“两高一资”项目', en: 'High energy use, high pollution or resource-based' },
  obsolete_capacity: { zh: '淘汰落后产能项目', en: 'Obsolete capacity' },
  not_upgrading: { zh: '不符合产业转型升级项目', en: 'Does not fit industrial upgrading' },
  layout_adjustment: { zh: '规划布局需调整项目', en: 'Planned layout must change' },
  performance_class: { zh: '上年度绩效评价为C类或D类', en: 'Class C or D last year' },
  small_project: { zh: '投资和用地规模都较小（拆迁安置除外）', en: 'Small investment on a small plot (resettlement exempt)' },
  industrial_outside_zone: { zh: '开发区（工业园区）以外的工业项目', en: 'Industrial project outside a development zone' },
};
const CRITERIA = {
  investment_intensity: { zh: '投资强度', en: 'Investment per mu' },
  floor_area_ratio: { zh: '容积率', en: 'Floor-area ratio' },
  sales_per_mu: { zh: '亩均销售收入', en: 'Sales per mu' },
  tax_per_mu: { zh: '亩均税收', en: 'Tax per mu' },
};
const BASES = {
  appraised_price: { zh: '土地评估价格', en: 'Appraised land price' },
  grade_minimum_price: { zh: '工业用地出让最低价标准', en: 'Minimum price of industrial land for the grade' },
};
const BOUNDS = {
  inclusive: { zh: '含本数', en: 'Included' },
  exclusive: { zh: '不含本数', en: 'Not included' },
};

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '项目供地准入审查', en: 'Land supply: project entry check' },
  description: {
    zh: '按嘉政办发〔2014〕106号，审查项目是否属于原则上不再供地的情形、是否达到投资强度、容积率、亩均销售收入和亩均税收等准入标准，并给出工业用地出让起始价区间，逐项注明依据。',
    en: 'Screens a land-using project under 嘉政办发〔2014〕106号: the grounds on which no land is supplied in principle, the entry standards (investment intensity, floor-area ratio, sales and tax per mu, compared exactly) and the starting-price band of industrial land, each with its source.',
  },
  /** The date of the land-entry check becomes the date. */
  sampleAt: onField('date'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；是否供地及出让起始价以当地人民政府和国土资源部门的决定为准。',
    en: 'An estimate from the published rules, for information only; the local people’s government and the land and resources department decide on the supply of land and its starting price.',
  },
  presentation: {
    fields: {
      date: {
        label: { zh: '适用日期', en: 'Date the rules apply on' },
        help: {
          zh: '按这一天施行的规定审查，一般填申请用地的日期',
          en: 'The rules in force on this day apply; usually the date of the land application',
        },
      },
      projectType: {
        label: { zh: '项目类型', en: 'Type of project' },
        help: {
          zh: '文化创意、现代物流、研发设计等重点生产性服务业项目，须经业务主管部门认定，按工业用地供地',
          en: 'Key producer services (creative industries, logistics, R&D and design…) count only when the competent department recognises them; they get land as industrial land',
        },
        options: PROJECT_TYPES,
      },
      zone: {
        label: { zh: '项目位置', en: 'Where the project is' },
        options: ZONES,
      },
      totalInvestment: { label: { zh: '总投资（元）', en: 'Total investment (yuan)' } },
      landArea: { label: { zh: '用地面积（亩）', en: 'Land area (mu)' } },
      floorAreaRatio: {
        label: { zh: '容积率', en: 'Floor-area ratio' },
        help: { zh: '不填则不审查容积率标准', en: 'Leave empty and the floor-area ratio standard is not checked' },
      },
      expectedSales: {
        label: { zh: '预期年销售收入（元）', en: 'Expected sales a year (yuan)' },
        help: { zh: '不填则不审查亩均销售收入', en: 'Leave empty and sales per mu are not checked' },
      },
      expectedTax: {
        label: { zh: '预期年税收（元）', en: 'Expected tax a year (yuan)' },
        help: { zh: '不填则不审查亩均税收', en: 'Leave empty and tax per mu is not checked' },
      },
      enterpriseClass: {
        label: { zh: '上年度工业企业绩效评价类别', en: 'Last year’s industrial performance class' },
        help: { zh: '未参加评价（如新办企业）的不选', en: 'Leave unchosen if the enterprise was not rated (a new enterprise, say)' },
        options: CLASSES,
      },
      resettlement: {
        label: { zh: '拆迁安置项目', en: 'Demolition resettlement project' },
        help: {
          zh: '拆迁安置项目不适用“投资和用地规模都较小”的情形；不填则该情形可能无法判断',
          en: 'A resettlement project is exempt from the small-project ground; leave empty and that ground may stay undecided',
        },
      },
      priority: {
        label: { zh: '优先发展且节约集约用地的项目', en: 'Priority project that uses land sparingly' },
        help: {
          zh: '经有关部门认定符合产业导向的先进装备制造业、高技术产业、战略性新兴产业、绩效评价A类企业等项目',
          en: 'As recognised by the competent departments: advanced equipment, high-tech, strategic emerging industries, class A enterprises and the like',
        },
      },
      conformsToUpgrading: {
        label: { zh: '符合我市产业转型升级', en: 'Fits the city’s industrial upgrading' },
        help: { zh: '优先发展的项目须同时选“是”', en: 'A priority project must also answer yes here' },
      },
      twoHighOneResource: {
        label: { zh: '“两高一资”项目', en: 'High energy use, high pollution or resource-based project' },
        help: { zh: '高耗能、高污染、资源性项目；不填则不评估此情形', en: 'Leave empty and this ground is not assessed' },
      },
      obsoleteCapacity: {
        label: { zh: '淘汰落后产能项目', en: 'Obsolete capacity to be phased out' },
        help: { zh: '不填则不评估此情形', en: 'Leave empty and this ground is not assessed' },
      },
      layoutNeedsAdjustment: {
        label: { zh: '规划布局需调整的项目', en: 'Project whose planned layout must change' },
        help: { zh: '不填则不评估此情形', en: 'Leave empty and this ground is not assessed' },
      },
      appraisedPrice: {
        label: { zh: '土地评估价格（元/平方米）', en: 'Appraised land price (yuan per m²)' },
        help: { zh: '不填则只给出倍数，不计算起始价金额', en: 'Leave empty for the multiples only, without the starting price in yuan' },
      },
      gradeMinimumPrice: {
        label: {
          zh: '所在地土地等别对应的工业用地出让最低价标准（元/平方米）',
          en: 'Minimum price of industrial land for the parcel’s grade (yuan per m²)',
        },
        help: {
          zh: '文件未公布此标准，请按所在地标准填写；优先发展项目的起始价下限按此计算',
          en: 'Not published in the document: enter the standard for the parcel; a priority project’s floor is worked out from it',
        },
      },
    },
    controls: { projectType: 'radio', zone: 'radio', enterpriseClass: 'radio' },
    results: {
      labels: {
        eligible: { zh: '达到供地准入要求', en: 'Meets the conditions for land' },
        inPrinciple: {
          zh: '以上规定为“原则上”适用（审查意见，不是最终决定）',
          en: 'These rules apply “in principle” (a finding, not a final decision)',
        },
        exclusions: { zh: '原则上不再供地的情形', en: 'Grounds on which no land is supplied' },
        'exclusions.*.rule': { zh: '情形', en: 'Ground' },
        'exclusions.*.status': { zh: '审查结果', en: 'Finding' },
        standards: { zh: '用地准入标准', en: 'Entry standards' },
        'standards.*.criterion': { zh: '标准', en: 'Standard' },
        'standards.*.status': { zh: '结果', en: 'Finding' },
        'standards.*.actual': { zh: '本项目', en: 'This project' },
        'standards.*.minimum': { zh: '不低于', en: 'At least' },
        'standards.*.unit': { zh: '单位', en: 'Unit' },
        reasons: { zh: '未达到要求的原因', en: 'Why not' },
        'reasons.*.item': { zh: '事项', en: 'Item' },
        startingPrice: { zh: '工业用地出让起始价', en: 'Starting price of industrial land' },
        'startingPrice.category': { zh: '项目类别', en: 'Category' },
        'startingPrice.basis': { zh: '起始价的确定基础', en: 'Based on' },
        'startingPrice.minMultiplier': { zh: '起始价下限的倍数', en: 'Floor as a multiple' },
        'startingPrice.minMultiplierBase': { zh: '起始价下限的计算基础', en: 'Floor worked out from' },
        'startingPrice.minBound': { zh: '下限是否含本数', en: 'Floor included' },
        'startingPrice.appraisedMultiplier': { zh: '相对土地评估价格的倍数', en: 'As multiples of the appraised price' },
        'startingPrice.gradeMinimumMultiplier': {
          zh: '相对工业用地出让最低价标准的倍数',
          en: 'As multiples of the minimum price for the grade',
        },
        min: { zh: '最低倍数', en: 'Lowest multiple' },
        minBound: { zh: '下限是否含本数', en: 'Floor included' },
        max: { zh: '最高倍数', en: 'Highest multiple' },
        maxBound: { zh: '上限是否含本数', en: 'Cap included' },
        'startingPrice.minimumStartingPrice': { zh: '出让起始价最低（每平方米）', en: 'Lowest starting price (per m²)' },
        'startingPrice.maximumStartingPrice': { zh: '出让起始价最高（每平方米）', en: 'Highest starting price (per m²)' },
        'startingPrice.unit': { zh: '单位', en: 'Unit' },
        'startingPrice.missing': { zh: '原文未公布的数值', en: 'Values not published' },
        'startingPrice.missingInputs': { zh: '计算金额还需填写', en: 'Still needed for the amounts' },
        note: { zh: '说明', en: 'Note' },
        caveats: { zh: '审查时还须注意', en: 'Also to bear in mind' },
        'caveats.*.text': { zh: '规定', en: 'Rule' },
        minimumStartingPrice: { zh: '出让起始价最低', en: 'Lowest starting price' },
        maximumStartingPrice: { zh: '出让起始价最高', en: 'Highest starting price' },
      },
      tables: {
        exclusions: { columns: [{ key: 'rule' }, { key: 'status' }, { key: 'citation' }] },
        standards: {
          columns: [{ key: 'criterion' }, { key: 'status' }, { key: 'actual' }, { key: 'minimum' }, { key: 'unit' }, { key: 'citation' }],
        },
        reasons: { columns: [{ key: 'item' }, { key: 'citation' }] },
      },
      options: {
        'exclusions.*.rule': RULES,
        'exclusions.*.status': {
          met: { zh: '属于（原则上不再供地）', en: 'Applies: in principle no land' },
          not_met: { zh: '不属于', en: 'Does not apply' },
          not_applicable: { zh: '不适用于本类项目', en: 'Not for this type of project' },
          not_assessed: { zh: '尚不能确定', en: 'Not yet determined' },
        },
        'standards.*.criterion': CRITERIA,
        'standards.*.status': {
          met: { zh: '达到', en: 'Reached' },
          not_met: { zh: '未达到', en: 'Not reached' },
          not_applicable: { zh: '不适用', en: 'Not applicable' },
          not_assessed: { zh: '尚不能确定', en: 'Not yet determined' },
        },
        'standards.*.unit': {
          'CNY/mu': { zh: '元/亩', en: 'yuan per mu' },
          multiplier: { zh: '比值', en: 'ratio' },
        },
        'reasons.*.item': { ...RULES, ...CRITERIA },
        'startingPrice.category': {
          priority: { zh: '优先发展且节约集约用地的项目', en: 'Priority project using land sparingly' },
          conforming: { zh: '符合产业导向和转型升级的项目', en: 'Fits the industrial policy and upgrading' },
          nonconforming: {
            zh: '不符合我市产业转型升级但国家仍允许投资的项目',
            en: 'Does not fit the city’s upgrading, still allowed nationally',
          },
        },
        'startingPrice.basis': BASES,
        'startingPrice.minMultiplierBase': BASES,
        'startingPrice.unit': { 'CNY/m2': { zh: '元/平方米', en: 'yuan per m²' } },
        'startingPrice.missingInputs.*': {
          appraisedPrice: { zh: '土地评估价格', en: 'Appraised land price' },
          gradeMinimumPrice: { zh: '工业用地出让最低价标准', en: 'Minimum price of industrial land for the grade' },
        },
        bound: BOUNDS,
        minBound: BOUNDS,
        maxBound: BOUNDS,
      },
    },
  },
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '二（一）3（1）①③',
      text: {
        zh: '出让起始价的下限（“不得低于最低价标准的规定比例”“上浮不低于规定比例”）是法定下限，按分向上取整，保证不低于下限；上限（按评估价格下浮，即不高于评估价格）按分向下取整。',
        en: 'The floors of the starting price (“not below the set share of the minimum price standard”, “raised by at least the set share”) are legal bounds, rounded up to the fen so the answer is never below them; the cap (at most the appraised price) is rounded down.',
      },
    },
    {
      article: '二（一）1（2）',
      text: {
        zh: '总投资、用地面积在规定限额“以下”均含本数，“且”指两个条件同时满足；拆迁安置项目除外。',
        en: 'The set limits on total investment and land area (“以下”) include the bound, and both must hold; resettlement projects are exempt.',
      },
    },
    {
      article: '二（一）1（3）',
      text: {
        zh: '投资强度按总投资 ÷ 用地面积计算；亩均销售收入、亩均税收按年计算；各项按精确值比较，不作舍入。',
        en: 'Investment intensity is total investment ÷ land area; sales and tax per mu are annual; every figure is compared exactly, never rounded.',
      },
    },
    {
      article: '二（一）1（2）–（3）',
      text: {
        zh: '不再供地的情形和准入标准都是“原则上”：答复只报告审查结果，不是最终拒绝；未回答的情形不作评估，也不假定。',
        en: 'Both the no-land grounds and the entry standards apply “in principle”: the answer reports, it is not a final refusal; a ground not answered is not assessed and never assumed.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof landEntryCheck>;
