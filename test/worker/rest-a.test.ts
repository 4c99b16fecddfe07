import { describe, expect, it } from 'vitest';
import type { TraceData } from '../../src/engine/trace';
import eligibilityCases from '../../src/policy/residence-permits/residence-permit-eligibility.cases.json';
import endorsementCases from '../../src/policy/residence-permits/residence-permit-endorsement.cases.json';
import { expectProblem, get, postCalculator } from '../helpers/http';

type Body = Record<string, unknown> & { trace: TraceData; data: { table: string; version: string } };

const RP = /^嘉政办发〔2014〕98号 [二三]（[一二]）/;

async function ok(id: string, body: unknown) {
  const res = await postCalculator(id, body);
  expect(res.status, id).toBe(200);
  const json = (await res.json()) as Body;
  expect(json.data.table).toBe('residence-permits');
  expect(json.trace.steps.length).toBeGreaterThan(0);
  for (const s of json.trace.steps) {
    expect(s.rule).toMatch(RP);
    expect(s.parameters.length).toBeGreaterThan(0);
    for (const key of s.parameters)
      expect(json.trace.parameters[key]).toMatchObject({ table: 'residence-permits', version: json.data.version });
  }
  return json;
}

const problem = async (id: string, body: unknown, type: string) => expectProblem(await postCalculator(id, body), 422, type);

/** The answers' figures are cases of the calculators (cases.test.ts runs them through the Worker); here what HTTP adds. */
const requestOf = (cases: readonly { id: string; request: unknown }[], id: string) => cases.find((c) => c.id === id)!.request;

describe('POST /v1/calculators/residence-permit-*: the answer names its table, and every step cites 98号 at that version', () => {
  it.each([
    ['residence-permit-eligibility', 'worker-standard-route', eligibilityCases],
    ['residence-permit-eligibility', 'countyRules', eligibilityCases],
    ['residence-permit-endorsement', 'late', endorsementCases],
    ['residence-permit-endorsement', 'N8-dates-omitted', endorsementCases],
  ] as const)('%s, case %s', async (id, caseId, cases) => {
    await ok(id, requestOf(cases, caseId));
  });
});

describe('POST /v1/calculators/residence-permit-eligibility', () => {
  it('422 naming the fields on SI 13 and a missing contract term; 422 not-in-force before 2014-10-31', async () => {
    const bad = await problem(
      'residence-permit-eligibility',
      {
        applicationDate: '2015-03-01',
        hasLocalHukou: false,
        residenceProof: 'rented_home',
        employment: { route: 'employed', monthsEmployedLocally: 6, labourContractTermMonths: 6, socialInsuranceMonthsInPastYear: 13 },
      },
      'validation-error',
    );
    expect(bad.errors!.map((e) => e.pointer)).toEqual(['/employment/socialInsuranceMonthsInPastYear']);
    const missing = await problem(
      'residence-permit-eligibility',
      {
        applicationDate: '2015-03-01',
        hasLocalHukou: false,
        residenceProof: 'rented_home',
        employment: { route: 'employed', monthsEmployedLocally: 6, socialInsuranceMonthsInPastYear: 6 },
      },
      'validation-error',
    );
    expect(missing.errors!.map((e) => e.pointer)).toEqual(['/employment/labourContractTermMonths']);
    const early = await problem(
      'residence-permit-eligibility',
      { applicationDate: '2014-10-30', hasLocalHukou: false, residenceProof: 'rented_home', employment: { route: 'none' } },
      'not-in-force',
    );
    expect(early.parameter).toMatchObject({ table: 'residence-permits', key: 'pilot.start_date' });
  });
});

describe('POST /v1/calculators/residence-permit-endorsement', () => {
  it('422 naming the field on an endorsement after asOfDate; 422 not-in-force for a permit issued before the pilot', async () => {
    const bad = await problem(
      'residence-permit-endorsement',
      { issueDate: '2015-03-15', asOfDate: '2016-06-01', endorsementDates: ['2016-07-01'] },
      'validation-error',
    );
    expect(bad.errors!.map((e) => e.pointer)).toEqual(['/endorsementDates/0']);
    const early = await problem('residence-permit-endorsement', { issueDate: '2014-10-30', asOfDate: '2015-06-01' }, 'not-in-force');
    expect(early.parameter).toMatchObject({ table: 'residence-permits', key: 'endorsement.interval_years' });
  });
});

describe('lookup-only tables of the rest of the gazette', () => {
  it('serves every new table with its source document', async () => {
    const res = await get('/v1/tables');
    expect(res.status).toBe(200);
    const json = (await res.json()) as { tables: { id: string; sources: { number: string }[] }[] };
    const numbers = Object.fromEntries(json.tables.map((t) => [t.id, t.sources.map((s) => s.number)]));
    expect(numbers).toMatchObject({
      'mayor-quality-award-2014': ['嘉政发〔2014〕79号'],
      'metrology-development': ['嘉政发〔2014〕80号'],
      'social-science-awards-19th': ['嘉政发〔2014〕81号'],
      'social-credit-system': ['嘉政发〔2014〕82号'],
      'industrial-development-plan': ['嘉政发〔2014〕83号'],
      'urbanisation-finance': ['嘉政发〔2014〕88号'],
      'residence-permits': ['嘉政办发〔2014〕98号'],
    });
  });

  it('an unpublished value is served as such, never 0: 2014 mayor quality award prize money', async () => {
    const res = await get('/v1/tables/mayor-quality-award-2014/parameters/award.prize_money?date=2015-01-01&lang=en');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ value: null, published: false });
    const count = (await (await get('/v1/tables/mayor-quality-award-2014/parameters/award.winner_count?date=2015-01-01')).json()) as {
      value: unknown;
    };
    expect(count.value).toBe(3);
  });
});
