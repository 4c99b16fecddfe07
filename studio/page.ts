/**
 * /studio's page: a drop zone, then the result of studio/core.ts (run in studio/worker.ts) — the checks, each at its
 * cell with the cell shown in a grid of its sheet, the diff against the served data, the cases and answers before
 * and after, and the report to download. Chinese by default, English on the switch (or ?lang=en).
 */
import { location } from '../scripts/lib/problems';
import type { TableBlock } from '../scripts/lib/diff-report';
import { type Key, TEXT } from './i18n';
import type { Lang, StudioResult } from './types';

/** How long the page waits for the worker, as the CLI waits for its parser thread (LIMITS.parseMs). */
const TIMEOUT_MS = 60_000;

let lang: Lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
let last: StudioResult | null = null;
const t = (k: Key) => TEXT[k][lang];

type Child = Node | string | null | undefined | false;
function h(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

// ---------------------------------------------------------------------------------------------
// The worker.

let worker: Worker | null = null;
let nextId = 1;
function check(file: string, bytes: ArrayBuffer): Promise<StudioResult> {
  return new Promise((resolve, reject) => {
    worker ??= startWorker();
    const id = nextId++;
    const w = worker;
    const timer = setTimeout(() => {
      // a workbook that hangs the reader ends its worker, not the page; the next one gets a fresh worker
      w.terminate();
      worker = null;
      reject(new Error(t('timeout')));
    }, TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (e: MessageEvent) => {
      if (e.data?.id !== id) return;
      done();
      if (e.data.ok) resolve(e.data.result as StudioResult);
      else reject(new Error(e.data.error));
    };
    const onError = (e: ErrorEvent) => {
      done();
      w.terminate();
      worker = null;
      reject(new Error(e.message || t('timeout')));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, file, bytes }, [bytes]);
  });
}

/** A fresh worker, and when it has finished setting up (its first message). */
let ready: Promise<void> = Promise.resolve();
function startWorker(): Worker {
  const w = new Worker('/studio/studio-worker.js', { type: 'module' });
  ready = new Promise((resolve) => {
    const onReady = (e: MessageEvent) => {
      if (!e.data?.ready) return;
      w.removeEventListener('message', onReady);
      resolve();
    };
    w.addEventListener('message', onReady);
  });
  return w;
}

// for the browser tests and the benchmark: the same check the page runs, as data
(window as unknown as { policyStudio: unknown }).policyStudio = {
  check: (file: string, bytes: Uint8Array) => check(file, bytes.slice().buffer),
  ready: () => ready,
  last: () => last,
};

// ---------------------------------------------------------------------------------------------
// Rendering.

const root = document.getElementById('studio')!;
const status = h('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
const results = h('div', { id: 'results' });

function header(): HTMLElement {
  const button = h(
    'button',
    { type: 'button', id: 'lang', lang: lang === 'zh' ? 'en' : 'zh-CN', 'aria-label': t('languageLabel') },
    t('language'),
  );
  button.addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    const url = new URL(window.location.href);
    if (lang === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    history.replaceState(null, '', url);
    render();
  });
  return h('header', {}, h('h1', {}, t('title'), ' ', h('span', { class: 'path' }, '/studio')), button);
}

function dropZone(): HTMLElement {
  const input = h('input', {
    type: 'file',
    id: 'file',
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  }) as HTMLInputElement;
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) void run(f);
    input.value = '';
  });
  const zone = h(
    'div',
    { id: 'drop', class: 'drop' },
    h('p', {}, t('drop'), ' ', h('label', { for: 'file', class: 'button' }, t('choose'))),
    input,
  );
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const f = e.dataTransfer?.files?.[0];
    if (f) void run(f);
  });
  return zone;
}

async function run(f: File) {
  if (!/\.xlsx$/i.test(f.name)) {
    status.textContent = t('notXlsx');
    return;
  }
  // a browser that downloads a file twice names the copy "x (1).xlsx", an office suite "x - 副本.xlsx": the name is
  // the table id, so the copy is checked as the table it is a copy of, and the person told to rename it
  const copy = /^(.+?)(?: \(\d+\)| - (?:副本|Copy)(?: \(\d+\))?)\.xlsx$/i.exec(f.name);
  const name = copy ? `${copy[1]}.xlsx` : f.name;
  status.textContent = `${t('reading')} ${f.name}…`;
  results.replaceChildren();
  try {
    last = await check(name, await f.arrayBuffer());
    status.textContent = copy ? `${t('renamed')} ${f.name} → ${name}` : '';
    renderResults();
  } catch (e) {
    last = null;
    status.textContent = `${t('failed')}: ${(e as Error).message}`;
  }
}

function render() {
  document.title = `${t('title')} · /studio`;
  root.replaceChildren(header(), h('p', { class: 'lead' }, t('lead')), dropZone(), status, results);
  if (last) renderResults();
}

function renderResults() {
  const r = last!;
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.length - errors;
  const ok = errors === 0;
  results.replaceChildren(
    h(
      'section',
      { id: 'summary', 'aria-labelledby': 'h-summary', class: ok ? 'ok' : 'bad' },
      h('h2', { id: 'h-summary' }, `${t('summary')}: ${r.file}`),
      h(
        'p',
        { class: 'verdict' },
        `${ok ? `✓ ${t('passed')}` : `✗ ${t('refused')}`} — ${errors} ${t('errors')}, ${warnings} ${t('warnings')}`,
      ),
      h(
        'dl',
        {},
        h('dt', {}, t('served')),
        h('dd', {}, r.served ? `${t('version')} ${r.served.version} · ${t('hash')} ${r.served.hash.slice(0, 12)}` : t('newTable')),
        h('dt', {}, t('thisWorkbook')),
        h(
          'dd',
          { id: 'this-hash' },
          r.table ? `${t('version')} ${r.table.version} · ${t('hash')} ${r.table.hash.slice(0, 12)}` : t('notBuilt'),
        ),
      ),
      h('p', { class: 'muted' }, `${t('took')} ${Math.round(r.timings.total ?? 0)} ms`),
    ),
    checksSection(r),
    diffSection(r),
    answersSection(r),
    reportSection(r),
  );
}

function checksSection(r: StudioResult): HTMLElement {
  const list = h('ol', { class: 'findings' });
  for (const f of r.findings) {
    const where = location(f);
    list.append(
      h(
        'li',
        { class: f.severity, 'data-cell': f.sheet && f.cell ? `${f.sheet}!${f.cell}` : (f.sheet ?? '') },
        h(
          'p',
          { class: 'where' },
          h('span', { class: 'badge' }, f.severity === 'error' ? `✗ ${t('error')}` : `⚠ ${t('warning')}`),
          ' ',
          h('code', {}, where),
        ),
        h('p', { class: 'message' }, f[lang]),
        h('p', { class: 'fix' }, `${t('fix')}: ${f.hint[lang]}`),
        f.sheet && f.cell ? grid(r, f.sheet, f.cell, f[lang]) : null,
      ),
    );
  }
  return h(
    'section',
    { id: 'checks', 'aria-labelledby': 'h-checks' },
    h('h2', { id: 'h-checks' }, `${t('checks')} (${r.findings.length})`),
    r.findings.length ? list : h('p', {}, t('noFindings')),
  );
}

const decodeCol = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const encodeCol = (c: number): string => (c < 0 ? '' : encodeCol(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));
const shownCell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));

/** The problem's cell in a grid of its sheet: the header row and the rows and columns around it, as in Excel. */
function grid(r: StudioResult, sheetName: string, ref: string, message: string): HTMLElement | null {
  const sheet = r.sheets.find((s) => s.name === sheetName);
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
  if (!sheet || !m) return null;
  const c0 = decodeCol(m[1]!);
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? decodeCol(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const width = Math.max(...sheet.rows.map((x) => x.length), c1 + 1);
  const fromCol = Math.max(0, Math.min(c0 - 2, width - 7));
  const toCol = Math.min(Math.max(width - 1, c1), fromCol + 6);
  const rows = [...new Set([0, ...Array.from({ length: r1 - r0 + 5 }, (_, i) => r0 - 2 + i)])].filter(
    (x) => x >= 0 && x <= Math.max(r1, sheet.rows.length - 1),
  );
  const table = h('table', { class: 'grid' });
  table.append(
    h('caption', {}, `${t('gridOf')} ${sheetName}`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, ''),
        ...Array.from({ length: toCol - fromCol + 1 }, (_, i) => h('th', { scope: 'col' }, encodeCol(fromCol + i))),
      ),
    ),
  );
  const body = h('tbody');
  let prev = -1;
  for (const row of rows) {
    if (prev >= 0 && row > prev + 1)
      body.append(h('tr', { class: 'gap' }, h('th', { scope: 'row' }, '…'), h('td', { colspan: String(toCol - fromCol + 1) }, '')));
    prev = row;
    const tr = h('tr', {}, h('th', { scope: 'row' }, String(row + 1)));
    for (let c = fromCol; c <= toCol; c++) {
      const hit = row >= r0 && row <= r1 && c >= c0 && c <= c1;
      const text = shownCell(sheet.rows[row]?.[c]);
      const td = h(
        'td',
        { class: hit ? 'hit' : row === 0 ? 'head' : undefined, title: text.length > 24 ? text : undefined },
        text.length > 24 ? `${text.slice(0, 23)}…` : text,
      );
      if (hit) {
        td.setAttribute('aria-label', `${encodeCol(c)}${row + 1}: ${text || '—'} — ${message}`);
        td.dataset.ref = `${encodeCol(c)}${row + 1}`;
      }
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  return h('div', { class: 'grid-wrap' }, table);
}

function blockTable(b: TableBlock): HTMLElement[] {
  const out: HTMLElement[] = [h('h3', {}, b.heading)];
  for (const w of b.warnings) out.push(h('p', { class: 'warning-line' }, `⚠ ${w.trim()}`));
  for (const s of b.sections) {
    out.push(h('h4', {}, s.title));
    if (s.notes.length) out.push(h('ul', {}, ...s.notes.map((n) => h('li', {}, n))));
    if (!s.items.length) continue;
    out.push(
      h(
        'table',
        { class: 'diff' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, ''),
            h('th', { scope: 'col' }, t('item')),
            h('th', { scope: 'col' }, t('inForce')),
            h('th', { scope: 'col' }, t('change')),
            h('th', { scope: 'col' }, t('citation')),
          ),
        ),
        h(
          'tbody',
          {},
          ...s.items.map((i) =>
            h(
              'tr',
              { class: i.mark === '+' ? 'added' : i.mark === '-' ? 'removed' : 'changed' },
              h(
                'td',
                { class: 'mark', 'aria-label': i.mark === '+' ? '+' : i.mark === '-' ? '−' : '~' },
                i.mark === '+' ? '＋' : i.mark === '-' ? '－' : '✎',
              ),
              h('td', {}, i.subject),
              h('td', {}, i.period),
              h('td', {}, i.change),
              h('td', {}, i.citation),
            ),
          ),
        ),
      ),
    );
  }
  return out;
}

function diffSection(r: StudioResult): HTMLElement {
  const section = h('section', { id: 'diff', 'aria-labelledby': 'h-diff' }, h('h2', { id: 'h-diff' }, t('diff')));
  if (!r.diff) section.append(h('p', {}, t('noCompare')));
  else if (!r.diff.changed) section.append(h('p', {}, t('noDiff')));
  else for (const b of r.diff.blocks[lang]) section.append(...blockTable({ ...b, answersTitle: null, answers: [] }));
  return section;
}

const shown = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

function answersSection(r: StudioResult): HTMLElement {
  const section = h('section', { id: 'answers', 'aria-labelledby': 'h-answers' }, h('h2', { id: 'h-answers' }, t('answers')));
  section.append(h('h3', {}, t('cases')));
  if (!r.cases.length) section.append(h('p', {}, t('noCases')));
  else {
    const status = (o: StudioResult['cases'][number]['after']) =>
      !o ? '—' : o.passed ? t('holds') : o.refusal ? `✗ ${o.refusal[lang]}` : t('fails');
    const body = h('tbody');
    for (const c of r.cases) {
      body.append(
        h(
          'tr',
          { class: 'case-head', 'data-case': c.id },
          h(
            'th',
            { scope: 'row' },
            h('strong', {}, c.id),
            ` ${c.summary}`,
            h('br'),
            h(
              'span',
              { class: 'muted' },
              `${c.calculator} · cases!${c.rows.join(',')}${c.author ? ` · ${c.author}` : ''}${c.date ? ` · ${c.date}` : ''}`,
            ),
          ),
          h('td', {}, ''),
          h('td', { class: c.before?.passed === false ? 'fail' : undefined }, status(c.before)),
          h('td', { class: c.after ? (c.after.passed ? 'pass' : 'fail') : undefined }, status(c.after)),
        ),
      );
      for (const e of c.expectations) {
        const differs = !!c.before && !!c.after && JSON.stringify(e.before) !== JSON.stringify(e.after);
        body.append(
          h(
            'tr',
            { class: differs ? 'differs' : undefined },
            h('th', { scope: 'row', class: 'path' }, h('code', {}, e.key), ` (${e.cell})`),
            h('td', {}, shown(e.want)),
            // a side not run (no served table, or a workbook that does not build) is blank, not a failure
            h('td', { class: c.before && JSON.stringify(e.before) !== JSON.stringify(e.want) ? 'fail' : undefined }, shown(e.before)),
            h('td', { class: c.after && JSON.stringify(e.after) !== JSON.stringify(e.want) ? 'fail' : undefined }, shown(e.after)),
          ),
        );
      }
    }
    section.append(
      h(
        'table',
        { class: 'cases' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, ''),
            h('th', { scope: 'col' }, t('expected')),
            h('th', { scope: 'col' }, t('before')),
            h('th', { scope: 'col' }, t('after')),
          ),
        ),
        body,
      ),
    );
  }
  section.append(h('h3', {}, t('changedAnswers')));
  if (!r.answers) section.append(h('p', {}, t('noCompare')));
  else {
    section.append(
      h('p', { class: 'muted' }, `${t('run')} ${r.answers.run}${r.answers.dates.length ? ` · ${r.answers.dates.join(', ')}` : ''}`),
    );
    if (!r.answers.changed.length) section.append(h('p', {}, t('noChangedAnswers')));
    else {
      const body = h('tbody');
      for (const a of r.answers.changed) {
        a.fields.forEach((f, i) => {
          body.append(
            h(
              'tr',
              { 'data-sample': `${a.calculator} › ${a.sample}${a.date ? ` @ ${a.date}` : ''}` },
              i === 0
                ? h(
                    'th',
                    { scope: 'row', rowspan: String(a.fields.length) },
                    `${a.calculator} › ${a.sample}${a.date ? ` @ ${a.date}` : ''}`,
                    a.origin === 'workbook' ? h('span', { class: 'tag' }, t('workbookCase')) : null,
                    a.description ? h('br') : null,
                    a.description ? h('span', { class: 'muted' }, a.description) : null,
                  )
                : null,
              h('td', { class: 'field' }, h('code', {}, f.path)),
              h('td', { class: 'old' }, shown(f.old)),
              h('td', { class: 'new' }, shown(f.new)),
            ),
          );
        });
      }
      section.append(
        h(
          'table',
          { class: 'answers' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('sample')),
              h('th', { scope: 'col' }, t('field')),
              h('th', { scope: 'col' }, t('before')),
              h('th', { scope: 'col' }, t('after')),
            ),
          ),
          body,
        ),
      );
    }
  }
  return section;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name }) as HTMLAnchorElement;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function reportSection(r: StudioResult): HTMLElement {
  const base = `${r.tableId}-review-${r.checkedOn}`;
  const md = h('button', { type: 'button', id: 'download-md' }, t('downloadMd'));
  md.addEventListener('click', () => download(`${base}.md`, 'text/markdown;charset=utf-8', r.report.md[lang]));
  const html = h('button', { type: 'button', id: 'download-html' }, t('downloadHtml'));
  html.addEventListener('click', () => download(`${base}.html`, 'text/html;charset=utf-8', r.report.html[lang]));
  return h(
    'section',
    { id: 'report', 'aria-labelledby': 'h-report' },
    h('h2', { id: 'h-report' }, t('report')),
    h('p', {}, t('reportLead')),
    h('p', { class: 'buttons' }, md, ' ', html),
  );
}

render();
// start the worker now (it parses the reader, compiler and calculators): a dropped workbook need not wait for that
worker = startWorker();
