import { describe, expect, it } from 'vitest';
import { docsOf } from '../../scripts/lib/policy';
import { calculators } from '../../src/policy/index';
import { byYears, moveRequest, toDate } from '../../src/engine/sample-dates';
import { calculate } from '../../src/engine/calculator';
import { realBundle, requestOf } from '../helpers/calc';

/** Each calculator's docs say how tables:diff moves its cases to a date an edit changes (`sampleAt`, src/engine/sample-dates.ts). */

const moveSample = (id: string, request: unknown, date: string) => {
  const calc = calculators.find((c) => c.id === id);
  return calc ? moveRequest(docsOf(calc).sampleAt, request, date) : { error: `no calculator ${id}` };
};

const DATES = ['2016-01-01', '2016-07-15', '2014-12-02'];

describe('every calculator says how its samples move to a date', () => {
  it('one mover per calculator, in its docs', () => {
    for (const calc of calculators) expect(typeof docsOf(calc).sampleAt, calc.id).toBe('function');
  });

  it.each(calculators.map((c) => [c.id, c] as const))('%s: every example, moved to each date, is still a valid request', (_id, calc) => {
    for (const [name, example] of Object.entries(docsOf(calc).examples)) {
      for (const date of DATES) {
        const moved = moveSample(calc.id, example.value, date);
        if ('error' in moved) throw new Error(`${name} → ${date}: ${moved.error}`);
        const parsed = calc.input.safeParse(moved.request);
        expect(parsed.success, `${name} → ${date}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        // the moved request is a different request unless the example already was at that date
        if (JSON.stringify(moved.request) === JSON.stringify(example.value))
          expect(JSON.stringify(example.value)).toContain(date.slice(0, 4));
      }
    }
  });

  it('the settlement moves its year, its bills by whole years and the birth date with them (the same age)', () => {
    const settlement = calculators.find((c) => c.id === 'employee-medical-settlement')!;
    const example = requestOf(settlement, 'workedExample') as { person: object; claims: { date: string }[] };
    const moved = moveSample('employee-medical-settlement', example, '2016-07-15');
    expect(moved).toEqual({
      request: {
        ...example,
        year: 2016,
        person: { ...example.person, birthDate: '1946-03-10' },
        claims: example.claims.map((c: { date: string }) => ({ ...c, date: `2016${c.date.slice(4)}` })),
      },
    });
  });

  it('the moved settlement answers with the values in force in the new year', () => {
    const calc = calculators.find((c) => c.id === 'employee-medical-settlement')!;
    const example = docsOf(calc).examples.workedExample!.value;
    const moved = moveSample(calc.id, example, '2016-01-01') as { request: unknown };
    // the real tables have no 2016 rows of their own: 2015's values go on, so the answer is the same
    const a = calculate(calc, realBundle(), calc.input.parse(example)) as { totals: unknown };
    const b = calculate(calc, realBundle(), calc.input.parse(moved.request)) as { totals: unknown };
    expect(b.totals).toEqual(a.totals);
  });

  it('a request read on one date: that date becomes the date, the others keep their distance (days), YYYY-MM moves by months', () => {
    const transfer = {
      birthDate: '1954-06-01',
      applicationDate: '2015-05-10',
      retirementDate: '2012-06-30',
      interruptionStart: '2014-03',
      contributionMonths: 320,
    };
    expect(moveSample('employee-medical-transfer-fee', transfer, '2016-05-10')).toEqual({
      request: {
        birthDate: '1955-06-01',
        applicationDate: '2016-05-10',
        retirementDate: '2013-06-30',
        interruptionStart: '2015-03',
        contributionMonths: 320,
      },
    });
    // a date-time keeps its time of day; holidays move with the case
    expect(
      moveSample(
        'case-transfer-deadlines',
        { discoveredAt: '2015-03-05T16:00', receivedAt: '2015-03-10T11:00', holidays: ['2015-04-06'] },
        '2015-03-06',
      ),
    ).toEqual({ request: { discoveredAt: '2015-03-06T16:00', receivedAt: '2015-03-11T11:00', holidays: ['2015-04-07'] } });
    // a count of months "in the past year" is not a calendar year
    const eligibility = { applicationDate: '2015-03-01', employment: { route: 'employed', socialInsuranceMonthsInPastYear: 6 } };
    expect(moveSample('residence-permit-eligibility', eligibility, '2016-03-01')).toEqual({
      request: { applicationDate: '2016-03-01', employment: { route: 'employed', socialInsuranceMonthsInPastYear: 6 } },
    });
  });

  it('the helpers: 29 February by years, planned years by the years between, and a request that is not an object', () => {
    expect(byYears({ year: 2016, birthDate: '1960-02-29' }, 1)).toEqual({ year: 2017, birthDate: '1961-02-28' });
    expect(toDate({ filingDate: '2015-09-30', plannedBuildYear: 2016 }, '2015-09-30', '2016-01-04')).toEqual({
      filingDate: '2016-01-04',
      plannedBuildYear: 2017,
    });
    expect(moveRequest((r) => r, [], '2016-01-01')).toEqual({ error: 'the request is not an object' });
  });
});
