import { laterOf } from '../engine/dates';
import { formatPeriod, formatRange, formatValue } from '../engine/format';
import type { Citation, CompiledTable, Localized, Range, Value } from '../tables/model';
import type { Unit } from '../tables/units';
import { html, type Html, join } from './html';
import {
  breakable,
  changelogHref,
  changesHref,
  type Ctx,
  href,
  layout,
  namesOf,
  noteHtml,
  noticeBox,
  pick,
  tableCrumbs,
  tr,
} from './render';
import { codeWords, countOf, dataVersionWords, idsInWords, type NoteLike, noteIn, textIn, unitLabel } from './text';

/**
 * The explorer's pages of a table's history: the policy changes between two dates and the change log. Each renders
 * the answer of its JSON route (GET /v1/tables/{id}/changes, …/versions) as it is, so the page and the API say the
 * same things: the same values, citations and notices. The shapes below are what the pages read of those answers
 * (the route checks at compile time that the answers have them).
 */

interface Dated {
  value: Value;
  published: boolean;
  from: string;
  to: string | null;
  citation: Citation;
  note: NoteLike;
}
interface Row {
  cells: Record<string, Value>;
  unpublished: string[];
  from: string;
  to: string | null;
  citation: Citation;
}
type ChangeKind = 'changed' | 'added' | 'removed';
interface ScaleChange {
  id: string;
  label: string;
  columns: { id: string; kind: 'dimension' | 'range' | 'value'; unit: Unit; label: string }[];
  rows: {
    change: ChangeKind;
    case: Record<string, Value>;
    ranges: Record<string, Range>;
    columns: string[];
    before: Row | null;
    after: Row | null;
  }[];
}
export interface ChangesAnswer {
  from: string;
  to: string;
  compared: { from: string; to: string };
  coverage: { from: string; to: string | null };
  notices: { code: string; zh: string; en: string }[];
  summary: { parameters: number; scaleRows: number };
  parameters: { key: string; label: string; unit: Unit; change: ChangeKind; before: Dated | null; after: Dated | null }[];
  scales: ScaleChange[];
}
export interface VersionsAnswer {
  table: { verifiedThrough: string };
  version: string;
  hash: string;
  data: { dataVersion: string };
  changelog: { date: string; change: NoteLike }[];
  sources: { number: string; title: { zh: string; en: string }; issued: string | null; effective: string | null }[];
}

const CHANGE_LABELS = {
  changed: { zh: '调整', en: 'changed' },
  added: { zh: '新增', en: 'added' },
  removed: { zh: '不再适用', en: 'no longer in force' },
  // a value the source sets for a period only (e.g. the 2015 trial rates), with no figure published after it
  unpublished: { zh: '此后原文未公布', en: 'not published after' },
} as const;

/** A value in words: a code by its words (`labels`), a text in the reader's language with the ids it names in words. */
const valueText = (ctx: Ctx, value: Value, published: boolean, unit: Unit, tb?: CompiledTable, labels?: Record<string, Localized>) => {
  if (!published) return tr(ctx)('原文未公布', 'not published in the source');
  if (typeof value === 'string' && unit === 'enum') return codeWords(labels, value, ctx.lang);
  if (typeof value === 'string' && unit === 'text' && tb) return idsInWords(textIn(value, ctx.lang), namesOf(tb), ctx.lang);
  return formatValue(value, unit, ctx.lang);
};

/** A dated value with when it is in force and its citation, or "none" (not in force on that date). */
function datedHtml(ctx: Ctx, v: Dated | null, unit: Unit, tb?: CompiledTable, labels?: Record<string, Localized>): Html {
  const t = tr(ctx);
  if (!v) return html`<span class="muted">${t('无', 'none')}</span>`;
  // the note of a figure the source does not publish says why; every other note is on the table page the key links to
  return html`${valueText(ctx, v.value, v.published, unit, tb, labels)}<br><span class="muted">${formatPeriod(v, ctx.lang)} · ${v.citation.text}</span>${!v.published && v.note ? html`<br>${noteHtml(ctx, v.note)}` : ''}`;
}

/** A scale row's case in words from the answer: "医疗机构级别 3", "35 < 年龄 ≤ 45". */
function caseText(ctx: Ctx, tb: CompiledTable, s: ScaleChange, row: ScaleChange['rows'][number]): string {
  const parts: string[] = [];
  const labels = tb.scales.find((x) => x.id === s.id)?.labels;
  for (const c of s.columns) {
    if (c.kind === 'dimension' && row.case[c.id] !== null && row.case[c.id] !== undefined)
      parts.push(`${c.label} ${codeWords(labels?.[c.id], row.case[c.id], ctx.lang)}`);
    if (c.kind === 'range' && row.ranges[c.id]) parts.push(formatRange(row.ranges[c.id]!, c.label, ctx.lang));
  }
  return parts.join(ctx.lang === 'en' ? ', ' : '，') || tr(ctx)('全部情形', 'every case');
}

/** The changed columns of a scale row, before → after. */
function rowValues(ctx: Ctx, tb: CompiledTable, s: ScaleChange, change: ScaleChange['rows'][number]): Html {
  const labels = tb.scales.find((x) => x.id === s.id)?.labels;
  const cell = (r: Row | null, id: string, unit: Unit) =>
    r ? valueText(ctx, r.cells[id] ?? null, !r.unpublished.includes(id), unit, tb, labels?.[id]) : tr(ctx)('无', 'none');
  return join(
    change.columns.map((id) => {
      const c = s.columns.find((x) => x.id === id)!;
      return html`<span class="label">${c.label}</span>${tr(ctx)('：', ': ')}${cell(change.before, id, c.unit)} → ${cell(change.after, id, c.unit)}`;
    }),
    html`<br>`,
  );
}

const rowPeriod = (ctx: Ctx, r: Row | null) =>
  r ? html`${formatPeriod(r, ctx.lang)} · ${r.citation.text}` : html`<span class="muted">${tr(ctx)('无', 'none')}</span>`;

/** Changes shown per page: long comparisons are split so that no page exceeds 50 KB. */
export const CHANGES_PER_PAGE = 30;
export const changesPageCount = (a: ChangesAnswer) =>
  Math.max(1, Math.ceil((a.parameters.length + a.scales.reduce((n, s) => n + s.rows.length, 0)) / CHANGES_PER_PAGE));

export function renderChanges(ctx: Ctx, tb: CompiledTable, a: ChangesAnswer, page = 1): string {
  const t = tr(ctx);
  const title = t(`${pick(ctx, tb.title)}：政策变化`, `${pick(ctx, tb.title)}: policy changes`);
  const { compared } = a;
  const labelsOf = (key: string) => tb.parameters.find((p) => p.key === key)?.labels;
  const json = `/v1/tables/${tb.id}/changes?from=${a.from}&to=${a.to}`;
  const heads = (cols: string[]) => html`<thead><tr>${cols.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>`;
  const kind = (k: keyof typeof CHANGE_LABELS) => html`<span class="chg">${pick(ctx, CHANGE_LABELS[k])}</span>`;
  // "changed" to a value the source does not publish reads as what it is, not as an adjustment
  const paramKind = (p: ChangesAnswer['parameters'][number]) =>
    kind(p.change === 'changed' && p.after && !p.after.published ? 'unpublished' : p.change);
  const rowKind = (r: ScaleChange['rows'][number]) =>
    kind(r.change === 'changed' && r.after && r.columns.every((id) => r.after!.unpublished.includes(id)) ? 'unpublished' : r.change);
  const [hBefore, hAfter] = [t(`${compared.from} 适用`, `On ${compared.from}`), t(`${compared.to} 适用`, `On ${compared.to}`)];
  // every change as a row of its section's table, in the API's order; a page shows CHANGES_PER_PAGE of them
  type Section = { id: string; title: Html; head: Html; rows: Html[] };
  const sections: Section[] = [];
  if (a.parameters.length)
    sections.push({
      id: 'params',
      title: html`${t(`参数（${a.parameters.length}）`, `Parameters (${a.parameters.length})`)}`,
      head: heads([t('参数', 'Parameter'), t('变化', 'Change'), hBefore, hAfter, t('单位', 'Unit')]),
      rows: a.parameters.map(
        (p) =>
          html`<tr><th scope="row"><span class="label">${p.label}</span><br><a class="code" href="${href(ctx, `/explore/${tb.id}`, { date: compared.to })}#p-${p.key}">${t('在表中查看', 'in the table')}</a></th><td class="num" data-label="${t('变化', 'Change')}">${paramKind(p)}</td><td data-label="${hBefore}">${datedHtml(ctx, p.before, p.unit, tb, labelsOf(p.key))}</td><td data-label="${hAfter}">${datedHtml(ctx, p.after, p.unit, tb, labelsOf(p.key))}</td><td class="num" data-label="${t('单位', 'Unit')}">${unitLabel(p.unit, ctx.lang)}</td></tr>`,
      ),
    });
  for (const s of a.scales.filter((x) => x.rows.length))
    sections.push({
      id: `s-${s.id}`,
      title: html`${s.label} <span class="muted">(${s.rows.length})</span>`,
      head: heads([t('情形', 'Case'), t('变化', 'Change'), t('数值', 'Values'), hBefore, hAfter]),
      rows: s.rows.map(
        (r) =>
          html`<tr><th scope="row">${caseText(ctx, tb, s, r)}</th><td class="num" data-label="${t('变化', 'Change')}">${rowKind(r)}</td><td data-label="${t('数值', 'Values')}">${rowValues(ctx, tb, s, r)}</td><td data-label="${hBefore}">${rowPeriod(ctx, r.before)}</td><td data-label="${hAfter}">${rowPeriod(ctx, r.after)}</td></tr>`,
      ),
    });
  const pages = changesPageCount(a);
  const [first, last] = [(page - 1) * CHANGES_PER_PAGE, page * CHANGES_PER_PAGE];
  let at = 0;
  const shown = sections.flatMap((sec) => {
    const start = at;
    at += sec.rows.length;
    const rows = sec.rows.slice(Math.max(0, first - start), Math.max(0, last - start));
    if (!rows.length) return [];
    const continued = start < first;
    const id = continued ? `${sec.id}-${page}` : sec.id;
    return [
      html`<section aria-labelledby="${id}"><h2 id="${id}">${sec.title}${continued ? html` <span class="muted">${t('（续）', '(continued)')}</span>` : ''}</h2>
<div class="scroll"><table class="stack">${sec.head}<tbody>${rows}</tbody></table></div></section>`,
    ];
  });
  const pageLink = (p: number) => href(ctx, `/explore/${tb.id}/changes`, { from: a.from, to: a.to, page: p > 1 ? p : undefined });
  const pager =
    pages > 1
      ? html`<nav class="pager" aria-label="${t('分页', 'Pages')}">${page > 1 ? html`<a rel="prev" href="${pageLink(page - 1)}">${t('上一页', 'Previous page')}</a>` : ''}<span>${t(`第 ${page} / ${pages} 页`, `page ${page} of ${pages}`)}</span>${page < pages ? html`<a rel="next" href="${pageLink(page + 1)}">${t('下一页', 'Next page')}</a>` : ''}</nav>`
      : '';
  const n = a.summary.parameters + a.summary.scaleRows;
  const summary = n
    ? t(
        `${compared.from} 与 ${compared.to} 两日适用的数值相比：${a.summary.parameters} 个参数、${a.summary.scaleRows} 行分档有变化。`,
        `Comparing the values that apply on ${compared.from} and on ${compared.to}: ${countOf(a.summary.parameters, 'parameter', 'parameters')} and ${countOf(a.summary.scaleRows, 'scale row', 'scale rows')} differ.`,
      )
    : t(
        `${compared.from} 与 ${compared.to} 两日适用的数值相同，没有变化。`,
        `The values that apply on ${compared.from} and on ${compared.to} are the same: nothing changed.`,
      );
  const body = html`${tableCrumbs(ctx, tb)}
<h1>${title}</h1>
<form class="date" method="get" action="/explore/${tb.id}/changes"><span class="pair"><label for="from">${t('从', 'From')}</label><input id="from" name="from" type="date" value="${a.from}"></span><span class="pair"><label for="to">${t('到', 'to')}</label><input id="to" name="to" type="date" value="${a.to}"></span><button type="submit">${t('比较', 'Compare')}</button>${ctx.explicitLang ? html`<input type="hidden" name="lang" value="${ctx.lang}">` : ''}</form>
${a.notices.length ? noticeBox(ctx, summary, a.notices) : html`<p>${summary}</p>`}
${pager}${shown}${pager}
<p>${t('数据覆盖：', 'Data covers ')}${formatPeriod(a.coverage, ctx.lang)} · <a href="${changelogHref(ctx, tb)}">${t('变更记录', 'Change log')}</a></p>
<p class="json">JSON${t('：', ': ')}<a href="${json}">${breakable(json)}</a></p>`;
  return layout(ctx, {
    title: `${title} · ${t('政策法规浏览', 'Legislation explorer')}`,
    description: t(
      `${pick(ctx, tb.title)}：${a.from} 至 ${a.to} 之间的政策变化及出处`,
      `${pick(ctx, tb.title)}: policy changes from ${a.from} to ${a.to}, with citations`,
    ),
    body,
    alternate: json,
  });
}

export function renderChangelog(ctx: Ctx, tb: CompiledTable, a: VersionsAnswer): string {
  const t = tr(ctx);
  const title = t(`${pick(ctx, tb.title)}：变更记录`, `${pick(ctx, tb.title)}: change log`);
  const json = `/v1/tables/${tb.id}/versions`;
  const since = tb.coverage.from;
  const body = html`${tableCrumbs(ctx, tb)}
<h1>${title}</h1>
<p>${t(
    `本表数据${dataVersionWords(a.version, 'zh')}：这是本站最近一次整理这张表数据的日期，不是政策文件的发布或施行日期。数值已与公开文件核对至 ${a.table.verifiedThrough}。`,
    `This table's data was ${dataVersionWords(a.version, 'en')}: the day it was last compiled here, not the date of a policy document. The values were checked against published documents up to ${a.table.verifiedThrough}.`,
  )}</p>
<p><a href="${changesHref(ctx, tb, since, laterOf(ctx.today, since))}">${t('按日期比较政策数值的变化', 'Compare the policy values between two dates')}</a></p>
<section aria-labelledby="log"><h2 id="log">${t(`变更记录（${a.changelog.length} 条，最新在前）`, `Change log (${countOf(a.changelog.length, 'entry', 'entries')}, newest first)`)}</h2>
<div class="scroll"><table class="stack"><thead><tr><th scope="col">${t('日期', 'Date')}</th><th scope="col">${t('修改内容', 'What changed')}</th></tr></thead><tbody>${a.changelog.map(
    (e) =>
      html`<tr><td class="num" data-label="${t('日期', 'Date')}">${e.date}</td><td data-label="${t('修改内容', 'What changed')}"><span class="note">${noteIn(e.change as NoteLike, ctx.lang)}</span></td></tr>`,
  )}</tbody></table></div></section>
<h2 id="sources">${t('来源文件', 'Source documents')}</h2>
<ul class="sources">${a.sources.map((s) => html`<li><strong>${s.number}</strong> ${ctx.lang === 'en' ? s.title.en : html`《${s.title.zh}》`}${s.issued ? html` <span class="muted">${t(`${s.issued} 发布`, `issued ${s.issued}`)}</span>` : ''}${s.effective ? html` <span class="muted">${t(`${s.effective} 施行`, `in force ${s.effective}`)}</span>` : ''}</li>`)}</ul>
<p class="json">JSON${t('：', ': ')}<a href="${json}">${breakable(json)}</a></p>`;
  return layout(ctx, {
    title: `${title} · ${t('政策法规浏览', 'Legislation explorer')}`,
    description: t(`${pick(ctx, tb.title)}的数据变更记录`, `The change log of ${pick(ctx, tb.title)}'s data`),
    body,
    alternate: json,
  });
}
