import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { egovProjectReview } from './egov-project-review';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '电子政务项目预审', en: 'E-government project pre-review' },
  description: {
    zh: '按嘉政办发〔2014〕111号，判断项目是否须经市预审办预审、申报是否按期及能否受理、预审应完成的日期（审查时限见参数 review.time_limit，按工作日计，节假日由调用方提供），以及预审结果对实施、资金安排和立项程序的影响（立项标准原文未公布，可由调用方提供）。',
    en: 'Under 嘉政办发〔2014〕111号: whether a project needs pre-review by the municipal pre-review office, whether its filing is on time or can be accepted, by when the review should be done (the time limit in working days is parameter review.time_limit; caller-supplied holidays), and what a review result means for implementation, funding and the approval route (the 立项标准 is not published; the caller may give it).',
  },
  examples: {
    approve: {
      summary: 'A fiscal-funded infrastructure project for 2016 filed on 30 September 2015 and approved',
      value: {
        level: 'municipal',
        funding: ['fiscal_funds'],
        isSubprojectOfFiscalCapitalProject: false,
        category: 'infrastructure',
        workType: 'new',
        classified: false,
        plannedBuildYear: 2016,
        filingDate: '2015-09-30',
        materialsCompleteDate: '2015-09-30',
        holidays: ['2015-10-01', '2015-10-02', '2015-10-05', '2015-10-06', '2015-10-07'],
        adjustedWorkingDays: ['2015-10-10'],
        reviewOutcome: 'approve',
        investmentYuan: 1200000,
        approvalThresholdYuan: 1000000,
      },
    },
  },
  /**
   * The filing date becomes the date; materials, holidays and make-up working days move by the same number of days, the
   * planned build year by the same number of years.
   */
  sampleAt: onField('filingDate'),
} satisfies CalculatorDocs<typeof egovProjectReview>;
