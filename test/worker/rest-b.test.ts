import { describe, expect, it } from 'vitest';
import type { TraceData } from '../../src/engine/trace';
import { expectCalculation, expectProblem, postCalculator } from '../helpers/http';

/** The 113号, 110号, 111号 and 104号 decision endpoints through the Worker (workerd). */

/** Every refusal tested here is a 422. */
const problemOf = (res: Response, type: string) => expectProblem(res, 422, type);

describe('POST /v1/calculators/case-transfer-deadlines (113号)', () => {
  it('200: found Thu 2015-03-05 16:00 → transfer by Tue 03-10, notice by Tue 03-17, weekends-only warning, trace citing 二（一）3（1）', async () => {
    const body = await expectCalculation(
      await postCalculator('case-transfer-deadlines', { discoveredAt: '2015-03-05T16:00', urgent: false }),
    );
    expect(body).toMatchObject({
      route: 'transfer',
      transfer: { deadlineDate: '2015-03-10' },
      acceptanceNotice: { deadlineDate: '2015-03-17' },
      calendar: 'weekends_only',
    });
    expect(body.warnings).toHaveLength(1);
    const trace = body.trace as unknown as TraceData;
    expect(trace.steps[0]!.rule).toBe('嘉政办发〔2014〕113号 二（一）3（1）');
    expect(trace.steps[0]!.parameters).toContain('case_transfer.deadline');
    expect(trace.parameters['case_transfer.deadline']).toMatchObject({ value: 3, table: 'enforcement-cooperation' });
    expect(body.data.table).toBe('enforcement-cooperation');
  });

  it('200: urgent → 24 h instant with +08:00', async () => {
    const body = await expectCalculation(
      await postCalculator('case-transfer-deadlines', {
        discoveredAt: '2015-03-06T16:30+08:00',
        urgent: true,
        transferredAt: '2015-03-07T16:30',
      }),
    );
    expect(body.transfer).toMatchObject({ kind: 'instant', deadlineAt: '2015-03-07T16:30:00+08:00', onTime: true });
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

  it('200: filed 2015-09-30 for 2016 → regular, accepted; approve at the caller threshold → approval procedure; trace citing 第九条', async () => {
    const body = await expectCalculation(
      await postCalculator('egov-project-review', {
        ...E1,
        reviewOutcome: 'approve',
        investmentYuan: 1000000,
        approvalThresholdYuan: 1000000,
      }),
    );
    expect(body).toMatchObject({
      inScope: true,
      filing: { cycle: 'regular', accepted: true },
      outcome: { approvalPath: 'project_approval_procedure', thresholdSource: 'request' },
    });
    expect((body.trace as unknown as TraceData).steps.find((s) => s.name.en === 'filing cycle')!.rule).toBe('嘉政办发〔2014〕111号 第九条');
    expect(body.notAssessed).toEqual([]);
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
