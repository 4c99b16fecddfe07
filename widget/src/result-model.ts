/**
 * Result presentation, without a DOM: a calculator's answer (+ its output JSON Schema and how it reads, `x-result`) →
 * what a citizen reads: the notices first, the split of their money (numbers and bar geometry), the figures and
 * outcomes in words (codes through their labels, statuses as 符合/不符合/不适用/尚不能确定, yes/no, an undetermined value
 * with its reason), nested parts as sections, lists as tables or cards, and the cited steps. Pure; the renderer
 * (render-result.ts) only draws this. Paths (`rules.*.status`) are those of `x-result`.
 */
import { formatValue } from '../../src/engine/format';
import type { Unit } from '../../src/tables/units';
import { formatShare, formatYuan } from './format';
import { resolveRef } from './form-model';
import { FIELD_LABELS, humanize, RESULT_LABELS, t, tr, VALUE_LABELS } from './i18n';
import type { JsonSchema, Lang, Localized, Trace } from './types';

/** Who pays: the parts of a medical bill, in the order they are shown (payers first, then the insured). */
export const SPLIT_KEYS = ['pooledFund', 'criticalIllness', 'personalAccount', 'selfBurden', 'selfPay'] as const;

export interface SplitPart {
  key: string;
  label: string;
  amount: number;
  text: string;
  share: string;
  /** position and width in a 0…100 bar */
  x: number;
  width: number;
}
export interface Split {
  /** where the parts are in the answer (`totals`) */
  path: string;
  label: string;
  total: number;
  totalText: string;
  parts: SplitPart[];
}

/** One value of the answer, in words. `path` is its place in the answer (`rules.3.status`). */
export interface ValueView {
  t: 'value';
  path: string;
  label: string;
  text: string;
  kind: 'money' | 'number' | 'yes' | 'no' | 'status' | 'undetermined' | 'none' | 'text' | 'date';
  /** a verdict's status code (met, not_met, …), for its colour */
  status?: string;
  /**
   * the calculator words this status itself (x-result options at its path): "met" may then be the bad outcome
   * (a ground for refusal holds), so the badge is drawn in a neutral colour, not as a pass or a fail
   */
  renamed?: boolean;
  unit?: string;
  /** why a value is undetermined or absent */
  reason?: string;
}
export interface GroupView {
  t: 'group';
  path: string;
  label: string;
  children: View[];
}
export interface TableView {
  t: 'table';
  path: string;
  label: string;
  /** a column's unit (元) is said once, in its heading */
  columns: { key: string; label: string; numeric: boolean; unit?: string }[];
  rows: ValueView[][];
}
export interface ItemsView {
  t: 'items';
  path: string;
  label: string;
  items: { path: string; title: string; status?: ValueView; children: View[] }[];
}
export type View = ValueView | GroupView | TableView | ItemsView;

export interface StepView {
  title: string;
  rule: string;
  formula: string;
  result: string;
  /** the result's named figures, when it has several: label and value by key */
  parts?: { key: string; label: string; text: string }[];
  note?: string;
}
export interface ResultModel {
  /** the answer's notices (values carried forward, a reading of an open date…), in the reader's language */
  notices: string[];
  split: Split | null;
  views: View[];
  steps: StepView[];
  /** the articles the answer rests on, from its steps, by document: shown under the result, not only in the steps */
  basis: string;
  /** one sentence for the live region */
  summary: string;
}

export interface ResultOverlay {
  /** per-item tables: which columns, in which order; 'index' columns are shown counting from 1 */
  tables?: Record<string, { label?: Localized; columns: { key: string; label?: Localized; index?: boolean }[] }>;
  /** labels of the answer's fields, by path (`transfer.deadlineDate`, `rules.*.status`) or by name */
  labels?: Record<string, Localized>;
  /** labels of the answer's codes, by path (or name) then by code */
  options?: Record<string, Record<string, Localized>>;
}

const MONEY_KEYS: readonly string[] = [...SPLIT_KEYS, 'eligible'];
/** Parts of an answer that are for machines: the trace's references, table ids and parameter keys, positions. */
const TECHNICAL = new Set([
  'data',
  'trace',
  'notices',
  'parameters',
  'traceSteps',
  'table',
  'key',
  'missingKey',
  'cell',
  'version',
  'hash',
  'index',
]);
/** The field that names an item of a list (its title), in order of preference. */
const TITLE_KEYS = ['code', 'id', 'item', 'rule', 'criterion', 'name', 'topic'];
const STATUSES = new Set(['met', 'not_met', 'not_applicable', 'not_assessed']);

function hasMoney(s: JsonSchema | undefined): boolean {
  if (!s) return false;
  if (s['x-unit'] === 'CNY') return true;
  return Object.values(s.properties ?? {}).some(hasMoney) || hasMoney(s.items) || (s.anyOf ?? s.oneOf ?? []).some(hasMoney);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPair = (v: unknown): v is Localized =>
  isObj(v) && typeof v.zh === 'string' && typeof v.en === 'string' && Object.keys(v).length <= 3;
const CJK = /[\u3400-\u9fff]/;
const WORDS = /[A-Za-z]{2,}[\s,;:'’()-]+[A-Za-z]{2,}/;

/**
 * A free text of the answer in the reader's language. Answers carry pairs, "中文 / English" or "中文 (English)"
 * strings, and some English-only explanations: in Chinese, English prose is left out (the statuses, figures and
 * citations beside it still say what it says); undefined when nothing is left.
 */
export function proseIn(v: string, lang: Lang): string | undefined {
  const halves = v.split(' / ');
  if (halves.length === 2 && CJK.test(halves[0]!) !== CJK.test(halves[1]!))
    return halves[CJK.test(halves[0]!) === (lang === 'zh-CN') ? 0 : 1]!.trim();
  if (lang === 'en') return v;
  const head = v.replace(/\s*\([^()]*[A-Za-z]{2}[^()]*\)\s*$/, '');
  return WORDS.test(head) || /[a-z]{3,}/.test(head) ? undefined : head;
}

const generic = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '.*');
const lastKey = (path: string) => path.slice(path.lastIndexOf('.') + 1);

function propSchema(s: JsonSchema | undefined, key: string, root: JsonSchema): JsonSchema | undefined {
  if (!s) return undefined;
  const r = resolveRef(s, root);
  const p = r.properties?.[key];
  if (p) return resolveRef(p, root);
  for (const alt of r.anyOf ?? r.oneOf ?? []) {
    const q = propSchema(alt, key, root);
    if (q) return q;
  }
  return undefined;
}
function itemSchema(s: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  if (!s) return undefined;
  const r = resolveRef(s, root);
  if (r.items) return resolveRef(r.items, root);
  for (const alt of r.anyOf ?? r.oneOf ?? []) {
    const q = itemSchema(alt, root);
    if (q) return q;
  }
  return undefined;
}
const allowsBoolean = (s: JsonSchema | undefined): boolean =>
  !!s && (s.type === 'boolean' || (Array.isArray(s.type) && s.type.includes('boolean')) || (s.anyOf ?? s.oneOf ?? []).some(allowsBoolean));

export interface Formatter {
  label(path: string, s?: JsonSchema, v?: unknown): string;
  code(path: string, v: string): string | undefined;
  value(path: string, v: unknown, s?: JsonSchema): ValueView | null;
}

/** The engine's formats (src/engine/format.ts) take 'zh' | 'en'. */
const formatLangOf = (lang: Lang) => (lang === 'en' ? 'en' : 'zh');

/** Labels and values of one answer. */
export function createFormatter(lang: Lang, overlay: ResultOverlay = {}): Formatter {
  const formatLang = formatLangOf(lang);
  const byPath = <T>(table: Record<string, T> | undefined, path: string): T | undefined => {
    if (!table) return undefined;
    const g = generic(path);
    for (const k of [path, g, lastKey(g)]) if (Object.hasOwn(table, k)) return table[k];
    return undefined;
  };
  const label = (path: string, s?: JsonSchema, v?: unknown): string => {
    const key = lastKey(path);
    // the dictionary's money words ("eligible amount") only fit numbers: a boolean "eligible" is another thing
    const l =
      byPath(overlay.labels, path) ??
      RESULT_LABELS[key] ??
      (v !== undefined && typeof v !== 'number' && MONEY_KEYS.includes(key) ? undefined : FIELD_LABELS[key]);
    if (l) return tr(l, lang);
    const d = s?.description ? proseIn(s.description, lang) : undefined;
    const first = d?.split(/[;；:：]|\s\(|（/)[0]?.trim();
    return first && (lang === 'en' || CJK.test(first)) ? first : humanize(key);
  };
  const code = (path: string, v: string): string | undefined => {
    const own = byPath(overlay.options, path);
    // a code naming a part of one item of a list (`companies[4].sanctions.closurePlan`) is labelled as `companies[*]…`
    const l =
      own?.[v] ??
      own?.[v.replace(/\[\d+\]/g, '[*]')] ??
      VALUE_LABELS[v] ??
      Object.values(overlay.options ?? {}).find((o) => Object.hasOwn(o, v))?.[v];
    return l ? tr(l, lang) : undefined;
  };
  const value = (path: string, v: unknown, s?: JsonSchema): ValueView | null => {
    const key = lastKey(path);
    const base = { t: 'value' as const, path, label: label(path, s, v) };
    if (typeof v === 'number') {
      const money = s?.['x-unit'] === 'CNY' || MONEY_KEYS.includes(key);
      if (money) return { ...base, kind: 'money', text: formatYuan(v), unit: t('yuan', lang) };
      // a fraction reads as a percentage (0.075 → 7.5%), a multiple of another figure as ×1.2 / 1.2倍
      const unit = s?.['x-unit'];
      if (unit === 'ratio' || unit === 'multiplier') return { ...base, kind: 'number', text: formatValue(v, unit, formatLang) };
      return {
        ...base,
        kind: 'number',
        text: Math.abs(v) >= 10000 && !/year/i.test(key) ? v.toLocaleString('en-US', { maximumFractionDigits: 10 }) : String(v),
      };
    }
    if (typeof v === 'boolean') return { ...base, kind: v ? 'yes' : 'no', text: t(v ? 'yes' : 'no', lang) };
    if (v === null || v === undefined)
      return allowsBoolean(s) ? { ...base, kind: 'undetermined', text: t('undetermined', lang) } : { ...base, kind: 'none', text: '—' };
    if (isPair(v)) return { ...base, kind: 'text', text: tr(v, lang) };
    if (typeof v !== 'string') return null;
    if (STATUSES.has(v)) {
      const own = byPath(overlay.options, path)?.[v];
      return { ...base, kind: 'status', status: v, text: code(path, v) ?? v, ...(own ? { renamed: true } : {}) };
    }
    const c = code(path, v);
    if (c) return { ...base, kind: 'text', text: c };
    if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\+08:00)?)?$/.test(v))
      return { ...base, kind: 'date', text: v.replace('T', ' ').replace(/(:\d{2}):00\+08:00$|\+08:00$/, '$1') };
    // a code without a label is shown as it is (the widget scan reports it); prose only in the reader's language
    if (/^[A-Za-z][\w.-]*$/.test(v)) return { ...base, kind: 'text', text: v };
    const p = proseIn(v, lang);
    return p === undefined ? null : { ...base, kind: 'text', text: p };
  };
  return { label, code, value };
}

export function buildSplit(obj: Record<string, unknown>, lang: Lang, heading: string, path = ''): Split | null {
  const keys = SPLIT_KEYS.filter((k) => typeof obj[k] === 'number');
  if (keys.length < 2) return null;
  const total = keys.reduce((a, k) => a + Math.round((obj[k] as number) * 100), 0) / 100;
  let x = 0;
  const parts = keys.map((k) => {
    const amount = obj[k] as number;
    const width = total > 0 ? (amount / total) * 100 : 0;
    const part = {
      key: k,
      label: tr(FIELD_LABELS[k]!, lang),
      amount,
      text: formatYuan(amount),
      share: formatShare(amount, total),
      x,
      width,
    };
    x += width;
    return part;
  });
  return { path, label: heading, total, totalText: formatYuan(total), parts };
}

const capitalise = (s: string, lang: Lang) => (lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/**
 * The item each step belongs to, for answers whose items point at their steps (the settlement's claims[].traceSteps):
 * "第2笔（2015-03-01 门诊）" / "Bill 2 (2015-03-01 outpatient)".
 */
function stepGroups(output: Record<string, unknown>, lang: Lang, f: Formatter): Map<number, string> {
  const out = new Map<number, string>();
  const items = Array.isArray(output.claims) ? (output.claims as Record<string, unknown>[]) : [];
  for (const item of items) {
    if (!isObj(item) || !Array.isArray(item.traceSteps)) continue;
    const n = Number(item.index) + 1;
    const kind = String(item.kind ?? '');
    const kindText = f.code('claims.*.kind', kind) ?? kind;
    const label = lang === 'en' ? `Bill ${n} (${item.date} ${kindText.toLowerCase()})` : `第${n}笔（${item.date} ${kindText}）`;
    for (const i of item.traceSteps as number[]) out.set(i, label);
  }
  return out;
}

/** The answer of a calculator as a citizen reads it. */
export function buildResultModel(
  output: Record<string, unknown>,
  outputSchema: JsonSchema,
  lang: Lang,
  overlay: ResultOverlay = {},
  fieldLabel: (path: string) => string | undefined = () => undefined,
): ResultModel {
  const root = outputSchema;
  const f = createFormatter(lang, overlay);
  const formatLang = formatLangOf(lang);
  const sep = lang === 'en' ? '; ' : '；';
  const notAssessed = Array.isArray(output.notAssessed) ? output.notAssessed.filter(isObj) : [];
  /** why an item was not assessed (the answer's notAssessed[] entries naming it) */
  const reasonsFor = (item: unknown) =>
    notAssessed
      .filter((n) => n.item === item)
      .map((n) => (isPair(n.text) ? tr(n.text, lang) : ''))
      .filter(Boolean)
      .join(sep);

  const fields = (path: string, v: unknown[]): ValueView | null => {
    const names = v.map((x) => (typeof x === 'string' ? fieldLabel(x) : undefined)).filter((x): x is string => !!x);
    return names.length ? { t: 'value', path, label: f.label(path), kind: 'text', text: names.join(lang === 'en' ? ', ' : '、') } : null;
  };

  /** The views of an object's entries (its `xZh` / `xEn` texts as one `x` in the reader's language). */
  const entries = (obj: Record<string, unknown>, s: JsonSchema | undefined, prefix: string): View[] => {
    const out: View[] = [];
    for (const [k, v] of Object.entries(obj)) {
      if (TECHNICAL.has(k)) continue;
      // a value not published (MissingParameter): its `detail` is for developers, its `text` says it for people
      if (k === 'detail' && isPair(obj.text) && typeof obj.key === 'string') continue;
      // "textZh" and "textEn" are one text; a lone "zh" is the text of the part it is in
      const pair = /^(.*)(zh|en|Zh|En)$/.exec(k);
      if (pair && typeof v === 'string' && (pair[1] === '' ? /^(zh|en)$/.test(k) : /^(Zh|En)$/.test(pair[2]!))) {
        const [, stem, which] = pair as unknown as [string, string, string];
        const own = formatLang;
        const twin = `${stem}${stem ? (own === 'en' ? 'En' : 'Zh') : own}`;
        if (which.toLowerCase() !== own && Object.hasOwn(obj, twin)) continue;
        const path = stem ? `${prefix}${stem}` : prefix.slice(0, -1);
        out.push({ t: 'value', path: `${prefix}${k}`, label: f.label(path), kind: 'text', text: v });
        continue;
      }
      const view = viewOf(`${prefix}${k}`, v, propSchema(s, k, root));
      if (view) out.push(view);
    }
    return out;
  };

  // a field with nothing in it («—», no reason given) is left out of a part or card that says something else
  const empty = (c: View) => c.t === 'value' && c.kind === 'none' && !c.reason;
  const saying = (views: View[]) => (views.some((c) => !empty(c)) ? views.filter((c) => !empty(c)) : views);

  const viewOf = (path: string, v: unknown, s: JsonSchema | undefined): View | null => {
    const key = lastKey(path);
    if (Array.isArray(v)) {
      if (v.length === 0) return null;
      if (key === 'fields') return fields(path, v);
      if (!v.every(isObj)) {
        const items = v.map((x, i) => f.value(`${path}.${i}`, x, itemSchema(s, root))).filter((x): x is ValueView => !!x);
        return items.length
          ? { t: 'value', path, label: f.label(path, s), kind: 'text', text: items.map((x) => x.text).join(lang === 'en' ? ', ' : '、') }
          : null;
      }
      return listView(path, v as Record<string, unknown>[], s);
    }
    if (isObj(v) && !isPair(v)) {
      const children = saying(entries(v, s, `${path}.`));
      return children.length ? { t: 'group', path, label: f.label(path, s), children } : null;
    }
    const view = f.value(path, v, s);
    if (view && (view.kind === 'undetermined' || view.kind === 'none')) {
      const why = reasonsFor(key);
      if (why) view.reason = why;
    }
    return view;
  };

  const listView = (path: string, rows: Record<string, unknown>[], s: JsonSchema | undefined): View => {
    const is = itemSchema(s, root);
    const spec = overlay.tables?.[generic(path)] ?? overlay.tables?.[lastKey(path)];
    // a row's `unit` is said with its figures (a share as 75%, a distance as 6米), unless the presentation shows the
    // unit itself: as a column of the table, or as a code with its words
    const namesUnit = !!spec?.columns.some((c) => c.key === 'unit') || !!overlay.options?.[`${generic(path)}.*.unit`];
    const unitOf = (row: Record<string, unknown>) => (!namesUnit && typeof row.unit === 'string' ? (row.unit as Unit) : undefined);
    const sayUnit = (view: View, raw: unknown, unit: Unit | undefined) => {
      if (unit && view.t === 'value' && view.kind === 'number' && typeof raw === 'number') view.text = formatValue(raw, unit, formatLang);
    };
    if (spec) {
      // a column may name a field of a part of the row (`sanctions.closurePlan`)
      const cellOf = (row: Record<string, unknown>, key: string) =>
        key.split('.').reduce<unknown>((o, k) => (isObj(o) ? o[k] : undefined), row);
      const schemaOf = (key: string) => key.split('.').reduce<JsonSchema | undefined>((sc, k) => propSchema(sc, k, root), is);
      const cells = rows.map((row, i) =>
        spec.columns.map((c): ValueView => {
          const x = cellOf(row, c.key);
          const p = `${path}.${i}.${c.key}`;
          if (c.index && typeof x === 'number') return { t: 'value', path: p, label: '', kind: 'number', text: String(x + 1) };
          const view = f.value(p, x, schemaOf(c.key)) ?? { t: 'value', path: p, label: '', kind: 'none', text: '' };
          sayUnit(view, x, unitOf(row));
          return view;
        }),
      );
      return {
        t: 'table',
        path,
        label: spec.label ? tr(spec.label, lang) : f.label(path, s),
        columns: spec.columns.map((c, j) => ({
          key: c.key,
          label: c.label ? tr(c.label, lang) : f.label(`${path}.*.${c.key}`, schemaOf(c.key)),
          numeric: typeof cellOf(rows[0]!, c.key) === 'number',
          unit: cells.find((r) => r[j]?.unit)?.[j]?.unit,
        })),
        rows: cells,
      };
    }
    return {
      t: 'items',
      path,
      label: f.label(path, s),
      items: rows.map((row, i) => {
        const p = `${path}.${i}`;
        const titleKey = TITLE_KEYS.find((k) => typeof row[k] === 'string');
        const title = titleKey ? (f.value(`${p}.${titleKey}`, row[titleKey], propSchema(is, titleKey, root))?.text ?? '') : '';
        const status = typeof row.status === 'string' ? f.value(`${p}.status`, row.status, propSchema(is, 'status', root)) : null;
        // `met` repeats the status as yes/no/null: said once, by the status; a `unit` said with the figures is not repeated
        const unit = unitOf(row);
        const rest = Object.fromEntries(
          Object.entries(row).filter(([k]) => k !== titleKey && k !== 'status' && !(k === 'met' && status) && !(k === 'unit' && unit)),
        );
        const all = entries(rest, is, `${p}.`);
        const children = title || status ? all.filter((c) => !empty(c)) : saying(all);
        for (const c of children) sayUnit(c, row[lastKey(c.path)], unit);
        const why = titleKey && status?.status === 'not_assessed' ? reasonsFor(row[titleKey]) : '';
        if (status && why) status.reason = why;
        return { path: p, title: title || `${i + 1}`, status: status ?? undefined, children };
      }),
    };
  };

  let split: Split | null = null;
  const views: View[] = [];
  for (const [key, v] of Object.entries(output)) {
    if (TECHNICAL.has(key)) continue;
    if (!split && isObj(v)) {
      const sp = buildSplit(v, lang, t('chartTitle', lang), key);
      if (sp) {
        split = sp;
        if (typeof v.eligible === 'number') {
          const e = f.value(`${key}.eligible`, v.eligible, propSchema(propSchema(root, key, root), 'eligible', root));
          if (e) views.push(e);
        }
        continue;
      }
    }
    const view = viewOf(key, v, propSchema(root, key, root));
    if (view) views.push(view);
  }

  const trace = isObj(output.trace) ? (output.trace as unknown as Trace) : undefined;
  const groups = stepGroups(output, lang, f);
  // the names of the answer's items (a firm "A"): a step result keyed by them says something of each item, it names no figures
  const itemNames = new Set(
    Object.values(output)
      .filter(Array.isArray)
      .flatMap((rows) => rows.filter(isObj).map((row) => row[TITLE_KEYS.find((k) => typeof row[k] === 'string') ?? '']))
      .filter((x): x is string => typeof x === 'string'),
  );
  const steps: StepView[] = (Array.isArray(trace?.steps) ? trace.steps : []).filter(isObj).map((st, i) => {
    const r = st.result;
    const byItem = isObj(r) && Object.keys(r).length > 0 && Object.keys(r).every((k) => itemNames.has(k));
    const parts =
      isObj(r) && !byItem
        ? Object.entries(r)
            .map(([k, x]) => (isObj(x) || Array.isArray(x) ? null : f.value(k, x)))
            .filter((x): x is ValueView => !!x)
            .map((x) => ({ key: x.path, label: x.label, text: `${x.text}${x.unit ? ` ${x.unit}` : ''}` }))
        : undefined;
    const result = byItem
      ? Object.entries(r)
          .map(([k, x]) => `${k} ${isObj(x) || Array.isArray(x) ? '' : (f.value('result', x)?.text ?? '')}`.trim())
          .join(sep)
      : parts
        ? parts.map((x) => `${x.label} ${x.text}`).join(sep)
        : Array.isArray(r)
          ? ''
          : // a bare figure of a calculation of money is money (the step's formula says so)
            (f.value('result', r, typeof r === 'number' && hasMoney(root) ? { 'x-unit': 'CNY' } : undefined)?.text ?? '');
    return {
      title: groups.has(i) ? `${groups.get(i)}${lang === 'en' ? ': ' : '：'}${tr(st.name, lang)}` : capitalise(tr(st.name, lang), lang),
      rule: String(st.rule ?? ''),
      formula: tr(st.formula, lang),
      result,
      parts,
      note: st.note ? tr(st.note, lang) : undefined,
    };
  });

  const notices = (Array.isArray(output.notices) ? output.notices : [])
    .map((n) => (isObj(n) ? (lang === 'en' ? n.en : n.zh) : undefined))
    .filter((x): x is string => typeof x === 'string' && x !== '');

  const yuan = t('yuan', lang);
  const said = split
    ? (split as Split).parts.filter((p) => p.amount !== 0 || p.key !== 'selfPay').map((p) => `${p.label} ${p.text} ${yuan}`)
    : views
        .filter((x): x is ValueView => x.t === 'value')
        .slice(0, 4)
        .map((x) => `${x.label} ${x.text}${x.unit ? ` ${x.unit}` : ''}`);
  return {
    notices,
    split,
    views,
    steps,
    basis: basisOf(
      steps.map((st) => st.rule),
      lang,
    ),
    summary: `${t('done', lang)} ${said.join(sep)}`,
  };
}

/**
 * The steps' rules in one line, each article once, grouped by document in the order met:
 * "嘉政发〔2014〕87号 第二十三条、第二十五条；嘉政办发〔2014〕101号 二".
 */
export function basisOf(rules: string[], lang: Lang): string {
  const byDocument = new Map<string, string[]>();
  for (const r of rules) {
    // "87号 第十三条（一）；第十三条（二）": a piece without its document is of the one before it
    let doc = '';
    for (const piece of r.split(/[；;]\s*/)) {
      const m = /^(\S+号)\s*(.*)$/.exec(piece.trim());
      const article = (m ? m[2]! : piece).trim();
      if (m) doc = m[1]!;
      if (!doc) continue;
      const list = byDocument.get(doc) ?? [];
      if (article && !list.includes(article)) list.push(article);
      byDocument.set(doc, list);
    }
  }
  const [and, sep] = lang === 'en' ? [', ', '; '] : ['、', '；'];
  return [...byDocument].map(([doc, articles]) => (articles.length ? `${doc} ${articles.join(and)}` : doc)).join(sep);
}
