import { describe, expect, it } from 'vitest';
import { expectProblem, postCalculator } from '../helpers/http';

/**
 * The special-education and military-family calculators through the Worker: what only HTTP shows. Their requests and
 * answers are cases (src/policy/<table>/<calculator>.cases.json, run through the Worker by test/worker/cases.test.ts);
 * here, the table and version an answer was computed from (`data`), which every value of its trace cites, and
 * refusals as problem+json.
 */

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

/** [the case holding the answer's figures, calculator, request, table, citation of every step] */
const ANSWERS: [string, string, unknown, string, RegExp][] = [
  [
    'compulsory',
    'special-education-funding',
    { date: '2015-06-01', stage: 'compulsory', regularPerStudentRate: 1000, disabledStudents: 12, actualPerStudentFunding: 10000 },
    'special-education',
    SE,
  ],
  [
    'T2',
    'special-education-teacher-allowance',
    { date: '2015-06-01', basicMonthlySalary: 3000, yearsInSpecialEducation: 10 },
    'special-education',
    SE,
  ],
  [
    'urban',
    'military-family-self-employment-grant',
    { date: '2015-06-01', garrisonArea: 'urban_districts', hardshipSubsidyReceived: 5000 },
    'military-family-employment',
    MFE,
  ],
  [
    'twelveMonths',
    'military-family-living-subsidy',
    { date: '2016-06-01', monthsWithoutWork: 12, minimumLivingStandardMonthly: 620 },
    'military-family-employment',
    MFE,
  ],
  [
    'L1',
    'military-family-living-subsidy',
    { date: '2016-06-01', monthsWithoutWork: 5, minimumLivingStandardMonthly: 620 },
    'military-family-employment',
    MFE,
  ],
];

/** [the case holding the problem's members, calculator, request, problem type] */
const REFUSALS: [string, string, unknown, string][] = [
  [
    'bad-stage-and-rate',
    'special-education-funding',
    { date: '2015-06-01', stage: 'primary', regularPerStudentRate: -1 },
    'validation-error',
  ],
  ['F13', 'special-education-funding', { date: '2014-12-29', stage: 'compulsory', regularPerStudentRate: 1000 }, 'not-in-force'],
  [
    'T12a',
    'special-education-teacher-allowance',
    { date: '2015-06-01', basicMonthlySalary: 3000, yearsInSpecialEducation: -1 },
    'validation-error',
  ],
  ['counties-received-omitted', 'military-family-self-employment-grant', { date: '2015-06-01', garrisonArea: 'counties' }, 'not-published'],
  ['G12b', 'military-family-self-employment-grant', { date: '2015-06-01', garrisonArea: 'jiashan' }, 'validation-error'],
  ['fractional-months-no-rate', 'military-family-living-subsidy', { date: '2016-06-01', monthsWithoutWork: 6.5 }, 'validation-error'],
  [
    'L14a',
    'military-family-living-subsidy',
    { date: '2015-01-21', monthsWithoutWork: 12, minimumLivingStandardMonthly: 620 },
    'not-in-force',
  ],
];

describe('special-education and military-family answers cite the table and version they were computed from', () => {
  for (const [caseId, id, body, table, citation] of ANSWERS) {
    it(`${id} (case ${caseId}): every step cites the document, every value the answer's table and version`, async () => {
      await ok(id, body, table, citation);
    });
  }
});

describe('special-education and military-family refusals are problem+json', () => {
  for (const [caseId, id, body, type] of REFUSALS) {
    it(`${id} (case ${caseId}): 422 ${type}`, async () => {
      await problem(id, body, type);
    });
  }
});
