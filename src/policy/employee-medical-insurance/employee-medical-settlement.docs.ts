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
  examples: {
    workedExample: {
      summary: 'Worked example of the spec: scheme B, retired, born 1945-03-10',
      value: {
        year: 2015,
        person: { scheme: 'B', status: 'retired', birthDate: '1945-03-10', preLiberationVeteran: false },
        claims: [
          { kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 1500 },
          { kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 2000 },
          { kind: 'inpatient', date: '2015-05-01', level: 3, eligibleAmount: 30000, location: 'local' },
        ],
      },
    },
    veteran: {
      summary:
        'Pre-1949 veteran worker, scheme B, retired: account then veteran.outpatient_ratio above veteran.outpatient_deductible with no cap; inpatient above inpatient.annual_cap (第二十九、三十条)',
      value: {
        year: 2015,
        person: { scheme: 'B', status: 'retired', birthDate: '1930-05-01', preLiberationVeteran: true },
        claims: [
          { kind: 'outpatient', date: '2015-03-01', facility: 'other', eligibleAmount: 10000 },
          { kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 300000 },
        ],
      },
    },
    outOfArea: {
      summary:
        'Out-of-area admissions: registered referral to Hangzhou, then unregistered care settled as level 3, each at its self-pay ratio in sheet out_of_area (第三十三条)',
      value: {
        year: 2015,
        person: { scheme: 'A', status: 'employed', birthDate: '1975-06-15' },
        claims: [
          { kind: 'inpatient', date: '2015-04-01', level: 3, eligibleAmount: 50000, location: 'referral-hangzhou-shanghai' },
          { kind: 'inpatient', date: '2015-08-01', level: 1, eligibleAmount: 10000, location: 'unregistered' },
        ],
      },
    },
  },
  /**
   * The settlement year becomes the date's year; every bill and the birth date move by the same number of years, so
   * the person has the same age on 1 January and each bill the same day of its year.
   */
  sampleAt: inYearOf,
} satisfies CalculatorDocs<typeof employeeMedicalSettlement>;
