import type { FormatLang } from '../engine/format';
import type { Localized } from '../tables/model';
import { type Unit, unitName } from '../tables/units';

/**
 * Small pieces of public text the explorer and the search answer share: unit names people read, notes in the
 * reader's language, English plurals.
 */

/** What each unit is called in English, for the unit column of a page (the Chinese names are units.ts's). */
const UNIT_NAMES_EN: Record<Unit, string> = {
  CNY: 'yuan',
  'CNY/month': 'yuan/month',
  'CNY/year': 'yuan/year',
  'CNY/person': 'yuan/person',
  'CNY/person/year': 'yuan/person/year',
  'CNY/person/month': 'yuan/person/month',
  'CNY/dose': 'yuan/dose',
  'CNY/mu': 'yuan/mu',
  'CNY/m2': 'yuan/m²',
  'CNY/tonne': 'yuan/tonne',
  'CNY/admission': 'yuan/admission',
  'CNY/kWh': 'yuan/kWh',
  'CNY/kW': 'yuan/kW',
  'CNY/bed': 'yuan/bed',
  ratio: 'ratio',
  'percentage-point': 'percentage points',
  multiplier: 'multiple',
  count: 'number',
  persons: 'persons',
  years: 'years',
  months: 'months',
  days: 'days',
  'working-days': 'working days',
  hours: 'hours',
  minutes: 'minutes',
  year: 'year',
  mm: 'mm',
  m: 'm',
  km: 'km',
  'km/h': 'km/h',
  m2: 'm²',
  km2: 'km²',
  mu: 'mu',
  hectare: 'hectares',
  m3: 'm³',
  'L/s': 'L/s',
  MPa: 'MPa',
  tonnes: 'tonnes',
  tce: 'tonnes of coal equivalent',
  kW: 'kW',
  MW: 'MW',
  kWh: 'kWh',
  AQI: 'AQI',
  'ug/m3': 'µg/m³',
  degC: '°C',
  date: 'date',
  enum: 'code',
  text: 'text',
  boolean: 'yes/no',
};

/** A unit as people call it: 元, 比例, 是/否 / yuan, ratio, yes/no. */
export const unitLabel = (unit: Unit, lang: FormatLang): string => (lang === 'en' ? (UNIT_NAMES_EN[unit] ?? unit) : unitName(unit));
export const unitNames = (unit: Unit): Localized => ({ zh: unitLabel(unit, 'zh'), en: unitLabel(unit, 'en') });

/**
 * A note as the data holds it: one text, or a text per language. Both shapes are read so the pages do not depend
 * on which one a workbook compiles to.
 */
export type NoteLike = string | Localized | null | undefined;

/** The note in the reader's language (the other one when only that one is written); "" when there is none. */
export function noteIn(note: NoteLike, lang: FormatLang): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (lang === 'en' ? note.en || note.zh : note.zh || note.en) ?? '';
}

/** Every text of a note (for the search index). */
export function noteTexts(note: NoteLike): string[] {
  if (!note) return [];
  if (typeof note === 'string') return [note];
  return [...new Set([note.zh, note.en].filter(Boolean))];
}

/** "1 scale sheet", "3 scale sheets": English count nouns (Chinese has no plural). */
export const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
