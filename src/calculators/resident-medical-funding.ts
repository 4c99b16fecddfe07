import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { MAX_PERSONS, yearSchema, yuan, yuanOf, yuanOut } from '../engine/inputs';
import { MissingCollector, missingSchema } from '../engine/missing';
import { applyRatio, formatPercent, formatYuan, times, yuanToFen, type Fen, type Ppm } from '../engine/money';
import type { Params, ParamUse } from '../engine/params';
import { problem, ProblemError } from '../http/problem';
import type { residentMedicalInsurance as RMI } from '../tables/resident-medical-insurance';

/**
 * Funding of city-level (市本级) resident basic medical insurance for a number of insured persons under
 * 嘉政办发〔2014〕101号 一, with the critical-illness premium transferred out of the fund when its base is
 * known. Every figure is a workbook parameter; this module holds the order of the rules and the readings.
 *
 * Readings (also in the workbook notes):
 * - The standard is looked up on 1 January of the requested year: 101号 fixes it for 2015年度 only, so
 *   the rows run 2015-01-01 … 2015-12-31 and any other year answers 422 not-in-force naming every key.
 * - The text gives provincial and municipal subsidies as one figure (省市财政补贴): byLevel keeps it whole.
 * - Integrity (data, not policy): individual + subsidy = total and the three levels add up to the
 *   subsidy. A workbook edit that breaks this is a 500 internal-error, never a silently wrong split.
 * - Critical-illness premium: rate × 本市上上年度农村居民人均纯收入 per insured person (per person is implied,
 *   not stated). The base is not published: the request gives it, or a maintainer adds a dated row. It is
 *   从居民医保基金中统一划转 — money out of the fund the standard already finances — so it is never added to
 *   the total (includedInTotal false). Without a base the funding figures are still answered.
 */

type P = Params<typeof RMI>;
type Money = { fen: Fen; use: ParamUse };

const input = z
  .object({
    year: yearSchema('Settlement year (年度); the standard in force on 1 January of that year applies'),
    persons: z
      .number({ error: 'must be a whole number of persons' })
      .int({ error: 'must be a whole number of persons' })
      .min(1, { error: 'must be at least 1' })
      .max(MAX_PERSONS, { error: `must be at most ${MAX_PERSONS}` })
      .openapi({ description: 'Number of insured persons (参保人数)', example: 10 }),
    ruralNetIncomePerCapita: yuan(
      '本市上上年度农村居民人均纯收入: rural per-capita net income of year − 2 (yuan), the base of the critical-illness premium; not published in 101号',
    ).optional(),
  })
  .strict();

const levels = z.object({
  provinceAndCity: yuanOut('省市财政补贴 provincial and municipal finance (one figure in the text)'),
  district: yuanOut('区财政补贴 district finance'),
  town: yuanOut('镇（街道）财政补贴 town (sub-district) finance'),
});

const output = z
  .object({
    year: z.number().int(),
    persons: z.number().int(),
    total: yuanOut('筹资总额 total funding = individual + publicFinance (yuan)'),
    individual: yuanOut('个人缴费 individual contributions (yuan)'),
    publicFinance: yuanOut('各级财政补贴 public-finance subsidies, all levels (yuan)'),
    byLevel: levels,
    perPerson: z.object({
      total: yuanOut('funding standard per person per year'),
      individual: yuanOut('individual contribution per person'),
      publicFinance: yuanOut('subsidy per person'),
      byLevel: levels,
    }),
    criticalIllness: z
      .object({
        baseYear: z.number().int().nullable().openapi({ description: '上上年度: the year of the base income (year − lag)' }),
        baseIncome: yuanOut('base income used (yuan per person)').nullable(),
        baseSource: z.enum(['request', 'table']).nullable(),
        rate: z.number().nullable().openapi({ description: 'premium rate (fraction)' }),
        perPerson: yuanOut('premium per insured person (yuan)').nullable(),
        total: yuanOut('premium for all persons (yuan)').nullable(),
        fundedFrom: z.string().nullable(),
        includedInTotal: z.literal(false).openapi({ description: 'the premium is transferred out of the fund, never added to total' }),
        missing: z.array(missingSchema).openapi({ description: 'what is needed but not given (empty when the premium is computed)' }),
      })
      .openapi('CriticalIllnessPremium'),
    trace: z.array(traceStepSchema),
  })
  .openapi('ResidentMedicalFunding');

const step = (s: TraceStep): TraceStep => s;

function standard(p: P, date: string) {
  const missing = new MissingCollector();
  const read = (key: Parameters<P['money']>[0]) => missing.get(() => p.money(key), { date });
  const s = {
    total: read('funding.total'),
    individual: read('funding.individual'),
    subsidy: read('funding.subsidy.total'),
    provinceAndCity: read('funding.subsidy.province_and_city'),
    district: read('funding.subsidy.district'),
    town: read('funding.subsidy.town'),
  };
  missing.throwIfAny(`The funding standard on ${date}`);
  return s as Record<keyof typeof s, Money>;
}

function criticalIllness(p: P, req: z.output<typeof input>, trace: TraceStep[]): z.output<typeof output>['criticalIllness'] {
  const date = `${req.year}-01-01`;
  const missing = new MissingCollector();
  const lag = missing.get(() => p.number('critical_illness.base_year_lag'), { date });
  const rate = missing.get(() => p.ratio('critical_illness.premium_rate'), { date });
  const fundedFrom = missing.get(() => p.text('critical_illness.funded_from'), { date });
  let base: { fen: Fen; source: 'request' | 'table'; use?: ParamUse } | undefined;
  if (req.ruralNetIncomePerCapita !== undefined) base = { fen: yuanToFen(req.ruralNetIncomePerCapita), source: 'request' };
  else {
    const row = missing.get(() => p.money('critical_illness.base_income'), { date });
    if (row) base = { fen: row.fen, source: 'table', use: row.use };
  }
  const baseYear = lag ? req.year - lag.n : null;
  if (!missing.empty || !lag || !rate || !base) {
    return {
      baseYear,
      baseIncome: base ? yuanOf(base.fen) : null,
      baseSource: base?.source ?? null,
      rate: rate ? (rate.use.value as number) : null,
      perPerson: null,
      total: null,
      fundedFrom: fundedFrom?.text ?? null,
      includedInTotal: false,
      missing: missing.items,
    };
  }
  const perPerson = applyRatio(base.fen, rate.ppm as Ppm);
  const total = times(perPerson, req.persons);
  trace.push(
    step({
      step: 'critical-illness premium per insured person',
      rule: rate.use.citation,
      formula: `base year ${req.year} − ${lag.n} = ${baseYear}; ${formatYuan(base.fen)} × ${formatPercent(rate.ppm)} = ${formatYuan(perPerson)} (half-up to the fen)`,
      inputs: { year: req.year, baseIncome: yuanOf(base.fen), baseSource: base.source },
      parameters: { premium_rate: rate.use, base_year_lag: lag.use, ...(base.use ? { base_income: base.use } : {}) },
      result: yuanOf(perPerson),
    }),
  );
  trace.push(
    step({
      step: 'critical-illness premium for all persons (transferred out of the fund, not added to the total)',
      rule: fundedFrom?.use.citation ?? rate.use.citation,
      formula: `${formatYuan(perPerson)} × ${req.persons} = ${formatYuan(total)}`,
      inputs: { persons: req.persons },
      parameters: fundedFrom ? { funded_from: fundedFrom.use } : {},
      result: yuanOf(total),
    }),
  );
  return {
    baseYear,
    baseIncome: yuanOf(base.fen),
    baseSource: base.source,
    rate: rate.use.value as number,
    perPerson: yuanOf(perPerson),
    total: yuanOf(total),
    fundedFrom: fundedFrom?.text ?? null,
    includedInTotal: false,
    missing: [],
  };
}

export const residentMedicalFunding = defineCalculator({
  id: 'resident-medical-funding',
  table: tableRef<typeof RMI>('resident-medical-insurance'),
  input,
  output,
  run(at, req) {
    const date = `${req.year}-01-01`;
    const p = at(date);
    const s = standard(p, date);
    const trace: TraceStep[] = [];
    const uses = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.use]));
    trace.push(
      step({
        step: 'funding standard per person per year',
        rule: s.total.use.citation,
        formula:
          `individual ${formatYuan(s.individual.fen)} + subsidy ${formatYuan(s.subsidy.fen)} = ${formatYuan(s.individual.fen + s.subsidy.fen)} (standard ${formatYuan(s.total.fen)}); ` +
          `province and city ${formatYuan(s.provinceAndCity.fen)} + district ${formatYuan(s.district.fen)} + town ${formatYuan(s.town.fen)} = ${formatYuan(s.provinceAndCity.fen + s.district.fen + s.town.fen)} (subsidy ${formatYuan(s.subsidy.fen)})`,
        inputs: { year: req.year, lookupDate: date },
        parameters: uses,
        result: yuanOf(s.total.fen),
      }),
    );
    // Integrity of the workbook (data, not policy): the parts must add up to the figures the text states.
    if (s.individual.fen + s.subsidy.fen !== s.total.fen || s.provinceAndCity.fen + s.district.fen + s.town.fen !== s.subsidy.fen) {
      throw new ProblemError(
        problem(
          'internal-error',
          `Table resident-medical-insurance is inconsistent on ${date}: funding.individual + funding.subsidy.total must equal funding.total, and the three subsidy levels must add up to funding.subsidy.total. Nothing is computed from an inconsistent table.`,
          {
            table: 'resident-medical-insurance',
            values: Object.fromEntries(Object.entries(s).map(([k, v]) => [k, yuanOf(v.fen)])),
          },
        ),
      );
    }
    const n = req.persons;
    const x = (m: Money) => times(m.fen, n);
    const total = x(s.total);
    const individual = x(s.individual);
    const publicFinance = x(s.subsidy);
    const byLevel = { provinceAndCity: x(s.provinceAndCity), district: x(s.district), town: x(s.town) };
    trace.push(
      step({
        step: `funding for ${n} insured persons`,
        rule: s.total.use.citation,
        formula:
          `total ${formatYuan(s.total.fen)} × ${n} = ${formatYuan(total)}; individual ${formatYuan(s.individual.fen)} × ${n} = ${formatYuan(individual)}; ` +
          `subsidy ${formatYuan(s.subsidy.fen)} × ${n} = ${formatYuan(publicFinance)} (province and city ${formatYuan(byLevel.provinceAndCity)}, district ${formatYuan(byLevel.district)}, town ${formatYuan(byLevel.town)})`,
        inputs: { persons: n },
        parameters: uses,
        result: { total: yuanOf(total), individual: yuanOf(individual), publicFinance: yuanOf(publicFinance) },
      }),
    );
    const ci = criticalIllness(p, req, trace);
    const yuanLevels = (l: { provinceAndCity: Fen; district: Fen; town: Fen }) => ({
      provinceAndCity: yuanOf(l.provinceAndCity),
      district: yuanOf(l.district),
      town: yuanOf(l.town),
    });
    return {
      year: req.year,
      persons: n,
      total: yuanOf(total),
      individual: yuanOf(individual),
      publicFinance: yuanOf(publicFinance),
      byLevel: yuanLevels(byLevel),
      perPerson: {
        total: yuanOf(s.total.fen),
        individual: yuanOf(s.individual.fen),
        publicFinance: yuanOf(s.subsidy.fen),
        byLevel: yuanLevels({ provinceAndCity: s.provinceAndCity.fen, district: s.district.fen, town: s.town.fen }),
      },
      criticalIllness: ci,
      trace,
    };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const residentMedicalFundingDocs = {
  title: { zh: '居民医保筹资额', en: 'Resident medical insurance: funding' },
  description: {
    zh: '按嘉政办发〔2014〕101号，计算市本级城乡居民医保一定人数的筹资总额、个人缴费、各级财政补贴，以及（给出基数时）从基金中划转的大病保险费，并给出逐条依据。',
    en: 'Funding of city-level resident medical insurance for a number of insured persons under 嘉政办发〔2014〕101号: total, individual contributions, public-finance subsidies by level, and (given its base) the critical-illness premium transferred out of the fund, with a cited trace.',
  },
  examples: {
    tenPersons: { summary: '10 insured persons in 2015', value: { year: 2015, persons: 10 } },
    withPremium: {
      summary: '10 persons in 2015, with the 2013 rural per-capita net income as the premium base',
      value: { year: 2015, persons: 10, ruralNetIncomePerCapita: 16000 },
    },
  },
} satisfies CalculatorDocs<typeof residentMedicalFunding>;
