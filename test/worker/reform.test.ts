import { describe, expect, it } from 'vitest';
import { expectProblem, post, postCalculator } from '../helpers/http';

/**
 * What-if reforms inside workerd, with the Worker's own zod (src/bundle-stubs/hono-zod-openapi.ts) and no documentation
 * schemas: the answer { baseline, reform, difference }, the reform mark in the trace, 422s naming the field, batches.
 */

const SETTLE = 'employee-medical-settlement';
const request = {
  year: 2015,
  person: { scheme: 'A', status: 'employed', birthDate: '1970-01-01' },
  claims: [{ kind: 'inpatient', date: '2015-03-01', level: 1, eligibleAmount: 10000 }],
};
const DEDUCTIBLE = 'inpatient_levels[level=1].deductible';

type Answer = {
  totals: Record<string, number>;
  trace: { parameters: Record<string, { value: unknown; citation: string; reform?: true }> };
};
type ReformAnswer = { baseline: Answer; reform: Answer; difference: Record<string, number | null> };

describe('reforms in workerd', () => {
  it('answers baseline, reform and their difference; the reformed value is marked, the baseline is the plain answer', async () => {
    const plain = (await (await postCalculator(SETTLE, request)).json()) as Answer;
    const deductible = plain.trace.parameters[DEDUCTIBLE]!.value as number;
    const res = await postCalculator(SETTLE, { ...request, reform: { [DEDUCTIBLE]: [{ from: '2015-01-01', value: deductible + 100 }] } });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = (await res.json()) as ReformAnswer;
    expect(body.baseline).toEqual(plain);
    expect(body.reform.trace.parameters[DEDUCTIBLE]).toMatchObject({ value: deductible + 100, citation: 'reform', reform: true });
    expect(body.difference['totals.eligible']).toBe(0);
    expect(body.difference['totals.pooledFund']).toBe(
      Math.round((body.reform.totals.pooledFund! - body.baseline.totals.pooledFund!) * 100) / 100,
    );
    expect(body.difference['totals.pooledFund']).toBeLessThan(0);
  });

  it('a bad key, value, period or unit is a 422 naming it', async () => {
    const res = await postCalculator(SETTLE, {
      ...request,
      reform: {
        nope: [{ from: '2015-01-01', value: 1 }],
        'inpatient_levels[level=1].fund_ratio': [{ from: '2015-01-01', value: 2 }],
        'inpatient.deductible_max_admissions': [{ from: '2015-01-01', value: 1.5 }],
        'contribution.paid_monthly': [{ from: '2015-01-01', value: 'yes' }],
        'inpatient.annual_cap': [{ from: '2015-06-01', to: '2015-01-01', value: 1 }],
      },
    });
    const body = await expectProblem(res, 422, 'validation-error');
    expect(body.errors!.map((e) => [e.pointer, e.code])).toEqual([
      ['/reform/nope', 'unknown-key'],
      ['/reform/inpatient_levels[level=1].fund_ratio/0/value', 'too-big'],
      ['/reform/inpatient.deductible_max_admissions/0/value', 'invalid-type'],
      ['/reform/contribution.paid_monthly/0/value', 'invalid-type'],
      ['/reform/inpatient.annual_cap/0/to', 'invalid-period'],
    ]);
    expect(body.errors![0]!.message.zh).toBeTruthy();
  });

  it('batch items carry their own reforms: totals of the plain answers, reformTotals of the others', async () => {
    const reform = { 'inpatient.annual_cap': [{ from: '2015-01-01', value: 1000 }] };
    const res = await post(`/v1/calculators/${SETTLE}/batch`, { requests: [request, { ...request, reform }, { ...request, reform: {} }] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      results: Record<string, unknown>[];
      summary: { ok: number; failed: number };
      totals: Record<string, number | null>;
      reformTotals: Record<string, Record<string, number | null>>;
    };
    expect(body.summary).toEqual({ ok: 2, failed: 1 });
    expect(Object.keys(body.results[1]!)).toEqual(['baseline', 'reform', 'difference']);
    expect(body.results[2]).toMatchObject({ status: 422, index: 2 });
    expect(body.totals['totals.pooledFund']).toBe((body.results[0] as Answer).totals.pooledFund);
    const one = body.results[1] as ReformAnswer;
    expect(body.reformTotals.difference!['totals.pooledFund']).toBe(one.difference['totals.pooledFund']);
    expect(body.reformTotals.difference!['totals.pooledFund']).toBeLessThan(0);
  });
});
