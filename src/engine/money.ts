/**
 * Money is integer fen (分) inside, yuan with two decimals outside. Ratios are integer parts per
 * million (ppm), so a ratio with up to six decimals is exact. Every multiplication by a ratio rounds
 * half-up to the fen at that point (the documented rounding of the employee-medical spec), unless the rule
 * is a bound, which rounds towards lawful (applyRatioUp / applyRatioDown).
 *
 * Fen and Ppm are branded numbers: a ratio passed where an amount is expected, or the reverse, does not
 * compile. Arithmetic on them gives plain numbers; `fen(x)` states that a result is an exact amount again.
 */

import { EngineError } from './errors';

declare const fenBrand: unique symbol;
declare const ppmBrand: unique symbol;
export type Fen = number & { readonly [fenBrand]: 'fen' };
export type Ppm = number & { readonly [ppmBrand]: 'ppm' };

export const PPM = 1_000_000 as Ppm;

/**
 * Integer fen are exact up to 2^53 − 1 (about 90 trillion yuan). Input limits keep single amounts far below
 * that, but a product of two large inputs (a price × tonnes, a subsidy per bed × beds) can pass it; such a
 * request is refused (422) rather than answered with a rounded-off figure.
 */
export const MAX_EXACT_FEN = Number.MAX_SAFE_INTEGER as Fen;

const tooLarge = () =>
  new EngineError('too-large', {
    zh: `根据请求计算出的金额超过 ${yuanText(MAX_EXACT_FEN)} 元，这是能够精确计算的最大金额；请减小金额或数量。`,
    en: `An amount computed from the request exceeds ${yuanText(MAX_EXACT_FEN).replace(/,/g, '')} yuan, the largest that can be computed exactly; give smaller amounts or quantities.`,
  });

/** An exact amount in fen: a whole number no larger than 2^53 − 1 (a larger one is refused). */
export function fen(x: number): Fen {
  if (!Number.isSafeInteger(x)) {
    if (Number.isInteger(x) || !Number.isFinite(x)) throw tooLarge();
    throw new RangeError(`fen expects a whole number of fen, got ${x}`);
  }
  return x as Fen;
}

export const ZERO = 0 as Fen;
export const yuanToFen = (yuan: number): Fen => Math.round(yuan * 100) as Fen;
/** Every amount an answer states passes here: an inexact one is refused, never sent. */
export const fenToYuan = (x: Fen): number => fen(x) / 100;
export const ratioToPpm = (ratio: number): Ppm => Math.round(ratio * PPM) as Ppm;

/** fen × ppm / 10^6 for non-negative operands, rounded by `mode`; exact for any size. */
function product(x: Fen, ppm: Ppm, mode: 'half-up' | 'up' | 'down'): Fen {
  if (x < 0 || ppm < 0) throw new RangeError('applyRatio expects non-negative operands');
  const p = x * ppm;
  if (Number.isSafeInteger(p)) {
    const q = mode === 'half-up' ? Math.floor((p + PPM / 2) / PPM) : mode === 'up' ? Math.ceil(p / PPM) : Math.floor(p / PPM);
    return q as Fen;
  }
  const big = BigInt(x) * BigInt(ppm);
  const M = BigInt(PPM);
  const rounded = mode === 'half-up' ? (big + M / 2n) / M : mode === 'up' ? (big + M - 1n) / M : big / M;
  if (rounded > BigInt(MAX_EXACT_FEN)) throw tooLarge();
  return Number(rounded) as Fen;
}

/** round-half-up(fen × ppm / 10^6): a payment the rules define as a ratio of an amount. */
export const applyRatio = (x: Fen, ppm: Ppm): Fen => product(x, ppm, 'half-up');
/** ⌈fen × ppm / 10^6⌉: a lower bound (不低于, 不得低于, 不少于) in whole fen, rounded towards lawful. */
export const applyRatioUp = (x: Fen, ppm: Ppm): Fen => product(x, ppm, 'up');
/** ⌊fen × ppm / 10^6⌋: an upper bound (不超过, 最高, 不得高于) in whole fen, rounded towards lawful. */
export const applyRatioDown = (x: Fen, ppm: Ppm): Fen => product(x, ppm, 'down');

/** round-half-up(fen / divisor) for non-negative fen and a whole divisor (e.g. an annual base ÷ 12 months). */
export function divideHalfUp(x: Fen, divisor: number): Fen {
  if (x < 0 || !(divisor > 0) || !Number.isInteger(divisor)) throw new RangeError('divideHalfUp expects fen ≥ 0 and a whole divisor > 0');
  return Math.floor(fen(x * 2 + divisor) / (divisor * 2)) as Fen;
}

/** fen × a whole count (months, persons, doses); exact as long as the result is a safe integer. */
export function times(x: Fen, count: number): Fen {
  if (!Number.isInteger(count)) throw new RangeError('times expects a whole count');
  return fen(x * count);
}

export const sum = (xs: readonly Fen[]): Fen => fen(xs.reduce<number>((a, b) => a + b, 0));
export const clamp = (x: Fen, lo: Fen, hi: Fen): Fen => Math.min(Math.max(x, lo), hi) as Fen;
export const minFen = (...xs: Fen[]): Fen => Math.min(...xs) as Fen;
export const maxFen = (...xs: Fen[]): Fen => Math.max(...xs) as Fen;

/** "1,234.50": an amount in yuan with two decimals and grouped thousands, as traces and messages show it. */
export function yuanText(x: Fen): string {
  const abs = Math.abs(x);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${x < 0 ? '-' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** "85%", "0.15%": a ratio held in ppm, as traces show it. */
export const percentText = (ppm: Ppm): string => `${ppm / 10_000}%`;
