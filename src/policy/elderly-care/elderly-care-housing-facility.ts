import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import {
  type Area,
  areaNumber,
  areaOf,
  areaOfParameter,
  areaOut,
  areaTimesRatio,
  formatArea,
  maxArea,
  squareMetres,
  sumAreas,
} from '../../engine/area';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { isoDate, yuanOf, yuanOut, ratioOut } from '../../engine/inputs';
import { MissingCollector, missingSchema } from '../../engine/missing';
import { type Fen, fen, percentText, yuanText } from '../../engine/money';
import type { NumberRead, Params, RatioRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import { type NotAssessed, notAssessedSchema, notGiven, type Status, statusSchema } from '../../engine/verdict';
import type { elderlyCare as EC } from './table';

/**
 * Home-care service premises (居家养老服务用房) an urban new residential project must provide, and the
 * encouraged block-level concentrated provision, under 嘉政发〔2014〕86号 二（三）12（2）. Every figure is a
 * workbook parameter; this module holds the order of the rules and the readings of the text.
 *
 * Readings (also in the workbook notes):
 * - Scope: 「城镇新建住宅项目」 — the rule binds urban (城镇) new residential projects only. Whether a project is urban is
 *   the caller's input (`urban`); not given, the figures are still computed but the requirement is not assessed
 *   (`applies` null, compliance not decided); a non-urban project is not bound (not_applicable).
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
    id: z
      .string()
      .max(64)
      .optional()
      .openapi(DOCUMENTED && { description: 'Block name or number (optional)' }),
    residentialFloorArea: squareMetres(DOCUMENTED && '街区居住用地总建筑面积: total floor area on the block’s residential land (m²)', {
      positive: true,
    }),
  })
  .strict()
  .openapi('ControlUnitBlock');

const input = z
  .object({
    date: isoDate(DOCUMENTED && 'Date on which the rules apply (e.g. the date the planning conditions are set)'),
    projectTotalFloorArea: squareMetres(DOCUMENTED && '项目总建筑面积: total floor area of the residential project (m², > 0)', {
      positive: true,
    }),
    blocks: z
      .array(blockSchema)
      .min(1)
      .max(50)
      .optional()
      .openapi(DOCUMENTED && { description: 'Control-unit blocks (控制单元街区) for the encouraged concentrated provision' }),
    urban: z
      .boolean()
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            '城镇 project: the rule binds 城镇新建住宅项目 (urban new residential projects). false: not urban, the rule does not apply; omitted: not assessed (the figures are shown, compliance is not decided)',
        },
      ),
    providedArea: squareMetres(
      DOCUMENTED && 'Net internal floor area (套内建筑面积) of the complete units provided (m²), for a compliance check',
      {
        positive: false,
      },
    ).optional(),
  })
  .strict();

const output =
  DOCUMENTED &&
  z
    .object({
      applies: z
        .boolean()
        .nullable()
        .openapi(
          DOCUMENTED && {
            description: 'true: an urban project, bound by the rule; false: not urban, not bound; null: urban not given (see notAssessed)',
          },
        ),
      notAssessed: z.array(notAssessedSchema),
      project: z.object({
        ratio: ratioOut(DOCUMENTED && 'required share of the floor area'),
        ratioArea: areaOut(DOCUMENTED && 'ratio × project total floor area (m², exact)'),
        minimumArea: areaOut(DOCUMENTED && 'minimum area (m²)'),
        requiredArea: areaOut(DOCUMENTED && 'required net internal floor area = max(ratioArea, minimumArea) (m²)'),
        binding: z.enum(['ratio', 'minimum', 'both']),
        areaBasis: z.string(),
        mandatory: z.boolean(),
      }),
      blocks: z
        .object({
          ratio: ratioOut(DOCUMENTED && 'required share of the floor area'),
          encouraged: z.boolean(),
          perBlock: z.array(
            z.object({
              id: z.string().nullable(),
              residentialFloorArea: z.number(),
              requiredArea: areaOut(DOCUMENTED && 'block ratio × block residential floor area (m², exact)'),
            }),
          ),
          totalRequiredArea: areaOut(DOCUMENTED && 'sum of the block figures (m²)'),
        })
        .nullable(),
      compliance: z
        .object({
          providedArea: z.number(),
          requiredArea: z.number(),
          status: statusSchema.openapi(
            DOCUMENTED && {
              description:
                'met: the provided area reaches the requirement; not_met: it does not; not_applicable: the project is not urban; not_assessed: urban not given',
            },
          ),
          compliant: z
            .boolean()
            .nullable()
            .openapi(DOCUMENTED && { description: 'provided ≥ required for an urban project; null unless applies is true' }),
          shortfall: areaOut(DOCUMENTED && 'max(0, required − provided) (m²)'),
          shortfallSettlement: z.object({
            rate: yuanOut(DOCUMENTED && 'cash rate per m² (CNY/m²)').nullable(),
            cash: yuanOut(DOCUMENTED && 'rate × shortfall (yuan)').nullable(),
            missing: z.array(missingSchema),
          }),
        })
        .nullable(),
    })
    .openapi('ElderlyCareHousingFacility');

type P = Params<typeof EC>;
type Blocks = NonNullable<z.output<typeof output>['blocks']>;
type Settlement = NonNullable<z.output<typeof output>['compliance']>['shortfallSettlement'];
type Binding = 'ratio' | 'minimum' | 'both';

const pct = percentText;
const BINDING_ZH = { ratio: '按比例计算的面积较大', minimum: '最低面积较大', both: '两者相等' } as const;

/** round-half-up(rate in fen per m² × area in 10⁻⁸ m²) to the fen. */
function cashFor(rateFen: Fen, shortfall: Area): Fen {
  const units = BigInt(rateFen) * shortfall;
  const per = areaOf(1); // 10⁻⁸ m² units in one m²
  return fen(Number((units + per / 2n) / per));
}

/**
 * 二（三）12（2）: the ratio, the minimum and (with blocks) the block ratio, read together so that one answer names
 * every value the rule lacks; the steps cite them.
 */
function premisesValues(p: P, withBlocks: boolean): { ratio: RatioRead; min: NumberRead; blockRatio: RatioRead | undefined } {
  const missing = new MissingCollector();
  const ratio = p.ratio('housing.home_care_area_ratio_min', missing);
  const min = p.number('housing.home_care_area_min', missing);
  const blockRatio = withBlocks ? p.ratio('housing.block_home_care_area_ratio_min', missing) : undefined;
  missing.throwIfAny({ zh: '计算居家养老服务用房配建面积', en: 'The home-care premises rule' });
  return { ratio: ratio!, min: min!, blockRatio };
}

/** 二（三）12（2）「不低于项目总建筑面积的…」: ratio × the project's total floor area, exact (not rounded). */
function projectShare(trace: Trace, ratio: RatioRead, projectTotalFloorArea: number): Area {
  const area = areaOf(projectTotalFloorArea);
  return trace.step({ zh: '项目：按总建筑面积的比例', en: 'project: share of the total floor area' }, (s) => {
    const ratioArea = areaTimesRatio(area, ratio.ppm);
    s.uses(ratio).inputs({ projectTotalFloorArea });
    s.formula({
      zh: `项目总建筑面积 ${formatArea(area)} 平方米 × ${pct(ratio.ppm)} = ${formatArea(ratioArea)} 平方米（精确值，不舍入）`,
      en: `${formatArea(area)} m² × ${pct(ratio.ppm)} = ${formatArea(ratioArea)} m² (exact, not rounded)`,
    });
    return s.result(areaNumber(ratioArea), ratioArea);
  });
}

/**
 * 二（三）12（2）「且最低不少于…平方米」: the required net internal floor area is the larger of the share and the
 * minimum; `binding` says which (both when they are equal).
 */
function projectRequirement(trace: Trace, min: NumberRead, ratioArea: Area): { minimumArea: Area; required: Area; binding: Binding } {
  const minimumArea = areaOfParameter(min.n);
  const binding: Binding = ratioArea > minimumArea ? 'ratio' : ratioArea < minimumArea ? 'minimum' : 'both';
  const required = trace.step(
    { zh: '项目：应配建的套内建筑面积（不少于最低面积）', en: 'project: required net internal floor area (never under the minimum)' },
    (s) => {
      const required = maxArea(ratioArea, minimumArea);
      s.uses(min).inputs({ ratioArea: areaNumber(ratioArea) });
      s.formula({
        zh: `按比例 ${formatArea(ratioArea)} 平方米与最低 ${formatArea(minimumArea)} 平方米取较大者 = ${formatArea(required)} 平方米（${BINDING_ZH[binding]}）`,
        en: `max(${formatArea(ratioArea)}, ${formatArea(minimumArea)}) = ${formatArea(required)} m² (${binding === 'both' ? 'share and minimum are equal' : `the ${binding} binds`})`,
      });
      return s.result(areaNumber(required), required);
    },
  );
  return { minimumArea, required, binding };
}

/**
 * 二（三）12（2）「鼓励以控制单元街区为单位…集中配建」: block ratio × each block's residential floor area, then the
 * sum; no minimum for blocks, and the project's own requirement stays as it is.
 */
function blockProvision(trace: Trace, blockRatio: RatioRead, blocks: z.output<typeof blockSchema>[]): Blocks {
  const perBlock = blocks.map((b, i) => {
    const a = areaOf(b.residentialFloorArea);
    const name = b.id ?? String(i + 1);
    const need = trace.step({ zh: `街区 ${name}：鼓励集中配建`, en: `block ${name}: encouraged concentrated provision` }, (s) => {
      const need = areaTimesRatio(a, blockRatio.ppm);
      s.uses(blockRatio).inputs({ id: b.id ?? null, residentialFloorArea: b.residentialFloorArea });
      s.formula({
        zh: `街区居住用地总建筑面积 ${formatArea(a)} 平方米 × ${pct(blockRatio.ppm)} = ${formatArea(need)} 平方米（街区不设最低面积；精确值）`,
        en: `${formatArea(a)} m² × ${pct(blockRatio.ppm)} = ${formatArea(need)} m² (no minimum for blocks; exact)`,
      });
      return s.result(areaNumber(need), need);
    });
    return { id: b.id ?? null, residentialFloorArea: b.residentialFloorArea, need };
  });
  const total = trace.step(
    {
      zh: '街区：鼓励集中配建合计（不替代项目的配建要求）',
      en: 'blocks: total encouraged provision (does not replace the project requirement)',
    },
    (s) => {
      const total = sumAreas(perBlock.map((x) => x.need));
      const list = perBlock.map((x) => formatArea(x.need)).join(' + ');
      s.uses(blockRatio).inputs({ blocks: perBlock.length });
      s.formula({ zh: `${list} = ${formatArea(total)} 平方米`, en: `${list} = ${formatArea(total)} m²` });
      return s.result(areaNumber(total), total);
    },
  );
  return {
    ratio: blockRatio.use.value as number,
    encouraged: ENCOURAGED,
    perBlock: perBlock.map((x) => ({ id: x.id, residentialFloorArea: x.residentialFloorArea, requiredArea: areaNumber(x.need) })),
    totalRequiredArea: areaNumber(total),
  };
}

/** 二（三）12（2）「不低于」: the provided area complies when it reaches the requirement (equality complies). */
function projectCompliance(
  trace: Trace,
  values: { ratio: RatioRead; min: NumberRead },
  required: Area,
  providedArea: number,
): { compliant: boolean; shortfall: Area } {
  const provided = areaOf(providedArea);
  const compliant = provided >= required; // 不低于: equality complies
  const shortfall = compliant ? 0n : required - provided;
  trace.step({ zh: '所提供面积是否达到项目要求', en: 'compliance of the provided area with the project requirement' }, (s) => {
    s.uses(values.ratio, values.min).inputs({ providedArea });
    s.formula({
      zh: `所提供 ${formatArea(provided)} 平方米 ${compliant ? '≥' : '<'} 应配建 ${formatArea(required)} 平方米，${compliant ? '达标' : '未达标'}；不足 ${formatArea(shortfall)} 平方米`,
      en: `${formatArea(provided)} ${compliant ? '≥' : '<'} ${formatArea(required)} m²; shortfall ${formatArea(shortfall)} m²`,
    });
    return s.result({ compliant, shortfall: areaNumber(shortfall) });
  });
  return { compliant, shortfall };
}

/**
 * 二（三）12（2）「不足部分可以通过货币补缴等方式解决」: rate × shortfall, half-up to the fen. The cash rate is not
 * published: the answer says so (missing[]) instead of refusing.
 */
function shortfallSettlement(p: P, trace: Trace, shortfall: Area): Settlement {
  const unpublished = new MissingCollector();
  const rate = p.money('housing.shortfall_cash_rate', unpublished);
  if (!rate) return { rate: null, cash: null, missing: unpublished.items };
  const cash = trace.step({ zh: '不足部分货币补缴', en: 'shortfall settled in cash (货币补缴)' }, (s) => {
    const cash = cashFor(rate.fen, shortfall);
    s.uses(rate).inputs({ shortfall: areaNumber(shortfall) });
    s.formula({
      zh: `不足面积 ${formatArea(shortfall)} 平方米 × 每平方米 ${yuanText(rate.fen)} 元 = ${yuanText(cash)} 元（四舍五入到分）`,
      en: `${formatArea(shortfall)} m² × ${yuanText(rate.fen)} per m² = ${yuanText(cash)} (half-up to the fen)`,
    });
    return s.result(yuanOf(cash), cash);
  });
  return { rate: yuanOf(rate.fen), cash: yuanOf(cash), missing: [] };
}

/**
 * 二（三）12（2）「城镇新建住宅项目应…配建」: the rule binds urban new residential projects; whether the project is urban
 * is the caller's (never assumed).
 */
function scope(trace: Trace, ratio: RatioRead, urban: boolean | undefined): { applies: boolean | null; notAssessed: NotAssessed[] } {
  return trace.step({ zh: '适用范围：城镇新建住宅项目', en: 'scope: urban new residential projects' }, (s) => {
    s.rule(ratio.use.citation).inputs({ urban: urban ?? null });
    const applies = urban ?? null;
    s.formula(
      applies === null
        ? { zh: '未说明是否为城镇项目：未评估', en: 'whether the project is urban is not given: not assessed' }
        : applies
          ? { zh: '城镇项目：适用', en: 'urban: the rule applies' }
          : { zh: '非城镇项目：不适用', en: 'not urban: the rule does not apply' },
    );
    const notAssessed =
      applies === null
        ? [notGiven('urban', ['urban'], { zh: '未说明是否为城镇项目', en: 'whether the project is urban is not given' })]
        : [];
    return s.result({ applies }, { applies, notAssessed });
  });
}

const complianceStatus = (applies: boolean | null, compliant: boolean): Status =>
  applies === null ? 'not_assessed' : applies ? (compliant ? 'met' : 'not_met') : 'not_applicable';

export const elderlyCareHousingFacility = defineCalculator({
  id: 'elderly-care-housing-facility',
  table: tableRef<typeof EC>('elderly-care'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.date);
    const values = premisesValues(p, req.blocks !== undefined);
    const ratioArea = projectShare(trace, values.ratio, req.projectTotalFloorArea);
    const { minimumArea, required, binding } = projectRequirement(trace, values.min, ratioArea);
    const blocks = req.blocks && values.blockRatio ? blockProvision(trace, values.blockRatio, req.blocks) : null;
    // after the figures, so the area steps keep their places in the trace
    const { applies, notAssessed } = scope(trace, values.ratio, req.urban);
    let compliance: z.output<typeof output>['compliance'] = null;
    if (req.providedArea !== undefined) {
      const { compliant, shortfall } = projectCompliance(trace, values, required, req.providedArea);
      compliance = {
        providedArea: req.providedArea,
        requiredArea: areaNumber(required),
        status: complianceStatus(applies, compliant),
        compliant: applies === true ? compliant : null,
        shortfall: areaNumber(shortfall),
        shortfallSettlement: shortfallSettlement(p, trace, shortfall),
      };
    }
    return {
      applies,
      notAssessed,
      project: {
        ratio: values.ratio.use.value as number,
        ratioArea: areaNumber(ratioArea),
        minimumArea: areaNumber(minimumArea),
        requiredArea: areaNumber(required),
        binding,
        areaBasis: 'net internal floor area (套内建筑面积)',
        mandatory: MANDATORY,
      },
      blocks,
      compliance,
    };
  },
});
