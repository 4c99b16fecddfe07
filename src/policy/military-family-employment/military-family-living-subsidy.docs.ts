import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { militaryFamilyLivingSubsidy } from './military-family-living-subsidy';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '随军家属生活补贴费', en: 'Military family: living subsidy' },
  description: {
    zh: '按嘉政发〔2014〕85号第十八条，随军后未就业满等待期（参数 living_subsidy.waiting_months）且无固定收入的随军家属，按当地城镇居民最低生活保障标准（原文未公布，须输入）发放生活补贴，等待期内不发，补贴月数不超过 living_subsidy.max_months，不与失业保险金同时享受。',
    en: 'Living subsidy under 85号 第十八条 for a military family member without work and fixed income for the waiting period (parameter living_subsidy.waiting_months): the local minimum-living standard (an input; not published) per month after the unpaid wait, for at most living_subsidy.max_months months, not with unemployment benefit.',
  },
  /** The date the rules apply on becomes the date. */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof militaryFamilyLivingSubsidy>;
