import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { residencePermitEligibility } from './residence-permit-eligibility';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '居住证申领条件', en: 'Residence permits: eligibility' },
  description: {
    zh: '按嘉政办发〔2014〕98号三（一），由申请人的户口、住所证明、就业情况判断可申领《浙江省临时居住证》还是《浙江省居住证》，逐项给出条件是否满足（满足／不满足／待定：依赖原文未公布的县（市、区）规定）及条款。',
    en: 'Which permit a migrant may apply for under 98号 三（一): each condition met, not met or undetermined (resting on county rules the gazette does not publish), with its citation; the month minimums (residence_permit.employment_months_min, residence_permit.proof.labour_contract_term_months_min, residence_permit.proof.social_insurance_months_min) are inclusive bounds.',
  },
  /** The application date becomes the date. */
  sampleAt: onField('applicationDate'),
} satisfies CalculatorDocs<typeof residencePermitEligibility>;
