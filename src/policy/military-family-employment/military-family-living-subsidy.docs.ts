import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { militaryFamilyLivingSubsidy } from './military-family-living-subsidy';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '随军家属生活补贴费', en: 'Military family: living subsidy' },
  description: {
    zh: '按嘉政发〔2014〕85号第十八条，随军后未就业满规定月数且无固定收入的随军家属，由当地人民政府按当地城镇居民最低生活保障标准（原文未公布，须填写）按月发放生活补贴费：等待期内不发，补贴期限有上限，不能与失业保险金同时享受。',
    en: 'Living subsidy for a military family member under 嘉政发〔2014〕85号, Article 18: after the set months without work and with no fixed income, the local government pays the local urban minimum-living standard (not published in the source, so you enter it) per month; the waiting months are not paid, the number of paid months is capped, and it cannot be drawn together with unemployment benefit.',
  },
  /** The date the rules apply on becomes the date. */
  sampleAt: onField('date'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；是否发放及发放金额以当地人民政府的认定为准。',
    en: 'An estimate from the published rules, for information only; the local people’s government decides whether and how much is paid.',
  },
  presentation: {
    fields: {
      date: {
        label: { zh: '适用日期', en: 'Date the rules apply on' },
        help: { zh: '按这一天施行的规定计算，一般填申请日期', en: 'The rules in force on this day apply; usually the date you apply' },
      },
      monthsWithoutWork: {
        label: { zh: '随军后未就业月数', en: 'Months without work since moving with the serviceman' },
        help: { zh: '自办理随军手续起，未就业的整月数', en: 'Whole months without a job since the accompanying began' },
      },
      minimumLivingStandardMonthly: {
        label: { zh: '当地城镇居民最低生活保障标准（每人每月）', en: 'Local urban minimum-living standard (per person a month)' },
        help: {
          zh: '文件未公布具体数额，请填写当地公布的标准',
          en: 'The document gives no amount: enter the standard published where you live',
        },
      },
      hasFixedIncome: {
        label: { zh: '有固定收入', en: 'Has a fixed income' },
        help: { zh: '有固定收入的不发生活补贴', en: 'No subsidy is paid to someone with a fixed income' },
      },
      receivingUnemploymentInsurance: {
        label: { zh: '正在领取失业保险金', en: 'Drawing unemployment benefit' },
        help: { zh: '生活补贴不能与失业保险金同时享受', en: 'The subsidy cannot be drawn together with unemployment benefit' },
      },
    },
    results: {
      labels: {
        date: { zh: '适用日期', en: 'Date the rules apply on' },
        eligible: { zh: '符合发放条件', en: 'Eligible' },
        reasons: { zh: '不符合的原因', en: 'Why not eligible' },
        'reasons.*.rule': { zh: '依据', en: 'Source' },
        'reasons.*.message': { zh: '说明', en: 'Explanation' },
        waitingMonths: { zh: '不发补贴的等待月数', en: 'Unpaid waiting months' },
        maxMonths: { zh: '最多补贴月数', en: 'Most months paid' },
        firstPayableMonth: { zh: '从未就业第几个月起发放', en: 'First paid month without work' },
        lastPayableMonth: { zh: '最晚发放到未就业第几个月', en: 'Last month that can be paid' },
        monthsPayable: { zh: '可发放月数', en: 'Months payable' },
        monthlyRate: { zh: '每月补贴标准', en: 'Monthly rate' },
        amount: { zh: '生活补贴费合计', en: 'Living subsidy in total' },
        fundedBy: { zh: '资金来源', en: 'Paid from' },
      },
      options: {
        'reasons.*.code': {
          'waiting-period-not-reached': { zh: '未就业未满规定月数', en: 'Not yet the required months without work' },
          'has-fixed-income': { zh: '有固定收入', en: 'Has a fixed income' },
          'receiving-unemployment-insurance': { zh: '正在领取失业保险金', en: 'Drawing unemployment benefit' },
        },
      },
    },
  },
  readings: [
    {
      article: '第十八条',
      text: {
        zh: '“随军……个月未就业”理解为不发补贴的等待期：未就业满规定月数（含本数）即符合条件，从下一个月起发放；原文没有补发等待期的规定。',
        en: 'The months “without work after moving with the serviceman” are read as an unpaid waiting period: once the set number of months has passed (bound included) the person qualifies, and payment starts the month after; the text has no clause paying the waiting months back.',
      },
    },
    {
      article: '第十八条',
      text: {
        zh: '“补贴期限不超过……个月”按实际发放补贴的月数计算，含本数，从等待期结束后起算。',
        en: '“The subsidy period may not exceed” the set number of months counts the months actually paid, bound included, from the end of the waiting period.',
      },
    },
    {
      article: '第十八条',
      text: {
        zh: '补贴标准是当地城镇居民最低生活保障标准，由各地确定，文件未公布，由你填写；补贴合计为可发放月数乘以每月标准。',
        en: 'The rate is the local urban minimum-living standard, set locally and not published in the document: you enter it; the total is the months payable times the monthly rate.',
      },
    },
    {
      article: '第十八条',
      text: {
        zh: '“不能与失业保险金同时享受”：正在领取失业保险金的，不发生活补贴费。领取失业保险金的月份是否占用补贴期限，原文未写明，本计算不作推定。',
        en: '“Not together with unemployment benefit”: while unemployment benefit is drawn no living subsidy is paid. Whether the months of unemployment benefit use up the subsidy period is not stated, and the answer does not guess.',
      },
    },
    {
      article: '第十八条',
      text: {
        zh: '有固定收入、未满等待期或正在领取失业保险金的，答复为不符合发放条件并说明原因，而不是报错。',
        en: 'Someone with a fixed income, still within the waiting period or drawing unemployment benefit gets an answer saying they are not eligible and why, not an error.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof militaryFamilyLivingSubsidy>;
