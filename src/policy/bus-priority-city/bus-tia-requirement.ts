import { DOCUMENTED } from '../../documented';
import { issue } from '../../engine/issue';
import { z } from '@hono/zod-openapi';
import { areaOf, areaOfParameter, formatArea, squareMetres } from '../../engine/area';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { isoDate } from '../../engine/inputs';
import { MissingCollector } from '../../engine/missing';
import type { Params, Read } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import { type NotAssessed, notAssessedSchema, notGiven } from '../../engine/verdict';
import { wholeCount } from '../../engine/quantity';
import type { busPriorityCity as BPC } from './table';
import { TIA_PROJECT_TYPES } from './codes';

/**
 * Whether a project needs a traffic impact assessment (交通影响评价) of its bus facilities, and whether the
 * one-vote veto applies, under 嘉政办发〔2014〕104号 三（一）2:
 * 「新建或改建24班以上学校、500床以上医院、建筑面积大于5万平方米的商业和办公项目、总建筑面积大于10万平方米的居住项目、
 * 大型文化娱乐场所及旅游景点、体育场馆、城市主次干道等项目，应…通过交通影响评价对该项目配套建设公交枢纽站、首末站、
 * 中途站的必要性、类型及规模等进行评价…对未按照交通影响评价结论配套建设公交站场设施的项目一律不予审批、验收。」
 *
 * Readings (also in the workbook notes):
 * - 以上 is inclusive (classes ≥, beds ≥); 大于 is strict (floor areas >). Sizes are compared exactly:
 *   counts as integers, floor areas in hundredths of a m².
 * - Only 新建 (new) and 改建 (rebuild) works are covered.
 * - The venue, attraction, sports and road types have no size threshold; 大型 is not defined, so the
 *   caller decides whether a venue is large before choosing the type.
 * - The list ends with 等: a project type not listed is not shown to need one, but the approving
 *   authority may still require it; the text does not say, so the answer is undetermined (tiaRequired null),
 *   never "not required".
 */

const SIZE_FIELD = { school: 'classes', hospital: 'beds', commercial_office: 'floorAreaM2', residential: 'totalFloorAreaM2' } as const;
type SizedType = keyof typeof SIZE_FIELD;
const isSized = (t: string): t is SizedType => Object.hasOwn(SIZE_FIELD, t);
/** What a size threshold counts (the answer's threshold.unit): classes (班), beds (床位), floor area (平方米). */
const SIZE_UNITS = ['classes', 'beds', 'm2'] as const;
type SizeUnit = (typeof SIZE_UNITS)[number];

const input = z
  .object({
    date: isoDate(DOCUMENTED && 'Date of the decision (the table is read as in force on it)'),
    projectType: z.enum([...TIA_PROJECT_TYPES, 'other']).openapi(
      DOCUMENTED && {
        description:
          'school 学校, hospital 医院, commercial_office 商业和办公项目, residential 居住项目, large_cultural_entertainment_venue 大型文化娱乐场所, tourist_attraction 旅游景点, sports_venue 体育场馆, urban_arterial_secondary_road 城市主次干道, other (not in the list)',
      },
    ),
    works: z
      .enum(['new', 'rebuild', 'other'])
      .openapi(DOCUMENTED && { description: 'new 新建, rebuild 改建, other (extension only, renovation… not named by the text)' }),
    classes: wholeCount(DOCUMENTED && 'Number of classes (班) — required for a school').optional(),
    beds: wholeCount(DOCUMENTED && 'Number of beds (床) — required for a hospital').optional(),
    floorAreaM2: squareMetres(DOCUMENTED && 'Floor area (建筑面积), m², at most 2 decimals — required for commercial_office', {
      positive: false,
    }).optional(),
    totalFloorAreaM2: squareMetres(DOCUMENTED && 'Total floor area (总建筑面积), m², at most 2 decimals — required for residential', {
      positive: false,
    }).optional(),
    busFacilitiesPerTiaConclusion: z
      .boolean()
      .optional()
      .openapi(
        DOCUMENTED && { description: 'Whether the bus facilities the assessment concluded are needed are built; used only for the veto' },
      ),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (isSized(r.projectType) && r[SIZE_FIELD[r.projectType]] === undefined) {
      issue(ctx, [SIZE_FIELD[r.projectType]], 'required', {
        zh: '这一项目类型必须填写规模',
        en: `required for projectType ${r.projectType}`,
      });
    }
  });

const output =
  DOCUMENTED &&
  z
    .object({
      tiaRequired: z
        .boolean()
        .nullable()
        .openapi(
          DOCUMENTED && {
            description:
              'true: required; false: not required (works other than 新建 / 改建, or a listed type below its size threshold); ' +
              'null: undetermined, a project type 三（一）2 does not name (the list ends with 等: the approving authority may require one, the text does not say; see notAssessed)',
          },
        ),
      listed: z.boolean().openapi(DOCUMENTED && { description: 'whether the project type is named in 三（一）2' }),
      reason: z.string(),
      threshold: z
        .object({
          key: z.string(),
          value: z.number(),
          unit: z
            .enum(SIZE_UNITS)
            .openapi(DOCUMENTED && { description: 'what value counts: classes (班), beds (床位) or m2 (floor area, 平方米)' }),
          bound: z.string(),
        })
        .nullable()
        .openapi(DOCUMENTED && { description: 'the size threshold applied, with its unit and bound rule (null when the type has none)' }),
      veto: z
        .object({
          applies: z
            .boolean()
            .nullable()
            .openapi(
              DOCUMENTED && {
                description:
                  'true: the concluded bus facilities are not built, so no approval and no acceptance; false: they are built (or no veto is in force); null: busFacilitiesPerTiaConclusion not given (see notAssessed)',
              },
            ),
          effect: z.string(),
        })
        .nullable()
        .openapi(
          DOCUMENTED && {
            description: 'one-vote veto (一律不予审批、验收); null when no assessment is required or the requirement is undetermined',
          },
        ),
      assessmentCovers: z.array(z.string()),
      notes: z.array(z.string()),
      citation: z.string(),
      notAssessed: z.array(notAssessedSchema).openapi(
        DOCUMENTED && {
          description:
            'What the answer could not decide and why: tiaRequired (a type 三（一）2 does not name), veto (busFacilitiesPerTiaConclusion not given); empty when everything was decided',
        },
      ),
    })
    .openapi('BusTiaRequirement');

type Threshold = { key: string; value: number };

const WORKS_ZH = { new: '新建', rebuild: '改建', other: '其他工程（非新建、改建）' } as const;

/** 三（一）2 names no other type: the list ends with 等, so the text does not say whether an unlisted type needs one. */
const UNLISTED: NotAssessed = {
  item: 'tiaRequired',
  reason: 'not-published',
  fields: ['tia_project_types'],
  text: {
    zh: '三（一）2 所列项目以“等项目”结尾，未列明的项目类型是否须做交通影响评价，原文没有规定（审批部门可能要求）。',
    en: 'project type not named in 三（一）2, whose list ends with 等 (and others): the text does not say whether it needs an assessment (the approving authority may require one)',
  },
};

type P = Params<typeof BPC>;
type Req = z.output<typeof input>;

/** What 三（一）2 decides for the project, as the answer and the trace state it. */
interface Requirement {
  tiaRequired: boolean | null;
  reason: string;
  threshold: { key: string; value: number; unit: SizeUnit; bound: string } | null;
  zh: string;
  /** what the answer cannot settle, for `notes` */
  note?: string;
  notAssessed?: NotAssessed;
}

/** 三（一）2 names only 新建 (new) and 改建 (rebuild) works: other works need no assessment. */
function otherWorks(worksZh: string): Requirement {
  return {
    tiaRequired: false,
    reason: 'only new (新建) or rebuilt (改建) projects are covered',
    threshold: null,
    zh: `${worksZh}：三（一）2 只适用于新建或改建项目，不须做交通影响评价`,
  };
}

/** 「…城市主次干道等项目」: the list is open, so an unnamed type is neither shown to need one nor shown not to. */
function unlistedType(worksZh: string): Requirement {
  return {
    tiaRequired: null,
    reason: 'project type not named in 三（一）2, whose list ends with 等 (and others): undetermined',
    threshold: null,
    zh: `${worksZh}项目的类型未在三（一）2 中列明，而该条所列项目以“等项目”结尾：是否须做交通影响评价原文没有规定，尚不能确定`,
    note: 'The list ends with 等 (and others): the approving authority may require an assessment of other large trip generators; this table cannot say.',
    notAssessed: UNLISTED,
  };
}

/** 「24班以上」「500床以上」: a school or hospital at or above its size; 以上 includes the bound. */
function countThreshold(req: Req, t: Threshold, worksZh: string, typeZh: string): Requirement {
  const size = req.projectType === 'school' ? req.classes! : req.beds!;
  const word: SizeUnit = req.projectType === 'school' ? 'classes' : 'beds';
  const unit = req.projectType === 'school' ? '个班' : '张床位';
  const bound = req.projectType === 'school' ? `${t.value} 班以上` : `${t.value} 床以上`;
  const tiaRequired = size >= t.value;
  return {
    tiaRequired,
    reason: `${req.projectType} with ${size} ${word} ${tiaRequired ? '≥' : '<'} ${t.value}`,
    threshold: { key: t.key, value: t.value, unit: word, bound: 'inclusive (以上)' },
    zh: tiaRequired
      ? `${worksZh}${typeZh} ${size} ${unit}，达到“${bound}”（含 ${t.value}）→ 须做交通影响评价`
      : `${worksZh}${typeZh} ${size} ${unit}，不足 ${t.value}，未达到“${bound}” → 不须做交通影响评价`,
  };
}

/** 「大于5万平方米」「大于10万平方米」: commercial and office or residential floor area strictly above, in exact hundredths of a m². */
function floorAreaThreshold(req: Req, t: Threshold, worksZh: string, typeZh: string): Requirement {
  const area = req.projectType === 'commercial_office' ? req.floorAreaM2! : req.totalFloorAreaM2!;
  const a = formatArea(areaOf(area));
  const b = formatArea(areaOfParameter(t.value));
  const tiaRequired = areaOf(area) > areaOfParameter(t.value);
  const what = req.projectType === 'commercial_office' ? '建筑面积' : '总建筑面积';
  return {
    tiaRequired,
    reason: `${req.projectType} with ${a} m² ${tiaRequired ? '>' : '≤'} ${b} m²`,
    threshold: { key: t.key, value: t.value, unit: 'm2', bound: 'exclusive (大于)' },
    zh: tiaRequired
      ? `${worksZh}${typeZh}${what} ${a} 平方米，大于 ${b} 平方米 → 须做交通影响评价`
      : `${worksZh}${typeZh}${what} ${a} 平方米，不大于 ${b} 平方米（须“大于”）→ 不须做交通影响评价`,
  };
}

/** The venue, attraction, sports and road types are listed with no size; 大型 is not defined, the caller chose the type. */
function listedWithoutSize(req: Req, worksZh: string, typeZh: string): Requirement {
  const venue = req.projectType === 'large_cultural_entertainment_venue';
  return {
    tiaRequired: true,
    reason: `${req.projectType} (${typeZh}) is listed with no size threshold`,
    threshold: null,
    zh: `${worksZh}${typeZh}：三（一）2 列明，不论规模 → 须做交通影响评价${venue ? '（“大型”原文没有定义，按所选类型视为大型）' : ''}`,
    ...(venue ? { note: '大型 (large) is not defined by the text: the caller has judged the venue large by choosing this type.' } : {}),
  };
}

/**
 * 三（一）2: whether the project needs a traffic impact assessment of its bus facilities, in one step that reads every
 * value of the rule (a date the rule is not in force on is one 422 naming all of them): the works, then whether the type
 * is listed, then its size threshold.
 */
function tiaRequirement(p: P, trace: Trace, req: Req) {
  const listed = req.projectType !== 'other';
  return trace.step({ zh: '是否须做公交设施交通影响评价', en: 'is a traffic impact assessment of bus facilities required?' }, (s) => {
    const missing = new MissingCollector();
    const school = p.number('tia.school_classes_min', missing);
    const hospital = p.number('tia.hospital_beds_min', missing);
    const commercial = p.number('tia.commercial_office_floor_area_exceeds', missing);
    const residential = p.number('tia.residential_total_floor_area_exceeds', missing);
    const veto = p.get('tia.veto', missing);
    const row = listed ? p.find('tia_project_types', { project_type: req.projectType }, {}, missing) : undefined;
    const typeUse = row?.get('project_type_zh', missing);
    missing.throwIfAny({
      zh: `${req.date} 的交通影响评价规定`,
      en: `The traffic-impact-assessment rule on ${req.date}`,
    });
    const typeZh = typeUse ? String(typeUse.value) : '—';
    const worksZh = WORKS_ZH[req.works];
    const threshold = (): Threshold =>
      req.projectType === 'school'
        ? { key: 'tia.school_classes_min', value: school!.n }
        : req.projectType === 'hospital'
          ? { key: 'tia.hospital_beds_min', value: hospital!.n }
          : req.projectType === 'commercial_office'
            ? { key: 'tia.commercial_office_floor_area_exceeds', value: commercial!.n }
            : { key: 'tia.residential_total_floor_area_exceeds', value: residential!.n };
    const r: Requirement =
      req.works === 'other'
        ? otherWorks(worksZh)
        : !listed
          ? unlistedType(worksZh)
          : req.projectType === 'school' || req.projectType === 'hospital'
            ? countThreshold(req, threshold(), worksZh, typeZh)
            : isSized(req.projectType)
              ? floorAreaThreshold(req, threshold(), worksZh, typeZh)
              : listedWithoutSize(req, worksZh, typeZh);
    s.inputs({
      projectType: req.projectType,
      works: req.works,
      classes: req.classes ?? null,
      beds: req.beds ?? null,
      floorAreaM2: req.floorAreaM2 ?? null,
      totalFloorAreaM2: req.totalFloorAreaM2 ?? null,
    });
    s.formula({
      zh: r.zh,
      en: `${req.works} works; type ${req.projectType} (${typeZh}): ${r.reason} → ${r.tiaRequired === null ? 'undetermined (not published whether one is required)' : r.tiaRequired ? 'required' : 'not required'}`,
    });
    return s.result(r.tiaRequired, { ...r, listed, veto: veto!, citation: school!.use.citation });
  });
}

/**
 * 三（一）2 「对未按照交通影响评价结论配套建设公交站场设施的项目一律不予审批、验收」: where an assessment is required,
 * the veto applies when the concluded bus facilities are not built (and a veto is in force); not given → not assessed.
 */
function oneVoteVeto(trace: Trace, req: Req, veto: Read) {
  return trace.step({ zh: '一票否决', en: 'one-vote veto' }, (s) => {
    s.uses(veto).inputs({ busFacilitiesPerTiaConclusion: req.busFacilitiesPerTiaConclusion ?? null });
    const vetoRule = veto.value === true;
    const built = req.busFacilitiesPerTiaConclusion;
    const applies = built === undefined ? null : vetoRule && !built;
    s.formula(
      built === undefined
        ? {
            zh: '未说明是否按交通影响评价结论配套建设公交站场设施，无法判断是否“一律不予审批、验收”',
            en: 'not said whether the bus facilities are built as concluded → cannot say',
          }
        : {
            zh: !vetoRule
              ? '当日的规定没有一票否决 → 不适用'
              : built
                ? '已按交通影响评价结论配套建设公交站场设施 → 不适用一票否决'
                : '未按交通影响评价结论配套建设公交站场设施 → 一律不予审批、验收',
            en: `bus facilities per the assessment conclusion ${built ? 'built' : 'not built'} → veto ${applies ? 'applies' : 'does not apply'}`,
          },
    );
    const notAssessed =
      applies === null
        ? notGiven('veto', ['busFacilitiesPerTiaConclusion'], {
            zh: '未说明是否按交通影响评价结论配套建设公交站场设施，一票否决是否适用无法判断',
            en: 'not said whether the bus facilities are built as the traffic impact assessment concluded: whether the veto applies is not assessed',
          })
        : undefined;
    return s.result(applies, {
      applies,
      effect: vetoRule ? '一律不予审批、验收 (no approval, no acceptance)' : 'no veto in force',
      notAssessed,
    });
  });
}

export const busTiaRequirement = defineCalculator({
  id: 'bus-tia-requirement',
  table: tableRef<typeof BPC>('bus-priority-city'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.date);
    const requirement = tiaRequirement(p, trace, req);
    const { tiaRequired, listed, reason, threshold, citation } = requirement;
    const veto = tiaRequired === true ? oneVoteVeto(trace, req, requirement.veto) : null;
    // what the answer could not decide: a type 三（一）2 does not name, or the veto without busFacilitiesPerTiaConclusion
    const notAssessed = [requirement.notAssessed, veto?.notAssessed].filter((x): x is NotAssessed => x !== undefined);
    return {
      tiaRequired,
      listed,
      reason,
      threshold,
      veto: veto ? { applies: veto.applies, effect: veto.effect } : null,
      assessmentCovers: tiaRequired === true ? ['公交枢纽站', '首末站', '中途站'] : [],
      notes: requirement.note ? [requirement.note] : [],
      citation,
      notAssessed,
    };
  },
});
