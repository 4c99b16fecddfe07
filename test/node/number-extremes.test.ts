import { describe, expect, it } from 'vitest';
import { inputJsonSchema } from '../../scripts/lib/api-description';
import { createApp } from '../../src/app';
import { docsOf } from '../../scripts/lib/policy';
import { calculators } from '../../src/policy/index';
import { realBundle } from '../helpers/calc';

/**
 * Every number a request carries may be anywhere up to the maximum its published input schema allows. At those
 * maximums, one at a time and all together, every calculator must answer with its result or a 4xx problem — never
 * a 500, and never an inexact amount: a product of two maximal inputs past 2^53 fen is refused with 422
 * (src/engine/money.ts), not rounded off.
 */
type Schema = {
  type?: string | string[];
  maximum?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

/** The schemas a path can reach, through objects, arrays and unions. */
function schemasAt(s: Schema, path: (string | number)[]): Schema[] {
  const branches = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
  if (branches.length) return branches.flatMap((b) => schemasAt(b, path));
  if (!path.length) return [s];
  const [k, ...rest] = path;
  if (typeof k === 'number') return s.items ? schemasAt(s.items, rest) : [];
  const next = s.properties?.[k!];
  return next ? schemasAt(next, rest) : [];
}

function numberPaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof v === 'number') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => numberPaths(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => numberPaths(x, [...path, k]));
  return [];
}

function numbersIn(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (Array.isArray(v)) return v.flatMap(numbersIn);
  if (v && typeof v === 'object') return Object.values(v).flatMap(numbersIn);
  return [];
}

function setAt(v: unknown, path: (string | number)[], x: number): unknown {
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = x;
  return copy;
}

/** Per calculator: its example bodies with each bounded number at its maximum, one at a time and all together. */
function maximalBodies(calc: (typeof calculators)[number]): unknown[] {
  const schema = inputJsonSchema(calc) as Schema;
  return Object.values(docsOf(calc).examples).flatMap((ex) => {
    const maxima = numberPaths(ex.value)
      .map((p) => [p, Math.max(...schemasAt(schema, p).map((s) => s.maximum ?? -Infinity))] as const)
      .filter(([, max]) => Number.isFinite(max));
    if (!maxima.length) return [];
    return [...maxima.map(([p, max]) => setAt(ex.value, p, max)), maxima.reduce((v, [p, max]) => setAt(v, p, max), ex.value as unknown)];
  });
}

describe('numbers at the maximums the input schemas publish', () => {
  const app = createApp(realBundle());
  const cases = calculators.map((c) => [c.id, maximalBodies(c)] as const).filter(([, bodies]) => bodies.length > 0);

  it('most calculators take bounded numbers (the walk through the schemas finds their maximums)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s: a result with exact amounts, or a 4xx — never a 500', async (id, bodies) => {
    for (const body of bodies) {
      const res = await app.request(`/v1/calculators/${id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      expect(res.status, `${id} ${JSON.stringify(body)} → ${text}`).toBeLessThan(500);
      // an amount past 2^53 fen cannot be exact: none may be stated
      for (const n of numbersIn(JSON.parse(text))) {
        if (Math.abs(n) >= 1e13) expect(Number.isSafeInteger(Math.round(n * 100)), `${id}: ${n} in ${text.slice(0, 300)}`).toBe(true);
      }
    }
  });
});

describe('money past 2^53 fen is refused, not rounded off (src/engine/money.ts)', () => {
  const app = createApp(realBundle());
  const post = (id: string, body: unknown) =>
    app.request(`/v1/calculators/${id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it.each([
    ['resident-medical-funding', { year: 2015, persons: 100_000_000, ruralNetIncomePerCapita: 1_000_000_000 }],
    [
      'elderly-care-bed-subsidy',
      {
        date: '2015-06-01',
        institutionType: 'nursing',
        privatelyRun: true,
        nonProfit: true,
        cityLevel: true,
        nursingOccupancyRatio: 0.6,
        beds: 100_000,
        baseSubsidyPerBed: 1_000_000_000,
      },
    ],
    [
      'special-education-funding',
      { date: '2015-06-01', stage: 'compulsory', regularPerStudentRate: 1_000_000_000, disabledStudents: 100_000 },
    ],
    ['emission-rights-price', { class: 'general', purpose: 'reduction-purchase', basePrice: 999_999_999.99, tonnes: 999_999_999.9999 }],
  ])('%s with maximal inputs → 422 calculation-refused naming the exact limit', async (id, body) => {
    const res = await post(id, body);
    expect(res.status).toBe(422);
    const p = (await res.json()) as { type: string; detail: string };
    expect(p.type).toBe('/problems/calculation-refused');
    expect(p.detail).toContain('90071992547409.91 yuan');
  });

  it('a product whose intermediate passes 2^53 (computed through BigInt) but whose result does not is answered exactly', async () => {
    // 2 × 10^8 fen × 45 000.0001 t (4.5 × 10^10 in the ppm factor) = 9 × 10^18 before rounding; 9 × 10^12 fen after
    const res = await post('emission-rights-price', {
      class: 'general',
      purpose: 'reduction-purchase',
      basePrice: 1_000_000,
      tonnes: 45_000.0001,
    });
    expect(res.status).toBe(200);
    const r = (await res.json()) as { price: number };
    // unit price 2 × 1 000 000 yuan (reduction-purchase, general class) × 45 000.0001 t = 90 000 000 200.00 yuan
    expect(r.price).toBe(90_000_000_200);
  });
});
