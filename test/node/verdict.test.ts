import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { calculators } from '../../src/policy/index';
import { Params } from '../../src/engine/params';
import { Trace } from '../../src/engine/trace';
import { allOf, anyOf, checkRow, not, STATUSES, statusOf, truthOf } from '../../src/engine/verdict';
import { outcome, realBundle } from '../helpers/calc';
import { casesOf } from '../../scripts/lib/policy';

/** The check calculators: each answers with the one verdict vocabulary of src/engine/verdict.ts. */
const CHECK_CALCULATORS = [
  'land-entry-check',
  'fire-water-source-check',
  'solar-pv-obligation',
  'egov-project-review',
  'residence-permit-eligibility',
  'residence-permit-endorsement',
  'bus-tia-requirement',
  'case-transfer-deadlines',
];

describe('three-valued logic', () => {
  const values = [true, false, null] as const;
  it('all and any, as Kleene: false (true) decides, else null if any is undetermined', () => {
    for (const a of values)
      for (const b of values) {
        expect(allOf([a, b])).toBe(a === false || b === false ? false : a === null || b === null ? null : true);
        expect(anyOf([a, b])).toBe(a === true || b === true ? true : a === null || b === null ? null : false);
        expect(not(allOf([a, b]))).toBe(anyOf([not(a), not(b)]));
      }
    expect(allOf([])).toBe(true);
    expect(anyOf([])).toBe(false);
  });
  it('statuses and truth', () => {
    expect([true, false, null].map(statusOf)).toEqual(['met', 'not_met', 'not_assessed']);
    expect(STATUSES.map((s) => truthOf(s, true))).toEqual([true, false, true, null]);
    expect(truthOf('not_applicable', false)).toBe(false);
  });
});

describe('checkRow', () => {
  const bundle = realBundle();
  const table = bundle.tables['land-supply']!;
  const p = new Params(table, '2015-06-01', new Trace());
  const small = p.rows('exclusions').find((r) => r.ranges.total_investment && r.ranges.total_investment.max !== null)!;

  it('meets a row when every condition cell holds, fails it on one, leaves it not assessed when a field is missing', () => {
    const max = small.ranges.total_investment!.max!;
    const area = small.ranges.land_area?.max ?? 1;
    expect(checkRow(p, 'exclusions', small, { total_investment: max, land_area: area }).status).toBe('met');
    expect(checkRow(p, 'exclusions', small, { total_investment: max + 0.01, land_area: area }).status).toBe('not_met');
    const open = checkRow(p, 'exclusions', small, { total_investment: undefined, land_area: area });
    expect(open.status).toBe('not_assessed');
    expect(open.unassessed).toEqual(['total_investment']);
    expect(checkRow(p, 'exclusions', small, { total_investment: undefined, land_area: area + 1 }).status).toBe('not_met');
    expect(open.cells.flatMap((c) => c.uses).length).toBeGreaterThan(0);
  });
});

describe('the check calculators share one verdict vocabulary', () => {
  const schemaOf = (id: string) =>
    z.toJSONSchema(calculators.find((c) => c.id === id)!.output as z.ZodType, { io: 'output', unrepresentable: 'any' });
  function enums(node: unknown, out: unknown[][] = []): unknown[][] {
    if (Array.isArray(node)) for (const x of node) enums(x, out);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (Array.isArray(o.enum)) out.push(o.enum);
      for (const v of Object.values(o)) enums(v, out);
    }
    return out;
  }
  for (const id of CHECK_CALCULATORS) {
    it(`${id}: statuses are met / not_met / not_applicable / not_assessed; undetermined is null with notAssessed[]`, () => {
      const schema = schemaOf(id) as { properties: Record<string, { type?: string; items?: unknown }> };
      expect(Object.keys(schema.properties)).toContain('notAssessed');
      for (const e of enums(schema)) {
        expect(e, `${id}: an old status vocabulary`).not.toEqual(expect.arrayContaining(['pass']));
        expect(e).not.toEqual(expect.arrayContaining(['fail']));
        expect(e).not.toEqual(expect.arrayContaining(['undetermined']));
        if (e.includes('met') || e.includes('not_met')) expect([...e].sort()).toEqual([...STATUSES].sort());
      }
      expect(JSON.stringify(schema)).not.toMatch(/"complete"|"unassessed"/);
    });
  }
});

describe('notAssessed[] reads in words', () => {
  /** Every notAssessed entry of an answer, wherever it is. */
  function entries(v: unknown, out: { text: { zh: string; en: string }; fields: string[] }[] = []) {
    if (Array.isArray(v)) for (const x of v) entries(x, out);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o.fields) && typeof o.reason === 'string' && o.text && typeof o.text === 'object')
        out.push(o as unknown as (typeof out)[number]);
      for (const x of Object.values(o)) entries(x, out);
    }
    return out;
  }
  for (const calc of calculators) {
    it(`${calc.id}: no field name or parameter key in the text a reader sees`, () => {
      const found = casesOf(calc).flatMap((c) => entries(outcome(calc, c.request).body));
      for (const e of found) {
        for (const code of e.fields.flatMap((f) => f.split('.')).filter((f) => /[A-Z_]/.test(f) && f.length > 3))
          expect(`${e.text.zh} | ${e.text.en}`, `names ${code}`).not.toContain(code);
        expect(e.text.zh).not.toMatch(/\b[a-z]+_[a-z_]+\b|\b[a-z]+(?:[A-Z][a-z]+)+\b/);
      }
    });
  }
});
