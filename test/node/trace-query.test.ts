import { describe, expect, it } from 'vitest';
import { calculatorCatalogue } from '../../scripts/lib/api-description';
import { casesOf } from '../../scripts/lib/policy';
import { createApp } from '../../src/app';
import type { Bindings } from '../../src/env';
import { calculators } from '../../src/policy/index';
import { realBundle } from '../helpers/calc';

/** `?trace=false`: the answer without its trace, and nothing else changed (issue 21 › Settlement). */
const app = createApp(realBundle());
// batches and reforms read the answers' money fields from the catalogue asset, built here as `npm run assets:build` does
const catalogue = JSON.stringify(calculatorCatalogue());
const env = { ASSETS: { fetch: async () => new Response(catalogue) } } as unknown as Bindings;
const post = (path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, env);
const withoutTrace = (answer: Record<string, unknown>) => {
  const { trace: _trace, ...rest } = answer;
  return rest;
};

describe('?trace=false', () => {
  it('every example of every calculator: the same answer, without `trace` (and `trace=true` is the default)', async () => {
    let compared = 0;
    for (const calc of calculators) {
      for (const c of casesOf(calc).filter((x) => x.example)) {
        const [full, explicit, bare] = await Promise.all([
          post(`/v1/calculators/${calc.id}`, c.request),
          post(`/v1/calculators/${calc.id}?trace=true`, c.request),
          post(`/v1/calculators/${calc.id}?trace=false`, c.request),
        ]);
        expect(bare.status, `${calc.id} ${c.id}`).toBe(full.status);
        const [a, b, d] = (await Promise.all([full.json(), explicit.json(), bare.json()])) as Record<string, unknown>[];
        expect(b, `${calc.id} ${c.id}`).toEqual(a);
        if (full.status !== 200) {
          expect(d, `${calc.id} ${c.id}`).toEqual(a); // a problem has no trace to leave out
          continue;
        }
        expect(a!.trace, `${calc.id} ${c.id}`).toBeDefined();
        expect(d, `${calc.id} ${c.id}`).not.toHaveProperty('trace');
        expect(d, `${calc.id} ${c.id}`).toEqual(withoutTrace(a!));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30);
  }, 120_000);

  it('a batch and a reform leave out every trace, and only the traces', async () => {
    const calc = calculators.find((x) => x.id === 'employee-medical-settlement')!;
    const requests = casesOf(calc)
      .filter((x) => x.example)
      .map((x) => x.request);
    const reform = { 'inpatient.annual_cap': [{ from: '2015-01-01', value: 250000 }] };
    const bodies = { requests: [...requests, { ...(requests[0] as object), reform }] };
    const [full, bare] = await Promise.all([
      post(`/v1/calculators/${calc.id}/batch`, bodies),
      post(`/v1/calculators/${calc.id}/batch?trace=false`, bodies),
    ]);
    const a = (await full.json()) as { results: Record<string, unknown>[] };
    const d = (await bare.json()) as { results: Record<string, unknown>[] };
    expect([full.status, bare.status]).toEqual([200, 200]);
    const last = a.results.length - 1;
    expect(d.results.slice(0, last)).toEqual(a.results.slice(0, last).map(withoutTrace));
    const r = a.results[last] as { baseline: Record<string, unknown>; reform: Record<string, unknown>; difference: unknown };
    expect(r.baseline.trace).toBeDefined();
    expect(d.results[last]).toEqual({ baseline: withoutTrace(r.baseline), reform: withoutTrace(r.reform), difference: r.difference });
    expect({ ...d, results: [] }).toEqual({ ...a, results: [] }); // summary and totals unchanged
  }, 60_000);

  it('any other value is a 422 naming the query parameter, in Chinese and English', async () => {
    const res = await post('/v1/calculators/employee-medical-contribution?trace=no', {
      year: 2015,
      scheme: 'B',
      base: 36000,
      employed: 10,
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { pointer: string; in: string; message: { zh: string; en: string } }[] };
    expect(body.errors[0]).toMatchObject({ in: 'query', field: 'trace' });
    expect(body.errors[0]!.message.zh).toMatch(/true|false/);
  });
});
