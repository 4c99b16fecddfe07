import { z } from '@hono/zod-openapi';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { dateOrToday, tonnes, tonnesToUnits, TONNE_DECIMALS, TONNE_UNITS, yuan, yuanOf, yuanOut } from '../engine/inputs';
import { valueOn } from '../engine/lookup';
import { applyRatio, formatYuan, PPM, ratioToPpm, yuanToFen } from '../engine/money';
import { problem, ProblemError } from '../http/problem';
import type { emissionRights as ER } from '../tables/emission-rights';
import { CLASSES, PURPOSES } from '../tables/emission-rights.codes';

/**
 * Government price of emission rights for a class and a purpose under 嘉政办发〔2014〕112号 绩效意见
 * 二（二）3, following /work/content/emission-rights.calculators.md. The base price (基准价) is set by the
 * price department and is not in the gazette (base_price.paid_use is empty), so the caller supplies it.
 *
 * Arithmetic (exact, integers): unit price fen = round_half_up(base fen × multiplier ppm / 10^6); then
 * price fen = round_half_up(unit fen × tonnes in 1/10 000 t / 10 000). Tonnes have at most 4 decimals.
 * A forbidden purpose (lease by class other) is a 422 calculation-refused, checked before anything else;
 * so are the optional lease and reduction caps (「不得超过」: equality allowed).
 */

const input = z
  .object({
    class: z.enum(CLASSES).openapi({
      description:
        'Performance class 绩效类别. For reduction-purchase: the worst class of the reduction five-year-plan period (reduction_purchase.class_basis)',
    }),
    purpose: z
      .enum(PURPOSES)
      .openapi({ description: 'paid-use 有偿使用 (二（二）3 一是); lease 政府租赁 (二是); reduction-purchase 为完成减排任务购买 (三是)' }),
    basePrice: yuan(
      'Government base price 基准价 per tonne (yuan), set by the price department and not published in the gazette; > 0, at most 2 decimals',
    ).refine((n) => n !== 0, { error: 'must be greater than 0' }), // negatives are refused by yuan()
    tonnes: tonnes(`Tonnes bought or leased, in the same basis as basePrice; > 0, at most ${TONNE_DECIMALS} decimals`, { positive: true }),
    date: dateOrToday('Date of the purchase (the price_multipliers rows in force on it apply)'),
    purchasedTotalTonnes: tonnes(
      'Lease cap check: the firm’s total purchased emission rights (排污权购买总量); give with alreadyLeasedTonnes',
    ).optional(),
    alreadyLeasedTonnes: tonnes(
      'Lease cap check: tonnes already leased (租赁总量 before this lease); give with purchasedTotalTonnes',
    ).optional(),
    requiredReductionTonnes: tonnes('Reduction-purchase cap check: the cut the firm must make (减排应削减的污染物总量)').optional(),
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

const output = z
  .object({
    class: z.enum(CLASSES),
    purpose: z.enum(PURPOSES),
    allowed: z.literal(true),
    multiplier: z.number().openapi({ description: 'Multiple of the base price (price_multipliers.multiplier)' }),
    basePrice: yuanOut('base price per tonne, as given'),
    unitPrice: yuanOut('base price × multiplier, rounded half-up to the fen'),
    tonnes: z.number(),
    price: yuanOut('unit price × tonnes, rounded half-up to the fen'),
    priceBasisZh: z.string(),
    capChecked: z.boolean().openapi({ description: 'true when the optional lease or reduction cap inputs were given and checked' }),
    citation: z.string(),
    trace: z.array(traceStepSchema),
  })
  .openapi('EmissionRightsPrice');

const PURPOSE_EN: Record<(typeof PURPOSES)[number], string> = {
  'paid-use': 'buy emission rights for paid use',
  lease: 'lease emission rights',
  'reduction-purchase': 'buy emission rights for its reduction task',
};

const refuse = (reason: string, zh: string, en: string, citation: string) =>
  new ProblemError(problem('calculation-refused', `${en} (${zh}; ${citation})`, { reason, message: { zh, en }, citation }));

export const emissionRightsPrice = defineCalculator({
  id: 'emission-rights-price',
  table: tableRef<typeof ER>('emission-rights'),
  input,
  output,
  run(at, req) {
    const p = at(req.date);
    const trace: TraceStep[] = [];

    // 1. The row for (class, purpose); a forbidden purpose is refused before anything else.
    const row = p.find('price_multipliers', { class: req.class, purpose: req.purpose });
    const allowed = row.get('allowed');
    const citation = row.row.citation.text;
    if (allowed.value !== true) {
      // The source's own wording is the Chinese message (e.g. 「其它类企业：一律不得租赁。」).
      throw refuse(
        'forbidden',
        String(row.row.cells.text_zh ?? ''),
        `Class '${req.class}' may not ${PURPOSE_EN[req.purpose]} (forbidden)`,
        citation,
      );
    }
    trace.push({
      step: 'class and purpose allowed',
      rule: citation,
      formula: `${req.class} / ${req.purpose}: allowed`,
      inputs: { class: req.class, purpose: req.purpose },
      parameters: { allowed: allowed.use },
      result: true,
    });

    const t4 = tonnesToUnits(req.tonnes);
    let capChecked = false;

    // 2. Lease cap: leased total ≤ share × purchased total (「不得超过」, equality allowed), exact in 1/10 000 t.
    if (req.purpose === 'lease' && req.purchasedTotalTonnes !== undefined && req.alreadyLeasedTonnes !== undefined) {
      const share = p.ratio('lease.max_share_of_purchased');
      const leased4 = tonnesToUnits(req.alreadyLeasedTonnes);
      const purchased4 = tonnesToUnits(req.purchasedTotalTonnes);
      const lhs = (BigInt(leased4) + BigInt(t4)) * BigInt(PPM);
      const rhs = BigInt(share.ppm) * BigInt(purchased4);
      const within = lhs <= rhs;
      const formula = `(${req.alreadyLeasedTonnes} + ${req.tonnes}) t ${within ? '≤' : '>'} ${share.ppm / PPM} × ${req.purchasedTotalTonnes} t (compared in 1/${TONNE_UNITS} t × ppm: ${lhs} ${within ? '≤' : '>'} ${rhs})`;
      if (!within) {
        throw refuse(
          'lease-cap-exceeded',
          '企业租赁总量不得超过排污权购买总量的规定比例',
          `The leased total would exceed the allowed share of the purchased total: ${formula}`,
          share.use.citation,
        );
      }
      trace.push({
        step: 'lease cap',
        rule: share.use.citation,
        formula,
        inputs: { alreadyLeasedTonnes: req.alreadyLeasedTonnes, purchasedTotalTonnes: req.purchasedTotalTonnes, tonnes: req.tonnes },
        parameters: { max_share_of_purchased: share.use },
        result: 'within the cap',
      });
      capChecked = true;
    }

    // 3. Reduction-purchase cap: bought ≤ the required cut.
    if (req.purpose === 'reduction-purchase' && req.requiredReductionTonnes !== undefined) {
      const cap = p.text('reduction_purchase.cap');
      const required4 = tonnesToUnits(req.requiredReductionTonnes);
      const within = t4 <= required4;
      const formula = `${req.tonnes} t ${within ? '≤' : '>'} required cut ${req.requiredReductionTonnes} t`;
      if (!within) {
        throw refuse(
          'reduction-cap-exceeded',
          '购买量不得超过减排应削减的污染物总量指标',
          `The purchase exceeds the cut the firm must make: ${formula}`,
          cap.use.citation,
        );
      }
      trace.push({
        step: 'reduction-purchase cap',
        rule: cap.use.citation,
        formula,
        inputs: { tonnes: req.tonnes, requiredReductionTonnes: req.requiredReductionTonnes },
        parameters: { cap: cap.use },
        result: 'within the cap',
      });
      capChecked = true;
    }

    // 4. Unit price and price.
    const multiplier = row.get('multiplier');
    const mPpm = ratioToPpm(multiplier.value as number);
    const baseFen = yuanToFen(req.basePrice);
    const basePrice = p.table.parameters.find((x) => x.key === 'base_price.paid_use');
    const baseCitation = (basePrice && valueOn(basePrice, p.date)?.citation.text) ?? citation;
    const unitFen = applyRatio(baseFen, mPpm);
    trace.push({
      step: 'unit price',
      rule: citation,
      formula: `base price ${formatYuan(baseFen)} (given: not published, ${baseCitation}) × ${multiplier.value as number} = ${formatYuan(unitFen)} per tonne (half-up to the fen)`,
      inputs: { basePrice: req.basePrice },
      parameters: { multiplier: multiplier.use },
      result: yuanOf(unitFen),
    });
    // Tonnes in 1/10 000 t as a ppm factor: t4 × (10^6 / 10^4), so applyRatio rounds half-up exactly.
    const priceFen = applyRatio(unitFen, t4 * (PPM / TONNE_UNITS));
    trace.push({
      step: 'price',
      rule: citation,
      formula: `${formatYuan(unitFen)} × ${req.tonnes} t = ${formatYuan(priceFen)} (half-up to the fen)`,
      inputs: { tonnes: req.tonnes },
      parameters: {},
      result: yuanOf(priceFen),
    });

    return {
      class: req.class,
      purpose: req.purpose,
      allowed: true as const,
      multiplier: multiplier.value as number,
      basePrice: req.basePrice,
      unitPrice: yuanOf(unitFen),
      tonnes: req.tonnes,
      price: yuanOf(priceFen),
      priceBasisZh: String(row.get('price_basis_zh').value),
      capChecked,
      citation,
      trace,
    };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const emissionRightsPriceDocs = {
  title: { zh: '排污权差别化价格', en: 'Emission rights: price by class and purpose' },
  description: {
    zh: '按嘉政办发〔2014〕112号绩效意见二（二）3，以基准价的倍数计算鼓励类、一般类、其它类企业有偿使用、租赁和减排购买排污权的价格；其它类企业不得租赁。基准价未公布，须由调用方提供。',
    en: 'Price of emission rights as a multiple of the base price by class and purpose (paid use, lease, reduction purchase) under 嘉政办发〔2014〕112号 绩效意见 二（二）3; class other may not lease. The base price is not published and is an input.',
  },
  examples: {
    encouragedPaidUse: {
      summary: 'Encouraged firm, paid use, base price 1000 yuan/t, 2 t: the encouraged-class multiplier of sheet price_multipliers',
      value: { class: 'encouraged', purpose: 'paid-use', basePrice: 1000, tonnes: 2, date: '2015-03-01' },
    },
    generalLeaseWithCap: {
      summary: 'General firm leases 2 t with 8 t already leased of 100 t purchased (cap lease.max_share_of_purchased reached, allowed)',
      value: {
        class: 'general',
        purpose: 'lease',
        basePrice: 100,
        tonnes: 2,
        date: '2015-03-01',
        purchasedTotalTonnes: 100,
        alreadyLeasedTonnes: 8,
      },
    },
  },
} satisfies CalculatorDocs<typeof emissionRightsPrice>;
