/**
 * Form generation, without a DOM: a calculator's input JSON Schema (+ an optional hand-written overlay)
 * → a tree of form nodes; the form's state ↔ the request body, with the same checks the schema states
 * (required, number, integer, bounds, two decimals for yuan, dates, list sizes). Pure functions, unit-tested
 * in Node; the renderer (render-form.ts) only draws these nodes.
 */
import { descriptionIn, FIELD_LABELS, humanize, t, tr, VALUE_LABELS } from './i18n';
import type { FieldError, JsonSchema, Lang, Localized } from './types';

export interface Option {
  value: string;
  label: string;
}

interface Base {
  /** property name in the request ('' for list items) */
  key: string;
  label: string;
  hint?: string;
  required: boolean;
}
export interface FieldNode extends Base {
  t: 'field';
  control: 'text' | 'number' | 'date' | 'select' | 'radio' | 'checkbox' | 'hidden' | 'json';
  valueType: 'string' | 'number' | 'integer' | 'boolean' | 'json';
  options?: Option[];
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  exclusiveMax?: boolean;
  /** 'CNY' → an amount in yuan: at most two decimals */
  unit?: string;
  /** initial value when the example has none (schema default or const) */
  default?: string | boolean;
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
  /** noun for one item: "Bill" → "Bill 2", "Add a bill" */
  itemLabel: string;
  item: Node;
}
export interface VariantNode extends Base {
  t: 'variant';
  /** the property whose constant tells the variants apart (e.g. "kind") */
  discriminator: string;
  discriminatorLabel: string;
  variants: { value: string; constValue: unknown; label: string; node: GroupNode }[];
}
export type Node = FieldNode | GroupNode | ListNode | VariantNode;

/** A hand-designed refinement of the generated form for one calculator. Paths: 'person.scheme', 'claims.*.date', 'claims.*.inpatient.level'. */
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
  /** noun for one item of a list, by path */
  itemLabels?: Record<string, Localized>;
}

interface Ctx {
  root: JsonSchema;
  lang: Lang;
  overlay: FormOverlay;
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
  if (Array.isArray(s.type)) return s.type.find((x) => x !== 'null');
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
    if (rest.length === 1) {
      const { anyOf: _a, oneOf: _o, ...outer } = s;
      return { schema: { ...rest[0], ...outer }, nullable: true };
    }
  }
  return { schema: s, nullable: false };
}

function optionLabel(value: unknown, keys: string[], key: string, ctx: Ctx): string {
  const v = String(value);
  const table = lookup(ctx.overlay.options, [...keys, key]);
  const l = table?.[v] ?? VALUE_LABELS[v];
  return l ? tr(l, ctx.lang) : v;
}

function labelOf(key: string, s: JsonSchema, keys: string[], ctx: Ctx): { label: string; hint?: string } {
  const over = lookup(ctx.overlay.labels, keys);
  const hintOver = lookup(ctx.overlay.hints, keys);
  const hint = hintOver ? tr(hintOver, ctx.lang) : undefined;
  if (over) return { label: tr(over, ctx.lang), hint };
  const dict = FIELD_LABELS[key];
  if (dict) return { label: tr(dict, ctx.lang), hint };
  const desc = descriptionIn(s.description, ctx.lang) || (s.description ?? '').trim();
  if (desc) {
    const first = desc.split(/[;；:：]|\s\(|（/)[0]!.trim();
    return { label: first || humanize(key), hint: hint ?? (desc.length > first.length + 2 ? desc : undefined) };
  }
  return { label: humanize(key || 'value'), hint };
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

function build(raw: JsonSchema, key: string, requiredHere: boolean, path: string[], plain: string[], ctx: Ctx): Node | null {
  const keys = candidates(path, plain);
  if (ctx.overlay.hidden && keys.some((k) => ctx.overlay.hidden!.includes(k))) return null;
  const { schema: s0, nullable } = unwrapNullable(resolveRef(raw, ctx.root));
  const s = s0;
  const required = (requiredHere && !nullable) || keys.some((k) => ctx.overlay.required?.includes(k) ?? false);
  const { label, hint } = labelOf(key, s, keys, ctx);
  const base = { key, label, hint, required };

  if (s.const !== undefined && !s.enum) {
    return { ...base, t: 'field', control: 'hidden', valueType: 'json', constValue: s.const, required: true };
  }
  const opts = scalarOptions(s);
  if (opts) {
    const numeric = opts.every((o) => typeof o === 'number');
    const control = lookup(ctx.overlay.controls, keys) ?? 'select';
    return {
      ...base,
      t: 'field',
      control,
      valueType: numeric
        ? opts.every((o) => Number.isInteger(o))
          ? 'integer'
          : 'number'
        : opts.every((o) => typeof o === 'boolean')
          ? 'boolean'
          : 'string',
      options: opts.map((o) => ({ value: String(o), label: optionLabel(o, keys, key, ctx) })),
      default: s.default === undefined ? undefined : String(s.default),
    };
  }
  const alts = s.oneOf ?? s.anyOf;
  if (alts && alts.length > 0) {
    const disc = discriminatorOf(alts, ctx.root);
    if (disc) {
      const variants = alts.map((a) => {
        const o = resolveRef(a, ctx.root);
        const p = o.properties![disc]!;
        const constValue = p.const ?? p.enum![0];
        const value = String(constValue);
        const { [disc]: _d, ...props } = o.properties!;
        const node = buildObject({ ...o, properties: props }, key, required, [...path, value], plain, ctx);
        return { value, constValue, label: optionLabel(value, [...keys.map((k) => `${k}.${disc}`)], disc, ctx), node };
      });
      const dl = labelOf(
        disc,
        resolveRef(alts[0]!, ctx.root).properties![disc]!,
        keys.map((k) => `${k}.${disc}`),
        ctx,
      );
      return { ...base, t: 'variant', discriminator: disc, discriminatorLabel: dl.label, variants };
    }
    return { ...base, t: 'field', control: 'json', valueType: 'json' };
  }
  const type = typeOf(s);
  if (type === 'object') {
    if (!s.properties) return { ...base, t: 'field', control: 'json', valueType: 'json' };
    return buildObject(s, key, required, path, plain, ctx);
  }
  if (type === 'array' && s.items) {
    const item = build(s.items, '', true, [...path, '*'], [...plain, '*'], ctx);
    if (!item) return null;
    const noun = lookup(ctx.overlay.itemLabels, keys);
    return {
      ...base,
      t: 'list',
      min: s.minItems ?? 0,
      max: s.maxItems ?? 1000,
      itemLabel: noun ? tr(noun, ctx.lang) : label,
      item,
      // minItems constrains a list that is sent; an optional list (e.g. planning blocks) may be left out entirely.
      required,
    };
  }
  if (type === 'boolean') {
    // An optional yes/no without a default may mean "not known" (e.g. whether a teacher retires in post):
    // a checkbox cannot say that, so such a field is a select with an empty choice, sent only when chosen.
    if (!required && s.default === undefined) {
      return {
        ...base,
        t: 'field',
        control: 'select',
        valueType: 'boolean',
        options: [true, false].map((o) => ({ value: String(o), label: optionLabel(o, keys, key, ctx) })),
      };
    }
    return {
      ...base,
      t: 'field',
      control: 'checkbox',
      valueType: 'boolean',
      default: s.default === undefined ? false : Boolean(s.default),
    };
  }
  if (type === 'number' || type === 'integer') {
    return {
      ...base,
      t: 'field',
      control: 'number',
      valueType: type,
      min: s.minimum ?? s.exclusiveMinimum,
      max: s.maximum ?? s.exclusiveMaximum,
      exclusiveMin: s.minimum === undefined && s.exclusiveMinimum !== undefined,
      exclusiveMax: s.maximum === undefined && s.exclusiveMaximum !== undefined,
      unit: s['x-unit'],
      default: s.default === undefined ? undefined : String(s.default),
    };
  }
  if (type === 'string') {
    const date = s.format === 'date' || (s.format === undefined && /(^d|D)ate$/.test(key));
    return {
      ...base,
      t: 'field',
      control: date ? 'date' : 'text',
      valueType: 'string',
      pattern: s.pattern,
      minLength: s.minLength,
      maxLength: s.maxLength,
      default: s.default === undefined ? undefined : String(s.default),
    };
  }
  return { ...base, t: 'field', control: 'json', valueType: 'json' };
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
  return { t: 'group', key, label, hint, required, children };
}

/** The form of a calculator: its input schema, refined by an optional overlay, labelled in one language. */
export function buildFormModel(schema: JsonSchema, lang: Lang, overlay: FormOverlay = {}): GroupNode {
  return buildObject(resolveRef(schema, schema), '', true, [], [], { root: schema, lang, overlay });
}

// ---------------------------------------------------------------------------------------------
// Form state: what the controls hold (strings and booleans, lists, objects), independent of the DOM.

export type State = string | boolean | State[] | { [k: string]: State };
export type StateObject = { [k: string]: State };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Initial state of a node from a value (the calculator's example), else the schema's defaults. */
export function initialState(node: Node, value?: unknown): State {
  switch (node.t) {
    case 'field':
      if (node.control === 'checkbox') return value === undefined ? node.default === true : value === true;
      if (node.control === 'json') return value === undefined ? '' : JSON.stringify(value);
      if (value === undefined || value === null) return node.default === undefined ? '' : String(node.default);
      return String(value);
    case 'group': {
      const out: StateObject = {};
      for (const c of node.children) out[c.key] = initialState(c, isObj(value) ? value[c.key] : undefined);
      return out;
    }
    case 'list': {
      if (Array.isArray(value)) return value.map((v) => initialState(node.item, v));
      return Array.from({ length: node.required ? node.min : 0 }, () => initialState(node.item));
    }
    case 'variant': {
      const wanted = isObj(value) ? String(value[node.discriminator]) : undefined;
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
  s === undefined ||
  s === '' ||
  s === false ||
  (Array.isArray(s) ? s.length === 0 : typeof s === 'object' && Object.values(s).every(isBlank));

export const pointerOf = (parent: string, key: string | number) => `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

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
  if (node.control === 'checkbox') return state === true;
  const s = typeof state === 'string' ? state.trim() : '';
  if (s === '') return node.required ? err(t(node.options ? 'requiredChoice' : 'required', lang)) : undefined;
  if (node.valueType === 'json') {
    try {
      return JSON.parse(s);
    } catch {
      return err(t('badJson', lang));
    }
  }
  if (node.valueType === 'boolean') return s === 'true';
  if (node.valueType === 'number' || node.valueType === 'integer') {
    const n = Number(s);
    if (!Number.isFinite(n)) return err(t('notNumber', lang));
    if (node.valueType === 'integer' && !Number.isInteger(n)) return err(t('notInteger', lang));
    if (node.min !== undefined && (node.exclusiveMin ? n <= node.min : n < node.min)) return err(t('tooSmall', lang, node.min));
    if (node.max !== undefined && (node.exclusiveMax ? n >= node.max : n > node.max)) return err(t('tooLarge', lang, node.max));
    if (node.unit === 'CNY' && !/^-?\d+(\.\d{1,2})?$/.test(s)) return err(t('tooManyDecimals', lang));
    return n;
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
      if (!node.required && pointer !== '' && isBlank(st)) return undefined;
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
    case 'variant': {
      const st = isObj(state) ? (state as StateObject) : {};
      const v = node.variants.find((x) => x.value === st[node.discriminator]) ?? node.variants[0]!;
      const body = collect(v.node, st, pointer, lang, errors) as Record<string, unknown>;
      return { [node.discriminator]: v.constValue, ...body };
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
    const p = known.find((k) => e.pointer === k || e.pointer.startsWith(`${k}/`));
    if (p === undefined) unplaced.push(e);
    else at.set(p, [...(at.get(p) ?? []), e.message]);
  }
  return { at, unplaced };
}

/** Every pointer the form renders for a state (fields, groups, lists, items). */
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
    case 'variant': {
      const st = isObj(state) ? (state as StateObject) : {};
      const v = node.variants.find((x) => x.value === st[node.discriminator]) ?? node.variants[0]!;
      return [pointer, pointerOf(pointer, node.discriminator), ...renderedPointers(v.node, st, pointer).filter((p) => p !== pointer)];
    }
  }
}

/** A DOM id for a pointer, unique inside one widget's shadow root. */
export const idFor = (pointer: string) =>
  `pc${pointer.replace(/[^A-Za-z0-9_-]/g, (c) => (c === '/' ? '.' : `_${c.charCodeAt(0).toString(16)}`))}`;
