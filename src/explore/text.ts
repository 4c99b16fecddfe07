import { type FormatLang, unitWords } from '../engine/format';
import type { Localized } from '../tables/model';
import { type Unit, unitName } from '../tables/units';

/**
 * Small pieces of public text the explorer and the search answer share: unit names people read, notes in the
 * reader's language, English plurals.
 */

/**
 * English unit names: the words format.ts writes after a number ("CNY/month" read as "yuan/month"), and a name
 * for the units written without words (ratios, counts, dates…). No second table of every unit in the bundle.
 */
const UNIT_NAMES_EN: Partial<Record<Unit, string>> = {
  ratio: 'ratio',
  multiplier: 'multiple',
  count: 'number',
  year: 'year',
  hectare: 'hectares',
  tce: 'tonnes of coal equivalent',
  date: 'date',
  enum: 'code',
  text: 'text',
  boolean: 'yes/no',
};
const unitNameEn = (unit: Unit) => UNIT_NAMES_EN[unit] ?? (unitWords(unit, 'en').replace(/^CNY/, 'yuan') || unit);

/** A unit as people call it: 元, 比例, 是/否 / yuan, ratio, yes/no. */
export const unitLabel = (unit: Unit, lang: FormatLang): string => (lang === 'en' ? unitNameEn(unit) : unitName(unit));
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
