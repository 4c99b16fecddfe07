import type { CalculatorDocs } from '../../engine/calculator';
import { inYearOf } from '../../engine/sample-dates';
import type { residentMedicalFunding } from './resident-medical-funding';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '居民医保筹资额', en: 'Resident medical insurance: funding' },
  description: {
    zh: '按嘉政办发〔2014〕101号，计算市本级城乡居民医保一定人数的筹资总额、个人缴费、各级财政补贴，以及（给出基数时）从基金中划转的大病保险费，并给出逐条依据。',
    en: 'Funding of city-level resident medical insurance for a number of insured persons under 嘉政办发〔2014〕101号: total, individual contributions, public-finance subsidies by level, and (given its base) the critical-illness premium transferred out of the fund, with a cited trace.',
  },
  /** The funding year becomes the date's year. */
  sampleAt: inYearOf,
} satisfies CalculatorDocs<typeof residentMedicalFunding>;
