import { describe, expect, it } from 'vitest';
import { residencePermitEligibility as calc } from '../../src/policy/residence-permits/residence-permit-eligibility';
import type { CompiledBundle } from '../../src/tables/model';
import { realBundle, refusal, run } from '../helpers/calc';

/**
 * Cases E1–E19 (嘉政办发〔2014〕98号 三（一）). Unless a case says
 * otherwise: applicationDate 2015-03-01 (2014-10-31 ≤ 2015-03-01 ≤ 2015-10-30 → within the pilot year), no local
 * hukou, no temporary permit, not an investor or talent. Thresholds from the workbook: employment 6 months (≥),
 * contract 6 months (≥), social insurance 6 months (≥) within one year.
 */

type Input = Record<string, unknown> & { employment?: Record<string, unknown> };
const base = { applicationDate: '2015-03-01', hasLocalHukou: false, holdsTemporaryPermit: false, investorOrTalent: false };
const decide = (input: Input) => run(calc, { ...base, ...input } as never);
const employed = (months: number, contract: number, si: number) => ({
  route: 'employed',
  monthsEmployedLocally: months,
  labourContractTermMonths: contract,
  socialInsuranceMonthsInPastYear: si,
});
const E2 = { residenceProof: 'rented_home', employment: employed(6, 6, 6) };

type R = ReturnType<typeof decide>;
const cond = (r: R, permit: 'temporaryPermit' | 'residencePermit', code: string) => r[permit].conditions.find((c) => c.code === code)!;
const noteCodes = (r: R) => r.notes.map((n) => n.code);
const P = '嘉政办发〔2014〕98号 ';

describe('residence-permit-eligibility (嘉政办发〔2014〕98号 三（一）)', () => {
  it('E1 rented home, no employment: temporary permit only', () => {
    // migrant ✓; lease contract → stable ✓ → temp true. Duration not given (undetermined), proof none ✗ → residence false.
    const r = decide({ residenceProof: 'rented_home', employment: { route: 'none' } });
    expect(r).toMatchObject({
      pilotPeriod: 'within-pilot-year',
      temporaryPermit: { eligible: true },
      residencePermit: { eligible: false, route: 'standard' },
      recommendedPermit: 'temporary_permit',
    });
    expect(r.temporaryPermit.conditions).toEqual([
      { code: 'migrant', status: 'met', citation: `${P}三（一）1`, detail: 'no local hukou' },
      { code: 'stable_residence', status: 'met', citation: `${P}三（一）1（2）`, detail: '相应的房屋租赁合同' },
    ]);
    // monthsEmployedLocally omitted: not assessed (it used to default to 0 < 6); the failed proof decides
    expect(cond(r, 'residencePermit', 'employment_duration')).toEqual({
      code: 'employment_duration',
      status: 'not_assessed',
      citation: `${P}三（一）2`,
      threshold: 6,
      bound: 'inclusive',
      detail: 'monthsEmployedLocally not given: not assessed',
    });
    expect(noteCodes(r)).not.toContain('inputs-not-given');
    expect(cond(r, 'residencePermit', 'employment_proof')).toMatchObject({ status: 'not_met', citation: `${P}三（一）2` });
    expect(r.unpublished).toEqual([]);
    // the duration is not assessed (not given); the failed proof decides anyway
    expect(r.notAssessed).toEqual([
      {
        item: 'employment_duration',
        reason: 'input-not-given',
        fields: ['employment.monthsEmployedLocally'],
        text: {
          zh: '未提供在居住地合法稳定就业的月数',
          en: 'employment.monthsEmployedLocally not given: the employment duration is not assessed',
        },
      },
    ]);
    for (const s of r.trace.steps) expect(s.rule).toMatch(/^嘉政办发〔2014〕98号 [二三]（[一二]）/);
  });

  it('E2 employed 6 / contract 6 / SI 6: residence permit (every bound met exactly)', () => {
    // 6 ≥ 6 duration, 6 ≥ 6 contract, 6 ≥ 6 social insurance; R2 via the rented home.
    const r = decide(E2);
    expect(r).toMatchObject({
      temporaryPermit: { eligible: true },
      residencePermit: { eligible: true, route: 'standard' },
      recommendedPermit: 'residence_permit',
    });
    expect(r.residencePermit.conditions.map((c) => [c.code, c.status])).toEqual([
      ['migrant', 'met'],
      ['temp_permit_or_stable_residence', 'met'],
      ['employment_duration', 'met'],
      ['employment_proof', 'met'],
    ]);
    expect(r.notAssessed).toEqual([]);
    expect(cond(r, 'residencePermit', 'employment_proof')).toMatchObject({
      citation: `${P}三（一）2（1）`,
      parts: [
        { code: 'labour_contract_term', status: 'met', input: 6, threshold: 6, comparison: '6 ≥ 6', citation: `${P}三（一）2（1）` },
        {
          code: 'social_insurance_months',
          status: 'met',
          input: 6,
          threshold: 6,
          citation: `${P}三（一）2（1）（2）`,
          // the window's length in the text comes from residence_permit.proof.social_insurance_window_years (1)
          comparison: '6 ≥ 6 within 1 year(s) (累计, the 12 months up to the application date)',
        },
      ],
    });
  });

  it('E3 five months of employment: just below the bound', () => {
    // 5 < 6 → employment_duration ✗ → residence false; temp still true.
    const r = decide({ ...E2, employment: employed(5, 6, 6) });
    expect(r).toMatchObject({ residencePermit: { eligible: false }, recommendedPermit: 'temporary_permit' });
    expect(cond(r, 'residencePermit', 'employment_duration')).toMatchObject({ status: 'not_met', comparison: '5 < 6' });
    expect(cond(r, 'residencePermit', 'employment_proof').status).toBe('met');
  });

  it('E4 five-month contract: proof fails', () => {
    // contract 5 < 6 → labour_contract_term ✗ → employment_proof ✗.
    const r = decide({ ...E2, employment: employed(6, 5, 6) });
    expect(r).toMatchObject({ residencePermit: { eligible: false }, recommendedPermit: 'temporary_permit' });
    expect(cond(r, 'residencePermit', 'employment_proof')).toMatchObject({
      status: 'not_met',
      parts: [{ code: 'labour_contract_term', status: 'not_met', comparison: '5 < 6' }, { status: 'met' }],
    });
  });

  it('E5 five months of social insurance: proof fails', () => {
    // SI 5 < 6 → social_insurance_months ✗.
    const r = decide({ ...E2, employment: employed(6, 6, 5) });
    expect(r).toMatchObject({ residencePermit: { eligible: false }, recommendedPermit: 'temporary_permit' });
    expect(cond(r, 'residencePermit', 'employment_proof').parts![1]).toMatchObject({
      code: 'social_insurance_months',
      status: 'not_met',
      input: 5,
    });
  });

  it('E6 dormitory, self-employed 8 months with licence and SI 6: both permits', () => {
    // employer certificate ✓; 8 ≥ 6; licence ✓ AND SI 6 ≥ 6 (三（一）2（2）).
    const r = decide({
      residenceProof: 'employer_dormitory',
      employment: { route: 'self_employed', monthsEmployedLocally: 8, hasBusinessLicence: true, socialInsuranceMonthsInPastYear: 6 },
    });
    expect(r).toMatchObject({
      temporaryPermit: { eligible: true },
      residencePermit: { eligible: true },
      recommendedPermit: 'residence_permit',
    });
    expect(cond(r, 'temporaryPermit', 'stable_residence')).toMatchObject({ citation: `${P}三（一）1（3）`, detail: '单位出具的证明' });
    expect(cond(r, 'residencePermit', 'employment_proof')).toMatchObject({
      status: 'met',
      citation: `${P}三（一）2（2）`,
      parts: [
        { code: 'business_licence', status: 'met' },
        { code: 'social_insurance_months', status: 'met' },
      ],
    });
  });

  it('E6b self-employed with SI 5: below the bound', () => {
    // 5 < 6 → proof ✗ even with a licence.
    const r = decide({
      residenceProof: 'employer_dormitory',
      employment: { route: 'self_employed', monthsEmployedLocally: 8, hasBusinessLicence: true, socialInsuranceMonthsInPastYear: 5 },
    });
    expect(r.residencePermit.eligible).toBe(false);
  });

  it('E7 self-employed without a licence: proof fails despite 12 months of SI', () => {
    const r = decide({
      residenceProof: 'rented_home',
      employment: { route: 'self_employed', monthsEmployedLocally: 12, hasBusinessLicence: false, socialInsuranceMonthsInPastYear: 12 },
    });
    expect(r).toMatchObject({ residencePermit: { eligible: false }, recommendedPermit: 'temporary_permit' });
    expect(cond(r, 'residencePermit', 'employment_proof').parts!.map((x) => x.status)).toEqual(['not_met', 'met']);
  });

  it('E8 no accommodation proof but a temporary permit: residence permit via the permit', () => {
    // stable ✗ → temp false (note: the held permit is not cancelled here). R2 = holder ✓ OR ✗ = ✓; 7 ≥ 6, 12 ≥ 6, 7 ≥ 6.
    const r = decide({ residenceProof: 'none', holdsTemporaryPermit: true, employment: employed(7, 12, 7) });
    expect(r).toMatchObject({
      temporaryPermit: { eligible: false },
      residencePermit: { eligible: true },
      recommendedPermit: 'residence_permit',
    });
    expect(cond(r, 'temporaryPermit', 'stable_residence')).toMatchObject({ status: 'not_met', citation: `${P}三（一）1` });
    expect(cond(r, 'residencePermit', 'temp_permit_or_stable_residence').status).toBe('met');
    expect(r.notes.find((n) => n.code === 'existing-temporary-permit')).toMatchObject({ rule: `${P}三（二）2（2）` });
  });

  it('E9 local hukou: neither permit, with the cancellation note', () => {
    // migrant ✗ makes both ANDs false; 三（二）2（4） note.
    const r = decide({ hasLocalHukou: true, residenceProof: 'own_home', employment: employed(24, 36, 12) });
    expect(r).toMatchObject({ temporaryPermit: { eligible: false }, residencePermit: { eligible: false }, recommendedPermit: 'none' });
    expect(r.notes.find((n) => n.code === 'local-hukou-cancellation')).toMatchObject({ rule: `${P}三（二）2（4）` });
    expect(r.notes.find((n) => n.code === 'local-hukou-cancellation')!.message).toContain('持有人已转办为居住地常住户口的');
  });

  it('E10 other accommodation proof, no employment: undetermined (county rules)', () => {
    // stable null → temp null. R2 = false OR null = null, duration ✗ → residence false. false + null → undetermined.
    const r = decide({ residenceProof: 'other', employment: { route: 'none' } });
    expect(r).toMatchObject({
      temporaryPermit: { eligible: null },
      residencePermit: { eligible: false },
      recommendedPermit: null, // was 'undetermined'
    });
    expect(cond(r, 'temporaryPermit', 'stable_residence')).toMatchObject({ status: 'not_assessed', citation: `${P}三（一）1（4）` });
    expect(cond(r, 'residencePermit', 'temp_permit_or_stable_residence').status).toBe('not_assessed');
    expect(r.unpublished.map((m) => [m.key, m.reason, m.citation])).toEqual([
      ['county_rules.residence_proof', 'not-published', `${P}三（一）1`],
    ]);
    // each not-assessed condition with its reason: the county rules (twice: the accommodation, and the holder-or-stable
    // condition resting on it) and the inputs left out
    expect(r.notAssessed.map((x) => [x.item, x.reason, x.fields])).toEqual([
      ['stable_residence', 'not-published', ['county_rules.residence_proof']],
      ['temp_permit_or_stable_residence', 'not-published', ['county_rules.residence_proof']],
      ['employment_duration', 'input-not-given', ['employment.monthsEmployedLocally']],
    ]);
    expect(r.notAssessed[0]!.text.zh).toBe(
      '其他材料能否证明合法稳定住所，由各县（市、区）结合各自实际制订具体条件和操作办法，原文未公布。',
    );
    expect(noteCodes(r)).toContain('county-rules-residence-proof');
  });

  it('E11 investor or talent without accommodation or employment: undetermined, investor-talent route', () => {
    // standard ✗ (R2 ✗); migrant investor → null per county-level rules (not published).
    const r = decide({ residenceProof: 'none', investorOrTalent: true, employment: { route: 'none' } });
    expect(r).toMatchObject({
      temporaryPermit: { eligible: false },
      residencePermit: { eligible: null, route: 'investor-talent' },
      recommendedPermit: null, // was 'undetermined'
    });
    expect(cond(r, 'residencePermit', 'investor_talent_local_rules')).toMatchObject({ status: 'not_assessed', citation: `${P}三（一）2` });
    expect(r.unpublished.map((m) => m.key)).toEqual(['residence_permit.investor_talent_rules']);
    expect(r.notAssessed.map((x) => [x.item, x.reason, x.fields])).toEqual([
      ['employment_duration', 'input-not-given', ['employment.monthsEmployedLocally']],
      ['investor_talent_local_rules', 'not-published', ['residence_permit.investor_talent_rules']],
    ]);
  });

  it('E12 employment route other: residence undetermined, temporary permit recommended', () => {
    // duration 6 ≥ 6 ✓; proof （3） null → standard null; temp true → temporary_permit + "may also qualify".
    const r = decide({ residenceProof: 'rented_home', employment: { route: 'other', monthsEmployedLocally: 6 } });
    expect(r).toMatchObject({
      temporaryPermit: { eligible: true },
      residencePermit: { eligible: null, route: 'standard' },
      recommendedPermit: 'temporary_permit',
    });
    expect(cond(r, 'residencePermit', 'employment_proof')).toMatchObject({ status: 'not_assessed', citation: `${P}三（一）2（3）` });
    expect(noteCodes(r)).toEqual(expect.arrayContaining(['county-rules-employment-proof', 'may-also-qualify']));
    expect(r.unpublished.map((m) => m.key)).toEqual(['county_rules.employment_proof']);
    expect(r.notAssessed.map((x) => [x.item, x.reason, x.fields])).toEqual([
      ['employment_proof', 'not-published', ['county_rules.employment_proof']],
    ]);
    const proof = r.trace.steps.find((s) => s.name.en === 'employment proof')!;
    expect(proof.formula.zh).toMatch(/由各县（市、区）制定具体条件，原文未公布 → 待定$/);
  });

  it('E13 investor who meets the standard route: eligible on the standard route, with a note', () => {
    const r = decide({ ...E2, investorOrTalent: true });
    expect(r).toMatchObject({ residencePermit: { eligible: true, route: 'standard' }, recommendedPermit: 'residence_permit' });
    expect(noteCodes(r)).toContain('investor-talent-rules-may-also-apply');
    expect(r.unpublished).toEqual([]);
  });

  it('E14 open-ended contract meets 期限为6个月以上', () => {
    const r = decide({
      residenceProof: 'rented_home',
      employment: { route: 'employed', monthsEmployedLocally: 6, labourContractOpenEnded: true, socialInsuranceMonthsInPastYear: 6 },
    });
    expect(r.residencePermit.eligible).toBe(true);
    expect(cond(r, 'residencePermit', 'employment_proof').parts![0]).toMatchObject({
      code: 'labour_contract_term',
      status: 'met',
      input: 'open-ended',
    });
  });

  it('E15, E16 last day of the pilot year and the day after (2015-10-30 / 2015-10-31)', () => {
    // 2014-10-31 + 1 year − 1 day = 2015-10-30.
    const inside = decide({ applicationDate: '2015-10-30', residenceProof: 'rented_home', employment: { route: 'none' } });
    expect(inside.pilotPeriod).toBe('within-pilot-year');
    expect(noteCodes(inside)).not.toContain('after-pilot-year');
    const after = decide({ applicationDate: '2015-10-31', residenceProof: 'rented_home', employment: { route: 'none' } });
    expect(after).toMatchObject({
      pilotPeriod: 'after-pilot-year',
      temporaryPermit: { eligible: true },
      residencePermit: { eligible: false },
      recommendedPermit: 'temporary_permit',
    });
    expect(after.notes.find((n) => n.code === 'after-pilot-year')).toMatchObject({ rule: `${P}二（二）` });
    expect(after.trace.steps[0]!.formula.en).toContain('2014-10-31 + 1 year − 1 day = 2015-10-30');
    expect(after.trace.steps[0]!.formula.zh).toContain('2014 年 10 月 31 日 + 1 年 − 1 天 = 2015 年 10 月 30 日；2015 年 10 月 31 日晚于');
  });

  it('E17 before the pilot (2014-10-30): 422 not-in-force; 2014-10-31 gives E1', () => {
    const p = refusal(calc, {
      ...base,
      applicationDate: '2014-10-30',
      residenceProof: 'rented_home',
      employment: { route: 'none' },
    } as never);
    expect(p).toMatchObject({
      status: 422,
      type: '/problems/not-in-force',
      parameter: { table: 'residence-permits', key: 'pilot.start_date' },
    });
    const first = decide({ applicationDate: '2014-10-31', residenceProof: 'rented_home', employment: { route: 'none' } });
    expect(first).toMatchObject({ pilotPeriod: 'within-pilot-year', recommendedPermit: 'temporary_permit' });
  });

  it('E18, E19 invalid input names the field; limits on each side', () => {
    const bad = (input: Input) =>
      calc.input.safeParse({ ...base, residenceProof: 'rented_home', ...input }).error?.issues.map((i) => i.path.join('.'));
    // a one-year window holds at most 12 months: 12 passes, 13 fails
    expect(bad({ employment: employed(6, 6, 12) })).toBeUndefined();
    expect(bad({ employment: employed(6, 6, 13) })).toEqual(['employment.socialInsuranceMonthsInPastYear']);
    // route employed without a contract term and not open-ended
    expect(bad({ employment: { route: 'employed', monthsEmployedLocally: 6, socialInsuranceMonthsInPastYear: 6 } })).toEqual([
      'employment.labourContractTermMonths',
    ]);
    expect(bad({ employment: { route: 'self_employed', monthsEmployedLocally: 6 } })).toEqual([
      'employment.hasBusinessLicence',
      'employment.socialInsuranceMonthsInPastYear',
    ]);
    // request limit on months: 600 passes, 601 fails; fractions and unknown fields fail
    expect(bad({ employment: employed(600, 600, 6) })).toBeUndefined();
    expect(bad({ employment: employed(601, 6, 6) })).toEqual(['employment.monthsEmployedLocally']);
    expect(bad({ employment: employed(6.5, 6, 6) })).toEqual(['employment.monthsEmployedLocally']);
    expect(bad({ employment: { route: 'none' }, pension: 1 })).toEqual(['']);
    expect(bad({ employment: { route: 'none' }, residenceProof: 'hotel' })).toEqual(['residenceProof']);
    expect(bad({ employment: { route: 'none' }, hasLocalHukou: undefined })).toEqual(['hasLocalHukou']);
  });

  it('three-valued AND: a false part beats an undetermined one (other proof + 5 months)', () => {
    // route other → proof null; duration 5 < 6 → false; AND(…, false, null) = false.
    const r = decide({ residenceProof: 'rented_home', employment: { route: 'other', monthsEmployedLocally: 5 } });
    expect(r).toMatchObject({ residencePermit: { eligible: false }, recommendedPermit: 'temporary_permit' });
    expect(noteCodes(r)).not.toContain('may-also-qualify');
  });

  it('every answer matches the documented output schema', () => {
    for (const input of [
      E2,
      { residenceProof: 'other', employment: { route: 'none' } },
      { residenceProof: 'none', investorOrTalent: true, employment: { route: 'none' } },
      {
        residenceProof: 'rented_home',
        employment: { route: 'employed', monthsEmployedLocally: 6, labourContractOpenEnded: true, socialInsuranceMonthsInPastYear: 6 },
      },
    ]) {
      expect(calc.output.safeParse(decide(input)).success).toBe(true);
    }
  });
});

describe('the social-insurance window', () => {
  it('a workbook window other than one year is refused (422 naming the parameter), not compared with months of one year', () => {
    const copy = structuredClone(realBundle()) as CompiledBundle;
    const param = copy.tables['residence-permits']!.parameters.find(
      (x) => x.key === 'residence_permit.proof.social_insurance_window_years',
    )!;
    for (const h of param.history) h.value = 2; // a test fixture, not policy
    const p = refusal(calc, { ...base, ...E2 } as never, copy) as unknown as { type: string; detail: string; parameter: { key: string } };
    expect(p.type).toBe('/problems/calculation-refused');
    expect(p.parameter.key).toBe('residence_permit.proof.social_insurance_window_years');
    expect(p.detail).toMatch(/is 2 on 2015-03-01/);
    // the real workbook (one year) decides as before
    expect(cond(decide(E2), 'residencePermit', 'employment_proof').status).toBe('met');
  });
});

describe('residence-permit-eligibility: an input not given is not assessed, never a refusal', () => {
  /** The request of a migrant with no defaults filled in: holdsTemporaryPermit and investorOrTalent omitted. */
  const bare = (input: Input) => run(calc, { applicationDate: '2015-03-01', hasLocalHukou: false, ...input } as never);
  const note = (r: R) => r.notes.find((n) => n.code === 'inputs-not-given');

  it('no accommodation proof, holdsTemporaryPermit and investorOrTalent omitted: residence permit undetermined (was false)', () => {
    // stable ✗ → temp false; holder? not given OR ✗ → null; 7 ≥ 6; contract 12 ≥ 6, SI 7 ≥ 6 → proof ✓; AND(✓, null, ✓, ✓) = null
    const r = bare({ residenceProof: 'none', employment: employed(7, 12, 7) });
    expect(r).toMatchObject({
      temporaryPermit: { eligible: false },
      residencePermit: { eligible: null, route: 'standard' },
      recommendedPermit: null, // was 'undetermined'
    });
    expect(cond(r, 'residencePermit', 'temp_permit_or_stable_residence')).toMatchObject({
      status: 'not_assessed',
      detail: 'holds a temporary permit: not given; stable accommodation: not met',
    });
    expect(note(r)!.message).toMatch(/^Not assessed \(input not given\): holdsTemporaryPermit, investorOrTalent\. /);
    expect(r.trace.steps.find((s) => s.name.en === 'temporary-permit holder or stable accommodation')).toMatchObject({
      formula: {
        zh: '持有临时居住证：未说明；合法稳定住所：不满足（有一项即可）→ 待定',
        en: 'holdsTemporaryPermit not given OR stable accommodation not met → undetermined',
      },
      result: null,
    });
    expect(r.notAssessed.map((x) => [x.item, x.reason, x.fields])).toEqual([
      ['temp_permit_or_stable_residence', 'input-not-given', ['holdsTemporaryPermit']],
      ['investor_or_talent', 'input-not-given', ['investorOrTalent']],
    ]);
    // the same person answering both: false is a decision again; with the permit, eligible (E8)
    expect(decide({ residenceProof: 'none', employment: employed(7, 12, 7) })).toMatchObject({
      residencePermit: { eligible: false },
      recommendedPermit: 'none',
    });
    expect(decide({ residenceProof: 'none', holdsTemporaryPermit: true, employment: employed(7, 12, 7) }).residencePermit.eligible).toBe(
      true,
    );
  });

  it('standard route failed on an assessed condition, investorOrTalent omitted: undetermined, the exception named (not assessed)', () => {
    // rented home ✓; 5 < 6 ✗ → standard false; 不受上述规定限制 could still give the permit
    const r = bare({ residenceProof: 'rented_home', employment: employed(5, 6, 6) });
    expect(r).toMatchObject({
      temporaryPermit: { eligible: true },
      residencePermit: { eligible: null, route: 'standard' },
      recommendedPermit: 'temporary_permit',
    });
    expect(cond(r, 'residencePermit', 'investor_or_talent')).toMatchObject({
      status: 'not_assessed',
      citation: `${P}三（一）2`,
      detail: expect.stringMatching(/^investorOrTalent not given/),
    });
    expect(noteCodes(r)).toEqual(expect.arrayContaining(['inputs-not-given', 'may-also-qualify']));
    expect(note(r)!.message).toMatch(/^Not assessed \(input not given\): investorOrTalent\. /);
    // nothing unpublished is claimed: the undetermined answer rests on an input, not on the gazette
    expect(r.unpublished).toEqual([]);
    expect(r.trace.steps.find((s) => s.name.en === 'investors, entrepreneurs and talent')).toMatchObject({
      name: { zh: '投资创业或引进人才' },
      result: { eligible: null, route: 'standard' },
    });
    expect(r.notAssessed.map((x) => x.item)).toEqual(['investor_or_talent']);
    // investorOrTalent false: refused on the standard route (E3)
    expect(decide({ residenceProof: 'rented_home', employment: employed(5, 6, 6) }).residencePermit.eligible).toBe(false);
  });

  it('monthsEmployedLocally omitted with every other condition met: undetermined, not "0 < 6"', () => {
    const r = decide({
      residenceProof: 'rented_home',
      employment: { route: 'employed', labourContractTermMonths: 12, socialInsuranceMonthsInPastYear: 6 },
    });
    expect(r).toMatchObject({ residencePermit: { eligible: null }, recommendedPermit: 'temporary_permit' });
    expect(cond(r, 'residencePermit', 'employment_duration')).toMatchObject({
      status: 'not_assessed',
      detail: 'monthsEmployedLocally not given: not assessed',
    });
    expect(r.trace.steps.find((s) => s.name.en === 'employment duration')).toMatchObject({
      formula: {
        zh: '未提供在居住地合法稳定就业的月数（须 6 个月以上）→ 待定',
        en: 'monthsEmployedLocally not given → not assessed (6个月以上) → undetermined',
      },
      result: null,
    });
    expect(r.notAssessed.map((x) => x.item)).toEqual(['employment_duration']);
    expect(note(r)!.message).toMatch(/^Not assessed \(input not given\): employment\.monthsEmployedLocally\. /);
  });

  it('omitted inputs do not matter when the answer is decided anyway', () => {
    // standard route met: holder-or-stable true by the lease, investor route irrelevant
    const ok = bare(E2);
    expect(ok).toMatchObject({ residencePermit: { eligible: true }, recommendedPermit: 'residence_permit' });
    expect(noteCodes(ok)).not.toContain('inputs-not-given');
    expect(ok.residencePermit.conditions.map((c) => c.code)).toEqual([
      'migrant',
      'temp_permit_or_stable_residence',
      'employment_duration',
      'employment_proof',
    ]);
    // local hukou: not a migrant, the exception is for migrants only → false with every optional input omitted
    const local = bare({ hasLocalHukou: true, residenceProof: 'own_home', employment: { route: 'none' } });
    expect(local).toMatchObject({ temporaryPermit: { eligible: false }, residencePermit: { eligible: false }, recommendedPermit: 'none' });
    expect(noteCodes(local)).not.toContain('inputs-not-given');
    // no proof of employment decides the standard route: the omitted months are not named, only the exception is
    const noJob = bare({ residenceProof: 'rented_home', employment: { route: 'none' } });
    expect(noJob).toMatchObject({ residencePermit: { eligible: null }, recommendedPermit: 'temporary_permit' });
    expect(note(noJob)!.message).toMatch(/^Not assessed \(input not given\): investorOrTalent\. /);
  });

  it('the answers match the output schema, and the input schema no longer fills false / 0 in', () => {
    const parsed = calc.input.parse({
      applicationDate: '2015-03-01',
      hasLocalHukou: false,
      residenceProof: 'none',
      employment: { route: 'none' },
    });
    expect(parsed).not.toHaveProperty('holdsTemporaryPermit');
    expect(parsed).not.toHaveProperty('investorOrTalent');
    expect(parsed.employment).not.toHaveProperty('monthsEmployedLocally');
    for (const input of [
      { residenceProof: 'none', employment: employed(7, 12, 7) },
      { residenceProof: 'rented_home', employment: employed(5, 6, 6) },
    ]) {
      expect(calc.output.safeParse(bare(input)).success).toBe(true);
    }
  });
});
