/** Draws a form model (form-model.ts) with native, labelled controls; the state object is edited in place. */
import { h, type Child } from './dom';
import {
  idFor,
  initialState,
  MAP_KEY,
  MAP_VALUE,
  type MapNode,
  pointerOf,
  rowPointer,
  switchVariant,
  type FieldNode,
  type ListNode,
  type Node,
  type State,
  type StateObject,
  type VariantNode,
} from './form-model';
import { itemName, t } from './i18n';
import type { Lang } from './types';

export interface FormContext {
  lang: Lang;
  /** messages shown at a rendered pointer */
  errorsAt: Map<string, string[]>;
  /** structure changed (item added/removed, type switched): redraw, then focus that pointer */
  restructure(focus: string): void;
  /** a value changed: an answer shown is now out of date */
  edited(pointer: string): void;
}

type Container = StateObject | State[];
const get = (c: Container, k: string | number) => (c as Record<string | number, State>)[k];
const set = (c: Container, k: string | number, v: State) => {
  (c as Record<string | number, State>)[k] = v;
};
const asObject = (c: Container, k: string | number, init: () => State): StateObject => {
  const st = get(c, k);
  if (typeof st === 'object' && st !== null && !Array.isArray(st)) return st;
  const fresh = init() as StateObject;
  set(c, k, fresh);
  return fresh;
};
const asArray = (c: Container, k: string | number): State[] => {
  const st = get(c, k);
  if (Array.isArray(st)) return st;
  const fresh: State[] = [];
  set(c, k, fresh);
  return fresh;
};

function errorBlock(pointer: string, ctx: FormContext): { el: HTMLElement | null; id: string | undefined } {
  const msgs = ctx.errorsAt.get(pointer);
  if (!msgs?.length) return { el: null, id: undefined };
  const id = `${idFor(pointer)}-err`;
  return { el: h('p', { class: 'error', id }, h('span', { class: 'visually-hidden' }, '⚠ '), msgs.join('；')), id };
}

/** 「（选填）」 in Chinese, " (optional)" in English; never broken across lines (styles.ts). */
const optionalMark = (lang: Lang) => (lang === 'zh-CN' ? `（${t('optional', lang)}）` : ` (${t('optional', lang)})`);

const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

const INPUT_TYPES: Partial<Record<FieldNode['control'], string>> = { date: 'date', datetime: 'datetime-local', month: 'month' };

function field(node: FieldNode, parent: Container, key: string | number, pointer: string, ctx: FormContext): Child {
  if (node.control === 'hidden') return null;
  const id = idFor(pointer);
  const hintId = node.hint ? `${id}-hint` : undefined;
  const hint = node.hint ? h('p', { class: 'hint', id: hintId }, node.hint) : null;
  const err = errorBlock(pointer, ctx);
  const invalid = err.el ? 'true' : undefined;
  const optional = node.required ? null : h('span', { class: 'optional' }, optionalMark(ctx.lang));
  const raw = get(parent, key);
  const value = typeof raw === 'string' ? raw : '';
  const onInput = (e: Event) => {
    set(parent, key, (e.target as HTMLInputElement).value);
    ctx.edited(pointer);
  };
  const box = (cls: string, ...children: Child[]) =>
    h('div', { class: `${cls}${err.el ? ' invalid' : ''}`, 'data-pointer': pointer, 'data-path': node.path }, ...children);

  if (node.control === 'radio' && node.options) {
    return h(
      'fieldset',
      {
        class: `field radios${err.el ? ' invalid' : ''}`,
        'data-pointer': pointer,
        'data-path': node.path,
        'aria-describedby': describedBy(hintId, err.id),
      },
      h('legend', {}, node.label, optional),
      hint,
      err.el,
      h(
        'div',
        { class: 'choices' },
        node.options.map((o, i) =>
          h(
            'label',
            { class: 'choice' },
            h('input', {
              type: 'radio',
              name: id,
              id: i === 0 ? id : `${id}-${i}`,
              value: o.value,
              checked: value === o.value,
              'aria-invalid': invalid,
              onchange: onInput,
            }),
            h('span', {}, o.label),
          ),
        ),
      ),
    );
  }
  let control: HTMLElement;
  const common = {
    id,
    'aria-describedby': describedBy(hintId, err.id),
    'aria-invalid': invalid,
    'aria-required': node.required ? 'true' : undefined,
  };
  if ((node.control === 'select' || node.control === 'year') && node.options) {
    const known = node.options.some((o) => o.value === value);
    control = h(
      'select',
      { ...common, onchange: onInput },
      !node.required || !known
        ? h('option', { value: '' }, node.valueType === 'boolean' ? t('notKnown', ctx.lang) : t('choose', ctx.lang))
        : null,
      // a value outside the offered years (an example's, say) stays visible rather than being silently replaced
      value && !known ? h('option', { value }, value) : null,
      node.options.filter((o) => o.value !== '').map((o) => h('option', { value: o.value }, o.label)),
    );
    (control as HTMLSelectElement).value = value;
  } else {
    // Numbers are typed as text with a numeric keyboard: browsers' number inputs drop what they cannot
    // parse, so the citizen would never see which character was wrong (GOV.UK design system advice).
    const numeric = node.control === 'number';
    control = h('input', {
      ...common,
      type: INPUT_TYPES[node.control] ?? 'text',
      inputmode: numeric ? (node.valueType === 'integer' ? 'numeric' : 'decimal') : undefined,
      autocomplete: node.key === 'birthDate' ? 'bday' : 'off',
      spellcheck: numeric ? 'false' : undefined,
      value,
      oninput: onInput,
      onchange: onInput,
    });
  }
  const unit =
    node.unit === 'CNY'
      ? h('span', { class: 'unit', 'aria-hidden': 'true' }, ctx.lang === 'en' ? '¥' : '元')
      : node.unit === 'ratio'
        ? h('span', { class: 'unit', 'aria-hidden': 'true' }, '%')
        : null;
  return box(
    'field',
    h('label', { for: id }, node.label, optional),
    hint,
    err.el,
    unit ? h('div', { class: 'with-unit' }, control, unit) : control,
  );
}

function variant(node: VariantNode, parent: Container, key: string | number, pointer: string, ctx: FormContext): Child[] {
  const st = asObject(parent, key, () => initialState(node));
  const current = node.variants.find((v) => v.value === st[node.discriminator]) ?? node.variants[0]!;
  const dp = pointerOf(pointer, node.discriminator);
  const id = idFor(dp);
  const err = errorBlock(dp, ctx);
  const chooser = h(
    'div',
    { class: 'field kind', 'data-pointer': dp, 'data-path': node.path },
    h('label', { for: id }, node.discriminatorLabel),
    err.el,
    h(
      'select',
      {
        id,
        'aria-describedby': err.id,
        onchange: (e: Event) => {
          set(parent, key, switchVariant(node, st, (e.target as HTMLSelectElement).value));
          ctx.edited(dp);
          ctx.restructure(dp);
        },
      },
      node.variants.map((v) => h('option', { value: v.value, selected: v.value === current.value }, v.label)),
    ),
  );
  return [chooser, ...current.node.children.map((c) => render(c, st, c.key, pointerOf(pointer, c.key), ctx))];
}

/** The inside of one item of a list: the fields of an object directly (no second box), a kind chooser first. */
function itemBody(node: Node, items: State[], i: number, ip: string, ctx: FormContext): Child {
  if (node.t === 'variant') return h('div', { class: 'grid' }, variant(node, items, i, ip, ctx));
  if (node.t === 'group') {
    const st = asObject(items, i, () => initialState(node));
    return h(
      'div',
      { class: 'grid' },
      node.children.map((c) => render(c, st, c.key, pointerOf(ip, c.key), ctx)),
    );
  }
  return h('div', { class: 'grid' }, render(node, items, i, ip, ctx));
}

function removeButton(name: string, onclick: () => void, ctx: FormContext) {
  return h('button', { type: 'button', class: 'secondary remove', onclick }, `${t('remove', ctx.lang)} `, h('span', {}, name));
}

function addButton(pointer: string, noun: string, onclick: () => void, ctx: FormContext) {
  return h(
    'button',
    { type: 'button', class: 'secondary add', 'data-pointer': `${pointer}#add`, onclick },
    `＋ ${noun === t('item', ctx.lang) ? t('addItem', ctx.lang) : `${t('add', ctx.lang)}${ctx.lang === 'en' ? ` ${noun.toLowerCase()}` : noun}`}`,
  );
}

function listBox(node: ListNode | MapNode, pointer: string, ctx: FormContext, ...children: Child[]) {
  const err = errorBlock(pointer, ctx);
  return h(
    'fieldset',
    {
      class: `list${err.el ? ' invalid' : ''}`,
      'data-pointer': pointer,
      'data-path': node.path,
      'aria-describedby': err.id,
      tabindex: '-1',
    },
    h('legend', {}, node.label, node.required ? null : h('span', { class: 'optional' }, optionalMark(ctx.lang))),
    node.hint ? h('p', { class: 'hint' }, node.hint) : null,
    err.el,
    ...children,
  );
}

function list(node: ListNode, parent: Container, key: string | number, pointer: string, ctx: FormContext): Child {
  const items = asArray(parent, key);
  const changed = (focus: string) => {
    ctx.edited(pointer);
    ctx.restructure(focus);
  };
  return listBox(
    node,
    pointer,
    ctx,
    items.map((_, i) => {
      const ip = pointerOf(pointer, i);
      const name = itemName(node.itemLabel, i, ctx.lang);
      const ie = errorBlock(ip, ctx);
      const remove =
        items.length > node.min
          ? removeButton(
              name,
              () => {
                items.splice(i, 1);
                // focus the item that took its place (its legend is read out), or the add button
                changed(items.length === 0 ? `${pointer}#add` : `${pointerOf(pointer, Math.min(i, items.length - 1))}!`);
              },
              ctx,
            )
          : null;
      if (node.item.t === 'field') {
        // one value per item (a date, a code): a labelled field and its remove button, no box around it
        const f = { ...node.item, label: name };
        return h('div', { class: 'item-row' }, field(f, items, i, ip, ctx), remove);
      }
      return h(
        'fieldset',
        { class: 'item', 'data-pointer': ip, 'aria-describedby': ie.id, tabindex: '-1' },
        h('legend', {}, name),
        ie.el,
        itemBody(node.item, items, i, ip, ctx),
        remove,
      );
    }),
    items.length < node.max
      ? addButton(
          pointer,
          node.itemLabel,
          () => {
            items.push(initialState(node.item));
            changed(pointerOf(pointer, items.length - 1));
          },
          ctx,
        )
      : null,
  );
}

function map(node: MapNode, parent: Container, key: string | number, pointer: string, ctx: FormContext): Child {
  const rows = asArray(parent, key);
  const changed = (focus: string) => {
    ctx.edited(pointer);
    ctx.restructure(focus);
  };
  return listBox(
    node,
    pointer,
    ctx,
    rows.map((_, i) => {
      const row = asObject(rows, i, () => ({ [MAP_KEY]: '', [MAP_VALUE]: initialState(node.value) }));
      const at = rowPointer(pointer, row, i);
      const name = itemName(node.itemLabel, i, ctx.lang);
      const ie = errorBlock(at, ctx);
      // choosing the key moves the row's pointer (the API points at /map/<key>): redraw with the new ids
      const keyCtx: FormContext = {
        ...ctx,
        edited: (p) => {
          ctx.edited(p);
          ctx.restructure(`${rowPointer(pointer, row, i)}#key`);
        },
      };
      return h(
        'fieldset',
        { class: 'item', 'data-pointer': at, 'aria-describedby': ie.id, tabindex: '-1' },
        h('legend', {}, name),
        ie.el,
        h(
          'div',
          { class: 'grid' },
          field(node.keyField, row, MAP_KEY, `${at}#key`, keyCtx),
          node.value.t === 'group'
            ? node.value.children.map((c) =>
                render(
                  c,
                  asObject(row, MAP_VALUE, () => initialState(node.value)),
                  c.key,
                  pointerOf(at, c.key),
                  ctx,
                ),
              )
            : render(node.value, row, MAP_VALUE, at, ctx),
        ),
        removeButton(
          name,
          () => {
            rows.splice(i, 1);
            changed(
              rows.length === 0
                ? `${pointer}#add`
                : `${rowPointer(pointer, rows[Math.min(i, rows.length - 1)], Math.min(i, rows.length - 1))}!`,
            );
          },
          ctx,
        ),
      );
    }),
    addButton(
      pointer,
      node.itemLabel,
      () => {
        rows.push({ [MAP_KEY]: '', [MAP_VALUE]: initialState(node.value) });
        changed(`${rowPointer(pointer, undefined, rows.length - 1)}#key`);
      },
      ctx,
    ),
  );
}

/** Draws one node; `parent[key]` holds its state. */
export function render(node: Node, parent: Container, key: string | number, pointer: string, ctx: FormContext): Child {
  switch (node.t) {
    case 'field':
      return field(node, parent, key, pointer, ctx);
    case 'variant':
      return h('div', { class: 'grid' }, variant(node, parent, key, pointer, ctx));
    case 'list':
      return list(node, parent, key, pointer, ctx);
    case 'map':
      return map(node, parent, key, pointer, ctx);
    case 'group': {
      const st = asObject(parent, key, () => initialState(node));
      const kids = node.children.map((c) => render(c, st, c.key, pointerOf(pointer, c.key), ctx));
      if (pointer === '') return kids;
      const err = errorBlock(pointer, ctx);
      return h(
        'fieldset',
        { class: 'group', 'data-pointer': pointer, 'data-path': node.path, 'aria-describedby': err.id },
        h('legend', {}, node.label),
        node.hint ? h('p', { class: 'hint' }, node.hint) : null,
        err.el,
        h('div', { class: 'grid' }, kids),
      );
    }
  }
}
