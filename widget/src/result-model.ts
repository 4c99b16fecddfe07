/**
 * Result presentation, without a DOM: a calculator's answer (+ its output JSON Schema) → what a citizen
 * reads: the split of their money (numbers and bar geometry), the other figures, per-item tables and the
 * cited steps of the trace. Pure; the renderer (render-result.ts) only draws this.
 */
import { formatShare, formatYuan } from './format';
import { descriptionIn, FIELD_LABELS, humanize, t, tr, VALUE_LABELS } from './i18n';
import type { JsonSchema, Lang, Localized, Trace } from './types';
import { resolveRef } from './form-model';

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
  label: string;
  total: number;
  totalText: string;
  parts: SplitPart[];
}
export interface Figure {
  key: string;
  label: string;
  text: string;
  unit?: string;
}
export interface Table {
  key: string;
  label: string;
  columns: { key: string; label: string; numeric: boolean }[];
  rows: string[][];
}
export interface StepView {
  title: string;
  rule: string;
  formula: string;
  result: string;
  note?: string;
}
export interface ResultModel {
  split: Split | null;
  figures: Figure[];
  tables: Table[];
  steps: StepView[];
  /** one sentence for the live region */
  summary: string;
}

export interface ResultOverlay {
  /** per-item tables: which columns, in which order; 'index' columns are shown counting from 1 */
  tables?: Record<string, { label?: Localized; columns: { key: string; label?: Localized; index?: boolean }[] }>;
  labels?: Record<string, Localized>;
  /** labels of the answer's codes, by path then by code */
  options?: Record<string, Record<string, Localized>>;
}

const MONEY_KEYS: readonly string[] = [...SPLIT_KEYS, 'eligible'];

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function hasMoney(s: JsonSchema | undefined): boolean {
  if (!s) return false;
  if (s['x-unit'] === 'CNY') return true;
  return Object.values(s.properties ?? {}).some(hasMoney) || hasMoney(s.items) || (s.anyOf ?? s.oneOf ?? []).some(hasMoney);
}

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

export function createFormatter(lang: Lang, overlay: ResultOverlay = {}) {
  const label = (key: string, s?: JsonSchema, v?: unknown): string => {
    // the dictionary's money words ("eligible amount") only fit numbers: a boolean "eligible" is another thing
    const l =
      overlay.labels?.[key] ?? (v !== undefined && typeof v !== 'number' && MONEY_KEYS.includes(key) ? undefined : FIELD_LABELS[key]);
    if (l) return tr(l, lang);
    const d = descriptionIn(s?.description, lang);
    return d ? d.split(/[;；:：]|\s\(|（/)[0]!.trim() : humanize(key);
  };
  const isMoney = (key: string, s?: JsonSchema) => s?.['x-unit'] === 'CNY' || MONEY_KEYS.includes(key);
  const value = (v: unknown, money: boolean): string => {
    if (typeof v === 'number') return money ? formatYuan(v) : String(v);
    if (typeof v === 'boolean') return t(v ? 'yes' : 'no', lang);
    if (typeof v === 'string') {
      const l = Object.values(overlay.options ?? {}).find((o) => o[v])?.[v] ?? VALUE_LABELS[v];
      return l ? tr(l, lang) : v;
    }
    if (v === null || v === undefined) return '—';
    if (Array.isArray(v)) return v.map((x) => value(x, money)).join(', ');
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${label(k)} ${value(x, money || isMoney(k))}`)
      .join('；');
  };
  return { label, isMoney, value };
}

export function buildSplit(obj: Record<string, unknown>, lang: Lang, heading: string): Split | null {
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
  return { label: heading, total, totalText: formatYuan(total), parts };
}

const capitalise = (s: string, lang: Lang) => (lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/**
 * The item each step belongs to, for answers whose items point at their steps (the settlement's claims[].traceSteps):
 * "第2笔（2015-03-01 门诊）" / "Bill 2 (2015-03-01 outpatient)".
 */
function stepGroups(output: Record<string, unknown>, lang: Lang): Map<number, string> {
  const out = new Map<number, string>();
  const items = Array.isArray(output.claims) ? (output.claims as Record<string, unknown>[]) : [];
  for (const item of items) {
    if (!isObj(item) || !Array.isArray(item.traceSteps)) continue;
    const n = Number(item.index) + 1;
    const kind = String(item.kind ?? '');
    const kindText = VALUE_LABELS[kind] ? tr(VALUE_LABELS[kind]!, lang) : kind;
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
): ResultModel {
  const root = outputSchema;
  const f = createFormatter(lang, overlay);
  const yuan = t('yuan', lang);
  const moneyCalc = hasMoney(outputSchema);
  let split: Split | null = null;
  const figures: Figure[] = [];
  const tables: Table[] = [];
  let steps: StepView[] = [];

  const scalar = (key: string, v: unknown, s: JsonSchema | undefined, prefix = ''): Figure => {
    const money = typeof v === 'number' && f.isMoney(key, s);
    return {
      key: prefix ? `${prefix}.${key}` : key,
      label: prefix ? `${f.label(prefix)} · ${f.label(key, s, v)}` : f.label(key, s, v),
      text: f.value(v, money),
      unit: money ? yuan : undefined,
    };
  };

  for (const [key, v] of Object.entries(output)) {
    if (key === 'data') continue;
    const s = propSchema(root, key, root);
    if (key === 'trace' && isObj(v) && Array.isArray(v.steps)) {
      const groups = stepGroups(output, lang);
      steps = (v as unknown as Trace).steps.filter(isObj).map((st, i) => ({
        title: groups.has(i) ? `${groups.get(i)}${lang === 'en' ? ': ' : '：'}${tr(st.name, lang)}` : capitalise(tr(st.name, lang), lang),
        rule: String(st.rule ?? ''),
        formula: tr(st.formula, lang),
        result: f.value(st.result, moneyCalc),
        note: st.note ? tr(st.note, lang) : undefined,
      }));
      continue;
    }
    if (isObj(v)) {
      const sp: Split | null = split ? null : buildSplit(v, lang, t('chartTitle', lang));
      if (sp) {
        split = sp;
        if (typeof v.eligible === 'number') figures.push(scalar('eligible', v.eligible, propSchema(s, 'eligible', root)));
        continue;
      }
      for (const [k, x] of Object.entries(v)) if (!isObj(x) && !Array.isArray(x)) figures.push(scalar(k, x, propSchema(s, k, root), key));
      continue;
    }
    if (Array.isArray(v)) {
      if (v.every(isObj)) {
        if (v.length === 0) continue;
        const spec = overlay.tables?.[key];
        const itemSchema = s?.items ? resolveRef(s.items, root) : undefined;
        const cols = spec
          ? spec.columns
          : Object.keys(v[0] as object)
              .filter((k) => !isObj((v[0] as Record<string, unknown>)[k]) && !Array.isArray((v[0] as Record<string, unknown>)[k]))
              .map((k) => ({ key: k, label: undefined, index: false }));
        tables.push({
          key,
          label: spec?.label ? tr(spec.label, lang) : f.label(key, s),
          columns: cols.map((c) => ({
            key: c.key,
            label: c.label ? tr(c.label, lang) : f.label(c.key, propSchema(itemSchema, c.key, root)),
            numeric: typeof (v[0] as Record<string, unknown>)[c.key] === 'number',
          })),
          rows: (v as Record<string, unknown>[]).map((row) =>
            cols.map((c) => {
              const x = row[c.key];
              if (c.index && typeof x === 'number') return String(x + 1);
              return f.value(x, typeof x === 'number' && f.isMoney(c.key, propSchema(itemSchema, c.key, root)));
            }),
          ),
        });
      } else {
        figures.push(scalar(key, v, s));
      }
      continue;
    }
    figures.push(scalar(key, v, s));
  }

  const said = split
    ? (split as Split).parts.filter((p) => p.amount !== 0 || p.key !== 'selfPay').map((p) => `${p.label} ${p.text} ${yuan}`)
    : figures.slice(0, 4).map((x) => `${x.label} ${x.text}${x.unit ? ` ${x.unit}` : ''}`);
  return { split, figures, tables, steps, summary: `${t('done', lang)} ${said.join(lang === 'en' ? '; ' : '；')}` };
}
