/** Draws a result model (result-model.ts): figures, an SVG bar of who pays what, tables, the cited steps. */
import { h, s } from './dom';
import { t } from './i18n';
import type { ResultModel, Split } from './result-model';
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

export function renderResult(model: ResultModel, lang: Lang, headingId: string, disclaimer: string): HTMLElement {
  const yuan = t('yuan', lang);
  const colon = lang === 'en' ? ': ' : '：';
  const split = model.split;
  return h(
    'section',
    { class: 'result', 'aria-labelledby': headingId },
    h('h3', { id: headingId, tabindex: '-1' }, t('result', lang)),
    split
      ? h(
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
                { 'data-figure': p.key },
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
        )
      : null,
    model.figures.length
      ? h(
          'dl',
          { class: 'figures' },
          model.figures.map((f) =>
            h(
              'div',
              { 'data-figure': f.key },
              h('dt', {}, f.label),
              h('dd', {}, h('span', { class: 'num' }, f.text), f.unit ? ` ${f.unit}` : ''),
            ),
          ),
        )
      : null,
    model.tables.map((tb) =>
      h(
        'div',
        { class: 'table-wrap', role: 'region', 'aria-label': tb.label, tabindex: '0' },
        h(
          'table',
          {},
          h('caption', {}, tb.label),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              tb.columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'n' : undefined }, c.label)),
            ),
          ),
          h(
            'tbody',
            {},
            tb.rows.map((r) =>
              h(
                'tr',
                {},
                r.map((cell, i) =>
                  i === 0 ? h('th', { scope: 'row' }, cell) : h('td', { class: tb.columns[i]?.numeric ? 'n' : undefined }, cell),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    model.steps.length
      ? h(
          'details',
          { class: 'steps' },
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
                h('p', { class: 'outcome' }, h('span', { class: 'k' }, `${t('outcome', lang)}${colon}`), st.result),
                st.note ? h('p', { class: 'hint' }, st.note) : null,
              ),
            ),
          ),
        )
      : null,
    h('p', { class: 'disclaimer' }, disclaimer),
  );
}
