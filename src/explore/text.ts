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
  enum: ['类别', 'category'],
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

/**
 * A code in words (the workbook's `<column>_zh` / `<column>_en`, compiled into `labels`), in the reader's language;
 * a value without words (a number, a document number, Chinese) as it is.
 */
export function codeWords(labels: Record<string, Localized> | undefined, value: unknown, lang: FormatLang): string {
  const code = String(value);
  const words = labels?.[code];
  return words ? (lang === 'en' ? words.en : words.zh) : code;
}

/** A parameter key inside a text, as the workbooks sometimes cite one: "（new_enterprise_tax.staff_share_min）". */
const KEY_IN_TEXT = /\s*[（(][a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+[)）]/g;
const HAN = /\p{Script=Han}/u;
/** "中文 / English" → [中文, English]; null when the text is not such a pair. */
function pairOf(text: string): [string, string] | null {
  const parts = text.split(/\s+\/\s+/);
  if (parts.length !== 2 || !HAN.test(parts[0]!) || HAN.test(parts[1]!.charAt(0))) return null;
  return [parts[0]!.trim(), parts[1]!.trim()];
}

/**
 * A workbook text cell as a reader sees it: a "中文 / English" cell (or "中文 / English; 中文 / English") in the
 * reader's language only, without the parameter keys some cells cite in brackets.
 */
export function textIn(value: string, lang: FormatLang): string {
  const whole = pairOf(value);
  const segments = whole ? [whole] : value.split(/;\s+/).map(pairOf);
  const text = segments.every((p) => p !== null) ? segments.map((p) => p![lang === 'en' ? 1 : 0]).join(lang === 'en' ? '; ' : '；') : value;
  return text.replace(KEY_IN_TEXT, '').trim();
}

/** The parameter keys a text cell lists ("a.b; c.d", or "none"), when that is all it holds; else null. */
export function parameterKeysIn(value: string, keys: ReadonlySet<string>): string[] | null {
  const parts = value
    .split(/[;,；，、\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (/^(none|无|—|-)$/i.test(parts[0] ?? '')) return parts.length === 1 || /^[(（]/.test(parts[1] ?? '') ? [] : null;
  return parts.length && parts.every((p) => keys.has(p)) ? parts : null;
}

/** An id a note may name: a key `approval.project_approval_threshold`, a sheet `key_instruments`, a code `free_verification`. */
const ID_IN_TEXT = /(?<![A-Za-z0-9_.-])[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+(?![A-Za-z0-9_-])/g;

/** A text with the ids it names (those `names` knows) in words, in the reader's language. */
export function idsInWords(text: string, names: ReadonlyMap<string, Localized>, lang: FormatLang): string {
  return text.replace(ID_IN_TEXT, (id) => {
    const words = names.get(id);
    return words ? (lang === 'en' ? words.en : words.zh) : id;
  });
}

/**
 * A table's data version (`2026-12-07.8`: the date of its latest change-log entry and the number of entries) as
 * the day its data was last compiled: a count of revisions would read like amendments of the policy.
 */
export function dataVersionWords(version: string, lang: FormatLang): string {
  const m = /^(\d{4}-\d{2}-\d{2})\.\d+$/.exec(version);
  if (!m) return version;
  return lang === 'en' ? `compiled ${m[1]}` : `整理于 ${m[1]}`;
}
