import { type FormatLang, unitWords } from '../engine/format';
import type { Localized } from '../tables/model';
import type { Unit } from '../tables/units';

/**
 * Small pieces of public text the explorer and the search answer share: unit names people read, notes in the
 * reader's language, English plurals.
 */

/**
 * Unit names: the words format.ts writes after a number (元/月, 个工作日; "CNY/month" read as "yuan/month"), and a
 * name of their own for the units written without words or with a sign (比例, 个数, 是/否…). No second table of
 * every unit in the Worker's bundle.
 */
const UNIT_NAMES: Partial<Record<Unit, [zh: string, en: string]>> = {
  ratio: ['比例', 'ratio'],
  'percentage-point': ['百分点', 'percentage points'],
  multiplier: ['倍数', 'multiple'],
  count: ['个数', 'number'],
  year: ['年份', 'year'],
  hectare: ['公顷', 'hectares'],
  tce: ['吨标准煤', 'tonnes of coal equivalent'],
  AQI: ['空气质量指数', 'AQI'],
  date: ['日期', 'date'],
  enum: ['代码', 'code'],
  text: ['文字', 'text'],
  boolean: ['是/否', 'yes/no'],
};

/** A unit as people call it: 元, 比例, 是/否 / yuan, ratio, yes/no. */
export const unitLabel = (unit: Unit, lang: FormatLang): string =>
  UNIT_NAMES[unit]?.[lang === 'en' ? 1 : 0] ?? (unitWords(unit, lang).replace(/^CNY/, 'yuan') || unit);
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
