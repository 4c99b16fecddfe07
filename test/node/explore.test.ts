import { describe, expect, it } from 'vitest';
import type { createApp } from '../../src/app';
import { createSiteApp } from '../helpers/site-app';
import { escapeHtml } from '../../src/explore/html';
import { search } from '../../src/explore/search';
import type { CompiledBundle, CompiledTable, ScaleRow } from '../../src/tables/model';
import { realBundle } from '../helpers/calc';

const EMI = 'employee-medical-insurance';
const LIMIT = 50 * 1024;

const app = createSiteApp(realBundle());
const get = async (a: ReturnType<typeof createApp>, path: string, headers: Record<string, string> = {}) => {
  const res = await a.request(path, { headers });
  const body = await res.text();
  return { res, body, bytes: new TextEncoder().encode(body).length };
};
/** Every page of a (possibly paginated) table page, concatenated. */
async function allPages(a: ReturnType<typeof createApp>, path: string): Promise<string> {
  let out = '';
  for (let page = 1; ; page++) {
    const r = await get(a, `${path}${path.includes('?') ? '&' : '?'}page=${page}`);
    if (r.res.status === 404) return out;
    out += r.body;
  }
}
/** A link to an anchor of a table page, on whichever page the anchor lands. */
const linkTo = (id: string, anchor: string, lang = '') =>
  new RegExp(`<a href="/explore/${id}(\\?page=\\d+)?${lang ? `[?&]lang=${lang}` : ''}#${anchor.replace(/\./g, '\\.')}">`);
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const bundleWith = (tables: CompiledTable[]): CompiledBundle => ({
  ...realBundle(),
  hash: 'f'.repeat(64),
  tables: Object.fromEntries(tables.map((t) => [t.id, t])),
});

/** Every well-formed HTML page of the explorer shares these properties. */
function expectGoodPage(r: Awaited<ReturnType<typeof get>>, lang: 'zh-CN' | 'en') {
  expect(r.res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
  expect(r.res.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(r.body).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
  expect(r.body).not.toMatch(/<script/i);
  expect(r.body).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
  expect(r.body).toContain('<a class="skip" href="#main">');
  expect(r.body).toContain('<main id="main" tabindex="-1">');
  expect(r.body).toMatch(/<h1>[^<]/);
  expect(r.body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  // the stylesheet (print rules included) is a static asset; the page keeps only its card labels inline
  expect(r.body).toContain('<link rel="stylesheet" href="/docs/assets/explore.css">');
  expect(r.bytes).toBeLessThanOrEqual(LIMIT);
}

describe('/explore', () => {
  it('lists every table by domain with its source documents and a search form', async () => {
    const r = await get(app, '/explore');
    expect(r.res.status).toBe(200);
    expectGoodPage(r, 'zh-CN');
    expect(r.res.headers.get('content-language')).toBe('zh-CN');
    expect(r.body).toContain('<h2 id="d-health">医疗卫生</h2>');
    for (const t of Object.values(realBundle().tables)) {
      expect(r.body).toContain(`<a href="/explore/${t.id}">${escapeHtml(t.title.zh)}</a>`);
      for (const s of t.sources) expect(r.body).toContain(`<strong>${escapeHtml(s.number)}</strong>`);
    }
    expect(r.body).toContain('<form class="search" role="search" action="/explore" method="get">');
    expect(r.body).toContain('<label for="q">');
    expect(r.body).toContain('<input id="q" name="q" type="search"');
  });

  it('English with ?lang=en (links keep it) or Accept-Language: en', async () => {
    const q = await get(app, '/explore?lang=en');
    expectGoodPage(q, 'en');
    expect(q.body).toContain('<h2 id="d-health">Health</h2>');
    expect(q.body).toContain(`<a href="/explore/${EMI}?lang=en">Employee basic medical insurance</a>`);
    expect(q.body).toContain('<input type="hidden" name="lang" value="en">');
    expect(q.body).toContain('<a class="lang" href="/explore?lang=zh" hreflang="zh-CN" lang="zh-CN">中文</a>');
    const h = await get(app, '/explore', { 'Accept-Language': 'en-GB,en;q=0.9' });
    expectGoodPage(h, 'en');
    expect(h.body).toContain(`<a href="/explore/${EMI}">Employee basic medical insurance</a>`);
    expect(h.res.headers.get('vary')).toContain('Accept-Language');
  });

  it('search: "第二十五条" finds the parameters and inpatient_levels rows citing that article', async () => {
    const r = await get(app, `/explore?q=${encodeURIComponent('第二十五条')}`);
    expect(r.res.status).toBe(200);
    expectGoodPage(r, 'zh-CN');
    expect(r.body).toContain('<input id="q" name="q" type="search" value="第二十五条"');
    const t = realBundle().tables[EMI]!;
    // citations may name several articles: "第二十五条、第二十三条（二）、第二十四条（二）"
    const cites = (c: { article: string }) => c.article.split('、').includes('第二十五条');
    const params = t.parameters.filter((p) => p.history.some((h) => cites(h.citation))).map((p) => p.key);
    const rows = t.scales.flatMap((s) => s.rows.filter((x) => cites(x.citation)).map((x) => `${s.id}-${x.row}`));
    expect(params).toEqual(['inpatient.deductible_max_admissions', 'inpatient.transfer_deductible_rule']);
    // levels 1, 2 and 3
    expect(rows).toEqual(['inpatient_levels-2', 'inpatient_levels-3', 'inpatient_levels-4']);
    // other tables may cite an article 25 of their own documents too
    expect(Number(/“第二十五条”的搜索结果：(\d+) 条/.exec(r.body)![1])).toBeGreaterThanOrEqual(params.length + rows.length);
    for (const key of params) expect(r.body).toMatch(linkTo(EMI, `p-${key}`));
    for (const id of rows) expect(r.body).toMatch(linkTo(EMI, `r-${id}`));
    expect(r.body).toContain('<mark>第二十五条</mark>');
  });

  it('search: "起付" finds the inpatient deductibles; words are matched ignoring case and width', async () => {
    const r = await get(app, `/explore?q=${encodeURIComponent('起付')}`);
    expect(r.body).toMatch(linkTo(EMI, 's-inpatient_levels'));
    expect(r.body).toContain('<mark>起付</mark>标准');
    // full-width letters and upper case find the key
    const k = await get(app, `/explore?q=${encodeURIComponent('ＩＮＰＡＴＩＥＮＴ.annual_cap')}&lang=en`);
    expect(k.body).toMatch(linkTo(EMI, 'p-inpatient.annual_cap', 'en'));
    // every word must match
    const none = await get(app, `/explore?q=${encodeURIComponent('起付 zzzz')}`);
    expect(none.body).toContain('没有找到“起付 zzzz”');
  });
});

describe('/explore/{table}', () => {
  it('every parameter with its value in force, unit, citation and note; JSON links; "not published" where empty', async () => {
    const r = await get(app, `/explore/${EMI}?date=2015-06-01`);
    expect(r.res.status).toBe(200);
    expectGoodPage(r, 'zh-CN');
    const all = await allPages(app, `/explore/${EMI}?date=2015-06-01`);
    const t = realBundle().tables[EMI]!;
    for (const p of t.parameters) {
      expect(all).toContain(`<tr id="p-${p.key}">`);
      // the key wraps only after its separators, never inside a word
      // a citizen reads the parameter's name; its key is the JSON link's title, for developers
      expect(all).toContain(`<a class="code" href="/v1/tables/${EMI}/parameters/${p.key}" title="${p.key}">JSON</a>`);
    }
    expect(all).toMatch(
      /<tr id="p-inpatient\.annual_cap"><th scope="row"><span class="label">[^<]+<\/span><br><a [^>]+>JSON<\/a><\/th><td>200,000元<br><span class="muted">2015-01-01 起<\/span><\/td><td>元<\/td><td>嘉政发〔2014〕87号 第二十六条<\/td>/,
    );
    expect(all).toMatch(/<tr id="p-contribution\.base">.*?<td><span class="np">原文未公布<\/span>/);
    expect(all).toContain(`JSON：<a href="/v1/tables/${EMI}?date=2015-06-01">`);
    for (const s of t.scales) expect(all).toContain(`<a href="/v1/tables/${EMI}/scales/${s.id}">`);
    expect(r.body).toContain('<h2 id="sources">来源文件</h2>');
  });

  it('scale sheets as tables with bound notation and percentages', async () => {
    // each cell's label for the phone layout (explore-pages.test.ts) is not what this test reads
    const all = (await allPages(app, `/explore/${EMI}?date=2015-06-01`)).replace(/ data-label="[^"]*"/g, '');
    const age = realBundle()
      .tables[EMI]!.scales.find((s) => s.id === 'account_credit')!
      .columns.find((c) => c.id === 'age')!.label.zh;
    expect(all).toContain(`<td>35 &lt; ${age} ≤ 45</td>`);
    expect(all).toContain(`<td>${age} ≤ 35</td>`);
    expect(all).toContain(`<td>75 &lt; ${age}</td>`);
    expect(all).toContain(
      '<tr id="r-inpatient_levels-4"><td>3</td><td>800元/次住院</td><td>80%</td><td>2015-01-01 起</td><td>嘉政发〔2014〕87号 第二十五条、第二十三条（二）、第二十四条（二）</td>',
    );
  });

  it('a history of dated values for a parameter with several rows; the row in force marked', async () => {
    const t = clone(realBundle().tables[EMI]!);
    const cap = t.parameters.find((p) => p.key === 'inpatient.annual_cap')!;
    cap.history[0]!.to = '2015-12-31';
    cap.history.push({ ...cap.history[0]!, from: '2016-01-01', to: null, value: 250000, cell: 'parameters!D40' });
    const a = createSiteApp(bundleWith([t]));
    const r = await allPages(a, `/explore/${EMI}?date=2016-03-01`);
    expect(r).toMatch(/<tr id="p-inpatient\.annual_cap">.*?<td>250,000元<br><span class="muted">2016-01-01 起<\/span><\/td>/);
    expect(r).toContain('<tr class="hist"><td colspan="5"><table class="history">');
    expect(r).toContain('<tr><td>2015-01-01 – 2015-12-31</td><td>200,000元</td>');
    expect(r).toContain('<tr class="now" aria-current="true"><td>2016-01-01 起</td><td>250,000元</td>');
    // on a date of the first period, the first value is the one in force
    const before = await allPages(a, `/explore/${EMI}?date=2015-06-01`);
    expect(before).toMatch(/<tr id="p-inpatient\.annual_cap">.*?<td>200,000元<br><span class="muted">2015-01-01 – 2015-12-31<\/span>/);
  });

  it('English labels and values', async () => {
    const r = await get(app, `/explore/${EMI}?date=2015-06-01&lang=en`);
    expectGoodPage(r, 'en');
    const all = await allPages(app, `/explore/${EMI}?date=2015-06-01&lang=en`);
    expect(all).toMatch(/<td>CNY 200,000<br><span class="muted">from 2015-01-01<\/span><\/td>/);
    expect(all).toContain('<span class="np">not published in the source</span>');
    expect(r.body).toContain(`<a class="lang" href="/explore/${EMI}?date=2015-06-01&amp;lang=zh" hreflang="zh-CN" lang="zh-CN">中文</a>`);
    expect(r.body).toContain('· Domain: Health · <a href="/explore/employee-medical-insurance/changelog?lang=en">Data compiled ');
    expect(all).toMatch(/<tr id="p-inpatient\.annual_cap">.*?<\/td><td>yuan<\/td>/);
  });

  it('the language switch keeps the page: both languages break every real table at the same rows', async () => {
    const ids = (body: string) => [...body.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);
    let paginated = 0;
    for (const t of Object.values(realBundle().tables)) {
      for (let page = 1; ; page++) {
        const zh = await get(app, `/explore/${t.id}?date=2015-06-01&page=${page}`);
        const switchTo = /<a class="lang" href="([^"]+)"/.exec(zh.body)?.[1]?.replace(/&amp;/g, '&');
        if (zh.res.status === 404) {
          expect((await get(app, `/explore/${t.id}?date=2015-06-01&page=${page}&lang=en`)).res.status, `${t.id} page ${page}`).toBe(404);
          if (page > 2) paginated++;
          break;
        }
        expect(switchTo).toBe(`/explore/${t.id}?date=2015-06-01&page=${page}&lang=en`);
        const en = await get(app, switchTo!);
        expect(en.res.status, `${t.id} page ${page}`).toBe(200);
        expect(ids(en.body), `${t.id} page ${page}`).toEqual(ids(zh.body));
        expect(ids(zh.body).length).toBeGreaterThan(0);
      }
    }
    // several real tables have more than one page (they used to break at different rows per language)
    expect(paginated).toBeGreaterThanOrEqual(3);
  });

  it('404 for an unknown table, 400 for a bad date, 404 for a page beyond the last — all as HTML pages', async () => {
    const missing = await get(app, '/explore/no-such-table');
    expect(missing.res.status).toBe(404);
    expectGoodPage(missing, 'zh-CN');
    expect(missing.body).toContain('没有编号为“no-such-table”的政策表。');
    const bad = await get(app, `/explore/${EMI}?date=2015-02-30&lang=en`);
    expect(bad.res.status).toBe(400);
    expect(bad.body).toContain('<h1>Invalid date</h1>');
    expect((await get(app, `/explore/${EMI}?page=99`)).res.status).toBe(404);
    expect((await get(app, `/explore/${EMI}?page=0`)).res.status).toBe(404);
  });

  it('ETag and 304 like the API', async () => {
    const first = await app.request(`/explore/${EMI}`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{16}-[0-9a-f]{8}"$/);
    expect((await app.request(`/explore/${EMI}`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });
});

describe('escaping', () => {
  it('workbook text reaches the page as text, never as markup', async () => {
    const t = clone(realBundle().tables[EMI]!);
    const evil = '<script>alert(1)</script>"\'><img src=x onerror=alert(2)>&amp;';
    t.title.zh = evil;
    t.parameters[0]!.label.zh = evil;
    t.parameters[0]!.history[0]!.note = { zh: evil, en: evil };
    t.parameters[0]!.history[0]!.citation.text = evil;
    t.sources[0]!.title.zh = evil;
    t.sources[0]!.link = 'javascript:alert(3)';
    const row = t.scales[0]!.rows[0]!;
    row.note = { zh: evil, en: evil };
    const a = createSiteApp(bundleWith([t]));
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;';
    for (const path of ['/explore', `/explore/${EMI}`, `/explore?q=${encodeURIComponent('<script>')}`]) {
      const r = await get(a, path);
      expect(r.body).not.toMatch(/<script|<img|javascript:/i);
      expect(r.body).toContain(escaped);
    }
    // a hostile query is escaped too
    const q = await get(a, `/explore?q=${encodeURIComponent('"><b>x</b>')}`);
    expect(q.body).toContain('value="&quot;&gt;&lt;b&gt;x&lt;/b&gt;"');
    expect(q.body).not.toContain('<b>x</b>');
  });
});

describe('size: no response over 50 KB', { timeout: 60_000 }, () => {
  it('every page of every real table, in both languages', async () => {
    for (const t of Object.values(realBundle().tables)) {
      for (const lang of ['zh', 'en']) {
        let page = 1;
        for (;;) {
          const r = await get(app, `/explore/${t.id}?lang=${lang}${page > 1 ? `&page=${page}` : ''}`);
          if (r.res.status === 404) break;
          expect(r.bytes, `${t.id} page ${page}`).toBeLessThanOrEqual(LIMIT);
          page++;
        }
        expect(page).toBeGreaterThan(1);
      }
    }
  });

  it('a very large table is split into pages; every row appears once; search links to the right page', async () => {
    const t = clone(realBundle().tables[EMI]!);
    t.id = 'big-table';
    const long = '很长的备注'.repeat(60); // 300 characters, 900 bytes
    const base = t.parameters[0]!;
    for (let i = 0; i < 300; i++) {
      t.parameters.push({
        ...clone(base),
        key: `synthetic.p${i}`,
        history: [
          { ...clone(base.history[0]!), to: '2015-12-31', value: null, published: false, note: { zh: long, en: long } },
          { ...clone(base.history[0]!), from: '2016-01-01', value: null, published: false, note: { zh: `${long}${i}`, en: `${long}${i}` } },
        ],
      });
    }
    const scale = t.scales.find((s) => s.id === 'designated_diseases')!;
    const template = scale.rows[0]!;
    scale.rows = Array.from(
      { length: 1500 },
      (_, i): ScaleRow => ({
        ...clone(template),
        cells: { ...template.cells, name_zh: `病种${i}`, name_en: `Disease ${i}` },
        note: { zh: long, en: long },
        row: i + 2,
      }),
    );
    const a = createSiteApp(bundleWith([t]));
    const seen = new Map<string, number>();
    let page = 1;
    for (;;) {
      const r = await get(a, `/explore/big-table${page > 1 ? `?page=${page}` : ''}`);
      if (r.res.status === 404) break;
      expect(r.res.status).toBe(200);
      expect(r.bytes, `page ${page}`).toBeLessThanOrEqual(LIMIT);
      expectGoodPage(r, 'zh-CN');
      for (const m of r.body.matchAll(/<tr id="([^"]+)"/g)) {
        expect(seen.has(m[1]!), m[1]).toBe(false);
        seen.set(m[1]!, page);
      }
      page++;
    }
    const pages = page - 1;
    expect(pages).toBeGreaterThan(20);
    expect(seen.size).toBe(t.parameters.length + t.scales.reduce((n, s) => n + s.rows.length, 0));
    // page 2 says where it is and links to its neighbours
    const p2 = await get(a, '/explore/big-table?page=2');
    expect(p2.body).toContain(`（第 2 / ${pages} 页）`);
    expect(p2.body).toContain('<a rel="prev" href="/explore/big-table">');
    expect(p2.body).toContain('<a rel="next" href="/explore/big-table?page=3">');
    // a search hit deep in the table links to its page
    const hit = await get(a, `/explore?q=${encodeURIComponent('病种1234')}`);
    const target = seen.get('r-designated_diseases-1236')!;
    expect(target).toBeGreaterThan(1);
    expect(hit.body).toContain(`<a href="/explore/big-table?page=${target}#r-designated_diseases-1236">`);
    expect(hit.bytes).toBeLessThanOrEqual(LIMIT);
    // a search with thousands of hits is paginated too
    const many = await get(a, `/explore?q=${encodeURIComponent('病种')}`);
    expect(many.bytes).toBeLessThanOrEqual(LIMIT);
    // the 1500 rows, plus what the real table says about 病种 elsewhere (its rows do not name it)
    const real = clone(realBundle().tables[EMI]!);
    real.id = 'big-table';
    const designated = real.scales.find((s) => s.id === 'designated_diseases')!;
    expect(search(bundleWith([real]), '病种').filter((h) => h.kind === 'row' && h.code === 'designated_diseases')).toEqual([]);
    const others = search(bundleWith([real]), '病种').length;
    expect(others).toBeGreaterThan(1); // at least the sheet 门诊特殊病种 and its parameters
    expect(designated.label.zh).toContain('病种');
    expect(many.body).toContain(`“病种”的搜索结果：${1500 + others} 条`);
    expect(many.body).toContain('<a rel="next" href="/explore?q=%E7%97%85%E7%A7%8D&amp;page=2">');
  });
});
