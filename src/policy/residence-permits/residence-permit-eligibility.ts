import { DOCUMENTED } from '../../documented';
import { issue } from '../../engine/issue';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { refused } from '../../engine/errors';
import { isoDate, MAX_MONTHS } from '../../engine/inputs';
import { MissingCollector, missingSchema } from '../../engine/missing';
import type { Match, NumberRead, Read } from '../../engine/params';
import { joinRules, type Trace } from '../../engine/trace';
import {
  allOf,
  anyOf,
  type NotAssessed,
  notAssessedSchema,
  notGiven,
  notPublished,
  statusOf,
  statusSchema,
  type Tri,
  truthOf,
} from '../../engine/verdict';
import type { residencePermits as RP } from './table';
import { EMPLOYMENT_ROUTES, PROOF_CODES } from './codes';
import { type Note, noteSchema, PILOT_PERIODS, pilotPeriodOn, type RPParams } from './common';

/**
 * Which permit a migrant may apply for, 嘉政办发〔2014〕98号 三（一）:
 * 1.「流动人口在居住地有合法稳定住所的，可申领《浙江省临时居住证》」, with the proofs （1）–（4）;
 * 2.「《浙江省临时居住证》持有人或者在居住地有合法稳定住所的流动人口，在居住地合法稳定就业6个月以上的，可申领《浙江省
 *   居住证》」, with the employment proofs （1）–（3）; 「属于投资创业或引进人才的流动人口，申领居住证根据居住地县级以上
 *   人民政府相关规定执行，不受上述规定限制」.
 *
 * Every condition is three-valued: true, false, or null = undetermined because it rests on rules the gazette does
 * not publish (the county rules of the bracketed notes, the county-level investor/talent rules) or on an input not
 * given (holdsTemporaryPermit, investorOrTalent, employment.monthsEmployedLocally: omitted = not assessed, never
 * assumed false or 0). AND is false if any part is false, else null if any is null, else true; OR is true if any part
 * is true, else null if any is null. So `eligible` is false only when a condition was assessed and failed and, for the
 * residence permit, the investor/talent route (不受上述规定限制) is known not to apply.
 *
 * Readings (also in the workbook notes):
 * - 「6个月以上」 and 「满6个月」 include the bound (≥): exactly 6 months qualifies.
 * - The employment duration (三（一）2 first sentence) and the employment proof (（1）/（2）) are both tested: 6 months of
 *   social insurance do not by themselves prove 6 months of employment.
 * - 「一年内」 is the 12 months up to the application date; the months are cumulative (累计), gaps allowed.
 * - The bracketed county note governs the open items: （4） of the accommodation proofs and （3） of the employment
 *   proofs are undetermined (null). The other items are decided on the city text; counties may refine them (a note).
 * - A labour contract without fixed term meets 「期限为6个月以上」.
 * - A refusal is a decision (200 with the conditions), not an error.
 */

const RESIDENCE_PROOFS = [...PROOF_CODES, 'none'] as const;
const ROUTES = [...EMPLOYMENT_ROUTES, 'none'] as const;
const RECOMMENDATIONS = ['residence_permit', 'temporary_permit', 'none'] as const;
type Recommendation = (typeof RECOMMENDATIONS)[number];

/** Months in a calendar year: the social-insurance window is one year (residence_permit.proof.social_insurance_window_years; another value is refused). */
const MONTHS_PER_YEAR = 12;

/** The Chinese of the unpublished rules a condition may rest on (the workbook notes are in English). */
const UNPUBLISHED_ZH = {
  'county_rules.residence_proof': '其他材料能否证明合法稳定住所，由各县（市、区）结合各自实际制订具体条件和操作办法，原文未公布。',
  'county_rules.employment_proof': '这些材料能否证明合法稳定就业，由各县（市、区）结合各自实际制订具体条件和操作办法，原文未公布。',
  'residence_permit.investor_talent_rules':
    '投资创业或引进人才的流动人口申领居住证，根据居住地县级以上人民政府相关规定执行，这些规定原文未公布。',
} as const;

const show = (x: Tri) => (x === null ? 'undetermined' : x ? 'met' : 'not met');
const yesNo = (x: boolean | undefined) => (x === undefined ? 'not said' : x ? 'yes' : 'no');
/** The inputs an answer may wait for, in words (a reader never sees the field's name). */
const INPUT_EN: Record<string, string> = {
  holdsTemporaryPermit: 'whether the applicant holds a temporary permit',
  investorOrTalent: 'whether the applicant is an investor, entrepreneur or recruited talent',
  'employment.monthsEmployedLocally': 'the months of local employment',
};
const PROOF_EN: Record<(typeof RESIDENCE_PROOFS)[number], string> = {
  own_home: 'own home',
  rented_home: 'rented home',
  employer_dormitory: 'employer’s dormitory',
  other: 'other materials',
  none: 'none',
};
const ROUTE_EN: Record<(typeof ROUTES)[number], string> = {
  employed: 'employee',
  self_employed: 'self-employed',
  other: 'other materials',
  none: 'none',
};
const PART_EN: Record<string, string> = {
  labour_contract_term: 'labour contract term',
  business_licence: 'business licence',
  social_insurance_months: 'months of social insurance',
};
const RECOMMENDATION_EN: Record<Recommendation, string> = {
  residence_permit: 'residence permit',
  temporary_permit: 'temporary permit',
  none: 'neither',
};
const showZh = (x: Tri) => (x === null ? '待定' : x ? '满足' : '不满足');
const canZh = (x: Tri) => (x === null ? '待定' : x ? '可以申领' : '不可以申领');

const months = (description: string) =>
  z
    .number()
    .int()
    .min(0)
    .max(MAX_MONTHS, { error: `must be at most ${MAX_MONTHS} months` })
    .openapi(DOCUMENTED && { description, example: 7 });

const employment = z
  .object({
    route: z.enum(ROUTES).openapi(
      DOCUMENTED && {
        description:
          'employed: 三（一）2（1）, labour contract + social insurance; self_employed: （2）, business licence + social insurance; ' +
          'other: （3）, employment/unemployment registration certificate or other materials (conditions set by each county: undetermined); none: no proof of employment',
      },
    ),
    monthsEmployedLocally: months(
      DOCUMENTED &&
        'Months of legal, stable employment in the place of residence (在居住地合法稳定就业), whole months; omitted = not assessed (the duration condition is then undetermined, never 0)',
    ).optional(),
    labourContractTermMonths: months(
      DOCUMENTED && 'Term of the labour contract in months (劳动合同期限); required for route employed unless labourContractOpenEnded',
    ).optional(),
    labourContractOpenEnded: z
      .boolean()
      .default(false)
      .openapi(
        DOCUMENTED && {
          description:
            'The labour contract has no fixed term (无固定期限); read as meeting the minimum term 「期限为…以上」 (residence_permit.proof.labour_contract_term_months_min)',
        },
      ),
    hasBusinessLicence: z
      .boolean()
      .optional()
      .openapi(
        DOCUMENTED && { description: 'Holds an enterprise or sole-trader (个体工商户) business licence; required for route self_employed' },
      ),
    socialInsuranceMonthsInPastYear: z
      .number()
      .int()
      .min(0)
      // the field counts months of one year (一年内, the gazette's window); a window of another length would need another field
      .max(MONTHS_PER_YEAR, { error: `must be at most ${MONTHS_PER_YEAR}: the field counts the months of the past year (一年内)` })
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            'Cumulative months of lawful local social insurance (依法参加居住地社会保险) in the window (parameter residence_permit.proof.social_insurance_window_years) up to applicationDate; required for routes employed and self_employed',
          example: 6,
        },
      ),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.route === 'employed' && e.labourContractTermMonths === undefined && !e.labourContractOpenEnded) {
      issue(ctx, ['labourContractTermMonths'], 'required', {
        zh: '以就业申领时必填（无固定期限劳动合同除外）',
        en: 'is required for route employed (unless labourContractOpenEnded is true)',
      });
    }
    if (e.route === 'self_employed' && e.hasBusinessLicence === undefined) {
      issue(ctx, ['hasBusinessLicence'], 'required', { zh: '以个体经营申领时必填', en: 'is required for route self_employed' });
    }
    if ((e.route === 'employed' || e.route === 'self_employed') && e.socialInsuranceMonthsInPastYear === undefined) {
      issue(ctx, ['socialInsuranceMonthsInPastYear'], 'required', {
        zh: e.route === 'employed' ? '以就业申领时必填' : '以个体经营申领时必填',
        en: `is required for route ${e.route}`,
      });
    }
  })
  .openapi(DOCUMENTED && { description: "The applicant's employment in the place of residence (三（一）2)" });

const input = z
  .object({
    applicationDate: isoDate(
      DOCUMENTED &&
        'Date of the application; the rules are read as in force on it. Before the pilot starts (2014-10-31) the answer is 422 not-in-force',
    ),
    hasLocalHukou: z.boolean().openapi(
      DOCUMENTED && {
        description: 'Has permanent household registration (常住户口) in the place of residence: then not a migrant (流动人口)',
      },
    ),
    residenceProof: z.enum(RESIDENCE_PROOFS).openapi(
      DOCUMENTED && {
        description:
          'Proof of legal, stable accommodation the applicant can produce (三（一）1): own_home （1） ownership and land-use certificates; rented_home （2） lease contract; ' +
          "employer_dormitory （3） employer's certificate; other （4） other materials (conditions set by each county: undetermined); none",
      },
    ),
    holdsTemporaryPermit: z
      .boolean()
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            'Holds a valid 《浙江省临时居住证》 for the place (not suspended, not cancelled); omitted = not assessed (it alone can meet 临时居住证持有人或…合法稳定住所)',
        },
      ),
    investorOrTalent: z
      .boolean()
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            'A migrant who invests, starts a business or is recruited as talent (属于投资创业或引进人才的流动人口: county-level rules, 不受上述规定限制); omitted = not assessed, so a residence permit the standard route does not give is undetermined, not refused',
        },
      ),
    employment,
  })
  .strict();

const partSchema =
  DOCUMENTED &&
  z.object({
    code: z.string(),
    status: statusSchema.openapi(
      DOCUMENTED && {
        description:
          'met, not_met, or not_assessed: rests on rules the gazette does not publish, or on an input not given (notAssessed[] names which, by this code)',
      },
    ),
    citation: z.string(),
    detail: z.string().optional(),
    input: z.union([z.number(), z.boolean(), z.string()]).optional(),
    threshold: z.number().optional(),
    bound: z.enum(['inclusive']).optional(),
    comparison: z.string().optional(),
  });
const conditionSchema = DOCUMENTED && partSchema.extend({ parts: z.array(partSchema).optional() }).openapi('ResidencePermitCondition');
type Part = z.infer<typeof partSchema>;
type Condition = z.infer<typeof conditionSchema>;

const output =
  DOCUMENTED &&
  z
    .object({
      applicationDate: z.string(),
      pilotPeriod: z.enum(PILOT_PERIODS),
      temporaryPermit: z.object({
        eligible: z
          .boolean()
          .nullable()
          .openapi(
            DOCUMENTED && {
              description:
                'true: eligible; false: a condition assessed and not met; null: undetermined, resting on unpublished county rules (see notAssessed)',
            },
          ),
        conditions: z.array(conditionSchema),
      }),
      residencePermit: z.object({
        eligible: z
          .boolean()
          .nullable()
          .openapi(
            DOCUMENTED && {
              description:
                'true; false: a condition assessed and not met, and the investor/talent route known not to apply (investorOrTalent false, or not a migrant); ' +
                'null: undetermined, resting on rules the gazette does not publish or on an input not given (notAssessed names them; so does the note inputs-not-given for inputs)',
            },
          ),
        route: z.enum(['standard', 'investor-talent']),
        conditions: z.array(conditionSchema),
      }),
      recommendedPermit: z
        .enum(RECOMMENDATIONS)
        .nullable()
        .openapi(
          DOCUMENTED && {
            description:
              'residence_permit, temporary_permit, none (neither), or null: undetermined — neither permit is known to be available and one of them is undetermined',
          },
        ),
      notes: z.array(noteSchema),
      notAssessed: z.array(notAssessedSchema).openapi(
        DOCUMENTED && {
          description:
            'Every condition whose status is not_assessed, by its code, with the reason: an input not given (the fields to give) or a county rule the gazette does not publish; empty when every condition was assessed',
        },
      ),
      unpublished: z.array(missingSchema).openapi(
        DOCUMENTED && {
          description:
            'The unpublished values behind the not-published entries of notAssessed, each with its note and citation (the same Missing entries a 422 lists)',
        },
      ),
    })
    .openapi('ResidencePermitEligibility');

// ---------------------------------------------------------------------------------------------
// Rules.

type Request = z.output<typeof input>;
type Employment = Request['employment'];
type PermitRow = Match<typeof RP, 'permit_types'>;

/**
 * What the rules of one request gather besides their verdicts: the notes of the answer, the unpublished rules a
 * condition rests on, why each condition is not assessed, and the inputs not given that the answer rests on.
 */
interface Findings {
  notes: Note[];
  missing: MissingCollector;
  /** Why each not-assessed condition is not assessed, by condition code (notAssessed[] lists them in condition order). */
  causes: Map<string, NotAssessed[]>;
  /** Inputs the answer rests on that were not given (omitted = not assessed): named in the note inputs-not-given. */
  notGivenInputs: string[];
  /** The citation of the first proof decided on the city text: counties may refine it (the note county-refinement). */
  cityTextUsed: string | null;
}

const because = (f: Findings, code: string, x: NotAssessed) => f.causes.set(code, [...(f.causes.get(code) ?? []), { ...x, item: code }]);

/** A condition resting on rules the gazette does not publish: its Missing goes to `unpublished`, its reason to notAssessed. */
function unpublishedRule(p: RPParams, f: Findings, code: string, key: keyof typeof UNPUBLISHED_ZH): void {
  const r = p.optional(key);
  // the workbook publishes none of these texts; one that gets a value needs a reading here, not a silent null
  if (r.published) throw new Error(`${key} is published on ${p.date}: residence-permit-eligibility does not read it yet`);
  f.missing.add(r.missing);
  const x = notPublished(code, r.missing);
  because(f, code, { ...x, text: { zh: UNPUBLISHED_ZH[key], en: x.text.en } });
}

/** 流动人口 (a condition of both permits): a migrant has no local hukou. */
const migrantCondition = (migrant: boolean, text: Read): Condition => ({
  code: 'migrant',
  status: statusOf(migrant),
  citation: text.use.citation,
  detail: migrant ? 'no local hukou' : 'has local hukou: not a migrant',
});

/**
 * 三（一）1、2: both permits are for migrants (流动人口), people without permanent household registration in the place;
 * 三（二）2（4）: a local hukou is also a ground for cancelling a permit (a note of the answer).
 */
function migrantStatus(p: RPParams, trace: Trace, req: Request) {
  const migrant = !req.hasLocalHukou;
  return trace.step({ zh: '是否属于流动人口', en: 'migrant' }, (s) => {
    const tempRow = p.find('permit_types', { permit: 'temporary_permit' });
    const resRow = p.find('permit_types', { permit: 'residence_permit' });
    const tempText = tempRow.get('conditions_zh');
    const resText = resRow.get('conditions_zh');
    const hukouGround = req.hasLocalHukou ? p.find('cancellation_grounds', { ground: 'local_hukou' }).get('item_zh') : null;
    s.inputs({ hasLocalHukou: req.hasLocalHukou });
    s.formula({
      zh:
        `${req.hasLocalHukou ? '有' : '没有'}居住地常住户口 → ${migrant ? '是' : '不是'}流动人口（两种居住证都只发给流动人口：${joinRules(tempText.use.citation, resText.use.citation)}）` +
        (hukouGround ? `；“${String(hukouGround.value)}”也是注销居住证的情形（${hukouGround.use.citation}）` : ''),
      en: `${req.hasLocalHukou ? 'has' : 'has no'} local household registration → ${migrant ? 'a migrant' : 'not a migrant'} (both permits are for migrants; ${resText.use.citation} likewise)`,
    });
    return s.result(migrant, { migrant, tempText, resText, resRow, hukouGround });
  });
}

/**
 * 三（一）1（1）–（4）: legal, stable accommodation, proved by ownership and land-use certificates, a lease contract or the
 * employer's certificate; 「其他材料」 （4） rests on county rules the gazette does not publish (undetermined).
 */
function stableResidence(p: RPParams, trace: Trace, req: Request, f: Findings, tempText: Read) {
  const accommodation = trace.step({ zh: '合法稳定住所', en: 'legal, stable accommodation' }, (s) => {
    s.uses(tempText).inputs({ residenceProof: req.residenceProof });
    let stable: Tri = false;
    let citation = tempText.use.citation;
    let detail = 'no proof of legal, stable accommodation';
    let zh = '没有合法稳定住所的证明材料 → 不满足';
    if (req.residenceProof !== 'none') {
      const row = p.find('residence_proofs', { proof: req.residenceProof });
      const docs = row.get('documents_zh');
      const countyDefined = row.get('county_defined');
      citation = docs.use.citation;
      if (countyDefined.value === true) {
        stable = null;
        unpublishedRule(p, f, 'stable_residence', 'county_rules.residence_proof');
        detail = `${String(docs.value)}: conditions set by each county (not published)`;
        zh = `${String(docs.value)}：能否证明合法稳定住所，由各县（市、区）制定具体条件，原文未公布 → 待定`;
        f.notes.push({
          code: 'county-rules-residence-proof',
          rule: docs.use.citation,
          message:
            '〔此条款由各县(市、区)结合各自实际制订具体条件和操作办法〕: whether other materials prove legal, stable accommodation depends on county rules the gazette does not publish.',
        });
      } else {
        stable = true;
        detail = String(docs.value);
        zh = `${String(docs.value)} → 满足`;
        f.cityTextUsed ??= docs.use.citation;
      }
    }
    s.rule(citation);
    s.formula({ zh, en: `proof of accommodation: ${PROOF_EN[req.residenceProof]} → ${show(stable)} (${detail})` });
    return s.result(stable, { stable, citation, detail });
  });
  const { stable, citation, detail } = accommodation;
  return { stable, condition: { code: 'stable_residence', status: statusOf(stable), citation, detail } satisfies Condition };
}

/**
 * 三（一）1: 《浙江省临时居住证》 = migrant AND legal, stable accommodation. 三（二）2（2）: a temporary permit held by someone no
 * longer eligible stays valid until cancelled (a note of the answer).
 */
function temporaryPermit(p: RPParams, trace: Trace, req: Request, migrant: boolean, stable: Tri, tempText: Read) {
  return trace.step({ zh: '临时居住证', en: 'temporary permit' }, (s) => {
    s.uses(tempText);
    const tempEligible = allOf([migrant, stable]);
    const permitGround =
      req.holdsTemporaryPermit && tempEligible === false
        ? p.find('cancellation_grounds', { ground: 'no_longer_eligible' }).get('item_zh')
        : null;
    s.formula({
      zh:
        `流动人口：${showZh(migrant)}；合法稳定住所：${showZh(stable)}（两项都须满足）→ 《浙江省临时居住证》：${canZh(tempEligible)}` +
        (permitGround ? `；已持有的临时居住证在注销前仍然有效，“${String(permitGround.value)}”是注销情形` : ''),
      en: `migrant ${show(migrant)} AND stable accommodation ${show(stable)} → ${show(tempEligible)}`,
    });
    return s.result(tempEligible, { tempEligible, permitGround });
  });
}

/**
 * 三（一）2: 「《浙江省临时居住证》持有人或者在居住地有合法稳定住所的」 — either suffices; holdsTemporaryPermit not given leaves
 * it undetermined unless the accommodation is stable.
 */
function holderOrStableResidence(trace: Trace, req: Request, f: Findings, stable: Tri, resText: Read) {
  const holds: Tri = req.holdsTemporaryPermit ?? null;
  const holderOrStable = trace.step(
    { zh: '持有临时居住证或有合法稳定住所', en: 'temporary-permit holder or stable accommodation' },
    (s) => {
      s.uses(resText).inputs({ holdsTemporaryPermit: req.holdsTemporaryPermit ?? null });
      const x = anyOf([holds, stable]);
      s.formula({
        zh: `持有临时居住证：${req.holdsTemporaryPermit === undefined ? '未说明' : req.holdsTemporaryPermit ? '是' : '否'}；合法稳定住所：${showZh(stable)}（有一项即可）→ ${showZh(x)}`,
        en: `temporary permit held: ${yesNo(req.holdsTemporaryPermit)} OR stable accommodation ${show(stable)} → ${show(x)}`,
      });
      return s.result(x, x);
    },
  );
  if (holderOrStable === null) {
    if (req.holdsTemporaryPermit === undefined)
      because(
        f,
        'temp_permit_or_stable_residence',
        notGiven('', ['holdsTemporaryPermit'], {
          zh: '未说明是否持有有效的《浙江省临时居住证》',
          en: 'not said whether the applicant holds a valid temporary residence permit',
        }),
      );
    if (stable === null) for (const x of f.causes.get('stable_residence') ?? []) because(f, 'temp_permit_or_stable_residence', x);
  }
  const condition: Condition = {
    code: 'temp_permit_or_stable_residence',
    status: statusOf(holderOrStable),
    citation: resText.use.citation,
    detail: `holds a temporary permit: ${yesNo(req.holdsTemporaryPermit)}; stable accommodation: ${show(stable)}`,
  };
  return { holderOrStable, condition };
}

/**
 * 三（一）2: 「在居住地合法稳定就业6个月以上」 (residence_permit.employment_months_min), the bound included (≥);
 * monthsEmployedLocally not given → not assessed (null), never 0.
 */
function employmentDuration(p: RPParams, trace: Trace, emp: Employment, f: Findings) {
  const employedMonths = emp.monthsEmployedLocally;
  const { duration, minMonths } = trace.step({ zh: '就业时间', en: 'employment duration' }, (s) => {
    const minMonths = p.number('residence_permit.employment_months_min');
    const duration: Tri = employedMonths === undefined ? null : employedMonths >= minMonths.n;
    s.inputs({ monthsEmployedLocally: employedMonths ?? null });
    s.formula(
      employedMonths === undefined
        ? {
            zh: `未提供在居住地合法稳定就业的月数（须 ${minMonths.n} 个月以上）→ 待定`,
            en: `the months of local employment not given (at least ${minMonths.n} months needed) → ${show(duration)}`,
          }
        : {
            zh: `在居住地合法稳定就业 ${employedMonths} 个月，${duration ? '达到' : '不足'} ${minMonths.n} 个月（“${minMonths.n}个月以上”含本数）→ ${showZh(duration)}`,
            en: `${employedMonths} months ${duration ? '≥' : '<'} ${minMonths.n} (“${minMonths.n} months or more” includes ${minMonths.n}) → ${show(duration)}`,
          },
    );
    return s.result(duration, { duration, minMonths });
  });
  if (duration === null)
    because(
      f,
      'employment_duration',
      notGiven('', ['employment.monthsEmployedLocally'], {
        zh: '未提供在居住地合法稳定就业的月数',
        en: 'the months of lawful, stable local employment not given: the employment duration is not assessed',
      }),
    );
  const condition: Condition = {
    code: 'employment_duration',
    status: statusOf(duration),
    citation: minMonths.use.citation,
    threshold: minMonths.n,
    bound: 'inclusive',
    ...(employedMonths === undefined
      ? { detail: 'the months of local employment not given: not assessed' }
      : { input: employedMonths, comparison: `${employedMonths} ${duration ? '≥' : '<'} ${minMonths.n}` }),
  };
  return { duration, minMonths, condition };
}

/**
 * 三（一）2（1）（2）: the social insurance is counted 「一年内」 (residence_permit.proof.social_insurance_window_years), and the
 * request field counts the months of one year. Should the workbook's window ever be another length, comparing that
 * field with it would answer a question nobody asked: refused instead, naming both.
 */
function oneYearWindow(p: RPParams, siWindow: NumberRead): void {
  if (siWindow.n === 1) return;
  throw refused(
    {
      zh: `${p.date} 数据表中社会保险的计算期间（residence_permit.proof.social_insurance_window_years）为 ${siWindow.n} 年，而请求中的 socialInsuranceMonthsInPastYear 只计一年内的月数；本计算不能按其他期间判断社会保险条件。`,
      en: `residence_permit.proof.social_insurance_window_years is ${siWindow.n} on ${p.date}, but socialInsuranceMonthsInPastYear counts the months of one year; the calculation cannot decide the social-insurance condition over another window.`,
    },
    {
      parameter: {
        table: p.table.id,
        key: 'residence_permit.proof.social_insurance_window_years',
        note: null,
        citation: siWindow.use.citation,
      },
    },
  );
}

/**
 * 三（一）2（1）（2）: the parts of a proof of employment on the city text, all required — （1） a labour contract of 6 months
 * or more (residence_permit.proof.labour_contract_term_months_min; without fixed term read as meeting it) or （2） a
 * business licence, and in both 「一年内累计…满6个月」 of local social insurance (≥). Reads in the open step.
 */
function proofParts(p: RPParams, emp: Employment, docs: Read): { parts: Part[]; zhParts: string[] } {
  const parts: Part[] = [];
  const zhParts: string[] = [];
  const siMin = p.number('residence_permit.proof.social_insurance_months_min');
  const siWindow = p.number('residence_permit.proof.social_insurance_window_years');
  oneYearWindow(p, siWindow);
  if (emp.route === 'employed') {
    const termMin = p.number('residence_permit.proof.labour_contract_term_months_min');
    const term = emp.labourContractTermMonths;
    const termMet = emp.labourContractOpenEnded || (term !== undefined && term >= termMin.n);
    parts.push({
      code: 'labour_contract_term',
      status: statusOf(termMet),
      citation: termMin.use.citation,
      ...(emp.labourContractOpenEnded
        ? { input: 'open-ended', detail: `no fixed term (无固定期限): read as meeting 期限为${termMin.n}个月以上` }
        : {
            input: term!,
            threshold: termMin.n,
            bound: 'inclusive' as const,
            comparison: `${term} ${termMet ? '≥' : '<'} ${termMin.n}`,
          }),
    });
    zhParts.push(
      emp.labourContractOpenEnded
        ? `无固定期限劳动合同，视为达到“期限为${termMin.n}个月以上”`
        : `劳动合同期限 ${term} 个月，${termMet ? '达到' : '不足'} ${termMin.n} 个月`,
    );
  } else {
    const licence = emp.hasBusinessLicence === true;
    parts.push({
      code: 'business_licence',
      status: statusOf(licence),
      citation: docs.use.citation,
      input: licence,
      detail: '企业或个体工商户营业执照',
    });
    zhParts.push(`${licence ? '有' : '没有'}企业或个体工商户营业执照`);
  }
  const si = emp.socialInsuranceMonthsInPastYear!;
  parts.push({
    code: 'social_insurance_months',
    status: statusOf(si >= siMin.n),
    citation: siMin.use.citation,
    input: si,
    threshold: siMin.n,
    bound: 'inclusive',
    comparison: `${si} ${si >= siMin.n ? '≥' : '<'} ${siMin.n} within ${siWindow.n} year(s) (累计, the ${siWindow.n * MONTHS_PER_YEAR} months up to the application date)`,
  });
  zhParts.push(
    `${siWindow.n} 年内（申请日前 ${siWindow.n * MONTHS_PER_YEAR} 个月）累计参加居住地社会保险 ${si} 个月，${si >= siMin.n ? '达到' : '不足'} ${siMin.n} 个月`,
  );
  return { parts, zhParts };
}

/**
 * 三（一）2（1）–（3）: proof of legal, stable employment by route; （3） 「其他材料」 rests on county rules the gazette does not
 * publish (undetermined).
 */
function employmentProof(p: RPParams, trace: Trace, emp: Employment, f: Findings, resText: Read) {
  const { proof, citation, detail, parts } = trace.step({ zh: '就业证明', en: 'employment proof' }, (s) => {
    s.uses(resText).inputs({
      route: emp.route,
      labourContractTermMonths: emp.labourContractTermMonths ?? null,
      labourContractOpenEnded: emp.labourContractOpenEnded,
      hasBusinessLicence: emp.hasBusinessLicence ?? null,
      socialInsuranceMonthsInPastYear: emp.socialInsuranceMonthsInPastYear ?? null,
    });
    let proof: Tri = false;
    let citation = resText.use.citation;
    let detail = 'no proof of legal, stable employment';
    let zh = '没有合法稳定就业的证明材料 → 不满足';
    let parts: Part[] = [];
    if (emp.route !== 'none') {
      const row = p.find('employment_proofs', { route: emp.route });
      const docs = row.get('documents_zh');
      const countyDefined = row.get('county_defined');
      citation = docs.use.citation;
      if (countyDefined.value === true) {
        proof = null;
        unpublishedRule(p, f, 'employment_proof', 'county_rules.employment_proof');
        detail = `${String(docs.value)}: conditions set by each county (not published)`;
        zh = `${String(docs.value)}：能否证明合法稳定就业，由各县（市、区）制定具体条件，原文未公布 → 待定`;
        f.notes.push({
          code: 'county-rules-employment-proof',
          rule: docs.use.citation,
          message:
            '〔此条款由各县(市、区)结合各自实际制订具体条件和操作办法〕: whether these materials prove legal, stable employment depends on county rules the gazette does not publish.',
        });
      } else {
        f.cityTextUsed ??= docs.use.citation;
        detail = String(docs.value);
        const found = proofParts(p, emp, docs);
        parts = found.parts;
        proof = allOf(parts.map((x) => truthOf(x.status, true)));
        zh = `${found.zhParts.join('；')}（须同时满足）→ ${showZh(proof)}`;
      }
    }
    s.rule(citation);
    s.formula({
      zh,
      en:
        `proof of employment (${ROUTE_EN[emp.route]}): ` +
        (parts.length
          ? `${parts.map((x) => `${PART_EN[x.code] ?? 'condition'} ${x.comparison ?? yesNo(typeof x.input === 'boolean' ? x.input : undefined)} → ${show(truthOf(x.status, true))}`).join(' AND ')} → ${show(proof)}`
          : `${detail} → ${show(proof)}`),
    });
    return s.result(proof, { proof, citation, detail, parts });
  });
  const condition: Condition = {
    code: 'employment_proof',
    status: statusOf(proof),
    citation,
    detail,
    ...(parts.length ? { parts } : {}),
  };
  return { proof, condition };
}

/**
 * 三（一）2: the standard route to 《浙江省居住证》 = migrant AND (temporary-permit holder OR stable accommodation) AND
 * the employment duration AND its proof. An omitted input is named only while no part of the route is false.
 */
function standardRoute(
  trace: Trace,
  req: Request,
  f: Findings,
  resText: Read,
  minMonths: NumberRead,
  { migrant, holderOrStable, duration, proof }: { migrant: boolean; holderOrStable: Tri; duration: Tri; proof: Tri },
): Tri {
  const standard = trace.step({ zh: '居住证：一般条件', en: 'residence permit, standard route' }, (s) => {
    s.uses(resText, minMonths);
    const x = allOf([migrant, holderOrStable, duration, proof]);
    s.formula({
      zh: `流动人口：${showZh(migrant)}；持有临时居住证或有合法稳定住所：${showZh(holderOrStable)}；就业时间：${showZh(duration)}；就业证明：${showZh(proof)}（四项都须满足）→ 一般条件：${showZh(x)}`,
      en: `migrant ${show(migrant)} AND holder-or-stable ${show(holderOrStable)} AND duration ${show(duration)} AND proof ${show(proof)} → ${show(x)}`,
    });
    return s.result(x, x);
  });
  if (standard === null) {
    if (req.holdsTemporaryPermit === undefined && holderOrStable === null) f.notGivenInputs.push('holdsTemporaryPermit');
    if (req.employment.monthsEmployedLocally === undefined) f.notGivenInputs.push('employment.monthsEmployedLocally');
  }
  return standard;
}

/**
 * 三（一）2: 「属于投资创业或引进人才的流动人口，申领居住证根据居住地县级以上人民政府相关规定执行，不受上述规定限制」 — the
 * county-level rules are not published, so for a migrant investor or talent the standard route fails to refuse
 * (undetermined); investorOrTalent not given leaves that exception not assessed. The conditions it adds join
 * `resConditions`; the inputs not given are named in a note when the permit is left undetermined.
 */
function investorTalentRoute(
  p: RPParams,
  trace: Trace,
  req: Request,
  f: Findings,
  resText: Read,
  migrant: boolean,
  standard: Tri,
  resConditions: Condition[],
) {
  const { resEligible, route } = trace.step({ zh: '投资创业或引进人才', en: 'investors, entrepreneurs and talent' }, (s) => {
    s.uses(resText).inputs({ investorOrTalent: req.investorOrTalent ?? null });
    let resEligible: Tri = standard;
    let route: 'standard' | 'investor-talent' = 'standard';
    let zh: string;
    if (req.investorOrTalent) {
      if (standard === true) {
        zh = '属于投资创业或引进人才，一般条件已满足 → 可以申领（按一般条件）';
        f.notes.push({
          code: 'investor-talent-rules-may-also-apply',
          rule: resText.use.citation,
          message:
            'The standard conditions are met; as an investor or talent the applicant may also rely on county-level rules (not published).',
        });
      } else if (!migrant) {
        resEligible = false;
        zh = '属于投资创业或引进人才，但不是流动人口（这一例外只适用于流动人口）→ 不可以申领';
        f.notes.push({
          code: 'investor-talent-not-migrant',
          rule: resText.use.citation,
          message:
            '属于投资创业或引进人才的流动人口: the exception is for migrants only; a person with local hukou needs no residence permit.',
        });
      } else {
        resEligible = null;
        route = 'investor-talent';
        unpublishedRule(p, f, 'investor_talent_local_rules', 'residence_permit.investor_talent_rules');
        zh = `属于投资创业或引进人才，一般条件：${showZh(standard)} → 待定：按居住地县级以上人民政府的相关规定执行、不受一般条件限制，而这些规定原文未公布`;
        resConditions.push({
          code: 'investor_talent_local_rules',
          status: 'not_assessed',
          citation: resText.use.citation,
          detail: '根据居住地县级以上人民政府相关规定执行，不受上述规定限制 (not published)',
        });
        f.notes.push({
          code: 'investor-talent-rules',
          rule: resText.use.citation,
          message:
            'The standard conditions are not all met, but an investor or talent applies under the rules of the county-level (or higher) government, not limited by them; those rules are not published.',
        });
      }
    } else if (req.investorOrTalent === undefined && standard !== true && migrant) {
      // 「属于投资创业或引进人才的流动人口…不受上述规定限制」: not asked, so the exception is not assessed, and a
      // standard route that fails does not refuse the permit.
      resEligible = null;
      f.notGivenInputs.push('investorOrTalent');
      zh = `未说明是否属于投资创业或引进人才；一般条件：${showZh(standard)} → 待定：投资创业或引进人才的流动人口“不受上述规定限制”，这一例外没有判断`;
      resConditions.push({
        code: 'investor_or_talent',
        status: 'not_assessed',
        citation: resText.use.citation,
        detail:
          'not said whether the applicant is an investor, entrepreneur or recruited talent, who is not limited by the standard conditions (属于投资创业或引进人才的流动人口…不受上述规定限制): not assessed',
      });
      because(
        f,
        'investor_or_talent',
        notGiven('', ['investorOrTalent'], {
          zh: '未说明是否属于投资创业或引进人才的流动人口（这类申请人不受一般条件限制）',
          en: 'not said whether the applicant is an investor, entrepreneur or recruited talent (to whom the general conditions do not apply)',
        }),
      );
    } else if (req.investorOrTalent === undefined) {
      zh =
        standard === true
          ? '未说明是否属于投资创业或引进人才；一般条件已满足 → 可以申领（按一般条件）'
          : '未说明是否属于投资创业或引进人才；不是流动人口，这一例外不适用 → 一般条件不满足';
    } else {
      zh = `不属于投资创业或引进人才 → 按一般条件：${showZh(standard)}`;
    }
    s.formula({
      zh,
      en:
        req.investorOrTalent === undefined
          ? standard === true
            ? 'not said whether an investor, entrepreneur or talent; standard route met → eligible (standard route)'
            : !migrant
              ? 'not said whether an investor, entrepreneur or talent; not a migrant, so the exception cannot apply → standard route not met'
              : `not said whether an investor, entrepreneur or talent; standard route ${show(standard)} → undetermined: the investor/talent exception (不受上述规定限制) is not assessed`
          : !req.investorOrTalent
            ? `not an investor, entrepreneur or talent → residence permit = standard route ${show(standard)}`
            : standard === true
              ? 'an investor, entrepreneur or talent, standard route met → eligible (standard route)'
              : !migrant
                ? 'an investor, entrepreneur or talent but not a migrant → not eligible'
                : `an investor, entrepreneur or talent, standard route ${show(standard)} → undetermined: county-level rules (not published)`,
    });
    return s.result({ eligible: resEligible, route }, { resEligible, route });
  });
  // Not-given inputs are named when the residence permit is left undetermined (a false part decides anyway).
  if (resEligible === null && f.notGivenInputs.length) {
    f.notes.push({
      code: 'inputs-not-given',
      rule: resText.use.citation,
      message: `Not assessed (not given): ${f.notGivenInputs.map((x) => INPUT_EN[x] ?? x).join('; ')}. 《浙江省居住证》 is undetermined, not refused: each of them could change the answer; give them to decide.`,
    });
  }
  return { resEligible, route };
}

/**
 * 三（三）1: 《浙江省居住证》 gives wider basic public services than the temporary permit, so it is recommended when
 * available; else the temporary permit (noting that the residence permit may be available when undetermined).
 */
function recommendedPermit(
  trace: Trace,
  f: Findings,
  resRow: PermitRow,
  { resText, tempText }: { resText: Read; tempText: Read },
  resEligible: Tri,
  tempEligible: Tri,
): Recommendation | null {
  return trace.step({ zh: '建议申领的证件', en: 'recommended permit' }, (s) => {
    s.uses(resText, tempText);
    const pointsManaged = resRow.get('points_managed');
    let recommended: Recommendation | null;
    if (resEligible === true) recommended = 'residence_permit';
    else if (tempEligible === true) {
      recommended = 'temporary_permit';
      if (resEligible === null) {
        f.notes.push({
          code: 'may-also-qualify',
          rule: resText.use.citation,
          message:
            'The applicant may also qualify for 《浙江省居住证》: that answer rests on county or local rules the gazette does not publish, or on inputs not given (see the note inputs-not-given).',
        });
      }
    } else if (resEligible === false && tempEligible === false) recommended = 'none';
    else recommended = null;
    s.formula({
      zh:
        `《浙江省居住证》：${canZh(resEligible)}；《浙江省临时居住证》：${canZh(tempEligible)} → ` +
        (recommended === 'residence_permit'
          ? `建议申领《浙江省居住证》（可享受三（三）1 规定的更多基本公共服务；${pointsManaged.value === true ? '实行积分管理' : '不实行积分管理'}）`
          : recommended === 'temporary_permit'
            ? '建议申领《浙江省临时居住证》'
            : recommended === 'none'
              ? '两种证件都不能申领'
              : '待定'),
      en:
        `residence permit ${show(resEligible)}, temporary permit ${show(tempEligible)} → ${recommended ? RECOMMENDATION_EN[recommended] : 'undetermined'}` +
        (recommended === 'residence_permit'
          ? ` (wider basic public services of 三（三）1; ${pointsManaged.value === true ? 'with' : 'without'} points management)`
          : ''),
    });
    return s.result(recommended, recommended);
  });
}

/**
 * 三（二）2（4）、（2）: a local hukou, and no longer meeting the conditions, are grounds for cancelling a permit
 * (经有关部门认定后): notes of the answer, which cancels nothing.
 */
function cancellationNotes(f: Findings, hukouGround: Read | null, permitGround: Read | null): void {
  if (hukouGround) {
    f.notes.push({
      code: 'local-hukou-cancellation',
      rule: hukouGround.use.citation,
      message: `「${String(hukouGround.value)}」 is a ground for cancelling a permit (经有关部门认定后).`,
    });
  }
  if (permitGround) {
    f.notes.push({
      code: 'existing-temporary-permit',
      rule: permitGround.use.citation,
      message: `The temporary permit held stays valid until cancelled; 「${String(permitGround.value)}」 is a cancellation ground after the relevant department's confirmation. This answer does not cancel it.`,
    });
  }
}

/** 三（一）〔此条款由各县(市、区)结合各自实际制订具体条件和操作办法〕: a proof decided on the city text may be refined by the county. */
function countyRefinementNote(f: Findings): void {
  if (!f.cityTextUsed) return;
  f.notes.push({
    code: 'county-refinement',
    rule: f.cityTextUsed,
    message:
      'Decided on the city text; each county (市、区) sets concrete conditions and procedures (〔此条款由各县(市、区)结合各自实际制订具体条件和操作办法〕) and may refine them.',
  });
}

/** What was not assessed, in the order of the conditions; every not-assessed condition has its reason. */
function notAssessedOf(conditions: Condition[], f: Findings): NotAssessed[] {
  const notAssessed: NotAssessed[] = [];
  const seen = new Set<string>();
  for (const c of conditions) {
    if (c.status !== 'not_assessed') continue;
    const why = f.causes.get(c.code);
    if (!why?.length) throw new Error(`residence-permit-eligibility: condition ${c.code} is not assessed without a reason`);
    for (const x of why) {
      const id = JSON.stringify([x.item, x.reason, x.fields]);
      if (!seen.has(id)) notAssessed.push(x);
      seen.add(id);
    }
  }
  return notAssessed;
}

export const residencePermitEligibility = defineCalculator({
  id: 'residence-permit-eligibility',
  table: tableRef<typeof RP>('residence-permits'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.applicationDate);
    const f: Findings = { notes: [], missing: new MissingCollector(), causes: new Map(), notGivenInputs: [], cityTextUsed: null };

    const pilot = pilotPeriodOn(p, trace, req.applicationDate);
    if (pilot.note) f.notes.push(pilot.note);
    const { migrant, tempText, resText, resRow, hukouGround } = migrantStatus(p, trace, req);

    // 《浙江省临时居住证》
    const accommodation = stableResidence(p, trace, req, f, tempText);
    const stable = accommodation.stable;
    const { tempEligible, permitGround } = temporaryPermit(p, trace, req, migrant, stable, tempText);
    const tempConditions = [migrantCondition(migrant, tempText), accommodation.condition];

    // 《浙江省居住证》
    const { holderOrStable, condition: holderCondition } = holderOrStableResidence(trace, req, f, stable, resText);
    const { duration, minMonths, condition: durationCondition } = employmentDuration(p, trace, req.employment, f);
    const { proof, condition: proofCondition } = employmentProof(p, trace, req.employment, f, resText);
    const standard = standardRoute(trace, req, f, resText, minMonths, { migrant, holderOrStable, duration, proof });
    const resConditions = [migrantCondition(migrant, resText), holderCondition, durationCondition, proofCondition];
    const { resEligible, route } = investorTalentRoute(p, trace, req, f, resText, migrant, standard, resConditions);

    const recommended = recommendedPermit(trace, f, resRow, { resText, tempText }, resEligible, tempEligible);
    cancellationNotes(f, hukouGround, permitGround);
    countyRefinementNote(f);

    return {
      applicationDate: req.applicationDate,
      pilotPeriod: pilot.period,
      temporaryPermit: { eligible: tempEligible, conditions: tempConditions },
      residencePermit: { eligible: resEligible, route, conditions: resConditions },
      recommendedPermit: recommended,
      notes: f.notes,
      notAssessed: notAssessedOf([...tempConditions, ...resConditions], f),
      unpublished: f.missing.items,
    };
  },
});
