import { describe, expect, it } from 'vitest';
import { egovProjectReview as calc } from '../../src/policy/egov-project-prereview/egov-project-review';
import { refusal, run } from '../helpers/calc';

/**
 * Cases E1–E19 (嘉政办发〔2014〕111号). Regular filing by 9月30日 of the year before the build year (前 read as
 * inclusive); in-year filing only with all four 第十条 conditions; review within 15 working days of complete materials
 * (start day not counted); 立项标准 not published (caller may give it; 达到 = ≥, in fen). The money thresholds below
 * are caller inputs chosen to test the bound, not policy figures.
 */

const base = { level: 'municipal' as const, funding: ['fiscal_funds'], category: 'infrastructure' as const, workType: 'new' as const };
const E1 = { ...base, plannedBuildYear: 2016, filingDate: '2015-09-30' };
const ALL = { higherLevelRequirement: true, municipalGovernmentEndorsed: true, fundingSecured: true, mustBuildThisYear: true };
const NATIONAL_DAY = ['2015-10-01', '2015-10-02', '2015-10-03', '2015-10-04', '2015-10-05', '2015-10-06', '2015-10-07'];

describe('filing cycle (第九条, 第十条)', () => {
  it('E1: filed on 2015-09-30 for 2016 → regular, on time, accepted (the deadline day itself counts)', () => {
    const r = run(calc, E1);
    expect(r).toMatchObject({ inScope: true, reviewBody: '市电子政务项目预审办公室（市预审办）', review: null, outcome: null });
    expect(r.scopeReasons).toEqual(['municipal_level', 'fiscal_funds', 'category:infrastructure', 'workType:new']);
    // accepted was 'yes': a decision now, true (the cycle says it is the regular one)
    expect(r.filing).toEqual({ cycle: 'regular', regularDeadline: '2015-09-30', onTime: true, accepted: true, conditionsNotMet: [] });
    expect(r.notAssessed).toEqual([]);
    const filing = r.trace.steps.find((s) => s.name.en === 'filing cycle')!;
    expect(filing.rule).toBe('嘉政办发〔2014〕111号 第九条');
    expect(filing.parameters).toEqual(['filing.annual_deadline']);
    expect(r.trace.parameters['filing.annual_deadline']).toMatchObject({ value: '--09-30', table: 'egov-project-prereview' });
    expect(filing.formula).toEqual({
      zh: '2015 年 9 月 30 日申报 2016 年的项目，不晚于 2015 年 9 月 30 日（“当年9月30日前”，含当日） → 按期申报，予以受理',
      en: 'filed 2015-09-30 for 2016: 2015-09-30 ≤ 2015-09-30 (「9月30日前」, the day itself included) → regular, accepted: yes',
    });
  });

  it('E2: filed 2015-10-01 → late_regular, not on time, not accepted in principle (note points to 第十条)', () => {
    const r = run(calc, { ...E1, filingDate: '2015-10-01' });
    expect(r.filing).toMatchObject({ cycle: 'late_regular', onTime: false, accepted: false });
    expect(r.notes[0]).toMatch(/第十条/);
  });

  it('E3: filed in the build year with all four 第十条 conditions → anytime exception', () => {
    const r = run(calc, { ...base, plannedBuildYear: 2016, filingDate: '2016-03-01', anytimeConditions: ALL });
    expect(r.filing).toEqual({
      cycle: 'in_year',
      regularDeadline: '2015-09-30',
      onTime: null,
      accepted: true,
      conditionsNotMet: [],
    });
    expect(r.notAssessed).toEqual([]);
  });

  it('E4: as E3 but funding not secured → not accepted in principle, naming funding_secured', () => {
    const r = run(calc, {
      ...base,
      plannedBuildYear: 2016,
      filingDate: '2016-03-01',
      anytimeConditions: { ...ALL, fundingSecured: false },
    });
    expect(r.filing).toMatchObject({ accepted: false, conditionsNotMet: ['funding_secured'] });
    expect(r.notes.join(' ')).toMatch(/funding_secured/);
  });

  it('E16: filed 2015-06-01 for 2017 → not addressed, undetermined', () => {
    const r = run(calc, { ...base, plannedBuildYear: 2017, filingDate: '2015-06-01' });
    expect(r.filing).toMatchObject({ cycle: 'not_addressed', accepted: null, regularDeadline: '2016-09-30' });
    // the text provides no such filing: not assessed, not published
    expect(r.notAssessed).toEqual([
      {
        item: 'filing.accepted',
        reason: 'not-published',
        fields: [],
        text: {
          zh: '2015 年申报 2017 年的项目：111号 只规定在建设年度的上一年 9 月 30 日前申报（第九条）和当年临时申报（第十条），提前一年以上申报没有规定',
          en: 'Filed in 2015 for 2017: 111号 provides only for filing in the year before the build year (by 2016-09-30)',
        },
      },
    ]);
  });

  it('E18: filed 2014-12-12 (first day in force) for 2015 → late_regular (2014-09-30 has passed)', () => {
    expect(run(calc, { ...base, plannedBuildYear: 2015, filingDate: '2014-12-12' }).filing).toMatchObject({
      cycle: 'late_regular',
      accepted: false,
    });
  });
});

describe('scope (第三条, 第六条, 第十八条)', () => {
  it('E5: no fiscal funding and not a sub-project → out of scope, later sections null', () => {
    // "not a sub-project" is now said (isSubprojectOfFiscalCapitalProject false): it used to be the default
    const r = run(calc, { ...E1, funding: [], isSubprojectOfFiscalCapitalProject: false });
    expect(r).toMatchObject({
      inScope: false,
      scopeReasons: ['not_fiscal_or_government_project'],
      filing: null,
      review: null,
      outcome: null,
    });
  });

  it('E6: no funding listed but a sub-project of a fiscal capital project → in scope (第三条 second paragraph)', () => {
    const r = run(calc, { ...E1, funding: [], isSubprojectOfFiscalCapitalProject: true });
    expect(r.inScope).toBe(true);
    expect(r.scopeReasons).toContain('subproject_of_fiscal_capital_project');
  });

  it('E7: a county project → out of scope, the county applies its own measures (第十八条)', () => {
    const r = run(calc, { ...E1, level: 'county' });
    expect(r).toMatchObject({
      inScope: false,
      reviewBody: '各县（市、区）参照本办法制定的预审暂行办法',
      scopeReasons: ['county_level_own_measures'],
      filing: null,
    });
  });

  it('E8: purchased O&M service of category other, filed 2015-06-01 for 2016 → in scope, regular, accepted', () => {
    const r = run(calc, {
      ...base,
      funding: ['government_purchase_of_service'],
      workType: 'operation_maintenance',
      category: 'other',
      plannedBuildYear: 2016,
      filingDate: '2015-06-01',
    });
    expect(r.inScope).toBe(true);
    expect(r.filing).toMatchObject({ cycle: 'regular', accepted: true });
  });

  it('a classified project gets the 第十一条 note', () => {
    expect(run(calc, { ...E1, classified: true }).notes[0]).toMatch(/^涉密项目另行规定 \(第十一条\)/);
  });
});

describe('outcome (第十二条)', () => {
  it('E9: approve, investment 1 000 000.00 = threshold 1 000 000.00 given → 100 000 000 fen ≥ 100 000 000 fen: approval procedure', () => {
    const r = run(calc, { ...E1, reviewOutcome: 'approve', investmentYuan: 1000000, approvalThresholdYuan: 1000000 });
    expect(r.outcome).toEqual({
      outcome: 'approve',
      mayImplement: true,
      financeFundsConstruction: null,
      approvalPath: 'project_approval_procedure',
      reachesThreshold: true,
      threshold: 1000000,
      thresholdSource: 'request',
      mayRefile: false,
    });
    expect(r.notes.join(' ')).toMatch(/第十四条/);
  });

  it('E10: investment 999 999.99 → 99 999 999 fen < 100 000 000: finance funds construction directly', () => {
    const r = run(calc, { ...E1, reviewOutcome: 'approve', investmentYuan: 999999.99, approvalThresholdYuan: 1000000 });
    expect(r.outcome).toMatchObject({ reachesThreshold: false, approvalPath: 'finance_funds_directly', financeFundsConstruction: true });
  });

  it('E11: approve with an investment and no threshold → 422 not-published on approval.project_approval_threshold, body keeps scope and filing', () => {
    const p = refusal(calc, { ...E1, reviewOutcome: 'approve', investmentYuan: 500000 }) as unknown as Record<string, unknown> & {
      parameter: { key: string };
      missing: { key: string; reason: string }[];
    };
    expect(p.type).toBe('/problems/not-published');
    expect(p.parameter.key).toBe('approval.project_approval_threshold');
    expect(p.missing).toEqual([expect.objectContaining({ key: 'approval.project_approval_threshold', reason: 'not-published' })]);
    expect(p).toMatchObject({ inScope: true, filing: { cycle: 'regular', accepted: true }, review: null });
  });

  it('E12: approve without an investment → 200, route null with the 立项标准 note', () => {
    const r = run(calc, { ...E1, reviewOutcome: 'approve' });
    expect(r.outcome).toMatchObject({ mayImplement: true, approvalPath: null, reachesThreshold: null, thresholdSource: null });
    expect(r.notes.join(' ')).toMatch(/立项标准/);
    expect(r.notAssessed).toEqual([
      expect.objectContaining({ item: 'outcome.reachesThreshold', reason: 'input-not-given', fields: ['investmentYuan'] }),
    ]);
  });

  it('E13: defer → may refile; reject → may not', () => {
    expect(run(calc, { ...E1, reviewOutcome: 'defer' }).outcome).toMatchObject({
      mayImplement: false,
      financeFundsConstruction: false,
      mayRefile: true,
      approvalPath: null,
    });
    expect(run(calc, { ...E1, reviewOutcome: 'reject' }).outcome).toMatchObject({
      mayImplement: false,
      financeFundsConstruction: false,
      mayRefile: false,
    });
  });
});

describe('review period (第十三条)', () => {
  it('E14: materials 09-24, National Day holidays, make-up Sat 10-10 → 09-25…30 (4), 10-08, 09, 10 (7), 12–16 (12), 19, 20, 21 (15)', () => {
    // filed the day the materials were complete (materials cannot be complete before the filing)
    const r = run(calc, {
      ...E1,
      filingDate: '2015-09-24',
      materialsCompleteDate: '2015-09-24',
      holidays: NATIONAL_DAY,
      adjustedWorkingDays: ['2015-10-10'],
    });
    expect(r.review).toMatchObject({
      periodWorkingDays: 15,
      soft: true,
      startDate: '2015-09-24',
      deadlineDate: '2015-10-21',
      calendar: 'caller_lists',
      warnings: [],
    });
    expect(r.review!.countedDays.slice(3, 7)).toEqual(['2015-09-30', '2015-10-08', '2015-10-09', '2015-10-10']);
    const step = r.trace.steps.find((s) => s.name.en === 'review period')!;
    expect(step.rule).toBe('嘉政办发〔2014〕111号 第十三条');
    expect(step.formula).toEqual({
      zh: '“一般应在15个工作日内”：材料齐全之日 2015 年 9 月 24 日（星期四）不计，第 15 个工作日是 2015 年 10 月 21 日（按所给的节假日和调休上班日）',
      en: '「一般应在15个工作日内」: materials complete 2015-09-24 (Thu) not counted; working day 15 = 2015-10-21 (calendar: caller_lists)',
    });
  });

  it('E15: same without lists → weekdays only, 10-15, with the warning', () => {
    const r = run(calc, { ...E1, filingDate: '2015-09-24', materialsCompleteDate: '2015-09-24' });
    expect(r.review).toMatchObject({ deadlineDate: '2015-10-15', calendar: 'weekends_only' });
    expect(r.review!.warnings).toHaveLength(1);
  });
});

describe('review period: materials complete before the filing', () => {
  const paths = (x: unknown) => calc.input.safeParse(x).error?.issues.map((i) => [i.path.join('.'), i.message]);

  it('filed 2015-06-01, materials complete 2015-05-01 → 422 naming materialsCompleteDate (the deadline would precede the filing)', () => {
    expect(paths({ ...base, plannedBuildYear: 2016, filingDate: '2015-06-01', materialsCompleteDate: '2015-05-01' })).toEqual([
      ['materialsCompleteDate', 'must not be before filingDate'],
    ]);
  });

  it('one day before the filing is refused; the filing day itself and later are accepted, the deadline after the filing', () => {
    expect(paths({ ...E1, materialsCompleteDate: '2015-09-29' })).toEqual([['materialsCompleteDate', 'must not be before filingDate']]);
    // materials complete on the filing day 2015-09-30 (Wed): not counted; weekdays only → 10-01…10-21, the 15th working day 10-21
    const same = run(calc, { ...E1, materialsCompleteDate: '2015-09-30' });
    expect(same.review).toMatchObject({ startDate: '2015-09-30', deadlineDate: '2015-10-21' });
    expect(same.review!.deadlineDate > E1.filingDate).toBe(true);
    expect(run(calc, { ...E1, materialsCompleteDate: '2015-10-08' }).review!.startDate).toBe('2015-10-08');
  });
});

describe('not in force and invalid input', () => {
  it('E17: filed 2014-12-11, before the issue date → 422 not-in-force', () => {
    const p = refusal(calc, { ...base, plannedBuildYear: 2015, filingDate: '2014-12-11' }) as unknown as {
      type: string;
      missing: { key: string }[];
    };
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.missing.map((m) => m.key)).toContain('filing.annual_deadline');
  });

  it('E19: filing after the build year, negative or three-decimal money, a date in both lists', () => {
    const paths = (x: unknown) => calc.input.safeParse(x).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ ...base, plannedBuildYear: 2015, filingDate: '2016-01-05' })).toEqual(['filingDate']);
    expect(paths({ ...E1, investmentYuan: -1 })).toEqual(['investmentYuan']);
    expect(paths({ ...E1, investmentYuan: 1.005 })).toEqual(['investmentYuan']);
    expect(paths({ ...E1, funding: ['fiscal_funds', 'fiscal_funds'] })).toEqual(['funding']);
    expect(paths({ ...E1, holidays: ['2015-10-10'], adjustedWorkingDays: ['2015-10-10'] })).toEqual(['adjustedWorkingDays.0']);
  });
});

describe('a fact not given is not assessed, never read as false', () => {
  it('no funding basis and isSubprojectOfFiscalCapitalProject not given: scope undetermined (inScope null), later sections null', () => {
    const r = run(calc, { ...E1, funding: [] });
    expect(r).toMatchObject({
      inScope: null,
      scopeReasons: ['no_funding_basis_listed', 'not_assessed:isSubprojectOfFiscalCapitalProject'],
      filing: null,
      review: null,
      outcome: null,
    });
    expect(r.notes).toEqual([
      expect.stringMatching(/^Scope undetermined: no 第三条 funding basis is listed and isSubprojectOfFiscalCapitalProject was not given/),
    ]);
    const scope = r.trace.steps.find((s) => s.name.en === 'scope of the pre-review')!;
    expect(scope).toMatchObject({ result: null, inputs: expect.objectContaining({ isSubprojectOfFiscalCapitalProject: null }) });
    expect(scope.formula.en).toMatch(/isSubprojectOfFiscalCapitalProject not given .* → undetermined;/);
    expect(scope.formula.zh).toMatch(/未说明是否为财政性资金基本建设项目中的电子政务子项目.*→ 无法判定$/);
    expect(r.notAssessed).toEqual([
      expect.objectContaining({ item: 'inScope', reason: 'input-not-given', fields: ['isSubprojectOfFiscalCapitalProject'] }),
    ]);
    expect(calc.output.safeParse(r).success).toBe(true);
  });

  it('the sub-project question does not matter when a funding basis is listed, or for a county project', () => {
    expect(run(calc, E1).inScope).toBe(true);
    const county = run(calc, { ...E1, level: 'county', funding: [] });
    // 第十八条 decides: the county applies its own measures whatever the funding
    expect(county).toMatchObject({ inScope: false, scopeReasons: ['county_level_own_measures'], filing: null });
  });

  it('in-year filing with no 第十条 condition given: undetermined (was not_in_principle with all four "not met")', () => {
    const r = run(calc, { ...base, plannedBuildYear: 2016, filingDate: '2016-03-01' });
    expect(r.filing).toEqual({
      cycle: 'in_year',
      regularDeadline: '2015-09-30',
      onTime: null,
      accepted: null,
      conditionsNotMet: [],
    });
    expect(r.notAssessed.map((x) => [x.item, x.reason, x.fields])).toEqual([
      ['higher_level_requirement', 'input-not-given', ['anytimeConditions.higherLevelRequirement']],
      ['municipal_government_endorsed', 'input-not-given', ['anytimeConditions.municipalGovernmentEndorsed']],
      ['funding_secured', 'input-not-given', ['anytimeConditions.fundingSecured']],
      ['must_build_this_year', 'input-not-given', ['anytimeConditions.mustBuildThisYear']],
    ]);
    expect(r.notes).toEqual([
      'In-year filing undetermined: 第十条 conditions not assessed (not given): higher_level_requirement, municipal_government_endorsed, funding_secured, must_build_this_year; accepted only when all four hold, otherwise 第九条 原则上不受理. Give them to decide.',
    ]);
    const filing = r.trace.steps.find((s) => s.name.en === 'filing cycle')!;
    expect(filing.formula.en).toBe(
      'filed in the build year 2016 (当年度临时申报): 第十条 conditions not assessed (not given): higher_level_requirement, municipal_government_endorsed, funding_secured, must_build_this_year → accepted: undetermined',
    );
    expect(filing.formula.zh).toMatch(
      /^在建设年度 2016 年当年申报（当年度临时申报）：第十条四项条件须同时具备——.*：未说明.* → 是否受理无法判定/,
    );
    expect(filing.rule).toBe('嘉政办发〔2014〕111号 第九条、第十条');
  });

  it('three given true and one left out: still undetermined, naming the one', () => {
    const { mustBuildThisYear: _, ...three } = ALL;
    const r = run(calc, { ...base, plannedBuildYear: 2016, filingDate: '2016-03-01', anytimeConditions: three });
    expect(r.filing).toMatchObject({ accepted: null, conditionsNotMet: [] });
    expect(r.notes[0]).toMatch(/not assessed \(not given\): must_build_this_year;/);
    expect(r.notAssessed.map((x) => x.item)).toEqual(['must_build_this_year']);
  });

  it('one given false refuses in principle whatever is left out (all four are required)', () => {
    const r = run(calc, { ...base, plannedBuildYear: 2016, filingDate: '2016-03-01', anytimeConditions: { fundingSecured: false } });
    expect(r.filing).toMatchObject({ accepted: false, conditionsNotMet: ['funding_secured'] });
    expect(r.notes).toEqual(['In-year filing not accepted in principle (第九条): 第十条 conditions not met: funding_secured.']);
    // the three not given are still not assessed (the false one decides anyway)
    expect(r.notAssessed.map((x) => x.item)).toEqual(['higher_level_requirement', 'municipal_government_endorsed', 'must_build_this_year']);
    expect(r.trace.steps.find((s) => s.name.en === 'filing cycle')!.formula.en).toMatch(
      /not met: funding_secured; not assessed \(not given\): higher_level_requirement, municipal_government_endorsed, must_build_this_year → accepted: not_in_principle$/,
    );
  });

  it('the regular cycle does not read the 第十条 conditions (none given: still accepted)', () => {
    expect(run(calc, E1).filing).toMatchObject({ cycle: 'regular', accepted: true, conditionsNotMet: [] });
  });

  it('the input schema fills in no false any more', () => {
    const parsed = calc.input.parse({ ...E1, anytimeConditions: {} });
    expect(parsed).not.toHaveProperty('isSubprojectOfFiscalCapitalProject');
    expect(parsed.anytimeConditions).toEqual({});
  });
});
