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
  /**
   * The filing date becomes the date; materials, holidays and make-up working days move by the same number of days, the
   * planned build year by the same number of years.
   */
  sampleAt: onField('filingDate'),
} satisfies CalculatorDocs<typeof egovProjectReview>;
