/**
 * Money is integer fen (分) inside, yuan with two decimals outside. Ratios are integer parts per
 * million (ppm), so a ratio with up to six decimals is exact. Every multiplication by a ratio rounds
 * half-up to the fen at that point (the documented rounding of the employee-medical spec).
 */

import { problem, ProblemError } from '../http/problem';

export type Fen = number;
export type Ppm = number;

export const PPM = 1_000_000;

/**
 * Integer fen are exact up to 2^53 − 1 (about 90 trillion yuan). Input limits keep single amounts far below
 * that, but a product of two large inputs (a price × tonnes, a subsidy per bed × beds) can pass it; such a
 * request is refused (422) rather than answered with a rounded-off figure.
 */
export const MAX_EXACT_FEN = Number.MAX_SAFE_INTEGER;

const tooLarge = () =>
  new ProblemError(
    problem(
      'calculation-refused',
      `An amount computed from the request exceeds ${formatYuan(MAX_EXACT_FEN)} yuan, the largest this API computes exactly; give smaller amounts or quantities.`,
    ),
  );

function exact(fen: Fen): Fen {
  if (!Number.isSafeInteger(fen)) throw tooLarge();
  return fen;
}

export const yuanToFen = (yuan: number): Fen => Math.round(yuan * 100);
/** Every amount an answer states passes here: an inexact one is refused, never sent. */
export const fenToYuan = (fen: Fen): number => exact(fen) / 100;
export const ratioToPpm = (ratio: number): Ppm => Math.round(ratio * PPM);

/** round-half-up(fen × ppm / 10^6) for non-negative fen, exact for any size. */
export function applyRatio(fen: Fen, ppm: Ppm): Fen {
  if (fen < 0 || ppm < 0) throw new RangeError('applyRatio expects non-negative operands');
  const product = fen * ppm;
  if (Number.isSafeInteger(product)) return Math.floor((product + PPM / 2) / PPM);
  const rounded = (BigInt(fen) * BigInt(ppm) + BigInt(PPM / 2)) / BigInt(PPM);
  if (rounded > BigInt(MAX_EXACT_FEN)) throw tooLarge();
  return Number(rounded);
}

/** round-half-up(fen / divisor) for non-negative fen and a whole divisor (e.g. an annual base ÷ 12 months). */
export function divideHalfUp(fen: Fen, divisor: number): Fen {
  if (fen < 0 || !(divisor > 0) || !Number.isInteger(divisor)) throw new RangeError('divideHalfUp expects fen ≥ 0 and a whole divisor > 0');
  return Math.floor(exact(fen * 2 + divisor) / (divisor * 2));
}

/** fen × a whole count (months, persons, doses); exact as long as the result is a safe integer. */
export function times(fen: Fen, count: number): Fen {
  if (!Number.isInteger(count)) throw new RangeError('times expects a whole count');
  return exact(fen * count);
}

export const sum = (xs: readonly Fen[]): Fen => exact(xs.reduce((a, b) => a + b, 0));
export const clamp = (x: Fen, lo: Fen, hi: Fen): Fen => Math.min(Math.max(x, lo), hi);

/** "1234.50" — for formulas in traces. */
export const formatYuan = (fen: Fen): string =>
  `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
export const formatPercent = (ppm: Ppm): string => `${ppm / 10_000}%`;
