import { formatRange, formatValue, type FormatLang } from '../engine/format';
import { covers, inForce, rowsOn, valueOn } from '../engine/lookup';
import { coverageNotices, type Notice } from '../engine/notices';
import {
  citationOf,
  type Citation,
  type CompiledBundle,
  type CompiledParameter,
  type CompiledScale,
  type CompiledTable,
  type Localized,
  type ScaleRow,
  type SourceDocument,
  type Value,
} from '../tables/model';
import type { Unit } from '../tables/units';
import { codeWords, noteTexts, textIn, unitNames } from './text';

/**
 * Search over the policy data: every table, source document, parameter, scale sheet and scale row, by key, labels
 * (both languages), notes, citations and text values, and every calculator, by id, title, description and the
 * articles of its readings. All the words of the query must occur in one item (in any of its fields); matching
 * ignores case and full-width/half-width differences (NFKC), so "第二十五条" finds the rows citing that article and
 * "起付" the deductibles. `searchAnswer` is the one answer both GET /v1/search and the explorer's search page show:
 * each hit with the value(s) in force on the date, their unit and citation, or why there is none. Pure.
 */

export type HitKind = 'table' | 'source' | 'parameter' | 'scale' | 'row' | 'calculator';
export const HIT_KINDS: readonly HitKind[] = ['table', 'source', 'parameter', 'scale', 'row', 'calculator'];

export interface SearchField {
  /** what the field is, e.g. "citation" (shown before the snippet) */
  name: 'title' | 'key' | 'label' | 'note' | 'citation' | 'value' | 'column' | 'description' | 'authority' | 'number' | 'case';
  text: string;
  weight: number;
}
export const FIELD_NAMES: readonly SearchField['name'][] = [
  'title',
  'key',
  'label',
  'note',
  'citation',
  'value',
  'column',
  'description',
  'authority',
  'number',
  'case',
];

/** A calculator as search knows it: the catalogue's texts and the table it reads. */
export interface SearchCalculator {
  id: string;
  title: Localized;
  description: Localized;
  readings: { article: string; text: Localized }[];
  table: string | null;
}

type Ref =
  | { kind: 'table' }
  | { kind: 'source'; source: SourceDocument }
  | { kind: 'parameter'; parameter: CompiledParameter }
  | { kind: 'scale'; scale: CompiledScale }
  | { kind: 'row'; scale: CompiledScale; row: ScaleRow }
  | { kind: 'calculator'; calculator: SearchCalculator };

interface Item {
  table: CompiledTable | null;
  ref: Ref;
  kind: HitKind;
  /** anchor on the table page ("" = top) */
  anchor: string;
  title: Localized;
  /** table id, document number, key, sheet id or calculator id */
  code: string;
  fields: SearchField[];
}

export interface Hit extends Omit<Item, 'fields'> {
  matched: SearchField[];
  score: number;
  order: number;
}

export const MAX_QUERY_LENGTH = 100;
export const MAX_TERMS = 8;

export const normalize = (s: string) => s.normalize('NFKC').toLowerCase();

export function terms(query: string): string[] {
  return [
    ...new Set(
      normalize(query.slice(0, MAX_QUERY_LENGTH))
        .split(/[\s,，、;；]+/)
        .filter(Boolean),
    ),
  ].slice(0, MAX_TERMS);
}

const both = (l: Localized, name: SearchField['name'], weight: number): SearchField[] =>
  l.zh === l.en
    ? [{ name, text: l.zh, weight }]
    : [
        { name, text: l.zh, weight },
        { name, text: l.en, weight },
      ];

/** A scale row's case in words: "医疗机构级别 3", "35 < 年龄 ≤ 45". */
export function rowCase(scale: CompiledScale, row: ScaleRow, lang: FormatLang): string {
  const parts: string[] = [];
  for (const c of scale.columns) {
    const label = lang === 'en' ? c.label.en : c.label.zh;
    if (c.kind === 'dimension' && row.cells[c.id] !== null && row.cells[c.id] !== undefined)
      parts.push(`${label} ${codeWords(scale.labels?.[c.id], row.cells[c.id], lang)}`);
    if (c.kind === 'range' && row.ranges[c.id]) parts.push(formatRange(row.ranges[c.id]!, label, lang));
  }
  return parts.join(lang === 'en' ? ', ' : '，') || (lang === 'en' ? `row ${row.row}` : `第 ${row.row} 行`);
}

function itemsOf(t: CompiledTable): Item[] {
  const items: Item[] = [];
  items.push({
    table: t,
    ref: { kind: 'table' },
    kind: 'table',
    anchor: '',
    title: t.title,
    code: t.id,
    fields: [
      ...both(t.title, 'title', 10),
      ...both(t.description, 'description', 3),
      ...both(t.authority, 'authority', 2),
      { name: 'key', text: t.id, weight: 5 },
    ],
  });
  for (const s of t.sources) {
    items.push({
      table: t,
      ref: { kind: 'source', source: s },
      kind: 'source',
      anchor: 'sources',
      title: s.title,
      code: s.number,
      fields: [
        { name: 'number', text: s.number, weight: 8 },
        ...both(s.title, 'title', 6),
        ...noteTexts(s.note).map((text) => ({ name: 'note' as const, text, weight: 2 })),
      ],
    });
  }
  for (const p of t.parameters) {
    const fields: SearchField[] = [{ name: 'key', text: p.key, weight: 8 }, ...both(p.label, 'label', 10)];
    const seen = new Set<string>();
    for (const h of p.history) {
      for (const f of [
        { name: 'citation' as const, text: citationOf(h, 'value').text, weight: 6 },
        ...noteTexts(h.note).map((text) => ({ name: 'note' as const, text, weight: 3 })),
        ...(typeof h.value === 'string' ? [{ name: 'value' as const, text: h.value, weight: 4 }] : []),
        ...(typeof h.value === 'string' && p.labels?.[h.value] ? both(p.labels[h.value]!, 'value', 4) : []),
      ]) {
        if (seen.has(`${f.name}:${f.text}`)) continue;
        seen.add(`${f.name}:${f.text}`);
        fields.push(f);
      }
    }
    items.push({
      table: t,
      ref: { kind: 'parameter', parameter: p },
      kind: 'parameter',
      anchor: `p-${p.key}`,
      title: p.label,
      code: p.key,
      fields,
    });
  }
  for (const s of t.scales) {
    items.push({
      table: t,
      ref: { kind: 'scale', scale: s },
      kind: 'scale',
      anchor: `s-${s.id}`,
      title: s.label,
      code: s.id,
      fields: [
        { name: 'key', text: s.id, weight: 6 },
        ...both(s.label, 'title', 8),
        ...s.columns.flatMap((c) => [{ name: 'column' as const, text: c.id, weight: 4 }, ...both(c.label, 'column', 6)]),
      ],
    });
    for (const r of s.rows) {
      const fields: SearchField[] = [{ name: 'citation', text: r.citation.text, weight: 6 }];
      // values carried over from an earlier row keep their own citation: searchable too
      for (const text of new Set(Object.values(r.citations ?? {}).map((c) => c.text)))
        if (text !== r.citation.text) fields.push({ name: 'citation', text, weight: 6 });
      for (const text of noteTexts(r.note)) fields.push({ name: 'note', text, weight: 3 });
      for (const c of s.columns) {
        const v = r.cells[c.id];
        if (typeof v !== 'string') continue;
        fields.push({ name: c.kind === 'dimension' ? 'case' : 'value', text: v, weight: c.kind === 'dimension' ? 2 : 5 });
        // a code is found by its words too
        const words = s.labels?.[c.id]?.[v];
        if (words) fields.push(...both(words, c.kind === 'dimension' ? 'case' : 'value', c.kind === 'dimension' ? 4 : 5));
      }
      items.push({
        table: t,
        ref: { kind: 'row', scale: s, row: r },
        kind: 'row',
        anchor: `r-${s.id}-${r.row}`,
        title: { zh: `${s.label.zh} · ${rowCase(s, r, 'zh')}`, en: `${s.label.en} · ${rowCase(s, r, 'en')}` },
        code: s.id,
        fields,
      });
    }
  }
  return items;
}

/** A calculator's item; its table is the bundle's, put in when a search is made (a served bundle reads tables as needed). */
function calculatorItem(c: SearchCalculator): Item {
  return {
    table: null,
    ref: { kind: 'calculator', calculator: c },
    kind: 'calculator',
    anchor: '',
    title: c.title,
    code: c.id,
    fields: [
      ...both(c.title, 'title', 10),
      { name: 'key', text: c.id, weight: 8 },
      ...both(c.description, 'description', 3),
      ...[...new Set(c.readings.map((r) => r.article))].map((text) => ({ name: 'citation' as const, text, weight: 6 })),
      ...c.readings.flatMap((r) => both(r.text, 'note', 2)),
    ],
  };
}

type Indexed = { item: Item; norm: string[] }[];
const indexed = (items: Item[]): Indexed => items.map((item) => ({ item, norm: item.fields.map((f) => normalize(f.text)) }));

const tableIndexes = new WeakMap<CompiledTable, Indexed>();
const calculatorIndexes = new WeakMap<readonly SearchCalculator[], Indexed>();

const tableIndex = (t: CompiledTable): Indexed => {
  let x = tableIndexes.get(t);
  if (!x) tableIndexes.set(t, (x = indexed(itemsOf(t))));
  return x;
};

/** The table a calculator's item shows (null for any other item, or a calculator without one). */
const tableOfCalculator = (item: Item) => (item.ref.kind === 'calculator' ? item.ref.calculator.table : null);

const calculatorIndex = (calculators: readonly SearchCalculator[]): Indexed => {
  let x = calculatorIndexes.get(calculators);
  if (!x) calculatorIndexes.set(calculators, (x = indexed(calculators.map(calculatorItem))));
  return x;
};

/** The items of a bundle's tables, in the order of their ids, kept while its tables stay the same (a served bundle adds some). */
const bundleIndexes = new WeakMap<CompiledBundle, { tables: number; index: Indexed }>();

function indexOf(bundle: CompiledBundle, calculators: readonly SearchCalculator[]): Indexed {
  const count = Object.keys(bundle.tables).length;
  let cached = bundleIndexes.get(bundle);
  if (cached?.tables !== count) {
    const index = Object.values(bundle.tables)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .flatMap(tableIndex);
    bundleIndexes.set(bundle, (cached = { tables: count, index }));
  }
  const tables = cached.index;
  if (!calculators.length) return tables;
  const calcs = calculatorIndex(calculators).map(({ item, norm }) => {
    const id = tableOfCalculator(item);
    return { item: { ...item, table: (id && bundle.tables[id]) || null }, norm };
  });
  // calculators first: at equal score a calculator (what a citizen came for) comes before the rows it reads
  return [...calcs, ...tables];
}

/** Whether every word is in one of the texts. */
const holdsAll = (norm: readonly string[], words: readonly string[]) => words.every((w) => norm.some((text) => text.includes(w)));

/** The texts a table's items are found by, normalised, each once: the table's entry in the search index (`tables:build`). */
export function searchTexts(t: CompiledTable): string[] {
  return [...new Set(tableIndex(t).flatMap((x) => x.norm))];
}

/**
 * The tables a search for `query` has to read, from the search index (`searchTexts` of every table): those holding every
 * word of it somewhere (an item is a hit when it holds them all, so no other table has one), and the tables of the
 * calculators it finds (their hits show the table).
 */
export function tablesToSearch(
  index: Readonly<Record<string, readonly string[]>>,
  calculators: readonly SearchCalculator[],
  query: string,
): string[] {
  const words = terms(query);
  if (!words.length) return [];
  const ids = Object.keys(index).filter((id) => holdsAll(index[id]!, words));
  for (const { item, norm } of calculatorIndex(calculators)) {
    const id = tableOfCalculator(item);
    if (id && holdsAll(norm, words)) ids.push(id);
  }
  return [...new Set(ids)];
}

/** Every item containing all the words of the query, best first. */
export function search(bundle: CompiledBundle, query: string, calculators: readonly SearchCalculator[] = []): Hit[] {
  const words = terms(query);
  if (!words.length) return [];
  const hits: Hit[] = [];
  indexOf(bundle, calculators).forEach(({ item, norm }, order) => {
    let score = 0;
    for (const w of words) {
      let best = 0;
      norm.forEach((text, i) => {
        if (text.includes(w)) best = Math.max(best, item.fields[i]!.weight * (text === w ? 2 : 1));
      });
      if (!best) return;
      score += best;
    }
    const { fields, ...rest } = item;
    const matched = fields.filter((_, i) => words.some((w) => norm[i]!.includes(w)));
    hits.push({ ...rest, matched, score, order });
  });
  return hits.sort((a, b) => b.score - a.score || a.order - b.order);
}

// ---------------------------------------------------------------------------------------------
// The answer: hits with what they say on a date.

/** One value of a hit: a parameter's value, or one value column of a scale row. */
export interface HitValue {
  /** the scale column (null for a parameter) */
  column: string | null;
  label: Localized;
  value: Value;
  unit: Unit;
  unitName: Localized;
  published: boolean;
  /** the value with its unit, as people read it: 200,000元 / CNY 200,000 */
  text: Localized;
  citation: Citation;
}

export interface Reason {
  code:
    | 'not-published'
    | 'not-in-force'
    | 'date-not-covered'
    | 'table-has-many-values'
    | 'sheet-has-many-rows'
    | 'document-has-no-value'
    | 'calculator-needs-a-request';
  zh: string;
  en: string;
}

export interface SearchHit {
  kind: HitKind;
  /** table id, document number, parameter key, sheet id (also for a row) or calculator id */
  id: string;
  /** a scale row's number in its sheet */
  row?: number;
  labels: Localized;
  table: { id: string; title: Localized } | null;
  links: { api: string; page: string };
  /** the value(s) in force on the date: one for a parameter, one per value column of a scale row; empty otherwise */
  values: HitValue[];
  /** why `values` is empty (or holds only figures the source does not publish) */
  reason: Reason | null;
  /** the dates the parameter value or scale row shown is in force */
  period: { from: string; to: string | null } | null;
  /** the document and article of the value or row shown */
  citation: Citation | null;
  /** the documents the item rests on */
  documents: string[];
  /** what the values shown rest on that a reader should know (the lookups' notices) */
  notices: Notice[];
  /** the fields the words were found in */
  matched: { field: SearchField['name']; text: string }[];
}

export interface SearchAnswer {
  query: string;
  terms: string[];
  date: string;
  total: number;
  page: number;
  pages: number;
  limit: number;
  hits: SearchHit[];
}

export interface AnswerOptions {
  date: string;
  page: number;
  limit: number;
  /** the explorer page showing an anchor of a table (its page of the table, the reader's language) */
  pageLink: (table: string, anchor: string) => string;
}

const hitValue = (
  label: Localized,
  column: string | null,
  value: Value,
  published: boolean,
  unit: Unit,
  citation: Citation,
  labels?: Record<string, Localized>,
): HitValue => ({
  column,
  label,
  value,
  unit,
  unitName: unitNames(unit),
  published,
  // a code in words, a "中文 / English" text in each language
  text:
    typeof value === 'string' && (unit === 'enum' || unit === 'text')
      ? unit === 'enum'
        ? { zh: codeWords(labels, value, 'zh'), en: codeWords(labels, value, 'en') }
        : { zh: textIn(value, 'zh'), en: textIn(value, 'en') }
      : { zh: formatValue(value, unit, 'zh'), en: formatValue(value, unit, 'en') },
  citation,
});

const NOT_PUBLISHED: Reason = {
  code: 'not-published',
  zh: '原文未公布该数值。',
  en: 'The source does not publish this value.',
};

function notCovered(t: CompiledTable, date: string): Reason {
  return {
    code: 'date-not-covered',
    zh: `本表数据自 ${t.coverage.from} 起${t.coverage.to ? `至 ${t.coverage.to} 止` : ''}；${date} 不在数据范围内。`,
    en: `The data of this table covers ${t.coverage.from}${t.coverage.to ? ` to ${t.coverage.to}` : ' onwards'}; ${date} is outside it.`,
  };
}

const notInForce = (date: string, p: { from: string; to: string | null }[]): Reason => {
  const zh = p.map((x) => (x.to ? `${x.from} 至 ${x.to}` : `${x.from} 起`)).join('、');
  const en = p.map((x) => (x.to ? `${x.from} to ${x.to}` : `from ${x.from}`)).join(', ');
  return {
    code: 'not-in-force',
    zh: `${date} 没有适用的数值（适用期间：${zh}）。`,
    en: `No value is in force on ${date} (in force: ${en}).`,
  };
};

function describe(hit: Hit, opts: AnswerOptions): SearchHit {
  const { date } = opts;
  const t = hit.table;
  const dated = (path: string) => `${path}?date=${date}`;
  const base = {
    kind: hit.kind,
    id: hit.code,
    labels: hit.title,
    table: t ? { id: t.id, title: t.title } : null,
    matched: hit.matched.map((f) => ({ field: f.name, text: f.text })),
  };
  const none = (reason: Reason, links: SearchHit['links'], documents: string[]): SearchHit => ({
    ...base,
    links,
    values: [],
    reason,
    period: null,
    citation: null,
    documents,
    notices: [],
  });
  const ref = hit.ref;
  if (ref.kind === 'calculator') {
    const c = ref.calculator;
    return none(
      {
        code: 'calculator-needs-a-request',
        zh: '计算器根据填写的情况计算结果，没有单一数值；打开计算器填写后查看。',
        en: 'A calculator computes its answer from what you enter; it has no single value. Open it and fill it in.',
      },
      { api: `/v1/calculators/${c.id}`, page: `/widget/demo#h-${c.id}` },
      t ? t.sources.map((s) => s.number) : [],
    );
  }
  // every other kind belongs to a table
  const table = t!;
  const documents = table.sources.map((s) => s.number);
  const page = opts.pageLink(table.id, hit.anchor);
  if (ref.kind === 'table')
    return none(
      { code: 'table-has-many-values', zh: '政策表包含多项数值，打开表查看。', en: 'A table holds many values: open it to see them.' },
      { api: dated(`/v1/tables/${table.id}`), page },
      documents,
    );
  if (ref.kind === 'source')
    return none(
      {
        code: 'document-has-no-value',
        zh: '来源文件本身不是一个数值；它规定的数值见所属政策表。',
        en: 'A source document is not a value itself; the values it sets are in its table.',
      },
      { api: `/v1/tables/${table.id}/versions`, page },
      [ref.source.number],
    );
  if (!covers(table, date)) {
    const api =
      ref.kind === 'parameter' ? `/v1/tables/${table.id}/parameters/${ref.parameter.key}` : `/v1/tables/${table.id}/scales/${ref.scale.id}`;
    return none(notCovered(table, date), { api, page }, documents);
  }
  if (ref.kind === 'scale') {
    const n = rowsOn(ref.scale, date).length;
    return none(
      {
        code: 'sheet-has-many-rows',
        zh: `分档表有 ${n} 行在 ${date} 适用，打开表查看。`,
        en: `${n} ${n === 1 ? 'row' : 'rows'} of this sheet ${n === 1 ? 'is' : 'are'} in force on ${date}: open the table to see them.`,
      },
      { api: dated(`/v1/tables/${table.id}/scales/${ref.scale.id}`), page },
      documents,
    );
  }
  if (ref.kind === 'parameter') {
    const p = ref.parameter;
    const links = { api: dated(`/v1/tables/${table.id}/parameters/${p.key}`), page };
    const v = valueOn(p, date);
    if (!v) return none(notInForce(date, p.history), links, documents);
    const citation = citationOf(v, 'value');
    return {
      ...base,
      links,
      values: [hitValue(p.label, null, v.value, v.published, p.unit, citation, p.labels)],
      reason: v.published ? null : NOT_PUBLISHED,
      period: { from: v.from, to: v.to },
      citation,
      documents,
      notices: coverageNotices(table, [date], new Set([citation.document])),
    };
  }
  const { scale, row } = ref;
  const links = { api: dated(`/v1/tables/${table.id}/scales/${scale.id}`), page };
  if (!inForce(row, date))
    return { ...none(notInForce(date, [row]), links, documents), row: row.row, period: { from: row.from, to: row.to } };
  const values = scale.columns
    .filter((c) => c.kind === 'value')
    .map((c) =>
      hitValue(
        c.label,
        c.id,
        row.cells[c.id] ?? null,
        !row.unpublished.includes(c.id),
        c.unit,
        citationOf(row, c.id),
        scale.labels?.[c.id],
      ),
    );
  return {
    ...base,
    row: row.row,
    links,
    values,
    reason: values.length && values.every((x) => !x.published) ? NOT_PUBLISHED : null,
    period: { from: row.from, to: row.to },
    citation: row.citation,
    documents,
    notices: coverageNotices(table, [date], new Set(values.map((x) => x.citation.document).concat(row.citation.document))),
  };
}

/** The answer to a query: the hits of one page, each with what it says on `date`. */
export function searchAnswer(
  bundle: CompiledBundle,
  calculators: readonly SearchCalculator[],
  query: string,
  opts: AnswerOptions,
): SearchAnswer {
  const hits = search(bundle, query, calculators);
  const pages = Math.max(1, Math.ceil(hits.length / opts.limit));
  return {
    query,
    terms: terms(query),
    date: opts.date,
    total: hits.length,
    page: opts.page,
    pages,
    limit: opts.limit,
    hits: hits.slice((opts.page - 1) * opts.limit, opts.page * opts.limit).map((h) => describe(h, opts)),
  };
}
