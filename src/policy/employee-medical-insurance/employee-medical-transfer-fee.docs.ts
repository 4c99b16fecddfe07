import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { employeeMedicalTransferFee } from './employee-medical-transfer-fee';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '退休人员移交统账二费用', en: 'Employee medical insurance: transfer fee of a retiree to scheme B' },
  description: {
    zh: '按嘉政发〔2014〕87号第十六条计算退休人员一次性趸缴移交费用（按年趸缴至规定年龄，不足最低年限按最低年限）和中断补缴费用，过渡期按当年度比例计算；可按第十四条核对医保缴费年限。',
    en: 'One-off transfer fee of a retiree to scheme B under 嘉政发〔2014〕87号 第十六条 (a fee per year until the age limit, at least the minimum years) and arrears for an interrupted period, both reduced by the transition ratio of the year handled; optionally checks the contribution years of 第十四条.',
  },
  /**
   * The application date becomes the date; birth, retirement and the start of an interruption move by the same
   * interval (the same age and the same months of arrears at application).
   */
  sampleAt: onField('applicationDate'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；缴费年限和应缴费用以医保经办机构的确认为准。',
    en: 'An estimate from the published rules, for information only; the medical insurance agency confirms the contribution years and the amount due.',
  },
  readings: [
    {
      article: '第十六条',
      text: {
        zh: '趸缴年数 = 规定年龄减去办理当日已满的周岁，不满一年的按一年计；“不足……年按……年”也适用于已达到或超过规定年龄的人，他们按最低年数缴纳。',
        en: 'The years paid for are the age limit minus the age in completed years on the day handled, a started year counting whole; “fewer than the minimum years count as the minimum” also covers people at or above the age limit, who pay the minimum years.',
      },
    },
    {
      article: '第十六条',
      text: {
        zh: '过渡期内移交费用（含趸缴费用和中断补缴费用）逐步降低，但本文件只公布了2015年度的比例；以后年度的比例未公布，答复“未公布”，不作计算。',
        en: 'The transfer fees (the lump sum and the arrears) fall step by step during the transition, but this document gives the share for 2015 only; for a later year the share is not published and the answer says so instead of computing.',
      },
    },
    {
      article: '第十六条',
      text: {
        zh: '中断补缴只在您给出中断期间（中断起始月份或中断月数，没有中断填0）时计算，计到原文规定的截止月份；没有给出的，中断补缴“未评估”，合计待定；在规定日期当天或以后退休的，不适用中断补缴。',
        en: 'Arrears for a gap in cover are computed only when you give the gap (its first month or its number of months; 0 for none), counted up to the month the text sets; without it they are not assessed and the total is left open. Someone who retired on or after the set date owes no arrears under this rule.',
      },
    },
    {
      article: '第十六条',
      text: {
        zh: '“自缴费的次月起”享受统账二待遇：缴费日按申请办理日期计算，待遇从其次月1日起。',
        en: 'Scheme B benefits start “the month after payment”: the payment is taken as made on the day handled, so benefits start on the first day of the next month.',
      },
    },
    {
      article: '第十六条、第十七条',
      text: {
        zh: '第十六条适用于退休人员：退休日期晚于申请办理日期的，不予计算。法定退休年龄不在本文件中，所以不核对最低年龄，只要求出生日期早于办理日期。以自谋职业身份退休的人员“比照”第十六条，按同样方法计算。',
        en: '第十六条 concerns retirees: a retirement date after the day handled is refused. The statutory retirement age is not in this document, so no minimum age is checked; the birth date only has to come before the day handled. Self-employed retirees are handled “by analogy” (第十七条), with the same method.',
      },
    },
    {
      article: '第十四条',
      text: {
        zh: '“……日前退休的，医保缴费年限不作规定”按严格早于该日期理解，当天退休的仍需核对缴费年限（“日前”也可能包括当日）。',
        en: 'Those who retired “before” the date the text gives need no contribution years; this is read as strictly before, so someone retiring on that day is still checked (“日前” may be meant to include the day).',
      },
    },
    {
      article: '第十四条',
      text: {
        zh: '“满……年”指缴费月数不少于规定年数乘以一年的月数；缴费年限按月累计。',
        en: '“Full … years” means at least the required years in months; contribution years are counted by month.',
      },
    },
    {
      article: '第十四条',
      text: {
        zh: '缴费年限不足的一次性补缴：每缺一年按办理年度缴费基数的规定比例计算，不足一年的按月折算；办理年度的缴费基数本文件未公布，需自行填写。',
        en: 'Missing contribution years are paid at once: for each missing year the set share of the contribution base of the year handled, prorated by month for part of a year; that base is not published in this document, so you enter it.',
      },
    },
  ],
  presentation: {
    fields: {
      birthDate: {
        label: { zh: '出生日期', en: 'Date of birth' },
        help: { zh: '按办理之日的周岁计算趸缴年数', en: 'The age on the day of the transfer sets the number of years to pay' },
      },
      applicationDate: {
        label: { zh: '申请办理日期', en: 'Date the transfer is handled' },
        help: { zh: '按办理当日有效的标准和过渡期比例计算', en: 'The rates and transition share in force that day apply' },
      },
      retirementDate: {
        label: { zh: '退休日期', en: 'Retirement date' },
        help: {
          zh: '不晚于申请办理日期；计算中断补缴或核对缴费年限时必填',
          en: 'Not after the date handled; needed for arrears of an interrupted period and for the contribution-years check',
        },
      },
      interruptionStart: {
        label: { zh: '中断参保起始月份', en: 'First month without cover' },
        help: {
          zh: '从该月起计算到第十六条规定的截止月份；与“中断月数”二选一',
          en: 'Counted from this month to the cut-off month of 第十六条; give this or the number of months, not both',
        },
      },
      interruptedMonths: {
        label: { zh: '中断月数', en: 'Months without cover' },
        help: {
          zh: '已自行算出的中断月数（计算到第十六条规定的截止月份）；没有中断填0；与“中断参保起始月份”二选一',
          en: 'If you counted them yourself (up to the cut-off month of 第十六条); 0 if there was no gap; give this or the first month, not both',
        },
      },
      sex: {
        label: { zh: '性别', en: 'Sex' },
        help: {
          zh: '与医保缴费年限一起填写，用于核对第十四条规定的缴费年限',
          en: 'Give it with the contribution months to check the required years of 第十四条',
        },
        options: {
          male: { zh: '男', en: 'Male' },
          female: { zh: '女', en: 'Female' },
        },
      },
      contributionMonths: {
        label: { zh: '医保缴费年限（月数）', en: 'Contribution years, in months' },
        help: { zh: '按月累计；与性别一起填写', en: 'Counted by month; give it with the sex' },
      },
      base: {
        label: { zh: '办理年度缴费基数（元/年）', en: 'Annual contribution base of the year handled (yuan)' },
        help: {
          zh: '只用于计算缴费年限不足时的一次性补缴',
          en: 'Only used to price a shortfall of contribution years',
        },
      },
    },
    controls: { sex: 'radio' },
    results: {
      labels: {
        applicationDate: { zh: '申请办理日期', en: 'Date handled' },
        ageAtApplication: { zh: '办理时周岁', en: 'Age on that day' },
        eligibility: { zh: '医保缴费年限', en: 'Contribution years' },
        'eligibility.checked': { zh: '已核对', en: 'Checked' },
        'eligibility.exempt': { zh: '早年退休，按第十四条不作年限要求', en: 'Retired early enough that 第十四条 sets no required years' },
        'eligibility.requiredMonths': { zh: '规定年限（月）', en: 'Required (months)' },
        'eligibility.contributionMonths': { zh: '实际缴费年限（月）', en: 'Contributed (months)' },
        'eligibility.meetsRequiredYears': { zh: '达到规定年限', en: 'Enough years' },
        'eligibility.shortfallMonths': { zh: '不足月数', en: 'Months short' },
        'eligibility.shortfallPayment': { zh: '一次性补缴不足年限的费用', en: 'One-off payment for the missing years' },
        eligible: { zh: '可以移交', en: 'Can be transferred' },
        reasons: { zh: '原因', en: 'Why' },
        lumpSum: { zh: '一次性趸缴', en: 'One-off lump sum' },
        'lumpSum.years': { zh: '趸缴年数', en: 'Years paid for' },
        'lumpSum.full': { zh: '按标准计算', en: 'At the full rate' },
        'lumpSum.reduction': { zh: '过渡期比例', en: 'Transition share' },
        'lumpSum.payable': { zh: '应缴', en: 'To pay' },
        arrears: { zh: '中断期间补缴', en: 'Arrears for a gap in cover' },
        'arrears.applicable': { zh: '需要补缴', en: 'Due' },
        'arrears.months': { zh: '中断月数', en: 'Months without cover' },
        'arrears.full': { zh: '按标准计算', en: 'At the full rate' },
        'arrears.payable': { zh: '应缴', en: 'To pay' },
        'arrears.reason': { zh: '说明', en: 'Note' },
        total: { zh: '移交费用合计', en: 'Total transfer fee' },
        benefitsFrom: { zh: '享受统账二待遇起始日', en: 'Scheme B benefits from' },
      },
    },
  },
} satisfies CalculatorDocs<typeof employeeMedicalTransferFee>;
