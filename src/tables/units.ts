import { DOCUMENTED } from '../documented';
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

export const unitSchema = z.enum(UNITS).openapi(DOCUMENTED && { description: 'Unit of the value (单位)' });

export const isMoneyUnit = (u: string): u is MoneyUnit => (MONEY_UNITS as readonly string[]).includes(u);

/** What each unit is called in Chinese, for messages policy staff read (the unit cell itself holds the code). */
const UNIT_NAMES_ZH: Record<Unit, string> = {
  CNY: '元',
  'CNY/month': '元/月',
  'CNY/year': '元/年',
  'CNY/person': '元/人',
  'CNY/person/year': '元/人/年',
  'CNY/person/month': '元/人/月',
  'CNY/dose': '元/剂',
  'CNY/mu': '元/亩',
  'CNY/m2': '元/平方米',
  'CNY/tonne': '元/吨',
  'CNY/admission': '元/次住院',
  'CNY/kWh': '元/千瓦时',
  'CNY/kW': '元/千瓦',
  'CNY/bed': '元/床',
  ratio: '比例',
  'percentage-point': '百分点',
  multiplier: '倍数',
  count: '个数',
  persons: '人数',
  years: '年数',
  months: '月数',
  days: '天数',
  'working-days': '工作日数',
  hours: '小时',
  minutes: '分钟',
  year: '年份',
  mm: '毫米',
  m: '米',
  km: '公里',
  'km/h': '公里/小时',
  m2: '平方米',
  km2: '平方公里',
  mu: '亩',
  hectare: '公顷',
  m3: '立方米',
  'L/s': '升/秒',
  MPa: '兆帕',
  tonnes: '吨',
  tce: '吨标准煤',
  kW: '千瓦',
  MW: '兆瓦',
  kWh: '千瓦时',
  AQI: '空气质量指数',
  'ug/m3': '微克/立方米',
  degC: '摄氏度',
  date: '日期',
  enum: '代码',
  text: '文字',
  boolean: '是/否',
};

/** The Chinese name of a unit (比例, 元, 元/月); the code itself for an unknown one. */
export const unitName = (unit: string): string => (Object.hasOwn(UNIT_NAMES_ZH, unit) ? UNIT_NAMES_ZH[unit as Unit] : unit);

/** Units whose values must be whole numbers. */
// Durations in days, months and years are whole in the gazette (日, 个月, 年) and the date arithmetic needs them
// whole (engine/dates.ts): a fraction there is a workbook error, caught at build time rather than at a request.
export const INTEGER_UNITS: ReadonlySet<string> = new Set(['count', 'persons', 'year', 'AQI', 'days', 'working-days', 'months', 'years']);

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

/** A value the unit refuses: what is wrong and how to fix it, each in both languages. */
export type ValueCheck = { ok: true; value: number | string | boolean } | { ok: false; message: Bilingual; fix: Bilingual };

const fail = (zh: string, en: string, fix: Bilingual): ValueCheck => ({ ok: false, message: { zh, en }, fix });
const CHECK_SOURCE: Bilingual = { zh: '请对照原文核对这个数值', en: 'check the figure against the source' };

/** Checks a (non-empty) cell value against its unit. */
export function checkValue(unit: Unit, raw: unknown): ValueCheck {
  if (unit === 'text' || unit === 'enum') {
    if (typeof raw === 'number') return { ok: true, value: String(raw) };
    if (typeof raw !== 'string')
      return fail('应为文字', 'must be text', {
        zh: '请填写文字；如果要写 TRUE 或 FALSE 这个词本身，请先把单元格格式设为“文本”再输入',
        en: 'type text; to write the word TRUE or FALSE itself, format the cell as Text first',
      });
    return { ok: true, value: raw };
  }
  if (unit === 'boolean') {
    if (typeof raw === 'boolean') return { ok: true, value: raw };
    if (typeof raw === 'string') {
      const s = raw.trim().toLowerCase();
      if (['yes', 'true', '是', 'y'].includes(s)) return { ok: true, value: true };
      if (['no', 'false', '否', 'n'].includes(s)) return { ok: true, value: false };
    }
    return fail('应为“是”或“否”（yes/no）', 'must be yes or no', {
      zh: '填 是 或 否（也可以写 yes/no），或从下拉列表中选择',
      en: 'type yes or no (or 是/否), or pick one from the drop-down list',
    });
  }
  if (unit === 'date') {
    if (typeof raw === 'string' && isIsoDate(raw)) return { ok: true, value: raw };
    return fail('应为日期（如 2015-01-01）', 'must be a date such as 2015-01-01', {
      zh: '日期写成 年-月-日，如 2015-01-01（或把单元格格式设为日期）',
      en: 'write dates as year-month-day, e.g. 2015-01-01 (or give the cell a date format)',
    });
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return fail(`应为数字（单位：${unitName(unit)}），不能是文字`, `must be a number (unit ${unit}), not text`, {
      zh: '只填阿拉伯数字，不带单位、逗号或百分号（单位写在 unit 列）；原文未公布的数值留空，并在备注（note）中说明',
      en: 'type the figure in digits, without unit, commas or percent sign (the unit goes in the unit column); leave a value the source does not publish empty and say so in the note',
    });
  }
  const n = normalizeNumber(raw);
  if (isMoneyUnit(unit)) {
    if (n < 0)
      return fail('金额不能为负数', 'an amount of money cannot be negative', {
        zh: '按原文填写不小于 0 的金额（单位：元）；“减少”“扣除”的含义写在备注里',
        en: 'type the amount as a figure of at least 0 (in yuan); say "less" or "deducted" in the note',
      });
    if (decimalPlaces(n) > 2)
      return fail('金额最多两位小数（分）', 'money has at most two decimals (fen)', {
        zh: '金额以元为单位，精确到分（两位小数）；请按原文核对',
        en: 'amounts are in yuan to the fen (two decimals); check the figure against the source',
      });
    if (n > 1e12)
      return fail('金额过大（超过 1 万亿元）', 'amount is implausibly large (> 10^12 CNY)', {
        zh: '金额以元为单位：核对是否多打了零（万元只需乘 10000）',
        en: 'amounts are in yuan: check for extra zeros (万元 is ×10000 only)',
      });
    return { ok: true, value: n };
  }
  if (unit === 'ratio') {
    if (n < 0 || n > 1) {
      return fail('比例须在 0 到 1 之间（如 85% 填 0.85）', 'a ratio must be between 0 and 1 (write 85% as 0.85)', {
        zh: '百分比除以 100 后填写：85% 填 0.85，2‰ 填 0.002',
        en: 'divide a percentage by 100: 85% is 0.85, 2‰ is 0.002',
      });
    }
    if (decimalPlaces(n) > 6) return fail('比例最多六位小数', 'a ratio has at most six decimals', CHECK_SOURCE);
    return { ok: true, value: n };
  }
  if (unit === 'percentage-point') {
    if (n < -1 || n > 1)
      return fail('百分点须在 -1 到 1 之间（5 个百分点填 0.05）', 'percentage points must be between -1 and 1 (5 points = 0.05)', {
        zh: '百分点除以 100 后填写：5 个百分点填 0.05',
        en: 'divide the points by 100: 5 points is 0.05',
      });
    if (decimalPlaces(n) > 6) return fail('最多六位小数', 'at most six decimals', CHECK_SOURCE);
    return { ok: true, value: n };
  }
  if (unit === 'multiplier') {
    if (n < 0)
      return fail('倍数不能为负数', 'a multiplier cannot be negative', {
        zh: '倍数按倍数填：2 倍填 2，“下浮 60%”填 0.4',
        en: 'write the multiple: 2 for twice, 0.4 for "60% lower"',
      });
    if (decimalPlaces(n) > 6) return fail('最多六位小数', 'at most six decimals', CHECK_SOURCE);
    return { ok: true, value: n };
  }
  if (n < 0) return fail(`数量不能为负数（单位：${unitName(unit)}）`, `a quantity in ${unit} cannot be negative`, CHECK_SOURCE);
  if (INTEGER_UNITS.has(unit) && !Number.isInteger(n))
    return fail(`应为整数（单位：${unitName(unit)}）`, `must be a whole number (unit ${unit})`, {
      zh: `${unitName(unit)}只能是整数：请按原文核对（半年填 6 个月，而不是 0.5 年）`,
      en: `a figure in ${unit} is whole: check it against the source (half a year is 6 months, not 0.5 years)`,
    });
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
