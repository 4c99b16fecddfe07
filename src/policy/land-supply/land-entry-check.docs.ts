import type { CalculatorDocs } from '../../engine/calculator';
import { onField } from '../../engine/sample-dates';
import type { landEntryCheck } from './land-entry-check';

/** What /docs, GET /v1/calculators and the widget show of this calculator: built into assets by `npm run assets:build`, never in the Worker's bundle. */
export const docs = {
  title: { zh: '项目供地准入审查', en: 'Land supply: project entry check' },
  description: {
    zh: '按嘉政办发〔2014〕106号，审查项目是否属于原则上不再供地的情形、是否达到投资强度、容积率、亩均销售收入和亩均税收等准入标准，并给出工业用地出让起始价区间，逐项注明依据。',
    en: 'Screens a land-using project under 嘉政办发〔2014〕106号: the grounds on which no land is supplied in principle, the entry standards (investment intensity, FAR, sales and tax per mu, compared exactly) and the starting-price band of industrial land, each with its citation.',
  },
  /** The date of the land-entry check becomes the date. */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof landEntryCheck>;
