import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { defineCalculator, type ParamsAt, tableRef } from '../../engine/calculator';
import { isoDate, MAX_CLAIMS, yuan, yuanOf, yuanOut, ratioOut } from '../../engine/inputs';
import { type Missing, MissingCollector, missingSchema } from '../../engine/missing';
import { applyRatio, type Fen, fen, minFen, percentText, sum, yuanText, yuanToFen, ZERO } from '../../engine/money';
import type { MoneyRead, RatioRead } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { residentMedicalInsurance as RMI } from './table';

/**
 * Reimbursement of outpatient and emergency (门（急）诊) bills of city-level resident medical insurance under
 * 嘉政办发〔2014〕101号 二, within the annual outpatient maximum. Every figure is a workbook parameter.
 *
 * What the text allows: the ratios 101号 publishes (50% and 15% at level-1 facilities) are applied to each bill.
 * 「居民医保基金门诊年度最高补偿额不变」 speaks of the fund's annual outpatient compensation as a whole and makes no
 * exception for level-1 facilities, so the cap bounds every bill; 101号 does not publish it (不变: its value is in
 * 嘉政办发〔2013〕159号, not in the gazette), so what the fund pays after the cap is `null`, with the cap named in
 * `missing[]` (not-published). The level-2/3 ratios are 不变 too: such a bill's share is `null` with its reason.
 * A bill dated when no ratio is in force is outside the data: 422 not-in-force. Once a maintainer fills the cap
 * (and the level-2/3 ratios) from 159号, the amounts are computed without code changes.
 *
 * Other readings:
 * - 年度 = calendar year: one counter per year, reset on 1 January; the cap in force on the bill's date.
 * - 最高补偿额 caps what the fund PAYS (补偿额), so the counter accumulates reimbursements, not expenses.
 *   Reaching the cap exactly is allowed (≤); capLimited means the bill got less than its ratio share. Once a bill
 *   of a year cannot be settled, what later bills of that year get is unknown too (the counter is unknown).
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

const nullableYuan = (description: string) => yuanOut(description).nullable();

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
          ratio: ratioOut(DOCUMENTED && 'reimbursement ratio applied; null when the source does not publish it (see missing[])').nullable(),
          gross: nullableYuan(DOCUMENTED && 'amount × ratio, before the annual maximum; null when the ratio is not published'),
          annualCap: nullableYuan(
            DOCUMENTED && "the annual outpatient maximum in force on the bill's date; null when not published (see missing[])",
          ),
          reimbursed: nullableYuan(
            DOCUMENTED && 'paid by the fund after the annual maximum; null when the maximum or the ratio is not published',
          ),
          selfPay: nullableYuan(DOCUMENTED && 'left to the insured; null when what the fund pays is not known'),
          capLimited: z
            .boolean()
            .nullable()
            .openapi(DOCUMENTED && { description: 'true when the annual maximum paid less than the ratio share; null when not known' }),
        }),
      ),
      totals: z.object({
        amount: yuanOut(DOCUMENTED && 'eligible expense'),
        gross: nullableYuan(DOCUMENTED && 'sum of the ratio shares; null when a ratio is not published'),
        reimbursed: nullableYuan(DOCUMENTED && "paid by the fund; null when a bill's payment is not known (see missing[])"),
        selfPay: nullableYuan(DOCUMENTED && "left to the insured; null when a bill's payment is not known"),
      }),
      reimbursedByYear: z.record(
        z.string(),
        nullableYuan(DOCUMENTED && 'fund outpatient payments in the year, including priorReimbursed; null when not known'),
      ),
      missing: z.array(missingSchema).openapi(
        DOCUMENTED && {
          description:
            'values the source does not publish that leave a figure null: the annual maximum, a level-2/3 ratio (empty when every figure is computed)',
        },
      ),
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

/** A bill in settlement order, with the values it needs (undefined: missing, named in its collector). */
interface Looked {
  b: Bill;
  index: number;
  cap: MoneyRead | undefined;
  ratio: RatioRead | undefined;
  /** why the ratio is missing (its case added, so that each kind of facility is named once) */
  ratioMissing: Missing[];
  /** 101号 二, cited by the steps that compute nothing */
  rule: string;
}

/**
 * 二: every value each bill needs — the annual maximum and the ratio of its kind of facility, in force on its
 * date — read before any arithmetic; what is missing goes to `capMissing` / the bill's own list.
 */
function valuesOfBills(at: ParamsAt<typeof RMI>, order: { b: Bill; index: number }[], capMissing: MissingCollector): Looked[] {
  return order.map(({ b, index }) => {
    const p = at(b.date);
    const cap = p.money('outpatient.annual_cap', capMissing);
    const kind = { facility_kind: b.facilityKind };
    const own = new MissingCollector();
    const ratio = p.find('outpatient_ratios', kind, {}, own)?.ratio('ratio', own);
    const ratioMissing = own.items.map((m) => ({ ...m, case: m.case ?? kind }));
    return { b, index, cap, ratio, ratioMissing, rule: p.article('二') };
  });
}

/** 二: a bill whose ratio the source does not publish (二、三级 “不变”): its share is not computed. */
function ratioNotPublished(trace: Trace, b: Bill, index: number, m: Missing, rule: string): void {
  trace.step(
    {
      zh: `第 ${index + 1} 笔（${b.date}）：报销比例，${KIND_ZH[b.facilityKind]}`,
      en: `bill ${index + 1} (${b.date}): reimbursement ratio, ${b.facilityKind}`,
    },
    (s) => {
      s.rule(m.citation ?? rule);
      s.inputs({ date: b.date, facilityKind: b.facilityKind, amount: b.amount });
      s.formula({
        zh: `${KIND_ZH[b.facilityKind]}的报销比例原文未公布${m.note ? `（${m.note.zh}）` : ''}，本笔按比例应付额不计算`,
        en: `the ratio of ${b.facilityKind} is not published in the source${m.note ? ` (${m.note.en})` : ''}: the bill's share is not computed`,
      });
      return s.result(null);
    },
  );
}

/**
 * 二 (门诊年度最高补偿额不变): the source does not publish the annual maximum, so what the fund pays after it is not
 * computed; the ratio shares stand.
 */
function capNotPublished(trace: Trace, m: Missing, rule: string): void {
  trace.step({ zh: '门诊年度最高补偿额', en: 'annual outpatient maximum' }, (s) => {
    s.rule(m.citation ?? rule);
    s.inputs({ date: m.date });
    s.formula({
      zh: `门诊年度最高补偿额${m.reason === 'not-published' ? '原文未公布' : `在 ${m.date} 没有有效的值`}${m.note ? `（${m.note.zh}）` : ''}；基金在年度最高补偿额内支付多少不计算，按比例应付额见各笔`,
      en: `the annual outpatient maximum is ${m.reason === 'not-published' ? 'not published in the source' : `not in force on ${m.date}`}${m.note ? ` (${m.note.en})` : ''}: what the fund pays within it is not computed; each bill's ratio share stands`,
    });
    return s.result(null);
  });
}

/**
 * 二 (门诊年度最高补偿额): the fund pays the bill's ratio share up to what is left of the year's maximum; the counter
 * holds what the fund paid in the calendar year (最高补偿额 caps the compensation, not the expense). Reaching the
 * maximum exactly is allowed.
 */
function annualMaximum(trace: Trace, b: Bill, index: number, cap: MoneyRead, gross: Fen, before: Fen): Fen {
  const year = b.date.slice(0, 4);
  return trace.step(
    {
      zh: `第 ${index + 1} 笔（${b.date}）：门诊年度最高补偿额`,
      en: `bill ${index + 1} (${b.date}): annual outpatient maximum`,
    },
    (s) => {
      const room = fen(Math.max(0, cap.fen - before));
      const reimbursed = minFen(gross, room);
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

/** What the fund paid in each calendar year so far; null once a bill of the year could not be settled. */
type Paid = Map<string, Fen | null>;

/** 二: one bill — its ratio share, then the annual maximum, each as far as the published values allow. */
function settleBill(trace: Trace, { b, index, cap, ratio, ratioMissing, rule }: Looked, paid: Paid) {
  const amount = yuanToFen(b.amount);
  const year = b.date.slice(0, 4);
  const gross = ratio ? ratioShare(trace, b, index, ratio) : null;
  if (!ratio) ratioNotPublished(trace, b, index, ratioMissing[0]!, rule);
  const before = paid.has(year) ? paid.get(year)! : ZERO;
  const reimbursed = gross !== null && cap && before !== null ? annualMaximum(trace, b, index, cap, gross, before) : null;
  paid.set(year, reimbursed === null || before === null ? null : fen(before + reimbursed));
  return {
    index,
    date: b.date,
    facilityKind: b.facilityKind,
    amount: yuanOf(amount),
    ratio: ratio ? (ratio.use.value as number) : null,
    gross: gross === null ? null : yuanOf(gross),
    annualCap: cap ? yuanOf(cap.fen) : null,
    reimbursed: reimbursed === null ? null : yuanOf(reimbursed),
    selfPay: reimbursed === null ? null : yuanOf(fen(amount - reimbursed)),
    capLimited: reimbursed === null || gross === null ? null : reimbursed < gross,
    fen: { amount, gross, reimbursed },
  };
}

/** A sum that is known only when every part is. */
const sumOrNull = (parts: (Fen | null)[]): Fen | null => (parts.some((x) => x === null) ? null : sum(parts as Fen[]));

export const residentMedicalOutpatient = defineCalculator({
  id: 'resident-medical-outpatient',
  table: tableRef<typeof RMI>('resident-medical-insurance'),
  input,
  output,
  run({ at, trace }, req) {
    // Settlement order: date, then request order (Array.prototype.sort is stable).
    const order = req.bills.map((b, index) => ({ b, index })).sort((x, y) => (x.b.date < y.b.date ? -1 : x.b.date > y.b.date ? 1 : 0));
    const capMissing = new MissingCollector();
    const looked = valuesOfBills(at, order, capMissing);
    // A bill dated when no ratio is in force is outside the data this table holds: nothing to apply to it.
    const outside = looked.flatMap((x) => x.ratioMissing).filter((m) => m.reason === 'not-in-force');
    if (outside.length) {
      const all = new MissingCollector();
      for (const m of [...capMissing.items, ...outside]) all.add(m);
      for (const { b, index, ratio } of looked) if (ratio) ratioShare(trace, b, index, ratio);
      all.throwIfAny(
        { zh: `结算 ${req.bills.length} 笔门（急）诊费用`, en: `Settling ${req.bills.length} outpatient bill(s)` },
        { trace: trace.toJSON() },
      );
    }
    const missing = new MissingCollector();
    for (const m of capMissing.items) missing.add(m);
    for (const m of looked.flatMap((x) => x.ratioMissing)) missing.add(m);
    // One counter of fund payments per calendar year.
    const paid: Paid = new Map(Object.entries(req.priorReimbursed ?? {}).map(([y, v]) => [y, yuanToFen(v)]));
    const rows = looked.map((x) => settleBill(trace, x, paid));
    if (!capMissing.empty) {
      const m = capMissing.items.find((x) => x.reason === 'not-published') ?? capMissing.items[0]!;
      capNotPublished(trace, m, at(m.date).article('二'));
    }
    const totalAmount = sum(rows.map((x) => x.fen.amount));
    const totalGross = sumOrNull(rows.map((x) => x.fen.gross));
    const totalPaid = sumOrNull(rows.map((x) => x.fen.reimbursed));
    return {
      bills: rows.map(({ fen: _fen, ...x }) => x),
      totals: {
        amount: yuanOf(totalAmount),
        gross: totalGross === null ? null : yuanOf(totalGross),
        reimbursed: totalPaid === null ? null : yuanOf(totalPaid),
        selfPay: totalPaid === null ? null : yuanOf(fen(totalAmount - totalPaid)),
      },
      reimbursedByYear: Object.fromEntries(
        [...paid.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([y, v]) => [y, v === null ? null : yuanOf(v)]),
      ),
      missing: missing.items,
    };
  },
});
