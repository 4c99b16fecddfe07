/**
 * Form generation, without a DOM: a calculator's input JSON Schema (+ how it reads, `x-form`) → a tree of form nodes;
 * the form's state ↔ the request body, with the same checks the schema states (required, number, integer, bounds,
 * two decimals for yuan, dates, list sizes). Every shape is a control a person can fill: lists of objects are
 * repeatable groups, maps (a record keyed by year…) are rows of key and value, unions are a choice of kind; there is
 * no JSON to type. Pure functions, unit-tested in Node; the renderer (render-form.ts) only draws these nodes.
 */
import { normalizeNumber } from './normalize';
import { percentOf } from '../../src/engine/format';
import { ratioOfPercent } from './format';
import { descriptionIn, FIELD_LABELS, humanize, itemName, t, tr, VALUE_LABELS } from './i18n';
import type { FieldError, JsonSchema, Lang, Localized } from './types';

export interface Option {
  value: string;
  label: string;
}

interface Base {
  /** property name in the request ('' for list items) */
  key: string;
  /** where the node is described in `x-form` (the most specific path: `claims.*.inpatient.date`) */
  path: string;
  label: string;
  hint?: string;
  required: boolean;
}
export interface FieldNode extends Base {
  t: 'field';
  control: 'text' | 'number' | 'date' | 'datetime' | 'month' | 'select' | 'radio' | 'year' | 'hidden';
  /** 'auto': a union of a number and a string, or a value of any type: a number when it reads as one */
  valueType: 'string' | 'number' | 'integer' | 'boolean' | 'auto';
  options?: Option[];
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  exclusiveMax?: boolean;
  /** 'CNY' → an amount in yuan: at most two decimals; 'ratio' → a fraction, typed and shown as a percentage */
  unit?: string;
  /** initial value when the example has none (schema default) */
  default?: string;
  constValue?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}
export interface GroupNode extends Base {
  t: 'group';
  children: Node[];
}
export interface ListNode extends Base {
  t: 'list';
  min: number;
  max: number;
  /** noun for one item: "费用" → "第 2 笔费用", "＋ 添加费用" */
  itemLabel: string;
  item: Node;
}
/** A record (`{ "2015": 120 }`): rows of a key and its value. */
export interface MapNode extends Base {
  t: 'map';
  itemLabel: string;
  keyField: FieldNode;
  value: Node;
}
export interface VariantNode extends Base {
  t: 'variant';
  /** the property whose constant tells the variants apart (e.g. "kind"); for a union without one, ALT (not sent) */
  discriminator: string;
  discriminatorLabel: string;
  variants: { value: string; constValue: unknown; label: string; node: GroupNode }[];
}
export type Node = FieldNode | GroupNode | ListNode | MapNode | VariantNode;

/** The state key of the choice between the alternatives of a union that has no discriminating property. */
export const ALT = '$alt';
/** State keys of a map row. */
export const MAP_KEY = '$key';
export const MAP_VALUE = '$value';

/**
 * How a calculator's form reads (its `x-form`), by path: 'person.scheme', 'claims.*.date', 'claims.*.inpatient.level'
 * (a field of one kind of item); a map's key is '<path>.$key' and its value '<path>.*'.
 */
export interface FormOverlay {
  labels?: Record<string, Localized>;
  hints?: Record<string, Localized>;
  /** option labels by path (or by property name) then by value */
  options?: Record<string, Record<string, Localized>>;
  controls?: Record<string, 'radio' | 'select'>;
  /** paths left out of the form (the API's defaults apply) */
  hidden?: string[];
  /** paths required in this form although the schema allows alternatives */
  required?: string[];
  /** noun for one item of a list or map, by path */
  itemLabels?: Record<string, Localized>;
}

/** A year a form offers: the table's covered years, those after its verified-through date marked. */
export interface YearOption {
  year: number;
  /** the values of that year are carried forward from the latest source, not checked against later documents */
  carried: boolean;
}

/**
 * The years a form offers for a year field: from the year the table's data starts through the current year (or the
 * end of its data), each after the verified-through date marked as carried forward. Empty without coverage.
 */
export function coveredYears(
  coverage: { from: string; to: string | null; verifiedThrough: string } | null | undefined,
  today: string,
): YearOption[] {
  if (!coverage) return [];
  const first = Number(coverage.from.slice(0, 4));
  const last = Math.min(Number(today.slice(0, 4)), coverage.to ? Number(coverage.to.slice(0, 4)) : 9999);
  const out: YearOption[] = [];
  for (let y = first; y <= last; y++) out.push({ year: y, carried: `${y}-01-01` > coverage.verifiedThrough });
  return out;
}

interface Ctx {
  root: JsonSchema;
  lang: Lang;
  overlay: FormOverlay;
  years: YearOption[];
}

/** Candidate overlay keys for a node, most specific first. */
const candidates = (path: string[], plain: string[]) => {
  const a = path.join('.');
  const b = plain.join('.');
  return a === b ? [a] : [a, b];
};
const lookup = <T>(table: Record<string, T> | undefined, keys: string[]): T | undefined => {
  if (!table) return undefined;
  for (const k of keys) if (Object.hasOwn(table, k)) return table[k];
  return undefined;
};

export function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let s = schema;
  for (let i = 0; s.$ref && i < 20; i++) {
    const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(s.$ref);
    const target = m ? (root as Record<string, Record<string, JsonSchema> | undefined>)[m[1]!]?.[decodeURIComponent(m[2]!)] : undefined;
    if (!target) break;
    const { $ref: _drop, ...rest } = s;
    s = { ...target, ...rest };
  }
  return s;
}

const typeOf = (s: JsonSchema): string | undefined => {
  if (Array.isArray(s.type)) {
    const types = s.type.filter((x) => x !== 'null');
    return types.length === 1 ? types[0] : undefined;
  }
  if (s.type) return s.type;
  if (s.properties) return 'object';
  if (s.items) return 'array';
  return undefined;
};

/** anyOf/oneOf with a null member → the other member, optional. */
function unwrapNullable(s: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const alts = s.anyOf ?? s.oneOf;
  if (alts?.some((a) => a.type === 'null')) {
    const rest = alts.filter((a) => a.type !== 'null');
    const { anyOf: _a, oneOf: _o, ...outer } = s;
    return { schema: rest.length === 1 ? { ...rest[0], ...outer } : { ...outer, anyOf: rest }, nullable: true };
  }
  if (Array.isArray(s.type) && s.type.includes('null')) return { schema: s, nullable: true };
  return { schema: s, nullable: false };
}

function optionLabel(value: unknown, keys: string[], key: string, ctx: Ctx): string {
  const v = String(value);
  const table = lookup(ctx.overlay.options, [...keys, key]);
  const l = table?.[v] ?? VALUE_LABELS[v];
  return l ? tr(l, ctx.lang) : v;
}

const CJK = /[\u3400-\u9fff]/;
const firstClause = (d: string) =>
  d
    .split(/[;；:：]|\s\(|（/)[0]!
    .replace(/^\((.*)\)$/, '$1')
    .trim();

/**
 * A label from a schema description, in the reader's language. In Chinese only a description wholly in Chinese is
 * used (fragments cut out of a mixed one read as nonsense: "三（一）2"); otherwise the English words, which the
 * widget scan then reports as missing wording.
 */
function fromDescription(description: string | undefined, lang: Lang): { label: string; hint?: string } | undefined {
  if (!description) return undefined;
  const d = lang === 'zh-CN' && CJK.test(description) && !/[A-Za-z]{2}/.test(description) ? description : descriptionIn(description, 'en');
  if (!d) return undefined;
  const label = firstClause(d);
  // a description that opens with a list of codes ("level1_essential_drugs: …") names no field
  if (!label || /^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+$|^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(label)) return undefined;
  return { label, hint: d.length > label.length + 2 ? d : undefined };
}

function labelOf(key: string, s: JsonSchema, keys: string[], ctx: Ctx): { label: string; hint?: string } {
  const over = lookup(ctx.overlay.labels, keys);
  const hintOver = lookup(ctx.overlay.hints, keys);
  const hint = hintOver ? tr(hintOver, ctx.lang) : undefined;
  if (over) return { label: tr(over, ctx.lang), hint };
  const dict = FIELD_LABELS[key];
  if (dict) return { label: tr(dict, ctx.lang), hint };
  const d = fromDescription(s.description, ctx.lang);
  if (d) return { label: d.label, hint: hint ?? d.hint };
  return { label: key ? humanize(key) : '', hint };
}

function scalarOptions(s: JsonSchema): unknown[] | undefined {
  if (Array.isArray(s.enum)) return s.enum;
  const alts = s.anyOf ?? s.oneOf;
  if (alts && alts.length > 0 && alts.every((a) => a.const !== undefined && typeof a.const !== 'object')) return alts.map((a) => a.const);
  return undefined;
}

/** The property that has a distinct constant in every alternative (a discriminated union). */
function discriminatorOf(alts: JsonSchema[], root: JsonSchema): string | undefined {
  const objs = alts.map((a) => resolveRef(a, root));
  if (!objs.every((o) => o.properties)) return undefined;
  const first = objs[0]!.properties!;
  return Object.keys(first).find((k) => {
    const consts = objs.map((o) => {
      const p = o.properties![k];
      return p ? (p.const ?? (p.enum?.length === 1 ? p.enum[0] : undefined)) : undefined;
    });
    return consts.every((c) => c !== undefined) && new Set(consts.map(String)).size === consts.length;
  });
}

const isYearKey = (s: JsonSchema | undefined) => !!s?.pattern && /^\^\\d\{4\}\$$/.test(s.pattern);

function booleanField(base: Base, s: JsonSchema, keys: string[], ctx: Ctx): FieldNode {
  // 是 / 否, and "not known" where the field may be left out without a default (an undetermined answer, not a no)
  const unknown = !base.required && s.default === undefined;
  const values = unknown ? ['true', 'false', ''] : ['true', 'false'];
  return {
    ...base,
    t: 'field',
    control: lookup(ctx.overlay.controls, keys) ?? 'radio',
    valueType: 'boolean',
    options: values.map((v) => ({ value: v, label: v ? optionLabel(v, keys, base.key, ctx) : t('notKnown', ctx.lang) })),
    default: s.default === undefined ? undefined : String(s.default),
  };
}

function build(raw: JsonSchema, key: string, requiredHere: boolean, path: string[], plain: string[], ctx: Ctx): Node | null {
  const keys = candidates(path, plain);
  if (ctx.overlay.hidden && keys.some((k) => ctx.overlay.hidden!.includes(k))) return null;
  const { schema: s, nullable } = unwrapNullable(resolveRef(raw, ctx.root));
  const required = (requiredHere && !nullable) || keys.some((k) => ctx.overlay.required?.includes(k) ?? false);
  const { label, hint } = labelOf(key, s, keys, ctx);
  const base: Base = { key, path: keys[0]!, label, hint, required };
  const text = (valueType: FieldNode['valueType'] = 'auto'): FieldNode => ({ ...base, t: 'field', control: 'text', valueType });

  if (s.const !== undefined && !s.enum) {
    return { ...base, t: 'field', control: 'hidden', valueType: 'auto', constValue: s.const, required: true };
  }
  const opts = scalarOptions(s);
  if (opts) {
    if (opts.every((o) => typeof o === 'boolean')) return booleanField(base, s, keys, ctx);
    const numeric = opts.every((o) => typeof o === 'number');
    return {
      ...base,
      t: 'field',
      control: lookup(ctx.overlay.controls, keys) ?? 'select',
      valueType: numeric ? (opts.every((o) => Number.isInteger(o)) ? 'integer' : 'number') : 'string',
      options: opts.map((o) => ({ value: String(o), label: optionLabel(o, keys, key, ctx) })),
      default: s.default === undefined ? undefined : String(s.default),
    };
  }
  const alts = s.oneOf ?? s.anyOf;
  if (alts && alts.length > 0) {
    const objects = alts.map((a) => resolveRef(a, ctx.root));
    if (!objects.every((o) => typeOf(o) === 'object')) return text(); // a number or a text, say: typed as text, sent as what it reads as
    const disc = discriminatorOf(alts, ctx.root);
    const variants = objects.map((o, i) => {
      const p = disc ? o.properties![disc]! : undefined;
      const constValue = p ? (p.const ?? p.enum![0]) : i;
      const value = String(constValue);
      const props = { ...o.properties };
      if (disc) delete props[disc];
      const node = buildObject({ ...o, properties: props }, key, required, [...path, value], plain, ctx);
      const fallback = o.title ?? o.description;
      const vl =
        disc || lookup(ctx.overlay.options, keys)?.[value]
          ? optionLabel(
              value,
              keys.map((k) => (disc ? `${k}.${disc}` : k)),
              disc ?? key,
              ctx,
            )
          : fallback
            ? firstClause(fallback)
            : `${i + 1}`;
      return { value, constValue, label: vl, node };
    });
    const dl = disc
      ? labelOf(
          disc,
          objects[0]!.properties![disc]!,
          keys.map((k) => `${k}.${disc}`),
          ctx,
        )
      : { label };
    return { ...base, t: 'variant', discriminator: disc ?? ALT, discriminatorLabel: dl.label, variants };
  }
  const type = typeOf(s);
  if (type === 'object') {
    if (s.properties && Object.keys(s.properties).length > 0) return buildObject(s, key, required, path, plain, ctx);
    // a record: rows of key and value (a free-form object: text keys, values typed as they read)
    const valueSchema = typeof s.additionalProperties === 'object' ? s.additionalProperties : {};
    const value = build(valueSchema, '', true, [...path, '*'], [...plain, '*'], ctx);
    const keyKeys = keys.map((k) => `${k}.$key`);
    const keyLabel = labelOf(isYearKey(s.propertyNames) ? 'year' : '', s.propertyNames ?? {}, keyKeys, ctx);
    const keyField: FieldNode = isYearKey(s.propertyNames)
      ? yearField({ key: MAP_KEY, path: keyKeys[0]!, ...keyLabel, required: true }, ctx)
      : {
          key: MAP_KEY,
          path: keyKeys[0]!,
          ...keyLabel,
          required: true,
          t: 'field',
          control: 'text',
          valueType: 'string',
          pattern: s.propertyNames?.pattern,
        };
    if (!value) return null;
    const noun = lookup(ctx.overlay.itemLabels, keys);
    return { ...base, t: 'map', itemLabel: noun ? tr(noun, ctx.lang) : t('item', ctx.lang), keyField, value };
  }
  if (type === 'array') {
    const item = build(s.items ?? {}, '', true, [...path, '*'], [...plain, '*'], ctx);
    if (!item) return null;
    const noun = lookup(ctx.overlay.itemLabels, keys);
    const itemLabel = noun ? tr(noun, ctx.lang) : t('item', ctx.lang);
    if (item.t === 'field' && !lookup(ctx.overlay.labels, candidates([...path, '*'], [...plain, '*']))) item.label = itemLabel;
    return {
      ...base,
      t: 'list',
      min: s.minItems ?? 0,
      max: s.maxItems ?? 1000,
      itemLabel,
      item,
      // minItems constrains a list that is sent; an optional list (e.g. planning blocks) may be left out entirely.
      required,
    };
  }
  if (type === 'boolean') return booleanField(base, s, keys, ctx);
  if (type === 'number' || type === 'integer') {
    if (type === 'integer' && key === 'year' && ctx.years.length) return yearField(base, ctx, s.default);
    // a fraction (x-unit ratio) is typed as a percentage: its bounds and default too
    const shown = (n: number | undefined) => (n === undefined || s['x-unit'] !== 'ratio' ? n : percentOf(n));
    return {
      ...base,
      t: 'field',
      control: 'number',
      valueType: type,
      min: shown(s.minimum ?? s.exclusiveMinimum),
      max: shown(s.maximum ?? s.exclusiveMaximum),
      exclusiveMin: s.minimum === undefined && s.exclusiveMinimum !== undefined,
      exclusiveMax: s.maximum === undefined && s.exclusiveMaximum !== undefined,
      unit: s['x-unit'],
      default: s.default === undefined ? undefined : String(shown(s.default as number)),
    };
  }
  if (type === 'string') {
    // a code the schema cannot enumerate (a row of a workbook sheet) but the presentation names: chosen, not typed
    const named = lookup(ctx.overlay.options, keys);
    if (named && !s.format && Object.keys(named).length > 0) {
      return {
        ...base,
        t: 'field',
        control: lookup(ctx.overlay.controls, keys) ?? 'select',
        valueType: 'string',
        options: Object.keys(named).map((v) => ({ value: v, label: tr(named[v]!, ctx.lang) })),
        default: s.default === undefined ? undefined : String(s.default),
      };
    }
    const p = s.pattern ?? '';
    const control: FieldNode['control'] =
      s.format === 'date' || (s.format === undefined && !p && /(^d|D)ate$/.test(key))
        ? 'date'
        : s.format === 'date-time' || /T\\d\{2\}:\\d\{2\}/.test(p)
          ? 'datetime'
          : /^\^\\d\{4\}-\(?0\[1-9\]\|1\[0-2\]\)?\$$/.test(p)
            ? 'month'
            : 'text';
    return {
      ...base,
      t: 'field',
      control,
      valueType: 'string',
      pattern: s.pattern,
      minLength: s.minLength,
      maxLength: s.maxLength,
      default: s.default === undefined ? undefined : String(s.default),
    };
  }
  return text();
}

/** A year chosen from the covered years (a select), sent as a number. */
function yearField(base: Base, ctx: Ctx, def?: unknown): FieldNode {
  return {
    ...base,
    t: 'field',
    control: 'year',
    valueType: 'integer',
    options: ctx.years.map((y) => ({ value: String(y.year), label: y.carried ? t('carriedForward', ctx.lang, y.year) : String(y.year) })),
    default: def === undefined ? undefined : String(def),
  };
}

function buildObject(s: JsonSchema, key: string, required: boolean, path: string[], plain: string[], ctx: Ctx): GroupNode {
  const req = new Set(s.required ?? []);
  const children: Node[] = [];
  for (const [k, sub] of Object.entries(s.properties ?? {})) {
    const n = build(sub, k, req.has(k), [...path, k], [...plain, k], ctx);
    if (n) children.push(n);
  }
  const keys = candidates(path, plain);
  const { label, hint } = path.length === 0 ? { label: '', hint: undefined } : labelOf(key, s, keys, ctx);
  return { t: 'group', key, path: keys[0]!, label, hint, required, children };
}

/**
 * The form of a calculator: its input schema, refined by how it reads (`x-form`), labelled in one language; a `year`
 * is chosen from `years` (the table's covered years) when given.
 */
export function buildFormModel(schema: JsonSchema, lang: Lang, overlay: FormOverlay = {}, years: YearOption[] = []): GroupNode {
  return buildObject(resolveRef(schema, schema), '', true, [], [], { root: schema, lang, overlay, years });
}

// ---------------------------------------------------------------------------------------------
// Form state: what the controls hold (strings, lists, objects), independent of the DOM.

export type State = string | State[] | { [k: string]: State };
export type StateObject = { [k: string]: State };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const variantOf = (node: VariantNode, st: StateObject) =>
  node.variants.find((x) => x.value === st[node.discriminator]) ?? node.variants[0]!;

/** Which alternative of a union without a discriminator a value is: the first whose required properties it has. */
function alternativeFor(node: VariantNode, value: Record<string, unknown>) {
  return (node.variants.find((v) => v.node.children.every((c) => !c.required || Object.hasOwn(value, c.key))) ?? node.variants[0]!).value;
}

/** Initial state of a node from a value (the calculator's example), else the schema's defaults. */
export function initialState(node: Node, value?: unknown): State {
  switch (node.t) {
    case 'field':
      if (value === undefined || value === null) return node.default ?? '';
      if (node.unit === 'ratio' && typeof value === 'number') return String(percentOf(value));
      return typeof value === 'object' ? '' : String(value);
    case 'group': {
      const out: StateObject = {};
      for (const c of node.children) out[c.key] = initialState(c, isObj(value) ? value[c.key] : undefined);
      return out;
    }
    case 'list': {
      if (Array.isArray(value)) return value.map((v) => initialState(node.item, v));
      return Array.from({ length: node.required ? node.min : 0 }, () => initialState(node.item));
    }
    case 'map':
      return isObj(value)
        ? Object.entries(value).map(([k, v]) => ({ [MAP_KEY]: k, [MAP_VALUE]: initialState(node.value, v) }))
        : node.required
          ? [{ [MAP_KEY]: '', [MAP_VALUE]: initialState(node.value) }]
          : [];
    case 'variant': {
      const wanted = isObj(value)
        ? node.discriminator === ALT
          ? alternativeFor(node, value)
          : String(value[node.discriminator])
        : undefined;
      const v = node.variants.find((x) => x.value === wanted) ?? node.variants[0]!;
      return { [node.discriminator]: v.value, ...(initialState(v.node, value) as StateObject) };
    }
  }
}

/**
 * Switches a variant item to another alternative, keeping the values of the fields both share (the date
 * and amount of a bill stay when its type changes).
 */
export function switchVariant(node: VariantNode, state: StateObject, to: string): StateObject {
  const v = node.variants.find((x) => x.value === to) ?? node.variants[0]!;
  const fresh = initialState(v.node) as StateObject;
  for (const c of v.node.children)
    if (Object.hasOwn(state, c.key) && typeof state[c.key] === typeof fresh[c.key]) fresh[c.key] = state[c.key]!;
  return { [node.discriminator]: v.value, ...fresh };
}

const isBlank = (s: State | undefined): boolean =>
  s === undefined || s === '' || (Array.isArray(s) ? s.length === 0 : typeof s === 'object' && Object.values(s).every(isBlank));

/**
 * An optional group the reader left as it was: every field blank or at its default (a yes/no that starts at "no").
 * It is left out of the request, so a section nobody filled in asks for none of its required fields.
 */
function untouched(node: Node, s: State | undefined): boolean {
  if (node.t === 'field') return isBlank(s) || (node.default !== undefined && s === node.default);
  if (node.t === 'group') {
    const st = isObj(s) ? (s as StateObject) : {};
    return node.children.every((c) => untouched(c, st[c.key]));
  }
  return isBlank(s);
}

export const pointerOf = (parent: string, key: string | number) => `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** The pointer of a map row: its key, as the API points at it; a row whose key is not chosen yet by its position (`~0`, which no JSON Pointer is). */
export const rowPointer = (parent: string, row: State | undefined, i: number) => {
  const k = isObj(row) ? row[MAP_KEY] : undefined;
  return typeof k === 'string' && k ? pointerOf(parent, k) : `${parent}/~${i}`;
};

function isCalendarDate(s: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function fieldValue(node: FieldNode, state: State | undefined, pointer: string, lang: Lang, errors: FieldError[]): unknown {
  const err = (message: string) => {
    errors.push({ pointer, message });
    return undefined;
  };
  if (node.control === 'hidden') return node.constValue;
  const s = typeof state === 'string' ? state.trim() : '';
  if (s === '') return node.required ? err(t(node.options ? 'requiredChoice' : 'required', lang)) : undefined;
  if (node.valueType === 'boolean') return s === 'true';
  if (node.valueType === 'number' || node.valueType === 'integer' || node.valueType === 'auto') {
    const read = normalizeNumber(s);
    if (node.valueType === 'auto') return read.ok ? read.value : s;
    if (!read.ok) return err(t(read.why, lang));
    const n = read.value;
    if (node.valueType === 'integer' && !Number.isInteger(n)) return err(t('notInteger', lang));
    if (node.min !== undefined && (node.exclusiveMin ? n <= node.min : n < node.min)) return err(t('tooSmall', lang, node.min));
    if (node.max !== undefined && (node.exclusiveMax ? n >= node.max : n > node.max)) return err(t('tooLarge', lang, node.max));
    if (node.unit === 'CNY' && !/^-?\d+(\.\d{1,2})?$/.test(read.text)) return err(t('tooManyDecimals', lang));
    return node.unit === 'ratio' ? ratioOfPercent(n) : n;
  }
  if (node.control === 'date' && !isCalendarDate(s)) return err(t('badDate', lang));
  if (node.options && !node.options.some((o) => o.value === s)) return err(t('requiredChoice', lang));
  if (node.pattern && !new RegExp(node.pattern, 'u').test(s)) return err(t('badPattern', lang));
  if (node.minLength !== undefined && s.length < node.minLength) return err(t('required', lang));
  if (node.maxLength !== undefined && s.length > node.maxLength) return err(t('tooLarge', lang, node.maxLength));
  return s;
}

function collect(node: Node, state: State | undefined, pointer: string, lang: Lang, errors: FieldError[]): unknown {
  switch (node.t) {
    case 'field':
      return fieldValue(node, state, pointer, lang, errors);
    case 'group': {
      const st = isObj(state) ? (state as StateObject) : {};
      if (!node.required && pointer !== '' && untouched(node, st)) return undefined;
      const out: Record<string, unknown> = {};
      for (const c of node.children) {
        const v = collect(c, st[c.key], pointerOf(pointer, c.key), lang, errors);
        if (v !== undefined) out[c.key] = v;
      }
      return out;
    }
    case 'list': {
      const items = Array.isArray(state) ? state : [];
      if (items.length === 0 && !node.required) return undefined;
      if (items.length < node.min) errors.push({ pointer, message: t('tooFewItems', lang, node.min) });
      if (items.length > node.max) errors.push({ pointer, message: t('tooManyItems', lang, node.max) });
      return items.map((s, i) => collect(node.item, s, pointerOf(pointer, i), lang, errors));
    }
    case 'map': {
      const rows = Array.isArray(state) ? state : [];
      if (rows.length === 0 && !node.required) return undefined;
      const out: Record<string, unknown> = {};
      rows.forEach((row, i) => {
        const r = isObj(row) ? (row as StateObject) : {};
        const at = rowPointer(pointer, r, i);
        const k = fieldValue(node.keyField, r[MAP_KEY], `${at}#key`, lang, errors);
        const v = collect(node.value, r[MAP_VALUE], at, lang, errors);
        if (k === undefined) return;
        if (Object.hasOwn(out, String(k))) errors.push({ pointer: `${at}#key`, message: t('duplicate', lang) });
        else out[String(k)] = v;
      });
      return out;
    }
    case 'variant': {
      const st = isObj(state) ? (state as StateObject) : {};
      const v = variantOf(node, st);
      const body = collect(v.node, st, pointer, lang, errors) as Record<string, unknown>;
      return node.discriminator === ALT ? body : { [node.discriminator]: v.constValue, ...body };
    }
  }
}

/** The request body the form describes, and every problem found before sending it (with JSON Pointers). */
export function toRequest(model: GroupNode, state: State, lang: Lang): { body: Record<string, unknown>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const body = collect(model, state, '', lang, errors) as Record<string, unknown>;
  return { body, errors };
}

/**
 * Where each error is shown: at the deepest rendered node whose pointer is the error's pointer or a prefix
 * of it (an error in a hidden field shows on its bill); errors that match nothing stay in the summary only.
 */
export function placeErrors(errors: FieldError[], rendered: Iterable<string>): { at: Map<string, string[]>; unplaced: FieldError[] } {
  const known = [...rendered].filter((p) => p !== '').sort((a, b) => b.length - a.length);
  const at = new Map<string, string[]>();
  const unplaced: FieldError[] = [];
  for (const e of errors) {
    const p = known.find((k) => e.pointer === k || e.pointer.startsWith(`${k}/`) || e.pointer.startsWith(`${k}#`));
    if (p === undefined) unplaced.push(e);
    else if (!at.get(p)?.includes(e.message)) at.set(p, [...(at.get(p) ?? []), e.message]);
  }
  return { at, unplaced };
}

/** Every pointer the form renders for a state (fields, groups, lists, items, map rows and their keys). */
export function renderedPointers(node: Node, state: State | undefined, pointer = ''): string[] {
  switch (node.t) {
    case 'field':
      return node.control === 'hidden' ? [] : [pointer];
    case 'group': {
      const st = isObj(state) ? (state as StateObject) : {};
      return [pointer, ...node.children.flatMap((c) => renderedPointers(c, st[c.key], pointerOf(pointer, c.key)))];
    }
    case 'list': {
      const items = Array.isArray(state) ? state : [];
      return [pointer, ...items.flatMap((s, i) => renderedPointers(node.item, s, pointerOf(pointer, i)))];
    }
    case 'map': {
      const rows = Array.isArray(state) ? state : [];
      return [
        pointer,
        ...rows.flatMap((r, i) => {
          const at = rowPointer(pointer, r, i);
          return [at, `${at}#key`, ...renderedPointers(node.value, isObj(r) ? (r as StateObject)[MAP_VALUE] : undefined, at)];
        }),
      ];
    }
    case 'variant': {
      const st = isObj(state) ? (state as StateObject) : {};
      return [
        pointer,
        pointerOf(pointer, node.discriminator),
        ...renderedPointers(variantOf(node, st).node, st, pointer).filter((p) => p !== pointer),
      ];
    }
  }
}

const unescapePointer = (seg: string) => seg.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * What a pointer names, in words, for the error summary: the items it passes through and the field it ends at
 * ("第 2 笔费用 · 就诊日期", "出生日期"); never the pointer itself. Empty for the request as a whole.
 */
export function describePointer(model: GroupNode, state: State, pointer: string, lang: Lang): string {
  const parts: string[] = [];
  let pending = '';
  let node: Node | undefined = model;
  let st: State | undefined = state;
  const onKey = pointer.endsWith('#key');
  const path = onKey ? pointer.slice(0, -4) : pointer;
  for (const seg of path.split('/').slice(1).map(unescapePointer)) {
    if (node?.t === 'variant') {
      const obj: StateObject = isObj(st) ? (st as StateObject) : {};
      if (seg === node.discriminator) {
        pending = node.discriminatorLabel;
        node = undefined;
        break;
      }
      node = variantOf(node, obj).node;
    }
    if (node?.t === 'group') {
      node = node.children.find((x) => x.key === seg);
      st = isObj(st) ? (st as StateObject)[seg] : undefined;
      pending = node?.label ?? pending;
    } else if (node?.t === 'list') {
      const index = Number(seg);
      if (Number.isInteger(index)) parts.push(itemName(node.itemLabel, index, lang));
      st = Array.isArray(st) ? st[index] : undefined;
      node = node.item;
      pending = '';
    } else if (node?.t === 'map') {
      parts.push(seg.startsWith('~') ? node.itemLabel : node.itemLabel === t('item', lang) ? seg : `${node.itemLabel} ${seg}`);
      pending = onKey ? node.keyField.label : '';
      node = node.value;
      st = undefined;
    } else break;
  }
  if (pending) parts.push(pending);
  return parts.join(' · ');
}

/** A DOM id for a pointer, unique inside one widget's shadow root. */
export const idFor = (pointer: string) =>
  `pc${pointer.replace(/[^A-Za-z0-9_-]/g, (c) => (c === '/' ? '.' : `_${c.charCodeAt(0).toString(16)}`))}`;

/** The label of the request field at a dotted path (`employment.monthsEmployedLocally`), as the form shows it. */
export function labelAt(model: GroupNode, path: string): string | undefined {
  let node: Node | undefined = model;
  // an answer may name a request field with brackets (`companies[4].history[].inBottomShare`)
  for (const seg of path.replace(/\[(\d*|\*)\]/g, '.*').split('.')) {
    while (node && (node.t === 'list' || node.t === 'map')) node = node.t === 'list' ? node.item : node.value;
    if (!node) return undefined;
    if (/^\d+$|^\*$/.test(seg)) continue;
    const groups: GroupNode[] = node.t === 'group' ? [node] : node.t === 'variant' ? node.variants.map((v) => v.node) : [];
    node = groups.map((g) => g.children.find((c) => c.key === seg)).find(Boolean);
  }
  return node?.label || undefined;
}
