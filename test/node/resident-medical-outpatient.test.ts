import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { residentMedicalOutpatient as calc } from '../../src/policy/resident-medical-insurance/resident-medical-outpatient';
import type { CompiledBundle } from '../../src/tables/model';
import { realBundle, refusal, run } from '../helpers/calc';
import { columnOf, editWorkbook, rowWhere, setCell, tempTablesDir } from '../helpers/workbooks';

const RMI = 'resident-medical-insurance';
const e = 'level1_essential_drugs' as const;

interface MissingProblem {
  status: number;
  type: string;
  parameter: { key: string };
  missing: { key: string; case?: Record<string, string>; reason: string; date: string }[];
  trace: {
    parameters: Record<string, { value: unknown }>;
    steps: { name: { zh: string; en: string }; formula: { zh: string; en: string }; parameters: string[] }[];
  };
}
const refused = (bills: unknown[], bundle?: CompiledBundle) => refusal(calc, { bills } as never, bundle) as unknown as MissingProblem;
const summary = (p: MissingProblem) => p.missing.map((m) => `${m.key}${m.case ? `:${m.case.facility_kind}` : ''}:${m.reason}`);

// ---------------------------------------------------------------------------------------------
// A. Against the workbook as published: the annual cap is not published (不变), so what the fund pays is null with
// the cap in missing[]; the published ratios are applied (O1–O7 and more are cases in resident-medical-outpatient.cases.json).

describe('resident-medical-outpatient against the published workbook: the cap is not published', { timeout: 60_000 }, () => {
  it('the workbook does not hold a cap (the 500.00 test figure must never ship)', () => {
    const cap = realBundle().tables[RMI]!.parameters.find((p) => p.key === 'outpatient.annual_cap')!;
    expect(cap.history.map((h) => [h.value, h.published])).toEqual([[null, false]]);
  });
});

// ---------------------------------------------------------------------------------------------
// B. The arithmetic, on an edited COPY of the workbook: the cap cell filled with 500.00 (a made-up test
// fixture, never shipped) from 2014-01-01, open-ended. The level-2/3 ratios stay empty. This also shows
// that filling the cell is all it takes for the calculator to work.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
let fixture: CompiledBundle | undefined;
function withCap(): CompiledBundle {
  if (fixture) return fixture;
  const dir = tempTablesDir([RMI]);
  dirs.push(dir);
  editWorkbook(join(dir, `${RMI}.xlsx`), (wb) => {
    const ws = wb.Sheets.parameters!;
    const row = rowWhere(ws, 'key', 'outpatient.annual_cap');
    setCell(ws, `${columnOf(ws, 'value')}${row}`, 500);
    setCell(ws, `${columnOf(ws, 'effective_from')}${row}`, '2014-01-01');
  });
  const r = buildTables(workbookFiles(dir));
  expect(r.problems).toEqual([]);
  return (fixture = r.bundle!);
}
const settle = (req: z.input<typeof calc.input>) => run(calc, req, withCap());

describe('resident-medical-outpatient arithmetic (test fixture: cap 500.00 in a copy)', () => {
  it('O8: 2014-12-31, last day of 40% → 40.00', () => {
    // 10 000 fen × 0.4 = 4 000
    const r = settle({ bills: [{ date: '2014-12-31', facilityKind: e, amount: 100 }] });
    expect(r.bills[0]).toMatchObject({ ratio: 0.4, gross: 40, reimbursed: 40, selfPay: 60, capLimited: false });
  });

  it('O9: 2015-01-01, first day of 50% → 50.00; the cap step cites 101号 二', () => {
    const r = settle({ bills: [{ date: '2015-01-01', facilityKind: e, amount: 100 }] });
    expect(r.bills[0]).toMatchObject({ ratio: 0.5, reimbursed: 50, selfPay: 50 });
    const capStep = r.trace.steps.find((s) => s.name.en.endsWith('annual outpatient maximum'))!;
    expect(capStep.rule).toBe('嘉政办发〔2014〕101号 二');
    expect(capStep.parameters).toEqual(['outpatient.annual_cap']);
    expect(r.trace.parameters['outpatient.annual_cap']).toMatchObject({ value: 500, from: '2014-01-01' });
    expect(capStep.formula).toEqual({
      zh: '2015 年已由基金支付 0.00 元；年度最高补偿额 500.00 元 − 0.00 元 = 尚可支付 500.00 元；按比例应付 50.00 元与尚可支付额取较小者 = 50.00 元由基金支付',
      en: 'paid in 2015 so far 0.00; room 500.00 − 0.00 = 500.00; min(50.00, 500.00) = 50.00',
    });
  });

  it('O10: 2014-12-02, first day of the 40% row (inclusive) → 40.00', () => {
    expect(settle({ bills: [{ date: '2014-12-02', facilityKind: e, amount: 100 }] }).bills[0]).toMatchObject({
      ratio: 0.4,
      reimbursed: 40,
    });
  });

  it('O11: level1_other on 2015-01-01 → 15% = 15.00', () => {
    // 10 000 × 0.15 = 1 500
    expect(settle({ bills: [{ date: '2015-01-01', facilityKind: 'level1_other', amount: 100 }] }).bills[0]).toMatchObject({
      ratio: 0.15,
      reimbursed: 15,
      selfPay: 85,
    });
  });

  it('O12: half-up per bill, totals are sums of rounded parts', () => {
    // 3 333 × 0.15 = 499.95 → 500 fen; 10 × 0.15 = 1.5 → 2 (half-up); 1 × 0.5 = 0.5 → 1
    const r = settle({
      bills: [
        { date: '2015-05-01', facilityKind: 'level1_other', amount: 33.33 },
        { date: '2015-05-02', facilityKind: 'level1_other', amount: 0.1 },
        { date: '2015-05-03', facilityKind: e, amount: 0.01 },
      ],
    });
    expect(r.bills.map((b) => b.reimbursed)).toEqual([5, 0.02, 0.01]);
    expect(r.totals).toEqual({ amount: 33.44, gross: 5.03, reimbursed: 5.03, selfPay: 28.41 });
    expect(r.missing).toEqual([]);
  });

  it('O13: the cap of 500 limits the second and third bills', () => {
    // room 500 → 300 paid; room 200 < 250 → 200; room 0 < 15 → 0
    const r = settle({
      bills: [
        { date: '2015-02-01', facilityKind: e, amount: 600 },
        { date: '2015-03-01', facilityKind: e, amount: 500 },
        { date: '2015-04-01', facilityKind: 'level1_other', amount: 100 },
      ],
    });
    expect(r.bills.map((b) => [b.gross, b.reimbursed, b.selfPay, b.capLimited])).toEqual([
      [300, 300, 300, false],
      [250, 200, 300, true],
      [15, 0, 100, true],
    ]);
    expect(r.totals).toEqual({ amount: 1200, gross: 565, reimbursed: 500, selfPay: 700 });
    expect(r.reimbursedByYear).toEqual({ '2015': 500 });
  });

  it('O14: reaching the cap exactly is not limited (≤); one fen more is', () => {
    // prior 450: room 5 000 fen = gross 5 000 → paid, not limited; next room 0 < 1 fen
    const r = settle({
      bills: [
        { date: '2015-06-01', facilityKind: e, amount: 100 },
        { date: '2015-06-02', facilityKind: e, amount: 0.02 },
      ],
      priorReimbursed: { '2015': 450 },
    });
    expect(r.bills[0]).toMatchObject({ reimbursed: 50, capLimited: false });
    expect(r.bills[1]).toMatchObject({ gross: 0.01, reimbursed: 0, selfPay: 0.02, capLimited: true });
  });

  it('O15: one counter per calendar year; bills settle in date order and keep their request index', () => {
    const r = settle({
      bills: [
        { date: '2016-01-01', facilityKind: e, amount: 100 },
        { date: '2015-12-31', facilityKind: e, amount: 100 },
      ],
      priorReimbursed: { '2015': 500 },
    });
    expect(r.bills.map((b) => [b.index, b.date, b.reimbursed, b.capLimited])).toEqual([
      [1, '2015-12-31', 0, true],
      [0, '2016-01-01', 50, false],
    ]);
    expect(r.reimbursedByYear).toEqual({ '2015': 500, '2016': 50 });
  });

  it('O16: with the cap filled, a level-2 bill has no share (its ratio is not published); missing[] names only that ratio', () => {
    const r = settle({ bills: [{ date: '2015-05-05', facilityKind: 'level2', amount: 100 }] });
    expect(r.bills[0]).toMatchObject({ ratio: null, gross: null, annualCap: 500, reimbursed: null, selfPay: null, capLimited: null });
    expect(r.missing.map((m) => `${m.key}:${m.case?.facility_kind}:${m.reason}`)).toEqual(['outpatient_ratios.ratio:level2:not-published']);
    expect(r.totals).toEqual({ amount: 100, gross: null, reimbursed: null, selfPay: null });
  });

  it('a bill whose payment is unknown leaves the rest of its year unknown, not other years', () => {
    // 2015: the level-3 bill is not settled, so the later 2015 bill's room is unknown; 2016 starts afresh
    const r = settle({
      bills: [
        { date: '2015-05-01', facilityKind: e, amount: 100 },
        { date: '2015-05-02', facilityKind: 'level3', amount: 100 },
        { date: '2015-05-03', facilityKind: e, amount: 100 },
        { date: '2016-01-02', facilityKind: e, amount: 100 },
      ],
    });
    expect(r.bills.map((b) => [b.gross, b.reimbursed])).toEqual([
      [50, 50],
      [null, null],
      [50, null],
      [50, 50],
    ]);
    expect(r.reimbursedByYear).toEqual({ '2015': null, '2016': 50 });
    expect(r.totals).toEqual({ amount: 400, gross: null, reimbursed: null, selfPay: null });
  });

  it('a bill dated when no ratio is in force is outside the data: 422 not-in-force naming the ratio, even with a cap', () => {
    const p = refused([{ date: '2014-06-30', facilityKind: e, amount: 100 }], withCap());
    expect(p).toMatchObject({ status: 422, type: '/problems/not-in-force' });
    expect(summary(p)).toEqual(['outpatient_ratios:level1_essential_drugs:not-in-force']);
  });
});
