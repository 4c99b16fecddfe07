import { describe, expect, it } from 'vitest';
import { expectProblem, postCalculator } from '../helpers/http';

type Step = { name: { zh: string; en: string }; rule: string; parameters: string[] };
type Body = Record<string, unknown> & {
  trace: { parameters: Record<string, { table: string; version: string; citation: string }>; steps: Step[] };
  data: { table: string; version: string };
};

async function ok(id: string, body: unknown, table: string, citation: RegExp) {
  const res = await postCalculator(id, body);
  expect(res.status, id).toBe(200);
  const json = (await res.json()) as Body;
  expect(json.data.table).toBe(table);
  expect(json.trace.steps.length).toBeGreaterThan(0);
  for (const s of json.trace.steps) {
    expect(s.rule).toMatch(citation);
    for (const key of s.parameters) expect(json.trace.parameters[key]).toMatchObject({ table, version: json.data.version });
  }
  for (const p of Object.values(json.trace.parameters)) expect(p).toMatchObject({ table, version: json.data.version });
  return json;
}

const problem = async (id: string, body: unknown, type: string) => expectProblem(await postCalculator(id, body), 422, type);

const SE = /^嘉政办发〔2014〕115号 /;
const MFE = /^嘉政发〔2014〕85号 第.+条/;

describe('POST /v1/calculators/special-education-funding', () => {
  it('compulsory stage: 10 × 1 000 = 10 000 per student, 120 000 for 12, compliant at the bound', async () => {
    const body = await ok(
      'special-education-funding',
      { date: '2015-06-01', stage: 'compulsory', regularPerStudentRate: 1000, disabledStudents: 12, actualPerStudentFunding: 10000 },
      'special-education',
      SE,
    );
    expect(body).toMatchObject({
      multiplierMin: 10,
      minimumPerStudent: 10000,
      minimumTotal: 120000,
      compliance: { compliant: true, shortfallPerStudent: 0 },
    });
    expect(body.trace.steps[0]!.rule).toBe('嘉政办发〔2014〕115号 四（二）');
  });

  it('422 naming the field on a bad stage or rate; 422 not-in-force before 2014-12-30', async () => {
    const bad = await problem(
      'special-education-funding',
      { date: '2015-06-01', stage: 'primary', regularPerStudentRate: -1 },
      'validation-error',
    );
    expect(bad.errors!.map((e) => e.pointer).sort()).toEqual(['/regularPerStudentRate', '/stage']);
    const early = await problem(
      'special-education-funding',
      { date: '2014-12-29', stage: 'compulsory', regularPerStudentRate: 1000 },
      'not-in-force',
    );
    expect(early.parameter!.table).toBe('special-education');
  });
});

describe('POST /v1/calculators/special-education-teacher-allowance', () => {
  it('3 000 a month, 10 years: 450 + 450 = 900 and the honour certificate', async () => {
    const body = await ok(
      'special-education-teacher-allowance',
      { date: '2015-06-01', basicMonthlySalary: 3000, yearsInSpecialEducation: 10 },
      'special-education',
      SE,
    );
    expect(body).toMatchObject({
      allowanceRatio: 0.3,
      baseAllowance: 450,
      extraAllowance: 450,
      allowance: 900,
      honourCertificate: true,
      pension: { countedIntoPension: false },
    });
    expect(body.trace.steps[0]!.rule).toBe('嘉政办发〔2014〕115号 三（七）');
  });

  it('422 naming the field on negative years', async () => {
    const bad = await problem(
      'special-education-teacher-allowance',
      { date: '2015-06-01', basicMonthlySalary: 3000, yearsInSpecialEducation: -1 },
      'validation-error',
    );
    expect(bad.errors!.map((e) => e.pointer)).toEqual(['/yearsInSpecialEducation']);
  });
});

describe('POST /v1/calculators/military-family-self-employment-grant', () => {
  it('urban districts, 5 000 received: 15 000 due', async () => {
    const body = await ok(
      'military-family-self-employment-grant',
      { date: '2015-06-01', garrisonArea: 'urban_districts', hardshipSubsidyReceived: 5000 },
      'military-family-employment',
      MFE,
    );
    expect(body).toMatchObject({ grantStandard: 20000, deduction: 5000, grantDue: 15000, countsAsPlaced: true });
  });

  it('counties: 422 not-published naming the self_employment_grant row', async () => {
    const body = await problem('military-family-self-employment-grant', { date: '2015-06-01', garrisonArea: 'counties' }, 'not-published');
    expect(body.parameter).toMatchObject({ table: 'military-family-employment', key: 'self_employment_grant.amount' });
    expect(body.parameter!.note).toContain('第三十一条');
  });

  it('422 naming the field on an unknown area', async () => {
    const bad = await problem('military-family-self-employment-grant', { date: '2015-06-01', garrisonArea: 'jiashan' }, 'validation-error');
    expect(bad.errors!.map((e) => e.pointer)).toEqual(['/garrisonArea']);
  });
});

describe('POST /v1/calculators/military-family-living-subsidy', () => {
  it('12 months at 620: 6 months paid after the 6-month wait, 3 720', async () => {
    const body = await ok(
      'military-family-living-subsidy',
      { date: '2015-06-01', monthsWithoutWork: 12, minimumLivingStandardMonthly: 620 },
      'military-family-employment',
      MFE,
    );
    expect(body).toMatchObject({ eligible: true, reasons: [], monthsPayable: 6, amount: 3720, firstPayableMonth: 7, lastPayableMonth: 30 });
  });

  it('5 months: a 200 decision, not eligible, with the reason', async () => {
    const body = await ok(
      'military-family-living-subsidy',
      { date: '2015-06-01', monthsWithoutWork: 5, minimumLivingStandardMonthly: 620 },
      'military-family-employment',
      MFE,
    );
    expect(body).toMatchObject({ eligible: false, monthsPayable: 0, amount: 0, reasons: [{ code: 'waiting-period-not-reached' }] });
  });

  it('422 naming the fields on fractional months and a missing rate; not-in-force before 2015-01-22', async () => {
    const bad = await problem('military-family-living-subsidy', { date: '2015-06-01', monthsWithoutWork: 6.5 }, 'validation-error');
    expect(bad.errors!.map((e) => e.pointer).sort()).toEqual(['/minimumLivingStandardMonthly', '/monthsWithoutWork']);
    await problem(
      'military-family-living-subsidy',
      { date: '2015-01-21', monthsWithoutWork: 12, minimumLivingStandardMonthly: 620 },
      'not-in-force',
    );
  });
});
