// biome-ignore-all lint/suspicious/noExplicitAny: page.evaluate callbacks run in the page; the DOM types are not in this project
/**
 * The scan of every calculator's widget, as a citizen reads it in Chromium: in zh-CN every label, legend, option,
 * help and result label has Chinese text, nothing shows a raw code (kebab/snake/camel identifiers, parameter keys, an
 * enum value), no English words, no bare article number as a label; each example of the calculator (its cases marked
 * `example`) goes through the form to a result that shows the figures and outcome the API answered, from a request
 * that means the example. In `en` the same scan finds no Chinese-only label. A failure lists exactly what is missing:
 * the kind of text, its path (`x-form` / `x-result` path, or the answer's path) and the text found, so the wording can
 * be written in the calculator's docs. One `wrangler dev` for the file, one page per calculator; screenshots of every
 * widget in zh at 1280 and 375 px (form and result) go to test-artifacts/widgets/, and the findings per calculator to
 * test-artifacts/widgets/scan-<lang>.json. Run one calculator with `-t <id>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculators } from '../../src/policy/index';
import type { CalculatorInfo, JsonSchema } from '../../widget/src/types';
import { ARTIFACTS, type Harness, startHarness } from './widget-harness';

declare const document: any;

type Lang = 'zh-CN' | 'en';
const SHOTS = `${ARTIFACTS}/widgets`;
const IDS = calculators.map((c) => c.id);

let harness: Harness;
const catalogue: Partial<Record<Lang, CalculatorInfo[]>> = {};
const findings: Record<Lang, Record<string, string[]>> = { 'zh-CN': {}, en: {} };
const started = Date.now();

beforeAll(async () => {
  harness = await startHarness((req, res, api) => {
    const q = new URL(req.url ?? '/', 'http://host').searchParams;
    const attr = (v: string | null) => (v ?? '').replace(/[^a-zA-Z0-9-]/g, '');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>scan</title><link rel="icon" href="data:,"></head><body>
<script src="${api}/widget.js" defer></script>
<policy-calculator calculator="${attr(q.get('id'))}" lang="${attr(q.get('lang'))}"></policy-calculator>
</body></html>`);
  });
  for (const lang of ['zh-CN', 'en'] as const) {
    const res = await fetch(`${harness.api}/v1/calculators?lang=${lang}`);
    catalogue[lang] = ((await res.json()) as { calculators: CalculatorInfo[] }).calculators;
  }
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
  for (const lang of ['zh-CN', 'en'] as const) {
    if (Object.keys(findings[lang]).length) writeFileSync(`${SHOTS}/scan-${lang}.json`, `${JSON.stringify(findings[lang], null, 2)}\n`);
  }
  console.log(
    `widget scan: ${((Date.now() - started) / 1000).toFixed(1)} s (wrangler dev, Chromium and ${IDS.length} calculators × 2 languages)`,
  );
});

// ---------------------------------------------------------------------------------------------
// What the page shows

interface Text {
  kind: string;
  text: string;
  path: string;
}

/** Every text of the widget a reader sees, by kind, with the path of the field or answer part it belongs to. */
const textsOf = (page: Page): Promise<Text[]> =>
  page.locator('policy-calculator').evaluate((host: any) => {
    const root = host.shadowRoot;
    const out: { kind: string; text: string; path: string }[] = [];
    const pathOf = (el: any) =>
      el.closest('[data-path]')?.getAttribute('data-path') ?? el.closest('[data-pointer]')?.getAttribute('data-pointer') ?? '';
    const own = (el: any) => {
      const c = el.cloneNode(true);
      for (const x of c.querySelectorAll('.optional, .visually-hidden')) x.remove();
      return c.textContent;
    };
    const add = (kind: string, selector: string, text = (el: any) => el.textContent) => {
      for (const el of root.querySelectorAll(selector)) {
        const s = String(text(el) ?? '')
          .replace(/\s+/g, ' ')
          .trim();
        if (s) out.push({ kind, text: s, path: pathOf(el) });
      }
    };
    add('title', 'h2');
    add('description', '.desc');
    add('label', 'form label:not(.choice)', own);
    add('legend', 'form legend', own);
    add('option', 'form option, form .choice span');
    add('help', 'form .hint');
    add('button', 'button:not(#pc-lang)');
    add('error', '#pc-summary h3, #pc-summary p, #pc-summary li, form .error', own);
    add(
      'result-label',
      '.result dt, .result h3, .result h4, .result h5, .result caption, .result th[scope=col], .split-title, .legend .name, .result summary, .result .k, .outcome .name',
    );
    add(
      'result',
      '.result dd, .result td, .result th[scope=row], .card-title > span:first-child, .notices li, .step-title, .formula code, .outcome:not(:has([data-path])), .outcome .v, .disclaimer, .stale-note',
    );
    return out;
  });

/** Kinds that name something: each must be in the reader's language. */
const LABELS = new Set(['title', 'label', 'legend', 'option', 'help', 'result-label']);

/**
 * Latin tokens that are names and units, not English: allowed in Chinese text (document numbers and citations are
 * Chinese already).
 */
const ALLOWED = [
  'PM2.5',
  'PM10',
  'AQI',
  'MPa',
  'km²',
  'km2',
  'm²',
  'm2',
  'm³',
  'DN',
  'L/s',
  'mm',
  'kg',
  'kW',
  'tce',
  'CO',
  'SO2',
  'NOx',
  'COD',
];

const CJK = /[\u3400-\u9fff]/;
const RAW_CODE = [
  /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/, // snake_case
  /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/, // camelCase
  /\b[a-z_]+\.[a-z_]+(?:\.[a-z_]+)*\b/, // parameter keys: hydrant.spacing_max
];
/** kebab-case: a code in Chinese text; in English only when it is one of the calculator's codes ("self-pay" is a word) */
const KEBAB = /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/g;
const BARE_ARTICLE = /^[第一二三四五六七八九十百零〇两\d（）()、．.·\s条款项号之]+$/;

/** The string codes a calculator's schemas define (enum values, constants): shown as they are, they are raw codes. */
function codesOf(...schemas: JsonSchema[]): Set<string> {
  const out = new Set<string>();
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (typeof n !== 'object' || n === null) return;
    const s = n as JsonSchema & Record<string, unknown>;
    for (const v of [...(Array.isArray(s.enum) ? s.enum : []), s.const])
      if (typeof v === 'string' && v.length > 1 && /[A-Za-z]/.test(v)) out.add(v);
    for (const [k, v] of Object.entries(s)) if (k !== 'x-form' && k !== 'x-result' && k !== 'examples') walk(v);
  };
  schemas.forEach(walk);
  return out;
}

/** Strings of the request (a firm's name "A1"): echoed back in the answer, they are the citizen's own words. */
function requestStrings(v: unknown, out = new Set<string>()): Set<string> {
  if (typeof v === 'string' && /[A-Za-z]/.test(v)) out.add(v);
  else if (Array.isArray(v)) for (const x of v) requestStrings(x, out);
  else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) requestStrings(x, out);
  return out;
}

/** What is wrong with the texts in `lang`: one line per text, "kind path «text»: why". */
function check(texts: Text[], lang: Lang, codes: Set<string>, echoes: Set<string>): string[] {
  const problems = new Set<string>();
  for (const { kind, text, path } of texts) {
    let plain = text;
    if (kind === 'result') for (const e of [...echoes].sort((a, b) => b.length - a.length)) plain = plain.split(e).join(' ');
    for (const a of ALLOWED) plain = plain.split(a).join(' ');
    const why: string[] = [];
    if (LABELS.has(kind) && !/^[\d\s.,:%()（）—–-]+$/.test(text)) {
      if (lang === 'zh-CN' && !CJK.test(text)) why.push('no Chinese');
      if (lang === 'en' && !/[A-Za-z]{2}/.test(plain)) why.push('Chinese only');
    }
    for (const re of RAW_CODE) {
      const m = re.exec(plain);
      if (m) why.push(`raw code “${m[0]}”`);
    }
    const kebab = (plain.match(KEBAB) ?? []).find((k) => lang === 'zh-CN' || codes.has(k));
    if (kebab) why.push(`raw code “${kebab}”`);
    if (codes.has(text.trim())) why.push('an enum value shown as it is');
    if (lang === 'zh-CN') {
      const words = plain.match(/[A-Za-z]{2,}/g);
      if (words && !why.some((w) => w.startsWith('raw code'))) why.push(`English: ${[...new Set(words)].slice(0, 6).join(' ')}`);
    }
    // "三", "三（一）2", "第十二条", "110号"; a plain number (a year) is a number
    if (LABELS.has(kind) && BARE_ARTICLE.test(text) && /[一二三四五六七八九十百条款项号]/.test(text))
      why.push('a bare article number as a label');
    // one line per field or answer part, not per item of a list: `measures.*.category`
    const where = path.replace(/\.\d+(?=\.|$)/g, '.*').replace(/\/\d+(?=\/|$)/g, '/*') || '(form)';
    if (why.length) problems.add(`${kind} ${where} «${text.length > 120 ? `${text.slice(0, 117)}…` : text}»: ${why.join('; ')}`);
  }
  return [...problems].sort();
}

// ---------------------------------------------------------------------------------------------
// The answer as the widget shows it

/** Keys of an answer that are for machines, and shown nowhere: the trace and its references, data versions, positions. */
const NOT_SHOWN = new Set([
  'data',
  'trace',
  'notices',
  'parameters',
  'traceSteps',
  'table',
  'key',
  'missingKey',
  'cell',
  'version',
  'hash',
  'index',
]);

/** Every number, yes/no and undetermined value of an answer, by path (`rules.3.actual`). */
function leaves(v: unknown, path: string, out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(v)) for (const [i, x] of v.entries()) leaves(x, `${path}.${i}`, out);
  else if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    if (typeof o.zh === 'string' && typeof o.en === 'string') return out;
    for (const [k, x] of Object.entries(o)) {
      // `met` repeats `status` as yes/no: the widget says it once, by the status
      if (NOT_SHOWN.has(k) || (k === 'met' && typeof o.status === 'string') || /(Zh|En)$/.test(k)) continue;
      leaves(x, path ? `${path}.${k}` : k, out);
    }
  } else if (typeof v === 'number' || typeof v === 'boolean' || v === null) out.push([path, v]);
  return out;
}

/** What the widget shows at each path of its answer: the figure's text (`.num`) or the whole value. */
const shownAt = (page: Page): Promise<Record<string, string>> =>
  page.locator('policy-calculator').evaluate((host: any) => {
    const out: Record<string, string> = {};
    for (const el of host.shadowRoot.querySelectorAll('.result [data-path]')) {
      const num = el.querySelector('.num');
      const dd = el.querySelector('dd');
      out[el.getAttribute('data-path')] = (num ?? dd ?? el).textContent.replace(/\s+/g, ' ').trim();
    }
    for (const th of host.shadowRoot.querySelectorAll('.result th[scope=col][data-path]')) out[th.getAttribute('data-path')] = '(column)';
    return out;
  });

function figureProblems(answer: unknown, shown: Record<string, string>, lang: Lang): string[] {
  const out: string[] = [];
  const yes = lang === 'en' ? 'Yes' : '是';
  const no = lang === 'en' ? 'No' : '否';
  for (const [path, v] of leaves(answer, '')) {
    // a list shown as a table shows the columns its presentation chose
    const row = /^(.*)\.\d+\.([^.]+)$/.exec(path);
    const columns = row ? Object.keys(shown).filter((p) => p.startsWith(`${row[1]}.*.`)) : [];
    if (columns.length && !columns.includes(`${row![1]}.*.${row![2]}`)) continue;
    // a list of numbers or dates is shown as one value ("250、320")
    const item = /^(.*)\.\d+$/.exec(path);
    if (shown[path] === undefined && item && shown[item[1]!] !== undefined) {
      if (
        typeof v === 'number' &&
        !shown[item[1]!]!.replace(/,/g, '')
          .split(/[、,\s]+/)
          .includes(String(v))
      )
        out.push(`${path} = ${v} is not in «${shown[item[1]!]}»`);
      continue;
    }
    const text = shown[path];
    // an empty field is left out of a part or card that shows others (result-model.ts: «—» says nothing there)
    const part = path.slice(0, path.lastIndexOf('.') + 1);
    if (text === undefined && v === null && part && Object.keys(shown).some((p) => p.startsWith(part))) continue;
    if (text === undefined) {
      out.push(`${path} = ${JSON.stringify(v)} is not shown`);
      continue;
    }
    if (typeof v === 'number') {
      // a share is shown as a percentage (x-unit ratio): 0.075 as «7.5%»
      const percent = text.endsWith('%');
      // the figure leads (a multiple after its ×); a unit may follow it («25,460.00 元», «6米», «×1.2»)
      const lead = /^[−-]?\d[\d,]*(?:\.\d+)?/.exec(text.trim().replace(/^×/, ''));
      const n = lead ? Number(lead[0].replace(/,/g, '').replace('−', '-')) : Number.NaN;
      const same = percent ? Math.abs(n / 100 - v) < 1e-9 : n === v || Math.abs(n - v) < 0.005;
      if (!same) out.push(`${path} = ${v} is shown as «${text}»`);
    } else if (typeof v === 'boolean') {
      if (!text.includes(v ? yes : no)) out.push(`${path} = ${v} is shown as «${text}»`);
    } else if (!/—|尚不能确定|Not yet determined/.test(text)) out.push(`${path} = null is shown as «${text}»`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const wrapOf = (page: Page) => page.locator('policy-calculator .wrap');

/** Elements wider than a 375 px phone (the page scrolls sideways): tag, class, path and how far they reach. */
const overflowing = (page: Page): Promise<string[]> =>
  page.locator('policy-calculator').evaluate((host: any) => {
    const out: string[] = [];
    // a wide table scrolls inside its own box; only a page that scrolls sideways is a fault
    if (host.ownerDocument.documentElement.scrollWidth <= 376) return out;
    const view = host.ownerDocument.defaultView;
    const scrolls = (el: any) => {
      for (let e = el.parentElement; e; e = e.parentElement) if (/auto|scroll/.test(view.getComputedStyle(e).overflowX)) return true;
      return false;
    };
    const describe = (el: any, right: number, text: string) => {
      const where =
        el.closest('[data-path]')?.getAttribute('data-path') ?? el.closest('[data-pointer]')?.getAttribute('data-pointer') ?? '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
      out.push(`${el.tagName.toLowerCase()}${cls} ${where} reaches ${Math.round(right)} px «${text.trim().slice(0, 40)}»`);
    };
    // the innermost culprits: an element past the edge none of whose children is, or a line of text past it
    for (const el of host.shadowRoot.querySelectorAll('*')) {
      if (el.closest('.visually-hidden') || scrolls(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.right > 376 && ![...el.children].some((c: any) => c.getBoundingClientRect().right > 376)) describe(el, r.right, el.textContent);
      for (const n of el.childNodes) {
        if (n.nodeType !== 3 || !n.textContent.trim()) continue;
        const range = host.ownerDocument.createRange();
        range.selectNodeContents(n);
        const t = range.getBoundingClientRect();
        if (t.right > 376) describe(el, t.right, n.textContent);
      }
    }
    return [...new Set(out)].slice(0, 5);
  });

async function shoot(page: Page, name: string): Promise<string[]> {
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  const wide = await overflowing(page);
  await page.screenshot({ path: `${SHOTS}/${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  return wide.map((w) => `${name} at 375 px: ${w}`);
}

async function scan(id: string, lang: Lang) {
  const info = catalogue[lang]!.find((c) => c.id === id)!;
  const calc = calculators.find((c) => c.id === id)!;
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // generous: the machine is shared, and a slow first load is not what this scan is about
  await page.goto(`${harness.site}/?id=${id}&lang=${lang}`, { timeout: 60_000 });
  await page.locator('policy-calculator form').waitFor({ timeout: 60_000 });
  const figures: string[] = [];
  if (lang === 'zh-CN') figures.push(...(await shoot(page, `${id}-form`)));
  const texts = await textsOf(page);
  const echoes = new Set<string>();

  for (const [n, [name, example]] of Object.entries(info.examples ?? {}).entries()) {
    for (const s of requestStrings(example.value)) echoes.add(s);
    if (n > 0) await page.locator('policy-calculator').evaluate((el: any, x) => el.setAttribute('example', x), name);
    await wrapOf(page)
      .and(page.locator(`[data-example="${name}"]`))
      .waitFor();
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(info.endpoint));
    await page.locator('policy-calculator #pc-submit').click();
    const response = await answered;
    const sent = JSON.parse(response.request().postData() ?? 'null');
    // the form sends what the example means (defaults may be written out or left to the API)
    expect.soft(calc.input.safeParse(sent).data, `${id} ${name}: the request the form sends`).toEqual(calc.input.parse(example.value));
    const body = (await response.json()) as Record<string, unknown>;
    if (response.ok()) {
      await page.locator('policy-calculator .result:not(.stale)').waitFor();
      for (const f of figureProblems(body, await shownAt(page), lang)) figures.push(`${name}: ${f}`);
    } else {
      const summary = page.locator('policy-calculator #pc-summary');
      await summary.waitFor();
      const said = (await summary.textContent()) ?? '';
      const own = (body.message as Record<string, string> | undefined)?.[lang === 'en' ? 'en' : 'zh'];
      if (own && !said.includes(own)) figures.push(`${name}: the problem's message «${own}» is not shown (shown: «${said}»)`);
      // (in English the detail may be the message itself: then it is the message that is shown)
      for (const raw of [body.detail, body.title])
        if (typeof raw === 'string' && raw !== own && said.includes(raw))
          figures.push(`${name}: the problem's ${raw === body.detail ? 'detail' : 'title'} is shown raw`);
    }
    texts.push(...(await textsOf(page)));
    if (n === 0 && lang === 'zh-CN') figures.push(...(await shoot(page, `${id}-result`)));
  }
  await context.close();

  const problems = check(texts, lang, codesOf(info.input, info.output), echoes);
  findings[lang][id] = [...figures, ...problems];
  expect.soft(errors, `${id}: errors in the page`).toEqual([]);
  // Every widget works (above). Its words are held to the scan once the calculator has its presentation (docs
  // `presentation`, published as x-form / x-result); until then the findings are the work list written to
  // test-artifacts/widgets/scan-<lang>.json (issue 18).
  if (!info.input['x-form']) return;
  expect
    .soft(figures, `${id} (${lang}): the answer as the widget shows it differs from the API's, or the widget is wider than a phone`)
    .toEqual([]);
  expect(problems, `${id} (${lang}): texts to write in the calculator's presentation (kind path «text found»: what is wrong)`).toEqual([]);
}

describe('every widget read in Chinese (zh-CN)', () => {
  it.each(IDS)('%s', (id) => scan(id, 'zh-CN'));
});

describe('every widget read in English (en)', () => {
  it.each(IDS)('%s', (id) => scan(id, 'en'));
});
