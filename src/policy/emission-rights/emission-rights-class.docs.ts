import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { emissionRightsClass } from './emission-rights-class';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '排污权使用绩效“三三制”分类', en: 'Emission rights: performance class (thirds) of the firms of an industry' },
  description: {
    zh: '按嘉政办发〔2014〕112号《嘉兴市加强排污权使用绩效评价促进产业转型升级的实施意见》二（一），以吨排污权指标税收贡献对同行业企业排序，确定鼓励类、一般类、其它类（含并列、不能整除三等分及排除情形），并给出年度减排任务分组。',
    en: 'Ranks the firms of one industry by tax per tonne of emission rights and gives each its class (encouraged, general, other) under 嘉政办发〔2014〕112号 (performance opinions, 二（一）), with ties, uneven thirds and exclusions, and its reduction-task group (二（二）1).',
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
        zh: '“排名最前的规定比例的鼓励类企业”按鼓励类企业中排名最前的该比例计算；按全行业排名最前该比例之内的鼓励类企业理解的结果随答复一并给出。两者都只是“可为”的上限。',
        en: '“The top set share of the encouraged firms” is read as that share of the encouraged firms; the reading as the encouraged firms within that top share of the whole industry is given with the answer as an alternative. Either way the factor is a ceiling the authority may grant (可为).',
      },
    },
    {
      article: '绩效意见 二（二）2 三是',
      text: {
        zh: '“连续两年”“连续三年”包括本次排名，之前各年按调用方提供的历史（最近的在前）；“排名最后规定比例”按全行业排名计算，一家企业（并列的企业整块）的名次完全落在最后该比例内才算，所以参评企业少、一个名次就超过该比例时，排名最后的企业也不在其内；“排污强度”原文未定义，由评价部门判断。',
        en: '“Two (three) years running” include this ranking and the earlier years the caller gives (most recent first); the bottom set share is of the whole industry, a firm (a tied group) counting only if its place lies wholly within it, so with few firms, where one place is more than that share, even the last firm is not within it; 排污强度 is not defined, the authority judges it.',
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
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；企业的绩效类别以环保部门评价、排序并公布的结果为准。',
    en: 'An estimate from the published rules, for information only; the environmental protection department’s published evaluation and ranking decide a firm’s class.',
  },
  presentation: {
    fields: {
      industry: {
        label: { zh: '行业', en: 'Industry' },
        help: { zh: '参加排污权使用绩效评价的重污染行业', en: 'A heavy-polluting industry in the performance evaluation' },
        options: {
          dyeing: { zh: '印染', en: 'Dyeing and finishing' },
          paper: { zh: '造纸', en: 'Papermaking' },
          tanning: { zh: '制革', en: 'Leather tanning' },
          chemicals: { zh: '化工', en: 'Chemicals' },
          electroplating: { zh: '电镀', en: 'Electroplating' },
          'thermal-power': { zh: '热电', en: 'Combined heat and power' },
        },
      },
      date: {
        label: { zh: '评价日期', en: 'Date of the evaluation' },
        help: { zh: '按当日有效的规定分类；不填为今天', en: 'The rules in force that day apply; empty means today' },
      },
      companies: {
        label: { zh: '参评企业', en: 'Firms evaluated' },
        help: {
          zh: '填写本行业全部参评企业，按它们一起排序分为三档',
          en: 'Every evaluated firm of the industry: they are ranked together and split into thirds',
        },
      },
      'companies.*.id': {
        label: { zh: '企业名称或编号', en: 'Firm name or reference' },
        help: { zh: '每家企业不同', en: 'Different for each firm' },
      },
      'companies.*.taxPaid': {
        label: { zh: '税收贡献（元）', en: 'Tax contribution (yuan)' },
        help: {
          zh: '评价期内的税收；计入哪些税种原文未公布，按评价部门提供的数填写',
          en: 'Tax of the evaluation period; which taxes count is not published, so enter the figure the evaluating department gives',
        },
      },
      'companies.*.emissionRightsTonnes': {
        label: { zh: '排污权指标（吨）', en: 'Emission rights held (tonnes)' },
        help: {
          zh: '本行业计入的主要污染物的排污权指标之和，大于0，最多4位小数',
          en: 'Sum over the main pollutants counted for the industry; above 0, up to 4 decimals',
        },
      },
      'companies.*.exclusions': {
        label: { zh: '例外情形', en: 'Exceptions' },
        help: {
          zh: '有下列情形的，按二（一）3不得列入鼓励类或一律列为其它类',
          en: 'Cases that bar the encouraged class or always give other',
        },
      },
      'companies.*.exclusions.*': {
        label: { zh: '情形', en: 'Case' },
        options: {
          'reduction-task-unmet-no-purchase': {
            zh: '未完成当年减排任务且未申购排污权指标',
            en: 'Year’s reduction task not done and no rights bought for it',
          },
          'major-environmental-violation': { zh: '有重大环境违法行为', en: 'A major environmental violation' },
          'initial-right-not-paid': {
            zh: '已核定初始排污权但未有偿使用和交易',
            en: 'Initial rights verified but not paid for or traded',
          },
        },
      },
      'companies.*.newProject': {
        label: { zh: '新建项目', en: 'New project' },
        help: {
          zh: '按二（一）1，新建项目完成“三同时”验收后才参加排序；不是新建项目的不填',
          en: 'A new project is ranked only once it has passed its “three simultaneities” acceptance (二（一）1); leave empty if the firm is not a new project',
        },
      },
      'companies.*.newProject.acceptedOn': {
        label: { zh: '“三同时”验收日期', en: 'Date of the “three simultaneities” acceptance' },
        help: {
          zh: '验收日期晚于评价日期的，本次不参加排序；尚未验收的新建项目不参加排序，不必列入',
          en: 'Accepted after the evaluation date, the firm is not ranked this time; a new project not yet accepted is not ranked, so leave it out',
        },
      },
      'companies.*.history': {
        label: { zh: '以前年度的排名', en: 'Rankings of earlier years' },
        help: {
          zh: '用于判断二（二）2 的强制整治提升和关停计划：从上一年起依次往前填写；不填则这两项不作判定',
          en: 'Used for forced rectification and the closure plan (二（二）2): last year first, then the year before, and so on; leave empty and they are not assessed',
        },
      },
      'companies.*.history.*.class': {
        label: { zh: '当年的类别', en: 'Class that year' },
        options: {
          encouraged: { zh: '鼓励类', en: 'Encouraged' },
          general: { zh: '一般类', en: 'General' },
          other: { zh: '其它类', en: 'Other' },
        },
      },
      'companies.*.history.*.inBottomShare': {
        label: { zh: '当年在全行业排名最后的规定比例内', en: 'In the bottom share of the industry that year' },
        help: { zh: '即二（二）2 所说的“排名最后10%”', en: 'The “bottom 10 %” of 二（二）2' },
      },
      'companies.*.reductionTaskCompleted': {
        label: { zh: '已完成当年减排任务', en: 'This year’s reduction task completed' },
        help: {
          zh: '用于判断是否实施落后产能关停计划；不清楚的选“不确定”',
          en: 'Used to decide on the closure plan for backward capacity; choose unsure if you do not know',
        },
      },
      'companies.*.intensityAboveCityAverage': {
        label: { zh: '排污强度高于全市平均水平', en: 'Pollution intensity above the city average' },
        help: {
          zh: '文件未定义“排污强度”，由评价部门判断；不清楚的选“不确定”',
          en: 'The document does not define pollution intensity; the evaluating department judges it. Choose unsure if you do not know',
        },
      },
    },
    items: {
      companies: { zh: '企业', en: 'Firm' },
      'companies.*.exclusions': { zh: '情形', en: 'Case' },
      'companies.*.history': { zh: '往年排名', en: 'Earlier year' },
    },
    results: {
      labels: {
        industry: { zh: '行业', en: 'Industry' },
        date: { zh: '评价日期', en: 'Date of the evaluation' },
        firmCount: { zh: '参评企业数', en: 'Firms evaluated' },
        bands: { zh: '分档数', en: 'Number of bands' },
        order: { zh: '排序方向', en: 'Order' },
        pollutantsCounted: { zh: '计入的污染物', en: 'Pollutants counted' },
        counts: { zh: '各类企业数', en: 'Firms per class' },
        'counts.encouraged': { zh: '鼓励类', en: 'Encouraged' },
        'counts.general': { zh: '一般类', en: 'General' },
        'counts.other': { zh: '其它类', en: 'Other' },
        notes: { zh: '说明', en: 'Notes' },
        notRanked: { zh: '未参加排序的企业', en: 'Firms not ranked' },
        reading: { zh: '本结果按哪种理解计算', en: 'How this answer reads the text' },
        alternatives: { zh: '另一种理解下的结果', en: 'The answer under the other reading' },
        'alternatives.*.reading': { zh: '另一种理解', en: 'The other reading' },
        notAssessed: { zh: '未能判定的事项', en: 'Not assessed' },
        'notAssessed.*.text': { zh: '说明', en: 'Explanation' },
        defaultsApplied: { zh: '未填写或选“不确定”、按默认处理的内容', en: 'Left empty or “not sure”, taken as the default' },
      },
      options: {
        industry: {
          dyeing: { zh: '印染', en: 'Dyeing and finishing' },
          paper: { zh: '造纸', en: 'Papermaking' },
          tanning: { zh: '制革', en: 'Leather tanning' },
          chemicals: { zh: '化工', en: 'Chemicals' },
          electroplating: { zh: '电镀', en: 'Electroplating' },
          'thermal-power': { zh: '热电', en: 'Combined heat and power' },
        },
        pollutantsCounted: {
          cod: { zh: '化学需氧量', en: 'Chemical oxygen demand (COD)' },
          'ammonia-nitrogen': { zh: '氨氮', en: 'Ammonia nitrogen' },
          so2: { zh: '二氧化硫', en: 'Sulphur dioxide (SO2)' },
          nox: { zh: '氮氧化物', en: 'Nitrogen oxides (NOx)' },
        },
        order: { descending: { zh: '从高到低', en: 'Highest first' } },
        'companies.*.class': {
          encouraged: { zh: '鼓励类', en: 'Encouraged' },
          general: { zh: '一般类', en: 'General' },
          other: { zh: '其它类', en: 'Other' },
        },
        'companies.*.positionClass': {
          encouraged: { zh: '鼓励类', en: 'Encouraged' },
          general: { zh: '一般类', en: 'General' },
          other: { zh: '其它类', en: 'Other' },
        },
        'companies.*.rule': {
          'top-third': { zh: '排名前三分之一', en: 'Top third of the ranking' },
          'middle-third': { zh: '排名中间三分之一', en: 'Middle third of the ranking' },
          'bottom-third': { zh: '排名后三分之一', en: 'Bottom third of the ranking' },
          'straddles-boundary': { zh: '并列跨越分档线，列一般类', en: 'A tie across a boundary: general' },
          'not-encouraged:reduction-task-unmet-no-purchase': {
            zh: '未完成减排任务且未申购，不列鼓励类',
            en: 'Reduction task not done, no rights bought: not encouraged',
          },
          'not-encouraged:major-environmental-violation': {
            zh: '重大环境违法，不列鼓励类',
            en: 'Major environmental violation: not encouraged',
          },
          'forced-other:initial-right-not-paid': {
            zh: '初始排污权未有偿使用，列其它类',
            en: 'Initial rights not paid for or traded: always other',
          },
        },
        'companies.*.exclusionsApplied': {
          'reduction-task-unmet-no-purchase': { zh: '未完成减排任务且未申购', en: 'Reduction task not done, no rights bought' },
          'major-environmental-violation': { zh: '有重大环境违法行为', en: 'Major environmental violation' },
          'initial-right-not-paid': { zh: '初始排污权未有偿使用和交易', en: 'Initial rights not paid for or traded' },
        },
        'companies.*.reductionTaskGroup': {
          'encouraged-top-10pct': { zh: '鼓励类前列', en: 'Encouraged, top' },
          encouraged: { zh: '鼓励类', en: 'Encouraged' },
          general: { zh: '一般类', en: 'General' },
          other: { zh: '其它类', en: 'Other' },
        },
        'companies.*.sanctions.forcedRectification': {
          met: { zh: '应采取', en: 'Applies' },
          not_met: { zh: '不采取', en: 'Does not apply' },
          not_assessed: { zh: '尚不能确定', en: 'Not yet determined' },
          not_applicable: { zh: '不适用', en: 'Not applicable' },
        },
        'companies.*.sanctions.closurePlan': {
          met: { zh: '应实施', en: 'Applies' },
          not_met: { zh: '不实施', en: 'Does not apply' },
          not_assessed: { zh: '尚不能确定', en: 'Not yet determined' },
          not_applicable: { zh: '不适用', en: 'Not applicable' },
        },
        'notRanked.*.reason': {
          'new-project-not-accepted': { zh: '新建项目尚未完成“三同时”验收', en: 'New project not yet through its acceptance' },
        },
        'alternatives.*.companies.*.reductionTaskGroup': {
          'encouraged-top-10pct': { zh: '鼓励类前列', en: 'Encouraged, top' },
          encouraged: { zh: '鼓励类', en: 'Encouraged' },
          general: { zh: '一般类', en: 'General' },
          other: { zh: '其它类', en: 'Other' },
        },
        'notAssessed.*.item': {
          'companies[*].sanctions.forcedRectification': { zh: '是否强制整治提升', en: 'Forced rectification' },
          'companies[*].sanctions.closurePlan': { zh: '是否实施落后产能关停计划', en: 'Closure plan for backward capacity' },
        },
        'defaultsApplied.*': {
          '/date': { zh: '评价日期（按今天）', en: 'Date of the evaluation (today)' },
        },
      },
      tables: {
        companies: {
          label: { zh: '各企业的类别', en: 'Class of each firm' },
          columns: [
            { key: 'id', label: { zh: '企业', en: 'Firm' } },
            { key: 'taxPerTonne', label: { zh: '每吨税收贡献', en: 'Tax per tonne' } },
            { key: 'rank', label: { zh: '名次', en: 'Rank' } },
            { key: 'class', label: { zh: '类别', en: 'Class' } },
            { key: 'rule', label: { zh: '理由', en: 'Why' } },
            { key: 'reductionTaskGroup', label: { zh: '减排任务分组', en: 'Task group' } },
            { key: 'reductionTaskFactor', label: { zh: '减排任务倍数', en: 'Task × city average' } },
            { key: 'reductionTaskDiscretionary', label: { zh: '该倍数可酌情给予', en: 'Factor at the authority’s discretion' } },
            { key: 'sanctions.inBottomShare', label: { zh: '在排名最后的规定比例内', en: 'Within the bottom share' } },
            { key: 'sanctions.forcedRectification', label: { zh: '强制整治提升', en: 'Forced rectification' } },
            { key: 'sanctions.closurePlan', label: { zh: '关停计划', en: 'Closure plan' } },
          ],
        },
        notRanked: {
          label: { zh: '未参加排序的企业', en: 'Firms not ranked' },
          columns: [
            { key: 'id', label: { zh: '企业', en: 'Firm' } },
            { key: 'reason', label: { zh: '原因', en: 'Why' } },
          ],
        },
        'alternatives.*.companies': {
          label: { zh: '分组不同的企业', en: 'Firms whose group differs' },
          columns: [
            { key: 'id', label: { zh: '企业', en: 'Firm' } },
            { key: 'reductionTaskGroup', label: { zh: '减排任务分组', en: 'Task group' } },
            { key: 'reductionTaskFactor', label: { zh: '减排任务倍数', en: 'Task × city average' } },
            { key: 'reductionTaskDiscretionary', label: { zh: '该倍数可酌情给予', en: 'Factor at the authority’s discretion' } },
          ],
        },
      },
    },
  },
} satisfies CalculatorDocs<typeof emissionRightsClass>;
