import { z } from '@hono/zod-openapi';
import { problem, ProblemError } from '../http/problem';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { isoDate, MAX_MONTHS } from '../engine/inputs';
import type { ParamUse } from '../engine/params';
import { MissingCollector, missingSchema } from '../engine/missing';
import type { residencePermits as RP } from '../tables/residence-permits';
import { EMPLOYMENT_ROUTES, PROOF_CODES } from '../tables/residence-permits.codes';
import { noteSchema, pilotPeriodOn, PILOT_PERIODS, type Note } from './residence-permit-common';

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
 * Readings (also in the workbook notes and /work/content/residence-permits.calculators.md):
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
const RECOMMENDATIONS = ['residence_permit', 'temporary_permit', 'none', 'undetermined'] as const;

/** Months in a calendar year: the social-insurance window is one year (residence_permit.proof.social_insurance_window_years; another value is refused). */
const MONTHS_PER_YEAR = 12;

type Tri = boolean | null;
const and3 = (...xs: Tri[]): Tri => (xs.includes(false) ? false : xs.includes(null) ? null : true);
const or3 = (...xs: Tri[]): Tri => (xs.includes(true) ? true : xs.includes(null) ? null : false);
const show = (x: Tri) => (x === null ? 'undetermined' : x ? 'met' : 'not met');

const months = (description: string) =>
  z
    .number({ error: 'must be a whole number of months' })
    .int({ error: 'must be a whole number of months' })
    .min(0, { error: 'must not be negative' })
    .max(MAX_MONTHS, { error: `must be at most ${MAX_MONTHS} months` })
    .openapi({ description, example: 7 });

const employment = z
  .object({
    route: z.enum(ROUTES).openapi({
      description:
        'employed: 三（一）2（1）, labour contract + social insurance; self_employed: （2）, business licence + social insurance; ' +
        'other: （3）, employment/unemployment registration certificate or other materials (conditions set by each county: undetermined); none: no proof of employment',
    }),
    monthsEmployedLocally: months(
      'Months of legal, stable employment in the place of residence (在居住地合法稳定就业), whole months; omitted = not assessed (the duration condition is then undetermined, never 0)',
    ).optional(),
    labourContractTermMonths: months(
      'Term of the labour contract in months (劳动合同期限); required for route employed unless labourContractOpenEnded',
    ).optional(),
    labourContractOpenEnded: z.boolean({ error: 'must be true or false' }).default(false).openapi({
      description:
        'The labour contract has no fixed term (无固定期限); read as meeting the minimum term 「期限为…以上」 (residence_permit.proof.labour_contract_term_months_min)',
    }),
    hasBusinessLicence: z
      .boolean({ error: 'must be true or false' })
      .optional()
      .openapi({ description: 'Holds an enterprise or sole-trader (个体工商户) business licence; required for route self_employed' }),
    socialInsuranceMonthsInPastYear: z
      .number({ error: 'must be a whole number of months' })
      .int({ error: 'must be a whole number of months' })
      .min(0, { error: 'must not be negative' })
      // the field counts months of one year (一年内, the gazette's window); a window of another length would need another field
      .max(MONTHS_PER_YEAR, { error: `must be at most ${MONTHS_PER_YEAR}: the field counts the months of the past year (一年内)` })
      .optional()
      .openapi({
        description:
          'Cumulative months of lawful local social insurance (依法参加居住地社会保险) in the window (parameter residence_permit.proof.social_insurance_window_years) up to applicationDate; required for routes employed and self_employed',
        example: 6,
      }),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.route === 'employed' && e.labourContractTermMonths === undefined && !e.labourContractOpenEnded) {
      ctx.addIssue({
        code: 'custom',
        path: ['labourContractTermMonths'],
        message: 'is required for route employed (unless labourContractOpenEnded is true)',
      });
    }
    if (e.route === 'self_employed' && e.hasBusinessLicence === undefined) {
      ctx.addIssue({ code: 'custom', path: ['hasBusinessLicence'], message: 'is required for route self_employed' });
    }
    if ((e.route === 'employed' || e.route === 'self_employed') && e.socialInsuranceMonthsInPastYear === undefined) {
      ctx.addIssue({ code: 'custom', path: ['socialInsuranceMonthsInPastYear'], message: `is required for route ${e.route}` });
    }
  })
  .openapi({ description: "The applicant's employment in the place of residence (三（一）2)" });

const input = z
  .object({
    applicationDate: isoDate(
      'Date of the application; the rules are read as in force on it. Before the pilot starts (2014-10-31) the answer is 422 not-in-force',
    ),
    hasLocalHukou: z
      .boolean({ error: 'must be true or false' })
      .openapi({ description: 'Has permanent household registration (常住户口) in the place of residence: then not a migrant (流动人口)' }),
    residenceProof: z.enum(RESIDENCE_PROOFS).openapi({
      description:
        'Proof of legal, stable accommodation the applicant can produce (三（一）1): own_home （1） ownership and land-use certificates; rented_home （2） lease contract; ' +
        "employer_dormitory （3） employer's certificate; other （4） other materials (conditions set by each county: undetermined); none",
    }),
    holdsTemporaryPermit: z.boolean({ error: 'must be true or false' }).optional().openapi({
      description:
        'Holds a valid 《浙江省临时居住证》 for the place (not suspended, not cancelled); omitted = not assessed (it alone can meet 临时居住证持有人或…合法稳定住所)',
    }),
    investorOrTalent: z.boolean({ error: 'must be true or false' }).optional().openapi({
      description:
        'A migrant who invests, starts a business or is recruited as talent (属于投资创业或引进人才的流动人口: county-level rules, 不受上述规定限制); omitted = not assessed, so a residence permit the standard route does not give is undetermined, not refused',
    }),
    employment,
  })
  .strict();

const partSchema = z.object({
  code: z.string(),
  met: z.boolean().nullable().openapi({
    description: 'true, false, or null = undetermined (rests on rules the gazette does not publish, or on an input not given)',
  }),
  citation: z.string(),
  detail: z.string().optional(),
  input: z.union([z.number(), z.boolean(), z.string()]).optional(),
  threshold: z.number().optional(),
  bound: z.enum(['inclusive']).optional(),
  comparison: z.string().optional(),
});
const conditionSchema = partSchema.extend({ parts: z.array(partSchema).optional() }).openapi('ResidencePermitCondition');
type Part = z.infer<typeof partSchema>;
type Condition = z.infer<typeof conditionSchema>;

const output = z
  .object({
    applicationDate: z.string(),
    pilotPeriod: z.enum(PILOT_PERIODS),
    temporaryPermit: z.object({
      eligible: z
        .boolean()
        .nullable()
        .openapi({ description: 'true; false: a condition assessed and not met; null: undetermined (unpublished county rules)' }),
      conditions: z.array(conditionSchema),
    }),
    residencePermit: z.object({
      eligible: z
        .boolean()
        .nullable()
        .openapi({
          description:
            'true; false: a condition assessed and not met, and the investor/talent route known not to apply (investorOrTalent false, or not a migrant); ' +
            'null: undetermined, resting on rules the gazette does not publish or on an input not given (the note inputs-not-given names them)',
        }),
      route: z.enum(['standard', 'investor-talent']),
      conditions: z.array(conditionSchema),
    }),
    recommendedPermit: z.enum(RECOMMENDATIONS),
    notes: z.array(noteSchema),
    unpublished: z
      .array(missingSchema)
      .openapi({ description: 'Values an undetermined (null) answer rests on that the source does not publish' }),
    trace: z.array(traceStepSchema),
  })
  .openapi('ResidencePermitEligibility');

export const residencePermitEligibility = defineCalculator({
  id: 'residence-permit-eligibility',
  table: tableRef<typeof RP>('residence-permits'),
  input,
  output,
  run(at, req) {
    const date = req.applicationDate;
    const p = at(date);
    const trace: TraceStep[] = [];
    const notes: Note[] = [];
    const missing = new MissingCollector();
    const unpublished = (key: Parameters<typeof p.get>[0]) => missing.get(() => p.get(key), { date });
    const emp = req.employment;
    // Inputs the answer rests on that were not given (omitted = not assessed): named in the note inputs-not-given.
    const notGiven: string[] = [];
    const given = (x: boolean | undefined) => (x === undefined ? 'not given' : String(x));

    // 1. Pilot period (二（二）).
    const pilot = pilotPeriodOn(p, date);
    trace.push(pilot.step);
    if (pilot.note) notes.push(pilot.note);

    const tempRow = p.find('permit_types', { permit: 'temporary_permit' });
    const resRow = p.find('permit_types', { permit: 'residence_permit' });
    const tempText = tempRow.get('conditions_zh');
    const resText = resRow.get('conditions_zh');

    // 2. Migrant (流动人口): both permits are for migrants.
    const migrant = !req.hasLocalHukou;
    trace.push({
      step: 'migrant (流动人口)',
      rule: tempText.use.citation,
      formula: `hasLocalHukou = ${req.hasLocalHukou} → migrant ${show(migrant)} (both permits are for 流动人口; ${resText.use.citation} likewise)`,
      inputs: { hasLocalHukou: req.hasLocalHukou },
      parameters: { temporary_permit: tempText.use, residence_permit: resText.use },
      result: migrant,
    });

    // 3. Legal, stable accommodation (三（一）1（1）–（4）).
    let stable: Tri = false;
    let stableCitation = tempText.use.citation;
    let stableDetail = 'no proof of legal, stable accommodation';
    const stableParams: Record<string, ParamUse> = { temporary_permit: tempText.use };
    let cityTextUsed: string | null = null;
    if (req.residenceProof !== 'none') {
      const row = p.find('residence_proofs', { proof: req.residenceProof });
      const docs = row.get('documents_zh');
      const countyDefined = row.get('county_defined');
      stableCitation = docs.use.citation;
      stableParams.documents = docs.use;
      stableParams.county_defined = countyDefined.use;
      if (countyDefined.value === true) {
        stable = null;
        unpublished('county_rules.residence_proof');
        stableDetail = `${String(docs.value)}: conditions set by each county (county_rules.residence_proof, not published)`;
        notes.push({
          code: 'county-rules-residence-proof',
          rule: docs.use.citation,
          message:
            '〔此条款由各县(市、区)结合各自实际制订具体条件和操作办法〕: whether other materials prove legal, stable accommodation depends on county rules the gazette does not publish (county_rules.residence_proof).',
        });
      } else {
        stable = true;
        stableDetail = String(docs.value);
        cityTextUsed ??= docs.use.citation;
      }
    }
    trace.push({
      step: 'legal, stable accommodation (合法稳定住所)',
      rule: stableCitation,
      formula: `residenceProof = ${req.residenceProof} → ${show(stable)} (${stableDetail})`,
      inputs: { residenceProof: req.residenceProof },
      parameters: stableParams,
      result: stable,
    });
    const migrantTemp: Condition = {
      code: 'migrant',
      met: migrant,
      citation: tempText.use.citation,
      detail: migrant ? 'no local hukou' : 'has local hukou: not a migrant',
    };
    const stableCond: Condition = { code: 'stable_residence', met: stable, citation: stableCitation, detail: stableDetail };

    // 4. Temporary permit = migrant AND stable accommodation.
    const tempEligible = and3(migrant, stable);
    trace.push({
      step: 'temporary permit (《浙江省临时居住证》)',
      rule: tempText.use.citation,
      formula: `migrant ${show(migrant)} AND stable accommodation ${show(stable)} → ${show(tempEligible)}`,
      inputs: {},
      parameters: { temporary_permit: tempText.use },
      result: tempEligible,
    });

    // 5. Temporary-permit holder OR stable accommodation (holdsTemporaryPermit not given: undetermined unless stable).
    const holds: Tri = req.holdsTemporaryPermit ?? null;
    const holderOrStable = or3(holds, stable);
    trace.push({
      step: 'temporary-permit holder or stable accommodation',
      rule: resText.use.citation,
      formula: `holdsTemporaryPermit ${given(req.holdsTemporaryPermit)} OR stable accommodation ${show(stable)} → ${show(holderOrStable)}`,
      inputs: { holdsTemporaryPermit: req.holdsTemporaryPermit ?? null },
      parameters: { residence_permit: resText.use },
      result: holderOrStable,
    });

    // 6. Employment duration: 在居住地合法稳定就业6个月以上 (≥); not given → not assessed (null), never 0.
    const minMonths = p.number('residence_permit.employment_months_min');
    const employedMonths = emp.monthsEmployedLocally;
    const duration: Tri = employedMonths === undefined ? null : employedMonths >= minMonths.n;
    trace.push({
      step: 'employment duration',
      rule: minMonths.use.citation,
      formula:
        employedMonths === undefined
          ? `monthsEmployedLocally not given → not assessed (${minMonths.n}个月以上) → ${show(duration)}`
          : `${employedMonths} months ${duration ? '≥' : '<'} ${minMonths.n} (${minMonths.n}个月以上: bound included) → ${show(duration)}`,
      inputs: { monthsEmployedLocally: employedMonths ?? null },
      parameters: { employment_months_min: minMonths.use },
      result: duration,
    });

    // 7. Employment proof (三（一）2（1）–（3）).
    let proof: Tri = false;
    let proofCitation = resText.use.citation;
    let proofDetail = 'no proof of legal, stable employment';
    const parts: Part[] = [];
    const proofParams: Record<string, ParamUse> = { residence_permit: resText.use };
    if (emp.route !== 'none') {
      const row = p.find('employment_proofs', { route: emp.route });
      const docs = row.get('documents_zh');
      const countyDefined = row.get('county_defined');
      proofCitation = docs.use.citation;
      proofParams.documents = docs.use;
      proofParams.county_defined = countyDefined.use;
      if (countyDefined.value === true) {
        proof = null;
        unpublished('county_rules.employment_proof');
        proofDetail = `${String(docs.value)}: conditions set by each county (county_rules.employment_proof, not published)`;
        notes.push({
          code: 'county-rules-employment-proof',
          rule: docs.use.citation,
          message:
            '〔此条款由各县(市、区)结合各自实际制订具体条件和操作办法〕: whether these materials prove legal, stable employment depends on county rules the gazette does not publish (county_rules.employment_proof).',
        });
      } else {
        cityTextUsed ??= docs.use.citation;
        proofDetail = String(docs.value);
        const siMin = p.number('residence_permit.proof.social_insurance_months_min');
        const siWindow = p.number('residence_permit.proof.social_insurance_window_years');
        proofParams.social_insurance_months_min = siMin.use;
        proofParams.social_insurance_window_years = siWindow.use;
        // The request field counts the months of one year (一年内). Should the workbook's window ever be another
        // length, comparing that field with it would answer a question nobody asked: refuse instead, naming both.
        if (siWindow.n !== 1) {
          throw new ProblemError(
            problem(
              'calculation-refused',
              `residence_permit.proof.social_insurance_window_years is ${siWindow.n} on ${p.date}, but socialInsuranceMonthsInPastYear counts the months of one year; this API cannot decide the social-insurance condition over another window.`,
              {
                parameter: {
                  table: p.table.id,
                  key: 'residence_permit.proof.social_insurance_window_years',
                  note: null,
                  citation: siWindow.use.citation,
                },
              },
            ),
          );
        }
        if (emp.route === 'employed') {
          const termMin = p.number('residence_permit.proof.labour_contract_term_months_min');
          proofParams.labour_contract_term_months_min = termMin.use;
          const term = emp.labourContractTermMonths;
          const termMet = emp.labourContractOpenEnded || (term !== undefined && term >= termMin.n);
          parts.push({
            code: 'labour_contract_term',
            met: termMet,
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
        } else {
          const licence = emp.hasBusinessLicence === true;
          parts.push({
            code: 'business_licence',
            met: licence,
            citation: docs.use.citation,
            input: licence,
            detail: '企业或个体工商户营业执照',
          });
        }
        const si = emp.socialInsuranceMonthsInPastYear!;
        parts.push({
          code: 'social_insurance_months',
          met: si >= siMin.n,
          citation: siMin.use.citation,
          input: si,
          threshold: siMin.n,
          bound: 'inclusive',
          comparison: `${si} ${si >= siMin.n ? '≥' : '<'} ${siMin.n} within ${siWindow.n} year(s) (累计, the ${siWindow.n * MONTHS_PER_YEAR} months up to the application date)`,
        });
        proof = and3(...parts.map((x) => x.met));
      }
    }
    trace.push({
      step: 'employment proof',
      rule: proofCitation,
      formula:
        `route ${emp.route}: ` +
        (parts.length
          ? `${parts.map((x) => `${x.code} ${x.comparison ?? String(x.input)} → ${show(x.met)}`).join(' AND ')} → ${show(proof)}`
          : `${proofDetail} → ${show(proof)}`),
      inputs: {
        route: emp.route,
        labourContractTermMonths: emp.labourContractTermMonths ?? null,
        labourContractOpenEnded: emp.labourContractOpenEnded,
        hasBusinessLicence: emp.hasBusinessLicence ?? null,
        socialInsuranceMonthsInPastYear: emp.socialInsuranceMonthsInPastYear ?? null,
      },
      parameters: proofParams,
      result: proof,
    });

    // 8. Standard route.
    const standard = and3(migrant, holderOrStable, duration, proof);
    const resConditions: Condition[] = [
      {
        code: 'migrant',
        met: migrant,
        citation: resText.use.citation,
        detail: migrant ? 'no local hukou' : 'has local hukou: not a migrant',
      },
      {
        code: 'temp_permit_or_stable_residence',
        met: holderOrStable,
        citation: resText.use.citation,
        detail: `holds a temporary permit: ${given(req.holdsTemporaryPermit)}; stable accommodation: ${show(stable)}`,
      },
      {
        code: 'employment_duration',
        met: duration,
        citation: minMonths.use.citation,
        threshold: minMonths.n,
        bound: 'inclusive',
        ...(employedMonths === undefined
          ? { detail: 'monthsEmployedLocally not given: not assessed' }
          : { input: employedMonths, comparison: `${employedMonths} ${duration ? '≥' : '<'} ${minMonths.n}` }),
      },
      { code: 'employment_proof', met: proof, citation: proofCitation, detail: proofDetail, ...(parts.length ? { parts } : {}) },
    ];
    trace.push({
      step: 'residence permit (《浙江省居住证》), standard route',
      rule: resText.use.citation,
      formula: `migrant ${show(migrant)} AND holder-or-stable ${show(holderOrStable)} AND duration ${show(duration)} AND proof ${show(proof)} → ${show(standard)}`,
      inputs: {},
      parameters: { residence_permit: resText.use, employment_months_min: minMonths.use },
      result: standard,
    });

    // An omitted input matters only while no part of the standard route is false.
    if (standard === null) {
      if (req.holdsTemporaryPermit === undefined && holderOrStable === null) notGiven.push('holdsTemporaryPermit');
      if (employedMonths === undefined) notGiven.push('employment.monthsEmployedLocally');
    }

    // 9. Investors, entrepreneurs and talent: county-level rules, 不受上述规定限制.
    let resEligible: Tri = standard;
    let route: 'standard' | 'investor-talent' = 'standard';
    if (req.investorOrTalent) {
      if (standard === true) {
        notes.push({
          code: 'investor-talent-rules-may-also-apply',
          rule: resText.use.citation,
          message:
            'The standard conditions are met; as an investor or talent the applicant may also rely on county-level rules (residence_permit.investor_talent_rules, not published).',
        });
      } else if (!migrant) {
        resEligible = false;
        notes.push({
          code: 'investor-talent-not-migrant',
          rule: resText.use.citation,
          message:
            '属于投资创业或引进人才的流动人口: the exception is for migrants only; a person with local hukou needs no residence permit.',
        });
      } else {
        resEligible = null;
        route = 'investor-talent';
        unpublished('residence_permit.investor_talent_rules');
        resConditions.push({
          code: 'investor_talent_local_rules',
          met: null,
          citation: resText.use.citation,
          detail: '根据居住地县级以上人民政府相关规定执行，不受上述规定限制 (residence_permit.investor_talent_rules, not published)',
        });
        notes.push({
          code: 'investor-talent-rules',
          rule: resText.use.citation,
          message:
            'The standard conditions are not all met, but an investor or talent applies under the rules of the county-level (or higher) government, not limited by them; those rules are not published (residence_permit.investor_talent_rules).',
        });
      }
    } else if (req.investorOrTalent === undefined && standard !== true && migrant) {
      // 「属于投资创业或引进人才的流动人口…不受上述规定限制」: not asked, so the exception is not assessed, and a
      // standard route that fails does not refuse the permit.
      resEligible = null;
      notGiven.push('investorOrTalent');
      resConditions.push({
        code: 'investor_or_talent',
        met: null,
        citation: resText.use.citation,
        detail:
          'investorOrTalent not given: an investor or talent is not limited by the standard conditions (属于投资创业或引进人才的流动人口…不受上述规定限制); not assessed',
      });
    }
    trace.push({
      step: 'investors, entrepreneurs and talent (投资创业或引进人才)',
      rule: resText.use.citation,
      formula:
        req.investorOrTalent === undefined
          ? standard === true
            ? 'investorOrTalent not given; standard route met → eligible (standard route)'
            : !migrant
              ? 'investorOrTalent not given; not a migrant, so the exception cannot apply → standard route not met'
              : `investorOrTalent not given; standard route ${show(standard)} → undetermined: the investor/talent exception (不受上述规定限制) is not assessed`
          : !req.investorOrTalent
            ? `investorOrTalent false → residence permit = standard route ${show(standard)}`
            : standard === true
              ? 'investorOrTalent true, standard route met → eligible (standard route)'
              : !migrant
                ? 'investorOrTalent true but not a migrant → not eligible'
                : `investorOrTalent true, standard route ${show(standard)} → undetermined: county-level rules (not published)`,
      inputs: { investorOrTalent: req.investorOrTalent ?? null },
      parameters: { residence_permit: resText.use },
      result: { eligible: resEligible, route },
    });

    // Not-given inputs are named when the residence permit is left undetermined (a false part decides anyway).
    if (resEligible === null && notGiven.length) {
      notes.push({
        code: 'inputs-not-given',
        rule: resText.use.citation,
        message: `Not assessed (input not given): ${notGiven.join(', ')}. 《浙江省居住证》 is undetermined, not refused: each of them could change the answer; give them to decide.`,
      });
    }

    // 10. Recommendation.
    const pointsManaged = resRow.get('points_managed');
    let recommended: (typeof RECOMMENDATIONS)[number];
    if (resEligible === true) recommended = 'residence_permit';
    else if (tempEligible === true) {
      recommended = 'temporary_permit';
      if (resEligible === null) {
        notes.push({
          code: 'may-also-qualify',
          rule: resText.use.citation,
          message:
            'The applicant may also qualify for 《浙江省居住证》: that answer rests on county or local rules the gazette does not publish, or on inputs not given (see the note inputs-not-given).',
        });
      }
    } else if (resEligible === false && tempEligible === false) recommended = 'none';
    else recommended = 'undetermined';
    trace.push({
      step: 'recommended permit',
      rule: resText.use.citation,
      formula:
        `residence permit ${show(resEligible)}, temporary permit ${show(tempEligible)} → ${recommended}` +
        (recommended === 'residence_permit'
          ? ` (wider basic public services of 三（三）1; points management: ${String(pointsManaged.value)})`
          : ''),
      inputs: {},
      parameters: { residence_permit: resText.use, temporary_permit: tempText.use, points_managed: pointsManaged.use },
      result: recommended,
    });

    // 11. Notes on cancellation and on the city text.
    if (req.hasLocalHukou) {
      const ground = p.find('cancellation_grounds', { ground: 'local_hukou' }).get('item_zh');
      notes.push({
        code: 'local-hukou-cancellation',
        rule: ground.use.citation,
        message: `「${String(ground.value)}」 is a ground for cancelling a permit (经有关部门认定后).`,
      });
    }
    if (req.holdsTemporaryPermit && tempEligible === false) {
      const ground = p.find('cancellation_grounds', { ground: 'no_longer_eligible' }).get('item_zh');
      notes.push({
        code: 'existing-temporary-permit',
        rule: ground.use.citation,
        message: `The temporary permit held stays valid until cancelled; 「${String(ground.value)}」 is a cancellation ground after the relevant department's confirmation. This answer does not cancel it.`,
      });
    }
    if (cityTextUsed) {
      notes.push({
        code: 'county-refinement',
        rule: cityTextUsed,
        message:
          'Decided on the city text; each county (市、区) sets concrete conditions and procedures (〔此条款由各县(市、区)结合各自实际制订具体条件和操作办法〕) and may refine them.',
      });
    }

    return {
      applicationDate: date,
      pilotPeriod: pilot.period,
      temporaryPermit: { eligible: tempEligible, conditions: [migrantTemp, stableCond] },
      residencePermit: { eligible: resEligible, route, conditions: resConditions },
      recommendedPermit: recommended,
      notes,
      unpublished: missing.items,
      trace,
    };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const residencePermitEligibilityDocs = {
  title: { zh: '居住证申领条件', en: 'Residence permits: eligibility' },
  description: {
    zh: '按嘉政办发〔2014〕98号三（一），由申请人的户口、住所证明、就业情况判断可申领《浙江省临时居住证》还是《浙江省居住证》，逐项给出条件是否满足（满足／不满足／待定：依赖原文未公布的县（市、区）规定）及条款。',
    en: 'Which permit a migrant may apply for under 98号 三（一): each condition met, not met or undetermined (resting on county rules the gazette does not publish), with its citation; the month minimums (residence_permit.employment_months_min, residence_permit.proof.labour_contract_term_months_min, residence_permit.proof.social_insurance_months_min) are inclusive bounds.',
  },
  examples: {
    employed: {
      summary: 'Migrant in a rented home, employed 7 months, 12-month contract, 6 months of social insurance',
      value: {
        applicationDate: '2015-03-01',
        hasLocalHukou: false,
        residenceProof: 'rented_home',
        holdsTemporaryPermit: false,
        investorOrTalent: false,
        employment: {
          route: 'employed',
          monthsEmployedLocally: 7,
          labourContractTermMonths: 12,
          labourContractOpenEnded: false,
          socialInsuranceMonthsInPastYear: 6,
        },
      },
    },
    countyRules: {
      summary: 'Other proof of accommodation, no employment: undetermined (county rules)',
      value: { applicationDate: '2015-03-01', hasLocalHukou: false, residenceProof: 'other', employment: { route: 'none' } },
    },
  },
} satisfies CalculatorDocs<typeof residencePermitEligibility>;
