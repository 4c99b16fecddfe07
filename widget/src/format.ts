/**
 * One money format everywhere, in both languages: thousands separated by commas, always two decimals
 * ("25,460.00"); the unit (元 / yuan) is written next to it by the caller.
 */
export function formatYuan(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const fen = Math.round(Math.abs(n) * 100);
  const int = Math.floor(fen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const dec = (fen % 100).toString().padStart(2, '0');
  return `${n < 0 && fen > 0 ? '−' : ''}${int}.${dec}`;
}

/** A percentage typed into a form as the fraction the API takes: 7.5 → 0.075. */
export const ratioOfPercent = (percent: number): number => Number((percent / 100).toFixed(10));

/** A share of a whole as a percentage with one decimal ("76.0%"); 0 when the whole is 0. */
export function formatShare(part: number, whole: number): string {
  return `${whole > 0 ? ((part / whole) * 100).toFixed(1) : '0.0'}%`;
}
