import { describe, expect, it } from 'vitest';
import { expectCalculation, expectProblem, postCalculator } from '../helpers/http';

/** egov-project-review through the Worker: materials cannot be complete before the filing (第十三条 period). */
describe('POST /v1/calculators/egov-project-review: materialsCompleteDate', () => {
  const E = {
    level: 'municipal',
    funding: ['fiscal_funds'],
    category: 'infrastructure',
    workType: 'new',
    plannedBuildYear: 2016,
    filingDate: '2015-06-01',
  };

  it('materials complete 2015-05-01, filed 2015-06-01 → 422 naming /materialsCompleteDate', async () => {
    const problem = await expectProblem(
      await postCalculator('egov-project-review', { ...E, materialsCompleteDate: '2015-05-01' }),
      422,
      'validation-error',
    );
    expect(problem.errors).toEqual([
      expect.objectContaining({ pointer: '/materialsCompleteDate', message: 'must not be before filingDate' }),
    ]);
  });

  it('materials complete on the filing day: 200, the review deadline after the filing', async () => {
    const body = await expectCalculation(await postCalculator('egov-project-review', { ...E, materialsCompleteDate: '2015-06-01' }));
    const review = body.review as { startDate: string; deadlineDate: string };
    expect(review.startDate).toBe('2015-06-01');
    expect(review.deadlineDate > E.filingDate).toBe(true);
  });
});

/** egov-project-review through the Worker: a fact not given is not assessed (第三条, 第十条). */
describe('POST /v1/calculators/egov-project-review: not given → undetermined', () => {
  const E = {
    level: 'municipal',
    funding: ['fiscal_funds'],
    category: 'infrastructure',
    workType: 'new',
    plannedBuildYear: 2016,
    filingDate: '2016-03-01',
  };

  it('in-year filing with no 第十条 condition given: accepted null, undetermined (was not_in_principle); one false refuses', async () => {
    const open = await expectCalculation(await postCalculator('egov-project-review', E));
    expect(open.filing).toMatchObject({ cycle: 'in_year', accepted: null, conditionsNotMet: [] });
    expect((open.notAssessed as { item: string }[]).map((x) => x.item)).toEqual([
      'higher_level_requirement',
      'municipal_government_endorsed',
      'funding_secured',
      'must_build_this_year',
    ]);
    const refused = await expectCalculation(
      await postCalculator('egov-project-review', { ...E, anytimeConditions: { mustBuildThisYear: false } }),
    );
    expect(refused.filing).toMatchObject({ accepted: false, conditionsNotMet: ['must_build_this_year'] });
  });

  it('no funding basis and the sub-project question not answered: inScope null (was false); answered false: out of scope', async () => {
    const open = await expectCalculation(await postCalculator('egov-project-review', { ...E, funding: [] }));
    expect(open).toMatchObject({
      inScope: null,
      scopeReasons: ['no_funding_basis_listed', 'not_assessed:isSubprojectOfFiscalCapitalProject'],
      filing: null,
      notAssessed: [
        expect.objectContaining({ item: 'inScope', reason: 'input-not-given', fields: ['isSubprojectOfFiscalCapitalProject'] }),
      ],
    });
    const out = await expectCalculation(
      await postCalculator('egov-project-review', { ...E, funding: [], isSubprojectOfFiscalCapitalProject: false }),
    );
    expect(out).toMatchObject({ inScope: false, scopeReasons: ['not_fiscal_or_government_project'] });
  });

  it('422 naming a 第十条 condition that is not a boolean', async () => {
    const problem = await expectProblem(
      await postCalculator('egov-project-review', { ...E, anytimeConditions: { fundingSecured: 'yes' } }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/anytimeConditions/fundingSecured']);
  });
});
