import { describe, expect, it } from 'vitest';
import type { createApp } from '../../src/app';
import { createSiteApp } from '../helpers/site-app';
import { shanghaiDate } from '../../src/engine/lookup';
import { escapeHtml } from '../../src/explore/html';
import type { CompiledBundle, CompiledTable } from '../../src/tables/model';
import { namesOf } from '../../src/explore/render';
import { idsInWords, unitLabel } from '../../src/explore/text';
import { realBundle } from '../helpers/calc';

/**
 * The explorer's pages as a citizen reads them: honest about what the data covers (the API's notices on every page
 * whose values rest on a date after `verifiedThrough`, none before), the table version called a data version, unit
 * names in words, keys that wrap only at their separators, notes shown whole, English plurals.
 */

const EMI = 'employee-medical-insurance';
const bundle = realBundle();
const app = createSiteApp(bundle);
const today = shanghaiDate(Date.now());

const get = async (a: ReturnType<typeof createApp>, path: string, headers: Record<string, string> = {}) => {
  const res = await a.request(path, { headers });
  return { res, body: await res.text() };
};
const json = async (path: string) => (await app.request(path)).json() as Promise<Record<string, unknown>>;
/** Every page of a (possibly paginated) table page. */
async function pages(a: ReturnType<typeof createApp>, path: string): Promise<string[]> {
  const out: string[] = [];
  for (let page = 1; ; page++) {
    const r = await get(a, `${path}${path.includes('?') ? '&' : '?'}page=${page}`);
    if (r.res.status === 404) return out;
    expect(r.res.status).toBe(200);
    out.push(r.body);
  }
}
const noticesOf = async (id: string, date: string) =>
  (await json(`/v1/tables/${id}?date=${date}`)).notices as { code: string; zh: string; en: string }[];
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const bundleWith = (tables: CompiledTable[]): CompiledBundle => ({
  ...bundle,
  hash: 'e'.repeat(64),
  tables: Object.fromEntries(tables.map((t) => [t.id, t])),
});

describe('coverage: the page says what the values rest on', () => {
  const t = bundle.tables[EMI]!;

  it('after verifiedThrough (today): the API notice, and "today" only with it', async () => {
    expect(today > t.verifiedThrough).toBe(true);
    const notices = await noticesOf(EMI, today);
    expect(notices.map((n) => n.code)).toEqual(['after-verified-through']);
    for (const body of await pages(app, `/explore/${EMI}`)) {
      expect(body).toContain(
        `<div class="notice" role="note"><p class="lead">以下是 ${today}（今天）适用的数值（数值核对至 ${t.verifiedThrough}，之后按本站收录的最新文件）。</p>`,
      );
      expect(body).toContain(`<p data-code="after-verified-through">${escapeHtml(notices[0]!.zh)}</p>`);
      // the old wording that called carried-forward values today's is gone
      expect(body).not.toMatch(/今天（[\d-]+）有效的数值/);
    }
    const en = await get(app, `/explore/${EMI}?lang=en`);
    expect(en.body).toContain(
      `<p class="lead">Values that apply on ${today} (today) (checked up to ${t.verifiedThrough}; later dates use the latest document collected here).</p>`,
    );
    expect(en.body).toContain(`<p data-code="after-verified-through">${escapeHtml(notices[0]!.en)}</p>`);
  });

  it('a past date after verifiedThrough carries the notice of that date; a date up to it none', async () => {
    const after = '2015-06-01';
    const notices = await noticesOf(EMI, after);
    expect(notices.length).toBeGreaterThan(0);
    const a = await get(app, `/explore/${EMI}?date=${after}`);
    for (const n of notices) expect(a.body).toContain(`<p data-code="${n.code}">${escapeHtml(n.zh)}</p>`);
    expect(a.body).toContain(`以下是 ${after} 适用的数值（数值核对至 ${t.verifiedThrough}，之后按本站收录的最新文件）。`);

    const before = '2015-01-20';
    expect(await noticesOf(EMI, before)).toEqual([]);
    for (const body of await pages(app, `/explore/${EMI}?date=${before}`)) {
      expect(body).not.toContain('class="notice"');
      expect(body).not.toContain('data-code=');
      expect(body).toContain(`<p>以下是 ${before} 有效的数值（数值已与公开文件核对至 ${t.verifiedThrough}）。</p>`);
    }
  });

  it('every table: a notice exactly where the API gives one', async () => {
    for (const tb of Object.values(bundle.tables)) {
      for (const date of [tb.coverage.from, tb.verifiedThrough, '2016-03-01']) {
        if (date < tb.coverage.from) continue;
        const notices = await noticesOf(tb.id, date);
        const r = await get(app, `/explore/${tb.id}?date=${date}`);
        const shown = [...r.body.matchAll(/<p data-code="([^"]+)">([^<]*)<\/p>/g)].map((m) => ({ code: m[1], zh: m[2] }));
        expect(shown, `${tb.id} ${date}`).toEqual(notices.map((n) => ({ code: n.code, zh: escapeHtml(n.zh) })));
      }
    }
  });

  it('a date before the data starts: says so instead of listing nothing', async () => {
    const r = await get(app, `/explore/${EMI}?date=2014-06-01`);
    expect(r.res.status).toBe(200);
    expect(r.body).toContain(`本表数据自 ${t.coverage.from} 起；2014-06-01不在数据范围内，没有适用的数值。`);
  });

  it('the version is the day the data was compiled, linked to the change log; no maintainer line, no bundle id', async () => {
    const day = t.version.split('.')[0];
    const r = await get(app, `/explore/${EMI}`);
    expect(r.body).toContain(`<a href="/explore/${EMI}/changelog">数据整理于 ${day}</a> · 数值核对至 ${t.verifiedThrough}`);
    const index = await get(app, '/explore');
    for (const body of [r.body, index.body]) {
      // never a bare version that reads like a policy date, a count of revisions, nor the data bundle's id
      expect(body).not.toContain(t.version);
      expect(body).not.toContain('版本');
      expect(body).not.toContain('修订');
      expect(body).not.toContain(bundle.hash.slice(0, 12));
      expect(body).not.toContain('维护：');
      expect(body).not.toContain('policy-edge data team');
    }
    expect(index.body).toContain(`数据整理于 ${day} · 数值核对至 ${t.verifiedThrough}`);
    const en = await get(app, `/explore/${EMI}?lang=en`);
    expect(en.body).toContain(`<a href="/explore/${EMI}/changelog?lang=en">Data compiled ${day}</a>`);
  });
});

describe('what a citizen reads on a table page', () => {
  it('units by name: every unit cell of every table is 元, 比例, 是/否… (zh) and yuan, ratio, yes/no… (en)', async () => {
    const seen = new Set<string>();
    for (const tb of Object.values(bundle.tables)) {
      const zh = (await pages(app, `/explore/${tb.id}`)).join('');
      const en = (await pages(app, `/explore/${tb.id}?lang=en`)).join('');
      for (const p of tb.parameters) {
        const cell = (body: string) =>
          new RegExp(`<tr id="p-${p.key.replace(/\./g, '\\.')}"[^>]*>.*?</th><td>.*?</td><td>([^<]*)</td>`).exec(body)?.[1];
        expect(cell(zh), `${tb.id} ${p.key}`).toBe(unitLabel(p.unit, 'zh'));
        expect(cell(zh), `${tb.id} ${p.key}`).toMatch(/[\u4e00-\u9fff]/);
        expect(cell(en), `${tb.id} ${p.key}`).toMatch(/^[^\u4e00-\u9fff]+$/);
        seen.add(`${p.unit}=${cell(zh)}|${cell(en)}`);
      }
    }
    for (const pair of [
      'boolean=是/否|yes/no',
      'ratio=比例|ratio',
      'percentage-point=百分点|percentage points',
      'CNY=元|yuan',
      'count=个数|number',
      'CNY/month=元/月|yuan/month',
      'working-days=个工作日|working days',
    ])
      expect(seen).toContain(pair);
  });

  it('names, not ids: no parameter key or sheet id is shown as text (the JSON links carry them); no wrapping anywhere', async () => {
    const body = (await pages(app, `/explore/${EMI}`)).join('');
    const text = body.replace(/<[^>]+>/g, ' ');
    expect(text).not.toContain('designated_disease.extra_herbal_facilities');
    expect(text).not.toContain('inpatient_levels');
    expect(body).toContain('title="designated_disease.extra_herbal_facilities">JSON</a>');
    expect(body).not.toContain('overflow-wrap:anywhere');
  });

  it('notes whole: every note of every parameter, dated value and scale row is on the page in full', async () => {
    for (const tb of Object.values(bundle.tables)) {
      const body = (await pages(app, `/explore/${tb.id}`)).join('');
      const zh = (list: ({ zh: string; en: string } | null)[]) => list.filter((n): n is { zh: string; en: string } => !!n).map((n) => n.zh);
      // a key, sheet or code a row's note names by id is shown in words (the table's own labels)
      const rowNotes = zh([
        ...tb.parameters.flatMap((p) => p.history.map((h) => h.note)),
        ...tb.scales.flatMap((s) => s.rows.map((r) => r.note)),
      ]);
      // the change log is shown as GET …/versions words it
      const notes = [
        ...rowNotes.map((n) => idsInWords(n, namesOf(tb), 'zh')),
        ...zh([...tb.sources.map((s) => s.note), ...tb.changelog.slice(-5).map((e) => e.change)]),
      ];
      for (const n of notes) expect(body, `${tb.id}: ${n.slice(0, 40)}`).toContain(escapeHtml(n));
    }
  });

  it('a long note is not cut either', async () => {
    const t = clone(bundle.tables[EMI]!);
    const long = `${'很长的备注，'.repeat(200)}结尾。`;
    t.parameters[0]!.history[0]!.note = { zh: long, en: long };
    t.scales[0]!.rows[0]!.note = { zh: long, en: long };
    const body = (await pages(createSiteApp(bundleWith([t])), `/explore/${EMI}`)).join('');
    expect(body.split(escapeHtml(long)).length - 1).toBe(2);
  });

  it('English counts: "1 scale sheet", "1 row", never "1 scale sheets"', async () => {
    const r = await get(app, '/explore?lang=en');
    expect(r.body).not.toMatch(/\b1 (parameters|scale sheets|rows)\b/);
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    for (const tb of Object.values(bundle.tables)) {
      const rows = tb.scales.reduce((n, s) => n + s.rows.length, 0);
      expect(r.body).toContain(
        `${plural(tb.parameters.length, 'parameter', 'parameters')} · ${plural(tb.scales.length, 'scale sheet', 'scale sheets')} (${plural(rows, 'row', 'rows')})`,
      );
    }
    expect(Object.values(bundle.tables).some((tb) => tb.scales.length === 1)).toBe(true);
    const one = Object.values(bundle.tables).find((tb) => tb.scales.length === 1 && tb.scales[0]!.rows.length > 1)!;
    const page = await get(app, `/explore/${one.id}?lang=en`);
    expect(page.body).not.toMatch(/\(s\)|\b1 rows\b/);
  });

  it("a sheet shows its text columns in the reader's language only (name_zh in Chinese, name_en in English), each cell labelled for the phone layout", async () => {
    const paired = Object.values(bundle.tables).flatMap((tb) =>
      tb.scales.flatMap((s) =>
        s.columns
          .filter((c) => c.id.endsWith('_zh') && s.columns.some((o) => o.id === `${c.id.slice(0, -3)}_en`))
          .map((c) => ({ tb, s, zh: c, en: s.columns.find((o) => o.id === `${c.id.slice(0, -3)}_en`)! })),
      ),
    );
    expect(paired.length).toBeGreaterThan(10);
    const { tb, s, zh, en } = paired[0]!;
    const section = (page: string) => page.slice(page.indexOf(`id="s-${s.id}"`), page.indexOf('</table>', page.indexOf(`id="s-${s.id}"`)));
    const zhPage = section((await pages(app, `/explore/${tb.id}`)).find((p) => p.includes(`id="s-${s.id}"`))!);
    const enPage = section((await pages(app, `/explore/${tb.id}?lang=en`)).find((p) => p.includes(`id="s-${s.id}"`))!);
    expect(zhPage).toContain(`<th scope="col">${escapeHtml(zh.label.zh)}</th>`);
    expect(zhPage).not.toContain(`<th scope="col">${escapeHtml(en.label.zh)}</th>`);
    expect(enPage).toContain(`<th scope="col">${escapeHtml(en.label.en)}</th>`);
    expect(enPage).not.toContain(`<th scope="col">${escapeHtml(zh.label.en)}</th>`);
    expect(zhPage).toContain(`<table class="rows">`);
    expect(zhPage).toContain(`data-label="${escapeHtml(zh.label.zh)}"`);
  });

  it('the "changes" and "change log" links open pages, not JSON', async () => {
    const t = bundle.tables[EMI]!;
    const r = await get(app, `/explore/${EMI}?date=2016-03-01`);
    expect(r.body).toContain(
      `<a href="/explore/${EMI}/changes?from=${t.coverage.from}&amp;to=2016-03-01">${t.coverage.from} 至 2016-03-01 的政策变化</a>`,
    );
    expect(r.body).toContain(`<a href="/explore/${EMI}/changelog">变更记录</a>`);
    expect(r.body).not.toContain(`href="/v1/tables/${EMI}/versions"`);
    expect(r.body).not.toContain(`href="/v1/tables/${EMI}/changes`);
  });
});

describe('an empty text cell', () => {
  it('reads "not stated" (the text states nothing there), never "not published" like a missing value', async () => {
    // the bodies sheet: 176 rows without a bracketed note, 187 without deputies, the abolished bodies without a head
    const r = await get(app, '/explore/municipal-coordination-bodies');
    expect(r.body).toContain('<span class="muted" aria-hidden="true">—</span><span class="sr">原文未写明</span>');
    expect(r.body).not.toContain('<span class="np">');
    const en = await get(app, '/explore/municipal-coordination-bodies?lang=en');
    expect(en.body).toContain('<span class="sr">not stated in the source</span>');
    expect(en.body).not.toContain('<span class="np">');
    // an empty value is still "not published": elderly-care's relief share for home-care firms (to be approved)
    const fees = bundle.tables['elderly-care']!.scales.find((sc) => sc.id === 'fee_relief')!;
    expect(fees.rows.some((row) => row.cells.charge_share === null)).toBe(true);
    const values = await get(app, '/explore/elderly-care');
    expect(values.body).toContain('<span class="np">原文未公布</span>');
  });
});
