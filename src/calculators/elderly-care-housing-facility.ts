import { z } from '@hono/zod-openapi';
import {
  areaNumber,
  areaOf,
  areaOfParameter,
  areaOut,
  areaTimesRatio,
  formatArea,
  maxArea,
  squareMetres,
  sumAreas,
  type Area,
} from '../engine/area';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { isoDate, yuanOf, yuanOut } from '../engine/inputs';
import { asMissing, MissingCollector, missingSchema } from '../engine/missing';
import { formatPercent, formatYuan } from '../engine/money';
import type { elderlyCare as EC } from '../tables/elderly-care';

/**
 * Home-care service premises (居家养老服务用房) an urban new residential project must provide, and the
 * encouraged block-level concentrated provision, under 嘉政发〔2014〕86号 二（三）12（2）. Every figure is a
 * workbook parameter; this module holds the order of the rules and the readings of the text.
 *
 * Readings (also in the workbook notes):
 * - Project: net internal floor area (套内建筑面积) ≥ ratio × project total floor area (不低于: the bound
 *   complies) and 「且最低不少于20平方米」: required = max(ratio × area, minimum). With 2‰ and 20 m² the
 *   minimum binds exactly below 10 000 m²; at 10 000 m² both give 20 ("both").
 * - Exact areas: the request is in hundredths of a m², the ratio in millionths, so ratio × area is a whole number of
 *   10⁻⁸ m² (src/engine/area.ts). Nothing is rounded: rounding a minimum down would understate it and
 *   rounding it up would invent a stricter rule. Results are reported exactly (up to eight decimals).
 * - Blocks (「鼓励以控制单元街区为单位…集中配建」): each control-unit block is its own unit, block ratio × the
 *   block's 居住用地总建筑面积, then summed (no rounding, so order is irrelevant). The 20 m² minimum is stated
 *   for projects only and is not applied to blocks. The block provision is only encouraged and uses another
 *   base, so it never replaces or reduces the project's mandatory planning condition: both are reported and
 *   compliance is checked against the project figure only.
 * - Shortfall: 「不足部分可以通过货币补缴等方式解决」; the cash rate is not published
 *   (housing.shortfall_cash_rate), so no money is computed unless a maintainer fills it, in which case
 *   cash = rate (CNY/m²) × shortfall, rounded half-up to the fen.
 */

const MANDATORY = true; // 「应…并作为地块规划条件」
const ENCOURAGED = true; // 「鼓励」

const blockSchema = z
  .object({
    id: z.string().max(64).optional().openapi({ description: 'Block name or number (optional)' }),
    residentialFloorArea: squareMetres('街区居住用地总建筑面积: total floor area on the block’s residential land (m²)', { positive: true }),
  })
  .strict()
  .openapi('ControlUnitBlock');

const input = z
  .object({
    date: isoDate('Date on which the rules apply (e.g. the date the planning conditions are set)'),
    projectTotalFloorArea: squareMetres('项目总建筑面积: total floor area of the residential project (m², > 0)', { positive: true }),
    blocks: z
      .array(blockSchema)
      .min(1)
      .max(50)
      .optional()
      .openapi({ description: 'Control-unit blocks (控制单元街区) for the encouraged concentrated provision' }),
    providedArea: squareMetres('Net internal floor area (套内建筑面积) of the complete units provided (m²), for a compliance check', {
      positive: false,
    }).optional(),
  })
  .strict();

const output = z
  .object({
    project: z.object({
      ratio: z.number(),
      ratioArea: areaOut('ratio × project total floor area (m², exact)'),
      minimumArea: areaOut('minimum area (m²)'),
      requiredArea: areaOut('required net internal floor area = max(ratioArea, minimumArea) (m²)'),
      binding: z.enum(['ratio', 'minimum', 'both']),
      areaBasis: z.string(),
      mandatory: z.boolean(),
    }),
    blocks: z
      .object({
        ratio: z.number(),
        encouraged: z.boolean(),
        perBlock: z.array(
          z.object({
            id: z.string().nullable(),
            residentialFloorArea: z.number(),
            requiredArea: areaOut('block ratio × block residential floor area (m², exact)'),
          }),
        ),
        totalRequiredArea: areaOut('sum of the block figures (m²)'),
      })
      .nullable(),
    compliance: z
      .object({
        providedArea: z.number(),
        requiredArea: z.number(),
        compliant: z.boolean(),
        shortfall: areaOut('max(0, required − provided) (m²)'),
        shortfallSettlement: z.object({
          rate: yuanOut('cash rate per m² (CNY/m²)').nullable(),
          cash: yuanOut('rate × shortfall (yuan)').nullable(),
          missing: z.array(missingSchema),
        }),
      })
      .nullable(),
    trace: z.array(traceStepSchema),
  })
  .openapi('ElderlyCareHousingFacility');

const step = (s: TraceStep): TraceStep => s;

/** round-half-up(rate in fen per m² × area in 10⁻⁸ m²) to the fen. */
function cashFor(rateFen: number, shortfall: Area): number {
  const units = BigInt(rateFen) * shortfall;
  const per = areaOf(1); // 10⁻⁸ m² units in one m²
  return Number((units + per / 2n) / per);
}

export const elderlyCareHousingFacility = defineCalculator({
  id: 'elderly-care-housing-facility',
  table: tableRef<typeof EC>('elderly-care'),
  input,
  output,
  run(at, req) {
    const p = at(req.date);
    const missing = new MissingCollector();
    const ratio = missing.get(() => p.ratio('housing.home_care_area_ratio_min'), { date: req.date });
    const min = missing.get(() => p.number('housing.home_care_area_min'), { date: req.date });
    const blockRatio = req.blocks ? missing.get(() => p.ratio('housing.block_home_care_area_ratio_min'), { date: req.date }) : undefined;
    missing.throwIfAny('The home-care premises rule');
    const r = ratio!;
    const m = min!;
    const trace: TraceStep[] = [];

    const area = areaOf(req.projectTotalFloorArea);
    const ratioArea = areaTimesRatio(area, r.ppm);
    const minimumArea = areaOfParameter(m.n);
    const required = maxArea(ratioArea, minimumArea);
    const binding: 'ratio' | 'minimum' | 'both' = ratioArea > minimumArea ? 'ratio' : ratioArea < minimumArea ? 'minimum' : 'both';
    trace.push(
      step({
        step: 'project: share of the total floor area',
        rule: r.use.citation,
        formula: `${formatArea(area)} m² × ${formatPercent(r.ppm)} = ${formatArea(ratioArea)} m² (exact, not rounded)`,
        inputs: { projectTotalFloorArea: req.projectTotalFloorArea },
        parameters: { ratio_min: r.use },
        result: areaNumber(ratioArea),
      }),
    );
    trace.push(
      step({
        step: 'project: required net internal floor area (never under the minimum)',
        rule: m.use.citation,
        formula: `max(${formatArea(ratioArea)}, ${formatArea(minimumArea)}) = ${formatArea(required)} m² (${binding === 'both' ? 'share and minimum are equal' : `the ${binding} binds`})`,
        inputs: { ratioArea: areaNumber(ratioArea) },
        parameters: { area_min: m.use },
        result: areaNumber(required),
      }),
    );

    let blocks: z.output<typeof output>['blocks'] = null;
    if (req.blocks && blockRatio) {
      const perBlock = req.blocks.map((b, i) => {
        const a = areaOf(b.residentialFloorArea);
        const need = areaTimesRatio(a, blockRatio.ppm);
        trace.push(
          step({
            step: `block ${b.id ?? i + 1}: encouraged concentrated provision`,
            rule: blockRatio.use.citation,
            formula: `${formatArea(a)} m² × ${formatPercent(blockRatio.ppm)} = ${formatArea(need)} m² (no minimum for blocks; exact)`,
            inputs: { id: b.id ?? null, residentialFloorArea: b.residentialFloorArea },
            parameters: { block_ratio_min: blockRatio.use },
            result: areaNumber(need),
          }),
        );
        return { id: b.id ?? null, residentialFloorArea: b.residentialFloorArea, need };
      });
      const total = sumAreas(perBlock.map((x) => x.need));
      trace.push(
        step({
          step: 'blocks: total encouraged provision (does not replace the project requirement)',
          rule: blockRatio.use.citation,
          formula: `${perBlock.map((x) => formatArea(x.need)).join(' + ')} = ${formatArea(total)} m²`,
          inputs: { blocks: perBlock.length },
          parameters: { block_ratio_min: blockRatio.use },
          result: areaNumber(total),
        }),
      );
      blocks = {
        ratio: blockRatio.use.value as number,
        encouraged: ENCOURAGED,
        perBlock: perBlock.map((x) => ({ id: x.id, residentialFloorArea: x.residentialFloorArea, requiredArea: areaNumber(x.need) })),
        totalRequiredArea: areaNumber(total),
      };
    }

    let compliance: z.output<typeof output>['compliance'] = null;
    if (req.providedArea !== undefined) {
      const provided = areaOf(req.providedArea);
      const compliant = provided >= required; // 不低于: equality complies
      const shortfall = compliant ? 0n : required - provided;
      trace.push(
        step({
          step: 'compliance of the provided area with the project requirement',
          rule: r.use.citation,
          formula: `${formatArea(provided)} ${compliant ? '≥' : '<'} ${formatArea(required)} m²; shortfall ${formatArea(shortfall)} m²`,
          inputs: { providedArea: req.providedArea },
          parameters: {},
          result: { compliant, shortfall: areaNumber(shortfall) },
        }),
      );
      let settlement: NonNullable<z.output<typeof output>['compliance']>['shortfallSettlement'];
      try {
        const rate = p.money('housing.shortfall_cash_rate');
        const cash = cashFor(rate.fen, shortfall);
        trace.push(
          step({
            step: 'shortfall settled in cash (货币补缴)',
            rule: rate.use.citation,
            formula: `${formatArea(shortfall)} m² × ${formatYuan(rate.fen)} per m² = ${formatYuan(cash)} (half-up to the fen)`,
            inputs: { shortfall: areaNumber(shortfall) },
            parameters: { shortfall_cash_rate: rate.use },
            result: yuanOf(cash),
          }),
        );
        settlement = { rate: yuanOf(rate.fen), cash: yuanOf(cash), missing: [] };
      } catch (e) {
        const miss = asMissing(e, { date: req.date });
        if (!miss) throw e;
        settlement = { rate: null, cash: null, missing: [miss] };
      }
      compliance = {
        providedArea: req.providedArea,
        requiredArea: areaNumber(required),
        compliant,
        shortfall: areaNumber(shortfall),
        shortfallSettlement: settlement,
      };
    }

    return {
      project: {
        ratio: r.use.value as number,
        ratioArea: areaNumber(ratioArea),
        minimumArea: areaNumber(minimumArea),
        requiredArea: areaNumber(required),
        binding,
        areaBasis: 'net internal floor area (套内建筑面积)',
        mandatory: MANDATORY,
      },
      blocks,
      compliance,
      trace,
    };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const elderlyCareHousingFacilityDocs = {
  title: { zh: '新建住宅居家养老服务用房配建面积', en: 'Home-care premises required in a new residential project' },
  description: {
    zh: '按嘉政发〔2014〕86号二（三）12（2），计算城镇新建住宅项目应配建的居家养老服务用房套内建筑面积（不低于项目总建筑面积的规定比例，且不少于最低面积），鼓励的控制单元街区集中配建面积，以及所提供面积是否达标，并给出逐条依据。面积输入精确到平方米后两位，精确计算，不作舍入。',
    en: 'Net internal floor area of home-care premises an urban new residential project must provide under 嘉政发〔2014〕86号 二（三）12（2） (a share of the total floor area, never under the minimum), the encouraged per-block provision, and a compliance check, with a cited trace. Areas are exact (no rounding).',
  },
  examples: {
    project: {
      summary: 'A 50 000 m² project providing 100 m²',
      value: { date: '2015-06-01', projectTotalFloorArea: 50000, providedArea: 100 },
    },
    smallProjectWithBlocks: {
      summary: 'An 8 000 m² project (the minimum binds) and two control-unit blocks',
      value: {
        date: '2015-06-01',
        projectTotalFloorArea: 8000,
        blocks: [
          { id: 'B1', residentialFloorArea: 30000 },
          { id: 'B2', residentialFloorArea: 5000 },
        ],
      },
    },
  },
} satisfies CalculatorDocs<typeof elderlyCareHousingFacility>;
