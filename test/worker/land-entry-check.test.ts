import { describe, expect, it } from 'vitest';
import { expectCalculation, expectProblem, postCalculator } from '../helpers/http';

/** land-entry-check through the Worker: 拆迁安置除外 not answered leaves the ground not assessed (嘉政办发〔2014〕106号 二（一）1（2）). */
describe('POST /v1/calculators/land-entry-check: resettlement not given', () => {
  // a services project at the small-project bounds (50 000 000 and 20 mu, both inclusive)
  const small = {
    date: '2015-06-01',
    projectType: 'services',
    zone: 'development-zone',
    totalInvestment: 50000000,
    landArea: 20,
    priority: false,
    conformsToUpgrading: true,
  };

  it('small project without resettlement: the ground is not_assessed, not met; eligible undetermined (null)', async () => {
    const body = await expectCalculation(await postCalculator('land-entry-check', small));
    const exclusions = body.exclusions as { rule: string; status: string }[];
    expect(exclusions.find((x) => x.rule === 'small_project')!.status).toBe('not_assessed');
    expect(body).toMatchObject({ eligible: null, reasons: [] });
    expect(body.notAssessed).toContainEqual(expect.objectContaining({ item: 'small_project', fields: ['resettlement'] }));
  });

  it('resettlement false: the ground holds (eligible false)', async () => {
    const body = await expectCalculation(await postCalculator('land-entry-check', { ...small, resettlement: false }));
    expect(body).toMatchObject({ eligible: false, reasons: [expect.objectContaining({ item: 'small_project' })] });
    expect((body.exclusions as { rule: string; status: string }[]).find((x) => x.rule === 'small_project')!.status).toBe('met');
  });

  it('422 problem+json naming a bad field', async () => {
    const problem = await expectProblem(
      await postCalculator('land-entry-check', { ...small, resettlement: 'no' }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/resettlement']);
  });
});
