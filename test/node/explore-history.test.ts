import { describe, expect, it } from 'vitest';
import type { createApp } from '../../src/app';
import { createSiteApp } from '../helpers/site-app';
import { formatValue } from '../../src/engine/format';
import { shanghaiDate } from '../../src/engine/lookup';
import { escapeHtml } from '../../src/explore/html';
import type { CompiledBundle, CompiledTable } from '../../src/tables/model';
import { realBundle } from '../helpers/calc';

/**
 * The HTML pages of a table's changes between two dates and of its change log: the same content as
 * GET /v1/tables/{id}/changes and …/versions (values, citations, notices), in Chinese and English.
 */

const EMI = 'employee-medical-insurance';
const LIMIT = 50 * 1024;
const bundle = realBundle();
const app = createSiteApp(bundle);
const today = shanghaiDate(Date.now());

type Notice = { code: string; zh: string; en: string };
type Dated = { value: unknown; published: boolean; from: string; to: string | null; citation: { text: string } } | null;
type Changes = {
  from: string;
  to: string;
  compared: { from: string; to: string };
  notices: Notice[];
  summary: { parameters: number; scaleRows: number };
  parameters: { key: string; label: string; unit: string; change: string; before: Dated; after: Dated }[];
  scales: { id: string; label: string; rows: { change: string; columns: string[] }[] }[];
};

const get = async (a: ReturnType<typeof createApp>, path: string) => {
  const res = await a.request(path);
  const body = await res.text();
  return { res, body, bytes: new TextEncoder().encode(body).length };
};
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const bundleWith = (tables: CompiledTable[]): CompiledBundle => ({
  ...bundle,
  hash: 'd'.repeat(64),
  tables: Object.fromEntries(tables.map((t) => [t.id, t])),
});
function expectPage(r: Awaited<ReturnType<typeof get>>, lang: 'zh-CN' | 'en') {
  expect(r.res.status).toBe(200);
  expect(r.res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
  expect(r.res.headers.get('content-language')).toBe(lang);
  expect(r.body).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
  expect(r.body).not.toMatch(/<script/i);
  expect(r.bytes).toBeLessThanOrEqual(LIMIT);
}

describe('/explore/{table}/changes', () => {
  it('shows what GET /v1/tables/{id}/changes answers: notices, compared dates, every change with both values and citations', async () => {
    const q = 'from=2014-06-01&to=2026-12-07';
    const api = (await (await app.request(`/v1/tables/${EMI}/changes?${q}`)).json()) as Changes;
    const r = await get(app, `/explore/${EMI}/changes?${q}`);
    expectPage(r, 'zh-CN');
    expect(r.body).toContain('<h1>职工基本医疗保险：政策变化</h1>');
    // before-coverage and after-verified-through, word for word
    expect(api.notices.map((n) => n.code)).toEqual(['before-coverage', 'after-verified-through']);
    for (const n of api.notices) expect(r.body).toContain(`<p data-code="${n.code}">${escapeHtml(n.zh)}</p>`);
    expect(r.body).toContain(
      `${api.compared.from} 与 ${api.compared.to} 两日适用的数值相比：${api.summary.parameters} 个参数、${api.summary.scaleRows} 行分档有变化。`,
    );
    expect(api.parameters.length).toBeGreaterThan(0);
    for (const p of api.parameters) {
      expect(r.body).toContain(`#p-${p.key}">在表中查看</a>`);
      for (const v of [p.before, p.after]) {
        if (!v) continue;
        const text = v.published ? formatValue(v.value as never, p.unit as never, 'zh') : '原文未公布';
        expect(r.body).toContain(`${escapeHtml(text)}<br><span class="muted">`);
        expect(r.body).toContain(escapeHtml(v.citation.text));
      }
    }
    for (const s of api.scales.filter((x) => x.rows.length))
      expect(r.body).toContain(`<h2 id="s-${s.id}">${escapeHtml(s.label)} <span class="muted">(${s.rows.length})</span>`);
    expect(r.body.match(/<tr><th scope="row">/g)!.length).toBe(api.summary.parameters + api.summary.scaleRows);
    expect(r.body).toContain(`<a href="/v1/tables/${EMI}/changes?from=2014-06-01&amp;to=2026-12-07">`);
  });

  it('a value changed, added and ended between the dates: each with its kind and both sides', async () => {
    const t = clone(bundle.tables[EMI]!);
    const cap = t.parameters.find((p) => p.key === 'inpatient.annual_cap')!;
    cap.history[0]!.to = '2015-12-31';
    cap.history.push({ ...cap.history[0]!, from: '2016-01-01', to: null, value: 250000, cell: 'parameters!D90' });
    const gone = t.parameters.find((p) => p.key === 'designated_disease.deductible')!;
    gone.history[0]!.to = '2015-12-31';
    const a = createSiteApp(bundleWith([t]));
    const r = await get(a, `/explore/${EMI}/changes?from=2015-06-01&to=2016-06-01`);
    expectPage(r, 'zh-CN');
    expect(r.body).toMatch(
      /<tr><th scope="row"><span class="label">[^<]+<\/span><br><a class="code" href="[^"]+#p-inpatient\.annual_cap">[^<]*(<wbr>[^<]*)*<\/a><\/th><td class="num" data-label="变化"><span class="chg">调整<\/span><\/td><td data-label="2015-06-01 适用">200,000元<br><span class="muted">2015-01-01 – 2015-12-31 · 嘉政发〔2014〕87号 第二十六条<\/span>/,
    );
    expect(r.body).toContain(
      '<td data-label="2016-06-01 适用">250,000元<br><span class="muted">2016-01-01 起 · 嘉政发〔2014〕87号 第二十六条</span>',
    );
    expect(r.body).toMatch(
      /#p-designated_disease\.deductible">.*?<span class="chg">不再适用<\/span>.*?<td data-label="2016-06-01 适用"><span class="muted">无<\/span>/,
    );
    // in English
    const en = await get(a, `/explore/${EMI}/changes?from=2015-06-01&to=2016-06-01&lang=en`);
    expectPage(en, 'en');
    expect(en.body).toContain('<span class="chg">changed</span>');
    expect(en.body).toContain('<span class="chg">no longer in force</span>');
    expect(en.body).toContain('CNY 250,000<br><span class="muted">from 2016-01-01');
    expect(en.body).toContain(`<a href="/explore/${EMI}/changelog?lang=en">Change log</a>`);
  });

  it('a value the source sets for a period only reads «此后原文未公布», not «调整» (the 2015 rates in 2016)', async () => {
    const api = (await (await app.request(`/v1/tables/${EMI}/changes?from=2015-06-01&to=2016-06-01`)).json()) as {
      scales: { id: string; rows: { change: string }[] }[];
    };
    const rates = api.scales.find((s) => s.id === 'contribution_rates')!;
    expect(rates.rows.length).toBeGreaterThan(0);
    expect(rates.rows.every((r) => r.change === 'changed')).toBe(true);
    const r = await get(app, `/explore/${EMI}/changes?from=2015-06-01&to=2016-06-01`);
    expect(r.body).toContain('<span class="chg">此后原文未公布</span>');
    expect(r.body).not.toContain('<span class="chg">调整</span>');
    // sheet headings in words only
    expect(r.body).not.toContain('contribution_rates</code>');
    const en = await get(app, `/explore/${EMI}/changes?from=2015-06-01&to=2016-06-01&lang=en`);
    expect(en.body).toContain('<span class="chg">not published after</span>');
  });

  it('the same values on both dates: says nothing changed', async () => {
    const r = await get(app, `/explore/${EMI}/changes?from=2015-01-05&to=2015-01-20`);
    expectPage(r, 'zh-CN');
    expect(r.body).toContain('<p>2015-01-05 与 2015-01-20 两日适用的数值相同，没有变化。</p>');
    expect(r.body).not.toContain('class="notice"');
  });

  it('defaults: from the first day of the data to today', async () => {
    const t = bundle.tables[EMI]!;
    const r = await get(app, `/explore/${EMI}/changes`);
    expectPage(r, 'zh-CN');
    expect(r.body).toContain(`<input id="from" name="from" type="date" value="${t.coverage.from}">`);
    expect(r.body).toContain(`<input id="to" name="to" type="date" value="${today}">`);
  });

  it('errors as pages: a bad date or dates in the wrong order 400, an unknown table 404', async () => {
    const bad = await get(app, `/explore/${EMI}/changes?from=2015-02-30`);
    expect(bad.res.status).toBe(400);
    expect(bad.body).toContain('<h1>日期无效</h1>');
    const order = await get(app, `/explore/${EMI}/changes?from=2016-01-01&to=2015-01-01&lang=en`);
    expect(order.res.status).toBe(400);
    expect(order.body).toContain('<h1>Dates in the wrong order</h1>');
    expect((await get(app, '/explore/no-such-table/changes')).res.status).toBe(404);
    expect((await get(app, '/explore/no-such-table/changelog')).res.status).toBe(404);
  });

  it('every real table, from its first day to today, in both languages: pages under 50 KB showing every change once', async () => {
    let paginated = 0;
    for (const t of Object.values(bundle.tables)) {
      const api = (await (await app.request(`/v1/tables/${t.id}/changes?from=${t.coverage.from}`)).json()) as Changes;
      const total = api.summary.parameters + api.summary.scaleRows;
      for (const lang of ['zh', 'en'] as const) {
        let rows = 0;
        let page = 1;
        for (; ; page++) {
          const r = await get(app, `/explore/${t.id}/changes?lang=${lang}${page > 1 ? `&page=${page}` : ''}`);
          if (r.res.status === 404 && page > 1) break;
          expectPage(r, lang === 'en' ? 'en' : 'zh-CN');
          rows += r.body.match(/<tr><th scope="row">/g)?.length ?? 0;
        }
        expect(rows, `${t.id} ${lang}`).toBe(total);
        if (page > 2) paginated++;
      }
    }
    // the tables whose data starts before most of their documents are in force list many additions
    expect(paginated).toBeGreaterThan(0);
  });
});

describe('/explore/{table}/changelog', () => {
  it('every line of GET …/versions, newest first, with the data version explained', async () => {
    for (const t of Object.values(bundle.tables)) {
      const api = (await (await app.request(`/v1/tables/${t.id}/versions`)).json()) as {
        version: string;
        changelog: { date: string; change: { zh: string; en: string } }[];
        sources: { number: string }[];
      };
      const r = await get(app, `/explore/${t.id}/changelog`);
      expectPage(r, 'zh-CN');
      const day = api.version.split('.')[0];
      expect(r.body).toContain(`本表数据整理于 ${day}：这是本站最近一次整理这张表数据的日期`);
      // neither the version string nor a count of revisions, which would read like amendments of the policy
      expect(r.body).not.toContain(api.version);
      expect(r.body).not.toContain('修订');
      expect(r.body).not.toContain('SHA-256');
      expect(r.body).toContain('不是政策文件的发布或施行日期');
      const rows = [
        ...r.body.matchAll(
          /<tr><td class="num" data-label="日期">([\d-]+)<\/td><td data-label="修改内容"><span class="note">([^<]*)<\/span><\/td><\/tr>/g,
        ),
      ].map((m) => ({ date: m[1], change: m[2] }));
      expect(rows).toEqual(api.changelog.map((e) => ({ date: e.date, change: escapeHtml(e.change.zh) })));
      // who kept the data is the maintainers' business, not the reader's: the API does not even send it
      for (const e of api.changelog) expect(e).not.toHaveProperty('author');
      for (const s of api.sources) expect(r.body).toContain(`<strong>${escapeHtml(s.number)}</strong>`);
      expect(r.body).toContain(`<a href="/v1/tables/${t.id}/versions">`);
    }
    const en = await get(app, `/explore/${EMI}/changelog?lang=en`);
    expectPage(en, 'en');
    expect(en.body).toContain('not the date of a policy document');
    expect(en.body).toMatch(/Change log \(\d+ entries, newest first\)/);
  });
});
