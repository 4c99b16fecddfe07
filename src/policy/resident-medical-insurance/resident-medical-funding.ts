import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { MAX_PERSONS, yearSchema, yuan, yuanOf, yuanOut, ratioOut } from '../../engine/inputs';
import { MissingCollector, missingSchema } from '../../engine/missing';
import { applyRatio, type Fen, fen, percentText, times, yuanText, yuanToFen } from '../../engine/money';
import type { MoneyRead, NumberRead, Params, ParamUse, RatioRead, TextRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { residentMedicalInsurance as RMI } from './table';

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
 *   subsidy. A workbook edit that breaks this is an error (500 internal-error), never a silently wrong split.
 * - Critical-illness premium: rate × 本市上上年度农村居民人均纯收入 per insured person (per person is implied,
 *   not stated). The base is not published: the request gives it, or a maintainer adds a dated row. It is
 *   从居民医保基金中统一划转 — money out of the fund the standard already finances — so it is never added to
 *   the total (includedInTotal false). Without a base the funding figures are still answered.
 */

type P = Params<typeof RMI>;

const input = z
  .object({
    year: yearSchema(DOCUMENTED && 'Settlement year (年度); the standard in force on 1 January of that year applies'),
    persons: z
      .number()
      .int()
      .min(1)
      .max(MAX_PERSONS, { error: `must be at most ${MAX_PERSONS}` })
      .openapi(DOCUMENTED && { description: 'Number of insured persons (参保人数)', example: 10 }),
    ruralNetIncomePerCapita: yuan(
      DOCUMENTED &&
        '本市上上年度农村居民人均纯收入: rural per-capita net income of year − 2 (yuan), the base of the critical-illness premium; not published in 101号',
    ).optional(),
  })
  .strict();

const levels = z.object({
  provinceAndCity: yuanOut(DOCUMENTED && '省市财政补贴 provincial and municipal finance (one figure in the text)'),
  district: yuanOut(DOCUMENTED && '区财政补贴 district finance'),
  town: yuanOut(DOCUMENTED && '镇（街道）财政补贴 town (sub-district) finance'),
});

const output =
  DOCUMENTED &&
  z
    .object({
      year: z.number().int(),
      persons: z.number().int(),
      total: yuanOut(DOCUMENTED && '筹资总额 total funding = individual + publicFinance (yuan)'),
      individual: yuanOut(DOCUMENTED && '个人缴费 individual contributions (yuan)'),
      publicFinance: yuanOut(DOCUMENTED && '各级财政补贴 public-finance subsidies, all levels (yuan)'),
      byLevel: levels,
      perPerson: z.object({
        total: yuanOut(DOCUMENTED && 'funding standard per person per year'),
        individual: yuanOut(DOCUMENTED && 'individual contribution per person'),
        publicFinance: yuanOut(DOCUMENTED && 'subsidy per person'),
        byLevel: levels,
      }),
      criticalIllness: z
        .object({
          baseYear: z
            .number()
            .int()
            .nullable()
            .openapi(DOCUMENTED && { description: '上上年度: the year of the base income (year − lag)' }),
          baseIncome: yuanOut(DOCUMENTED && 'base income used (yuan per person)').nullable(),
          baseSource: z.enum(['request', 'table']).nullable(),
          rate: ratioOut(DOCUMENTED && 'premium rate (fraction)').nullable(),
          perPerson: yuanOut(DOCUMENTED && 'premium per insured person (yuan)').nullable(),
          total: yuanOut(DOCUMENTED && 'premium for all persons (yuan)').nullable(),
          fundedFrom: z.string().nullable(),
          includedInTotal: z
            .literal(false)
            .openapi(DOCUMENTED && { description: 'the premium is transferred out of the fund, never added to total' }),
          missing: z
            .array(missingSchema)
            .openapi(DOCUMENTED && { description: 'what is needed but not given (empty when the premium is computed)' }),
        })
        .openapi('CriticalIllnessPremium'),
    })
    .openapi('ResidentMedicalFunding');

const y = yuanText;
const pct = percentText;

/** The values of the premium, named in a sentence a citizen reads. */
const PREMIUM_ZH: Record<string, string> = {
  'critical_illness.base_income': '本市上上年度农村居民人均纯收入',
  'critical_illness.premium_rate': '大病保险费率',
  'critical_illness.base_year_lag': '基数所属年度',
  'critical_illness.funded_from': '大病保险费的资金来源',
};

/** 一: the funding standard of the year, all six figures or a 422 naming every one missing. */
function standard(p: P, date: string) {
  const missing = new MissingCollector();
  const s = {
    total: p.money('funding.total', missing),
    individual: p.money('funding.individual', missing),
    subsidy: p.money('funding.subsidy.total', missing),
    provinceAndCity: p.money('funding.subsidy.province_and_city', missing),
    district: p.money('funding.subsidy.district', missing),
    town: p.money('funding.subsidy.town', missing),
  };
  missing.throwIfAny({ zh: `${date} 的筹资标准`, en: `The funding standard on ${date}` });
  return s as Record<keyof typeof s, MoneyRead>;
}

type Base = { fen: Fen; source: 'request' | 'table'; use?: ParamUse };
/** The base year in words, for the premium steps: 基数年度 year − lag = … (empty without a lag). */
type BaseYearText = { zh: string; en: string };
const PER_PERSON = { zh: '每名参保人员的大病保险费', en: 'critical-illness premium per insured person' };

/** 一: without every value of the premium the funding is answered without it; this step says what is missing. */
function premiumNotComputed(
  p: P,
  trace: Trace,
  req: z.output<typeof input>,
  read: { lag?: NumberRead; rate?: RatioRead; fundedFrom?: TextRead; base?: Base },
  missing: MissingCollector,
  yearText: BaseYearText,
): void {
  const { lag, rate, fundedFrom, base } = read;
  trace.step(PER_PERSON, (s) => {
    s.uses(...[rate, lag, fundedFrom, base?.use].flatMap((x) => (x ? [x] : [])));
    if (!rate) s.rule(p.article('一'));
    s.inputs({ year: req.year, baseIncome: base ? yuanOf(base.fen) : null, baseSource: base?.source ?? null });
    s.formula({
      zh: `${yearText.zh}${missing.items.map((m) => PREMIUM_ZH[m.key] ?? m.key).join('、')}请求未给出、数据表也没有，大病保险费不计算`,
      en: `${yearText.en}premium not computed: ${missing.items.map((m) => m.text.en).join(' ')}`,
    });
    return s.result(null);
  });
}

/** 一: the premium per insured person — the rate × 本市上上年度农村居民人均纯收入 (per person is implied), half-up to the fen. */
function premiumPerPerson(
  trace: Trace,
  req: z.output<typeof input>,
  base: Base,
  rate: RatioRead,
  lag: NumberRead,
  baseYear: number,
  yearText: BaseYearText,
): Fen {
  return trace.step(PER_PERSON, (s) => {
    const perPerson = applyRatio(base.fen, rate.ppm);
    s.uses(rate, lag, ...(base.use ? [base.use] : []));
    s.inputs({ year: req.year, baseIncome: yuanOf(base.fen), baseSource: base.source });
    s.formula({
      zh: `${yearText.zh}本市 ${baseYear} 年农村居民人均纯收入 ${y(base.fen)} 元（${base.source === 'request' ? '请求所给' : '数据表'}）× ${pct(rate.ppm)} = ${y(perPerson)} 元（四舍五入到分）`,
      en: `${yearText.en}${y(base.fen)} × ${pct(rate.ppm)} = ${y(perPerson)} (half-up to the fen)`,
    });
    return s.result(yuanOf(perPerson), perPerson);
  });
}

/** 一 (从居民医保基金中统一划转): the premium of all persons, transferred out of the fund, never added to the total. */
function premiumForAll(trace: Trace, persons: number, perPerson: Fen, fundedFrom: TextRead): Fen {
  return trace.step(
    {
      zh: '全部参保人员的大病保险费（从居民医保基金中划转，不计入筹资总额）',
      en: 'critical-illness premium for all persons (transferred out of the fund, not added to the total)',
    },
    (s) => {
      const total = times(perPerson, persons);
      s.uses(fundedFrom).inputs({ persons });
      s.formula({
        zh: `每人 ${y(perPerson)} 元 × ${persons} 人 = ${y(total)} 元，从居民医保基金中划转`,
        en: `${y(perPerson)} × ${persons} = ${y(total)}`,
      });
      return s.result(yuanOf(total), total);
    },
  );
}

/**
 * 一: the critical-illness premium, when its base is known — the base income of the request, else a dated row of
 * the workbook; with a value missing, the funding is still answered and the premium names what it lacks.
 */
function criticalIllness(p: P, req: z.output<typeof input>, trace: Trace): z.output<typeof output>['criticalIllness'] {
  const missing = new MissingCollector();
  const lag = p.number('critical_illness.base_year_lag', missing);
  const rate = p.ratio('critical_illness.premium_rate', missing);
  const fundedFrom = p.text('critical_illness.funded_from', missing);
  let base: Base | undefined;
  if (req.ruralNetIncomePerCapita !== undefined) base = { fen: yuanToFen(req.ruralNetIncomePerCapita), source: 'request' };
  else {
    const row = p.money('critical_illness.base_income', missing);
    if (row) base = { fen: row.fen, source: 'table', use: row.use };
  }
  const baseYear = lag ? req.year - lag.n : null;
  const yearText = {
    zh: lag ? `基数年度 ${req.year} − ${lag.n} = ${baseYear} 年；` : '',
    en: lag ? `base year ${req.year} − ${lag.n} = ${baseYear}; ` : '',
  };
  if (!missing.empty || !lag || !rate || !base || !fundedFrom) {
    premiumNotComputed(p, trace, req, { lag, rate, fundedFrom, base }, missing, yearText);
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
  const perPerson = premiumPerPerson(trace, req, base, rate, lag, baseYear!, yearText);
  const total = premiumForAll(trace, req.persons, perPerson, fundedFrom);
  return {
    baseYear,
    baseIncome: yuanOf(base.fen),
    baseSource: base.source,
    rate: rate.use.value as number,
    perPerson: yuanOf(perPerson),
    total: yuanOf(total),
    fundedFrom: fundedFrom.text,
    includedInTotal: false,
    missing: [],
  };
}

/** The funding figures of the request, in fen: the standard per person and its products by the persons. */
interface Funding {
  s: Record<'total' | 'individual' | 'subsidy' | 'provinceAndCity' | 'district' | 'town', MoneyRead>;
  total: Fen;
  individual: Fen;
  publicFinance: Fen;
  byLevel: Levels;
}
type Levels = { provinceAndCity: Fen; district: Fen; town: Fen };

/**
 * 一: the funding of the persons — the standard per person times the number of persons, in all, by payer and by level
 * of government. The standard must add up (individual + subsidy = total, the three levels = subsidy): a workbook
 * that breaks this is a bug of the data (500 internal-error), not a refusal of the request.
 */
function fundingOfPersons(p: P, trace: Trace, year: number, date: string, n: number): Funding {
  // The standard per person and its product by the persons are one step: the premium may need a step of its own
  // to say why it is not computed, and an answer has no more steps than it had.
  return trace.step(
    { zh: `每人每年筹资标准 × ${n} 名参保人员`, en: `funding standard per person per year, for ${n} insured persons` },
    (step) => {
      const s = standard(p, date);
      const parts = fen(s.individual.fen + s.subsidy.fen);
      const levels = fen(s.provinceAndCity.fen + s.district.fen + s.town.fen);
      // Integrity of the workbook (data, not policy): the parts must add up to the figures the text states. A bug of
      // the data, not a refusal of the request: the Worker answers 500 internal-error and logs this message.
      if (parts !== s.total.fen || levels !== s.subsidy.fen) {
        throw new Error(
          `Table resident-medical-insurance is inconsistent on ${date}: funding.individual + funding.subsidy.total must equal funding.total, and the three subsidy levels must add up to funding.subsidy.total. Nothing is computed from an inconsistent table. Values: ${JSON.stringify(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, yuanOf(v.fen)])))}`,
        );
      }
      const x = (m: MoneyRead) => times(m.fen, n);
      const total = x(s.total);
      const individual = x(s.individual);
      const publicFinance = x(s.subsidy);
      const byLevel = { provinceAndCity: x(s.provinceAndCity), district: x(s.district), town: x(s.town) };
      step.inputs({ year, lookupDate: date, persons: n });
      step.formula({
        zh:
          `每人每年：个人缴费 ${y(s.individual.fen)} 元 + 财政补贴 ${y(s.subsidy.fen)} 元 = ${y(parts)} 元（筹资标准 ${y(s.total.fen)} 元）；` +
          `其中省市财政 ${y(s.provinceAndCity.fen)} 元 + 区财政 ${y(s.district.fen)} 元 + 镇（街道）财政 ${y(s.town.fen)} 元 = ${y(levels)} 元（财政补贴 ${y(s.subsidy.fen)} 元）。` +
          `${n} 人：筹资总额 ${y(s.total.fen)} 元 × ${n} = ${y(total)} 元；个人缴费 ${y(s.individual.fen)} 元 × ${n} = ${y(individual)} 元；` +
          `财政补贴 ${y(s.subsidy.fen)} 元 × ${n} = ${y(publicFinance)} 元（省市 ${y(byLevel.provinceAndCity)} 元，区 ${y(byLevel.district)} 元，镇（街道）${y(byLevel.town)} 元）`,
        en:
          `individual ${y(s.individual.fen)} + subsidy ${y(s.subsidy.fen)} = ${y(parts)} (standard ${y(s.total.fen)}); ` +
          `province and city ${y(s.provinceAndCity.fen)} + district ${y(s.district.fen)} + town ${y(s.town.fen)} = ${y(levels)} (subsidy ${y(s.subsidy.fen)}); ` +
          `total ${y(s.total.fen)} × ${n} = ${y(total)}; individual ${y(s.individual.fen)} × ${n} = ${y(individual)}; ` +
          `subsidy ${y(s.subsidy.fen)} × ${n} = ${y(publicFinance)} (province and city ${y(byLevel.provinceAndCity)}, district ${y(byLevel.district)}, town ${y(byLevel.town)})`,
      });
      return step.result(
        { total: yuanOf(total), individual: yuanOf(individual), publicFinance: yuanOf(publicFinance) },
        { s, total, individual, publicFinance, byLevel },
      );
    },
  );
}

const yuanLevels = (l: Levels) => ({
  provinceAndCity: yuanOf(l.provinceAndCity),
  district: yuanOf(l.district),
  town: yuanOf(l.town),
});

export const residentMedicalFunding = defineCalculator({
  id: 'resident-medical-funding',
  table: tableRef<typeof RMI>('resident-medical-insurance'),
  input,
  output,
  run({ at, trace }, req) {
    trace.restsOn(`${req.year}-12-31`); // the funding of a year rests on the whole year
    const date = `${req.year}-01-01`;
    const p = at(date);
    const { s, total, individual, publicFinance, byLevel } = fundingOfPersons(p, trace, req.year, date, req.persons);
    const ci = criticalIllness(p, req, trace);
    return {
      year: req.year,
      persons: req.persons,
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
    };
  },
});
