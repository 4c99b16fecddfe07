import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { militaryFamilyLivingSubsidy } from './military-family-living-subsidy';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '随军家属生活补贴费', en: 'Military family: living subsidy' },
  description: {
    zh: '按嘉政发〔2014〕85号第十八条，随军后未就业满规定月数且无固定收入的随军家属，由当地人民政府按当地城镇居民最低生活保障标准（原文未公布，须填写）按月发放生活补贴费：等待期内不发，补贴期限有上限，领取失业保险金的月份不发；月数自本细则施行之日起计算，领取一次性自谋职业补助金后视同已安置、不再发放。',
    en: 'Living subsidy for a military family member under 嘉政发〔2014〕85号, Article 18: after the set months without work and with no fixed income, the local government pays the local urban minimum-living standard (not published in the source, so you enter it) per month; the waiting months are not paid, the number of paid months is capped, months on unemployment benefit are not paid; months count from the rules’ start, and once the one-off self-employment grant is taken the person counts as placed and the subsidy stops.',
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
        help: {
          zh: '自办理随军手续起，到适用日期为止未就业的整月数',
          en: 'Whole months without a job since the accompanying began, up to the date',
        },
      },
      monthsRecognisedBeforeRules: {
        label: { zh: '本细则施行前已认定的未就业月数', en: 'Months without work recognised before these rules' },
        help: {
          zh: '本细则施行前，已按原规定认定的未就业月数；没有的填 0。施行前未经认定的月份不计入',
          en: 'Months without work before these rules came into force already recognised under earlier rules; 0 if none. Earlier months not recognised do not count',
        },
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
      unemploymentInsuranceMonths: {
        label: { zh: '满等待期后领取失业保险金的月数', en: 'Months on unemployment benefit after the waiting period' },
        help: {
          zh: '生活补贴不能与失业保险金同时享受：这些月份不发补贴；没有的填 0',
          en: 'The subsidy cannot be drawn together with unemployment benefit: these months are not paid; 0 if none',
        },
      },
      selfEmploymentGrantTaken: {
        label: { zh: '已领取一次性自谋职业补助金', en: 'Has taken the one-off self-employment grant' },
        help: {
          zh: '领取后视同当地政府已安置就业，不再发放生活补贴',
          en: 'The person then counts as placed in work and the subsidy stops',
        },
      },
    },
    results: {
      labels: {
        date: { zh: '适用日期', en: 'Date the rules apply on' },
        eligible: { zh: '符合发放条件', en: 'Eligible' },
        reasons: { zh: '不符合的原因', en: 'Why not eligible' },
        'reasons.*.rule': { zh: '依据', en: 'Source' },
        'reasons.*.message': { zh: '说明', en: 'Explanation' },
        monthsCounted: { zh: '计入的未就业月数', en: 'Months without work that count' },
        waitingMonths: { zh: '不发补贴的等待月数', en: 'Unpaid waiting months' },
        maxMonths: { zh: '最多补贴月数', en: 'Most months paid' },
        firstPayableMonth: { zh: '从未就业第几个月起发放', en: 'First paid month without work' },
        lastPayableMonth: { zh: '最晚发放到未就业第几个月', en: 'Last month that can be paid' },
        monthsPayable: { zh: '可发放月数', en: 'Months payable' },
        monthlyRate: { zh: '每月补贴标准', en: 'Monthly rate' },
        amount: { zh: '生活补贴费合计', en: 'Living subsidy in total' },
        fundedBy: { zh: '资金来源', en: 'Paid from' },
        reading: { zh: '按哪种理解计算补贴期限', en: 'How the subsidy period is read' },
        alternatives: { zh: '按另一种理解', en: 'Under the other reading' },
        'alternatives.*.reading': { zh: '另一种理解', en: 'Other reading' },
        'alternatives.*.lastPayableMonth': { zh: '最晚发放到未就业第几个月', en: 'Last month that can be paid' },
        'alternatives.*.monthsPayable': { zh: '可发放月数', en: 'Months payable' },
        'alternatives.*.amount': { zh: '生活补贴费合计', en: 'Living subsidy in total' },
      },
      options: {
        'reasons.*.code': {
          'waiting-period-not-reached': { zh: '未就业未满规定月数', en: 'Not yet the required months without work' },
          'has-fixed-income': { zh: '有固定收入', en: 'Has a fixed income' },
          'deemed-placed': { zh: '已领取一次性自谋职业补助金，视同已安置就业', en: 'Took the self-employment grant: counts as placed' },
        },
      },
    },
  },
  readings: [
    {
      article: '第三十二条',
      text: {
        zh: '未就业月数自本细则施行之日起计算，本细则不溯及施行前；施行前已按原规定认定的月数可以一并计入。也可理解为施行前的未就业月份计入等待期、只发放施行之后的月份，两种理解结果不同时，答复一并列出。',
        en: 'Months without work count from the day these rules came into force: they do not reach back, but months already recognised under earlier rules count too. They can also be read as counting towards the waiting period with only months since the rules paid; where the two differ the answer gives both.',
      },
    },
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
        zh: '“不能与失业保险金同时享受”：等待期后领取失业保险金的月份不发生活补贴，其余月份照发，不因此整体不符合条件。',
        en: '“Not together with unemployment benefit”: the months on unemployment benefit after the waiting period are not paid; the other months are, and the claim as a whole stands.',
      },
    },
    {
      article: '第十八条',
      text: {
        zh: '“补贴期限不超过……个月”按实际发放补贴的月数计算，含本数，领取失业保险金的月份不占用；如理解为等待期后连续的若干个月，其间领取失业保险金的月份会占用期限，结果中一并列出。',
        en: '“The subsidy period may not exceed” the set number of months counts the months actually paid, bound included, so months on unemployment benefit do not use it up; read as a run of months after the waiting period, they would, and the answer lists that reading too.',
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
      article: '第二十条',
      text: {
        zh: '领取一次性自谋职业补助金后视同已安置就业，不再发放生活补贴。第二十条另规定已享受的“随军家属生活困难补助”从补助金中扣除，原文未写明它是否即本条的生活补贴费。',
        en: 'Once the one-off self-employment grant is taken the person counts as placed in work and the living subsidy stops. Article 20 also deducts a “family hardship allowance” already received from the grant; the text does not say whether that is this living subsidy.',
      },
    },
    {
      article: '第十八条',
      text: {
        zh: '有固定收入、未满等待期或已领取一次性自谋职业补助金的，答复为不符合发放条件并说明原因，而不是报错。',
        en: 'Someone with a fixed income, still within the waiting period or who has taken the self-employment grant gets an answer saying they are not eligible and why, not an error.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof militaryFamilyLivingSubsidy>;
