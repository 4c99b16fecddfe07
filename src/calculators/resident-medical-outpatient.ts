import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { isoDate, MAX_CLAIMS, yuan, yuanOf, yuanOut } from '../engine/inputs';
import { MissingCollector } from '../engine/missing';
import { applyRatio, formatPercent, formatYuan, yuanToFen, type Fen, type Ppm } from '../engine/money';
import type { ParamUse } from '../engine/params';
import type { residentMedicalInsurance as RMI } from '../tables/resident-medical-insurance';

/**
 * Reimbursement of outpatient and emergency (门（急）诊) bills of city-level resident medical insurance under
 * 嘉政办发〔2014〕101号 二, within the annual outpatient maximum. Every figure is a workbook parameter.
 *
 * The decisive reading (also in the workbook note of outpatient.annual_cap): 「居民医保基金门诊年度最高补偿额
 * 不变」 speaks of the fund's annual outpatient compensation as a whole and makes no exception for level-1
 * facilities, so the cap applies to every outpatient bill. 101号 does not publish it (不变: the value is in
 * 嘉政办发〔2013〕159号, not in the gazette), and no lower bound for it is published either, so not even one
 * small level-1 bill can be shown to fall within it. Hence, with the workbook as published, EVERY request
 * answers 422 not-published naming outpatient.annual_cap (plus any missing level-2/3 ratio, also 不变), and
 * no partial amounts are returned; the ratios that are known are listed in the problem's `trace`. Once a
 * maintainer fills the cap (and the level-2/3 ratios) from 159号 the calculator works without code changes.
 *
 * Other readings:
 * - 年度 = calendar year: one counter per year, reset on 1 January; the cap in force on the bill's date.
 * - 最高补偿额 caps what the fund PAYS (补偿额), so the counter accumulates reimbursements, not expenses.
 *   Reaching the cap exactly is allowed (≤); capLimited means the bill got less than its ratio share.
 * - `amount` is the eligible (符合规定范围) expense: what is eligible is set by 159号, not by this table.
 * - 101号 sets no outpatient deductible; if 159号 has one, a parameter and a rule must be added.
 * - Bills of insured people registered as living elsewhere (101号 三, 视同本市定点) are sent with the kind of
 *   the chosen facility and settle by the same rule.
 * - Money in fen; each bill's share is rounded half-up to the fen; totals are sums of the rounded parts.
 */

const facilityKind = z.enum(['level1_essential_drugs', 'level1_other', 'level2', 'level3']).openapi({
  description:
    'level1_essential_drugs: 一级及以下医疗机构实行国家基本药物制度（社区卫生服务机构）; level1_other: 一级及以下 not implementing it; level2: 二级（县级）; level3: 三级（市级）',
});

const bill = z
  .object({
    date: isoDate('Date of the bill'),
    facilityKind,
    amount: yuan('Eligible outpatient expense of the bill (符合规定范围的门（急）诊医疗费用), yuan'),
  })
  .strict()
  .openapi('ResidentOutpatientBill');

const input = z
  .object({
    bills: z
      .array(bill)
      .min(1, { error: 'give at least one bill' })
      .max(MAX_CLAIMS, { error: `at most ${MAX_CLAIMS} bills per request` }),
    priorReimbursed: z
      .record(z.string().regex(/^\d{4}$/, { error: 'keys are calendar years such as "2015"' }), yuan('Already reimbursed in that year'))
      .optional()
      .openapi({
        description:
          'Outpatient reimbursement the fund already paid in each calendar year before these bills, keyed by year (e.g. "2015"); default 0',
      }),
  })
  .strict();

const output = z
  .object({
    bills: z.array(
      z.object({
        index: z.number().int().openapi({ description: 'position of the bill in the request' }),
        date: z.string(),
        facilityKind: z.string(),
        amount: yuanOut('eligible expense'),
        ratio: z.number().openapi({ description: 'reimbursement ratio applied' }),
        gross: yuanOut('amount × ratio before the annual cap'),
        reimbursed: yuanOut('paid by the fund'),
        selfPay: yuanOut('left to the insured'),
        capLimited: z.boolean().openapi({ description: 'true when the annual cap paid less than the ratio share' }),
      }),
    ),
    totals: z.object({
      amount: yuanOut('eligible expense'),
      reimbursed: yuanOut('paid by the fund'),
      selfPay: yuanOut('left to the insured'),
    }),
    reimbursedByYear: z.record(z.string(), yuanOut('fund outpatient payments in the year, including priorReimbursed')),
    trace: z.array(traceStepSchema),
  })
  .openapi('ResidentMedicalOutpatient');

type Bill = z.output<typeof bill>;
const step = (s: TraceStep): TraceStep => s;

export const residentMedicalOutpatient = defineCalculator({
  id: 'resident-medical-outpatient',
  table: tableRef<typeof RMI>('resident-medical-insurance'),
  input,
  output,
  run(at, req) {
    // Settlement order: date, then request order (Array.prototype.sort is stable).
    const order = req.bills.map((b, index) => ({ b, index })).sort((x, y) => (x.b.date < y.b.date ? -1 : x.b.date > y.b.date ? 1 : 0));

    // 1. Every value each bill needs, collected before any arithmetic: no partial answers.
    const missing = new MissingCollector();
    const known: TraceStep[] = [];
    const looked = order.map(({ b, index }) => {
      const p = at(b.date);
      const cap = missing.get(() => p.money('outpatient.annual_cap'), { date: b.date });
      const kind = { facility_kind: b.facilityKind };
      const ratio = missing.get(() => p.find('outpatient_ratios', kind).ratio('ratio'), { date: b.date, case: kind });
      if (ratio) known.push(ratioStep(b, index, ratio));
      return { b, index, cap, ratio };
    });
    missing.throwIfAny(`Settling ${req.bills.length} outpatient bill(s)`, { trace: known });

    // 2. Arithmetic, one counter of fund payments per calendar year.
    const paid = new Map<string, Fen>(Object.entries(req.priorReimbursed ?? {}).map(([y, v]) => [y, yuanToFen(v)]));
    const trace: TraceStep[] = [];
    const rows = looked.map(({ b, index, cap, ratio }) => {
      const c = cap!;
      const r = ratio!;
      const year = b.date.slice(0, 4);
      const amount = yuanToFen(b.amount);
      const gross = applyRatio(amount, r.ppm);
      const before = paid.get(year) ?? 0;
      const room = Math.max(0, c.fen - before);
      const reimbursed = Math.min(gross, room);
      paid.set(year, before + reimbursed);
      trace.push(ratioStep(b, index, r));
      trace.push(
        step({
          step: `bill ${index + 1} (${b.date}): annual outpatient maximum`,
          rule: c.use.citation,
          formula: `paid in ${year} so far ${formatYuan(before)}; room ${formatYuan(c.fen)} − ${formatYuan(before)} = ${formatYuan(room)}; min(${formatYuan(gross)}, ${formatYuan(room)}) = ${formatYuan(reimbursed)}`,
          inputs: { year, paidBefore: yuanOf(before), gross: yuanOf(gross) },
          parameters: { annual_cap: c.use },
          result: yuanOf(reimbursed),
        }),
      );
      return {
        index,
        date: b.date,
        facilityKind: b.facilityKind,
        amount: yuanOf(amount),
        ratio: r.use.value as number,
        gross: yuanOf(gross),
        reimbursed: yuanOf(reimbursed),
        selfPay: yuanOf(amount - reimbursed),
        capLimited: reimbursed < gross,
        fen: { amount, reimbursed },
      };
    });
    const sumOf = (k: 'amount' | 'reimbursed') => rows.reduce((s, x) => s + x.fen[k], 0);
    const totalAmount = sumOf('amount');
    const totalPaid = sumOf('reimbursed');
    return {
      bills: rows.map(({ fen: _fen, ...x }) => x),
      totals: { amount: yuanOf(totalAmount), reimbursed: yuanOf(totalPaid), selfPay: yuanOf(totalAmount - totalPaid) },
      reimbursedByYear: Object.fromEntries([...paid.entries()].sort().map(([y, v]) => [y, yuanOf(v)])),
      trace,
    };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const residentMedicalOutpatientDocs = {
  title: { zh: '居民医保门（急）诊报销', en: 'Resident medical insurance: outpatient reimbursement' },
  description: {
    zh: '按嘉政办发〔2014〕101号第二条的报销比例和门诊年度最高补偿额计算门（急）诊报销额。原文未公布的数值（二、三级医疗机构比例、年度最高补偿额，均为“不变”）一律返回 422 并指明缺少的参数，不作推测；按现行表，所有请求均因缺少年度最高补偿额而返回 422。',
    en: 'Outpatient reimbursement at the ratios of 嘉政办发〔2014〕101号 二 within the annual outpatient maximum. Values the notice leaves "unchanged" and does not publish (level-2/3 ratios, the annual cap) give a 422 naming them, never a guess; with the workbook as published every request needs the unpublished annual cap and answers 422.',
  },
  examples: {
    communityVisit: {
      summary: 'One community (essential-drug) visit in 2015 — answers 422: the annual cap is not published',
      value: { bills: [{ date: '2015-03-01', facilityKind: 'level1_essential_drugs', amount: 120 }] },
    },
  },
} satisfies CalculatorDocs<typeof residentMedicalOutpatient>;

function ratioStep(b: Bill, index: number, r: { ppm: Ppm; use: ParamUse }): TraceStep {
  const amount = yuanToFen(b.amount);
  return step({
    step: `bill ${index + 1} (${b.date}): reimbursement ratio, ${b.facilityKind}`,
    rule: r.use.citation,
    formula: `${formatYuan(amount)} × ${formatPercent(r.ppm)} = ${formatYuan(applyRatio(amount, r.ppm))} (half-up to the fen)`,
    inputs: { date: b.date, facilityKind: b.facilityKind, amount: b.amount },
    parameters: { ratio: r.use },
    result: yuanOf(applyRatio(amount, r.ppm)),
  });
}
