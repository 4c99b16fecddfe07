import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import {
  AREA_DECIMALS,
  boundText,
  divide,
  exactOf,
  FAR_DECIMALS,
  formatExact,
  isOpenRange,
  multiply,
  projectYuan,
  rangeCheck,
  roundHalfUp,
  type Exact,
} from '../engine/exact';
import { isoDate, yuan, yuanOf, yuanOut } from '../engine/inputs';
import { applyRatio, formatYuan, ratioToPpm, yuanToFen, type Fen } from '../engine/money';
import { unpublishedOf } from '../engine/missing';
import { rangeBoundUses, type Params, type ParamUse } from '../engine/params';
import { quantity } from '../engine/quantity';
import { problem, ProblemError } from '../http/problem';
import type { Range, ScaleRow } from '../tables/model';
import type { landSupply as LS } from '../tables/land-supply';
import {
  EXCLUSION_RULES,
  LAND_PROJECT_TYPES,
  LAND_ZONES,
  PERFORMANCE_CLASSES,
  PRICE_BASES,
  PRICE_CATEGORIES,
  STANDARD_CRITERIA,
} from '../tables/land-supply.codes';

/**
 * Screens a land-using project against 嘉政办发〔2014〕106号: the projects that in principle get no land
 * (二（一）1（2）, sheet exclusions), the land-use entry standards (二（一）1（3）, sheet entry_standards) and the
 * starting-price band of industrial land (二（一）3（1）–（2）, sheet starting_price). Every threshold comes from
 * the workbook; per-mu figures are decided by exact cross-multiplication (engine/exact.ts), never by floats.
 *
 * Readings (also in the workbook notes):
 * - 以下 in 「5000万元以下」「20亩以下」 is inclusive and 且 means both; 「拆迁安置除外」 exempts resettlement.
 * - 投资强度 = total investment ÷ land area; 亩均销售收入 / 亩均税收 are annual.
 * - Exclusions and standards are cumulative; both are 「原则上」, so the answer reports, it does not refuse.
 * - The small-project and class grounds apply to every project type; the outside-zone ground only to 工业项目.
 * - A recognised key producer-services project uses the services standard and is priced as industrial land
 *   (「按照工业用地类别供地方式供地」, 二（一）3（2））.
 * - A qualitative ground the caller did not answer is not_assessed: never assumed either way. So is a ground with
 *   「拆迁安置除外」 whose other conditions hold while resettlement is not given: it fails only for a project known
 *   not to be a resettlement one (resettlement false), so a false `eligible` never rests on an omitted answer.
 * - A `priority` project is not separately checked for an A class (the class is one example of the list).
 */

type P = Params<typeof LS>;
const STATUS = ['pass', 'fail', 'not_applicable', 'not_assessed'] as const;
type Status = (typeof STATUS)[number];

// ---------------------------------------------------------------------------------------------
// Request and response.

const positivePrice = (description: string) => yuan(description).refine((n) => n > 0, { error: 'must be greater than 0' });
const flag = (description: string) =>
  z
    .boolean()
    .optional()
    .openapi({ description: `${description}; omitted = not assessed (never assumed)` });

const input = z
  .object({
    date: isoDate('Date on which the rules are applied; before 106号 is in force (document.effective_date) the answer is 422 not-in-force'),
    projectType: z.enum(LAND_PROJECT_TYPES).openapi({
      description:
        'industrial 工业项目; producer-services: a key producer-services project (文化创意、现代物流、研发设计…) recognised by the competent department (二（一）3（2）); services: other 服务业项目; other: housing, commercial… (no standard in 106号)',
    }),
    zone: z.enum(LAND_ZONES).openapi({ description: 'development-zone: inside a 开发区 or 工业园区; outside: anywhere else' }),
    totalInvestment: projectYuan('总投资 total investment, CNY', 90000000),
    landArea: quantity('用地面积 land area in mu (> 0, at most 4 decimals)', AREA_DECIMALS, 30).refine((n) => n > 0, {
      error: 'must be greater than 0',
    }),
    floorAreaRatio: quantity('容积率 floor-area ratio (at most 4 decimals); omitted = not assessed', FAR_DECIMALS, 1.2).optional(),
    expectedSales: projectYuan('预期年销售收入 expected annual sales revenue, CNY/year; omitted = not assessed').optional(),
    expectedTax: projectYuan('预期年税收 expected annual tax, CNY/year; omitted = not assessed').optional(),
    enterpriseClass: z
      .enum(PERFORMANCE_CLASSES)
      .nullable()
      .optional()
      .openapi({ description: '上年度工业企业绩效评价 class; null or omitted = not rated (e.g. a new enterprise)' }),
    resettlement: flag('拆迁安置 (demolition-resettlement) project: exempts it from the grounds that say 拆迁安置除外'),
    priority: z.boolean().openapi({
      description:
        '符合产业导向…优先发展且节约集约用地 as found by the competent bodies (e.g. advanced equipment, high-tech, strategic emerging, A-class enterprises; sheet industry_lists)',
    }),
    conformsToUpgrading: z.boolean().openapi({ description: '符合（我市）产业转型升级' }),
    twoHighOneResource: flag('“两高一资” project (high energy use, high pollution, resource-based)'),
    obsoleteCapacity: flag('淘汰落后产能 project'),
    layoutNeedsAdjustment: flag('规划布局需调整 project'),
    appraisedPrice: positivePrice('土地评估价格 appraised price of the parcel, CNY/m² (> 0)').optional(),
    gradeMinimumPrice: positivePrice(
      '所在地土地等别对应工业用地出让最低价标准, CNY/m² (> 0): not published in the table (price.grade_minimum_price), only the caller can give it',
    ).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.priority && !r.conformsToUpgrading) {
      ctx.addIssue({
        code: 'custom',
        path: ['priority'],
        message: 'priority land must 符合产业导向: priority true needs conformsToUpgrading true',
      });
    }
  });
type Req = z.output<typeof input>;

const citation = z.string().openapi({ example: '嘉政办发〔2014〕106号 二（一）1（3）' });
const exclusionSchema = z
  .object({ rule: z.enum(EXCLUSION_RULES), status: z.enum(STATUS), detail: z.string(), citation })
  .openapi('LandExclusionCheck');
const standardSchema = z
  .object({
    criterion: z.enum(STANDARD_CRITERIA),
    status: z.enum(STATUS),
    actual: z
      .number()
      .nullable()
      .openapi({ description: 'per-mu figure rounded half-up to the fen (display only; the decision is exact), or the FAR' }),
    unit: z.string().nullable(),
    minimum: z.number().nullable(),
    bound: z.enum(['inclusive', 'exclusive']).nullable(),
    maximum: z.number().nullable(),
    maxBound: z.enum(['inclusive', 'exclusive']).nullable(),
    inPrinciple: z.boolean().nullable().openapi({ description: 'true where the text says 原则上' }),
    detail: z.string(),
    citation: citation.nullable(),
  })
  .openapi('LandStandardCheck');
const bandSchema = z.object({
  min: z.number().nullable(),
  minBound: z.enum(['inclusive', 'exclusive']).nullable(),
  max: z.number().nullable(),
  maxBound: z.enum(['inclusive', 'exclusive']).nullable(),
});
const missingSchema = z.object({ key: z.string(), note: z.string().nullable(), citation: z.string().nullable() });
const startingPriceSchema = z
  .object({
    category: z.enum(PRICE_CATEGORIES),
    basis: z.enum(PRICE_BASES),
    minMultiplier: z.number().nullable().openapi({ description: 'the binding lower bound as a multiple of minMultiplierBase' }),
    minMultiplierBase: z.enum(PRICE_BASES).nullable(),
    minBound: z.enum(['inclusive', 'exclusive']).nullable(),
    appraisedMultiplier: bandSchema.openapi({ description: 'band as multiples of the appraised price 土地评估价格' }),
    gradeMinimumMultiplier: bandSchema.openapi({
      description:
        'band as multiples of the grade minimum price 工业用地出让最低价标准 (a different base: never mixed with the appraised price)',
    }),
    minimumStartingPrice: yuanOut('lowest starting price allowed, CNY/m² (null when a needed price is not given)').nullable(),
    maximumStartingPrice: yuanOut('highest starting price the band gives, CNY/m² (null: no cap, or a needed price not given)').nullable(),
    unit: z.literal('CNY/m2'),
    missing: z
      .array(missingSchema)
      .openapi({ description: 'table values not published that the band needs (the caller may give them, e.g. gradeMinimumPrice)' }),
    missingInputs: z.array(z.string()).openapi({ description: 'request fields the money figures need' }),
    citation,
  })
  .openapi('LandStartingPrice');

const output = z
  .object({
    eligible: z.boolean().openapi({ description: 'no exclusion and no standard failed' }),
    complete: z
      .boolean()
      .openapi({ description: 'nothing was not_assessed; when false, eligible only means no ground was found among those assessed' }),
    inPrinciple: z.boolean().openapi({ description: '「原则上」: the outcome is reported, not a final refusal' }),
    exclusions: z.array(exclusionSchema),
    standards: z.array(standardSchema),
    reasons: z.array(z.object({ item: z.string(), explanation: z.string(), citation })),
    unassessed: z.array(z.string()),
    startingPrice: startingPriceSchema.nullable(),
    startingPriceReason: z.string().optional(),
    caveats: z.array(
      z.object({ key: z.string(), text: z.string().nullable(), note: z.string().nullable(), citation: z.string().nullable() }),
    ),
    trace: z.array(traceStepSchema),
  })
  .openapi('LandEntryCheck');

// ---------------------------------------------------------------------------------------------
// Helpers.

const boundWord = (present: boolean, inclusive: boolean) => (present ? (inclusive ? 'inclusive' : 'exclusive') : null);
const notInForce = (p: P, sheet: string) =>
  new ProblemError(
    problem('not-in-force', `No row of ${p.table.id} ${sheet} is in force on ${p.date}.`, {
      parameter: { table: p.table.id, key: sheet, note: null, citation: null },
    }),
  );

/** The rows of a sheet in force on the date; none is a 422 naming the sheet. */
function rowsOf(p: P, sheet: 'exclusions' | 'entry_standards' | 'starting_price'): ScaleRow[] {
  const rows = p.rows(sheet);
  if (!rows.length) throw notInForce(p, sheet);
  return rows;
}

/** A parameter the source may not publish: its value or null, with the note and citation. */
function maybe(
  p: P,
  key: Parameters<P['get']>[0],
): { key: string; text: string | null; note: string | null; citation: string | null; use?: ParamUse } {
  try {
    const { value, use } = p.get(key);
    const row = p.table.parameters.find((x) => x.key === key)?.history.find((h) => h.from <= p.date && (h.to === null || p.date <= h.to));
    return { key, text: String(value), note: row?.note ?? null, citation: use.citation, use };
  } catch (e) {
    const unpublished = unpublishedOf(e);
    if (!unpublished) throw e;
    return { key, text: null, note: unpublished.note, citation: unpublished.citation };
  }
}

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

// ---------------------------------------------------------------------------------------------
// 二（一）1（2）: exclusions.

/** The request boolean behind a qualitative ground; `true` means the ground holds. */
function qualitative(rule: string, req: Req): { field: string; holds: boolean | undefined } | null {
  switch (rule) {
    case 'two_high_one_resource':
      return { field: 'twoHighOneResource', holds: req.twoHighOneResource };
    case 'obsolete_capacity':
      return { field: 'obsoleteCapacity', holds: req.obsoleteCapacity };
    case 'layout_adjustment':
      return { field: 'layoutNeedsAdjustment', holds: req.layoutNeedsAdjustment };
    case 'not_upgrading':
      return { field: 'conformsToUpgrading', holds: !req.conformsToUpgrading };
    default:
      return null;
  }
}

interface RowVerdict {
  status: Status;
  detail: string;
  inputs: Record<string, unknown>;
  parameters: Record<string, ParamUse>;
}

/** One row of the exclusions sheet: fires (fail) when every non-empty condition cell holds. */
function exclusionRow(p: P, row: ScaleRow, req: Req): RowVerdict {
  const rule = String(row.cells.rule);
  const parameters: Record<string, ParamUse> = {};
  const inputs: Record<string, unknown> = {};
  const cellUse = (col: 'project_type' | 'performance_class' | 'zone' | 'resettlement_exempt') => {
    parameters[col] = p.cell('exclusions', row, col).use;
  };
  const projectType = row.cells.project_type;
  if (projectType !== null && projectType !== undefined) {
    cellUse('project_type');
    inputs.projectType = req.projectType;
    if (projectType !== req.projectType) {
      return {
        status: 'not_applicable',
        detail: `applies to ${String(projectType)} projects only; this is ${req.projectType}`,
        inputs,
        parameters,
      };
    }
  }
  // Each condition: true (holds), false (does not hold → the row passes) or undefined (not assessed).
  const conditions: { holds: boolean | undefined; text: string }[] = [];
  const q = qualitative(rule, req);
  if (q) inputs[q.field] = q.field === 'conformsToUpgrading' ? req.conformsToUpgrading : (q.holds ?? null);
  if (q)
    conditions.push({
      holds: q.holds,
      text: q.holds === undefined ? `${q.field} not given` : `${q.field} = ${String(rule === 'not_upgrading' ? !q.holds : q.holds)}`,
    });
  const cls = row.cells.performance_class;
  if (cls !== null && cls !== undefined) {
    cellUse('performance_class');
    const given = req.enterpriseClass ?? null;
    inputs.enterpriseClass = given;
    conditions.push({
      holds: given === cls,
      text:
        given === null
          ? `enterprise not rated (class ${String(cls)} is the ground)`
          : `class ${given} ${given === cls ? '=' : '≠'} ${String(cls)}`,
    });
  }
  const zone = row.cells.zone;
  if (zone !== null && zone !== undefined) {
    cellUse('zone');
    inputs.zone = req.zone;
    conditions.push({ holds: req.zone === zone, text: `zone ${req.zone} ${req.zone === zone ? '=' : '≠'} ${String(zone)}` });
  }
  const inv = row.ranges.total_investment;
  if (!isOpenRange(inv)) {
    Object.assign(parameters, rangeBoundUses(p.table, 'exclusions', row, 'total_investment'));
    inputs.totalInvestment = req.totalInvestment;
    const inside = rangeCheck(inv!, exactOf(req.totalInvestment)) === null;
    conditions.push({
      holds: inside,
      text: `total investment ${formatYuan(yuanToFen(req.totalInvestment))} ${inside ? 'is' : 'is not'} ${boundText(inv!)}`,
    });
  }
  const area = row.ranges.land_area;
  if (!isOpenRange(area)) {
    Object.assign(parameters, rangeBoundUses(p.table, 'exclusions', row, 'land_area'));
    inputs.landArea = req.landArea;
    const inside = rangeCheck(area!, exactOf(req.landArea)) === null;
    conditions.push({ holds: inside, text: `land ${req.landArea} mu ${inside ? 'is' : 'is not'} ${boundText(area!)}` });
  }
  const text = conditions.map((c) => c.text).join(' and ');
  if (conditions.some((c) => c.holds === false)) return { status: 'pass', detail: text, inputs, parameters };
  if (conditions.some((c) => c.holds === undefined)) return { status: 'not_assessed', detail: text, inputs, parameters };
  cellUse('resettlement_exempt');
  if (row.cells.resettlement_exempt === true) {
    inputs.resettlement = req.resettlement ?? null;
    if (req.resettlement)
      return { status: 'pass', detail: `${text}, but a resettlement project is exempt (拆迁安置除外)`, inputs, parameters };
    // 「拆迁安置除外」: the ground fires only on a project known not to be a resettlement one; not given → not assessed.
    if (req.resettlement === undefined) {
      return {
        status: 'not_assessed',
        detail: `${text}, but resettlement not given: a resettlement project would be exempt (拆迁安置除外)`,
        inputs,
        parameters,
      };
    }
  }
  return { status: 'fail', detail: text, inputs, parameters };
}

function checkExclusions(p: P, req: Req, trace: TraceStep[]) {
  const inPrinciple = p.get('exclusion.in_principle');
  const rows = rowsOf(p, 'exclusions');
  const out: z.output<typeof exclusionSchema>[] = [];
  for (const rule of EXCLUSION_RULES) {
    const ruleRows = rows.filter((r) => r.cells.rule === rule);
    if (!ruleRows.length) continue;
    const verdicts = ruleRows.map((r) => exclusionRow(p, r, req));
    const status: Status = verdicts.some((v) => v.status === 'fail')
      ? 'fail'
      : verdicts.some((v) => v.status === 'not_assessed')
        ? 'not_assessed'
        : verdicts.every((v) => v.status === 'not_applicable')
          ? 'not_applicable'
          : 'pass';
    const detail = [...new Set(verdicts.map((v) => v.detail))].join('; ');
    const cite = ruleRows[0]!.citation.text;
    out.push({ rule, status, detail, citation: cite });
    const description = p.cell('exclusions', ruleRows[0]!, 'description_zh');
    trace.push({
      step: `exclusion: ${rule}`,
      rule: cite,
      formula: `${String(description.value)}: ${detail} → ${status}`,
      inputs: Object.assign({}, ...verdicts.map((v) => v.inputs)),
      parameters: Object.assign({ description: description.use, in_principle: inPrinciple.use }, ...verdicts.map((v) => v.parameters)),
      result: status,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 二（一）1（3）: entry standards.

/** Which request figure a per-mu criterion divides by the land area. */
const PER_MU_INPUT: Partial<Record<(typeof STANDARD_CRITERIA)[number], 'totalInvestment' | 'expectedSales' | 'expectedTax'>> = {
  investment_intensity: 'totalInvestment',
  sales_per_mu: 'expectedSales',
  tax_per_mu: 'expectedTax',
};

function checkStandards(p: P, req: Req, trace: TraceStep[]) {
  const rows = rowsOf(p, 'entry_standards');
  // industrial → industrial rows; services and recognised producer services → services rows; other → none.
  const group = req.projectType === 'industrial' ? 'industrial' : req.projectType === 'other' ? null : 'services';
  const area = exactOf(req.landArea);
  const out: z.output<typeof standardSchema>[] = [];
  const criteria = STANDARD_CRITERIA.filter((c) => rows.some((r) => r.cells.criterion === c));
  for (const criterion of criteria) {
    const row = group ? rows.find((r) => r.cells.project_type === group && r.cells.criterion === criterion) : undefined;
    if (!row) {
      const detail = group
        ? `the source sets no ${criterion} standard for ${group} projects`
        : `the source sets no land-use standard for projects of type ${req.projectType}`;
      out.push({
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
      });
      continue;
    }
    const cite = row.citation.text;
    const inPrinciple = p.cell('entry_standards', row, 'in_principle');
    const perMu = row.ranges.per_mu;
    const far = row.ranges.far;
    let range: Range;
    let column: 'per_mu' | 'far';
    let unit: string;
    let x: Exact | undefined;
    let actual: number | null = null;
    let given: Record<string, unknown>;
    let shown: string;
    if (!isOpenRange(perMu)) {
      const field = PER_MU_INPUT[criterion];
      if (!field) throw new Error(`entry_standards: criterion ${criterion} has a per-mu range but no request figure`);
      range = perMu!;
      column = 'per_mu';
      unit = 'CNY/mu';
      const amount = req[field];
      given = { [field]: amount ?? null, landArea: req.landArea };
      if (amount !== undefined) {
        // amount ÷ area compared exactly (a cross-product of integers: amount vs bound × area)
        x = divide(exactOf(amount), area);
        actual = roundHalfUp(x, 2);
      }
      shown =
        amount === undefined
          ? `${field} not given`
          : `${field} ${formatYuan(yuanToFen(amount))} vs ${crossText(range, area)} (per mu ${actual?.toFixed(2)}, rounded for display)`;
    } else if (!isOpenRange(far)) {
      range = far!;
      column = 'far';
      unit = 'multiplier';
      given = { floorAreaRatio: req.floorAreaRatio ?? null };
      if (req.floorAreaRatio !== undefined) {
        x = exactOf(req.floorAreaRatio);
        actual = req.floorAreaRatio;
      }
      shown = req.floorAreaRatio === undefined ? 'floorAreaRatio not given' : `FAR ${req.floorAreaRatio}`;
    } else {
      throw new ProblemError(
        problem('not-published', `${p.table.id} entry_standards row ${row.row} (${criterion}) sets no bound.`, {
          parameter: { table: p.table.id, key: `entry_standards.${criterion}`, note: row.note, citation: cite },
        }),
      );
    }
    const status: Status = x === undefined ? 'not_assessed' : rangeCheck(range, x) === null ? 'pass' : 'fail';
    const verdict = status === 'pass' ? 'holds' : status === 'fail' ? 'does not hold' : 'not assessed';
    const detail = column === 'per_mu' ? `${shown}: ${verdict}` : `${shown} ${boundText(range)}: ${verdict}`;
    out.push({
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
    });
    trace.push({
      step: `standard: ${criterion} (${group})`,
      rule: cite,
      formula: detail,
      inputs: given,
      parameters: { ...rangeBoundUses(p.table, 'entry_standards', row, column), in_principle: inPrinciple.use },
      result: status,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 二（一）3: starting price of industrial land (and recognised producer-services land).

function startingPrice(p: P, req: Req, trace: TraceStep[]): z.output<typeof startingPriceSchema> {
  const rows = rowsOf(p, 'starting_price');
  // ① priority (needs conformity, checked on input) ② conforming ③ nonconforming (permitted by the State).
  const category = req.priority ? 'priority' : req.conformsToUpgrading ? 'conforming' : 'nonconforming';
  const row = rows.find((r) => r.cells.category === category);
  if (!row) throw notInForce(p, `starting_price ${category}`);
  const basis = p.cell('starting_price', row, 'basis');
  const ap = row.ranges.appraised_multiplier!;
  const gm = row.ranges.grade_minimum_multiplier!;
  const parameters: Record<string, ParamUse> = {
    basis: basis.use,
    ...rangeBoundUses(p.table, 'starting_price', row, 'appraised_multiplier'),
    ...rangeBoundUses(p.table, 'starting_price', row, 'grade_minimum_multiplier'),
  };
  let ruleNote = '';
  if (req.projectType === 'producer-services') {
    const rule = p.text('price.producer_services_rule');
    parameters.producer_services_rule = rule.use;
    ruleNote = ` (recognised producer services priced as industrial land, ${rule.use.citation})`;
  }
  // The binding lower bound: the grade-minimum floor where the row sets one (①), else the appraisal multiple (②③).
  const minOnGrade = gm.min !== null;
  const minMultiplier = minOnGrade ? gm.min : ap.min;
  const minMultiplierBase = minOnGrade ? 'grade_minimum_price' : ap.min !== null ? 'appraised_price' : null;
  const minBound = minOnGrade ? boundWord(true, gm.minInclusive) : boundWord(ap.min !== null, ap.minInclusive);

  const missing: z.output<typeof missingSchema>[] = [];
  const missingInputs: string[] = [];
  const apFen = req.appraisedPrice === undefined ? undefined : yuanToFen(req.appraisedPrice);
  const gmFen = req.gradeMinimumPrice === undefined ? undefined : yuanToFen(req.gradeMinimumPrice);
  const needAp = ap.min !== null || ap.max !== null;
  const needGm = gm.min !== null || gm.max !== null;
  if (needAp && apFen === undefined) missingInputs.push('appraisedPrice');
  if (needGm && gmFen === undefined) {
    missingInputs.push('gradeMinimumPrice');
    const m = maybe(p, 'price.grade_minimum_price');
    missing.push({ key: m.key, note: m.note, citation: m.citation });
  }
  const times = (fen: Fen | undefined, multiplier: number | null) =>
    fen === undefined || multiplier === null ? undefined : applyRatio(fen, ratioToPpm(multiplier));
  const lowers = [
    { fen: times(apFen, ap.min), set: ap.min !== null, text: `${formatYuanOpt(apFen)} × ${ap.min}` },
    { fen: times(gmFen, gm.min), set: gm.min !== null, text: `${formatYuanOpt(gmFen)} × ${gm.min}` },
  ].filter((l) => l.set);
  const uppers = [
    { fen: times(apFen, ap.max), set: ap.max !== null, text: `${formatYuanOpt(apFen)} × ${ap.max}` },
    { fen: times(gmFen, gm.max), set: gm.max !== null, text: `${formatYuanOpt(gmFen)} × ${gm.max}` },
  ].filter((u) => u.set);
  // Each lower bound is mandatory: the highest binds. The top is the lowest cap, but never below the floor
  // (the downward float is optional, the floor is not: 「不得低于」).
  const minFen = lowers.length && lowers.every((l) => l.fen !== undefined) ? Math.max(...lowers.map((l) => l.fen!)) : null;
  const capFen = uppers.length && uppers.every((u) => u.fen !== undefined) ? Math.min(...uppers.map((u) => u.fen!)) : null;
  const maxFen = capFen === null ? null : minFen === null ? (lowers.length ? null : capFen) : Math.max(capFen, minFen);

  const citation = row.citation.text;
  trace.push({
    step: `starting price: ${category}`,
    rule: citation,
    formula:
      `category ${category}${ruleNote}; lower ${lowers.map((l) => `${l.text} = ${formatYuanOpt(l.fen)}`).join(', ') || 'none'} → min ${formatYuanOpt(minFen ?? undefined)}; ` +
      `upper ${uppers.map((u) => `${u.text} = ${formatYuanOpt(u.fen)}`).join(', ') || 'none (no cap)'} → max ${formatYuanOpt(maxFen ?? undefined)} (each product half-up to the fen)`,
    inputs: {
      priority: req.priority,
      conformsToUpgrading: req.conformsToUpgrading,
      appraisedPrice: req.appraisedPrice ?? null,
      gradeMinimumPrice: req.gradeMinimumPrice ?? null,
    },
    parameters,
    result: {
      minimumStartingPrice: minFen === null ? null : yuanOf(minFen),
      maximumStartingPrice: maxFen === null ? null : yuanOf(maxFen),
    },
  });
  return {
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
    minimumStartingPrice: minFen === null ? null : yuanOf(minFen),
    maximumStartingPrice: maxFen === null ? null : yuanOf(maxFen),
    unit: 'CNY/m2',
    missing,
    missingInputs,
    citation,
  };
}

const formatYuanOpt = (fen: Fen | undefined) => (fen === undefined ? '?' : formatYuan(fen));

// ---------------------------------------------------------------------------------------------

export const landEntryCheck = defineCalculator({
  id: 'land-entry-check',
  table: tableRef<typeof LS>('land-supply'),
  input,
  output,
  run(at, req) {
    const p = at(req.date);
    const trace: TraceStep[] = [];
    const effective = p.get('document.effective_date');
    trace.push({
      step: 'rules in force',
      rule: effective.use.citation,
      formula: `${effective.use.citation.split(' ')[0]} in force from ${String(effective.value)}; applied on ${req.date}`,
      inputs: { date: req.date },
      parameters: { effective_date: effective.use },
      result: true,
    });
    const exclusions = checkExclusions(p, req, trace);
    const standards = checkStandards(p, req, trace);

    const failed = [
      ...exclusions.filter((x) => x.status === 'fail').map((x) => ({ item: x.rule, explanation: x.detail, citation: x.citation })),
      ...standards.filter((x) => x.status === 'fail').map((x) => ({ item: x.criterion, explanation: x.detail, citation: x.citation! })),
    ];
    const unassessed = [
      ...exclusions.filter((x) => x.status === 'not_assessed').map((x) => x.rule),
      ...standards.filter((x) => x.status === 'not_assessed').map((x) => x.criterion),
    ];
    const eligible = failed.length === 0;
    const complete = unassessed.length === 0;
    const inPrinciple = p.get('exclusion.in_principle');
    trace.push({
      step: 'overall',
      rule: inPrinciple.use.citation,
      formula: `${failed.length} ground(s) failed${failed.length ? ` (${failed.map((f) => f.item).join(', ')})` : ''}, ${unassessed.length} not assessed → eligible ${eligible}, complete ${complete} (原则上: reported, not a final refusal)`,
      inputs: {},
      parameters: { in_principle: inPrinciple.use },
      result: { eligible, complete },
    });

    const priced = req.projectType === 'industrial' || req.projectType === 'producer-services';
    const band = priced ? startingPrice(p, req, trace) : null;

    const caveats = (
      [
        'entry.provincial_indicator_rule',
        'entry.provincial_indicator_values',
        'entry.evaluation.industry_thresholds',
        'exclusion.performance_class_definitions',
      ] as const
    ).map((key) => {
      const m = maybe(p, key);
      return { key: m.key, text: m.text, note: m.note, citation: m.citation };
    });
    return {
      eligible,
      complete,
      inPrinciple: inPrinciple.value === true,
      exclusions,
      standards,
      reasons: failed,
      unassessed,
      startingPrice: band,
      ...(band
        ? {}
        : {
            startingPriceReason: `${p.table.sources[0]?.number ?? p.table.id} 二（一）3 prices only industrial land and recognised producer-services land; a ${req.projectType} project has no starting-price rule there`,
          }),
      caveats,
      trace,
    };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const landEntryCheckDocs = {
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
} satisfies CalculatorDocs<typeof landEntryCheck>;
