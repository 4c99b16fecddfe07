import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { busTiaRequirement } from './bus-tia-requirement';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '公交交通影响评价要求', en: 'Bus traffic impact assessment requirement' },
  description: {
    zh: '按嘉政办发〔2014〕104号三（一）2，判断新建或改建项目是否须通过交通影响评价论证配套公交枢纽站、首末站、中途站，以及未按评价结论配套建设时是否一律不予审批、验收。',
    en: 'Whether a new or rebuilt project must assess its bus hubs, terminals and stops in a traffic impact assessment under 嘉政办发〔2014〕104号 三（一）2, and whether the veto (no approval, no acceptance) applies when the concluded facilities are not built.',
  },
  /** The decision date becomes the date. */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof busTiaRequirement>;
