import { Hono } from 'hono/tiny';
import type { AppEnv } from '../env';
import { findTable, shanghaiDate } from '../engine/lookup';
import { resolveLang } from '../http/lang';
import {
  HITS_PER_PAGE,
  paginate,
  renderIndex,
  renderMessage,
  renderSearch,
  renderTable,
  type Ctx,
  type TableLayout,
} from '../explore/render';
import { search, type Hit } from '../explore/search';
import type { CompiledBundle } from '../tables/model';
import { isIsoDate } from '../tables/units';

/**
 * The legislation explorer: server-rendered HTML pages for people (the JSON API is for programs).
 *   GET /explore            every table by domain; ?q= searches keys, labels, notes and citations
 *   GET /explore/{table}    all parameters and scale sheets with values, citations and history (?date=, ?page=)
 * Chinese by default; ?lang=en or Accept-Language: en for English.
 */
export function exploreRoutes(bundle: CompiledBundle) {
  const app = new Hono<AppEnv>();
  const dataVersion = `${bundle.packageVersion}+${bundle.hash.slice(0, 12)}`;

  // Layouts depend on the table, the language and the date only: keep the recent ones.
  const layouts = new Map<string, TableLayout>();
  const layoutOf = (ctx: Ctx, id: string, date: string) => {
    const key = `${id}|${ctx.lang}|${ctx.explicitLang}|${date}`;
    let l = layouts.get(key);
    if (!l) {
      if (layouts.size > 200) layouts.clear();
      l = paginate(ctx, bundle.tables[id]!, date);
      layouts.set(key, l);
    }
    return l;
  };

  const context = (c: Parameters<typeof resolveLang>[0]): Ctx => {
    const url = new URL(c.req.url);
    const query = Object.fromEntries(url.searchParams);
    return {
      lang: resolveLang(c) === 'en' ? 'en' : 'zh',
      explicitLang: url.searchParams.has('lang'),
      today: shanghaiDate(Date.now()),
      path: url.pathname,
      query,
      dataVersion,
    };
  };
  const send = (c: Parameters<typeof resolveLang>[0], body: string, status: 200 | 400 | 404 = 200) =>
    c.html(body, status, { 'Content-Language': resolveLang(c) === 'en' ? 'en' : 'zh-CN', Vary: 'Accept-Language' });

  const pageNumber = (raw: string | undefined): number | null => {
    if (raw === undefined || raw === '') return 1;
    return /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : null;
  };

  app.get('/explore', (c) => {
    const ctx = context(c);
    const t = (zh: string, en: string) => (ctx.lang === 'en' ? en : zh);
    const q = (c.req.query('q') ?? '').trim();
    if (!q) return send(c, renderIndex(bundle, ctx));
    const page = pageNumber(c.req.query('page'));
    if (page === null)
      return send(
        c,
        renderMessage(ctx, t('页码无效', 'Invalid page'), t('页码应为正整数。', 'The page must be a positive whole number.')),
        400,
      );
    const hits = search(bundle, q);
    if (page > 1 && (page - 1) * HITS_PER_PAGE >= hits.length)
      return send(
        c,
        renderMessage(ctx, t('没有这一页', 'No such page'), t('搜索结果没有这么多页。', 'The results have fewer pages.')),
        404,
      );
    const pageOf = (h: Hit) => layoutOf(ctx, h.table.id, ctx.today).anchors.get(h.anchor) ?? 1;
    return send(c, renderSearch(ctx, q, hits, page, pageOf));
  });

  app.get('/explore/:table', (c) => {
    const ctx = context(c);
    const t = (zh: string, en: string) => (ctx.lang === 'en' ? en : zh);
    const id = c.req.param('table');
    const tb = findTable(bundle, id);
    if (!tb) {
      return send(
        c,
        renderMessage(ctx, t('找不到这张表', 'No such table'), t(`没有编号为“${id}”的政策表。`, `There is no table "${id}".`)),
        404,
      );
    }
    const date = c.req.query('date') || ctx.today;
    if (!isIsoDate(date)) {
      return send(
        c,
        renderMessage(
          ctx,
          t('日期无效', 'Invalid date'),
          t('日期应写成 年-月-日，如 2015-06-01。', 'Write the date as year-month-day, e.g. 2015-06-01.'),
        ),
        400,
      );
    }
    const page = pageNumber(c.req.query('page'));
    const lay = layoutOf(ctx, id, date);
    if (page === null || page > lay.pages.length) {
      return send(
        c,
        renderMessage(
          ctx,
          t('没有这一页', 'No such page'),
          t(`这张表共 ${lay.pages.length} 页。`, `This table has ${lay.pages.length} page(s).`),
        ),
        404,
      );
    }
    return send(c, renderTable(ctx, tb, date, page, lay));
  });

  return app;
}
