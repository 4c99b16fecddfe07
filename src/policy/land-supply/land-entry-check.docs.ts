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
  examples: {
    industrialAtTheBounds: {
      summary: 'Industrial project in a development zone, exactly at the per-mu minimums, appraised at 300 CNY/m²',
      value: {
        date: '2015-06-01',
        projectType: 'industrial',
        zone: 'development-zone',
        totalInvestment: 90000000,
        landArea: 30,
        floorAreaRatio: 1.2,
        expectedSales: 90000000,
        expectedTax: 4500000,
        enterpriseClass: 'B',
        resettlement: false,
        priority: false,
        conformsToUpgrading: true,
        twoHighOneResource: false,
        obsoleteCapacity: false,
        layoutNeedsAdjustment: false,
        appraisedPrice: 300,
      },
    },
    priorityProject: {
      summary: 'Priority high-tech project: the floor on the grade minimum price (sheet starting_price, grade_minimum_multiplier)',
      value: {
        date: '2015-06-01',
        projectType: 'industrial',
        zone: 'development-zone',
        totalInvestment: 120000000,
        landArea: 30,
        floorAreaRatio: 1.5,
        expectedSales: 150000000,
        expectedTax: 6000000,
        enterpriseClass: 'A',
        priority: true,
        conformsToUpgrading: true,
        twoHighOneResource: false,
        obsoleteCapacity: false,
        layoutNeedsAdjustment: false,
        appraisedPrice: 100,
        gradeMinimumPrice: 123.45,
      },
    },
  },
  /** The date of the land-entry check becomes the date. */
  sampleAt: onField('date'),
} satisfies CalculatorDocs<typeof landEntryCheck>;
