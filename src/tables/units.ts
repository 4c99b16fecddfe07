import { z } from '@hono/zod-openapi';

/**
 * Every unit a workbook may use. The build rejects any other string, so a typo in a
 * unit cell is caught with its cell address instead of silently changing meaning.
 */
export const MONEY_UNITS = [
  'CNY',
  'CNY/month',
  'CNY/year',
  'CNY/person',
  'CNY/person/year',
  'CNY/person/month',
  'CNY/dose',
  'CNY/mu',
  'CNY/m2',
  'CNY/tonne',
  'CNY/admission',
  'CNY/kWh',
  'CNY/kW',
  'CNY/bed',
] as const;

export const FRACTION_UNITS = ['ratio', 'percentage-point', 'multiplier'] as const;

export const QUANTITY_UNITS = [
  'count',
  'persons',
  'years',
  'months',
  'days',
  'working-days',
  'hours',
  'minutes',
  'year',
  'mm',
  'm',
  'km',
  'km/h',
  'm2',
  'km2',
  'mu',
  'hectare',
  'm3',
  'L/s',
  'MPa',
  'tonnes',
  'tce',
  'kW',
  'MW',
  'kWh',
  'AQI',
  'ug/m3',
  'degC',
] as const;

export const OTHER_UNITS = ['date', 'enum', 'text', 'boolean'] as const;

export const UNITS = [...MONEY_UNITS, ...FRACTION_UNITS, ...QUANTITY_UNITS, ...OTHER_UNITS] as const;
export type Unit = (typeof UNITS)[number];
export type MoneyUnit = (typeof MONEY_UNITS)[number];

export const unitSchema = z.enum(UNITS).openapi({ description: 'Unit of the value (单位)' });

export const isMoneyUnit = (u: string): u is MoneyUnit => (MONEY_UNITS as readonly string[]).includes(u);

/** Units whose values must be whole numbers. */
// Durations in days, months and years are whole in the gazette (日, 个月, 年) and the date arithmetic needs them
// whole (engine/dates.ts): a fraction there is a workbook error, caught at build time rather than at a request.
const INTEGER_UNITS: ReadonlySet<string> = new Set(['count', 'persons', 'year', 'AQI', 'days', 'working-days', 'months', 'years']);

/** A message in both languages: policy staff read Chinese, integrators read English. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Number of decimal places of a number as Excel would display it (15 significant digits). */
export function decimalPlaces(n: number): number {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return 0; // fast path (the common case), same answer
  const s = normalizeNumber(n).toString();
  const exp = /e-(\d+)$/.exec(s);
  if (exp) return (s.slice(0, exp.index).split('.')[1]?.length ?? 0) + Number(exp[1]);
  return s.split('.')[1]?.length ?? 0;
}

/**
 * Excel stores decimals as IEEE doubles (0.1 + 0.2 style noise after arithmetic, e.g. 0.85 may come
 * back as 0.8500000000000001 from a copy-paste). Excel itself shows 15 significant digits, so we
 * normalise to that before any check: the value the officer sees is the value we compile.
 */
export function normalizeNumber(n: number): number {
  return Number(n.toPrecision(15));
}

export type ValueCheck = { ok: true; value: number | string | boolean } | { ok: false; message: Bilingual };

const fail = (zh: string, en: string): ValueCheck => ({ ok: false, message: { zh, en } });

/** Checks a (non-empty) cell value against its unit. */
export function checkValue(unit: Unit, raw: unknown): ValueCheck {
  if (unit === 'text' || unit === 'enum') {
    if (typeof raw === 'number') return { ok: true, value: String(raw) };
    if (typeof raw !== 'string') return fail('应为文字', 'must be text');
    return { ok: true, value: raw };
  }
  if (unit === 'boolean') {
    if (typeof raw === 'boolean') return { ok: true, value: raw };
    if (typeof raw === 'string') {
      const s = raw.trim().toLowerCase();
      if (['yes', 'true', '是', 'y'].includes(s)) return { ok: true, value: true };
      if (['no', 'false', '否', 'n'].includes(s)) return { ok: true, value: false };
    }
    return fail('应为“是”或“否”（yes/no）', 'must be yes or no');
  }
  if (unit === 'date') {
    if (typeof raw === 'string' && isIsoDate(raw)) return { ok: true, value: raw };
    return fail('应为日期（如 2015-01-01）', 'must be a date such as 2015-01-01');
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return fail(`应为数字（单位 ${unit}），不能是文字`, `must be a number (unit ${unit}), not text`);
  }
  const n = normalizeNumber(raw);
  if (isMoneyUnit(unit)) {
    if (n < 0) return fail('金额不能为负数', 'an amount of money cannot be negative');
    if (decimalPlaces(n) > 2) return fail('金额最多两位小数（分）', 'money has at most two decimals (fen)');
    if (n > 1e12) return fail('金额过大', 'amount is implausibly large (> 10^12 CNY)');
    return { ok: true, value: n };
  }
  if (unit === 'ratio') {
    if (n < 0 || n > 1) {
      return fail('比例须在 0 到 1 之间（如 85% 填 0.85）', 'a ratio must be between 0 and 1 (write 85% as 0.85)');
    }
    if (decimalPlaces(n) > 6) return fail('比例最多六位小数', 'a ratio has at most six decimals');
    return { ok: true, value: n };
  }
  if (unit === 'percentage-point') {
    if (n < -1 || n > 1)
      return fail('百分点须在 -1 到 1 之间（5 个百分点填 0.05）', 'percentage points must be between -1 and 1 (5 points = 0.05)');
    if (decimalPlaces(n) > 6) return fail('最多六位小数', 'at most six decimals');
    return { ok: true, value: n };
  }
  if (unit === 'multiplier') {
    if (n < 0) return fail('倍数不能为负数', 'a multiplier cannot be negative');
    if (decimalPlaces(n) > 6) return fail('最多六位小数', 'at most six decimals');
    return { ok: true, value: n };
  }
  if (n < 0) return fail(`数量不能为负数（单位 ${unit}）`, `a quantity in ${unit} cannot be negative`);
  if (INTEGER_UNITS.has(unit) && !Number.isInteger(n)) return fail(`应为整数（单位 ${unit}）`, `must be a whole number (unit ${unit})`);
  return { ok: true, value: n };
}

/** Gregorian leap years (proleptic: year 0 is one). */
export const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in month m (1–12) of year y. */
export const daysInMonth = (y: number, m: number): number => (m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]!);

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  // calendar arithmetic rather than Date objects: this runs for every date of every request
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
