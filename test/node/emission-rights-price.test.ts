import { describe, expect, it } from 'vitest';
import { emissionRightsPrice as calc } from '../../src/policy/emission-rights/emission-rights-price';

/**
 * Cases P1–P19 of /work/content/emission-rights.calculators.md (嘉政办发〔2014〕112号 绩效意见 二（二）3) are requests
 * and their answers in emission-rights-price.cases.json; what stays here is the input schema's default.
 */

describe('emission-rights-price: dates and validation', () => {
  it('a date left out defaults to today (China Standard Time), read at validation', () => {
    const parsed = calc.input.parse({ class: 'general', purpose: 'paid-use', basePrice: 1000, tonnes: 1 });
    expect(parsed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
