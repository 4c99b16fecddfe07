import { DOCUMENTED } from '../../documented';
import { failsWith, issue } from '../../engine/issue';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import {
  AREA_DECIMALS,
  boundText,
  divide,
  type Exact,
  exactOf,
  FAR_DECIMALS,
  formatExact,
  isOpenRange,
  multiply,
  projectYuan,
  rangeCheck,
  roundHalfUp,
} from '../../engine/exact';
import { EngineError } from '../../engine/errors';
import { isoDate, multipleOut, yuan, yuanOf, yuanOut } from '../../engine/inputs';
import { valueOn } from '../../engine/lookup';
import { applyRatioDown, applyRatioUp, type Fen, maxFen, minFen, ratioToPpm, yuanText, yuanToFen } from '../../engine/money';
import type { Params } from '../../engine/params';
import { quantity } from '../../engine/quantity';
import type { Trace } from '../../engine/trace';
import {
  allOf,
  checkRow,
  type NotAssessed,
  notAssessedSchema,
  notGiven,
  not,
  type Status,
  statusSchema,
  truthOf,
} from '../../engine/verdict';
import type { landSupply as LS } from './table';
import {
  EXCLUSION_RULES,
  LAND_PROJECT_TYPES,
  LAND_ZONES,
  PERFORMANCE_CLASSES,
  PRICE_BASES,
  PRICE_CATEGORIES,
  STANDARD_CRITERIA,
} from './codes';
import { type Localized, publicNoteSchema, type Range, type ScaleRow } from '../../tables/model';

/**
 * Screens a land-using project against 嘉政办发〔2014〕106号: the projects that in principle get no land
 * (二（一）1（2）, sheet exclusions), the land-use entry standards (二（一）1（3）, sheet entry_standards) and the
 * starting-price band of industrial land (二（一）3（1）–（2）, sheet starting_price). Every threshold comes from
 * the workbook; per-mu figures are decided by exact cross-multiplication (engine/exact.ts), never by floats.
 *
 * An exclusion is a ground on which no land is supplied: its status is met when the ground holds (the project is
 * caught), not_met when it does not. A standard is met when the project reaches it.
 *
 * Readings (also in the workbook notes):
 * - 以下 in 「5000万元以下」「20亩以下」 is inclusive and 且 means both; 「拆迁安置除外」 exempts resettlement.
 * - 投资强度 = total investment ÷ land area; 亩均销售收入 / 亩均税收 are annual.
 * - Exclusions and standards are cumulative; both are 「原则上」, so the answer reports, it does not refuse.
 * - The small-project and class grounds apply to every project type; the outside-zone ground only to 工业项目.
 * - A recognised key producer-services project uses the services standard and is priced as industrial land
 *   (「按照工业用地类别供地方式供地」, 二（一）3（2））.
 * - A qualitative ground the caller did not answer is not_assessed: never assumed either way. So is a ground with
 *   「拆迁安置除外」 whose other conditions hold while resettlement is not given: it holds only for a project known
 *   not to be a resettlement one (resettlement false), so a false `eligible` never rests on an omitted answer.
 * - A `priority` project is not separately checked for an A class (the class is one example of the list).
 */

type P = Params<typeof LS>;
type Rule = (typeof EXCLUSION_RULES)[number];
type Criterion = (typeof STANDARD_CRITERIA)[number];
type Category = (typeof PRICE_CATEGORIES)[number];

/** The exclusion grounds of 二（一）1（2）, in words. */
const RULE: Record<Rule, Localized> = {
  two_high_one_resource: { zh: '“两高一资”项目', en: '“two highs, one resource” project' },
  obsolete_capacity: { zh: '淘汰落后产能项目', en: 'obsolete-capacity project' },
  not_upgrading: { zh: '不符合产业转型升级项目', en: 'project not conforming to industrial upgrading' },
  layout_adjustment: { zh: '规划布局需调整项目', en: 'project whose planned location needs adjusting' },
  performance_class: { zh: '上年度绩效评价为C类或D类的企业项目', en: 'enterprise rated class C or D last year' },
  small_project: { zh: '投资和用地规模都较小的项目', en: 'small investment and small land area' },
  industrial_outside_zone: { zh: '开发区（工业园区）以外的工业项目', en: 'industrial project outside development zones' },
};
/** The entry standards of 二（一）1（3）, in words. */
const CRITERION: Record<Criterion, Localized> = {
  investment_intensity: { zh: '投资强度', en: 'investment intensity' },
  floor_area_ratio: { zh: '容积率', en: 'floor area ratio' },
  sales_per_mu: { zh: '亩均销售收入', en: 'sales per mu' },
  tax_per_mu: { zh: '亩均税收', en: 'tax per mu' },
};
const TYPE: Record<(typeof LAND_PROJECT_TYPES)[number], Localized> = {
  industrial: { zh: '工业项目', en: 'industrial' },
  'producer-services': { zh: '经认定的重点生产性服务业项目', en: 'recognised key producer-services' },
  services: { zh: '服务业项目', en: 'service' },
  other: { zh: '其他项目', en: 'other' },
};
const ZONE: Record<(typeof LAND_ZONES)[number], Localized> = {
  'development-zone': { zh: '开发区（工业园区）内', en: 'inside a development zone (industrial park)' },
  outside: { zh: '开发区（工业园区）以外', en: 'outside development zones (industrial parks)' },
};
/** The price categories of 二（一）3（1）, in words. */
const CATEGORY: Record<Category, Localized> = {
  priority: { zh: '优先发展且节约集约用地的项目', en: 'a priority project that uses land intensively' },
  conforming: { zh: '符合产业导向和转型升级的项目', en: 'a project conforming to industrial policy and upgrading' },
  nonconforming: {
    zh: '不符合我市产业转型升级但国家仍允许投资的项目',
    en: 'a project not conforming to the city’s upgrading but still allowed by the state',
  },
};
/** A ground's status in words, as the steps say it. */
const GROUND: Record<Status, Localized> = {
  met: { zh: '属于此情形（原则上不再供地）', en: 'a ground' },
  not_met: { zh: '不属于此情形', en: 'not a ground' },
  not_applicable: { zh: '不适用', en: 'does not apply' },
  not_assessed: { zh: '未评估', en: 'not assessed' },
};
const STANDARD_ZH: Record<Status, string> = { met: '达到标准', not_met: '未达到标准', not_applicable: '不适用', not_assessed: '未评估' };

// ---------------------------------------------------------------------------------------------
// Request and response. The response schemas are output-only: the Worker keeps none of them (src/documented.ts).

const positivePrice = (description: string) =>
  yuan(description).refine((n) => n > 0, failsWith('too-small', { zh: '须大于 0', en: 'must be greater than 0' }));
const flag = (description: string) =>
  z
    .boolean()
    .optional()
    .openapi(DOCUMENTED && { description: `${description}; omitted = not assessed (never assumed)` });

const input = z
  .object({
    date: isoDate(
      DOCUMENTED &&
        'Date on which the rules are applied; before 106号 is in force (document.effective_date) the answer is 422 not-in-force',
    ),
    projectType: z.enum(LAND_PROJECT_TYPES).openapi(
      DOCUMENTED && {
        description:
          'industrial 工业项目; producer-services: a key producer-services project (文化创意、现代物流、研发设计…) recognised by the competent department (二（一）3（2））; services: other 服务业项目; other: housing, commercial… (no standard in 106号)',
      },
    ),
    zone: z
      .enum(LAND_ZONES)
      .openapi(DOCUMENTED && { description: 'development-zone: inside a 开发区 or 工业园区; outside: anywhere else' }),
    totalInvestment: projectYuan(DOCUMENTED && '总投资 total investment, CNY', 90000000),
    landArea: quantity(DOCUMENTED && '用地面积 land area in mu (> 0, at most 4 decimals)', AREA_DECIMALS, 30).refine(
      (n) => n > 0,
      failsWith('too-small', { zh: '须大于 0', en: 'must be greater than 0' }),
    ),
    floorAreaRatio: quantity(
      DOCUMENTED && '容积率 floor-area ratio (at most 4 decimals); omitted = not assessed',
      FAR_DECIMALS,
      1.2,
    ).optional(),
    expectedSales: projectYuan(DOCUMENTED && '预期年销售收入 expected annual sales revenue, CNY/year; omitted = not assessed').optional(),
    expectedTax: projectYuan(DOCUMENTED && '预期年税收 expected annual tax, CNY/year; omitted = not assessed').optional(),
    enterpriseClass: z
      .enum(PERFORMANCE_CLASSES)
      .nullable()
      .optional()
      .openapi(DOCUMENTED && { description: '上年度工业企业绩效评价 class; null or omitted = not rated (e.g. a new enterprise)' }),
    resettlement: flag(DOCUMENTED && '拆迁安置 (demolition-resettlement) project: exempts it from the grounds that say 拆迁安置除外'),
    priority: z.boolean().openapi(
      DOCUMENTED && {
        description:
          '符合产业导向…优先发展且节约集约用地 as found by the competent bodies (e.g. advanced equipment, high-tech, strategic emerging, A-class enterprises; sheet industry_lists)',
      },
    ),
    conformsToUpgrading: z.boolean().openapi(DOCUMENTED && { description: '符合（我市）产业转型升级' }),
    twoHighOneResource: flag(DOCUMENTED && '“两高一资” project (high energy use, high pollution, resource-based)'),
    obsoleteCapacity: flag(DOCUMENTED && '淘汰落后产能 project'),
    layoutNeedsAdjustment: flag(DOCUMENTED && '规划布局需调整 project'),
    appraisedPrice: positivePrice(DOCUMENTED && '土地评估价格 appraised price of the parcel, CNY/m² (> 0)').optional(),
    gradeMinimumPrice: positivePrice(
      DOCUMENTED &&
        '所在地土地等别对应工业用地出让最低价标准, CNY/m² (> 0): not published in the table (price.grade_minimum_price), only the caller can give it',
    ).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.priority && !r.conformsToUpgrading) {
      issue(ctx, ['priority'], 'conflict', {
        zh: '优先保障的项目须符合产业转型升级：priority 为 true 时 conformsToUpgrading 也须为 true',
        en: 'priority land must conform to industrial upgrading: priority true needs conformsToUpgrading true',
      });
    }
  });
type Req = z.output<typeof input>;

const citation = DOCUMENTED && z.string().openapi(DOCUMENTED && { example: '嘉政办发〔2014〕106号 二（一）1（3）' });
const exclusionSchema =
  DOCUMENTED &&
  z
    .object({
      rule: z.enum(EXCLUSION_RULES),
      status: statusSchema.openapi(
        DOCUMENTED && {
          description:
            'met: the ground holds (in principle no land is supplied); not_met: it does not; not_applicable: not for this project type; not_assessed: an input it needs was not given (see notAssessed)',
        },
      ),
      detail: z.string(),
      citation,
    })
    .openapi('LandExclusionCheck');
const standardSchema =
  DOCUMENTED &&
  z
    .object({
      criterion: z.enum(STANDARD_CRITERIA),
      status: statusSchema.openapi(
        DOCUMENTED && {
          description:
            'met: the project reaches the standard; not_met: it does not; not_applicable: no such standard for this project type; not_assessed: its figure was not given (see notAssessed)',
        },
      ),
      actual: z
        .number()
        .nullable()
        .openapi(
          DOCUMENTED && { description: 'per-mu figure rounded half-up to the fen (display only; the decision is exact), or the FAR' },
        ),
      unit: z.string().nullable(),
      minimum: z.number().nullable(),
      bound: z.enum(['inclusive', 'exclusive']).nullable(),
      maximum: z.number().nullable(),
      maxBound: z.enum(['inclusive', 'exclusive']).nullable(),
      inPrinciple: z
        .boolean()
        .nullable()
        .openapi(DOCUMENTED && { description: 'true where the text says 原则上' }),
      detail: z.string(),
      citation: citation.nullable(),
    })
    .openapi('LandStandardCheck');
const bandSchema =
  DOCUMENTED &&
  z.object({
    min: multipleOut().nullable(),
    minBound: z.enum(['inclusive', 'exclusive']).nullable(),
    max: multipleOut().nullable(),
    maxBound: z.enum(['inclusive', 'exclusive']).nullable(),
  });
const unpublishedValueSchema = DOCUMENTED && z.object({ key: z.string(), note: publicNoteSchema, citation: z.string().nullable() });
const startingPriceSchema =
  DOCUMENTED &&
  z
    .object({
      category: z.enum(PRICE_CATEGORIES),
      basis: z.enum(PRICE_BASES),
      minMultiplier: multipleOut(DOCUMENTED && 'the binding lower bound as a multiple of minMultiplierBase').nullable(),
      minMultiplierBase: z.enum(PRICE_BASES).nullable(),
      minBound: z.enum(['inclusive', 'exclusive']).nullable(),
      appraisedMultiplier: bandSchema.openapi(DOCUMENTED && { description: 'band as multiples of the appraised price 土地评估价格' }),
      gradeMinimumMultiplier: bandSchema.openapi(
        DOCUMENTED && {
          description:
            'band as multiples of the grade minimum price 工业用地出让最低价标准 (a different base: never mixed with the appraised price)',
        },
      ),
      minimumStartingPrice: yuanOut(
        DOCUMENTED && 'lowest starting price allowed, CNY/m² (null when a needed price is not given)',
      ).nullable(),
      maximumStartingPrice: yuanOut(
        DOCUMENTED && 'highest starting price the band gives, CNY/m² (null: no cap, or a needed price not given)',
      ).nullable(),
      unit: z.literal('CNY/m2'),
      missing: z.array(unpublishedValueSchema).openapi(
        DOCUMENTED && {
          description: 'table values not published that the band needs (the caller may give them, e.g. gradeMinimumPrice)',
        },
      ),
      missingInputs: z.array(z.string()).openapi(DOCUMENTED && { description: 'request fields the money figures need' }),
      citation,
    })
    .openapi('LandStartingPrice');

const output =
  DOCUMENTED &&
  z
    .object({
      eligible: z
        .boolean()
        .nullable()
        .openapi(
          DOCUMENTED && {
            description:
              'true: no ground on which no land is supplied holds and every entry standard is met, all of them assessed; ' +
              'false: a ground holds or a standard is not met (decided on the inputs given, whatever is not assessed); ' +
              'null: undetermined — none failed, but a ground or standard was not assessed (see notAssessed)',
          },
        ),
      inPrinciple: z.boolean().openapi(DOCUMENTED && { description: '「原则上」: the outcome is reported, not a final refusal' }),
      exclusions: z.array(exclusionSchema),
      standards: z.array(standardSchema),
      reasons: z.array(z.object({ item: z.string(), explanation: z.string(), citation })),
      notAssessed: z.array(notAssessedSchema).openapi(
        DOCUMENTED && {
          description:
            'the grounds (exclusions[].rule) and standards (standards[].criterion) not assessed, with the request fields that would decide each; empty when everything was assessed',
        },
      ),
      startingPrice: startingPriceSchema.nullable(),
      startingPriceReason: z.string().optional(),
      caveats: z.array(z.object({ key: z.string(), text: z.string().nullable(), note: publicNoteSchema, citation: z.string().nullable() })),
    })
    .openapi('LandEntryCheck');

// ---------------------------------------------------------------------------------------------
// Helpers.

const boundWord = (present: boolean, inclusive: boolean) => (present ? (inclusive ? 'inclusive' : 'exclusive') : null);
/** Yuan as the answer's detail texts give them: two decimals, no grouping ("90000000.00"). */
const plainYuan = (fen: Fen) => yuanText(fen).replace(/,/g, '');

/** "bound × area = product" for each end of a per-mu range (the exact cross-product the decision uses). */
const crossText = (r: Range, area: Exact) =>
  [
    r.min === null
      ? null
      : `${r.minInclusive ? '≥' : '>'} ${r.min} × ${formatExact(area)} mu = ${formatExact(multiply(exactOf(r.min), area))}`,
    r.max === null
      ? null
      : `${r.maxInclusive ? '≤' : '<'} ${r.max} × ${formatExact(area)} mu = ${formatExact(multiply(exactOf(r.max), area))}`,
  ]
    .filter(Boolean)
    .join(' and ');
/** The same in Chinese: 「每亩不低于 3000000 元 × 30 亩 = 90000000 元」. */
const crossZh = (r: Range, area: Exact) =>
  [
    r.min === null
      ? null
      : `每亩${r.minInclusive ? '不低于' : '高于'} ${r.min} 元 × ${formatExact(area)} 亩 = ${formatExact(multiply(exactOf(r.min), area))} 元`,
    r.max === null
      ? null
      : `每亩${r.maxInclusive ? '不高于' : '低于'} ${r.max} 元 × ${formatExact(area)} 亩 = ${formatExact(multiply(exactOf(r.max), area))} 元`,
  ]
    .filter(Boolean)
    .join('，且');
/** A figure against a one-sided bound, in words: 「超过 50000000 元」, 「不足 1」. */
function compareZh(r: Range, holds: boolean, unit: string): string {
  if (r.max === null && r.min !== null)
    return r.minInclusive ? `${holds ? '不低于' : '低于'} ${r.min}${unit}` : `${holds ? '高于' : '不高于'} ${r.min}${unit}`;
  if (r.min === null && r.max !== null)
    return r.maxInclusive ? `${holds ? '不超过' : '超过'} ${r.max}${unit}` : `${holds ? '低于' : '不低于'} ${r.max}${unit}`;
  return `${holds ? '在' : '不在'} ${boundText(r)}${unit} 的范围内`;
}

// ---------------------------------------------------------------------------------------------
// 二（一）1（2）: exclusions.

/** The request boolean behind a qualitative ground; `true` means the ground holds. */
function qualitative(rule: string, req: Req): { field: string; holds: boolean | undefined; zh: string; en: string } | null {
  const saysEn = (given: boolean | undefined, what: string) =>
    given === undefined ? `not said whether ${what}` : `${what}: ${given ? 'yes' : 'no'}`;
  const says = (holds: boolean | undefined, yes: string, no: string, open: string) => (holds === undefined ? open : holds ? yes : no);
  switch (rule) {
    case 'two_high_one_resource':
      return {
        field: 'twoHighOneResource',
        holds: req.twoHighOneResource,
        zh: says(req.twoHighOneResource, '是“两高一资”项目', '不是“两高一资”项目', '未说明是否“两高一资”项目'),
        en: saysEn(req.twoHighOneResource, 'a “two highs, one resource” project'),
      };
    case 'obsolete_capacity':
      return {
        field: 'obsoleteCapacity',
        holds: req.obsoleteCapacity,
        zh: says(req.obsoleteCapacity, '属于淘汰落后产能项目', '不属于淘汰落后产能项目', '未说明是否属于淘汰落后产能项目'),
        en: saysEn(req.obsoleteCapacity, 'an obsolete-capacity project'),
      };
    case 'layout_adjustment':
      return {
        field: 'layoutNeedsAdjustment',
        holds: req.layoutNeedsAdjustment,
        zh: says(req.layoutNeedsAdjustment, '规划布局需要调整', '规划布局不需要调整', '未说明规划布局是否需要调整'),
        en: saysEn(req.layoutNeedsAdjustment, 'planned location needs adjusting'),
      };
    case 'not_upgrading':
      return {
        field: 'conformsToUpgrading',
        holds: !req.conformsToUpgrading,
        zh: req.conformsToUpgrading ? '符合产业转型升级' : '不符合产业转型升级',
        en: saysEn(req.conformsToUpgrading, 'conforms to industrial upgrading'),
      };
    default:
      return null;
  }
}

interface RowVerdict {
  status: Status;
  detail: string;
  zh: string;
  inputs: Record<string, unknown>;
  /** request fields not given that would decide the row */
  open: string[];
}

/** One row of the exclusions sheet: the ground holds (met) when every non-empty condition cell holds. */
function exclusionRow(p: P, row: ScaleRow, req: Req): RowVerdict {
  const rule = String(row.cells.rule);
  const inputs: Record<string, unknown> = {};
  const projectType = row.cells.project_type;
  if (projectType !== null && projectType !== undefined) {
    p.cell('exclusions', row, 'project_type');
    inputs.projectType = req.projectType;
    if (projectType !== req.projectType) {
      return {
        status: 'not_applicable',
        detail: `applies to ${TYPE[projectType as Req['projectType']]?.en ?? String(projectType)} projects only; this is a${req.projectType === 'industrial' || req.projectType === 'other' ? 'n' : ''} ${TYPE[req.projectType].en} project`,
        zh: `只适用于${TYPE[projectType as Req['projectType']]?.zh ?? String(projectType)}，本项目是${TYPE[req.projectType].zh}`,
        inputs,
        open: [],
      };
    }
  }
  // Each condition: true (holds), false (does not hold → the ground does not) or null (not assessed).
  const conditions: { holds: boolean | null; text: string; zh: string; field?: string }[] = [];
  const q = qualitative(rule, req);
  if (q) {
    inputs[q.field] = q.field === 'conformsToUpgrading' ? req.conformsToUpgrading : (q.holds ?? null);
    conditions.push({
      holds: q.holds ?? null,
      text: q.en,
      zh: q.zh,
      field: q.field,
    });
  }
  // the row's condition cells against the request (dimension = equal, range = contains, exactly); an unrated enterprise is no class
  const check = checkRow(p, 'exclusions', row, {
    performance_class: req.enterpriseClass ?? null,
    zone: req.zone,
    total_investment: req.totalInvestment,
    land_area: req.landArea,
  });
  for (const c of check.cells) {
    const holds = c.holds === true;
    if (c.column === 'performance_class') {
      const given = req.enterpriseClass ?? null;
      const cls = String(c.expected);
      inputs.enterpriseClass = given;
      conditions.push({
        holds,
        text: given === null ? `enterprise not rated (class ${cls} is the ground)` : `class ${given} ${holds ? '=' : '≠'} ${cls}`,
        zh: given === null ? `企业未参加绩效评价（${cls} 类才属于此情形）` : `绩效评价为 ${given} 类，${holds ? '是' : '不是'} ${cls} 类`,
      });
    } else if (c.column === 'zone') {
      inputs.zone = req.zone;
      conditions.push({ holds, text: `located ${ZONE[req.zone].en}`, zh: `项目位于${ZONE[req.zone].zh}` });
    } else if (c.column === 'total_investment') {
      const r = c.expected as Range;
      inputs.totalInvestment = req.totalInvestment;
      const fen = yuanToFen(req.totalInvestment);
      conditions.push({
        holds,
        text: `total investment ${plainYuan(fen)} ${holds ? 'is' : 'is not'} ${boundText(r)}`,
        zh: `总投资 ${yuanText(fen)} 元，${compareZh(r, holds, ' 元')}`,
      });
    } else {
      const r = c.expected as Range;
      inputs.landArea = req.landArea;
      conditions.push({
        holds,
        text: `land ${req.landArea} mu ${holds ? 'is' : 'is not'} ${boundText(r)}`,
        zh: `用地面积 ${req.landArea} 亩，${compareZh(r, holds, ' 亩')}`,
      });
    }
  }
  const text = conditions.map((c) => c.text).join(' and ');
  const zh = conditions.map((c) => c.zh).join('，');
  if (conditions.some((c) => c.holds === false)) return { status: 'not_met', detail: text, zh, inputs, open: [] };
  const open = conditions.filter((c) => c.holds === null).map((c) => c.field!);
  if (open.length) return { status: 'not_assessed', detail: text, zh, inputs, open };
  if (p.cell('exclusions', row, 'resettlement_exempt').value === true) {
    inputs.resettlement = req.resettlement ?? null;
    if (req.resettlement)
      return {
        status: 'not_met',
        detail: `${text}, but a resettlement project is exempt (拆迁安置除外)`,
        zh: `${zh}；但拆迁安置项目除外，本项目是拆迁安置项目`,
        inputs,
        open: [],
      };
    // 「拆迁安置除外」: the ground holds only for a project known not to be a resettlement one; not given → not assessed.
    if (req.resettlement === undefined) {
      return {
        status: 'not_assessed',
        detail: `${text}, but not said whether it is a resettlement project, which would be exempt (拆迁安置除外)`,
        zh: `${zh}；但未说明是否拆迁安置项目，拆迁安置项目除外`,
        inputs,
        open: ['resettlement'],
      };
    }
  }
  return { status: 'met', detail: text, zh, inputs, open: [] };
}

interface Ground {
  out: z.output<typeof exclusionSchema>;
  description: string;
  open: string[];
}

function checkExclusions(p: P, trace: Trace, req: Req): Ground[] {
  const rows = p.rowsInForce('exclusions');
  const out: Ground[] = [];
  for (const rule of EXCLUSION_RULES) {
    const ruleRows = rows.filter((r) => r.cells.rule === rule);
    if (!ruleRows.length) continue;
    out.push(
      trace.step({ zh: `原则上不再供地的情形：${RULE[rule].zh}`, en: `exclusion: ${RULE[rule].en}` }, (s) => {
        const description = p.cell('exclusions', ruleRows[0]!, 'description_zh');
        p.get('exclusion.in_principle');
        const verdicts = ruleRows.map((r) => exclusionRow(p, r, req));
        // a ground of several rows (class C or D) holds when one row does
        const status: Status = verdicts.some((v) => v.status === 'met')
          ? 'met'
          : verdicts.some((v) => v.status === 'not_assessed')
            ? 'not_assessed'
            : verdicts.every((v) => v.status === 'not_applicable')
              ? 'not_applicable'
              : 'not_met';
        const detail = [...new Set(verdicts.map((v) => v.detail))].join('; ');
        const zh = [...new Set(verdicts.map((v) => v.zh))].join('；');
        const cite = ruleRows[0]!.citation.text;
        s.rule(cite).inputs(Object.assign({}, ...verdicts.map((v) => v.inputs)));
        s.formula({
          zh: `${String(description.value)}：${zh}，${GROUND[status].zh}`,
          en: `${String(description.value)}: ${detail} → ${GROUND[status].en}`,
        });
        const open = status === 'not_assessed' ? [...new Set(verdicts.flatMap((v) => v.open))] : [];
        return s.result(status, { out: { rule, status, detail, citation: cite }, description: String(description.value), open });
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 二（一）1（3）: entry standards.

/** Which request figure a per-mu criterion divides by the land area. */
const PER_MU_INPUT: Partial<Record<Criterion, 'totalInvestment' | 'expectedSales' | 'expectedTax'>> = {
  investment_intensity: 'totalInvestment',
  sales_per_mu: 'expectedSales',
  tax_per_mu: 'expectedTax',
};
const FIELD: Record<'totalInvestment' | 'expectedSales' | 'expectedTax', Localized> = {
  totalInvestment: { zh: '总投资', en: 'total investment' },
  expectedSales: { zh: '预期年销售收入', en: 'expected annual sales' },
  expectedTax: { zh: '预期年税收', en: 'expected annual tax' },
};

interface Standard {
  out: z.output<typeof standardSchema>;
  /** the request field not given (not_assessed) */
  open: string | null;
}

function checkStandards(p: P, trace: Trace, req: Req): Standard[] {
  const rows = p.rowsInForce('entry_standards');
  // industrial → industrial rows; services and recognised producer services → services rows; other → none.
  const group = req.projectType === 'industrial' ? 'industrial' : req.projectType === 'other' ? null : 'services';
  const area = exactOf(req.landArea);
  const out: Standard[] = [];
  const criteria = STANDARD_CRITERIA.filter((c) => rows.some((r) => r.cells.criterion === c));
  for (const criterion of criteria) {
    const row = group ? rows.find((r) => r.cells.project_type === group && r.cells.criterion === criterion) : undefined;
    if (!row) {
      const detail = group
        ? `the source sets no ${criterion} standard for ${group} projects`
        : `the source sets no land-use standard for projects of type ${req.projectType}`;
      out.push({
        out: {
          criterion,
          status: 'not_applicable',
          actual: null,
          unit: null,
          minimum: null,
          bound: null,
          maximum: null,
          maxBound: null,
          inPrinciple: null,
          detail,
          citation: null,
        },
        open: null,
      });
      continue;
    }
    const cite = row.citation.text;
    const perMu = row.ranges.per_mu;
    const far = row.ranges.far;
    if (isOpenRange(perMu) && isOpenRange(far)) {
      throw new EngineError(
        'not-published',
        {
          zh: `${p.table.id} 的 entry_standards 表第 ${row.row} 行（${criterion}）没有设定界限。`,
          en: `${p.table.id} entry_standards row ${row.row} (${criterion}) sets no bound.`,
        },
        { parameter: { table: p.table.id, key: `entry_standards.${criterion}`, note: row.note, citation: cite } },
      );
    }
    const groupZh = group === 'industrial' ? '工业项目' : '服务业项目';
    out.push(
      trace.step(
        {
          zh: `准入标准：${CRITERION[criterion].zh}（${groupZh}）`,
          en: `entry standard: ${CRITERION[criterion].en} (${group === 'industrial' ? 'industrial projects' : 'service projects'})`,
        },
        (s) => {
          const inPrinciple = p.cell('entry_standards', row, 'in_principle');
          let range: Range;
          let unit: string;
          let x: Exact | undefined;
          let actual: number | null = null;
          let shown: string;
          let shownZh = '';
          let field: string;
          if (!isOpenRange(perMu)) {
            const f = PER_MU_INPUT[criterion];
            if (!f) throw new Error(`entry_standards: criterion ${criterion} has a per-mu range but no request figure`);
            field = f;
            range = perMu!;
            p.bounds('entry_standards', row, 'per_mu');
            unit = 'CNY/mu';
            const amount = req[f];
            s.inputs({ [f]: amount ?? null, landArea: req.landArea });
            if (amount !== undefined) {
              // amount ÷ area compared exactly (a cross-product of integers: amount vs bound × area)
              x = divide(exactOf(amount), area);
              actual = roundHalfUp(x, 2);
            }
            const fen = amount === undefined ? undefined : yuanToFen(amount);
            shown =
              fen === undefined
                ? `${FIELD[f].en} not given`
                : `${FIELD[f].en} ${plainYuan(fen)} vs ${crossText(range, area)} (per mu ${actual?.toFixed(2)}, rounded for display)`;
            shownZh =
              fen === undefined
                ? `未提供${FIELD[f].zh}（标准：${crossZh(range, area)}）`
                : `${FIELD[f].zh} ${yuanText(fen)} 元，标准为${crossZh(range, area)}（每亩 ${actual?.toFixed(2)} 元，四舍五入仅供显示）`;
          } else {
            field = 'floorAreaRatio';
            range = far!;
            p.bounds('entry_standards', row, 'far');
            unit = 'multiplier';
            s.inputs({ floorAreaRatio: req.floorAreaRatio ?? null });
            if (req.floorAreaRatio !== undefined) {
              x = exactOf(req.floorAreaRatio);
              actual = req.floorAreaRatio;
            }
            shown = req.floorAreaRatio === undefined ? 'floor area ratio not given' : `floor area ratio ${req.floorAreaRatio}`;
          }
          const status: Status = x === undefined ? 'not_assessed' : rangeCheck(range, x) === null ? 'met' : 'not_met';
          const verdict = status === 'met' ? 'holds' : status === 'not_met' ? 'does not hold' : 'not assessed';
          const detail = unit === 'CNY/mu' ? `${shown}: ${verdict}` : `${shown} ${boundText(range)}: ${verdict}`;
          if (unit === 'multiplier')
            shownZh =
              x === undefined
                ? `未提供容积率（标准：${compareZh(range, true, '')}）`
                : `容积率 ${req.floorAreaRatio}，${compareZh(range, status === 'met', '')}`;
          s.rule(cite);
          s.formula({ zh: `${shownZh}，${STANDARD_ZH[status]}`, en: detail });
          return s.result(status, {
            out: {
              criterion,
              status,
              actual,
              unit,
              minimum: range.min,
              bound: boundWord(range.min !== null, range.minInclusive),
              maximum: range.max,
              maxBound: boundWord(range.max !== null, range.maxInclusive),
              inPrinciple: inPrinciple.value === true,
              detail,
              citation: cite,
            },
            open: status === 'not_assessed' ? field : null,
          });
        },
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 二（一）3: starting price of industrial land (and recognised producer-services land).

function startingPrice(p: P, trace: Trace, req: Req): z.output<typeof startingPriceSchema> {
  // ① priority (needs conformity, checked on input) ② conforming ③ nonconforming (permitted by the State).
  const category: Category = req.priority ? 'priority' : req.conformsToUpgrading ? 'conforming' : 'nonconforming';
  return trace.step({ zh: `出让起始价：${CATEGORY[category].zh}`, en: `starting price: ${CATEGORY[category].en}` }, (s) => {
    const match = p.find('starting_price', { category });
    const row = match.row;
    const basis = match.get('basis');
    const ap = row.ranges.appraised_multiplier!;
    const gm = row.ranges.grade_minimum_multiplier!;
    match.bounds('appraised_multiplier');
    match.bounds('grade_minimum_multiplier');
    let ruleNote = { zh: '', en: '' };
    if (req.projectType === 'producer-services') {
      const rule = p.text('price.producer_services_rule');
      ruleNote = {
        zh: `（经认定的重点生产性服务业项目按工业用地供地，${rule.use.citation}）`,
        en: ` (recognised producer services priced as industrial land, ${rule.use.citation})`,
      };
    }
    // The binding lower bound: the grade-minimum floor where the row sets one (①), else the appraisal multiple (②③).
    const minOnGrade = gm.min !== null;
    const minMultiplier = minOnGrade ? gm.min : ap.min;
    const minMultiplierBase = minOnGrade ? 'grade_minimum_price' : ap.min !== null ? 'appraised_price' : null;
    const minBound = minOnGrade ? boundWord(true, gm.minInclusive) : boundWord(ap.min !== null, ap.minInclusive);

    const missing: z.output<typeof unpublishedValueSchema>[] = [];
    const missingInputs: string[] = [];
    const apFen = req.appraisedPrice === undefined ? undefined : yuanToFen(req.appraisedPrice);
    const gmFen = req.gradeMinimumPrice === undefined ? undefined : yuanToFen(req.gradeMinimumPrice);
    const needAp = ap.min !== null || ap.max !== null;
    const needGm = gm.min !== null || gm.max !== null;
    if (needAp && apFen === undefined) missingInputs.push('appraisedPrice');
    if (needGm && gmFen === undefined) {
      missingInputs.push('gradeMinimumPrice');
      const m = p.optional('price.grade_minimum_price');
      missing.push(
        m.published
          ? { key: 'price.grade_minimum_price', note: noteOf(p, 'price.grade_minimum_price'), citation: m.use.citation }
          : { key: 'price.grade_minimum_price', note: m.missing.note, citation: m.missing.citation },
      );
    }
    // Both ends are legal bounds, rounded towards lawful: a floor (不得低于, 上浮不低于) up to the next fen, a cap
    // (下浮: at most the appraisal multiple) down.
    const product = (fen: Fen | undefined, multiplier: number | null, end: 'lower' | 'upper') =>
      fen === undefined || multiplier === null ? undefined : (end === 'lower' ? applyRatioUp : applyRatioDown)(fen, ratioToPpm(multiplier));
    const yuanOpt = (fen: Fen | undefined) => (fen === undefined ? '?' : yuanText(fen));
    const term = (fen: Fen | undefined, multiplier: number | null, base: string, end: 'lower' | 'upper') => ({
      fen: product(fen, multiplier, end),
      set: multiplier !== null,
      text: `${yuanOpt(fen)} × ${multiplier}`,
      zh:
        fen === undefined
          ? `${base}（未提供）× ${multiplier}`
          : `${base} ${yuanText(fen)} 元 × ${multiplier} = ${yuanText(product(fen, multiplier, end)!)} 元`,
    });
    const lowers = [term(apFen, ap.min, '土地评估价格', 'lower'), term(gmFen, gm.min, '最低价标准', 'lower')].filter((l) => l.set);
    const uppers = [term(apFen, ap.max, '土地评估价格', 'upper'), term(gmFen, gm.max, '最低价标准', 'upper')].filter((u) => u.set);
    // Each lower bound is mandatory: the highest binds. The top is the lowest cap, but never below the floor
    // (the downward float is optional, the floor is not: 「不得低于」).
    const lowFen = lowers.length && lowers.every((l) => l.fen !== undefined) ? maxFen(...lowers.map((l) => l.fen!)) : null;
    const capFen = uppers.length && uppers.every((u) => u.fen !== undefined) ? minFen(...uppers.map((u) => u.fen!)) : null;
    const highFen = capFen === null ? null : lowFen === null ? (lowers.length ? null : capFen) : maxFen(capFen, lowFen);
    const priceZh = (fen: Fen | null, none: string) => (fen === null ? none : `${yuanText(fen)} 元/平方米`);

    s.rule(row.citation.text).inputs({
      priority: req.priority,
      conformsToUpgrading: req.conformsToUpgrading,
      appraisedPrice: req.appraisedPrice ?? null,
      gradeMinimumPrice: req.gradeMinimumPrice ?? null,
    });
    s.formula({
      zh:
        `${CATEGORY[category].zh}${ruleNote.zh}：下限 ${lowers.map((l) => l.zh).join('，') || '无'} → 最低起始价 ${priceZh(lowFen, lowers.length ? '无法计算' : '无')}；` +
        `上限 ${uppers.map((u) => u.zh).join('，') || '无（不设上限）'} → 最高起始价 ${priceZh(highFen, uppers.length ? '无法计算' : '不设上限')}（下限向上、上限向下取整到分，以不违反规定为准）`,
      en:
        `category ${category}${ruleNote.en}; lower ${lowers.map((l) => `${l.text} = ${yuanOpt(l.fen)}`).join(', ') || 'none'} → min ${yuanOpt(lowFen ?? undefined)}; ` +
        `upper ${uppers.map((u) => `${u.text} = ${yuanOpt(u.fen)}`).join(', ') || 'none (no cap)'} → max ${yuanOpt(highFen ?? undefined)} (each floor rounded up, each cap down, to the fen: towards lawful)`,
    });
    const minimumStartingPrice = lowFen === null ? null : yuanOf(lowFen);
    const maximumStartingPrice = highFen === null ? null : yuanOf(highFen);
    return s.result(
      { minimumStartingPrice, maximumStartingPrice },
      {
        category,
        basis: basis.value as (typeof PRICE_BASES)[number],
        minMultiplier,
        minMultiplierBase,
        minBound,
        appraisedMultiplier: {
          min: ap.min,
          minBound: boundWord(ap.min !== null, ap.minInclusive),
          max: ap.max,
          maxBound: boundWord(ap.max !== null, ap.maxInclusive),
        },
        gradeMinimumMultiplier: {
          min: gm.min,
          minBound: boundWord(gm.min !== null, gm.minInclusive),
          max: gm.max,
          maxBound: boundWord(gm.max !== null, gm.maxInclusive),
        },
        minimumStartingPrice,
        maximumStartingPrice,
        unit: 'CNY/m2' as const,
        missing,
        missingInputs,
        citation: row.citation.text,
      },
    );
  });
}

/** The workbook note of the value of a parameter in force (published or not). */
const noteOf = (p: P, key: string) => {
  const param = p.table.parameters.find((x) => x.key === key);
  return (param && valueOn(param, p.date)?.note) ?? null;
};

const CAVEATS = [
  'entry.provincial_indicator_rule',
  'entry.provincial_indicator_values',
  'entry.evaluation.industry_thresholds',
  'exclusion.performance_class_definitions',
] as const;

/** 二（一）1（2）–（3）: the grounds that hold and the standards not met, each with its explanation and article. */
function failedItems(grounds: Ground[], standards: Standard[]): z.output<typeof output>['reasons'] {
  return [
    ...grounds
      .map((g) => g.out)
      .filter((x) => x.status === 'met')
      .map((x) => ({ item: x.rule, explanation: x.detail, citation: x.citation })),
    ...standards
      .filter((x) => x.out.status === 'not_met')
      .map((x) => ({ item: x.out.criterion, explanation: x.out.detail, citation: x.out.citation! })),
  ];
}

/** The inputs a ground or standard may wait for, in words (a reader never sees the field's name). */
const INPUT_WORDS: Record<string, { zh: string; en: string }> = {
  twoHighOneResource: { zh: '是否属于“两高一资”项目', en: 'whether it is a “two highs, one resource” project' },
  obsoleteCapacity: { zh: '是否属于淘汰落后产能项目', en: 'whether it is an obsolete-capacity project' },
  layoutNeedsAdjustment: { zh: '规划布局是否需调整', en: 'whether its planned location needs adjusting' },
  resettlement: { zh: '是否拆迁安置项目', en: 'whether it is a resettlement project' },
  expectedSales: { zh: '预计销售收入', en: 'the expected sales' },
  expectedTax: { zh: '预计税收', en: 'the expected tax' },
};
const inputWords = (fields: string[], lang: 'zh' | 'en') =>
  fields.map((f) => INPUT_WORDS[f]?.[lang] ?? (lang === 'zh' ? '所需信息' : 'the information needed')).join(lang === 'zh' ? '、' : ', ');

/** What was not assessed: each ground, then each standard, with the request fields that would decide it. */
function notAssessedOf(grounds: Ground[], standards: Standard[]): NotAssessed[] {
  return [
    ...grounds
      .filter((g) => g.out.status === 'not_assessed')
      .map((g) =>
        notGiven(g.out.rule, g.open, {
          zh: `未说明${inputWords(g.open, 'zh')}：无法判断是否属于「${g.description}」`,
          en: `${inputWords(g.open, 'en')} not given: whether this ground applies is not assessed`,
        }),
      ),
    ...standards
      .filter((x) => x.open !== null)
      .map((x) =>
        notGiven(x.out.criterion, [x.open!], {
          zh: `未提供${inputWords([x.open!], 'zh')}：无法判断${CRITERION[x.out.criterion].zh}是否达到准入标准`,
          en: `${inputWords([x.open!], 'en')} not given: whether the ${CRITERION[x.out.criterion].en} meets the entry standard is not assessed`,
        }),
      ),
  ];
}

/**
 * 二（一）1（2）–（3）: no ground may hold and every standard must be met; a ground or standard not assessed leaves the
 * answer open unless another already fails it.
 */
function eligibility(grounds: Ground[], standards: Standard[]): boolean | null {
  return allOf([...grounds.map((g) => not(truthOf(g.out.status, false))), ...standards.map((x) => truthOf(x.out.status, true))]);
}

/** The document in force on the date (document.effective_date): before it this read is the answer's 422 not-in-force. */
export function rulesInForce(p: P, trace: Trace, date: string): void {
  trace.step({ zh: '适用的规定', en: 'rules in force' }, (s) => {
    const effective = p.get('document.effective_date');
    const doc = effective.use.citation.split(' ')[0];
    s.inputs({ date });
    s.formula({
      zh: `${doc} 自 ${String(effective.value)} 起施行，适用日期 ${date}`,
      en: `${doc} in force from ${String(effective.value)}; applied on ${date}`,
    });
    return s.result(true);
  });
}

/**
 * 「原则上」 (exclusion.in_principle): the conclusion is reported, not a final refusal; read with it, the caveats of what
 * the answer cannot settle (the provincial indicators, the industry thresholds, the class definitions).
 */
function conclusion(p: P, trace: Trace, failed: z.output<typeof output>['reasons'], notAssessed: NotAssessed[], eligible: boolean | null) {
  return trace.step({ zh: '审查结论', en: 'overall' }, (s) => {
    const inPrinciple = p.get('exclusion.in_principle');
    const caveats = CAVEATS.map((key) => {
      const m = p.optional(key);
      return m.published
        ? { key, text: String(m.value), note: noteOf(p, key), citation: m.use.citation }
        : { key, text: null, note: m.missing.note, citation: m.missing.citation };
    });
    const names = failed.map((f) => (f.item in CRITERION ? CRITERION[f.item as Criterion].zh : RULE[f.item as Rule].zh));
    s.formula({
      zh:
        `${failed.length} 项不符合${failed.length ? `（${names.join('、')}）` : ''}，${notAssessed.length} 项未评估 → ` +
        (eligible === true
          ? '未发现原则上不再供地的情形，准入标准均已达到'
          : eligible === false
            ? '存在原则上不再供地的情形或未达到准入标准'
            : '尚不能确定：没有发现不符合的项目，但有项目未评估') +
        '（原则上：只是审查意见，不是最终拒绝）',
      en: `${failed.length} ground(s) failed${failed.length ? ` (${failed.map((f) => f.item).join(', ')})` : ''}, ${notAssessed.length} not assessed → eligible ${eligible === null ? 'undetermined' : eligible} (原则上: reported, not a final refusal)`,
    });
    return s.result({ eligible }, { inPrinciple: inPrinciple.value === true, caveats });
  });
}

/** 二（一）3 prices only industrial land and recognised producer-services land (二（一）3（2））. */
const isPriced = (projectType: Req['projectType']) => projectType === 'industrial' || projectType === 'producer-services';

// ---------------------------------------------------------------------------------------------

export const landEntryCheck = defineCalculator({
  id: 'land-entry-check',
  table: tableRef<typeof LS>('land-supply'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.date);
    rulesInForce(p, trace, req.date);
    const grounds = checkExclusions(p, trace, req);
    const standards = checkStandards(p, trace, req);
    const reasons = failedItems(grounds, standards);
    const notAssessed = notAssessedOf(grounds, standards);
    const eligible = eligibility(grounds, standards);
    const overall = conclusion(p, trace, reasons, notAssessed, eligible);
    const band = isPriced(req.projectType) ? startingPrice(p, trace, req) : null;
    return {
      eligible,
      inPrinciple: overall.inPrinciple,
      exclusions: grounds.map((g) => g.out),
      standards: standards.map((x) => x.out),
      reasons,
      notAssessed,
      startingPrice: band,
      ...(band
        ? {}
        : {
            startingPriceReason: `${p.table.sources[0]?.number ?? p.table.id} 二（一）3 prices only industrial land and recognised producer-services land; a ${req.projectType} project has no starting-price rule there`,
          }),
      caveats: overall.caveats,
    };
  },
});
