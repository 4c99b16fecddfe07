import { formatPeriod, formatRange, formatValue, type FormatLang, unitWords } from '../engine/format';
import { covers, inForce } from '../engine/lookup';
import { coverageNotices, type Notice } from '../engine/notices';
import {
  citationOf,
  type CompiledBundle,
  type CompiledParameter,
  type CompiledScale,
  type CompiledTable,
  type DatedValue,
  type Localized,
  type ScaleRow,
} from '../tables/model';
import { byteLength, html, join, raw, type Html } from './html';
import { normalize, type HitKind, type SearchAnswer, type SearchField, type SearchHit } from './search';
import { codeWords, countOf, dataVersionWords, idsInWords, noteIn, type NoteLike, parameterKeysIn, textIn, unitLabel } from './text';

/**
 * The legislation explorer's pages, as pure functions of the compiled data and a small context
 * (language, date, the URL for links). Server-rendered HTML without any script (the CSP forbids
 * inline scripts; none are needed): a search form, lists, tables. Chinese by default, English on
 * request; readable on a 320 px phone, printable, accessible (landmarks, headings, labels, a skip
 * link, AA contrast). Long tables are split into pages so that no response exceeds 50 KB.
 */

export interface Ctx {
  lang: FormatLang;
  /** the language was chosen with ?lang= (then links keep it) */
  explicitLang: boolean;
  /** today in Asia/Shanghai */
  today: string;
  /** path and query of this page, for the language switch */
  path: string;
  query: Record<string, string>;
}

/** Bytes of table rows per page; with the page frame and header a page stays well under 50 KB. */
export const PAGE_BUDGET = 34 * 1024;
export const HITS_PER_PAGE = 40;

export const tr = (ctx: Ctx) => (zh: string, en: string) => (ctx.lang === 'en' ? en : zh);
export const pick = (ctx: Ctx, l: Localized) => (ctx.lang === 'en' ? l.en : l.zh);

/** A link inside the explorer: keeps ?lang= when the reader chose it. */
export function href(ctx: Ctx, path: string, params: Record<string, string | number | undefined> = {}, anchor = ''): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  if (ctx.explicitLang) q.set('lang', ctx.lang);
  const s = q.toString();
  return `${path}${s ? `?${s}` : ''}${anchor ? `#${encodeURIComponent(anchor).replace(/%2E/gi, '.')}` : ''}`;
}

/**
 * A key, sheet id or address that may wrap only after its separators (`.`, `_`, `/`, `?`, `&`, `=`), never inside a
 * word: inserted <wbr> (copying the text copies it whole).
 */
export const breakable = (s: string): Html => join(s.split(/(?<=[._/?&=])(?=.)/), raw('<wbr>'));

/** A note in full, in the reader's language (line breaks kept by the `note` class); a key, sheet id or code of `tb` it names, in words. */
export const noteHtml = (ctx: Ctx, note: NoteLike, tb?: CompiledTable): Html => {
  const text = noteIn(note, ctx.lang);
  return text ? html`<span class="note">${tb ? idsInWords(text, namesOf(tb), ctx.lang) : text}</span>` : html``;
};

const names = new WeakMap<CompiledTable, Map<string, Localized>>();
/** What a table's notes may name by id: its parameter keys, sheet ids and codes, with their words. */
export function namesOf(tb: CompiledTable): Map<string, Localized> {
  let m = names.get(tb);
  if (!m) {
    m = new Map<string, Localized>();
    for (const s of tb.scales)
      for (const byCode of Object.values(s.labels ?? {})) for (const [code, l] of Object.entries(byCode)) m.set(code, l);
    for (const s of tb.scales) m.set(s.id, s.label);
    for (const p of tb.parameters) m.set(p.key, p.label);
    names.set(tb, m);
  }
  return m;
}

/** The notices of what the values shown rest on, in the reader's language (the API's `notices[]`, same text). */
export function noticeBox(ctx: Ctx, lead: Html | string, notices: readonly Notice[]): Html {
  return html`<div class="notice" role="note"><p class="lead">${lead}</p>${notices.map((n) => html`<p data-code="${n.code}">${ctx.lang === 'en' ? n.en : n.zh}</p>`)}</div>`;
}

/** "以下是 2026-12-07（今天）适用的数值（数值核对至 2015-01-31，之后按本站收录的最新文件）": what the values shown are. */
export function valuesAre(ctx: Ctx, tb: CompiledTable, date: string): string {
  const t = tr(ctx);
  const today = date === ctx.today;
  // "2026-12-07（今天）适用": no space after the closing bracket
  const day = today ? t(`${date}（今天）`, `${date} (today)`) : date;
  const after = today ? '' : ' ';
  if (!covers(tb, date))
    return t(
      `本表数据${tb.coverage.to ? `覆盖 ${tb.coverage.from} 至 ${tb.coverage.to}` : `自 ${tb.coverage.from} 起`}；${day}不在数据范围内，没有适用的数值。`,
      `The data of this table covers ${tb.coverage.to ? `${tb.coverage.from} to ${tb.coverage.to}` : `${tb.coverage.from} onwards`}; ${day} is outside it, so no value applies.`,
    );
  if (date > tb.verifiedThrough)
    return t(
      `以下是 ${day}${after}适用的数值（数值核对至 ${tb.verifiedThrough}，之后按本站收录的最新文件）。`,
      `Values that apply on ${day} (checked up to ${tb.verifiedThrough}; later dates use the latest document collected here).`,
    );
  return t(
    `以下是 ${day}${after}有效的数值（数值已与公开文件核对至 ${tb.verifiedThrough}）。`,
    `Values in force on ${day} (checked against published documents up to ${tb.verifiedThrough}).`,
  );
}

export const DOMAIN_LABELS: Record<string, Localized> = {
  health: { zh: '医疗卫生', en: 'Health' },
  social: { zh: '社会保障与服务', en: 'Social affairs' },
  economy: { zh: '经济与产业', en: 'Economy' },
  environment: { zh: '生态环境', en: 'Environment' },
  land: { zh: '土地与城乡建设', en: 'Land and urban development' },
  safety: { zh: '公共安全', en: 'Public safety' },
  government: { zh: '政府治理', en: 'Government' },
};
const domainLabel = (ctx: Ctx, d: string) => pick(ctx, DOMAIN_LABELS[d] ?? { zh: d, en: d });

// ---------------------------------------------------------------------------------------------
// Page frame.

/** The stylesheet: src/explore/explore.css, a static asset (src/routes/system.ts), out of the Worker's bundle. */
const STYLESHEET = '/docs/assets/explore.css';

/** On a phone the parameter table becomes one card per parameter; CSS names each cell (no per-cell markup). */
const cardLabels = (ctx: Ctx) =>
  PARAM_HEADS.slice(1)
    .map((h, i) => `table.params>tbody>tr:not(.hist)>td:nth-of-type(${i + 1})::before{content:"${pick(ctx, h)}"}`)
    .join('');

const PARAM_HEADS: Localized[] = [
  { zh: '参数', en: 'Parameter' },
  { zh: '适用数值', en: 'Value that applies' },
  { zh: '单位', en: 'Unit' },
  { zh: '依据', en: 'Citation' },
  { zh: '备注', en: 'Note' },
];

export function layout(ctx: Ctx, page: { title: string; description?: string; body: Html; alternate?: string }): string {
  const t = tr(ctx);
  const other = ctx.lang === 'en' ? 'zh' : 'en';
  const switchHref = (() => {
    const q = new URLSearchParams(ctx.query);
    q.set('lang', other);
    return `${ctx.path}?${q.toString()}`;
  })();
  const doc = html`<!doctype html>
<html lang="${ctx.lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<link rel="icon" href="data:,">
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
${page.alternate ? html`<link rel="alternate" type="application/json" href="${page.alternate}">` : ''}
<link rel="stylesheet" href="${STYLESHEET}">
<style>${raw(`@media (max-width:40rem){${cardLabels(ctx)}}`)}</style>
</head>
<body>
<a class="skip" href="#main">${t('跳到正文', 'Skip to content')}</a>
<header class="site">
<nav aria-label="${t('网站导航', 'Site')}"><a href="${href(ctx, '/explore')}">${t('政策法规浏览', 'Legislation explorer')}</a><a href="/docs">${t('接口文档', 'API reference')}</a></nav>
<a class="lang" href="${switchHref}" hreflang="${other === 'en' ? 'en' : 'zh-CN'}" lang="${other === 'en' ? 'en' : 'zh-CN'}">${other === 'en' ? 'English' : '中文'}</a>
</header>
<main id="main" tabindex="-1">
${page.body}
</main>
<footer><p>${t('每个数值都注明来源文件和条款；原文未公布的数值不作推测。', 'Every value cites its document and article; values the source does not publish are never guessed.')} · <a href="/v1/tables">JSON</a></p></footer>
</body>
</html>
`;
  return doc.value;
}

export function renderMessage(ctx: Ctx, title: string, message: string): string {
  const t = tr(ctx);
  return layout(ctx, {
    title: `${title} · ${t('政策法规浏览', 'Legislation explorer')}`,
    body: html`<h1>${title}</h1><p>${message}</p><p><a href="${href(ctx, '/explore')}">${t('返回全部政策表', 'Back to all tables')}</a></p>`,
  });
}

// ---------------------------------------------------------------------------------------------
// Index and search.

function searchForm(ctx: Ctx, q: string): Html {
  const t = tr(ctx);
  return html`<form class="search" role="search" action="/explore" method="get">
<label for="q">${t('搜索政策参数、条款、备注、计算器', 'Search parameters, articles, notes and calculators')}</label>
<div class="row"><input id="q" name="q" type="search" value="${q}" maxlength="100" placeholder="${t('如：第二十五条、起付', 'e.g. 第二十五条, deductible')}"><button type="submit">${t('搜索', 'Search')}</button></div>
${ctx.explicitLang ? html`<input type="hidden" name="lang" value="${ctx.lang}">` : ''}
</form>`;
}

function tableCard(ctx: Ctx, tb: CompiledTable): Html {
  const t = tr(ctx);
  const rows = tb.scales.reduce((n, s) => n + s.rows.length, 0);
  const en = `${countOf(tb.parameters.length, 'parameter', 'parameters')} · ${countOf(tb.scales.length, 'scale sheet', 'scale sheets')} (${countOf(rows, 'row', 'rows')})`;
  return html`<li><h3><a href="${href(ctx, `/explore/${tb.id}`)}">${pick(ctx, tb.title)}</a></h3>
<p class="meta">${pick(ctx, tb.authority)} · ${t(`${tb.parameters.length} 个参数 · ${tb.scales.length} 个分档表（${rows} 行）`, en)} · ${t('数据', 'data')}${t('', ' ')}${dataVersionWords(tb.version, ctx.lang)} · ${t(`数值核对至 ${tb.verifiedThrough}`, `checked up to ${tb.verifiedThrough}`)}</p>
${pick(ctx, tb.description) ? html`<p>${pick(ctx, tb.description)}</p>` : ''}
<ul class="sources" aria-label="${t('来源文件', 'Source documents')}">${tb.sources.map((s) => html`<li>${sourceLine(ctx, s)}</li>`)}</ul></li>`;
}

function sourceLine(ctx: Ctx, s: CompiledTable['sources'][number]): Html {
  const t = tr(ctx);
  const dates = [
    s.issued ? t(`${s.issued} 发布`, `issued ${s.issued}`) : '',
    s.effective ? t(`${s.effective} 施行`, `in force ${s.effective}`) : '',
  ]
    .filter(Boolean)
    .join(t('，', ', '));
  const link = s.link && /^https?:\/\//i.test(s.link) ? html` <a href="${s.link}" rel="noopener noreferrer">${t('原文', 'text')}</a>` : '';
  const note = noteIn(s.note as NoteLike, ctx.lang);
  return html`<strong>${s.number}</strong> ${ctx.lang === 'en' ? pick(ctx, s.title) : html`《${s.title.zh}》`}${dates ? html` <span class="muted">${dates}</span>` : ''}${link}${note ? html` <span class="muted note">— ${note}</span>` : ''}`;
}

export function renderIndex(bundle: CompiledBundle, ctx: Ctx): string {
  const t = tr(ctx);
  const tables = Object.values(bundle.tables).sort((a, b) => (a.id < b.id ? -1 : 1));
  const domains = [...Object.keys(DOMAIN_LABELS), ...new Set(tables.map((x) => x.domain).filter((d) => !DOMAIN_LABELS[d]))].filter((d) =>
    tables.some((x) => x.domain === d),
  );
  const checked = [...new Set(tables.map((x) => x.verifiedThrough))].sort();
  const through = checked.length === 1 ? checked[0]! : `${checked[0]} – ${checked.at(-1)}`;
  const body = html`<h1>${t('政策法规浏览', 'Legislation explorer')}</h1>
<p>${t(
    `${tables.length} 张政策参数表，数据来自政府公报中的政策文件。每个数值都注明来源文件和条款，并有生效日期；点开一张表查看全部参数和分档。`,
    `${tables.length} policy tables from the documents of the government gazette. Every value cites its document and article and carries its dates in force; open a table to see all its parameters and brackets.`,
  )}</p>
<p>${t(
    `数值已与公开文件核对至 ${through}。查看更晚的日期时，页面按本站收录的最新文件显示并注明：此后发布的文件可能已作调整。`,
    `The values were checked against published documents up to ${through}. For later dates the pages show the latest document collected here and say so: documents published since may have changed them.`,
  )}</p>
${searchForm(ctx, '')}
${domains.map(
  (d) => html`<section aria-labelledby="d-${d}"><h2 id="d-${d}">${domainLabel(ctx, d)}</h2>
<ul class="cards">${tables.filter((x) => x.domain === d).map((x) => tableCard(ctx, x))}</ul></section>`,
)}`;
  return layout(ctx, {
    title: t('政策法规浏览 · 政策参数表', 'Legislation explorer · policy tables'),
    description: t(
      '按领域浏览政策参数表，搜索参数、条款和备注。',
      'Browse the policy tables by domain; search parameters, articles and notes.',
    ),
    body,
    alternate: '/v1/tables',
  });
}

/** Text with each occurrence of the query words marked, cut around the first one (the page linked shows it whole). */
function snippet(text: string, words: string[], width = 80): Html {
  const norm = normalize(text);
  // NFKC can change lengths (rare full-width forms); then mark nothing rather than the wrong place
  const aligned = norm.length === text.length;
  let first = -1;
  for (const w of words) {
    const i = norm.indexOf(w);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  const start = aligned && first > width / 2 ? first - Math.floor(width / 2) : 0;
  const end = Math.min(text.length, start + width * 2);
  const slice = text.slice(start, end);
  if (!aligned) return html`${start > 0 ? '…' : ''}${slice}${end < text.length ? '…' : ''}`;
  const ranges: [number, number][] = [];
  const low = norm.slice(start, end);
  for (const w of words) {
    let i = low.indexOf(w);
    while (i >= 0) {
      ranges.push([i, i + w.length]);
      i = low.indexOf(w, i + w.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: Html[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a < at) continue;
    parts.push(html`${slice.slice(at, a)}<mark>${slice.slice(a, b)}</mark>`);
    at = b;
  }
  parts.push(html`${slice.slice(at)}`);
  return html`${start > 0 ? '…' : ''}${parts}${end < text.length ? '…' : ''}`;
}

const FIELD_LABELS: Record<SearchField['name'], Localized> = {
  title: { zh: '名称', en: 'title' },
  key: { zh: '键', en: 'key' },
  label: { zh: '名称', en: 'label' },
  note: { zh: '备注', en: 'note' },
  citation: { zh: '依据', en: 'citation' },
  value: { zh: '内容', en: 'value' },
  column: { zh: '列', en: 'column' },
  description: { zh: '简介', en: 'description' },
  authority: { zh: '发布机关', en: 'authority' },
  number: { zh: '文号', en: 'number' },
  case: { zh: '情形', en: 'case' },
};
const KIND_LABELS: Record<HitKind, Localized> = {
  table: { zh: '政策表', en: 'table' },
  source: { zh: '来源文件', en: 'document' },
  parameter: { zh: '参数', en: 'parameter' },
  scale: { zh: '分档表', en: 'scale sheet' },
  row: { zh: '分档行', en: 'scale row' },
  calculator: { zh: '计算器', en: 'calculator' },
};

/** The unit's name after a value written without one ("2（个数）"); percentages, yes/no, dates and texts say what they are. */
const bareUnit = (ctx: Ctx, v: SearchHit['values'][number]) =>
  v.published && !unitWords(v.unit, ctx.lang) && !['ratio', 'boolean', 'date', 'text', 'enum', 'year'].includes(v.unit)
    ? html`<span class="muted">${tr(ctx)(`（${v.unitName.zh}）`, ` (${v.unitName.en})`)}</span>`
    : '';

/** What a hit says on the date: its value(s) with unit, when in force, and the document and article. */
function hitFacts(ctx: Ctx, h: SearchHit): Html {
  const t = tr(ctx);
  const colon = t('：', ': ');
  const lines: Html[] = [];
  if (h.values.length) {
    const values =
      h.kind === 'parameter'
        ? html`${pick(ctx, h.values[0]!.text)}${bareUnit(ctx, h.values[0]!)}`
        : join(
            h.values.map((v) => html`${pick(ctx, v.label)} ${pick(ctx, v.text)}${bareUnit(ctx, v)}`),
            t('；', '; '),
          );
    const period = h.period ? html` <span class="muted">· ${formatPeriod(h.period, ctx.lang)}</span>` : '';
    lines.push(html`<p class="val"><span class="muted">${t('适用数值', 'Value that applies')}${colon}</span>${values}${period}</p>`);
  } else if (h.reason && (h.reason.code === 'not-in-force' || h.reason.code === 'date-not-covered')) {
    lines.push(html`<p class="val muted">${pick(ctx, h.reason)}</p>`);
  }
  if (h.citation) lines.push(html`<p class="val"><span class="muted">${t('依据', 'Citation')}${colon}</span>${h.citation.text}</p>`);
  else if (h.documents.length && h.kind !== 'source')
    lines.push(html`<p class="val"><span class="muted">${t('来源文件', 'Documents')}${colon}</span>${h.documents.join(t('、', ', '))}</p>`);
  return html`${lines}`;
}

export function renderSearch(ctx: Ctx, answer: SearchAnswer, catalogueMissing = false): string {
  const t = tr(ctx);
  const q = answer.query;
  const { page, pages } = answer;
  const list = answer.hits.map((h) => {
    // the matched fields in the reader's language first, at most three, leaving out what the lines above already say
    const shown = new Set([pick(ctx, h.labels), h.citation?.text ?? ''].map(normalize));
    const fields = h.matched
      .filter((f) => !((f.field === 'title' || f.field === 'label' || f.field === 'citation') && shown.has(normalize(f.text))))
      .slice(0, 3);
    const link = h.links.page;
    return html`<li><a href="${link}"><span class="label">${pick(ctx, h.labels)}</span></a> <span class="kind">${pick(ctx, KIND_LABELS[h.kind])}</span>
${h.table && h.kind !== 'table' ? html`<div class="muted">${pick(ctx, h.table.title)}</div>` : ''}${hitFacts(ctx, h)}${fields.map((f) => html`<p class="snip"><span class="muted">${pick(ctx, FIELD_LABELS[f.field])}${t('：', ': ')}</span>${snippet(f.text, answer.terms)}</p>`)}</li>`;
  });
  // the values shown rest on the search's date: say so once, with each table's notice as the API words it
  const notices = [...new Map(answer.hits.flatMap((h) => h.notices).map((n) => [`${n.code}|${n.en}`, n])).values()];
  const carried = notices.filter((n) => n.code === 'after-verified-through');
  const isToday = answer.date === ctx.today;
  const day = isToday ? t(`${answer.date}（今天）`, `${answer.date} (today)`) : answer.date;
  const sp = isToday ? '' : ' ';
  const lead = carried.length
    ? t(
        `数值为 ${day}${sp}适用的数值；各表数值核对到的日期早于该日，按本站收录的最新文件显示，之后发布的文件可能已作调整。`,
        `Values are those that apply on ${day}; the tables' values were checked up to an earlier date and are those of the latest document collected here, so documents published later may have changed them.`,
      )
    : t(`数值为 ${day}${sp}有效的数值。`, `Values are those in force on ${day}.`);
  const noticeHtml = notices.length
    ? html`<div class="notice" role="note"><p class="lead">${lead}</p><details><summary>${t(`各表的说明（${notices.length} 条）`, `What each table says (${notices.length})`)}</summary>${notices.map((n) => html`<p data-code="${n.code}">${pick(ctx, n)}</p>`)}</details></div>`
    : '';
  const pager =
    pages > 1
      ? html`<nav class="pager" aria-label="${t('搜索结果分页', 'Result pages')}">${page > 1 ? html`<a rel="prev" href="${href(ctx, '/explore', { q, page: page - 1 })}">${t('上一页', 'Previous')}</a>` : ''}<span>${t(`第 ${page} / ${pages} 页`, `page ${page} of ${pages}`)}</span>${page < pages ? html`<a rel="next" href="${href(ctx, '/explore', { q, page: page + 1 })}">${t('下一页', 'Next')}</a>` : ''}</nav>`
      : '';
  const body = html`<nav aria-label="${t('位置', 'Breadcrumb')}"><a href="${href(ctx, '/explore')}">${t('全部政策表', 'All tables')}</a></nav>
<h1>${t('搜索', 'Search')}</h1>
${searchForm(ctx, q)}
<section aria-labelledby="results">
<h2 id="results">${answer.total ? t(`“${q}”的搜索结果：${answer.total} 条`, `${countOf(answer.total, 'result', 'results')} for “${q}”`) : t(`没有找到“${q}”`, `No results for “${q}”`)}</h2>
${catalogueMissing ? html`<p class="muted">${t('计算器目录暂时无法读取，本次只搜索了政策表。', 'The calculator catalogue could not be read: only the tables were searched.')}</p>` : ''}
${noticeHtml}
${answer.total ? html`<ol class="hits" start="${(page - 1) * answer.limit + 1}">${list}</ol>${pager}` : html`<p>${t('试试更短的词，或按条款搜索（如“第二十五条”），或按参数键搜索（如 inpatient）。', 'Try a shorter word, an article (e.g. 第二十五条) or a parameter key (e.g. inpatient).')}</p>`}
<p class="json">JSON${t('：', ': ')}<a href="/v1/search?q=${encodeURIComponent(q)}">${breakable(`/v1/search?q=${q}`)}</a></p>
</section>`;
  return layout(ctx, { title: `${t('搜索', 'Search')}${t('：', ': ')}${q} · ${t('政策法规浏览', 'Legislation explorer')}`, body });
}

// ---------------------------------------------------------------------------------------------
// One table, paginated.

interface Section {
  anchor: string;
  title: Html;
  intro: Html;
  /** table opening (with caption and header row) and closing */
  open: Html;
  close: string;
  rows: { anchors: string[]; html: string; bytes: number }[];
}

export interface TableLayout {
  pages: { section: Section; rows: Section['rows']; first: boolean }[][];
  /** anchor → page number (1-based) */
  anchors: Map<string, number>;
  sections: { anchor: string; title: Html; page: number; count: number }[];
}

const notPublished = (ctx: Ctx) => html`<span class="np">${tr(ctx)('原文未公布', 'not published in the source')}</span>`;
const notStated = (ctx: Ctx) =>
  html`<span class="muted" aria-hidden="true">—</span><span class="sr">${tr(ctx)('原文未写明', 'not stated in the source')}</span>`;

function valueHtml(
  ctx: Ctx,
  v: DatedValue | ScaleRow['cells'][string],
  unit: Parameters<typeof formatValue>[1],
  labels?: CompiledParameter['labels'],
  tb?: CompiledTable,
): Html {
  const value = v !== null && typeof v === 'object' ? v.value : v;
  if (value === null) return notPublished(ctx);
  if (typeof value === 'string' && unit === 'enum') return html`${codeWords(labels, value, ctx.lang)}`;
  if (typeof value === 'string' && unit === 'text') {
    const text = textIn(value, ctx.lang);
    return html`${tb ? idsInWords(text, namesOf(tb), ctx.lang) : text}`;
  }
  return html`${formatValue(value, unit, ctx.lang)}`;
}

function parameterSection(ctx: Ctx, tb: CompiledTable, date: string): Section {
  const t = tr(ctx);
  const heads = PARAM_HEADS.map((h) => pick(ctx, h));
  const rows = tb.parameters.map((p) => {
    const now = p.history.find((h) => inForce(h, date));
    const json = `/v1/tables/${tb.id}/parameters/${p.key}`;
    const value = now
      ? html`${valueHtml(ctx, now, p.unit, p.labels, tb)}<br><span class="muted">${formatPeriod(now, ctx.lang)}</span>`
      : html`<span class="muted">${t(`${date} 无有效数值`, `none in force on ${date}`)}</span>`;
    const shown = now ?? p.history.at(-1)!;
    const main = html`<tr id="p-${p.key}"${now ? '' : raw(' class="off"')}><th scope="row"><span class="label">${pick(ctx, p.label)}</span><br><a class="code" href="${json}" title="${p.key}">JSON</a></th><td>${value}</td><td>${unitLabel(p.unit, ctx.lang)}</td><td>${citationOf(shown, 'value').text}</td><td>${noteHtml(ctx, shown.note, tb)}</td></tr>`;
    const s = `${main.value}${p.history.length > 1 ? historyRow(ctx, tb, p, date).value : ''}`;
    return { anchors: [`p-${p.key}`], html: s, bytes: byteLength(s) };
  });
  return {
    anchor: 'parameters',
    title: html`${t('参数', 'Parameters')}`,
    intro: html`<p class="json">JSON${t('：', ': ')}<a href="/v1/tables/${tb.id}?date=${date}">${breakable(`/v1/tables/${tb.id}?date=${date}`)}</a></p>`,
    open: html`<div class="scroll"><table class="params"><caption class="sr">${t(`${tb.parameters.length} 个参数，${date} 适用的数值`, `${countOf(tb.parameters.length, 'parameter', 'parameters')}, values that apply on ${date}`)}</caption><thead><tr>${heads.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>`,
    close: '</tbody></table></div>',
    rows,
  };
}

function historyRow(ctx: Ctx, tb: CompiledTable, p: CompiledParameter, date: string): Html {
  const t = tr(ctx);
  return html`<tr class="hist"><td colspan="5"><table class="history"><caption>${t(`${pick(ctx, p.label)}：历次数值`, `${pick(ctx, p.label)}: dated values`)}</caption><thead><tr><th scope="col">${t('生效期间', 'In force')}</th><th scope="col">${t('数值', 'Value')}</th><th scope="col">${t('依据', 'Citation')}</th><th scope="col">${t('备注', 'Note')}</th></tr></thead><tbody>${p.history.map(
    (h) =>
      html`<tr${inForce(h, date) ? raw(' class="now" aria-current="true"') : ''}><td>${formatPeriod(h, ctx.lang)}</td><td>${valueHtml(ctx, h, p.unit, p.labels, tb)}</td><td>${citationOf(h, 'value').text}</td><td>${noteHtml(ctx, h.note, tb)}</td></tr>`,
  )}</tbody></table></td></tr>`;
}

/** A text column in the other language (`name_en` beside `name_zh`): left out of the page in this one. */
const otherLanguage = (ctx: Ctx, s: CompiledScale, id: string) => {
  const [own, other] = ctx.lang === 'en' ? ['_en', '_zh'] : ['_zh', '_en'];
  const has = (c: string) => s.columns.some((x) => x.id === c && x.unit === 'text');
  if (id.endsWith(other)) {
    const base = id.slice(0, -other.length);
    // `head_role_en` beside a Chinese `head_role` is the other language as well
    return has(`${base}${own}`) || (ctx.lang === 'zh' && has(base));
  }
  // a Chinese `head_role` beside its `head_role_en`, in English
  return ctx.lang === 'en' && has(`${id}_en`) && has(id);
};

/**
 * How a sheet's columns read to a citizen: codes in words, and the columns that only repeat those words (a code's
 * own `<column>_zh` / `_en`, a name column equal to them on every row) left out; a column listing parameter keys
 * shows the parameters' names instead.
 */
function sheetView(ctx: Ctx, tb: CompiledTable, s: CompiledScale) {
  const labels = s.labels ?? {};
  const words = (id: string, v: unknown) => codeWords(labels[id], v, ctx.lang);
  const coded = s.columns.filter((c) => labels[c.id]);
  const keys = new Set(tb.parameters.map((p) => p.key));
  const keyColumns = new Set(
    s.columns
      .filter((c) => c.unit === 'text')
      .filter((c) => {
        const vals = s.rows.map((r) => r.cells[c.id]).filter((v): v is string => typeof v === 'string' && v !== '');
        return vals.length > 0 && vals.every((v) => parameterKeysIn(v, keys) !== null);
      })
      .map((c) => c.id),
  );
  const repeats = (id: string) =>
    coded.some(
      (k) =>
        id === `${k.id}_zh` ||
        id === `${k.id}_en` ||
        s.rows.every((r) => {
          const v = r.cells[id];
          return v === null || v === undefined || r.cells[k.id] === null || textIn(String(v), ctx.lang) === words(k.id, r.cells[k.id]);
        }),
    );
  const columns = s.columns.filter((c) => !otherLanguage(ctx, s, c.id) && !(c.kind === 'value' && c.unit === 'text' && repeats(c.id)));
  const paramLabel = new Map(tb.parameters.map((p) => [p.key, pick(ctx, p.label)]));
  /** a text cell of a parameter-key column: the parameters' names */
  const keysText = (v: string) => {
    const list = parameterKeysIn(v, keys) ?? [];
    return list.length ? list.map((k) => paramLabel.get(k) ?? k).join(ctx.lang === 'en' ? '; ' : '；') : '—';
  };
  return { columns, words, keyColumns, keysText };
}

function scaleSection(ctx: Ctx, tb: CompiledTable, s: CompiledScale, date: string): Section {
  const t = tr(ctx);
  const inNow = s.rows.filter((r) => inForce(r, date)).length;
  const view = sheetView(ctx, tb, s);
  const columns = view.columns;
  const heads = [
    ...columns.map((c) => (view.keyColumns.has(c.id) ? t('相关参数', 'Parameters concerned') : pick(ctx, c.label))),
    t('生效期间', 'In force'),
    t('依据', 'Citation'),
    t('备注', 'Note'),
  ];
  const rows = s.rows.map((r) => {
    const on = inForce(r, date);
    const status = on ? '' : r.from > date ? t('（尚未生效）', ' (not yet in force)') : t('（已失效）', ' (no longer in force)');
    const cells = columns.map((c, i) => {
      const label = heads[i]!;
      if (c.kind === 'range')
        return html`<td data-label="${label}">${r.ranges[c.id] ? formatRange(r.ranges[c.id]!, pick(ctx, c.label), ctx.lang) : ''}</td>`;
      const v = r.cells[c.id] ?? null;
      if (c.kind === 'dimension') return html`<td data-label="${label}">${v === null ? t('任意', 'any') : view.words(c.id, v)}</td>`;
      if (typeof v === 'string' && c.unit === 'enum') return html`<td data-label="${label}">${view.words(c.id, v)}</td>`;
      if (typeof v === 'string' && view.keyColumns.has(c.id)) return html`<td data-label="${label}">${view.keysText(v)}</td>`;
      if (typeof v === 'string' && c.unit === 'text')
        return html`<td data-label="${label}">${idsInWords(textIn(v, ctx.lang), namesOf(tb), ctx.lang)}</td>`;
      // an empty text cell: the text states nothing there (no condition, no deputy…); the row's note says why
      if (v === null && c.unit === 'text') return html`<td data-label="${label}">${notStated(ctx)}</td>`;
      // a value carried over unchanged from the previous row keeps its own citation: shown under it
      const own = r.citations?.[c.id];
      return own
        ? html`<td data-label="${label}">${valueHtml(ctx, v, c.unit)}<br><span class="muted">${t('依据', 'cited to')} ${own.text}</span></td>`
        : html`<td data-label="${label}">${valueHtml(ctx, v, c.unit)}</td>`;
    });
    const row = html`<tr id="r-${s.id}-${r.row}"${on ? '' : raw(' class="off"')}>${cells}<td data-label="${heads.at(-3)}">${formatPeriod(r, ctx.lang)}${status}</td><td data-label="${heads.at(-2)}">${r.citation.text}</td><td data-label="${heads.at(-1)}">${noteHtml(ctx, r.note, tb)}</td></tr>`;
    return { anchors: [`r-${s.id}-${r.row}`], html: row.value, bytes: byteLength(row) };
  });
  return {
    anchor: `s-${s.id}`,
    title: html`${pick(ctx, s.label)}`,
    intro: html`<p class="json">${t(`${s.rows.length} 行，其中 ${inNow} 行在 ${date} 适用。`, `${countOf(s.rows.length, 'row', 'rows')}, ${inNow} in force on ${date}.`)} JSON${t('：', ': ')}<a href="/v1/tables/${tb.id}/scales/${s.id}">${breakable(`/v1/tables/${tb.id}/scales/${s.id}`)}</a></p>`,
    open: html`<div class="scroll"><table class="rows"><caption class="sr">${pick(ctx, s.label)}</caption><thead><tr>${heads.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>`,
    close: '</tbody></table></div>',
    rows,
  };
}

/**
 * Splits a table's sections into pages of at most PAGE_BUDGET bytes of rows (the first page also
 * carries the table's header). The page breaks are the same in both languages (each row counts with
 * its larger rendering), so the language switch, which keeps ?page=, shows the same rows, and a page
 * number valid in one language is valid in the other.
 */
export function paginate(ctx: Ctx, tb: CompiledTable, date: string): TableLayout {
  const sectionsIn = (c: Ctx) =>
    [parameterSection(c, tb, date), ...tb.scales.map((s) => scaleSection(c, tb, s, date))].filter(
      (s) => s.rows.length > 0 || s.anchor === 'parameters',
    );
  // Measure both languages with links that carry ?lang= (the longer form), so a page reached without
  // ?lang= and its twin reached through the language switch break at the same rows.
  const measured: Ctx = { ...ctx, explicitLang: true };
  const other: Ctx = { ...measured, lang: ctx.lang === 'en' ? 'zh' : 'en' };
  const sections = sectionsIn(ctx);
  const mine = sectionsIn(measured);
  const others = sectionsIn(other);
  const front = Math.max(byteLength(tableFront(measured, tb, date, 1, 1, [])), byteLength(tableFront(other, tb, date, 1, 1, [])));
  const pages: TableLayout['pages'] = [[]];
  let used = front;
  const anchors = new Map<string, number>();
  const sectionPages: TableLayout['sections'] = [];
  for (const [i, section] of sections.entries()) {
    const self = mine[i]!;
    const twin = others[i]!;
    const overhead = Math.max(byteLength(self.open) + byteLength(self.intro), byteLength(twin.open) + byteLength(twin.intro)) + 200;
    const rowBytes = (j: number) => Math.max(self.rows[j]!.bytes, twin.rows[j]!.bytes);
    let current: { section: Section; rows: Section['rows']; first: boolean } | null = null;
    sectionPages.push({ anchor: section.anchor, title: section.title, page: 0, count: section.rows.length });
    const startChunk = (first: boolean) => {
      current = { section, rows: [], first };
      pages.at(-1)!.push(current);
      used += overhead;
    };
    // a section starts on a new page when not even its first rows fit
    if (used + overhead + (section.rows.length ? rowBytes(0) : 0) > PAGE_BUDGET && pages.at(-1)!.length) {
      pages.push([]);
      used = 0;
    }
    startChunk(true);
    sectionPages.at(-1)!.page = pages.length;
    anchors.set(section.anchor, pages.length);
    for (const [j, row] of section.rows.entries()) {
      const bytes = rowBytes(j);
      if (used + bytes > PAGE_BUDGET && current!.rows.length) {
        pages.push([]);
        used = 0;
        startChunk(false);
      }
      current!.rows.push(row);
      used += bytes;
      for (const a of row.anchors) anchors.set(a, pages.length);
    }
  }
  anchors.set('sources', 1);
  return { pages, anchors, sections: sectionPages };
}

/** Links to the pages of a table's changes and change log (HTML, each with its JSON). */
export const changesHref = (ctx: Ctx, tb: CompiledTable, from: string, to: string) => href(ctx, `/explore/${tb.id}/changes`, { from, to });
export const changelogHref = (ctx: Ctx, tb: CompiledTable) => href(ctx, `/explore/${tb.id}/changelog`);

/** The breadcrumb of a table's pages. */
export const tableCrumbs = (ctx: Ctx, tb: CompiledTable, self = false) => {
  const t = tr(ctx);
  return html`<nav aria-label="${t('位置', 'Breadcrumb')}"><a href="${href(ctx, '/explore')}">${t('全部政策表', 'All tables')}</a> › <a href="${href(ctx, '/explore')}#d-${tb.domain}">${domainLabel(ctx, tb.domain)}</a>${self ? '' : html` › <a href="${href(ctx, `/explore/${tb.id}`)}">${pick(ctx, tb.title)}</a>`}</nav>`;
};

/** The lines of the change log shown on a table's first page: the latest ones, whole. */
export const RECENT_CHANGES = 5;

function tableFront(ctx: Ctx, tb: CompiledTable, date: string, page: number, pages: number, toc: TableLayout['sections']): Html {
  const t = tr(ctx);
  const today = date === ctx.today;
  const pageLink = (p: number, anchor = '') =>
    href(ctx, `/explore/${tb.id}`, { date: today ? undefined : date, page: p > 1 ? p : undefined }, anchor);
  const tocHtml = toc.length
    ? html`<nav class="toc" aria-labelledby="toc"><h2 id="toc">${t('目录', 'Contents')}</h2><ol>${page === 1 ? html`<li><a href="#sources">${t('来源文件', 'Source documents')}</a></li>` : ''}${toc.map(
        (s) =>
          html`<li><a href="${s.page === page ? `#${s.anchor}` : pageLink(s.page, s.anchor)}">${s.title}</a> <span class="muted">(${s.count})</span></li>`,
      )}</ol></nav>`
    : '';
  const heading = html`<h1>${pick(ctx, tb.title)}${pages > 1 ? html` <span class="muted nw">${t(`（第 ${page} / ${pages} 页）`, `(page ${page} of ${pages})`)}</span>` : ''}</h1>`;
  // what the values shown are, on every page: a reader may land on any of them from a search
  const notices = covers(tb, date) ? coverageNotices(tb, [date]) : [];
  const are = valuesAre(ctx, tb, date);
  const status = notices.length || !covers(tb, date) ? noticeBox(ctx, are, notices) : html`<p>${are}</p>`;
  if (page > 1) return html`${tableCrumbs(ctx, tb, true)}${heading}${status}${tocHtml}`;
  const log = [...tb.changelog].reverse().slice(0, RECENT_CHANGES);
  const since = date >= tb.coverage.from ? tb.coverage.from : null;
  return html`${tableCrumbs(ctx, tb, true)}${heading}
<p class="meta">${pick(ctx, tb.authority)} · ${t('领域：', 'Domain: ')}${domainLabel(ctx, tb.domain)} · <a href="${changelogHref(ctx, tb)}">${t('数据', 'Data')}${t('', ' ')}${dataVersionWords(tb.version, ctx.lang)}</a> · ${t(`数值核对至 ${tb.verifiedThrough}`, `checked up to ${tb.verifiedThrough}`)}</p>
${pick(ctx, tb.description) ? html`<p>${pick(ctx, tb.description)}</p>` : ''}
<form class="date" method="get" action="/explore/${tb.id}"><label for="date">${t('查看某一天适用的数值', 'Values that apply on')}</label><input id="date" name="date" type="date" value="${date}"><button type="submit">${t('查看', 'Show')}</button>${ctx.explicitLang ? html`<input type="hidden" name="lang" value="${ctx.lang}">` : ''}</form>
${status}
<p>${t('数据覆盖：', 'Data covers ')}${formatPeriod(tb.coverage, ctx.lang)}${since ? html` · <a href="${changesHref(ctx, tb, since, date)}">${t(`${since} 至 ${date} 的政策变化`, `policy changes from ${since} to ${date}`)}</a>` : ''} · <a href="${changelogHref(ctx, tb)}">${t('变更记录', 'Change log')}</a></p>
<p class="json">JSON${t('：', ': ')}<a href="/v1/tables/${tb.id}">${breakable(`/v1/tables/${tb.id}`)}</a></p>
<h2 id="sources">${t('来源文件', 'Source documents')}</h2>
<ul class="sources">${tb.sources.map((s) => html`<li>${sourceLine(ctx, s)}</li>`)}</ul>
<h2 id="changelog">${t('最近的变更记录', 'Latest change-log entries')}</h2>
<ul>${log.map((e) => html`<li>${e.date}${t('：', ': ')}<span class="note">${noteIn(e.change as NoteLike, ctx.lang)}</span></li>`)}</ul>
${tb.changelog.length > log.length ? html`<p><a href="${changelogHref(ctx, tb)}">${t(`全部 ${tb.changelog.length} 条变更记录`, `All ${tb.changelog.length} change-log entries`)}</a></p>` : ''}
${tocHtml}`;
}

export function renderTable(ctx: Ctx, tb: CompiledTable, date: string, page: number, lay: TableLayout): string {
  const t = tr(ctx);
  const pages = lay.pages.length;
  const today = date === ctx.today;
  const pageLink = (p: number) => href(ctx, `/explore/${tb.id}`, { date: today ? undefined : date, page: p > 1 ? p : undefined });
  const pager =
    pages > 1
      ? html`<nav class="pager" aria-label="${t('分页', 'Pages')}">${page > 1 ? html`<a rel="prev" href="${pageLink(page - 1)}">${t('上一页', 'Previous page')}</a>` : ''}${Array.from({ length: pages }, (_, i) => i + 1).map((p) => (p === page ? html`<span aria-current="page">${p}</span>` : html`<a href="${pageLink(p)}">${p}</a>`))}${page < pages ? html`<a rel="next" href="${pageLink(page + 1)}">${t('下一页', 'Next page')}</a>` : ''}</nav>`
      : '';
  const chunks = lay.pages[page - 1]!.map((c) => {
    const title = c.first ? c.section.title : html`${c.section.title} <span class="muted">${t('（续）', '(continued)')}</span>`;
    const empty = c.section.rows.length === 0 ? html`<p>${t('本表没有参数行。', 'This table has no parameter rows.')}</p>` : '';
    return html`<section aria-labelledby="${c.first ? c.section.anchor : `${c.section.anchor}-${page}`}"><h2 id="${c.first ? c.section.anchor : `${c.section.anchor}-${page}`}">${title}</h2>${c.first ? c.section.intro : ''}${empty || html`${c.section.open}${raw(c.rows.map((r) => r.html).join(''))}${raw(c.section.close)}`}</section>`;
  });
  const body = html`${tableFront(ctx, tb, date, page, pages, lay.sections)}${pager}${chunks}${pager}`;
  return layout(ctx, {
    title: `${pick(ctx, tb.title)}${pages > 1 ? ` (${page}/${pages})` : ''} · ${t('政策法规浏览', 'Legislation explorer')}`,
    description: t(`${pick(ctx, tb.title)}：全部参数、分档及出处`, `${pick(ctx, tb.title)}: every parameter and bracket with its citation`),
    body,
    alternate: `/v1/tables/${tb.id}`,
  });
}
