/**
 * Numbers as people type them, made plain before they are checked and sent (the API's types do not change):
 * full-width digits, point, comma and minus from a Chinese IME (３００００, １．５), thousands separators — commas
 * (its own output format, 1,200), full-width commas (1，200) or spaces (1 200) — and a currency sign or 元.
 */

const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff0c\uff0d\u2212\uff0b]/g;
const ASCII: Record<string, string> = { '\uff0e': '.', '\uff0c': ',', '\uff0d': '-', '\u2212': '-', '\uff0b': '+' };

export type Normalized = { ok: true; text: string; value: number } | { ok: false; why: 'notNumber' | 'badGrouping' };

export function normalizeNumber(raw: string): Normalized {
  const s = raw
    .replace(FULL_WIDTH, (c) => ASCII[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*(元|yuan)$/i, '');
  const m = /^([+-]?)([\d,\s]*\d)(\.\d+)?$/.exec(s);
  if (!m) {
    // ".5" → "0.5"; nothing else is a number here (no "1e5", "0x10", "1.")
    const t = s.replace(/^\+/, '').replace(/^(-?)\./, '$10.');
    return /^-?\d+\.\d+$/.test(t) ? { ok: true, text: t, value: Number(t) } : { ok: false, why: 'notNumber' };
  }
  const [, sign, int, frac = ''] = m as unknown as [string, string, string, string | undefined];
  // separators only between groups of three digits: "1,200", "12 345 678"; "1,2" could be a decimal comma, so it is not guessed
  if (/[,\s]/.test(int) && !/^\d{1,3}(?:(?:,|\s+)\d{3})*$/.test(int)) return { ok: false, why: 'badGrouping' };
  const text = `${sign === '-' ? '-' : ''}${int.replace(/[,\s]/g, '')}${frac}`;
  return { ok: true, text, value: Number(text) };
}
