/**
 * <policy-calculator calculator="…" lang="zh-CN|en" theme="light|dark|auto" api="https://…/">
 * A custom element with an open shadow root: its own styles, its own ids, nothing shared with the host page.
 */
import { calculate, loadCalculators } from './api';
import { h } from './dom';
import {
  buildFormModel,
  coveredYears,
  describePointer,
  initialState,
  labelAt,
  placeErrors,
  renderedPointers,
  toRequest,
  type GroupNode,
  type StateObject,
} from './form-model';
import { t } from './i18n';
import { formOverlayOf, resultOverlayOf } from './overlays';
import { fieldErrorsOf, problemText, unlistedErrors } from './problems';
import { render as renderNode, type FormContext } from './render-form';
import { renderResult } from './render-result';
import { buildResultModel } from './result-model';
import { nextShown, type Shown, type ShownEvent } from './session';
import { CSS } from './styles';
import type { CalculatorInfo, FieldError, Lang, Problem } from './types';

let sheet: CSSStyleSheet | null | undefined;
/** One constructed stylesheet for every widget (not subject to the host page's style-src); a <style> element where unsupported. */
function styleInto(root: ShadowRoot) {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    } catch {
      sheet = null;
    }
  }
  if (sheet && 'adoptedStyleSheets' in root) root.adoptedStyleSheets = [sheet];
  else root.append(h('style', {}, CSS));
}

export const normalizeLang = (v: string | null | undefined): Lang => (v?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN');

let seq = 0;

export function definePolicyCalculator(defaultApi: string, tag = 'policy-calculator') {
  if (customElements.get(tag)) return;

  class PolicyCalculator extends HTMLElement {
    static observedAttributes = ['calculator', 'lang', 'api', 'example'];

    readonly #root: ShadowRoot;
    readonly #uid = ++seq;
    #wrap = h('div', { class: 'wrap' });
    #top = h('div', {});
    #out = h('div', {});
    #status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    #started = false;
    #loadSeq = 0;
    #info: CalculatorInfo | null = null;
    #loadError: string | null = null;
    #model: GroupNode | null = null;
    #state: StateObject = {};
    #errors: FieldError[] = [];
    #errorsFrom: 'client' | 'api' | null = null;
    #problem: string | null = null;
    /** the last failed answer, to say it again in the other language */
    #failure: Problem | 'network' | null = null;
    /** errors the API counted beyond those it listed */
    #unlisted = 0;
    #shown: Shown<Record<string, unknown>> = { output: null, stale: false };
    #busy = false;
    #onPrint = () => {
      for (const d of this.#root.querySelectorAll('details')) d.setAttribute('open', '');
    };

    constructor() {
      super();
      this.#root = this.attachShadow({ mode: 'open' });
      styleInto(this.#root);
      this.#wrap.append(this.#top, this.#status, this.#out);
      this.#root.append(this.#wrap);
    }

    get #lang(): Lang {
      return normalizeLang(this.getAttribute('lang') ?? document.documentElement.lang);
    }
    get #api(): string {
      const a = this.getAttribute('api');
      if (!a) return defaultApi;
      const u = new URL(a, document.baseURI);
      if (!u.pathname.endsWith('/')) u.pathname += '/';
      return u.href;
    }

    connectedCallback() {
      addEventListener('beforeprint', this.#onPrint);
      if (this.#started) return;
      this.#started = true;
      void this.#load(true);
    }
    disconnectedCallback() {
      removeEventListener('beforeprint', this.#onPrint);
    }
    attributeChangedCallback(name: string, old: string | null, value: string | null) {
      if (!this.#started || old === value) return;
      void this.#load(name !== 'lang');
    }

    /** (Re)reads the calculator description; `fresh` also resets the form to the calculator's example. */
    async #load(fresh: boolean) {
      const my = ++this.#loadSeq;
      const lang = this.#lang;
      if (!this.#info) this.#renderTop();
      try {
        const id = this.getAttribute('calculator') ?? '';
        const list = await loadCalculators(this.#api, lang);
        if (my !== this.#loadSeq) return;
        const info = list.find((c) => c.id === id);
        this.#info = info ?? null;
        this.#loadError = info ? null : `${t('unknownCalculator', lang)}: “${id}”`;
      } catch {
        if (my !== this.#loadSeq) return;
        this.#info = null;
        this.#loadError = t('loadFailed', lang);
      }
      if (this.#info) {
        const today = new Date().toISOString().slice(0, 10);
        this.#model = buildFormModel(this.#info.input, lang, formOverlayOf(this.#info), coveredYears(this.#info.coverage, today));
        if (fresh) this.#reset();
        else if (this.#errorsFrom === 'client') this.#errors = toRequest(this.#model, this.#state, lang).errors;
        else this.#explain(lang);
      }
      this.#renderTop();
      this.#renderOut();
    }

    /** The form filled with the calculator's example (the `example` attribute names one; else the first). */
    #reset() {
      const examples = this.#info?.examples ?? {};
      const name = Object.hasOwn(examples, this.getAttribute('example') ?? '') ? this.getAttribute('example')! : Object.keys(examples)[0];
      this.#state = initialState(this.#model!, name === undefined ? undefined : examples[name]!.value) as StateObject;
      if (name !== undefined) this.#wrap.dataset.example = name;
      this.#errors = [];
      this.#errorsFrom = null;
      this.#problem = null;
      this.#failure = null;
      this.#unlisted = 0;
      this.#shown = nextShown(this.#shown, { t: 'reset' });
    }

    /** The last failure in words of `lang`: field errors from the API's pairs, or one sentence for another problem. */
    #explain(lang: Lang) {
      const f = this.#failure;
      if (!f) return;
      if (f === 'network') {
        this.#errors = [];
        this.#problem = t('network', lang);
        return;
      }
      this.#errors = fieldErrorsOf(f, lang);
      this.#errorsFrom = this.#errors.length ? 'api' : null;
      this.#unlisted = unlistedErrors(f);
      // a problem about fields says so at each field; any other (not in force, refused, rate-limited) in its own words
      this.#problem = this.#errors.length ? null : problemText(f, lang);
    }

    /** An answer on screen stays only as long as it answers the form: see session.ts. */
    #show(e: ShownEvent<Record<string, unknown>>) {
      const before = this.#shown;
      this.#shown = nextShown(before, e);
      if (this.#shown.output !== before.output || this.#shown.stale !== before.stale) this.#renderOut();
    }

    /** Redraws header and form, keeping the focus on the element that had it (or on `focus`: a pointer). */
    #renderTop(focus?: string) {
      const lang = this.#lang;
      const active = this.#root.activeElement?.id;
      this.#wrap.setAttribute('lang', lang);
      const info = this.#info;
      const other: Lang = lang === 'en' ? 'zh-CN' : 'en';
      const titleId = `pc-title-${this.#uid}`;
      const header = h(
        'header',
        {},
        h(
          'h2',
          { id: titleId },
          info ? (info.titles ? (lang === 'en' ? info.titles.en : info.titles.zh) : info.title) : t('loading', lang),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary lang',
            id: 'pc-lang',
            lang: other,
            'aria-label': t('switchToLabel', lang),
            onclick: () => this.setAttribute('lang', other),
          },
          t('switchTo', lang),
        ),
      );
      const parts: (HTMLElement | null)[] = [header];
      if (!info || !this.#model) {
        parts.push(
          h(
            'p',
            { class: this.#loadError ? 'error' : 'desc', role: this.#loadError ? 'alert' : undefined },
            this.#loadError ?? t('loading', lang),
          ),
        );
        this.#wrap.setAttribute('aria-busy', this.#loadError ? 'false' : 'true');
      } else {
        this.#wrap.removeAttribute('aria-busy');
        parts.push(h('p', { class: 'desc' }, info.description));
        parts.push(this.#renderForm(titleId));
      }
      this.#top.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
      const target = focus ? this.#focusable(focus) : active ? this.#root.getElementById(active) : null;
      (target as HTMLElement | null)?.focus();
    }

    #focusable(pointer: string): HTMLElement | null {
      const self = pointer.endsWith('!');
      const p = self ? pointer.slice(0, -1) : pointer;
      const el = this.#root.getElementById(p) ?? this.#root.querySelector<HTMLElement>(`[data-pointer="${CSS_escape(p)}"]`);
      if (!el) return null;
      if (self || el.matches('button, input, select, textarea')) return el;
      return el.querySelector<HTMLElement>('input:checked, input:not([type="radio"]), select, textarea, input, button') ?? el;
    }

    #renderForm(titleId: string): HTMLFormElement {
      const lang = this.#lang;
      const model = this.#model!;
      const pointers = renderedPointers(model, this.#state);
      const { at, unplaced } = placeErrors(this.#errors, pointers);
      const ctx: FormContext = {
        lang,
        errorsAt: at,
        restructure: (focus) => {
          this.#errors = [];
          this.#errorsFrom = null;
          this.#renderTop(focus);
        },
        edited: () => this.#show({ t: 'edited' }),
      };
      const holder = { root: this.#state } as StateObject;
      const fields = renderNode(model, holder, 'root', '', ctx);
      this.#state = holder.root as StateObject;
      const summary = this.#errors.length || this.#problem ? this.#summary(unplaced) : null;
      return h(
        'form',
        {
          novalidate: true,
          'aria-labelledby': titleId,
          onsubmit: (e: Event) => {
            e.preventDefault();
            void this.#submit();
          },
        },
        summary,
        fields,
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            { type: 'submit', class: 'primary', id: 'pc-submit', 'aria-disabled': this.#busy ? 'true' : undefined },
            t(this.#busy ? 'calculating' : 'calculate', lang),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              id: 'pc-reset',
              onclick: () => {
                this.#reset();
                this.#renderTop('pc-reset');
                this.#renderOut();
              },
            },
            t('reset', lang),
          ),
        ),
      );
    }

    /**
     * The error summary (GOV.UK pattern): what is wrong, each line naming its item and field in words ("第 2 笔费用 ·
     * 就诊日期：…") and linked to it; the same line once; focused after a failed submit.
     */
    #summary(unplaced: FieldError[]): HTMLElement {
      const lang = this.#lang;
      const colon = lang === 'en' ? ': ' : '：';
      const seen = new Set<string>();
      const lines = this.#errors.flatMap((e) => {
        const name = describePointer(this.#model!, this.#state, e.pointer, lang);
        const text = name ? `${name}${colon}${e.message}` : e.message;
        if (seen.has(text)) return [];
        seen.add(text);
        return [
          unplaced.includes(e)
            ? h('li', {}, text)
            : h('li', {}, h('button', { type: 'button', onclick: () => this.#focusable(this.#bestPointer(e.pointer))?.focus() }, text)),
        ];
      });
      return h(
        'div',
        { class: 'summary', id: 'pc-summary', tabindex: '-1' },
        h('h3', {}, this.#problem && !this.#errors.length ? t('problem', lang) : t('fixErrors', lang)),
        this.#problem ? h('p', {}, this.#problem) : null,
        lines.length ? h('ul', {}, lines) : null,
        this.#unlisted ? h('p', {}, t('moreErrors', lang, this.#unlisted)) : null,
      );
    }

    #bestPointer(pointer: string): string {
      let p = pointer;
      while (p && !this.#root.querySelector(`[data-pointer="${CSS_escape(p)}"]`)) p = p.slice(0, p.lastIndexOf('/'));
      return p;
    }

    #renderOut() {
      const info = this.#info;
      const { output, stale } = this.#shown;
      if (!info || !output || !this.#model) {
        this.#out.replaceChildren();
        return;
      }
      const model = this.#model;
      const result = buildResultModel(output, info.output, this.#lang, resultOverlayOf(info), (path) => labelAt(model, path));
      // the calculator's own disclaimer, or none: another body's (the medical insurance office's) never stands in
      this.#out.replaceChildren(renderResult(result, this.#lang, `pc-result-${this.#uid}`, info.disclaimer ?? null, stale));
      return result;
    }

    #announce(text: string) {
      this.#status.textContent = '';
      setTimeout(() => {
        this.#status.textContent = text;
      }, 50);
    }

    async #submit() {
      if (this.#busy || !this.#info || !this.#model) return;
      const lang = this.#lang;
      const { body, errors } = toRequest(this.#model, this.#state, lang);
      this.#problem = null;
      this.#failure = null;
      this.#unlisted = 0;
      if (errors.length) {
        this.#errors = errors;
        this.#errorsFrom = 'client';
        this.#show({ t: 'failed' });
        this.#renderTop('pc-summary!');
        return;
      }
      this.#busy = true;
      this.#renderTop();
      try {
        const answer = await calculate(this.#api, this.#info, body, lang);
        this.#busy = false;
        if (answer.ok) {
          this.#errors = [];
          this.#errorsFrom = null;
          this.#renderTop();
          this.#show({ t: 'answered', output: answer.output });
          const model = this.#renderOut();
          if (model) this.#announce(model.summary);
          return;
        }
        this.#failure = answer.problem;
      } catch {
        this.#busy = false;
        this.#failure = 'network';
      }
      this.#explain(lang);
      this.#show({ t: 'failed' });
      this.#renderTop('pc-summary!');
    }
  }

  customElements.define(tag, PolicyCalculator);
}

/** CSS.escape for attribute values in selectors (quotes and backslashes). */
function CSS_escape(v: string) {
  return v.replace(/["\\]/g, '\\$&');
}
