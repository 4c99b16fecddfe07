import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { egovProjectReview } from './egov-project-review';

const LEVELS = {
  municipal: { zh: '市级项目', en: 'Municipal' },
  county: { zh: '县（市、区）项目', en: 'County, county-level city or district' },
};
const FUNDING = {
  fiscal_funds: { zh: '财政性资金投资', en: 'Public (fiscal) funds' },
  higher_level_subsidy: { zh: '上级补助资金', en: 'Subsidy from a higher level' },
  special_funds: { zh: '专项资金', en: 'Special funds' },
  government_purchase_of_service: { zh: '政府购买服务', en: 'Government purchase of services' },
  built_in_government_name: { zh: '以政府名义建设', en: 'Built in the government’s name' },
};
const CATEGORIES = {
  infrastructure: { zh: '基础设施类', en: 'Infrastructure' },
  information_resources: { zh: '信息资源类', en: 'Information resources' },
  public_service: { zh: '公众服务类', en: 'Public services' },
  supervision_decision: { zh: '监管决策类', en: 'Supervision and decision support' },
  information_security: { zh: '信息安全类', en: 'Information security' },
  other: { zh: '其他', en: 'Other' },
};
const WORK_TYPES = {
  new: { zh: '新建', en: 'New build' },
  expansion: { zh: '扩建', en: 'Expansion' },
  upgrade: { zh: '升级改造', en: 'Upgrade' },
  operation_maintenance: { zh: '运维服务', en: 'Operation and maintenance' },
  other: { zh: '其他', en: 'Other' },
};
const OUTCOMES = {
  approve: { zh: '同意实施', en: 'Approved' },
  defer: { zh: '暂缓实施', en: 'Deferred' },
  reject: { zh: '不予实施', en: 'Rejected' },
};
/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '电子政务项目预审', en: 'E-government project pre-review' },
  description: {
    zh: '按嘉政办发〔2014〕111号，判断电子政务项目是否须经市预审办预审、申报是否按期及能否受理、预审应在哪一天前完成（按工作日计，节假日和调休上班日由使用者填写），以及预审结果对实施、建设资金和立项程序的影响（立项标准文件未公布，可自行填写）。',
    en: 'Under 嘉政办发〔2014〕111号: whether an e-government project needs pre-review by the municipal pre-review office, whether its filing is on time and can be accepted, by which day the review should be done (in working days; you give the holidays and swapped working days), and what the review result means for implementation, funding and the approval route (the project approval threshold is not published; you may give it).',
  },
  /**
   * The filing date becomes the date; materials, holidays and make-up working days move by the same number of days, the
   * planned build year by the same number of years.
   */
  sampleAt: onField('filingDate'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；预审意见以市电子政务项目预审办公室（市预审办）出具的为准。',
    en: 'An estimate from the published rules, for information only; the municipal e-government project pre-review office (市预审办) issues the pre-review opinion.',
  },
  presentation: {
    fields: {
      level: {
        label: { zh: '项目层级', en: 'Level of the project' },
        help: { zh: '县（市、区）项目按各地参照本办法制定的预审办法', en: 'County projects follow the county’s own pre-review measures' },
        options: LEVELS,
      },
      funding: {
        label: { zh: '资金来源和建设方式', en: 'Funding and how it is built' },
        help: { zh: '可选多项；都不是的不添加', en: 'Add each that applies; add none if none applies' },
      },
      'funding.*': { label: { zh: '资金来源或建设方式', en: 'Funding or sponsorship' }, options: FUNDING },
      isSubprojectOfFiscalCapitalProject: {
        label: { zh: '财政性资金基建项目中的电子政务子项目', en: 'E-government part of a building project paid with public funds' },
        help: {
          zh: '按第三条第二款，这类子项目也须预审；未列资金来源又不填此项的，是否须预审无法判断',
          en: 'Such parts are reviewed too (Article 3, second paragraph); with no funding listed and this left empty, scope cannot be decided',
        },
      },
      category: {
        label: { zh: '项目类别', en: 'Kind of project' },
        help: { zh: '仅作记录，不影响是否须预审', en: 'For the record only: it does not change whether review is needed' },
        options: CATEGORIES,
      },
      workType: {
        label: { zh: '建设类型', en: 'Kind of work' },
        help: { zh: '仅作记录，不影响是否须预审', en: 'For the record only: it does not change whether review is needed' },
        options: WORK_TYPES,
      },
      classified: {
        label: { zh: '涉密项目', en: 'Classified project' },
        help: { zh: '涉密项目另行规定', en: 'Classified projects follow separate rules' },
      },
      plannedBuildYear: { label: { zh: '拟建设年度', en: 'Year the project is to be built' } },
      filingDate: {
        label: { zh: '申报日期', en: 'Date of filing' },
        help: {
          zh: '应在拟建设年度上一年的9月30日前（含当日）申报',
          en: 'Due by 30 September of the year before the build year, that day included',
        },
      },
      anytimeConditions: {
        label: { zh: '当年临时申报的条件', en: 'Conditions for a filing in the build year' },
        help: {
          zh: '在建设当年申报的，须以下四项条件都具备才可随时受理；不填的条件视为未评估',
          en: 'A filing in the build year is accepted only if all four hold; a condition left empty is not assessed',
        },
      },
      'anytimeConditions.higherLevelRequirement': { label: { zh: '上级有明确要求', en: 'Required by a higher authority' } },
      'anytimeConditions.municipalGovernmentEndorsed': { label: { zh: '市政府认可', en: 'Endorsed by the municipal government' } },
      'anytimeConditions.fundingSecured': { label: { zh: '已落实资金来源', en: 'Funding secured' } },
      'anytimeConditions.mustBuildThisYear': { label: { zh: '须当年度建设', en: 'Must be built this year' } },
      materialsCompleteDate: {
        label: { zh: '申报材料齐全日期', en: 'Date the complete materials arrived' },
        help: {
          zh: '预审时限自次日起按工作日计算；不得早于申报日期，不填则不计算时限',
          en: 'The review period counts working days from the next day; not before the filing date; leave empty to skip the deadline',
        },
      },
      holidays: {
        label: { zh: '工作日放假的法定节假日', en: 'Public holidays on weekdays' },
        help: {
          zh: '按当年国务院节假日安排填写；不填则只按周末计算',
          en: 'As in the year’s State Council holiday notice; leave empty to count weekends only',
        },
      },
      'holidays.*': { label: { zh: '放假日期', en: 'Holiday' } },
      adjustedWorkingDays: {
        label: { zh: '周末调休上班日', en: 'Weekend days worked instead' },
        help: {
          zh: '因节假日调休而上班的周六、周日，按工作日计算',
          en: 'Saturdays or Sundays worked in exchange for holidays count as working days',
        },
      },
      'adjustedWorkingDays.*': { label: { zh: '调休上班日期', en: 'Working day' } },
      reviewOutcome: {
        label: { zh: '预审结果', en: 'Review result' },
        help: { zh: '已知预审结果的，可查看其后果', en: 'If you know the result, see what it means' },
        options: OUTCOMES,
      },
      investmentYuan: {
        label: { zh: '项目投资额（元）', en: 'Project investment (yuan)' },
        help: { zh: '同意实施的项目，用于判断是否达到立项标准', en: 'For an approved project: whether it reaches the approval threshold' },
      },
      approvalThresholdYuan: {
        label: { zh: '立项标准（元）', en: 'Project approval threshold (yuan)' },
        help: {
          zh: '本办法未公布立项标准，请按政府投资项目管理规定填写',
          en: 'This document does not publish it: enter it from the government investment project rules',
        },
      },
    },
    items: {
      funding: { zh: '资金来源', en: 'Funding' },
      holidays: { zh: '节假日', en: 'Holiday' },
      adjustedWorkingDays: { zh: '调休上班日', en: 'Working day' },
    },
    controls: { level: 'radio', reviewOutcome: 'radio' },
    results: {
      labels: {
        inScope: { zh: '须经市预审办预审', en: 'Needs pre-review by the municipal office' },
        scopeReasons: { zh: '判断依据', en: 'Because' },
        reviewBody: { zh: '预审机构', en: 'Reviewed by' },
        filing: { zh: '申报与受理', en: 'Filing' },
        cycle: { zh: '申报方式', en: 'Filing route' },
        regularDeadline: { zh: '正常申报截止日', en: 'Regular filing deadline' },
        onTime: { zh: '按期申报', en: 'Filed on time' },
        accepted: { zh: '予以受理', en: 'Accepted' },
        conditionsNotMet: { zh: '不具备的临时申报条件', en: 'Conditions not met' },
        review: { zh: '预审时限', en: 'Review period' },
        periodWorkingDays: { zh: '时限（工作日）', en: 'Working days allowed' },
        soft: {
          zh: '时限可有例外（原文为“一般应在……个工作日内”完成）',
          en: 'The limit allows exceptions (the text says “should generally” be done within it)',
        },
        startDate: { zh: '起算日（材料齐全日，不计入）', en: 'Start (materials complete, not counted)' },
        deadlineDate: { zh: '应完成预审的日期', en: 'Review due by' },
        countedDays: { zh: '计入的工作日', en: 'Working days counted' },
        calendar: { zh: '工作日计算方式', en: 'Calendar used' },
        warnings: { zh: '提醒', en: 'Warnings' },
        outcome: { zh: '预审结果', en: 'Review result' },
        'outcome.outcome': { zh: '结论', en: 'Decision' },
        mayImplement: { zh: '可以实施', en: 'May go ahead' },
        financeFundsConstruction: {
          zh: '由财政部门直接安排建设资金（未达到立项标准的）',
          en: 'Funded directly by the finance department (below the approval threshold)',
        },
        approvalPath: { zh: '办理途径', en: 'Route' },
        reachesThreshold: { zh: '投资达到立项标准', en: 'Investment reaches the threshold' },
        threshold: { zh: '立项标准（元）', en: 'Approval threshold (yuan)' },
        thresholdSource: { zh: '立项标准来源', en: 'Threshold from' },
        mayRefile: { zh: '可调整后重新申报', en: 'May file again after changes' },
        notes: { zh: '说明', en: 'Notes' },
      },
      options: {
        // the body named in the answer (the workbook's name of the office, or the county's own measures)
        reviewBody: {
          '市电子政务项目预审办公室（市预审办）': {
            zh: '市电子政务项目预审办公室（市预审办）',
            en: 'Municipal e-government project pre-review office (市预审办)',
          },
          '各县（市、区）参照本办法制定的预审暂行办法': {
            zh: '各县（市、区）参照本办法制定的预审暂行办法',
            en: 'The county’s own interim pre-review measures, modelled on these',
          },
        },
        'scopeReasons.*': {
          municipal_level: { zh: '市级项目', en: 'Municipal project' },
          county_level_own_measures: { zh: '县（市、区）项目，按当地办法', en: 'County project: the county’s own measures' },
          not_fiscal_or_government_project: { zh: '不属于第三条所列资金或建设方式', en: 'No funding or sponsorship of Article 3' },
          no_funding_basis_listed: { zh: '未列出资金来源', en: 'No funding listed' },
          'not_assessed:isSubprojectOfFiscalCapitalProject': {
            zh: '未说明是否为基建项目中的电子政务子项目',
            en: 'Not said whether it is part of a building project',
          },
          ...FUNDING,
        },
        cycle: {
          regular: { zh: '按期正常申报', en: 'Regular, on time' },
          late_regular: { zh: '超过正常申报截止日', en: 'After the regular deadline' },
          in_year: { zh: '当年临时申报', en: 'Filed in the build year' },
          not_addressed: { zh: '提前一年以上申报（文件未规定）', en: 'More than a year ahead (not provided for)' },
        },
        'filing.conditionsNotMet.*': {
          higher_level_requirement: { zh: '上级有明确要求', en: 'Required by a higher authority' },
          municipal_government_endorsed: { zh: '市政府认可', en: 'Endorsed by the municipal government' },
          funding_secured: { zh: '已落实资金来源', en: 'Funding secured' },
          must_build_this_year: { zh: '须当年度建设', en: 'Must be built this year' },
        },
        calendar: {
          weekends_only: { zh: '只扣除周末', en: 'Weekends only' },
          caller_lists: { zh: '按填写的节假日和调休上班日', en: 'With the holidays and working days you gave' },
        },
        outcome: OUTCOMES,
        approvalPath: {
          project_approval_procedure: { zh: '按规定程序办理立项', en: 'Through the project approval procedure' },
          finance_funds_directly: { zh: '由财政部门安排建设资金', en: 'Funded directly by the finance department' },
        },
        thresholdSource: {
          request: { zh: '按填写的立项标准', en: 'The threshold you gave' },
          table: { zh: '按数据表', en: 'The data table' },
        },
      },
    },
  },
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '第三条、第四条',
      text: {
        zh: '是否须预审不看投资金额：使用财政性资金（含上级补助资金和专项资金）投资、政府购买服务或以政府名义建设的市级电子政务项目都须预审。第四条列举项目类别用的是“主要是指”，建设类型后有“等”，所以项目类别和建设类型都不会把项目排除在外，只作记录。',
        en: 'Whether pre-review is needed does not depend on the amount: every municipal e-government project paid with public funds (higher-level subsidies and special funds included), bought as a government service or built in the government’s name is reviewed. Article 4 lists kinds of project as what they “mainly” are, and the kinds of work end with “and so on”: neither ever excludes a project; they are recorded only.',
      },
    },
    {
      article: '第三条第二款',
      text: {
        zh: '未填写的情况不作判断，也不当作“否”：没有列出第三条的资金来源或建设方式，又没有说明是否为财政性资金基建项目中的电子政务子项目的，是否须预审无法判断（这类子项目也须预审）。',
        en: 'A fact not given is not assessed, never taken as “no”: with no funding or sponsorship of Article 3 listed and nothing said on whether the project is the e-government part of a building project paid with public funds (such parts are reviewed too), whether it needs pre-review cannot be determined.',
      },
    },
    {
      article: '第六条、第十八条',
      text: {
        zh: '本办法的预审适用于市级项目；县（市、区）的项目不经市预审办预审，按各地参照本办法制定的预审办法办理，答复为不须经市预审办预审。',
        en: 'The pre-review of these measures is for municipal projects; a county, county-level city or district project is not reviewed by the municipal office but under the measures its county makes on this model, and the answer says so.',
      },
    },
    {
      article: '第九条',
      text: {
        zh: '须在建设年度上一年的规定日期“前”申报：“前”包括截止日当天。截止日之后才申报下一年度项目的，错过了正常申报，只能在建设当年按第十条临时申报，因此原则上不予受理。',
        en: 'Projects are filed “before” the set day of the year ahead of the build year: the day itself is in time. A project for next year filed after it misses the regular cycle; only the in-year route of Article 10 is left, so it is not accepted in principle.',
      },
    },
    {
      article: '第九条、第十条',
      text: {
        zh: '建设当年临时申报的，须第十条四项条件（上级有明确要求、市政府认可、已落实资金来源、须当年度建设）同时具备才可受理；有一项不具备的，按第九条原则上不受理；有条件未填写、其余又都具备的，能否受理无法判断。比建设年度提前一年以上申报的，本办法没有规定，能否受理也无法判断。',
        en: 'A filing in the build year is accepted only when all four conditions of Article 10 hold (a clear requirement from above, the municipal government’s endorsement, funding secured, building needed this year); one not met and it is not accepted in principle (Article 9); one left empty with the others met and acceptance cannot be determined. Filing more than a year before the build year is not provided for: acceptance cannot be determined either.',
      },
    },
    {
      article: '第十三条',
      text: {
        zh: '“一般应在规定工作日内完成预审”是一般要求，可有例外，答复只给出应完成的日期。时限从申报材料齐全的次日起算（当日不计入），只计工作日：扣除周末和填写的法定节假日，填写的调休上班日按工作日计算；不填节假日的只扣除周末。',
        en: '“Should generally be done within the set working days” is a usual limit that allows exceptions: the answer gives the day it should be done by. The period starts the day after the complete materials arrive (that day not counted) and counts working days only: weekends and the public holidays you give are left out, the weekend days you give as worked count; with no holidays given, only weekends are left out.',
      },
    },
    {
      article: '第十二条（一）',
      text: {
        zh: '同意实施的项目，投资“达到立项标准”的按规定程序办理立项，未达到的由财政部门安排建设资金。“达到”含本数，按分精确比较。本办法没有公布立项标准：可以自行填写；不填写的，办理途径无法计算，答复说明该数值原文未公布。',
        en: 'An approved project whose investment “reaches the approval threshold” goes through the project approval procedure; below it the finance department funds it. “Reaches” includes the threshold itself, compared to the fen. These measures do not publish the threshold: you may give it; without it the route cannot be worked out, and the answer says the figure is not published.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof egovProjectReview>;
