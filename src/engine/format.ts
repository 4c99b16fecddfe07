import type { Localized, Range, Value } from '../tables/model';
import type { Unit } from '../tables/units';

/**
 * Values as people read them, in Chinese or English: 0.8 (ratio) → 80%, 200000 (CNY) → 200,000 元 /
 * CNY 200,000, a bracket → 35 < 年龄 ≤ 45. Pure; shared by the legislation explorer (Worker) and the
 * staff commands (tables:diff, tables:check).
 */

export type FormatLang = 'zh' | 'en';
export const langOf = (lang: string): FormatLang => (lang.toLowerCase().startsWith('en') ? 'en' : 'zh');

/** How each unit reads after a number: [zh, en]. An en string starting with "CNY" puts "CNY" before the number. */
const UNIT_WORDS: Record<Unit, readonly [string, string]> = {
  CNY: ['元', 'CNY'],
  'CNY/month': ['元/月', 'CNY/month'],
  'CNY/year': ['元/年', 'CNY/year'],
  'CNY/person': ['元/人', 'CNY/person'],
  'CNY/person/year': ['元/人·年', 'CNY/person/year'],
  'CNY/person/month': ['元/人·月', 'CNY/person/month'],
  'CNY/dose': ['元/帖', 'CNY/dose'],
  'CNY/mu': ['元/亩', 'CNY/mu'],
  'CNY/m2': ['元/平方米', 'CNY/m²'],
  'CNY/tonne': ['元/吨', 'CNY/tonne'],
  'CNY/admission': ['元/次住院', 'CNY/admission'],
  'CNY/kWh': ['元/千瓦时', 'CNY/kWh'],
  'CNY/kW': ['元/千瓦', 'CNY/kW'],
  'CNY/bed': ['元/床', 'CNY/bed'],
  ratio: ['', ''],
  'percentage-point': ['个百分点', 'percentage points'],
  multiplier: ['倍', '×'],
  count: ['', ''],
  persons: ['人', 'persons'],
  years: ['年', 'years'],
  months: ['个月', 'months'],
  days: ['天', 'days'],
  'working-days': ['个工作日', 'working days'],
  hours: ['小时', 'hours'],
  minutes: ['分钟', 'minutes'],
  year: ['年', ''],
  mm: ['毫米', 'mm'],
  m: ['米', 'm'],
  km: ['公里', 'km'],
  'km/h': ['公里/小时', 'km/h'],
  km2: ['平方公里', 'km²'],
  m2: ['平方米', 'm²'],
  mu: ['亩', 'mu'],
  hectare: ['公顷', 'ha'],
  m3: ['立方米', 'm³'],
  'L/s': ['升/秒', 'L/s'],
  MPa: ['兆帕', 'MPa'],
  tonnes: ['吨', 'tonnes'],
  tce: ['吨标准煤', 'tce'],
  kW: ['千瓦', 'kW'],
  MW: ['兆瓦', 'MW'],
  kWh: ['千瓦时', 'kWh'],
  AQI: ['', 'AQI'],
  'ug/m3': ['微克/立方米', 'µg/m³'],
  degC: ['摄氏度', '°C'],
  date: ['', ''],
  enum: ['', ''],
  text: ['', ''],
  boolean: ['', ''],
};

/** A decimal number as Excel shows it (15 significant digits), with thousands grouped: 200000 → 200,000. */
export function formatNumber(n: number, options: { group?: boolean; minDecimals?: number } = {}): string {
  const clean = Number(n.toPrecision(15));
  const abs = Math.abs(clean);
  let s = abs.toString();
  if (s.includes('e')) s = abs.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  const [int = '0', rest = ''] = s.split('.');
  let frac = rest;
  if (options.minDecimals && frac.length < options.minDecimals) frac = frac.padEnd(options.minDecimals, '0');
  const grouped = options.group === false ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${clean < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** The percentage a fraction is, without float noise: 0.075 → 7.5 (forms type it, formatPercent writes it). */
export const percentOf = (ratio: number): number => Number((ratio * 100).toPrecision(12));
/** A ratio as a percentage without float noise: 0.85 → "85%", 0.0015 → "0.15%". */
export const formatPercent = (ratio: number) => `${formatNumber(percentOf(ratio), { group: false })}%`;

export const NOT_PUBLISHED_TEXT: Localized = { zh: '原文未公布', en: 'not published in the source' };

/** The unit as words after a number ("元/月", "CNY/month"), empty for ratios, text, dates… */
export const unitWords = (unit: Unit, lang: FormatLang) => UNIT_WORDS[unit]?.[lang === 'en' ? 1 : 0] ?? unit;

/** A value with its unit: 0.8 ratio → 80%; 2112 CNY/month → 2,112 元/月 / CNY 2,112/month; null → 原文未公布. */
export function formatValue(value: Value, unit: Unit, lang: FormatLang, options: { group?: boolean } = {}): string {
  if (value === null) return NOT_PUBLISHED_TEXT[lang];
  if (typeof value === 'boolean') return lang === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
  if (typeof value === 'string') return value;
  if (unit === 'ratio') return formatPercent(value);
  // 5 percentage points are written 0.05 in the workbook
  if (unit === 'percentage-point')
    return `${formatNumber(Number((value * 100).toPrecision(12)), { group: false })}${lang === 'en' ? ' percentage points' : ' 个百分点'}`;
  const money = unit.startsWith('CNY');
  const number = formatNumber(value, { group: options.group ?? true, minDecimals: money && !Number.isInteger(value) ? 2 : 0 });
  if (unit === 'year') return lang === 'en' ? String(value) : `${value}年`;
  const words = unitWords(unit, lang);
  if (!words) return number;
  if (lang === 'en') {
    if (money) return `CNY ${number}${words.slice(3)}`;
    if (unit === 'multiplier') return `×${number}`;
    return `${number} ${words}`;
  }
  return `${number}${words.startsWith('个') || /^[\u4e00-\u9fff]/.test(words) ? '' : ' '}${words}`;
}

/**
 * A bracket in bound notation: `35 < 年龄 ≤ 45`, `年龄 ≤ 35`, `45 < age`; the whole axis reads "any"/"不限".
 * Bounds are shown as numbers in the column's unit (the label says which).
 */
export function formatRange(r: Range, label: string, lang: FormatLang): string {
  const n = (x: number) => formatNumber(x, { group: true });
  const lo = r.min === null ? '' : `${n(r.min)} ${r.minInclusive ? '≤' : '<'} `;
  const hi = r.max === null ? '' : ` ${r.maxInclusive ? '≤' : '<'} ${n(r.max)}`;
  if (!lo && !hi) return lang === 'en' ? `any ${label}` : `${label}不限`;
  return `${lo}${label}${hi}`;
}

/** "2015-01-01 – 2015-12-31", "2015-01-01 起" / "from 2015-01-01". */
export function formatPeriod(p: { from: string; to: string | null }, lang: FormatLang): string {
  if (p.to === null) return lang === 'en' ? `from ${p.from}` : `${p.from} 起`;
  return `${p.from} – ${p.to}`;
}
