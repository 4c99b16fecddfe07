import { DOCUMENTED } from '../../documented';
import { failsWith } from '../../engine/issue';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { isoDate, MAX_COUNT, yuan, yuanOf, yuanOut, ratioOut } from '../../engine/inputs';
import { MissingCollector } from '../../engine/missing';
import { applyRatio, type Fen, fen, percentText, ratioToPpm, times, yuanText, yuanToFen, ZERO } from '../../engine/money';
import type { Params, RatioRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { Localized } from '../../tables/model';
import { decimalPlaces } from '../../tables/units';
import type { elderlyCare as EC } from './table';

/**
 * The top-up (额外增加40%) of the one-off bed-construction subsidy under 嘉政发〔2014〕86号 二（二）7:
 * 「市本级对护理老年人入住率达到60%以上（含）的民办非营利性护理型机构，在一次性床位建设补贴的基础上，额外增加40%的补贴」.
 * Every figure is a workbook parameter; this module holds the conditions and the readings.
 *
 * Readings (also in the workbook notes):
 * - Five conditions, all required and each reported: 市本级 (cityLevel; counties set their own rules, 三（三）),
 *   民办 (privatelyRun), 非营利性 (nonProfit; for-profit institutions get operating-subsidy parity only),
 *   护理型 (institutionType nursing), and nursing occupancy ≥ the threshold with the bound INCLUDED
 *   (「以上（含）」). Occupancy and threshold are compared as whole millionths, so equality is exact
 *   (no floating-point comparison).
 * - 护理老年人入住率 is not defined by 86号: the caller computes it (read as residents needing nursing ÷ beds).
 * - The base (一次性床位建设补贴, per bed) is not published in 86号: the request gives it, else the workbook
 *   row subsidy.bed_construction.base_per_bed is used; if neither → 422 not-published naming that key, and
 *   the problem still carries upliftApplies and the conditions (they do not depend on the base).
 * - base = per bed × beds (exact); the top-up is the rate × the WHOLE one-off subsidy
 *   (「在一次性床位建设补贴的基础上，额外增加」), applied once and rounded half-up to the fen.
 * - Out of scope (not in 86号): whether the base subsidy is due at all, how beds are counted, payment schedule.
 */

const input = z
  .object({
    date: isoDate(DOCUMENTED && 'Date on which the rules apply (e.g. the date of the subsidy decision)'),
    institutionType: z
      .enum(['nursing', 'assisted_living', 'other'])
      .openapi(DOCUMENTED && { description: 'nursing: 护理型; assisted_living: 助养型; other' }),
    privatelyRun: z.boolean().openapi(DOCUMENTED && { description: '民办 (privately run)' }),
    nonProfit: z.boolean().openapi(DOCUMENTED && { description: '非营利性 (non-profit)' }),
    cityLevel: z.boolean().openapi(DOCUMENTED && { description: '市本级 (a city-level institution)' }),
    nursingOccupancyRatio: z
      .number()
      .min(0)
      .max(1)
      .refine((n) => decimalPlaces(n) <= 6, failsWith('too-many-decimals', { zh: '最多六位小数', en: 'has more than six decimals' }))
      .openapi(
        DOCUMENTED && {
          description: '护理老年人入住率 as a fraction between 0 and 1 (at most six decimals), computed by the caller',
          'x-unit': 'ratio',
          example: 0.75,
        },
      ),
    baseSubsidyPerBed: yuan(
      DOCUMENTED && '一次性床位建设补贴 per bed (yuan); not published in 86号 — default: the workbook value, if a maintainer has filled it',
    ).optional(),
    beds: z
      .number()
      .int()
      .min(1)
      .max(MAX_COUNT)
      .openapi(DOCUMENTED && { description: 'Beds counted for the one-off subsidy', example: 50 }),
  })
  .strict();

const conditionSchema =
  DOCUMENTED &&
  z
    .object({
      id: z.enum(['city_level', 'privately_run', 'non_profit', 'nursing_type', 'nursing_occupancy']),
      met: z.boolean(),
      actual: z.union([z.boolean(), z.number(), z.string()]),
      required: z.union([z.boolean(), z.number(), z.string()]),
      bound: z.enum(['inclusive']).optional(),
      unit: z
        .string()
        .optional()
        .openapi(DOCUMENTED && { description: 'unit of actual and required where they are figures, as the workbook names it (ratio)' }),
      citation: z.string(),
    })
    .openapi('BedSubsidyCondition');

const output =
  DOCUMENTED &&
  z
    .object({
      upliftApplies: z.boolean(),
      conditions: z.array(conditionSchema),
      upliftRate: ratioOut(DOCUMENTED && 'top-up as a share of the base subsidy'),
      basePerBed: yuanOut(DOCUMENTED && 'one-off subsidy per bed used'),
      baseSource: z.enum(['request', 'table']),
      beds: z.number().int(),
      baseSubsidy: yuanOut(DOCUMENTED && 'per bed × beds'),
      uplift: yuanOut(DOCUMENTED && 'rate × baseSubsidy when the top-up applies, else 0'),
      total: yuanOut(DOCUMENTED && 'baseSubsidy + uplift'),
    })
    .openapi('ElderlyCareBedSubsidy');

type Condition = z.output<typeof conditionSchema>;
type Request = z.output<typeof input>;
type P = Params<typeof EC>;
type PerBed = { fen: Fen; source: 'request' | 'table' };
const y = yuanText;
const pct = percentText;
const CONDITION: Record<Condition['id'], Localized> = {
  city_level: { zh: '市本级', en: 'city level' },
  privately_run: { zh: '民办', en: 'privately run' },
  non_profit: { zh: '非营利性', en: 'non-profit' },
  nursing_type: { zh: '护理型机构', en: 'nursing type' },
  nursing_occupancy: { zh: '护理老年人入住率', en: 'occupancy by elderly needing care' },
};

/**
 * 二（二）7: the occupancy threshold and the top-up rate, read together so that one answer names every value the rule
 * lacks; the steps cite them.
 */
function upliftValues(p: P): { threshold: RatioRead; rate: RatioRead } {
  const missing = new MissingCollector();
  const threshold = p.ratio('subsidy.bed_construction.nursing_occupancy_min', missing);
  const rate = p.ratio('subsidy.bed_construction.nursing_uplift_rate', missing);
  missing.throwIfAny({ zh: '计算床位建设补贴上浮', en: 'The bed-construction subsidy top-up' });
  return { threshold: threshold!, rate: rate! };
}

/**
 * 二（二）7「市本级…民办非营利性护理型机构」and「入住率达到60%以上（含）」: the five conditions, each reported; the
 * threshold itself qualifies (compared in whole millionths).
 */
function upliftConditions(req: Request, threshold: RatioRead): Condition[] {
  const cite = threshold.use.citation;
  const occupancyPpm = ratioToPpm(req.nursingOccupancyRatio);
  return [
    { id: 'city_level', met: req.cityLevel, actual: req.cityLevel, required: true, citation: cite },
    { id: 'privately_run', met: req.privatelyRun, actual: req.privatelyRun, required: true, citation: cite },
    { id: 'non_profit', met: req.nonProfit, actual: req.nonProfit, required: true, citation: cite },
    { id: 'nursing_type', met: req.institutionType === 'nursing', actual: req.institutionType, required: 'nursing', citation: cite },
    // 「60%以上（含）」: the threshold itself qualifies
    {
      id: 'nursing_occupancy',
      met: occupancyPpm >= threshold.ppm,
      actual: req.nursingOccupancyRatio,
      required: threshold.use.value as number,
      bound: 'inclusive',
      unit: threshold.use.unit,
      citation: cite,
    },
  ];
}

/** 二（二）7: the top-up applies when every condition is met. */
function upliftApplies(trace: Trace, req: Request, threshold: RatioRead, conditions: Condition[]): boolean {
  const occupancyPpm = ratioToPpm(req.nursingOccupancyRatio);
  return trace.step({ zh: '上浮补贴的条件', en: 'conditions of the top-up' }, (s) => {
    const applies = conditions.every((c) => c.met);
    const compare = occupancyPpm >= threshold.ppm ? '≥' : '<';
    s.uses(threshold).inputs({
      institutionType: req.institutionType,
      privatelyRun: req.privatelyRun,
      nonProfit: req.nonProfit,
      cityLevel: req.cityLevel,
      nursingOccupancyRatio: req.nursingOccupancyRatio,
    });
    s.formula({
      zh:
        conditions.map((c) => `${CONDITION[c.id].zh}：${c.met ? '符合' : '不符合'}`).join('；') +
        `（入住率 ${pct(occupancyPpm)} ${compare} ${pct(threshold.ppm)}，达到 ${pct(threshold.ppm)} 即符合）；${applies ? '全部符合，额外增加补贴' : '有条件不符合，不额外增加补贴'}`,
      en:
        conditions.map((c) => `${CONDITION[c.id].en}: ${c.met ? 'met' : 'not met'}`).join('; ') +
        ` (occupancy ${pct(occupancyPpm)} ${compare} ${pct(threshold.ppm)}, bound included)`,
    });
    return s.result(applies, applies);
  });
}

/**
 * 二（二）7「一次性床位建设补贴」: per bed × beds. The per-bed base is not published in 86号: the request's, else the
 * workbook's if a maintainer filled it, else a not-published problem that still carries the conditions (`verdict`),
 * which do not depend on the base.
 */
function oneOffSubsidy(
  p: P,
  trace: Trace,
  req: Request,
  cite: string,
  verdict: { upliftApplies: boolean; conditions: Condition[]; upliftRate: unknown },
): { perBed: PerBed; base: Fen } {
  return trace.step({ zh: '一次性床位建设补贴', en: 'one-off bed-construction subsidy' }, (s) => {
    let perBed: PerBed;
    if (req.baseSubsidyPerBed !== undefined) {
      perBed = { fen: yuanToFen(req.baseSubsidyPerBed), source: 'request' };
      s.rule(cite);
    } else {
      const missing = new MissingCollector();
      const row = p.money('subsidy.bed_construction.base_per_bed', missing);
      missing.throwIfAny({ zh: '计算床位建设补贴金额', en: 'The bed-construction subsidy amount' }, verdict);
      perBed = { fen: row!.fen, source: 'table' };
    }
    const base = times(perBed.fen, req.beds);
    s.inputs({ baseSubsidyPerBed: req.baseSubsidyPerBed ?? null, beds: req.beds });
    s.formula({
      zh: `每张床位 ${y(perBed.fen)} 元（${perBed.source === 'request' ? '请求所给' : '数据表'}）× ${req.beds} 张 = ${y(base)} 元`,
      en: `${y(perBed.fen)} per bed (${perBed.source}) × ${req.beds} beds = ${y(base)}`,
    });
    return s.result(yuanOf(base), { perBed, base });
  });
}

/**
 * 二（二）7「在一次性床位建设补贴的基础上，额外增加…」: the rate × the whole one-off subsidy, applied once and rounded
 * half-up to the fen; 0 when a condition is not met.
 */
function topUp(trace: Trace, rate: RatioRead, applies: boolean, base: Fen): Fen {
  return trace.step({ zh: '在一次性补贴总额上额外增加', en: 'top-up on the whole one-off subsidy' }, (s) => {
    const uplift = applies ? applyRatio(base, rate.ppm) : ZERO;
    s.uses(rate).inputs({ upliftApplies: applies, baseSubsidy: yuanOf(base) });
    s.formula(
      applies
        ? {
            zh: `一次性补贴 ${y(base)} 元 × ${pct(rate.ppm)} = ${y(uplift)} 元（四舍五入到分）`,
            en: `${y(base)} × ${pct(rate.ppm)} = ${y(uplift)} (half-up to the fen)`,
          }
        : { zh: '有条件不符合：不额外增加补贴', en: 'a condition is not met: no top-up' },
    );
    return s.result(yuanOf(uplift), uplift);
  });
}

export const elderlyCareBedSubsidy = defineCalculator({
  id: 'elderly-care-bed-subsidy',
  table: tableRef<typeof EC>('elderly-care'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.date);
    const { threshold, rate } = upliftValues(p);
    const conditions = upliftConditions(req, threshold);
    const applies = upliftApplies(trace, req, threshold, conditions);
    const verdict = { upliftApplies: applies, conditions, upliftRate: rate.use.value };
    const { perBed, base } = oneOffSubsidy(p, trace, req, threshold.use.citation, verdict);
    const uplift = topUp(trace, rate, applies, base);
    return {
      upliftApplies: applies,
      conditions,
      upliftRate: rate.use.value as number,
      basePerBed: yuanOf(perBed.fen),
      baseSource: perBed.source,
      beds: req.beds,
      baseSubsidy: yuanOf(base),
      uplift: yuanOf(uplift),
      total: yuanOf(fen(base + uplift)),
    };
  },
});
