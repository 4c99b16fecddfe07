import type { CalculatorDocs } from '../../engine/calculator';
import { inYearOf } from '../../engine/sample-dates';
import type { employeeMedicalSettlement } from './employee-medical-settlement';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '职工医保年度结算', en: 'Employee medical insurance: annual settlement' },
  description: {
    zh: '按嘉政发〔2014〕87号，计算一年内各笔费用由统筹基金、个人账户、大病保险、个人自负和自费分担的金额，并给出逐条依据。',
    en: "Splits a person's bills of one year between the pooled fund, personal account, critical-illness insurance, self-burden and self-pay under 嘉政发〔2014〕87号, with a cited trace.",
  },
  /**
   * The settlement year becomes the date's year; every bill and the birth date move by the same number of years, so
   * the person has the same age on 1 January and each bill the same day of its year.
   */
  sampleAt: inYearOf,
  disclaimer: {
    zh: '本结果按公开文件测算，仅供参考；实际报销以医保经办机构的结算为准。',
    en: 'An estimate from the published rules, for information only; the medical insurance agency’s settlement decides.',
  },
  readings: [
    {
      article: '第二十三条、第二十四条',
      text: {
        zh: '一年内的门诊费用合用一个累计额：起付标准和最高支付限额按全年累计计算，每笔按其就诊机构的比例支付。',
        en: 'All outpatient bills of a year count on one running total: the deductible and the cap apply to the year, and each bill is paid at its facility’s ratio.',
      },
    },
    {
      article: '第二十六条、第四十五条',
      text: {
        zh: '住院和规定病种门诊费用合用一个年度累计额计算统筹基金最高支付限额；每笔先计起付标准，再计其余部分。',
        en: 'Inpatient and designated-disease bills share one running total for the annual cap; each bill places its deductible first, then the rest.',
      },
    },
    {
      article: '第三十三条、第三十四条',
      text: {
        zh: '市外就医先由个人自理规定比例（计入自费，按每段费用分别取整到分），其余部分再按本市规定结算。',
        en: 'For care outside the city the person first pays the set share (counted as self-pay, rounded to the fen per part); the rest is settled as local care.',
      },
    },
    {
      article: '第二十九条、第三十条',
      text: {
        zh: '建国前参加革命工作的老工人，先按规定结算，再由统筹基金按比例补助住院自负部分；大病保险分段补偿按补助后余下的自负计算。',
        en: 'For veteran workers of before 1949 the fund first pays its share of the inpatient own share; the critical-illness bands then apply to what is left.',
      },
    },
  ],
  presentation: {
    fields: {
      year: {
        label: {
          zh: '结算年度',
          en: 'Settlement year',
        },
        help: {
          zh: '按自然年结算（1月1日至12月31日）',
          en: 'Calendar year, 1 January to 31 December',
        },
      },
      person: {
        label: {
          zh: '参保人信息',
          en: 'About the insured person',
        },
      },
      'person.scheme': {
        label: {
          zh: '参保类型',
          en: 'Insurance scheme',
        },
        options: {
          A: {
            zh: '统账一（不设个人账户）',
            en: 'Scheme A – 统账一 (no personal account)',
          },
          B: {
            zh: '统账二（设个人账户）',
            en: 'Scheme B – 统账二 (with a personal account)',
          },
        },
      },
      'person.status': {
        label: {
          zh: '人员类别',
          en: 'Employment status',
        },
        options: {
          employed: {
            zh: '在职',
            en: 'Employed',
          },
          retired: {
            zh: '退休',
            en: 'Retired',
          },
        },
      },
      'person.birthDate': {
        label: {
          zh: '出生日期',
          en: 'Date of birth',
        },
        help: {
          zh: '按当年1月1日的年龄确定个人账户划入档次',
          en: 'The age on 1 January sets the personal account band',
        },
      },
      'person.preLiberationVeteran': {
        label: {
          zh: '建国前参加革命工作的老工人',
          en: 'Veteran worker who joined revolutionary work before 1949',
        },
      },
      currentYearAccount: {
        label: {
          zh: '当年个人账户余额（元）',
          en: 'Current-year personal account balance (yuan)',
        },
        help: {
          zh: '不填则按全年划入额计算；统账一参保人员不填',
          en: 'Leave empty to use twelve months of credit; leave empty for scheme A',
        },
      },
      claims: {
        label: {
          zh: '医疗费用',
          en: 'Medical bills',
        },
      },
      'claims.*.kind': {
        label: {
          zh: '费用类别',
          en: 'Type of care',
        },
        options: {
          outpatient: {
            zh: '门诊',
            en: 'Outpatient',
          },
          inpatient: {
            zh: '住院',
            en: 'Inpatient',
          },
          'designated-disease': {
            zh: '规定病种门诊',
            en: 'Designated-disease outpatient',
          },
          'home-sickbed': {
            zh: '家庭病床',
            en: 'Home sickbed',
          },
        },
      },
      'claims.*.date': {
        label: {
          zh: '就诊日期',
          en: 'Date of the bill',
        },
      },
      'claims.*.inpatient.date': {
        label: {
          zh: '入院日期',
          en: 'Admission date',
        },
      },
      'claims.*.home-sickbed.date': {
        label: {
          zh: '建床日期',
          en: 'Date the home sickbed was set up',
        },
      },
      'claims.*.facility': {
        label: {
          zh: '就诊机构',
          en: 'Where you were treated',
        },
        options: {
          community: {
            zh: '社区卫生服务机构',
            en: 'Community health centre',
          },
          other: {
            zh: '其他医疗机构或药店',
            en: 'Other hospital or pharmacy',
          },
        },
      },
      'claims.*.eligibleAmount': {
        label: {
          zh: '符合规定的费用（元）',
          en: 'Eligible amount (yuan)',
        },
        help: {
          zh: '医保支付范围内的费用，不含全自费项目',
          en: 'Costs inside the insurance’s coverage, without items you pay wholly yourself',
        },
      },
      'claims.*.designated-disease.eligibleAmount': {
        label: {
          zh: '符合规定的费用（元）',
          en: 'Eligible amount (yuan)',
        },
        help: {
          zh: '含中药饮片费用',
          en: 'Including herbal medicine',
        },
      },
      'claims.*.level': {
        label: {
          zh: '医院级别',
          en: 'Hospital level',
        },
        options: {
          '1': {
            zh: '一级及以下（社区）',
            en: 'Level 1 or community',
          },
          '2': {
            zh: '二级（县级）',
            en: 'Level 2 (county)',
          },
          '3': {
            zh: '三级（市级）',
            en: 'Level 3 (city)',
          },
        },
      },
      'claims.*.location': {
        label: {
          zh: '就医地点',
          en: 'Where the stay took place',
        },
        help: {
          zh: '市外就医须先自理一部分',
          en: 'Care outside the city: you first pay a share yourself',
        },
        options: {
          local: {
            zh: '本市（含异地安置）',
            en: 'In Jiaxing (or settled elsewhere)',
          },
          'referral-hangzhou-shanghai': {
            zh: '经转诊到杭州、上海',
            en: 'Referred to Hangzhou or Shanghai',
          },
          'referral-other': {
            zh: '经转诊到其他地区',
            en: 'Referred elsewhere',
          },
          'emergency-out-of-city': {
            zh: '市外急诊',
            en: 'Emergency outside the city',
          },
          unregistered: {
            zh: '未办理转诊登记',
            en: 'Outside the city without a referral',
          },
        },
      },
      'claims.*.inpatient.segments': {
        label: {
          zh: '转院时分段费用',
          en: 'Parts of a stay with transfers',
        },
        help: {
          zh: '住院期间转院的，每家医院一段，按先后顺序',
          en: 'One part per hospital, in order, when the stay moved between hospitals',
        },
      },
      'claims.*.inpatient.segments.*.level': {
        label: {
          zh: '医院级别',
          en: 'Hospital level',
        },
        options: {
          '1': {
            zh: '一级及以下（社区）',
            en: 'Level 1 or community',
          },
          '2': {
            zh: '二级（县级）',
            en: 'Level 2 (county)',
          },
          '3': {
            zh: '三级（市级）',
            en: 'Level 3 (city)',
          },
        },
      },
      'claims.*.inpatient.segments.*.eligibleAmount': {
        label: {
          zh: '本段符合规定的费用（元）',
          en: 'Eligible amount of this part (yuan)',
        },
      },
      'claims.*.herbalDoses': {
        label: {
          zh: '中药饮片帖数',
          en: 'Doses of herbal medicine',
        },
      },
      'claims.*.herbalAmount': {
        label: {
          zh: '其中中药饮片费用（元）',
          en: 'Of which herbal medicine (yuan)',
        },
      },
      'claims.*.months': {
        label: {
          zh: '家庭病床月数',
          en: 'Months of home sickbed',
        },
      },
    },
    items: {
      claims: {
        zh: '费用',
        en: 'Bill',
      },
    },
    controls: {
      'person.scheme': 'radio',
      'person.status': 'radio',
      'claims.*.facility': 'radio',
      'claims.*.level': 'radio',
    },
    hidden: ['claims.*.inpatient.segments'],
    required: ['claims.*.inpatient.level', 'claims.*.inpatient.eligibleAmount'],
    results: {
      labels: {
        account: {
          zh: '个人账户',
          en: 'Personal account',
        },
        monthlyCredit: {
          zh: '每月划入',
          en: 'Monthly credit',
        },
        opening: {
          zh: '当年可用',
          en: 'Available this year',
        },
        closing: {
          zh: '年末余额',
          en: 'Left at the end of the year',
        },
      },
      tables: {
        claims: {
          label: {
            zh: '每笔费用',
            en: 'Bill by bill',
          },
          columns: [
            {
              key: 'index',
              label: {
                zh: '序号',
                en: 'Bill',
              },
              index: true,
            },
            {
              key: 'kind',
              label: {
                zh: '类别',
                en: 'Type',
              },
            },
            {
              key: 'date',
              label: {
                zh: '日期',
                en: 'Date',
              },
            },
            {
              key: 'eligible',
              label: {
                zh: '费用',
                en: 'Eligible',
              },
            },
            {
              key: 'pooledFund',
            },
            {
              key: 'personalAccount',
            },
            {
              key: 'criticalIllness',
            },
            {
              key: 'selfBurden',
            },
            {
              key: 'selfPay',
            },
          ],
        },
      },
      options: {
        'claims.*.kind': {
          outpatient: {
            zh: '门诊',
            en: 'Outpatient',
          },
          inpatient: {
            zh: '住院',
            en: 'Inpatient',
          },
          'designated-disease': {
            zh: '规定病种门诊',
            en: 'Designated-disease outpatient',
          },
          'home-sickbed': {
            zh: '家庭病床',
            en: 'Home sickbed',
          },
        },
      },
    },
  },
} satisfies CalculatorDocs<typeof employeeMedicalSettlement>;
