import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { boundText, exactOf, isOpenRange, MEASURE_DECIMALS, rangeCheck } from '../engine/exact';
import { isoDate } from '../engine/inputs';
import { unpublishedOf } from '../engine/missing';
import { rangeBoundUses, type Params, type ParamUse } from '../engine/params';
import { quantity } from '../engine/quantity';
import { problem, ProblemError } from '../http/problem';
import type { ScaleRow } from '../tables/model';
import type { solarPv as PV } from '../tables/solar-pv';
import { PV_CRITERIA, PV_SUBJECTS } from '../tables/solar-pv.codes';

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
const STATUS = ['met', 'not_met', 'not_applicable', 'not_assessed'] as const;
type Status = (typeof STATUS)[number];
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
const CRITERION_TEXT: Record<Criterion, string> = {
  annual_energy: 'annual comprehensive energy use',
  total_roof_area: 'total roof area',
  single_roof_area: 'largest single effective roof area',
};

const input = z
  .object({
    date: isoDate(
      'Date on which the rules are applied; 84号 states no in-force date, its rows start on the signing date, and an earlier date is 422 not-in-force',
    ),
    projectKind: z.enum(PROJECT_KINDS).openapi({
      description:
        'enterprise / project: a new enterprise or project with no building type; industrial-factory: 工业厂房; civil-building: 民用建筑',
    }),
    isNew: z.boolean().openapi({ description: '新建 (new construction); existing buildings are only encouraged (一（二）)' }),
    annualEnergyTce: quantity(
      '年综合能耗 annual comprehensive energy use, tce/year (at most 2 decimals); omitted = not assessed',
      MEASURE_DECIMALS,
      1200,
    ).optional(),
    totalRoofArea: quantity(
      '屋顶总面积 total roof area of the new plant(s), m² (at most 2 decimals); omitted = not assessed',
      MEASURE_DECIMALS,
      5200,
    ).optional(),
    largestSingleRoofArea: quantity(
      '单个屋顶有效面积 largest effective area of a single roof, m² (at most 2 decimals); omitted = not assessed',
      MEASURE_DECIMALS,
      900,
    ).optional(),
    roofSuitable: z.boolean().optional().openapi({
      description:
        '具备建设屋顶光伏发电条件 as found by the caller (the text does not define the test); omitted = the answer is conditional on it',
    }),
    governmentInvested: z
      .boolean()
      .default(false)
      .openapi({ description: '政府性投资项目 (should take the lead, 一（二）; does not change mustBuild)' }),
  })
  .strict();
type Req = z.output<typeof input>;

const criterionSchema = z
  .object({
    criterion: z.enum(PV_CRITERIA),
    subject: z.enum(PV_SUBJECTS),
    status: z.enum(STATUS),
    input: z.number().nullable(),
    unit: z.enum(['tce', 'm2']),
    threshold: z.number().nullable(),
    bound: z.enum(['inclusive', 'exclusive']).nullable(),
    comparison: z.string().openapi({ description: 'the bound as the workbook states it, e.g. "> N" (strict) or "≥ N" (inclusive)' }),
    citation: z.string().openapi({ example: '嘉政发〔2014〕84号 一（一）' }),
  })
  .openapi('SolarPvCriterion');
const textItem = z.object({ key: z.string(), text: z.string().nullable(), citation: z.string().nullable() });

const output = z
  .object({
    mustBuild: z
      .boolean()
      .nullable()
      .openapi({
        description:
          'true: the project must build a PV system (conditional on the roof when subjectToRoofSuitability), as soon as one trigger is met even if others are not assessed; ' +
          'false: every applicable trigger was assessed and none obliges; null: undetermined, no trigger met but one that could oblige is not_assessed (its input omitted)',
      }),
    thresholdMet: z.boolean().nullable().openapi({
      description:
        'true: at least one trigger row is met; false: every applicable row was assessed and none is met; null: none met but some not_assessed',
    }),
    subjectToRoofSuitability: z
      .boolean()
      .openapi({ description: 'true: mustBuild holds only if the roof meets 具备建设屋顶光伏发电条件 (roofSuitable not given)' }),
    criteria: z.array(criterionSchema),
    reasons: z.array(z.string()),
    duties: z.array(z.object({ duty: z.string(), text: z.string(), citation: z.string() })),
    notes: z.array(textItem),
    trace: z.array(traceStepSchema),
  })
  .openapi('SolarPvObligation');

/** A text parameter that may be unpublished: its value or null, with its citation (and the note when null). */
function textParam(p: P, key: Parameters<P['get']>[0]): z.output<typeof textItem> & { use?: ParamUse; note?: string | null } {
  try {
    const { value, use } = p.get(key);
    return { key, text: String(value), citation: use.citation, use };
  } catch (e) {
    const unpublished = unpublishedOf(e);
    if (!unpublished) throw e;
    return { key, text: null, citation: unpublished.citation, note: unpublished.note };
  }
}

export const solarPvObligation = defineCalculator({
  id: 'solar-pv-obligation',
  table: tableRef<typeof PV>('solar-pv'),
  input,
  output,
  run(at, req: Req) {
    const p = at(req.date);
    const trace: TraceStep[] = [];
    const newOnly = p.get('obligation.new_only');
    const rows = p.rows('mandatory_triggers');
    if (!rows.length) {
      throw new ProblemError(
        problem('not-in-force', `No row of ${p.table.id} mandatory_triggers is in force on ${req.date}.`, {
          parameter: { table: p.table.id, key: 'mandatory_triggers', note: null, citation: null },
        }),
      );
    }

    const criteria: z.output<typeof criterionSchema>[] = [];
    const reasons: string[] = [];
    const met: ScaleRow[] = [];
    for (const row of rows) {
      const subject = row.cells.subject as Subject;
      const criterion = row.cells.criterion as Criterion;
      const spec = CRITERION_INPUT[criterion];
      const range = row.ranges[spec.column];
      const cite = row.citation.text;
      if (isOpenRange(range)) {
        throw new ProblemError(
          problem('not-published', `${p.table.id} mandatory_triggers row ${row.row} (${subject} ${criterion}) sets no bound.`, {
            parameter: { table: p.table.id, key: `mandatory_triggers.${spec.column}`, note: row.note, citation: cite },
          }),
        );
      }
      const r = range!;
      const rowNewOnly = p.cell('mandatory_triggers', row, 'new_only');
      const feasibility = p.cell('mandatory_triggers', row, 'feasibility_required');
      const text = p.cell('mandatory_triggers', row, 'text_zh');
      const given = req[spec.field];
      let status: Status;
      let why: string;
      if (!SUBJECT_COVERS[subject].includes(req.projectKind)) {
        status = 'not_applicable';
        why = `${subject} does not cover a ${req.projectKind}`;
      } else if (rowNewOnly.value === true && !req.isNew) {
        status = 'not_applicable';
        why = 'only 新建 (new construction) is obliged';
      } else if (given === undefined) {
        status = 'not_assessed';
        why = `${spec.field} not given`;
      } else {
        status = rangeCheck(r, exactOf(given)) === null ? 'met' : 'not_met';
        why = `${given} ${status === 'met' ? 'is' : 'is not'} ${boundText(r)}`;
      }
      const comparison = boundText(r);
      criteria.push({
        criterion,
        subject,
        status,
        input: given ?? null,
        unit: spec.unit,
        threshold: r.min ?? r.max,
        bound:
          r.min !== null
            ? r.minInclusive
              ? 'inclusive'
              : 'exclusive'
            : r.max !== null
              ? r.maxInclusive
                ? 'inclusive'
                : 'exclusive'
              : null,
        comparison,
        citation: cite,
      });
      if (status === 'met') {
        met.push(row);
        reasons.push(
          `${SUBJECT_TEXT[subject]} with ${CRITERION_TEXT[criterion]} ${given} ${spec.unit === 'm2' ? 'm²' : spec.unit} ${comparison} ${spec.unit === 'm2' ? 'm²' : spec.unit} (${cite})`,
        );
      }
      const parameters: Record<string, ParamUse> = {
        trigger: text.use,
        new_only: rowNewOnly.use,
        feasibility_required: feasibility.use,
        ...rangeBoundUses(p.table, 'mandatory_triggers', row, spec.column),
      };
      trace.push({
        step: `trigger: ${subject} ${criterion}`,
        rule: cite,
        formula: `${String(text.value)}: ${why} → ${status}`,
        inputs: { projectKind: req.projectKind, isNew: req.isNew, [spec.field]: given ?? null },
        parameters,
        result: status,
      });
    }

    // A not-assessed row leaves the answer open unless it could not oblige anyway: a row needing the roof
    // condition (具备建设屋顶光伏发电条件的) cannot when the caller found the roof unsuitable.
    const unassessed = rows.filter((_, i) => criteria[i]!.status === 'not_assessed');
    const open = unassessed.filter(
      (r) => p.cell('mandatory_triggers', r, 'feasibility_required').value !== true || req.roofSuitable !== false,
    );
    const thresholdMet = met.length > 0 ? true : unassessed.length ? null : false;
    // A met row needs the roof condition when its feasibility_required cell says so (具备建设屋顶光伏发电条件的).
    const unconditional = met.some(
      (r) => p.cell('mandatory_triggers', r, 'feasibility_required').value !== true || req.roofSuitable === true,
    );
    const conditional = met.some(
      (r) => p.cell('mandatory_triggers', r, 'feasibility_required').value === true && req.roofSuitable === undefined,
    );
    const mustBuild = unconditional || conditional ? true : open.length ? null : false;
    const subjectToRoofSuitability = !unconditional && conditional;
    const feasibilityCriteria = textParam(p, 'obligation.feasibility_criteria');
    const decisionCite = rows[0]!.citation.text;

    const unassessedNames = criteria.filter((c) => c.status === 'not_assessed').map((c) => `${c.subject} ${c.criterion}`);
    if (mustBuild === null) {
      reasons.push(
        `undetermined: no trigger obliges, but not assessed (input omitted): ${unassessedNames.join(', ')}; any one of them met would oblige (${decisionCite})`,
      );
    } else if (!mustBuild) {
      if (!req.isNew) reasons.push(`not new construction: only 新建 projects are obliged (${newOnly.use.citation})`);
      else if (met.length && req.roofSuitable === false)
        reasons.push(`roof not suitable: the obligation applies only 具备建设屋顶光伏发电条件的 (${decisionCite})`);
      else {
        reasons.push(`no trigger met (${decisionCite})`);
        if (unassessedNames.length)
          reasons.push(
            `not assessed (input omitted), but the roof is not suitable, so they could not oblige: ${unassessedNames.join(', ')}`,
          );
      }
    } else if (subjectToRoofSuitability) {
      reasons.push(
        `conditional: only if the roof 具备建设屋顶光伏发电条件 (not defined in the text; roofSuitable not given) (${decisionCite})`,
      );
    }
    trace.push({
      step: 'decision',
      rule: decisionCite,
      formula:
        `${met.length} trigger(s) met (alternatives), ${unassessed.length} not assessed → thresholdMet ${thresholdMet === null ? 'undetermined' : thresholdMet}; roofSuitable ${req.roofSuitable === undefined ? 'not given' : String(req.roofSuitable)}` +
        ` → mustBuild ${mustBuild === null ? 'undetermined (a not-assessed trigger could oblige)' : mustBuild}${subjectToRoofSuitability ? ' (conditional on the roof)' : ''}`,
      inputs: { isNew: req.isNew, roofSuitable: req.roofSuitable ?? null },
      parameters: { new_only: newOnly.use, ...(feasibilityCriteria.use ? { feasibility_criteria: feasibilityCriteria.use } : {}) },
      result: { mustBuild, thresholdMet, subjectToRoofSuitability },
    });

    const duties: z.output<typeof output>['duties'] = [];
    const notes: z.output<typeof textItem>[] = [];
    const note = (item: ReturnType<typeof textParam>) =>
      notes.push({ key: item.key, text: item.text ?? item.note ?? null, citation: item.citation });
    if (mustBuild) {
      for (const [duty, key] of [
        ['simultaneity', 'obligation.simultaneity'],
        ['standards_and_qualifications', 'obligation.standards_and_qualifications'],
      ] as const) {
        const t = p.text(key);
        duties.push({ duty, text: t.text, citation: t.use.citation });
        trace.push({
          step: `duty: ${duty}`,
          rule: t.use.citation,
          formula: t.text,
          inputs: {},
          parameters: { [duty]: t.use },
          result: true,
        });
      }
      note(textParam(p, 'obligation.capacity_requirement'));
    }
    if (req.roofSuitable === undefined && thresholdMet) note(feasibilityCriteria);
    if (!req.isNew) {
      const existing = p.text('obligation.existing_encouraged');
      notes.push({ key: 'obligation.existing_encouraged', text: existing.text, citation: existing.use.citation });
    }
    if (req.governmentInvested) {
      const gov = p.text('obligation.government_projects');
      notes.push({ key: 'obligation.government_projects', text: gov.text, citation: gov.use.citation });
      trace.push({
        step: 'government-funded project',
        rule: gov.use.citation,
        formula: `${gov.text} (a note: mustBuild unchanged)`,
        inputs: { governmentInvested: true },
        parameters: { government_projects: gov.use },
        result: mustBuild,
      });
    }
    return { mustBuild, thresholdMet, subjectToRoofSuitability, criteria, reasons, duties, notes, trace };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const solarPvObligationDocs = {
  title: { zh: '新建项目光伏建设义务', en: 'Solar PV: must a new project build it?' },
  description: {
    zh: '按嘉政发〔2014〕84号一（一），判断新建企业（项目）、工业厂房或民用建筑是否应建设屋顶光伏发电系统（年综合能耗、屋顶总面积、单个屋顶有效面积），逐条注明依据，并列出随之而来的义务。',
    en: 'Decides under 嘉政发〔2014〕84号 一（一） whether a new enterprise, project, industrial plant or civil building must build a rooftop PV system (annual energy use, total roof area, single roof area; strict vs inclusive bounds as the text says), with each criterion cited and the duties that follow.',
  },
  examples: {
    factory: {
      summary: 'New industrial plant, 5 200 m² of roof in total, largest roof 900 m², suitability not yet assessed',
      value: {
        date: '2015-03-01',
        projectKind: 'industrial-factory',
        isNew: true,
        annualEnergyTce: 1200,
        totalRoofArea: 5200,
        largestSingleRoofArea: 900,
        governmentInvested: false,
      },
    },
    civilBuilding: {
      summary: 'New government-funded civil building with a 1 200 m² roof',
      value: {
        date: '2015-03-01',
        projectKind: 'civil-building',
        isNew: true,
        largestSingleRoofArea: 1200,
        roofSuitable: true,
        governmentInvested: true,
      },
    },
  },
} satisfies CalculatorDocs<typeof solarPvObligation>;
