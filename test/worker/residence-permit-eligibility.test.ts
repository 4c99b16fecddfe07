import { describe, expect, it } from 'vitest';
import { expectCalculation, expectProblem, postCalculator } from '../helpers/http';

/** residence-permit-eligibility through the Worker: inputs not given are not assessed (嘉政办发〔2014〕98号 三（一）2). */
describe('POST /v1/calculators/residence-permit-eligibility: not given → undetermined', () => {
  const migrant = { applicationDate: '2015-03-01', hasLocalHukou: false };
  const employed = { route: 'employed', monthsEmployedLocally: 7, labourContractTermMonths: 12, socialInsuranceMonthsInPastYear: 7 };

  it('no accommodation proof, holdsTemporaryPermit and investorOrTalent omitted: residence permit null (was false), named in a note', async () => {
    const body = await expectCalculation(
      await postCalculator('residence-permit-eligibility', { ...migrant, residenceProof: 'none', employment: employed }),
    );
    expect(body).toMatchObject({
      temporaryPermit: { eligible: false },
      residencePermit: { eligible: null },
      recommendedPermit: null,
      unpublished: [],
    });
    expect((body.notAssessed as { item: string; fields: string[] }[]).map((x) => [x.item, x.fields])).toEqual([
      ['temp_permit_or_stable_residence', ['holdsTemporaryPermit']],
      ['investor_or_talent', ['investorOrTalent']],
    ]);
    const notes = body.notes as { code: string; message: string }[];
    expect(notes.find((n) => n.code === 'inputs-not-given')!.message).toMatch(
      /^Not assessed \(input not given\): holdsTemporaryPermit, investorOrTalent\./,
    );
  });

  it('both answered false: refused (none)', async () => {
    const body = await expectCalculation(
      await postCalculator('residence-permit-eligibility', {
        ...migrant,
        residenceProof: 'none',
        holdsTemporaryPermit: false,
        investorOrTalent: false,
        employment: employed,
      }),
    );
    expect(body).toMatchObject({ residencePermit: { eligible: false }, recommendedPermit: 'none' });
  });

  it('422 problem+json naming a bad field', async () => {
    const problem = await expectProblem(
      await postCalculator('residence-permit-eligibility', {
        ...migrant,
        residenceProof: 'none',
        investorOrTalent: 'yes',
        employment: employed,
      }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/investorOrTalent']);
  });
});
