import { describe, expect, it } from 'vitest';
import { expectCalculation, expectProblem, postCalculator } from '../helpers/http';

/** The 113号, 110号, 111号 and 104号 decision endpoints through the Worker (workerd). */

/** Every refusal tested here is a 422. */
const problemOf = (res: Response, type: string) => expectProblem(res, 422, type);

describe('POST /v1/calculators/case-transfer-deadlines (113号)', () => {
  it('200: the answer names the table it was computed from (its figures are the case T2 of the calculator)', async () => {
    const body = await expectCalculation(
      await postCalculator('case-transfer-deadlines', { discoveredAt: '2015-03-05T16:00', urgent: false }),
    );
    expect(body.data.table).toBe('enforcement-cooperation');
  });

  it('422 validation-error naming discoveredAt for a Z time', async () => {
    const body = await problemOf(
      await postCalculator('case-transfer-deadlines', { discoveredAt: '2015-03-05T10:00Z', urgent: false }),
      'validation-error',
    );
    expect(body.errors).toEqual([expect.objectContaining({ field: 'discoveredAt', pointer: '/discoveredAt' })]);
  });

  it('422 not-in-force before 2014-12-28', async () => {
    const body = await problemOf(
      await postCalculator('case-transfer-deadlines', { discoveredAt: '2014-12-27T10:00', urgent: false }),
      'not-in-force',
    );
    expect(body.parameter).toMatchObject({ key: 'case_transfer.deadline', table: 'enforcement-cooperation' });
    expect(body.missing).toHaveLength(3);
  });
});

describe('POST /v1/calculators/fire-water-source-check (110号)', () => {
  // The answers (goods at exactly 5 m with a spacing not published, a DN 400 burst) are cases of
  // fire-water-source-check.cases.json (W-5m-spacing, F5); here what only the HTTP answer carries.
  it('200: the answer names the table it was computed from', async () => {
    const body = await expectCalculation(
      await postCalculator('fire-water-source-check', {
        date: '2015-06-01',
        hydrantClearance: { nearestStackedGoodsM: 5 },
        design: { hydrantSpacingM: 120 },
      }),
    );
    expect(body.data.table).toBe('fire-water-sources');
  });

  it('422 validation-error naming a negative distance', async () => {
    const body = await problemOf(
      await postCalculator('fire-water-source-check', { date: '2015-06-01', hydrantClearance: { nearestStackedGoodsM: -1 } }),
      'validation-error',
    );
    expect(body.errors).toEqual([
      expect.objectContaining({ field: 'hydrantClearance.nearestStackedGoodsM', pointer: '/hydrantClearance/nearestStackedGoodsM' }),
    ]);
  });

  it('422 not-in-force on 2015-01-31 (in force from 2015-02-01)', async () => {
    const body = await problemOf(
      await postCalculator('fire-water-source-check', { date: '2015-01-31', hydrantClearance: { nearestStackedGoodsM: 10 } }),
      'not-in-force',
    );
    expect(body.parameter).toMatchObject({ key: 'clearance.no_stacking_radius', table: 'fire-water-sources' });
  });
});

describe('POST /v1/calculators/egov-project-review (111号)', () => {
  const E1 = {
    level: 'municipal',
    funding: ['fiscal_funds'],
    category: 'infrastructure',
    workType: 'new',
    plannedBuildYear: 2016,
    filingDate: '2015-09-30',
  };

  it('200: the answer names the table it was computed from (its figures are the case E9 of the calculator)', async () => {
    const body = await expectCalculation(
      await postCalculator('egov-project-review', {
        ...E1,
        reviewOutcome: 'approve',
        investmentYuan: 1000000,
        approvalThresholdYuan: 1000000,
      }),
    );
    expect(body.data.table).toBe('egov-project-prereview');
  });

  it('422 not-published naming approval.project_approval_threshold, with the scope and filing still in the body', async () => {
    const body = await problemOf(
      await postCalculator('egov-project-review', { ...E1, reviewOutcome: 'approve', investmentYuan: 500000 }),
      'not-published',
    );
    expect(body.parameter).toMatchObject({ key: 'approval.project_approval_threshold', table: 'egov-project-prereview' });
    expect(body).toMatchObject({ inScope: true, filing: { cycle: 'regular' } });
  });

  it('materials complete on 9999-12-31: the review deadline would fall in 10000 → 422 calculation-refused, not a 500 (found by npm run fuzz)', async () => {
    const body = await problemOf(
      await postCalculator('egov-project-review', { ...E1, materialsCompleteDate: '9999-12-31' }),
      'calculation-refused',
    );
    expect(body.detail).toMatch(/10000/);
  });

  it('422 validation-error naming filingDate after the build year', async () => {
    const body = await problemOf(
      await postCalculator('egov-project-review', { ...E1, plannedBuildYear: 2015, filingDate: '2016-01-05' }),
      'validation-error',
    );
    expect(body.errors).toEqual([expect.objectContaining({ field: 'filingDate', pointer: '/filingDate' })]);
  });
});

describe('POST /v1/calculators/bus-tia-requirement (104号)', () => {
  // The answers (a 24-class new school whose concluded facilities are not built, a commercial project of exactly
  // 50 000 m²) are cases of bus-tia-requirement.cases.json (school, B5); here what only the HTTP answer carries.
  it('200: the answer names the table it was computed from', async () => {
    const body = await expectCalculation(
      await postCalculator('bus-tia-requirement', {
        date: '2015-03-01',
        projectType: 'school',
        works: 'new',
        classes: 24,
        busFacilitiesPerTiaConclusion: false,
      }),
    );
    expect(body.data.table).toBe('bus-priority-city');
  });

  it('422 validation-error naming beds when a hospital gives none', async () => {
    const body = await problemOf(
      await postCalculator('bus-tia-requirement', { date: '2015-03-01', projectType: 'hospital', works: 'new' }),
      'validation-error',
    );
    expect(body.errors).toEqual([expect.objectContaining({ field: 'beds', pointer: '/beds' })]);
  });

  it('422 not-in-force before 2014-12-09', async () => {
    const body = await problemOf(
      await postCalculator('bus-tia-requirement', { date: '2014-12-08', projectType: 'school', works: 'new', classes: 30 }),
      'not-in-force',
    );
    expect(body.parameter).toMatchObject({ key: 'tia.school_classes_min', table: 'bus-priority-city' });
  });
});
