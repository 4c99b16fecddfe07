/** Draws a result model (result-model.ts): notices, figures, an SVG bar of who pays what, parts, lists, the cited steps. */
import { h, s, type Child } from './dom';
import { t } from './i18n';
import type { ResultModel, Split, ValueView, View } from './result-model';
import type { Lang } from './types';

let chartSeq = 0;

function chart(split: Split, lang: Lang): SVGSVGElement | null {
  if (split.total <= 0) return null;
  const titleId = `pc-chart-${++chartSeq}`;
  const described = split.parts
    .filter((p) => p.amount > 0)
    .map((p) => `${p.label} ${p.share}`)
    .join(lang === 'en' ? ', ' : '，');
  return s(
    'svg',
    { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', role: 'img', 'aria-labelledby': titleId, focusable: 'false' },
    s('title', { id: titleId }, `${split.label}: ${described}`),
    split.parts
      .filter((p) => p.width > 0)
      .map((p) => s('rect', { class: `seg seg-${p.key}`, x: p.x.toFixed(3), y: '0', width: p.width.toFixed(3), height: '10' })),
  );
}

function splitView(split: Split, lang: Lang) {
  const yuan = t('yuan', lang);
  return h(
    'div',
    { class: 'split' },
    h('p', { class: 'split-title' }, split.label),
    chart(split, lang),
    h(
      'ul',
      { class: 'legend' },
      split.parts.map((p) =>
        h(
          'li',
          { 'data-figure': p.key, 'data-path': split.path ? `${split.path}.${p.key}` : undefined },
          h('span', { class: `swatch seg-${p.key}`, 'aria-hidden': 'true' }),
          h('span', { class: 'name' }, p.label),
          h('span', { class: 'amount' }, h('data', { class: 'num', value: String(p.amount) }, p.text), ` ${yuan}`),
          h('span', { class: 'share' }, p.share),
        ),
      ),
      h(
        'li',
        { class: 'total', 'data-figure': 'total' },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'name' }, t('total', lang)),
        h('span', { class: 'amount' }, h('data', { class: 'num', value: String(split.total) }, split.totalText), ` ${yuan}`),
        h('span', { class: 'share' }, '100.0%'),
      ),
    ),
  );
}

/** A value's words: the figure (with its unit), a status as a badge, and why it is undetermined. */
function valueText(v: ValueView, lang: Lang): Child[] {
  const main =
    v.kind === 'money' || v.kind === 'number'
      ? h('span', { class: 'num' }, v.text)
      : v.kind === 'status' || v.kind === 'undetermined'
        ? h(
            'span',
            { class: `badge ${v.renamed && (v.status === 'met' || v.status === 'not_met') ? 'neutral' : (v.status ?? v.kind)}` },
            v.text,
          )
        : v.text;
  return [
    main,
    v.unit ? ` ${v.unit}` : null,
    v.reason ? h('span', { class: 'reason' }, lang === 'en' ? ` (${v.reason})` : `（${v.reason}）`) : null,
  ];
}

const figure = (v: ValueView, lang: Lang) =>
  h('div', { 'data-figure': v.path, 'data-path': v.path }, h('dt', {}, v.label), h('dd', { 'data-kind': v.kind }, valueText(v, lang)));

/** Views in order; runs of single values as one list of figures. */
function views(list: View[], lang: Lang, depth: number): Child[] {
  const out: Child[] = [];
  let run: ValueView[] = [];
  const flush = () => {
    if (run.length)
      out.push(
        h(
          'dl',
          { class: 'figures' },
          run.map((v) => figure(v, lang)),
        ),
      );
    run = [];
  };
  const heading = (text: string) => h(depth === 0 ? 'h4' : 'h5', {}, text);
  for (const v of list) {
    if (v.t === 'value') {
      run.push(v);
      continue;
    }
    flush();
    if (v.t === 'group')
      out.push(h('section', { class: 'part', 'data-path': v.path }, heading(v.label), views(v.children, lang, depth + 1)));
    else if (v.t === 'items')
      out.push(
        h(
          'section',
          { class: 'part', 'data-path': v.path },
          heading(v.label),
          h(
            'ol',
            { class: 'cards' },
            v.items.map((it) =>
              h(
                'li',
                { class: 'card', 'data-path': it.path },
                h('p', { class: 'card-title' }, h('span', {}, it.title), it.status ? [' ', valueText(it.status, lang)] : null),
                views(it.children, lang, depth + 1),
              ),
            ),
          ),
        ),
      );
    else {
      // a column's name with its unit: the heading, and each cell's label when a phone shows rows as cards
      const heads = v.columns.map((c) => (c.unit ? (lang === 'en' ? `${c.label} (${c.unit})` : `${c.label}（${c.unit}）`) : c.label));
      out.push(
        h(
          'div',
          { class: 'table-wrap', role: 'region', 'aria-label': v.label, tabindex: '0', 'data-path': v.path },
          h(
            'table',
            {},
            h('caption', {}, v.label),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                v.columns.map((c, i) =>
                  h('th', { scope: 'col', class: c.numeric ? 'n' : undefined, 'data-path': `${v.path}.*.${c.key}` }, heads[i]),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              v.rows.map((r) =>
                h(
                  'tr',
                  {},
                  r.map((cell, i) =>
                    i === 0
                      ? h(
                          'th',
                          { scope: 'row', 'data-path': cell.path, 'data-label': heads[0] },
                          valueText({ ...cell, unit: undefined }, lang),
                        )
                      : h(
                          'td',
                          { class: v.columns[i]?.numeric ? 'n' : undefined, 'data-path': cell.path, 'data-label': heads[i] },
                          valueText({ ...cell, unit: undefined }, lang),
                        ),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    }
  }
  flush();
  return out;
}

/**
 * The answer: its notices above the figures, then the figures, parts and lists, how it was calculated, and the
 * calculator's own disclaimer (none when it has none). A `stale` answer (an input changed, or the last submit failed)
 * is greyed under a line saying so.
 */
export function renderResult(model: ResultModel, lang: Lang, headingId: string, disclaimer: string | null, stale: boolean): HTMLElement {
  const colon = lang === 'en' ? ': ' : '：';
  return h(
    'section',
    { class: `result${stale ? ' stale' : ''}`, 'aria-labelledby': headingId },
    h('h3', { id: headingId, tabindex: '-1' }, t('result', lang)),
    stale ? h('p', { class: 'stale-note', id: `${headingId}-stale` }, t('stale', lang)) : null,
    h(
      'div',
      { class: 'body', 'aria-describedby': stale ? `${headingId}-stale` : undefined },
      model.notices.length
        ? h(
            'div',
            { class: 'notices', role: 'note' },
            h('h4', {}, t('notices', lang)),
            h(
              'ul',
              {},
              model.notices.map((n) => h('li', {}, ...unbrokenDates(n))),
            ),
          )
        : null,
      model.split ? splitView(model.split, lang) : null,
      views(model.views, lang, 0),
      model.basis
        ? h(
            'p',
            { class: 'basis', 'data-path': 'trace.steps.*.rule' },
            h('span', { class: 'k' }, `${t('basis', lang)}${colon}`),
            h('cite', {}, model.basis),
          )
        : null,
      model.steps.length
        ? h(
            'details',
            { class: 'steps', 'data-path': 'trace.steps' },
            h('summary', {}, t('howCalculated', lang)),
            h(
              'ol',
              {},
              model.steps.map((st) =>
                h(
                  'li',
                  {},
                  h('p', { class: 'step-title' }, st.title),
                  h('p', { class: 'rule' }, h('span', { class: 'k' }, `${t('basis', lang)}${colon}`), h('cite', {}, st.rule)),
                  h('p', { class: 'formula' }, h('span', { class: 'k' }, `${t('formula', lang)}${colon}`), h('code', {}, st.formula)),
                  st.result
                    ? h(
                        'p',
                        { class: 'outcome' },
                        h('span', { class: 'k' }, `${t('outcome', lang)}${colon}`),
                        // each named figure by its key, so that a label still to be written can be found
                        st.parts
                          ? st.parts.flatMap((x, i) => [
                              i ? (lang === 'en' ? '; ' : '；') : '',
                              h(
                                'span',
                                { 'data-path': `trace.steps.*.result.${x.key}` },
                                h('span', { class: 'name' }, x.label),
                                ' ',
                                h('span', { class: 'v' }, x.text),
                              ),
                            ])
                          : st.result,
                      )
                    : null,
                  st.note ? h('p', { class: 'hint' }, st.note) : null,
                ),
              ),
            ),
          )
        : null,
      disclaimer ? h('p', { class: 'disclaimer' }, disclaimer) : null,
    ),
  );
}

/** A text with its dates (2015-01-31) kept on one line: a phone would break them at the hyphen. */
function unbrokenDates(text: string): Child[] {
  return text.split(/(\d{4}-\d{2}-\d{2})/).map((part, i) => (i % 2 ? h('span', { class: 'nw' }, part) : part));
}
