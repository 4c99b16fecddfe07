import { describe, expect, it } from 'vitest';
import { employeeMedicalSettlement as calc } from '../../src/policy/employee-medical-insurance/employee-medical-settlement';
import { compileFile } from '../../scripts/lib/build';
import { realBundle, requestOf, run } from '../helpers/calc';

// The hand-derived cases S00–S66 of content/employee-medical-insurance.calculators.md §4 (readings R1–R12), the refused
// requests and the examples of /docs are data: employee-medical-settlement.cases.json. Here: what is not one request
// and its answer — the trace's citations and order, the workbook notes, and the out-of-area formula's arithmetic.

describe('settlement: every kind of bill in one year (S66)', () => {
  it('every step cites an article of the gazette and the table its parameters came from', () => {
    const r = run(calc, requestOf(calc, 'S66'));
    for (const s of r.trace.steps) expect(s.rule).toMatch(/^嘉政发〔2014〕87号 第.+条/);
    for (const u of Object.values(r.trace.parameters)) expect(u.table).toBe('employee-medical-insurance');
    const rules = r.trace.steps.map((s) => s.rule).join(' ');
    for (const article of ['第十九条', '第二十三条', '第二十五条', '第二十七条', '第二十八条']) expect(rules).toContain(article);
  });
});

describe('settlement: answers in request order, settles in date order', () => {
  it('S57/S58 again: claims come back in request order with their index and date', () => {
    // the request of S58: admissions of 2015-09-01, 2015-02-01 and 2015-05-01, in that order
    const r = run(calc, requestOf(calc, 'S58'));
    expect(r.claims.map((c: { index: number; date: string }) => [c.index, c.date])).toEqual([
      [0, '2015-09-01'],
      [1, '2015-02-01'],
      [2, '2015-05-01'],
    ]);
    // the trace follows the settlement (date) order: bill 2, bill 3, bill 1 — each bill points at its own steps
    // (sent once), in order, and together they are every step of the trace (scheme A: no account steps)
    const first = (i: number) => r.claims[i]!.traceSteps[0]!;
    expect(first(1)).toBeLessThan(first(2));
    expect(first(2)).toBeLessThan(first(0));
    for (const c of r.claims) expect(c.traceSteps.length).toBeGreaterThan(0);
    const pointed = r.claims.flatMap((c) => c.traceSteps).sort((a, b) => a - b);
    expect(pointed).toEqual(r.trace.steps.map((_, i) => i));
    // the bill of 2015-02-01 is the first admission (a deductible), the one of 2015-09-01 the third (none)
    expect(r.trace.steps[first(1)]!.formula.zh).toMatch(/^本年度第 1 次住院/);
    expect(r.trace.steps[first(0)]!.formula.zh).toMatch(/^本年度第 3 次住院，超过 2 次，不计起付标准/);
  });
});

describe('the readings R1–R12 are where a maintainer sees them, and only there', () => {
  it("each reading is in the maintainers' note of the workbook rows it concerns, never in the compiled data", () => {
    const file = compileFile('tables/employee-medical-insurance.xlsx');
    const sheetOf = (n: { sheet: string; cell: string }) => {
      if (n.sheet !== 'parameters') return n.sheet;
      const row = Number(/\d+$/.exec(n.cell)![0]) - 1;
      const grid = file.sheets.find((g) => g.name === 'parameters')!;
      return String(grid.rows[row]![0]);
    };
    const notes = file.maintainer.notes.map((n) => ({ where: sheetOf(n), note: n.text }));
    expect(JSON.stringify(realBundle().tables['employee-medical-insurance'])).not.toMatch(/Reading R\d/);
    const at = (n: number) => [...new Set(notes.filter((x) => x.note.includes(`Reading R${n} `)).map((x) => x.where))].sort();
    expect(at(1)).toEqual(['outpatient_schemes']);
    expect(at(2)).toEqual(['account_uses']);
    expect(at(3)).toEqual(['inpatient.annual_cap']);
    expect(at(4)).toEqual(['out_of_area']);
    expect(at(5)).toEqual(['inpatient.deductible_max_admissions']);
    expect(at(6)).toEqual(['designated_disease.herbal_cap_per_dose']);
    expect(at(7)).toEqual(['home_sickbed.fund_ratio']);
    expect(at(8)).toEqual(['veteran.outpatient_deductible']);
    expect(at(9)).toEqual(['veteran.inpatient_self_burden_ratio']);
    expect(at(10)).toEqual(['critical_illness_bands']);
    expect(at(11)).toEqual(['settlement.year_basis']);
    expect(at(12)).toEqual(['account.band_change_from_next_january', 'settlement.year_basis']);
  });
});

describe('settlement: the out-of-area share of a transfer stay — the formula shows the arithmetic done (R4)', () => {
  const fen = (y: string) => Math.round(Number(y.replace(/,/g, '')) * 100);
  /** Every "a × r% = b" of a formula, checked as applyRatio does it (half-up to the fen), and the products. */
  const products = (formula: string) =>
    [...formula.matchAll(/([\d,]+\.\d{2}) × (\d+(?:\.\d+)?)% = ([\d,]+\.\d{2})/g)].map((m) => {
      const [a, pct, b] = [fen(m[1]!), Number(m[2]), fen(m[3]!)];
      // a × pct / 100, half-up in fen: integers only (pct has at most 4 decimals as ppm / 10 000)
      const ppm = Math.round(pct * 10_000);
      expect(Math.floor((a * ppm + 500_000) / 1_000_000), m[0]).toBe(b);
      return b;
    });

  it("the reviewer's request (case R4-reviewer): each product of the formula as applyRatio rounds it, and the bill adds up", () => {
    const r = run(calc, requestOf(calc, 'R4-reviewer'));
    const share = r.trace.steps[r.claims[0]!.traceSteps[0]!]!;
    // the figures of the formula add up to the result and to the bill's self-pay
    const paid = products(share.formula.en);
    expect(paid).toEqual([100001, 200001]);
    expect(paid.reduce((a, b) => a + b, 0)).toBe(fen(String(share.result)));
    expect(share.formula.en).toContain(`= ${(r.claims[0]!.selfPay).toLocaleString('en', { minimumFractionDigits: 2 })} self-pay`);
    // and the bill adds up: eligible = fund + critical illness + self-burden + self-pay
    const c = r.claims[0]!;
    expect(fen(String(c.pooledFund)) + fen(String(c.criticalIllness)) + fen(String(c.selfBurden)) + fen(String(c.selfPay))).toBe(
      fen(String(c.eligible)),
    );
  });

  it("every location and part count: the share formula's products sum to the result (odd fen so the roundings differ)", () => {
    for (const location of ['referral-hangzhou-shanghai', 'referral-other', 'emergency-out-of-city', 'unregistered'] as const) {
      for (const amounts of [[1234.55], [0.05, 0.05, 0.05], [10000.05, 20000.05], [333.35, 666.65, 1000.15, 5.05]]) {
        const r = run(calc, {
          year: 2015,
          person: { scheme: 'A', status: 'retired', birthDate: '1950-06-15' },
          claims: [
            {
              kind: 'inpatient',
              date: '2015-04-01',
              segments: amounts.map((a, i) => ({ level: ((i % 3) + 1) as 1 | 2 | 3, eligibleAmount: a })),
              location,
            },
          ],
        });
        const share = r.trace.steps[r.claims[0]!.traceSteps[0]!]!;
        const paid = products(share.formula.en);
        expect(paid, share.formula.en).toHaveLength(amounts.length);
        expect(
          paid.reduce((a, b) => a + b, 0),
          share.formula.en,
        ).toBe(fen(String(r.claims[0]!.selfPay)));
        expect(share.result).toBe(r.claims[0]!.selfPay);
      }
    }
  });
});
