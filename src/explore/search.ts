import { formatRange, type FormatLang } from '../engine/format';
import { citationOf, type CompiledBundle, type CompiledScale, type CompiledTable, type Localized, type ScaleRow } from '../tables/model';

/**
 * Server-side search of the legislation explorer: every table, source document, parameter, scale
 * sheet and scale row, by key, labels (both languages), notes, citations and text values. All the
 * words of the query must occur in one item (in any of its fields); matching ignores case and
 * full-width/half-width differences (NFKC), so "第二十五条" finds the rows citing that article and
 * "起付" the deductibles. Pure.
 */

export type HitKind = 'table' | 'source' | 'parameter' | 'scale' | 'row';

export interface SearchField {
  /** what the field is, e.g. "citation" (shown before the snippet) */
  name: 'title' | 'key' | 'label' | 'note' | 'citation' | 'value' | 'column' | 'description' | 'authority' | 'number' | 'case';
  text: string;
  weight: number;
}

export interface Hit {
  table: CompiledTable;
  kind: HitKind;
  /** anchor on the table page ("" = top) */
  anchor: string;
  title: Localized;
  /** key, sheet id or document number */
  code: string | null;
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

interface Item {
  table: CompiledTable;
  kind: HitKind;
  anchor: string;
  title: Localized;
  code: string | null;
  fields: SearchField[];
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
      parts.push(`${label} ${String(row.cells[c.id])}`);
    if (c.kind === 'range' && row.ranges[c.id]) parts.push(formatRange(row.ranges[c.id]!, label, lang));
  }
  return parts.join(lang === 'en' ? ', ' : '，') || (lang === 'en' ? `row ${row.row}` : `第 ${row.row} 行`);
}

function itemsOf(t: CompiledTable): Item[] {
  const items: Item[] = [];
  items.push({
    table: t,
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
      kind: 'source',
      anchor: 'sources',
      title: s.title,
      code: s.number,
      fields: [{ name: 'number', text: s.number, weight: 8 }, ...both(s.title, 'title', 6), ...(s.note ? both(s.note, 'note', 2) : [])],
    });
  }
  for (const p of t.parameters) {
    const fields: SearchField[] = [{ name: 'key', text: p.key, weight: 8 }, ...both(p.label, 'label', 10)];
    const seen = new Set<string>();
    for (const h of p.history) {
      for (const f of [
        { name: 'citation' as const, text: citationOf(h, 'value').text, weight: 6 },
        ...(h.note ? both(h.note, 'note', 3) : []),
        ...(typeof h.value === 'string' ? [{ name: 'value' as const, text: h.value, weight: 4 }] : []),
      ]) {
        if (seen.has(`${f.name}:${f.text}`)) continue;
        seen.add(`${f.name}:${f.text}`);
        fields.push(f);
      }
    }
    items.push({ table: t, kind: 'parameter', anchor: `p-${p.key}`, title: p.label, code: p.key, fields });
  }
  for (const s of t.scales) {
    items.push({
      table: t,
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
      if (r.note) fields.push(...both(r.note, 'note', 3));
      for (const c of s.columns) {
        const v = r.cells[c.id];
        if (typeof v === 'string')
          fields.push({ name: c.kind === 'dimension' ? 'case' : 'value', text: v, weight: c.kind === 'dimension' ? 2 : 5 });
      }
      items.push({
        table: t,
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

const indexCache = new WeakMap<CompiledBundle, { item: Item; norm: string[] }[]>();

function indexOf(bundle: CompiledBundle) {
  let index = indexCache.get(bundle);
  if (!index) {
    index = Object.values(bundle.tables)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .flatMap(itemsOf)
      .map((item) => ({ item, norm: item.fields.map((f) => normalize(f.text)) }));
    indexCache.set(bundle, index);
  }
  return index;
}

/** Every item containing all the words of the query, best first. */
export function search(bundle: CompiledBundle, query: string): Hit[] {
  const words = terms(query);
  if (!words.length) return [];
  const hits: Hit[] = [];
  indexOf(bundle).forEach(({ item, norm }, order) => {
    let score = 0;
    for (const w of words) {
      let best = 0;
      norm.forEach((text, i) => {
        if (text.includes(w)) best = Math.max(best, item.fields[i]!.weight * (text === w ? 2 : 1));
      });
      if (!best) return;
      score += best;
    }
    const matched = item.fields.filter((_, i) => words.some((w) => norm[i]!.includes(w)));
    hits.push({ table: item.table, kind: item.kind, anchor: item.anchor, title: item.title, code: item.code, matched, score, order });
  });
  return hits.sort((a, b) => b.score - a.score || a.order - b.order);
}
