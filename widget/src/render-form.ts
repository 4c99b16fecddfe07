/** Draws a form model (form-model.ts) with native, labelled controls; the state object is edited in place. */
import { h, type Child } from './dom';
import {
  idFor,
  initialState,
  pointerOf,
  switchVariant,
  type FieldNode,
  type Node,
  type State,
  type StateObject,
  type VariantNode,
} from './form-model';
import { t } from './i18n';
import type { Lang } from './types';

export interface FormContext {
  lang: Lang;
  /** messages shown at a rendered pointer */
  errorsAt: Map<string, string[]>;
  /** labels of rendered pointers, for the error summary */
  labels: Map<string, string>;
  /** structure changed (item added/removed, type switched): redraw, then focus that pointer */
  restructure(focus: string): void;
  /** a value changed: the errors shown for that pointer are now stale */
  edited(pointer: string): void;
}

type Container = StateObject | State[];
const get = (c: Container, k: string | number) => (c as Record<string | number, State>)[k];
const set = (c: Container, k: string | number, v: State) => {
  (c as Record<string | number, State>)[k] = v;
};

function errorBlock(pointer: string, ctx: FormContext): { el: HTMLElement | null; id: string | undefined } {
  const msgs = ctx.errorsAt.get(pointer);
  if (!msgs?.length) return { el: null, id: undefined };
  const id = `${idFor(pointer)}-err`;
  return { el: h('p', { class: 'error', id }, h('span', { class: 'visually-hidden' }, '⚠ '), msgs.join('；')), id };
}

const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function field(node: FieldNode, parent: Container, key: string | number, pointer: string, ctx: FormContext): Child {
  if (node.control === 'hidden') return null;
  const id = idFor(pointer);
  ctx.labels.set(pointer, node.label);
  const hintId = node.hint ? `${id}-hint` : undefined;
  const hint = node.hint ? h('p', { class: 'hint', id: hintId }, node.hint) : null;
  const err = errorBlock(pointer, ctx);
  const invalid = err.el ? 'true' : undefined;
  const optional = !node.required && node.control !== 'checkbox' ? h('span', { class: 'optional' }, ` (${t('optional', ctx.lang)})`) : null;
  const value = get(parent, key);
  const onInput = (e: Event) => {
    const el = e.target as HTMLInputElement;
    set(parent, key, el.type === 'checkbox' ? el.checked : el.value);
    ctx.edited(pointer);
  };

  if (node.control === 'radio' && node.options) {
    return h(
      'fieldset',
      { class: `field radios${err.el ? ' invalid' : ''}`, 'data-pointer': pointer, 'aria-describedby': describedBy(hintId, err.id) },
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
              required: node.required,
              'aria-invalid': invalid,
              onchange: onInput,
            }),
            h('span', {}, o.label),
          ),
        ),
      ),
    );
  }
  if (node.control === 'checkbox') {
    return h(
      'div',
      { class: 'field check', 'data-pointer': pointer },
      h('input', {
        type: 'checkbox',
        id,
        checked: value === true,
        'aria-describedby': describedBy(hintId, err.id),
        'aria-invalid': invalid,
        onchange: onInput,
      }),
      h('label', { for: id }, node.label),
      hint,
      err.el,
    );
  }
  let control: HTMLElement;
  const common = {
    id,
    'aria-describedby': describedBy(hintId, err.id),
    'aria-invalid': invalid,
    'aria-required': node.required ? 'true' : undefined,
  };
  if (node.control === 'select' && node.options) {
    const placeholder =
      !node.required || !node.options.some((o) => o.value === value) ? h('option', { value: '' }, t('choose', ctx.lang)) : null;
    control = h(
      'select',
      { ...common, onchange: onInput },
      placeholder,
      node.options.map((o) => h('option', { value: o.value }, o.label)),
    );
    (control as HTMLSelectElement).value = typeof value === 'string' ? value : '';
  } else if (node.control === 'json') {
    control = h('textarea', { ...common, rows: 3, spellcheck: 'false', value: typeof value === 'string' ? value : '', oninput: onInput });
  } else {
    // Numbers are typed as text with a numeric keyboard: browsers' number inputs drop what they cannot
    // parse, so the citizen would never see which character was wrong (GOV.UK design system advice).
    const numeric = node.control === 'number';
    control = h('input', {
      ...common,
      type: node.control === 'date' ? 'date' : 'text',
      inputmode: numeric ? (node.valueType === 'integer' ? 'numeric' : 'decimal') : undefined,
      autocomplete: node.key === 'birthDate' ? 'bday' : 'off',
      spellcheck: numeric ? 'false' : undefined,
      value: typeof value === 'string' ? value : '',
      oninput: onInput,
      onchange: onInput,
    });
  }
  const unit = node.unit === 'CNY' ? h('span', { class: 'unit', 'aria-hidden': 'true' }, ctx.lang === 'en' ? '¥' : '元') : null;
  return h(
    'div',
    { class: `field${err.el ? ' invalid' : ''}`, 'data-pointer': pointer },
    h('label', { for: id }, node.label, optional),
    hint,
    err.el,
    unit ? h('div', { class: 'with-unit' }, control, unit) : control,
  );
}

function variant(node: VariantNode, parent: Container, key: string | number, pointer: string, ctx: FormContext): Child[] {
  let st = get(parent, key) as StateObject;
  if (typeof st !== 'object' || st === null || Array.isArray(st)) {
    st = initialState(node) as StateObject;
    set(parent, key, st);
  }
  const current = node.variants.find((v) => v.value === st[node.discriminator]) ?? node.variants[0]!;
  const dp = pointerOf(pointer, node.discriminator);
  const id = idFor(dp);
  ctx.labels.set(dp, node.discriminatorLabel);
  const err = errorBlock(dp, ctx);
  const chooser = h(
    'div',
    { class: 'field kind', 'data-pointer': dp },
    h('label', { for: id }, node.discriminatorLabel),
    err.el,
    h(
      'select',
      {
        id,
        'aria-describedby': err.id,
        onchange: (e: Event) => {
          set(parent, key, switchVariant(node, st, (e.target as HTMLSelectElement).value));
          ctx.restructure(dp);
        },
      },
      node.variants.map((v) => h('option', { value: v.value, selected: v.value === current.value }, v.label)),
    ),
  );
  return [chooser, ...current.node.children.map((c) => render(c, st, c.key, pointerOf(pointer, c.key), ctx))];
}

/** Draws one node; `parent[key]` holds its state. */
export function render(node: Node, parent: Container, key: string | number, pointer: string, ctx: FormContext): Child {
  switch (node.t) {
    case 'field':
      return field(node, parent, key, pointer, ctx);
    case 'variant':
      return h('div', { class: 'grid' }, variant(node, parent, key, pointer, ctx));
    case 'group': {
      let st = get(parent, key) as StateObject;
      if (typeof st !== 'object' || st === null || Array.isArray(st)) {
        st = initialState(node) as StateObject;
        set(parent, key, st);
      }
      const kids = node.children.map((c) => render(c, st, c.key, pointerOf(pointer, c.key), ctx));
      if (pointer === '') return kids;
      ctx.labels.set(pointer, node.label);
      const err = errorBlock(pointer, ctx);
      return h(
        'fieldset',
        { class: 'group', 'data-pointer': pointer, 'aria-describedby': err.id },
        h('legend', {}, node.label),
        node.hint ? h('p', { class: 'hint' }, node.hint) : null,
        err.el,
        h('div', { class: 'grid' }, kids),
      );
    }
    case 'list': {
      let items = get(parent, key) as State[];
      if (!Array.isArray(items)) {
        items = [];
        set(parent, key, items);
      }
      ctx.labels.set(pointer, node.label);
      const err = errorBlock(pointer, ctx);
      const noun = node.itemLabel;
      const nounLower = ctx.lang === 'en' ? noun.toLowerCase() : noun;
      return h(
        'fieldset',
        { class: `list${err.el ? ' invalid' : ''}`, 'data-pointer': pointer, 'aria-describedby': err.id, tabindex: '-1' },
        h('legend', {}, node.label),
        node.hint ? h('p', { class: 'hint' }, node.hint) : null,
        err.el,
        items.map((_, i) => {
          const ip = pointerOf(pointer, i);
          const itemName = `${noun} ${i + 1}`;
          ctx.labels.set(ip, itemName);
          const ie = errorBlock(ip, ctx);
          return h(
            'fieldset',
            { class: 'item', 'data-pointer': ip, 'aria-describedby': ie.id, tabindex: '-1' },
            h('legend', {}, itemName),
            ie.el,
            node.item.t === 'variant'
              ? h('div', { class: 'grid' }, variant(node.item, items, i, ip, ctx))
              : h('div', { class: 'grid' }, render(node.item, items, i, ip, ctx)),
            items.length > node.min
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary remove',
                    onclick: () => {
                      items.splice(i, 1);
                      // focus the bill that took its place (its legend is read out), or the add button
                      ctx.restructure(items.length === 0 ? `${pointer}#add` : `${pointerOf(pointer, Math.min(i, items.length - 1))}!`);
                    },
                  },
                  `${t('remove', ctx.lang)} `,
                  h('span', {}, itemName),
                )
              : null,
          );
        }),
        items.length < node.max
          ? h(
              'button',
              {
                type: 'button',
                class: 'secondary add',
                'data-pointer': `${pointer}#add`,
                onclick: () => {
                  items.push(initialState(node.item));
                  ctx.restructure(pointerOf(pointer, items.length - 1));
                },
              },
              `＋ ${t('add', ctx.lang)}${ctx.lang === 'en' ? ' ' : ''}${nounLower}`,
            )
          : null,
      );
    }
  }
}
