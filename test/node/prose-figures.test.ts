import { describe, expect, it } from 'vitest';
import { calculators } from '../../src/policy/index';
import { inputJsonSchema, outputJsonSchema } from '../../scripts/lib/api-description';
import { docsOf } from '../../scripts/lib/policy';
import type { CompiledTable } from '../../src/tables/model';
import { realBundle } from '../helpers/calc';

/**
 * "Values in code are bugs": the prose a calculator serves (title, description, readings, field
 * descriptions, example summaries) must not quote a policy figure that lives in a workbook, or it goes stale
 * silently when policy staff change the cell. Prose names the rule and the parameter or sheet
 * instead. This guard fails when a number in that prose equals a numeric value of the calculator's
 * own table: a parameter value, a scale cell or a scale range bound.
 *
 * Not figures, and skipped: 4-digit years, dates, document numbers (嘉政发〔2014〕87号), article and
 * section numbering (第十八条, 二（一）3), and in an example summary the numbers of the example's own
 * request (caller inputs). A number is compared with figures of its own unit family; a small whole
 * number (< 10) with no unit after it is not read as a quote. There is no allow-list: a number that
 * clashes should be reworded, not excused.
 */

/**
 * The family of a unit: a number in prose is compared with the figures of its own family ("6个月" with
 * months, "15%" with ratios, "2万元" with money), so "1 January" or "at most 2 decimals" never match a
 * 1-month or 2-year parameter. Units not listed are their own family.
 */
const FAMILY: Record<string, string> = {
  ratio: 'percent',
  'percentage-point': 'percent',
  multiplier: 'multiple',
  years: 'years',
  year: 'years',
  months: 'months',
  days: 'days',
  'working-days': 'days',
  hours: 'hours',
  minutes: 'minutes',
  count: 'count',
  persons: 'count',
};
const familyOf = (unit: string) => (unit.startsWith('CNY') ? 'money' : (FAMILY[unit] ?? unit));

type Figure = { value: number; family: string; where: string };

/** Every numeric value of the table, with where it lives: parameters, scale cells and scale range bounds. */
function figuresOf(table: CompiledTable): Figure[] {
  const out: Figure[] = [];
  const add = (value: unknown, unit: string, where: string) => {
    if (typeof value !== 'number') return;
    out.push({ value, family: familyOf(unit), where });
    // ratios and multipliers are written as percentages in prose too: 0.15 → 15%, a 0.7 coefficient → 70%
    if (familyOf(unit) === 'percent' || familyOf(unit) === 'multiple') out.push({ value: value * 100, family: 'percent', where });
  };
  for (const p of table.parameters) for (const h of p.history) add(h.value, p.unit, `parameter ${p.key}`);
  for (const s of table.scales) {
    for (const c of s.columns) {
      for (const r of s.rows) {
        add(r.cells[c.id], c.unit, `scale ${s.id}.${c.id}`);
        const range = r.ranges[c.id];
        if (range) {
          add(range.min, c.unit, `scale ${s.id}.${c.id} (min)`);
          add(range.max, c.unit, `scale ${s.id}.${c.id} (max)`);
        }
      }
    }
  }
  return out;
}

/** Every number in an example's request body (the caller's inputs, which its summary may describe). */
function inputNumbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (typeof value === 'string') for (const m of value.matchAll(/\d+(?:\.\d+)?/g)) out.push(Number(m[0]));
  else if (value && typeof value === 'object') for (const v of Object.values(value)) inputNumbers(v, out);
  return out;
}

type Prose = { where: string; text: string; inputs?: number[] };

/** The API-visible prose of a calculator, each text with a label saying where it is served. */
function proseOf(calc: (typeof calculators)[number]): Prose[] {
  const docs = docsOf(calc);
  const out: Prose[] = [
    { where: 'title.zh', text: docs.title.zh },
    { where: 'title.en', text: docs.title.en },
    { where: 'description.zh', text: docs.description.zh },
    { where: 'description.en', text: docs.description.en },
  ];
  // the readings are served with the calculator's docs: the same rules as for its description
  for (const [i, r] of (docs.readings ?? []).entries()) {
    out.push({ where: `readings[${i}].text.zh`, text: r.text.zh });
    out.push({ where: `readings[${i}].text.en`, text: r.text.en });
  }
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) for (const [i, n] of node.entries()) walk(n, `${path}[${i}]`);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'description' && typeof v === 'string') out.push({ where: `${path}.description`, text: v });
        else walk(v, `${path}.${k}`);
      }
    }
  };
  walk(inputJsonSchema(calc), 'input');
  walk(outputJsonSchema(calc), 'output');
  for (const [name, ex] of Object.entries(docs.examples)) {
    const { summary, value } = ex as { summary?: unknown; value?: unknown };
    if (typeof summary === 'string') out.push({ where: `examples.${name}.summary`, text: summary, inputs: inputNumbers(value) });
  }
  return out;
}

/** Text that carries numbers which are not policy figures, removed before numbers are read. */
const NOT_FIGURES: RegExp[] = [
  // document numbers: 嘉政发〔2014〕87号, and the short form 87号
  /\S*〔\d+〕\d*号?/g,
  /\d+号/g,
  // dates: 2015-06-01, 1月1日, 2015-03
  /\d{4}-\d{2}(?:-\d{2})?/g,
  /\d{1,2}月\d{1,2}日/g,
  // article / section / item numbering: 第3条, Article 18, art. 5, section 2.1, item (3), 第（3）项
  /第[（(]?\d+[)）]?[条款项章节点目部]/g,
  /\b(?:article|art\.|section|sect\.|§|item|point|paragraph|para\.|clause|step|sheet row|row)\s*[（(]?\d+(?:\.\d+)*[)）]?/gi,
  /[（(]\d+[)）]/g,
  // Chinese section numbering: 二（一）3, 三（二）2（3）
  /[一二三四五六七八九十]+[（(][一二三四五六七八九十]+[)）]\d+/g,
  // 4-digit years (1949–2100, as yearSchema allows) when not an amount: 2015年, in 2017, 2020 targets
  /\b(?:19[4-9]\d|20\d\d|2100)\b(?!\s*(?:元|万|yuan|CNY))/g,
];

/** What follows a number in prose, and the family it makes the number: checked in this order. */
const SUFFIXES: [RegExp, string][] = [
  [/^\s*(?:%|％|percent\b)/i, 'percent'],
  [/^\s*(?:×|倍|times\b|-fold\b)/i, 'multiple'],
  [/^\s*(?:万?元|yuan\b|CNY\b)/i, 'money'],
  [/^\s*(?:个工作日|工作日|[- ]?working[- ]days?\b)/i, 'days'],
  [/^\s*(?:日|天|[- ]?(?:calendar[- ])?days?\b)/i, 'days'],
  [/^\s*(?:个月|[- ]?months?\b)/i, 'months'],
  [/^\s*(?:周?年|[- ]?(?:full[- ])?years?\b)/i, 'years'],
  [/^\s*(?:小时|[- ]?hours?\b)/i, 'hours'],
  [/^\s*(?:分钟|[- ]?minutes?\b)/i, 'minutes'],
  [/^\s*(?:个|人|名|家|persons?\b|people\b)/i, 'count'],
  [/^\s*(?:m²|m2\b|平方米)/i, 'm2'],
  [/^\s*(?:km²|km2\b|平方公里)/i, 'km2'],
  [/^\s*(?:km\b|公里)/i, 'km'],
  [/^\s*(?:mm\b|毫米)/i, 'mm'],
  [/^\s*(?:m\b|米)/, 'm'],
  [/^\s*(?:亩|mu\b)/i, 'mu'],
  [/^\s*(?:吨|t\b|tonnes?\b)/i, 'tonnes'],
  [/^\s*(?:MPa\b)/i, 'MPa'],
  [/^\s*(?:kWh\b|千瓦时|度)/i, 'kWh'],
  [/^\s*(?:kW\b|千瓦)/i, 'kW'],
  [/^\s*(?:MW\b|兆瓦)/i, 'MW'],
];

type Quoted = { text: string; value: number; family: string | null };

/**
 * The numbers in `text` with the family their suffix gives them (null: no unit follows): 2万元 → 20000
 * money, 15% → 15 percent; "48 000" and "1,000" are one number.
 */
function numbersIn(text: string): Quoted[] {
  let t = text;
  for (const re of NOT_FIGURES) t = t.replace(re, ' ');
  const out: Quoted[] = [];
  const re = /(\d{1,3}(?:[ ,，]\d{3})+(?!\d)|\d+(?:\.\d+)?)(\s*[万亿])?/g;
  for (const m of t.matchAll(re)) {
    const n = Number(m[1]!.replace(/[ ,，]/g, ''));
    const scale = m[2]?.trim() === '万' ? 1e4 : m[2]?.trim() === '亿' ? 1e8 : 1;
    const after = t.slice(m.index! + m[0].length);
    let family: string | null = scale === 1 ? null : 'money';
    for (const [suffix, f] of SUFFIXES)
      if (suffix.test(after)) {
        family = f;
        break;
      }
    // "day 60" / "第60天" name a day count as well
    if (!family && /(?:\bday\s*|第)$/i.test(t.slice(0, m.index!))) family = 'days';
    out.push({ text: m[0].trim(), value: n * scale, family });
  }
  return out;
}

/**
 * Whether a quoted number is a figure of the table: same family and value, or — with no unit
 * after it — the same value as any figure, unless it is a small whole number (levels, decimals,
 * list positions: "level 3", "year − 2" are too common to be read as quotes).
 */
function figureFor(q: Quoted, figures: Figure[]): Figure | undefined {
  if (q.family) return figures.find((f) => f.family === q.family && same(f.value, q.value));
  if (Number.isInteger(q.value) && q.value < 10) return undefined;
  return figures.find((f) => f.family !== 'percent' && same(f.value, q.value));
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('API-visible prose quotes no workbook figure', () => {
  const bundle = realBundle();
  for (const calc of calculators) {
    it(calc.id, () => {
      const table = bundle.tables[calc.table.id];
      expect(table, `table ${calc.table.id} in the bundle`).toBeDefined();
      const figures = figuresOf(table!);
      const offenders: string[] = [];
      for (const { where, text, inputs } of proseOf(calc)) {
        for (const q of numbersIn(text)) {
          // an example summary may describe the example's own inputs ("12 months without work"): those
          // stay true whatever the workbook says
          if (inputs?.some((n) => same(n, q.value))) continue;
          const hit = figureFor(q, figures);
          if (hit) offenders.push(`${where}: "${q.text}" = ${hit.where} — in «${text}»`);
        }
      }
      expect(offenders, 'prose quoting a workbook figure: name the parameter or sheet instead').toEqual([]);
    });
  }
});
