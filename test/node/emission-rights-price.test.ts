import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { emissionRightsPrice as calc } from '../../src/policy/emission-rights/emission-rights-price';
import { refusal, run } from '../helpers/calc';

/**
 * Cases P1–P19 of /work/content/emission-rights.calculators.md (嘉政办发〔2014〕112号 绩效意见 二（二）3).
 * unit fen = round_half_up(base fen × multiplier ppm / 10^6); price fen = round_half_up(unit fen × t4 / 10^4).
 */

type Req = z.input<typeof calc.input>;
const price = (r: Partial<Req> & Pick<Req, 'class' | 'purpose' | 'basePrice' | 'tonnes'>) => run(calc, { date: '2015-03-01', ...r });
const figures = (r: { multiplier: number; unitPrice: number; price: number }) => [r.multiplier, r.unitPrice, r.price];

describe('emission-rights-price: multipliers', () => {
  it('P1. encouraged / paid-use, 1000 × 2 t: 0.4 → 400.00, 800.00', () => {
    // 100000 fen × 400000 / 10^6 = 40000 fen; × 20000 / 10^4 = 80000 fen
    const r = price({ class: 'encouraged', purpose: 'paid-use', basePrice: 1000, tonnes: 2 });
    expect(figures(r)).toEqual([0.4, 400, 800]);
    expect(r).toMatchObject({
      allowed: true,
      capChecked: false,
      priceBasisZh: '排污权有偿使用基准价',
      citation: '嘉政办发〔2014〕112号 绩效意见 二（二）3 一是',
    });
  });

  it('P2. general / paid-use: 1 → 1000.00, 2000.00', () => {
    expect(figures(price({ class: 'general', purpose: 'paid-use', basePrice: 1000, tonnes: 2 }))).toEqual([1, 1000, 2000]);
  });

  it('P3. other / paid-use: 2 → 2000.00, 4000.00', () => {
    expect(figures(price({ class: 'other', purpose: 'paid-use', basePrice: 1000, tonnes: 2 }))).toEqual([2, 2000, 4000]);
  });

  it('P4. encouraged / lease, 1.5 t: 2 → 2000.00, 3000.00', () => {
    // 200000 × 15000 / 10^4 = 300000 fen
    expect(figures(price({ class: 'encouraged', purpose: 'lease', basePrice: 1000, tonnes: 1.5 }))).toEqual([2, 2000, 3000]);
  });

  it('P5. general / lease, 333.33 × 1 t: 5 → 1666.65', () => {
    // 33333 × 5 = 166665 fen
    expect(figures(price({ class: 'general', purpose: 'lease', basePrice: 333.33, tonnes: 1 }))).toEqual([5, 1666.65, 1666.65]);
  });

  it('P7. other / reduction-purchase, 1234.57 × 0.3333 t: 5 → 6172.85, 2057.41', () => {
    // 123457 × 5 = 617285; 617285 × 3333 / 10^4 = 205741.0905 → 205741 fen
    expect(figures(price({ class: 'other', purpose: 'reduction-purchase', basePrice: 1234.57, tonnes: 0.3333 }))).toEqual([
      5, 6172.85, 2057.41,
    ]);
  });

  it('P15. other / reduction-purchase: 5 → 500.00 (no class is barred from buying)', () => {
    expect(figures(price({ class: 'other', purpose: 'reduction-purchase', basePrice: 100, tonnes: 1 }))).toEqual([5, 500, 500]);
  });
});

describe('emission-rights-price: rounding half-up to the fen', () => {
  it('P8. 5.00 × 0.4 × 0.0025 t: 200 fen × 25 / 10^4 = 0.5 fen → 1 fen (the .5 rounds up)', () => {
    expect(figures(price({ class: 'encouraged', purpose: 'paid-use', basePrice: 5, tonnes: 0.0025 }))).toEqual([0.4, 2, 0.01]);
  });

  it('P9. 5.00 × 0.4 × 0.0024 t: 200 × 24 / 10^4 = 0.48 fen → 0 (other side of P8)', () => {
    expect(figures(price({ class: 'encouraged', purpose: 'paid-use', basePrice: 5, tonnes: 0.0024 }))).toEqual([0.4, 2, 0]);
  });

  it('P10. 0.03 × 0.4 = 1.2 fen → 1 fen per tonne; × 100 t = 1.00 (rounded at the multiplier step, not 1.20)', () => {
    expect(figures(price({ class: 'encouraged', purpose: 'paid-use', basePrice: 0.03, tonnes: 100 }))).toEqual([0.4, 0.01, 1]);
  });
});

describe('emission-rights-price: refusals and caps', () => {
  it('P6. other / lease → 422 calculation-refused, reason forbidden, citing 二（二）3 二是', () => {
    const p = refusal(calc, { class: 'other', purpose: 'lease', basePrice: 1000, tonnes: 2, date: '2015-03-01' });
    expect(p).toMatchObject({
      type: '/problems/calculation-refused',
      status: 422,
      reason: 'forbidden',
      message: { zh: '其它类企业：一律不得租赁。', en: "Class 'other' may not lease emission rights (forbidden)" },
      citation: '嘉政办发〔2014〕112号 绩效意见 二（二）3 二是；二（二）2 二是',
    });
  });

  it('P19. the forbidden check runs before the lease cap', () => {
    const p = refusal(calc, {
      class: 'other',
      purpose: 'lease',
      basePrice: 1000,
      tonnes: 1,
      date: '2015-03-01',
      purchasedTotalTonnes: 100,
      alreadyLeasedTonnes: 0,
    });
    expect(p.reason).toBe('forbidden');
  });

  it('P11. lease cap, equality side: (8 + 2) = 10 ≤ 0.1 × 100 → allowed; 10000 × 5 × 2 = 100000 fen', () => {
    const r = price({ class: 'general', purpose: 'lease', basePrice: 100, tonnes: 2, purchasedTotalTonnes: 100, alreadyLeasedTonnes: 8 });
    expect(figures(r)).toEqual([5, 500, 1000]);
    expect(r.capChecked).toBe(true);
    const cap = r.trace.steps.find((s) => s.name.en === 'lease cap')!;
    expect(cap.rule).toBe('嘉政办发〔2014〕112号 绩效意见 二（二）3 二是');
    expect(cap.formula.zh).toContain('已租赁 8 吨 + 本次 2 吨，不超过购买总量 100 吨 × 0.1（即 10%；');
  });

  it('P12. lease cap, other side: 10.0001 > 10 → 422 lease-cap-exceeded', () => {
    const p = refusal(calc, {
      class: 'general',
      purpose: 'lease',
      basePrice: 100,
      tonnes: 2.0001,
      date: '2015-03-01',
      purchasedTotalTonnes: 100,
      alreadyLeasedTonnes: 8,
    });
    expect(p).toMatchObject({ type: '/problems/calculation-refused', reason: 'lease-cap-exceeded' });
  });

  it('P13. reduction cap, equality side: 5 ≤ 5 → allowed; 10000 × 1 × 5 = 50000 fen', () => {
    const r = price({ class: 'encouraged', purpose: 'reduction-purchase', basePrice: 100, tonnes: 5, requiredReductionTonnes: 5 });
    expect(figures(r)).toEqual([1, 100, 500]);
    expect(r.capChecked).toBe(true);
  });

  it('P14. reduction cap, other side: 5.0001 > 5 → 422 reduction-cap-exceeded', () => {
    const p = refusal(calc, {
      class: 'encouraged',
      purpose: 'reduction-purchase',
      basePrice: 100,
      tonnes: 5.0001,
      date: '2015-03-01',
      requiredReductionTonnes: 5,
    });
    expect(p).toMatchObject({
      reason: 'reduction-cap-exceeded',
      citation: '嘉政办发〔2014〕112号 绩效意见 二（二）3 三是；交易办法 第十八条',
    });
  });
});

describe('emission-rights-price: dates and validation', () => {
  it('P16. 2014-12-31 → 422 not-in-force (price_multipliers start 2015-01-01)', () => {
    const p = refusal(calc, { class: 'general', purpose: 'paid-use', basePrice: 1000, tonnes: 1, date: '2014-12-31' });
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.parameter).toMatchObject({ table: 'emission-rights', key: 'price_multipliers' });
  });

  it('P17. 2015-01-01, first day in force (inclusive): 1 → 1000.00', () => {
    expect(figures(price({ class: 'general', purpose: 'paid-use', basePrice: 1000, tonnes: 1, date: '2015-01-01' }))).toEqual([
      1, 1000, 1000,
    ]);
  });

  it('P18. invalid class, negative, zero or 3-decimal base price, zero or 5-decimal tonnes → rejected on the field', () => {
    const paths = (body: Record<string, unknown>) =>
      calc.input
        .safeParse({ class: 'general', purpose: 'paid-use', basePrice: 1000, tonnes: 1, date: '2015-03-01', ...body })
        .error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths({ class: 'premium' })).toEqual(['class']);
    expect(paths({ basePrice: -1 })).toEqual(['basePrice']);
    expect(paths({ basePrice: 0 })).toEqual(['basePrice']);
    expect(paths({ basePrice: 1.234 })).toEqual(['basePrice']);
    expect(paths({ tonnes: 0 })).toEqual(['tonnes']);
    expect(paths({ tonnes: 1.00001 })).toEqual(['tonnes']);
    expect(paths({ purchasedTotalTonnes: 100 })).toEqual(expect.arrayContaining(['alreadyLeasedTonnes', 'purchasedTotalTonnes']));
    expect(paths({ requiredReductionTonnes: 1 })).toEqual(['requiredReductionTonnes']);
  });

  it('a date left out defaults to today (China Standard Time), read at validation', () => {
    const parsed = calc.input.parse({ class: 'general', purpose: 'paid-use', basePrice: 1000, tonnes: 1 });
    expect(parsed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the trace cites the row and shows both roundings', () => {
    const r = price({ class: 'encouraged', purpose: 'paid-use', basePrice: 0.03, tonnes: 100 });
    expect(r.trace.steps.map((s) => s.name.en)).toEqual(['class and purpose allowed', 'unit price', 'price']);
    const multiplier = 'price_multipliers[class=encouraged,purpose=paid-use].multiplier';
    expect(r.trace.steps[1]).toMatchObject({ rule: '嘉政办发〔2014〕112号 绩效意见 二（二）3 一是' });
    expect(r.trace.steps[1]!.parameters).toContain(multiplier);
    expect(r.trace.parameters[multiplier]).toMatchObject({ value: 0.4, table: 'emission-rights' });
    expect(r.trace.steps[1]!.formula.en).toContain(
      '0.03 (given: not published, 嘉政办发〔2014〕112号 若干意见（二十）；交易办法 第五条) × 0.4 = 0.01',
    );
    expect(r.trace.steps[1]!.formula.zh).toContain(
      '0.03 元（由请求方给出，原文未公布：嘉政办发〔2014〕112号 若干意见（二十）；交易办法 第五条）× 0.4 倍 = 每吨 0.01 元',
    );
    expect(r.trace.steps[2]!.formula.zh).toBe('每吨 0.01 元 × 100 吨 = 1.00 元（四舍五入到分）');
  });
});
