import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { residencePermitEligibility } from './residence-permit-eligibility';

/** The conditions of both permits and the parts of an employment proof, by code (三（一）1、2). */
const CONDITIONS = {
  migrant: { zh: '属于流动人口（没有居住地常住户口）', en: 'A migrant (no local household registration)' },
  stable_residence: { zh: '在居住地有合法稳定住所', en: 'Legal, stable accommodation in the place' },
  temp_permit_or_stable_residence: {
    zh: '持有临时居住证，或在居住地有合法稳定住所',
    en: 'Holds a temporary permit, or has legal, stable accommodation',
  },
  employment_duration: { zh: '在居住地合法稳定就业满规定月数', en: 'Legal, stable work in the place for the set months' },
  employment_proof: { zh: '合法稳定就业的证明材料', en: 'Proof of legal, stable work' },
  investor_or_talent: { zh: '是否属于投资创业或引进人才', en: 'Investor, entrepreneur or recruited talent?' },
  investor_talent_local_rules: {
    zh: '投资创业或引进人才：按居住地县级以上人民政府的规定',
    en: 'Investor or talent: the county-level government’s rules apply',
  },
  labour_contract_term: { zh: '劳动合同期限', en: 'Term of the labour contract' },
  business_licence: { zh: '企业或个体工商户营业执照', en: 'Business licence' },
  social_insurance_months: { zh: '一年内累计参加居住地社会保险的月数', en: 'Months of local social insurance in the past year' },
};

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '居住证申领条件', en: 'Residence permits: eligibility' },
  description: {
    zh: '按嘉政办发〔2014〕98号三（一），由申请人的户口、住所证明和就业情况，判断可以申领《浙江省临时居住证》还是《浙江省居住证》，逐项说明条件是否满足（满足、不满足，或因原文未公布的县（市、区）规定、未填写的信息而无法判断）及依据。',
    en: 'Which residence permit a migrant may apply for under 嘉政办发〔2014〕98号 三（一）: the temporary permit or the residence permit, each condition met, not met or undetermined (when it rests on county rules the gazette does not publish, or on something not entered), with its article.',
  },
  /** The application date becomes the date. */
  sampleAt: onField('applicationDate'),
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；能否申领以居住地公安机关等有关部门按当地具体规定的审核为准。',
    en: 'An estimate from the published rules, for information only; the police (公安机关) and the other departments of the place decide under their local rules.',
  },
  presentation: {
    fields: {
      applicationDate: {
        label: { zh: '申请日期', en: 'Date of the application' },
        help: {
          zh: '按这一天有效的规定判断；居住证制度改革试点开始前的日期不能计算',
          en: 'The rules in force on this day apply; a day before the pilot began cannot be assessed',
        },
      },
      hasLocalHukou: {
        label: { zh: '是否有居住地常住户口', en: 'Has local permanent household registration (hukou)' },
        help: {
          zh: '有常住户口的不属于流动人口，不需要申领居住证',
          en: 'With a local hukou you are not a migrant and need no residence permit',
        },
      },
      residenceProof: {
        label: { zh: '能提供的住所证明', en: 'Proof of accommodation you can show' },
        help: {
          zh: '按三（一）1 证明在居住地有合法稳定住所的材料',
          en: 'The papers that prove legal, stable accommodation (三（一）1)',
        },
        options: {
          own_home: { zh: '自购住房：房屋所有权证、土地使用权证', en: 'Own home: ownership and land-use certificates' },
          rented_home: { zh: '出租房屋：房屋租赁合同', en: 'Rented home: the lease contract' },
          employer_dormitory: { zh: '单位内部宿舍：单位出具的证明', en: 'Employer’s dormitory: the employer’s certificate' },
          other: { zh: '其他材料（具体条件由各县（市、区）规定）', en: 'Other papers (each county sets the conditions)' },
          none: { zh: '没有', en: 'None' },
        },
      },
      holdsTemporaryPermit: {
        label: { zh: '是否持有有效的《浙江省临时居住证》', en: 'Holds a valid temporary residence permit' },
        help: {
          zh: '未中止、未注销的；不确定的，持证这一条件不作判断',
          en: 'Not suspended or cancelled; “Not known” leaves this condition unassessed',
        },
      },
      investorOrTalent: {
        label: { zh: '是否属于投资创业或引进人才', en: 'Investor, entrepreneur or recruited talent' },
        help: {
          zh: '这类流动人口按居住地县级以上人民政府的规定申领居住证，不受一般条件限制；不确定的不作判断',
          en: 'They apply under the county-level government’s rules, not the general conditions; “Not known” leaves it unassessed',
        },
      },
      employment: {
        label: { zh: '在居住地的就业情况', en: 'Your work in the place' },
        help: {
          zh: '按三（一）2 申领《浙江省居住证》所需',
          en: 'Needed for the residence permit (三（一）2)',
        },
      },
      'employment.route': {
        label: { zh: '就业证明的类型', en: 'How you prove your work' },
        help: {
          zh: '“其他材料”能否证明就业，由各县（市、区）规定，原文未公布',
          en: 'Whether “other papers” prove your work is set by each county and not published',
        },
        options: {
          employed: { zh: '就业（劳动合同、社保证明）', en: 'Employed (contract, social insurance)' },
          self_employed: { zh: '自主经营（营业执照、社保证明）', en: 'Self-employed (licence, social insurance)' },
          other: { zh: '就业、失业登记证明或其他材料', en: 'Job registration or other papers' },
          none: { zh: '没有就业证明', en: 'No proof of work' },
        },
      },
      'employment.monthsEmployedLocally': {
        label: { zh: '在居住地合法稳定就业的月数', en: 'Months of legal, stable work in the place' },
        help: {
          zh: '按满月计；不填则就业时间这一条件不作判断',
          en: 'Whole months; leave empty and this condition is not assessed',
        },
      },
      'employment.labourContractTermMonths': {
        label: { zh: '劳动合同期限（月）', en: 'Term of the labour contract (months)' },
        help: {
          zh: '选择“就业”时填写；无固定期限合同可不填',
          en: 'For “employed”; not needed for an open-ended contract',
        },
      },
      'employment.labourContractOpenEnded': {
        label: { zh: '是否为无固定期限劳动合同', en: 'Open-ended labour contract' },
        help: {
          zh: '无固定期限的，视为达到规定的合同期限',
          en: 'An open-ended contract counts as long enough',
        },
      },
      'employment.hasBusinessLicence': {
        label: { zh: '是否有企业或个体工商户营业执照', en: 'Holds a business licence (firm or sole trader)' },
        help: {
          zh: '选择“自主经营”时必填',
          en: 'Required for “self-employed”',
        },
      },
      'employment.socialInsuranceMonthsInPastYear': {
        label: { zh: '一年内累计参加居住地社会保险的月数', en: 'Months of local social insurance in the past year' },
        help: {
          zh: '申请日前一年内，可不连续；选择“就业”或“自主经营”时必填',
          en: 'In the year before the application, gaps allowed; required for “employed” and “self-employed”',
        },
      },
    },
    controls: {
      residenceProof: 'radio',
      'employment.route': 'radio',
    },
    results: {
      labels: {
        applicationDate: { zh: '申请日期', en: 'Date of the application' },
        pilotPeriod: { zh: '试点期限', en: 'Pilot year' },
        temporaryPermit: { zh: '《浙江省临时居住证》', en: 'Temporary residence permit' },
        residencePermit: { zh: '《浙江省居住证》', en: 'Residence permit' },
        eligible: { zh: '可以申领', en: 'May apply' },
        conditions: { zh: '条件', en: 'Conditions' },
        parts: { zh: '须同时满足', en: 'All of' },
        'residencePermit.route': { zh: '适用的规定', en: 'Which rules apply' },
        route: { zh: '适用的规定', en: 'Which rules apply' },
        detail: { zh: '情况', en: 'Detail' },
        input: { zh: '填写的情况', en: 'You entered' },
        threshold: { zh: '规定的月数', en: 'Months required' },
        bound: { zh: '是否含本数', en: 'Bound' },
        comparison: { zh: '比较', en: 'Comparison' },
        recommendedPermit: { zh: '建议申领', en: 'Recommended' },
        notes: { zh: '说明', en: 'Notes' },
        'notes.*.rule': { zh: '依据', en: 'Rule' },
        'notes.*.message': { zh: '说明', en: 'Note' },
        unpublished: { zh: '原文未公布的规定', en: 'Rules not published' },
        'unpublished.*.date': { zh: '适用日期', en: 'On' },
        'unpublished.*.note': { zh: '原文情况', en: 'What the source says' },
        'unpublished.*.text': { zh: '缺少的规定', en: 'Missing rule' },
      },
      options: {
        code: CONDITIONS,
        'notAssessed.*.item': CONDITIONS,
        pilotPeriod: {
          'within-pilot-year': { zh: '在一年试点期内', en: 'Within the pilot year' },
          'after-pilot-year': {
            zh: '已过一年试点期（原文未说明此后适用什么，仍按本规定判断）',
            en: 'After the pilot year (the text does not say what applies then; these rules still applied)',
          },
        },
        recommendedPermit: {
          residence_permit: { zh: '《浙江省居住证》', en: 'The residence permit' },
          temporary_permit: { zh: '《浙江省临时居住证》', en: 'The temporary residence permit' },
          none: { zh: '两种证件都不能申领', en: 'Neither permit' },
        },
        route: {
          standard: { zh: '一般条件', en: 'The general conditions' },
          'investor-talent': {
            zh: '投资创业或引进人才：按县级以上人民政府的规定',
            en: 'Investor or talent: the county-level government’s rules',
          },
        },
        bound: {
          inclusive: { zh: '含本数（达到即满足）', en: 'Included (reaching it is enough)' },
        },
        input: {
          'open-ended': { zh: '无固定期限', en: 'Open-ended' },
        },
        'notes.*.code': {
          'after-pilot-year': {
            zh: '已过一年试点期：原文未说明此后适用什么，仍按本规定判断',
            en: 'After the pilot year: the text does not say what applies then; these rules are still applied',
          },
          'county-rules-residence-proof': {
            zh: '其他材料能否证明合法稳定住所，由各县（市、区）规定，原文未公布',
            en: 'Whether other papers prove stable accommodation is set by each county; not published',
          },
          'county-rules-employment-proof': {
            zh: '这些材料能否证明合法稳定就业，由各县（市、区）规定，原文未公布',
            en: 'Whether these papers prove stable work is set by each county; not published',
          },
          'county-refinement': {
            zh: '按市级文件判断；各县（市、区）可以制订具体条件和操作办法',
            en: 'Decided on the city’s text; each county may set more concrete conditions',
          },
          'investor-talent-rules-may-also-apply': {
            zh: '一般条件已满足；作为投资创业或引进人才，也可以按县级以上人民政府的规定申领',
            en: 'The general conditions are met; as an investor or talent the county-level rules may also apply',
          },
          'investor-talent-not-migrant': {
            zh: '投资创业或引进人才的例外只适用于流动人口，有本地常住户口的不需要居住证',
            en: 'The investor and talent exception is for migrants only; with a local hukou no permit is needed',
          },
          'investor-talent-rules': {
            zh: '一般条件未全部满足，但投资创业或引进人才按县级以上人民政府的规定申领，这些规定原文未公布',
            en: 'Not all general conditions are met, but investors and talent apply under county-level rules, which are not published',
          },
          'inputs-not-given': {
            zh: '有的信息没有填写，《浙江省居住证》能否申领无法判断（不是不能申领），补充后可以判断',
            en: 'Some answers were left empty: the residence permit is undetermined, not refused; fill them in to decide',
          },
          'may-also-qualify': {
            zh: '也可能符合《浙江省居住证》的条件，取决于原文未公布的规定或未填写的信息',
            en: 'You may also qualify for the residence permit: that rests on unpublished rules or on answers left empty',
          },
          'local-hukou-cancellation': {
            zh: '已转为居住地常住户口是注销居住证的情形（经有关部门认定）',
            en: 'Having a local hukou is a ground for cancelling a permit (once the department confirms it)',
          },
          'existing-temporary-permit': {
            zh: '已持有的临时居住证在注销前仍然有效；不再符合发放要求是注销情形（经有关部门认定）',
            en: 'The temporary permit you hold stays valid until cancelled; no longer meeting the requirements is a ground for cancelling it',
          },
        },
      },
    },
  },
  /** What the text leaves open and how this calculator reads it (plain words, with the article). */
  readings: [
    {
      article: '三（一）2',
      text: {
        zh: '“合法稳定就业规定月数以上”“劳动合同期限为规定月数以上”“累计参加社会保险满规定月数”都含本数：正好达到规定月数的即符合。',
        en: '“Legal, stable work for the set number of months or more”, “a labour contract of the set number of months or more” and “local social insurance adding up to the set number of months” all include the bound: exactly the set number of months qualifies.',
      },
    },
    {
      article: '三（一）2',
      text: {
        zh: '就业时间和就业证明材料分别判断，两项都要符合：参加社会保险的月数够了，本身并不证明已在居住地合法稳定就业满规定月数。',
        en: 'The length of work and the proof of work are judged separately and both must be met: enough months of social insurance do not by themselves prove the set months of legal, stable work in the place.',
      },
    },
    {
      article: '三（一）2（1）（2）',
      text: {
        zh: '“一年内累计参加居住地社会保险”指申请日之前的一年内，各月可以不连续，合计计算。',
        en: '“Local social insurance adding up within one year” means the year up to the application date; the months need not be consecutive and are added up.',
      },
    },
    {
      article: '三（一）2（1）',
      text: {
        zh: '无固定期限劳动合同视为达到“期限为规定月数以上”的要求。',
        en: 'An open-ended labour contract counts as meeting “a term of the set number of months or more”.',
      },
    },
    {
      article: '三（一）1（4）、三（一）2（3）',
      text: {
        zh: '住所证明中的“其他能够证明合法稳定住所的相关材料”和就业证明中的“就业、失业登记证明或其他材料”，原文注明由各县（市、区）制订具体条件，而这些条件没有公布：只有这类材料的，该项条件无法判断。其余各项按市里的文件判断，各地可能另有细化规定。',
        en: 'For “other papers proving legal, stable accommodation” and “job or unemployment registration or other papers proving legal, stable work”, the text leaves the conditions to each county, and they are not published: with only such papers, that condition cannot be determined. The other items are judged on the city’s text; counties may refine them.',
      },
    },
    {
      article: '三（一）2',
      text: {
        zh: '投资创业或引进人才的流动人口，按居住地县级以上人民政府的规定申领居住证，“不受上述规定限制”；这些规定没有公布。因此只有在确定不属于这类人员、且有条件已判断为不符合时，才答复不能申领《浙江省居住证》；是否属于这类人员未填写的，不当作“不属于”。',
        en: 'Investors, entrepreneurs and recruited talent apply under the rules of the county-level government of the place, “not bound by the above”, and those rules are not published. So the answer says the residence permit cannot be applied for only when the person is known not to be one of them and a condition was judged not met; left unanswered, it is never taken as “not one of them”.',
      },
    },
    {
      article: '三（一）',
      text: {
        zh: '每项条件的结果是符合、不符合或无法判断：未填写的信息不作判断，不当作“否”或零。几项条件须同时具备的，有一项不符合即不符合，否则有一项无法判断即无法判断；几项中具备一项即可的，有一项符合即符合。',
        en: 'Each condition is met, not met or undetermined: something not entered is not assessed, never taken as “no” or zero. Where several conditions must all hold, one not met means not met, otherwise one undetermined means undetermined; where any one is enough, one met means met.',
      },
    },
  ],
} satisfies CalculatorDocs<typeof residencePermitEligibility>;
