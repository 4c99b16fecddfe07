import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { boundText, MEASURE_DECIMALS } from '../../engine/exact';
import { EngineError } from '../../engine/errors';
import { isoDate } from '../../engine/inputs';
import type { Params, ParamUse, TextRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import { quantity } from '../../engine/quantity';
import { anyOf, checkRow, type NotAssessed, notAssessedSchema, notGiven, type Status, statusSchema, truthOf } from '../../engine/verdict';
import { publicNoteSchema, type Range, type ScaleRow } from '../../tables/model';
import type { solarPv as PV } from './table';
import { PV_CRITERIA, PV_SUBJECTS } from './codes';

/**
 * Whether a project must build a PV system under 嘉政发〔2014〕84号 一（一）:
 * 「新建年综合能耗超过3000吨标准煤的企业（项目）、屋顶总面积达5000平方米以上的新建工业厂房，单个屋顶有效面积
 * 1000平方米以上的新建民用建筑和新建工业厂房，具备建设屋顶光伏发电条件的，应建设光伏发电系统。」
 * The triggers, their bounds (超过 strict, 达…以上 / 以上 inclusive) and the 新建 / roof-condition flags are rows
 * of the sheet mandatory_triggers; figures are compared exactly at the request precision.
 *
 * Readings (also in the workbook notes):
 * - 「企业（项目）」 covers every new enterprise or project, so the energy trigger applies to every project kind;
 *   the 5000 m² total-roof trigger names 新建工业厂房 only; the 1000 m² single-roof trigger has one row per kind.
 * - The triggers are alternatives: one met row is enough. Conversely 「…的，应建设」 imposes nothing only when no
 *   row can be met: while an applicable row is not assessed (its figure omitted) and could still oblige, the answer
 *   is undetermined (mustBuild null), never "no obligation".
 * - 「具备建设屋顶光伏发电条件」 is not defined (obligation.feasibility_criteria is null): the caller's finding is
 *   used; without it the answer is conditional (subjectToRoofSuitability), never assumed either way.
 * - 「政府性投资项目应带头」 is a note, not a fourth trigger.
 */

type P = Params<typeof PV>;
const PROJECT_KINDS = ['enterprise', 'project', 'industrial-factory', 'civil-building'] as const;
type Kind = (typeof PROJECT_KINDS)[number];
type Subject = (typeof PV_SUBJECTS)[number];
type Criterion = (typeof PV_CRITERIA)[number];

/** Which project kinds a row's subject names (reading of 一（一）). */
const SUBJECT_COVERS: Record<Subject, readonly Kind[]> = {
  enterprise_or_project: PROJECT_KINDS,
  industrial_factory: ['industrial-factory'],
  civil_building: ['civil-building'],
};
/** The request field and the range column each criterion compares. */
const CRITERION_INPUT: Record<
  Criterion,
  { field: 'annualEnergyTce' | 'totalRoofArea' | 'largestSingleRoofArea'; column: 'annual_energy' | 'roof_area'; unit: 'tce' | 'm2' }
> = {
  annual_energy: { field: 'annualEnergyTce', column: 'annual_energy', unit: 'tce' },
  total_roof_area: { field: 'totalRoofArea', column: 'roof_area', unit: 'm2' },
  single_roof_area: { field: 'largestSingleRoofArea', column: 'roof_area', unit: 'm2' },
};
const SUBJECT_TEXT: Record<Subject, string> = {
  enterprise_or_project: 'new enterprise or project',
  industrial_factory: 'new industrial plant',
  civil_building: 'new civil building',
};
/** A trigger's status in words, as the English steps say it. */
const TRIGGER_EN: Record<string, string> = {
  met: 'met',
  not_met: 'not met',
  not_applicable: 'does not apply',
  not_assessed: 'not assessed',
};
const CRITERION_TEXT: Record<Criterion, string> = {
  annual_energy: 'annual comprehensive energy use',
  total_roof_area: 'total roof area',
  single_roof_area: 'largest single effective roof area',
};
const SUBJECT_ZH: Record<Subject, string> = {
  enterprise_or_project: '新建企业（项目）',
  industrial_factory: '新建工业厂房',
  civil_building: '新建民用建筑',
};
const CRITERION_ZH: Record<Criterion, string> = {
  annual_energy: '年综合能耗',
  total_roof_area: '屋顶总面积',
  single_roof_area: '单个屋顶有效面积',
};
const KIND_ZH: Record<Kind, string> = {
  enterprise: '企业',
  project: '项目',
  'industrial-factory': '工业厂房',
  'civil-building': '民用建筑',
};
const UNIT_ZH = { tce: '吨标准煤', m2: '平方米' } as const;
const STATUS_ZH: Record<Status, string> = { met: '满足', not_met: '不满足', not_applicable: '不适用', not_assessed: '未评估' };
const TRI_ZH = (x: boolean | null, yes: string, no: string, open: string) => (x === null ? open : x ? yes : no);

/** A bound in words for the Chinese trace: 「超过 3000 吨标准煤」, 「5000 平方米及以上」. */
const boundZh = (r: Range, unit: string) =>
  [
    r.min === null ? null : r.minInclusive ? `${r.min} ${unit}及以上` : `超过 ${r.min} ${unit}`,
    r.max === null ? null : r.maxInclusive ? `${r.max} ${unit}及以下` : `低于 ${r.max} ${unit}`,
  ]
    .filter(Boolean)
    .join('且');

/** A figure against a bound, in words: 「未超过 3000 吨标准煤」, 「达到 5000 平方米」. */
function compareZh(r: Range, holds: boolean, unit: string): string {
  if (r.max === null && r.min !== null)
    return r.minInclusive ? `${holds ? '达到' : '不足'} ${r.min} ${unit}` : `${holds ? '超过' : '未超过'} ${r.min} ${unit}`;
  if (r.min === null && r.max !== null)
    return r.maxInclusive ? `${holds ? '未超过' : '超过'} ${r.max} ${unit}` : `${holds ? '低于' : '达到'} ${r.max} ${unit}`;
  return `${holds ? '在' : '不在'}「${boundZh(r, unit)}」的范围内`;
}

/** The Chinese half of a bilingual workbook text 「中文 / English」. */
const zhOf = (text: string) => text.split(' / ')[0]!;

const input = z
  .object({
    date: isoDate(
      DOCUMENTED &&
        'Date on which the rules are applied; 84号 states no in-force date, its rows start on the signing date, and an earlier date is 422 not-in-force',
    ),
    projectKind: z.enum(PROJECT_KINDS).openapi(
      DOCUMENTED && {
        description:
          'enterprise / project: a new enterprise or project with no building type; industrial-factory: 工业厂房; civil-building: 民用建筑',
      },
    ),
    isNew: z.boolean().openapi(DOCUMENTED && { description: '新建 (new construction); existing buildings are only encouraged (一（二）)' }),
    annualEnergyTce: quantity(
      DOCUMENTED && '年综合能耗 annual comprehensive energy use, tce/year (at most 2 decimals); omitted = not assessed',
      MEASURE_DECIMALS,
      1200,
    ).optional(),
    totalRoofArea: quantity(
      DOCUMENTED && '屋顶总面积 total roof area of the new plant(s), m² (at most 2 decimals); omitted = not assessed',
      MEASURE_DECIMALS,
      5200,
    ).optional(),
    largestSingleRoofArea: quantity(
      DOCUMENTED && '单个屋顶有效面积 largest effective area of a single roof, m² (at most 2 decimals); omitted = not assessed',
      MEASURE_DECIMALS,
      900,
    ).optional(),
    roofSuitable: z
      .boolean()
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            '具备建设屋顶光伏发电条件 as found by the caller (the text does not define the test); omitted = the answer is conditional on it',
        },
      ),
    governmentInvested: z
      .boolean()
      .default(false)
      .openapi(DOCUMENTED && { description: '政府性投资项目 (should take the lead, 一（二）; does not change mustBuild)' }),
  })
  .strict();
type Req = z.output<typeof input>;

const criterionSchema =
  DOCUMENTED &&
  z
    .object({
      criterion: z.enum(PV_CRITERIA),
      subject: z.enum(PV_SUBJECTS),
      status: statusSchema,
      input: z.number().nullable(),
      unit: z.enum(['tce', 'm2']),
      threshold: z.number().nullable(),
      bound: z.enum(['inclusive', 'exclusive']).nullable(),
      comparison: z
        .string()
        .openapi(DOCUMENTED && { description: 'the bound as the workbook states it, e.g. "> N" (strict) or "≥ N" (inclusive)' }),
      citation: z.string().openapi(DOCUMENTED && { example: '嘉政发〔2014〕84号 一（一）' }),
    })
    .openapi('SolarPvCriterion');
const textItem =
  DOCUMENTED &&
  z.object({
    key: z.string(),
    text: z
      .string()
      .nullable()
      .openapi(DOCUMENTED && { description: 'the text of the table; null when the source does not publish it' }),
    note: publicNoteSchema
      .optional()
      .openapi(DOCUMENTED && { description: "when the text is not published: the workbook's public note saying why" }),
    citation: z.string().nullable(),
  });

const output =
  DOCUMENTED &&
  z
    .object({
      mustBuild: z
        .boolean()
        .nullable()
        .openapi(
          DOCUMENTED && {
            description:
              'true: the project must build a PV system (conditional on the roof when subjectToRoofSuitability), as soon as one trigger is met even if others are not assessed; ' +
              'false: every applicable trigger was assessed and none obliges; null: undetermined, no trigger met but one that could oblige is not_assessed (its input omitted; see notAssessed)',
          },
        ),
      thresholdMet: z
        .boolean()
        .nullable()
        .openapi(
          DOCUMENTED && {
            description:
              'true: at least one trigger row is met; false: every applicable row was assessed and none is met; null: none met but some not_assessed',
          },
        ),
      subjectToRoofSuitability: z
        .boolean()
        .openapi(
          DOCUMENTED && { description: 'true: mustBuild holds only if the roof meets 具备建设屋顶光伏发电条件 (roofSuitable not given)' },
        ),
      criteria: z.array(criterionSchema),
      notAssessed: z.array(notAssessedSchema).openapi(
        DOCUMENTED && {
          description:
            'what was not assessed: each trigger row not_assessed (item subject.criterion, its figure not given), and roof_suitability while mustBuild is conditional on the roof; empty when nothing is left open',
        },
      ),
      reasons: z.array(z.string()),
      duties: z.array(z.object({ duty: z.string(), text: z.string(), citation: z.string() })),
      notes: z.array(textItem),
    })
    .openapi('SolarPvObligation');

/** A text parameter as a note: its text, or (not published) the workbook's note saying why there is none. */
function noteOf(p: P, key: 'obligation.capacity_requirement' | 'obligation.feasibility_criteria'): z.output<typeof textItem> {
  const r = p.optional(key);
  return r.published
    ? { key, text: String(r.value), citation: r.use.citation }
    : { key, text: null, note: r.missing.note, citation: r.missing.citation };
}

interface Trigger {
  row: ScaleRow;
  subject: Subject;
  criterion: Criterion;
  status: Status;
  given: number | undefined;
  range: Range;
  /** the row needs 具备建设屋顶光伏发电条件 */
  roofCondition: boolean;
}

/** One row of mandatory_triggers: does it cover the project, and is its figure within the bound (exactly)? */
function checkTrigger(p: P, trace: Trace, row: ScaleRow, req: Req): Trigger {
  const subject = row.cells.subject as Subject;
  const criterion = row.cells.criterion as Criterion;
  const spec = CRITERION_INPUT[criterion];
  const range = row.ranges[spec.column];
  if (range === undefined || (range.min === null && range.max === null)) {
    throw new EngineError(
      'not-published',
      {
        zh: `${p.table.id} 的 mandatory_triggers 表第 ${row.row} 行（${subject} ${criterion}）没有设定界限。`,
        en: `${p.table.id} mandatory_triggers row ${row.row} (${subject} ${criterion}) sets no bound.`,
      },
      { parameter: { table: p.table.id, key: `mandatory_triggers.${spec.column}`, note: row.note, citation: row.citation.text } },
    );
  }
  return trace.step(
    {
      zh: `触发条件：${SUBJECT_ZH[subject]}的${CRITERION_ZH[criterion]}`,
      en: `trigger: ${CRITERION_TEXT[criterion]} of a ${SUBJECT_TEXT[subject]}`,
    },
    (s) => {
      const text = p.cell('mandatory_triggers', row, 'text_zh');
      const newOnly = p.cell('mandatory_triggers', row, 'new_only');
      const roofCondition = p.cell('mandatory_triggers', row, 'feasibility_required').value === true;
      const given = req[spec.field];
      // the bound cited and decided exactly at the request precision
      const bound = checkRow(p, 'mandatory_triggers', row, { [spec.column]: given } as Partial<
        Record<'annual_energy' | 'roof_area', number>
      >);
      const unitZh = UNIT_ZH[spec.unit];
      let status: Status;
      let why: { zh: string; en: string };
      if (!SUBJECT_COVERS[subject].includes(req.projectKind)) {
        status = 'not_applicable';
        why = { zh: `本项目是${KIND_ZH[req.projectKind]}，不在此列`, en: `not a ${SUBJECT_TEXT[subject]}` };
      } else if (newOnly.value === true && !req.isNew) {
        status = 'not_applicable';
        why = { zh: '只对新建项目适用，本项目不是新建', en: 'only 新建 (new construction) is obliged' };
      } else if (given === undefined) {
        status = 'not_assessed';
        why = { zh: `未提供${CRITERION_ZH[criterion]}`, en: `the ${CRITERION_TEXT[criterion]} not given` };
      } else {
        status = bound.status;
        why = {
          zh: `${CRITERION_ZH[criterion]} ${given} ${unitZh}，${compareZh(range, status === 'met', unitZh)}`,
          en: `${given} ${status === 'met' ? 'is' : 'is not'} ${boundText(range)}`,
        };
      }
      s.inputs({ projectKind: req.projectKind, isNew: req.isNew, [spec.field]: given ?? null });
      s.formula({
        zh: `${String(text.value)}：${why.zh}，${STATUS_ZH[status]}`,
        en: `${String(text.value)}: ${why.en} → ${TRIGGER_EN[status]}`,
      });
      return s.result(status, { row, subject, criterion, status, given, range, roofCondition });
    },
  );
}

/** A trigger as the answer lists it: its figure, and the row's bound as threshold, bound word and comparison. */
function criterionOf(t: Trigger): z.output<typeof criterionSchema> {
  const r = t.range;
  return {
    criterion: t.criterion,
    subject: t.subject,
    status: t.status,
    input: t.given ?? null,
    unit: CRITERION_INPUT[t.criterion].unit,
    threshold: r.min ?? r.max,
    bound:
      r.min !== null ? (r.minInclusive ? 'inclusive' : 'exclusive') : r.max !== null ? (r.maxInclusive ? 'inclusive' : 'exclusive') : null,
    comparison: boundText(r),
    citation: t.row.citation.text,
  };
}

/** A trigger met, in words, with its article. */
function metReason(t: Trigger): string {
  const spec = CRITERION_INPUT[t.criterion];
  const unit = spec.unit === 'm2' ? 'm²' : spec.unit;
  return `${SUBJECT_TEXT[t.subject]} with ${CRITERION_TEXT[t.criterion]} ${t.given} ${unit} ${boundText(t.range)} ${unit} (${t.row.citation.text})`;
}

type Decision = {
  mustBuild: boolean | null;
  thresholdMet: boolean | null;
  subjectToRoofSuitability: boolean;
  feasibility: z.output<typeof textItem>;
  capacity: z.output<typeof textItem> | undefined;
  existing: TextRead | undefined;
};

/**
 * 一（一）「…的，应建设」: the triggers are alternatives (any one met), each with the roof condition
 * 「具备建设屋顶光伏发电条件的」 where its row says so — a row met or not assessed obliges unless the caller found the roof
 * unsuitable; met rows resting only on a roof not yet judged make the obligation conditional on it. Read with the
 * decision, the notes it qualifies: the roof test and the capacity (neither published), and existing buildings (一（二）).
 */
function decide(p: P, trace: Trace, req: Req, triggers: Trigger[], newOnly: { use: ParamUse }, cite: string): Decision {
  const met = triggers.filter((t) => t.status === 'met');
  const unassessed = triggers.filter((t) => t.status === 'not_assessed');
  return trace.step({ zh: '结论', en: 'decision' }, (s) => {
    s.rule(cite).uses(newOnly);
    const thresholdMet = anyOf(triggers.map((t) => truthOf(t.status, false)));
    const couldOblige = (t: Trigger) => !t.roofCondition || req.roofSuitable !== false;
    const mustBuild = anyOf(
      triggers.map((t) => (t.status === 'met' ? couldOblige(t) : t.status === 'not_assessed' ? (couldOblige(t) ? null : false) : false)),
    );
    const unconditional = met.some((t) => !t.roofCondition || req.roofSuitable === true);
    const conditional = met.some((t) => t.roofCondition && req.roofSuitable === undefined);
    const subjectToRoofSuitability = !unconditional && conditional;
    const feasibility = noteOf(p, 'obligation.feasibility_criteria');
    const capacity = mustBuild ? noteOf(p, 'obligation.capacity_requirement') : undefined;
    const existing = req.isNew ? undefined : p.text('obligation.existing_encouraged');
    s.inputs({ isNew: req.isNew, roofSuitable: req.roofSuitable ?? null });
    s.formula({
      zh:
        `满足 ${met.length} 项触发条件（满足任一项即可），${unassessed.length} 项未评估 → 是否达到标准：${TRI_ZH(thresholdMet, '是', '否', '尚不能确定')}；` +
        `屋顶是否具备建设光伏发电条件：${TRI_ZH(req.roofSuitable ?? null, '具备', '不具备', '未提供')} → ` +
        TRI_ZH(mustBuild, '应建设光伏发电系统', '不须建设', '尚不能确定是否应建设（未评估的触发条件可能构成义务）') +
        (subjectToRoofSuitability ? '（以屋顶具备建设条件为前提）' : ''),
      en:
        `${met.length} trigger(s) met (any one suffices), ${unassessed.length} not assessed → threshold reached: ${thresholdMet === null ? 'undetermined' : thresholdMet ? 'yes' : 'no'}; roof suitable: ${req.roofSuitable === undefined ? 'not said' : req.roofSuitable ? 'yes' : 'no'}` +
        ` → must build: ${mustBuild === null ? 'undetermined (a trigger not assessed could oblige)' : mustBuild ? 'yes' : 'no'}${subjectToRoofSuitability ? ' (if the roof is suitable)' : ''}`,
    });
    return s.result(
      { mustBuild, thresholdMet, subjectToRoofSuitability },
      { mustBuild, thresholdMet, subjectToRoofSuitability, feasibility, capacity, existing },
    );
  });
}

/**
 * Why the decision is not a plain yes: undetermined (the triggers not assessed), not new (一（一） obliges only 新建),
 * the roof unsuitable, no trigger met, or conditional on the roof.
 */
function decisionReasons(req: Req, triggers: Trigger[], d: Decision, newOnlyCite: string, cite: string): string[] {
  const met = triggers.filter((t) => t.status === 'met');
  const unassessedNames = triggers.filter((t) => t.status === 'not_assessed').map((t) => `${t.subject} ${t.criterion}`);
  if (d.mustBuild === null)
    return [
      `undetermined: no trigger obliges, but not assessed (input omitted): ${unassessedNames.join(', ')}; any one of them met would oblige (${cite})`,
    ];
  if (!d.mustBuild) {
    if (!req.isNew) return [`not new construction: only 新建 projects are obliged (${newOnlyCite})`];
    if (met.length && req.roofSuitable === false)
      return [`roof not suitable: the obligation applies only 具备建设屋顶光伏发电条件的 (${cite})`];
    return [
      `no trigger met (${cite})`,
      ...(unassessedNames.length
        ? [`not assessed (input omitted), but the roof is not suitable, so they could not oblige: ${unassessedNames.join(', ')}`]
        : []),
    ];
  }
  if (d.subjectToRoofSuitability)
    return [`conditional: only if the roof 具备建设屋顶光伏发电条件 (not defined in the text; whether it is was not said) (${cite})`];
  return [];
}

/** 一（三）、一（五）: with the obligation, the duties of simultaneous design, construction and acceptance, and of standards and qualifications. */
function owedDuties(p: P, trace: Trace): z.output<typeof output>['duties'] {
  return (
    [
      ['simultaneity', 'obligation.simultaneity', '义务：同步设计、同步施工、同步验收'],
      ['standards_and_qualifications', 'obligation.standards_and_qualifications', '义务：符合规范标准，相关单位具备资质'],
    ] as const
  ).map(([duty, key, zh]) =>
    trace.step(
      { zh, en: `duty: ${duty === 'simultaneity' ? 'design, build and accept at the same time' : 'standards and qualifications'}` },
      (s) => {
        const t = p.text(key);
        s.formula({ zh: zhOf(t.text), en: t.text });
        return s.result(true, { duty, text: t.text, citation: t.use.citation });
      },
    ),
  );
}

/** 一（二）: 政府性投资项目应带头 — a note for a government-funded project; it does not change mustBuild. */
function governmentNote(p: P, trace: Trace, mustBuild: boolean | null): z.output<typeof textItem> {
  const gov = trace.step({ zh: '政府性投资项目', en: 'government-funded project' }, (s) => {
    const t = p.text('obligation.government_projects');
    s.inputs({ governmentInvested: true });
    s.formula({ zh: `${zhOf(t.text)}（只是提示，不改变是否应建设的结论）`, en: `${t.text} (a note: the duty to build is unchanged)` });
    return s.result(mustBuild, t);
  });
  return { key: 'obligation.government_projects', text: gov.text, citation: gov.use.citation };
}

/**
 * The notes that qualify the decision: the capacity (with the obligation), the roof test (while the answer rests on
 * it), existing buildings encouraged (一（二）), and the government-funded project's 带头.
 */
function notesOf(p: P, trace: Trace, req: Req, d: Decision): z.output<typeof textItem>[] {
  const notes: z.output<typeof textItem>[] = [];
  if (d.capacity) notes.push(d.capacity);
  if (req.roofSuitable === undefined && d.thresholdMet) notes.push(d.feasibility);
  if (d.existing) notes.push({ key: 'obligation.existing_encouraged', text: d.existing.text, citation: d.existing.use.citation });
  if (req.governmentInvested) notes.push(governmentNote(p, trace, d.mustBuild));
  return notes;
}

/** 「…的，应建设」: what was left open — a trigger whose figure was not given, and the roof while the answer rests on it. */
function notAssessedOf(triggers: Trigger[], subjectToRoofSuitability: boolean): NotAssessed[] {
  const notAssessed = triggers
    .filter((t) => t.status === 'not_assessed')
    .map((t) =>
      notGiven(`${t.subject}.${t.criterion}`, [CRITERION_INPUT[t.criterion].field], {
        zh: `未提供${CRITERION_ZH[t.criterion]}，无法判断${SUBJECT_ZH[t.subject]}的这一触发条件`,
        en: `the ${CRITERION_TEXT[t.criterion]} not given: this trigger for a ${SUBJECT_TEXT[t.subject]} is not assessed`,
      }),
    );
  if (subjectToRoofSuitability)
    notAssessed.push(
      notGiven('roof_suitability', ['roofSuitable'], {
        zh: '未提供屋顶是否具备建设光伏发电条件：应建设的结论以具备条件为前提',
        en: 'not said whether the roof is suitable for solar panels: the duty to build holds only if it is',
      }),
    );
  return notAssessed;
}

export const solarPvObligation = defineCalculator({
  id: 'solar-pv-obligation',
  table: tableRef<typeof PV>('solar-pv'),
  input,
  output,
  run({ at, trace }, req: Req) {
    const p = at(req.date);
    // read first: before 84号 was signed this is the 422 (not-in-force) the answer gives
    const newOnly = p.get('obligation.new_only');
    const rows = p.rowsInForce('mandatory_triggers');
    const triggers = rows.map((row) => checkTrigger(p, trace, row, req));
    const cite = rows[0]!.citation.text;
    const decision = decide(p, trace, req, triggers, newOnly, cite);
    const { mustBuild, thresholdMet, subjectToRoofSuitability } = decision;
    const reasons = [
      ...triggers.filter((t) => t.status === 'met').map(metReason),
      ...decisionReasons(req, triggers, decision, newOnly.use.citation, cite),
    ];
    const duties = mustBuild ? owedDuties(p, trace) : [];
    const notes = notesOf(p, trace, req, decision);
    return {
      mustBuild,
      thresholdMet,
      subjectToRoofSuitability,
      criteria: triggers.map(criterionOf),
      notAssessed: notAssessedOf(triggers, subjectToRoofSuitability),
      reasons,
      duties,
      notes,
    };
  },
});
