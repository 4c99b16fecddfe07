import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, type ParamsAt, tableRef } from '../../engine/calculator';
import { isoDate, MAX_CLAIMS, yuan, yuanOf, yuanOut } from '../../engine/inputs';
import { MissingCollector } from '../../engine/missing';
import { applyRatio, type Fen, fen, minFen, percentText, sum, yuanText, yuanToFen, ZERO } from '../../engine/money';
import type { MoneyRead, RatioRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { residentMedicalInsurance as RMI } from './table';

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
 * no partial amounts are returned; the ratios that are known are steps of the problem's `trace`. Once a
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

const facilityKind = z.enum(['level1_essential_drugs', 'level1_other', 'level2', 'level3']).openapi(
  DOCUMENTED && {
    description:
      'level1_essential_drugs: 一级及以下医疗机构实行国家基本药物制度（社区卫生服务机构）; level1_other: 一级及以下 not implementing it; level2: 二级（县级）; level3: 三级（市级）',
  },
);

const bill = z
  .object({
    date: isoDate(DOCUMENTED && 'Date of the bill'),
    facilityKind,
    amount: yuan(DOCUMENTED && 'Eligible outpatient expense of the bill (符合规定范围的门（急）诊医疗费用), yuan'),
  })
  .strict()
  .openapi('ResidentOutpatientBill');

const input = z
  .object({
    bills: z.array(bill).min(1).max(MAX_CLAIMS),
    priorReimbursed: z
      .record(
        z.string().regex(/^\d{4}$/, { error: 'keys are calendar years such as "2015"' }),
        yuan(DOCUMENTED && 'Already reimbursed in that year'),
      )
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            'Outpatient reimbursement the fund already paid in each calendar year before these bills, keyed by year (e.g. "2015"); default 0',
        },
      ),
  })
  .strict();

const output =
  DOCUMENTED &&
  z
    .object({
      bills: z.array(
        z.object({
          index: z
            .number()
            .int()
            .openapi(DOCUMENTED && { description: 'position of the bill in the request' }),
          date: z.string(),
          facilityKind: z.string(),
          amount: yuanOut(DOCUMENTED && 'eligible expense'),
          ratio: z.number().openapi(DOCUMENTED && { description: 'reimbursement ratio applied' }),
          gross: yuanOut(DOCUMENTED && 'amount × ratio before the annual cap'),
          reimbursed: yuanOut(DOCUMENTED && 'paid by the fund'),
          selfPay: yuanOut(DOCUMENTED && 'left to the insured'),
          capLimited: z.boolean().openapi(DOCUMENTED && { description: 'true when the annual cap paid less than the ratio share' }),
        }),
      ),
      totals: z.object({
        amount: yuanOut(DOCUMENTED && 'eligible expense'),
        reimbursed: yuanOut(DOCUMENTED && 'paid by the fund'),
        selfPay: yuanOut(DOCUMENTED && 'left to the insured'),
      }),
      reimbursedByYear: z.record(z.string(), yuanOut(DOCUMENTED && 'fund outpatient payments in the year, including priorReimbursed')),
    })
    .openapi('ResidentMedicalOutpatient');

type Bill = z.output<typeof bill>;
const y = yuanText;

const KIND_ZH: Record<Bill['facilityKind'], string> = {
  level1_essential_drugs: '一级及以下医疗机构（实行国家基本药物制度）',
  level1_other: '一级及以下医疗机构（未实行国家基本药物制度）',
  level2: '二级（县级）医疗机构',
  level3: '三级（市级）医疗机构',
};

/** 二: the bill × the ratio of its kind of facility, half-up to the fen. */
function ratioShare(trace: Trace, b: Bill, index: number, r: RatioRead): Fen {
  return trace.step(
    {
      zh: `第 ${index + 1} 笔（${b.date}）：报销比例，${KIND_ZH[b.facilityKind]}`,
      en: `bill ${index + 1} (${b.date}): reimbursement ratio, ${b.facilityKind}`,
    },
    (s) => {
      const amount = yuanToFen(b.amount);
      const gross = applyRatio(amount, r.ppm);
      s.uses(r).inputs({ date: b.date, facilityKind: b.facilityKind, amount: b.amount });
      s.formula({
        zh: `费用 ${y(amount)} 元 × ${percentText(r.ppm)} = ${y(gross)} 元（四舍五入到分）`,
        en: `${y(amount)} × ${percentText(r.ppm)} = ${y(gross)} (half-up to the fen)`,
      });
      return s.result(yuanOf(gross), gross);
    },
  );
}

/** A bill in settlement order, with the values it needs (undefined: missing, named in the collector). */
interface Looked {
  b: Bill;
  index: number;
  cap: MoneyRead | undefined;
  ratio: RatioRead | undefined;
}

/**
 * 二 (门诊年度最高补偿额不变, read as applying to every outpatient bill): every value each bill needs — the cap and the
 * ratio of its kind of facility, in force on its date — collected before any arithmetic, so that one answer names
 * everything missing and no partial amounts are returned.
 */
function valuesOfBills(at: ParamsAt<typeof RMI>, order: { b: Bill; index: number }[], missing: MissingCollector): Looked[] {
  return order.map(({ b, index }) => {
    const p = at(b.date);
    const cap = p.money('outpatient.annual_cap', missing);
    const kind = { facility_kind: b.facilityKind };
    // An empty ratio cell is reported without the case of its row: the case is added, so that each kind of
    // facility whose ratio is missing is named once.
    const own = new MissingCollector();
    const ratio = p.find('outpatient_ratios', kind, {}, own)?.ratio('ratio', own);
    for (const m of own.items) missing.add({ ...m, case: m.case ?? kind });
    return { b, index, cap, ratio };
  });
}

/**
 * 二 (门诊年度最高补偿额): the fund pays the bill's ratio share up to what is left of the year's maximum; the counter
 * holds what the fund paid in the calendar year (最高补偿额 caps the compensation, not the expense). Reaching the
 * maximum exactly is allowed.
 */
function annualMaximum(trace: Trace, b: Bill, index: number, cap: MoneyRead, gross: Fen, paid: Map<string, Fen>): Fen {
  const year = b.date.slice(0, 4);
  return trace.step(
    {
      zh: `第 ${index + 1} 笔（${b.date}）：门诊年度最高补偿额`,
      en: `bill ${index + 1} (${b.date}): annual outpatient maximum`,
    },
    (s) => {
      const before = paid.get(year) ?? ZERO;
      const room = fen(Math.max(0, cap.fen - before));
      const reimbursed = minFen(gross, room);
      paid.set(year, fen(before + reimbursed));
      s.uses(cap).inputs({ year, paidBefore: yuanOf(before), gross: yuanOf(gross) });
      s.formula({
        zh:
          `${year} 年已由基金支付 ${y(before)} 元；年度最高补偿额 ${y(cap.fen)} 元 − ${y(before)} 元 = 尚可支付 ${y(room)} 元；` +
          `按比例应付 ${y(gross)} 元与尚可支付额取较小者 = ${y(reimbursed)} 元由基金支付`,
        en: `paid in ${year} so far ${y(before)}; room ${y(cap.fen)} − ${y(before)} = ${y(room)}; min(${y(gross)}, ${y(room)}) = ${y(reimbursed)}`,
      });
      return s.result(yuanOf(reimbursed), reimbursed);
    },
  );
}

/** 二: one bill — its ratio share, then the annual maximum. */
function settleBill(trace: Trace, { b, index, cap, ratio }: Looked, paid: Map<string, Fen>) {
  const r = ratio!;
  const amount = yuanToFen(b.amount);
  const gross = ratioShare(trace, b, index, r);
  const reimbursed = annualMaximum(trace, b, index, cap!, gross, paid);
  return {
    index,
    date: b.date,
    facilityKind: b.facilityKind,
    amount: yuanOf(amount),
    ratio: r.use.value as number,
    gross: yuanOf(gross),
    reimbursed: yuanOf(reimbursed),
    selfPay: yuanOf(fen(amount - reimbursed)),
    capLimited: reimbursed < gross,
    fen: { amount, reimbursed },
  };
}

export const residentMedicalOutpatient = defineCalculator({
  id: 'resident-medical-outpatient',
  table: tableRef<typeof RMI>('resident-medical-insurance'),
  input,
  output,
  run({ at, trace }, req) {
    // Settlement order: date, then request order (Array.prototype.sort is stable).
    const order = req.bills.map((b, index) => ({ b, index })).sort((x, y) => (x.b.date < y.b.date ? -1 : x.b.date > y.b.date ? 1 : 0));
    const missing = new MissingCollector();
    const looked = valuesOfBills(at, order, missing);
    if (!missing.empty) {
      // the problem shows the ratios that are known
      for (const { b, index, ratio } of looked) if (ratio) ratioShare(trace, b, index, ratio);
      missing.throwIfAny(
        { zh: `结算 ${req.bills.length} 笔门（急）诊费用`, en: `Settling ${req.bills.length} outpatient bill(s)` },
        { trace: trace.toJSON() },
      );
    }
    // One counter of fund payments per calendar year.
    const paid = new Map<string, Fen>(Object.entries(req.priorReimbursed ?? {}).map(([y, v]) => [y, yuanToFen(v)]));
    const rows = looked.map((x) => settleBill(trace, x, paid));
    const totalAmount = sum(rows.map((x) => x.fen.amount));
    const totalPaid = sum(rows.map((x) => x.fen.reimbursed));
    return {
      bills: rows.map(({ fen: _fen, ...x }) => x),
      totals: { amount: yuanOf(totalAmount), reimbursed: yuanOf(totalPaid), selfPay: yuanOf(fen(totalAmount - totalPaid)) },
      reimbursedByYear: Object.fromEntries([...paid.entries()].sort().map(([y, v]) => [y, yuanOf(v)])),
    };
  },
});
