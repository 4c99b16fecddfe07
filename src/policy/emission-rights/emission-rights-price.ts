import { DOCUMENTED } from '../../documented';
import { failsWith } from '../../engine/issue';
import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { refused } from '../../engine/errors';
import { dateOrToday, tonnes, tonnesToUnits, TONNE_DECIMALS, TONNE_UNITS, yuan, yuanOf, yuanOut } from '../../engine/inputs';
import { applyRatio, type Fen, PPM, type Ppm, percentText, ratioToPpm, yuanText, yuanToFen } from '../../engine/money';
import type { Match, Params } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { emissionRights as ER } from './table';
import { CLASSES, PURPOSES } from './codes';

/**
 * Government price of emission rights for a class and a purpose under 嘉政办发〔2014〕112号 绩效意见
 * 二（二）3. The base price (基准价) is set by the price department and is not in the gazette
 * (base_price.paid_use is empty), so the caller supplies it.
 *
 * Arithmetic (exact, integers): unit price fen = round_half_up(base fen × multiplier ppm / 10^6); then
 * price fen = round_half_up(unit fen × tonnes in 1/10 000 t / 10 000). Tonnes have at most 4 decimals.
 * A forbidden purpose (lease by class other) is a 422 calculation-refused, checked before anything else;
 * so are the optional lease and reduction caps (「不得超过」: equality allowed).
 */

const input = z
  .object({
    class: z.enum(CLASSES).openapi(
      DOCUMENTED && {
        description:
          'Performance class 绩效类别. For reduction-purchase: the worst class of the reduction five-year-plan period (reduction_purchase.class_basis)',
      },
    ),
    purpose: z.enum(PURPOSES).openapi(
      DOCUMENTED && {
        description: 'paid-use 有偿使用 (二（二）3 一是); lease 政府租赁 (二是); reduction-purchase 为完成减排任务购买 (三是)',
      },
    ),
    basePrice: yuan(
      DOCUMENTED &&
        'Government base price 基准价 per tonne (yuan), set by the price department and not published in the gazette; > 0, at most 2 decimals',
    ).refine((n) => n !== 0, failsWith('too-small', { zh: '须大于 0', en: 'must be greater than 0' })), // negatives are refused by yuan()
    tonnes: tonnes(DOCUMENTED && `Tonnes bought or leased, in the same basis as basePrice; > 0, at most ${TONNE_DECIMALS} decimals`, {
      positive: true,
    }),
    date: dateOrToday(DOCUMENTED && 'Date of the purchase (the price_multipliers rows in force on it apply)'),
    purchasedTotalTonnes: tonnes(
      DOCUMENTED && 'Lease cap check: the firm’s total purchased emission rights (排污权购买总量); give with alreadyLeasedTonnes',
    ).optional(),
    alreadyLeasedTonnes: tonnes(
      DOCUMENTED && 'Lease cap check: tonnes already leased (租赁总量 before this lease); give with purchasedTotalTonnes',
    ).optional(),
    requiredReductionTonnes: tonnes(
      DOCUMENTED && 'Reduction-purchase cap check: the cut the firm must make (减排应削减的污染物总量)',
    ).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.purchasedTotalTonnes === undefined) !== (r.alreadyLeasedTonnes === undefined)) {
      const missing = r.purchasedTotalTonnes === undefined ? 'purchasedTotalTonnes' : 'alreadyLeasedTonnes';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'give purchasedTotalTonnes and alreadyLeasedTonnes together' });
    }
    if (r.purpose !== 'lease') {
      for (const k of ['purchasedTotalTonnes', 'alreadyLeasedTonnes'] as const) {
        if (r[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: 'only for purpose lease' });
      }
    }
    if (r.purpose !== 'reduction-purchase' && r.requiredReductionTonnes !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['requiredReductionTonnes'], message: 'only for purpose reduction-purchase' });
    }
  });

const output =
  DOCUMENTED &&
  z
    .object({
      class: z.enum(CLASSES),
      purpose: z.enum(PURPOSES),
      allowed: z.literal(true),
      multiplier: z.number().openapi(DOCUMENTED && { description: 'Multiple of the base price (price_multipliers.multiplier)' }),
      basePrice: yuanOut(DOCUMENTED && 'base price per tonne, as given'),
      unitPrice: yuanOut(DOCUMENTED && 'base price × multiplier, rounded half-up to the fen'),
      tonnes: z.number(),
      price: yuanOut(DOCUMENTED && 'the amount: unit price × tonnes, rounded half-up to the fen'),
      priceBasisZh: z.string(),
      capChecked: z.boolean().openapi(
        DOCUMENTED && {
          description:
            'true when the optional lease or reduction cap inputs were given and checked (a cap exceeded is a 422); false otherwise — always for paid use, which has no quantity cap',
        },
      ),
      citation: z.string(),
    })
    .openapi('EmissionRightsPrice');

const PURPOSE_EN: Record<(typeof PURPOSES)[number], string> = {
  'paid-use': 'buy emission rights for paid use',
  lease: 'lease emission rights',
  'reduction-purchase': 'buy emission rights for its reduction task',
};

const PURPOSE_ZH: Record<(typeof PURPOSES)[number], string> = {
  'paid-use': '有偿使用排污权',
  lease: '租赁排污权',
  'reduction-purchase': '为完成减排任务购买排污权',
};
const CLASS_ZH: Record<(typeof CLASSES)[number], string> = { encouraged: '鼓励类', general: '一般类', other: '其它类' };

/**
 * A request the rules refuse: the problem keeps reason, message { zh, en } (the source's words and ours) and
 * citation; its English detail is the message with them, as before; `zhDetail` is the whole Chinese sentence.
 */
const refuse = (reason: string, message: { zh: string; en: string }, zhDetail: string, citation: string) =>
  refused({ zh: `${zhDetail}（${citation}）`, en: `${message.en} (${message.zh}; ${citation})` }, { reason, message, citation });

type P = Params<typeof ER>;
type Request = z.output<typeof input>;
type PriceRow = Match<typeof ER, 'price_multipliers'>;

/**
 * 绩效意见 二（二）3 (and 二（二）2 for what a class may not do): the row of price_multipliers for the class and the
 * purpose; a purpose the row forbids (其它类企业一律不得租赁) is refused before anything else.
 */
function allowedPurpose(p: P, trace: Trace, req: Request): PriceRow {
  const who = `${CLASS_ZH[req.class]}企业${PURPOSE_ZH[req.purpose]}`;
  return trace.step({ zh: '该类企业能否办理此项交易', en: 'class and purpose allowed' }, (s) => {
    const row = p.find('price_multipliers', { class: req.class, purpose: req.purpose });
    const allowed = row.get('allowed');
    if (allowed.value !== true) {
      // The source's own wording is the Chinese message (e.g. 「其它类企业：一律不得租赁。」).
      const textZh = String(row.row.cells.text_zh ?? '');
      throw refuse(
        'forbidden',
        { zh: textZh, en: `Class '${req.class}' may not ${PURPOSE_EN[req.purpose]} (forbidden)` },
        `${textZh.replace(/。$/, '')}，不予计算价格`,
        row.row.citation.text,
      );
    }
    s.rule(row.row.citation.text).inputs({ class: req.class, purpose: req.purpose });
    s.formula({ zh: `${who}：允许`, en: `${req.class} / ${req.purpose}: allowed` });
    return s.result(true, row);
  });
}

/**
 * 绩效意见 二（二）3 二是: the leased total may not exceed a share of the purchased total (「不得超过」: equality
 * allowed), compared exactly in 1/10 000 t × ppm. Checked only when the request gives both totals.
 */
function leaseCap(p: P, trace: Trace, req: Request, t4: number, leased: number, purchased: number): void {
  trace.step({ zh: '租赁总量上限', en: 'lease cap' }, (s) => {
    const share = p.ratio('lease.max_share_of_purchased');
    const lhs = (BigInt(tonnesToUnits(leased)) + BigInt(t4)) * BigInt(PPM);
    const rhs = BigInt(share.ppm) * BigInt(tonnesToUnits(purchased));
    const within = lhs <= rhs;
    const formula = `(${leased} + ${req.tonnes}) t ${within ? '≤' : '>'} ${share.ppm / PPM} × ${purchased} t (compared in 1/${TONNE_UNITS} t × ppm: ${lhs} ${within ? '≤' : '>'} ${rhs})`;
    const formulaZh =
      `已租赁 ${leased} 吨 + 本次 ${req.tonnes} 吨，${within ? '不超过' : '超过'}购买总量 ${purchased} 吨 × ${share.ppm / PPM}` +
      `（即 ${percentText(share.ppm)}；以 1/${TONNE_UNITS} 吨和百万分率精确比较：${lhs} ${within ? '≤' : '>'} ${rhs}）`;
    if (!within) {
      throw refuse(
        'lease-cap-exceeded',
        {
          zh: '企业租赁总量不得超过排污权购买总量的规定比例',
          en: `The leased total would exceed the allowed share of the purchased total: ${formula}`,
        },
        `企业租赁总量不得超过排污权购买总量的规定比例：${formulaZh}`,
        share.use.citation,
      );
    }
    s.inputs({ alreadyLeasedTonnes: leased, purchasedTotalTonnes: purchased, tonnes: req.tonnes });
    s.formula({ zh: `${formulaZh}：在上限以内`, en: formula });
    return s.result('within the cap');
  });
}

/**
 * 绩效意见 二（二）3 三是, 交易办法 第十八条: a purchase for the reduction task may not exceed the cut the firm must make
 * (equality allowed). Checked only when the request gives the required cut.
 */
function reductionPurchaseCap(p: P, trace: Trace, req: Request, t4: number, required: number): void {
  trace.step({ zh: '减排购买量上限', en: 'reduction-purchase cap' }, (s) => {
    const cap = p.text('reduction_purchase.cap');
    const within = t4 <= tonnesToUnits(required);
    const formula = `${req.tonnes} t ${within ? '≤' : '>'} required cut ${required} t`;
    const formulaZh = `本次购买 ${req.tonnes} 吨，${within ? '不超过' : '超过'}应削减的 ${required} 吨`;
    if (!within) {
      throw refuse(
        'reduction-cap-exceeded',
        { zh: '购买量不得超过减排应削减的污染物总量指标', en: `The purchase exceeds the cut the firm must make: ${formula}` },
        `购买量不得超过减排应削减的污染物总量指标：${formulaZh}`,
        cap.use.citation,
      );
    }
    s.inputs({ tonnes: req.tonnes, requiredReductionTonnes: required });
    s.formula({ zh: `${formulaZh}：在上限以内`, en: formula });
    return s.result('within the cap');
  });
}

/**
 * 绩效意见 二（二）3: the price per tonne is the base price × the multiplier of the class and purpose, half-up to the
 * fen. The base price is set by the price department and not in the gazette (若干意见（二十）): the request gives it.
 */
function unitPrice(p: P, trace: Trace, req: Request, row: PriceRow, citation: string) {
  const baseFen = yuanToFen(req.basePrice);
  return trace.step({ zh: '每吨价格', en: 'unit price' }, (s) => {
    const multiplier = row.get('multiplier');
    const priceBasisZh = String(row.get('price_basis_zh').value);
    const mPpm = ratioToPpm(multiplier.value as number);
    // The base price is set by the price department, not in the gazette: cite where the gazette says so.
    const base = p.optional('base_price.paid_use');
    const baseCitation = (base.published ? base.use.citation : base.missing.citation) ?? citation;
    const unitFen = applyRatio(baseFen, mPpm);
    s.rule(citation).inputs({ basePrice: req.basePrice });
    s.formula({
      zh: `${priceBasisZh} ${yuanText(baseFen)} 元（由使用者填写，原文未公布：${baseCitation}）× ${multiplier.value as number} 倍 = 每吨 ${yuanText(unitFen)} 元（四舍五入到分）`,
      en: `base price ${yuanText(baseFen)} (given: not published, ${baseCitation}) × ${multiplier.value as number} = ${yuanText(unitFen)} per tonne (half-up to the fen)`,
    });
    return s.result(yuanOf(unitFen), { multiplier, unitFen, priceBasisZh });
  });
}

/** 绩效意见 二（二）3: the amount due for the tonnes at the unit price, half-up to the fen. */
function price(trace: Trace, req: Request, unitFen: Fen, t4: number, citation: string): Fen {
  return trace.step({ zh: '金额', en: 'amount' }, (s) => {
    // Tonnes in 1/10 000 t as a ppm factor: t4 × (10^6 / 10^4), so applyRatio rounds half-up exactly.
    const priceFen = applyRatio(unitFen, (t4 * (PPM / TONNE_UNITS)) as Ppm);
    s.rule(citation).inputs({ tonnes: req.tonnes });
    s.formula({
      zh: `每吨 ${yuanText(unitFen)} 元 × ${req.tonnes} 吨 = ${yuanText(priceFen)} 元（四舍五入到分）`,
      en: `${yuanText(unitFen)} × ${req.tonnes} t = ${yuanText(priceFen)} (half-up to the fen)`,
    });
    return s.result(yuanOf(priceFen), priceFen);
  });
}

export const emissionRightsPrice = defineCalculator({
  id: 'emission-rights-price',
  table: tableRef<typeof ER>('emission-rights'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.date);
    const row = allowedPurpose(p, trace, req);
    const citation = row.row.citation.text;
    const t4 = tonnesToUnits(req.tonnes);
    const { purchasedTotalTonnes: purchased, alreadyLeasedTonnes: leased, requiredReductionTonnes: required } = req;
    const leaseChecked = req.purpose === 'lease' && purchased !== undefined && leased !== undefined;
    if (leaseChecked) leaseCap(p, trace, req, t4, leased, purchased);
    const reductionChecked = req.purpose === 'reduction-purchase' && required !== undefined;
    if (reductionChecked) reductionPurchaseCap(p, trace, req, t4, required);
    const { multiplier, unitFen, priceBasisZh } = unitPrice(p, trace, req, row, citation);
    const priceFen = price(trace, req, unitFen, t4, citation);
    return {
      class: req.class,
      purpose: req.purpose,
      allowed: true as const,
      multiplier: multiplier.value as number,
      basePrice: req.basePrice,
      unitPrice: yuanOf(unitFen),
      tonnes: req.tonnes,
      price: yuanOf(priceFen),
      priceBasisZh,
      capChecked: leaseChecked || reductionChecked,
      citation,
    };
  },
});
