import type { Context } from 'hono';
import type { hc, InferResponseType } from 'hono/client';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../env';
import { findTable, shanghaiDate } from '../engine/lookup';
import { searchCalculators } from './search-calculators';
import { type ChangesAnswer, changesPageCount, renderChangelog, renderChanges, type VersionsAnswer } from '../explore/history';
import { layoutOf, pageOf } from '../explore/layouts';
import { type Ctx, HITS_PER_PAGE, href, renderIndex, renderMessage, renderSearch, renderTable } from '../explore/render';
import { searchAnswer, type SearchCalculator } from '../explore/search';
import { varyOnLanguage } from '../http/caching';
import { resolveLang } from '../http/lang';
import type { CompiledBundle, CompiledTable } from '../tables/model';
import { isIsoDate } from '../tables/units';
import { historyRoutes } from './history';
import { EXPLORE_PATHS } from '../explore/paths';

// The answers of the history routes as their definitions type them: the pages' shapes must accept them.
type HistoryClient = ReturnType<typeof hc<ReturnType<typeof historyRoutes>>>['v1']['tables'][':id'];
type ChangesJson = InferResponseType<HistoryClient['changes']['$get'], 200>;
type VersionsJson = InferResponseType<HistoryClient['versions']['$get'], 200>;

/**
 * The legislation explorer: server-rendered HTML pages for people (the JSON API is for programs).
 *   GET /explore                      every table by domain; ?q= searches tables, parameters, notes, citations and
 *                                     calculators (the answer of GET /v1/search, as a page)
 *   GET /explore/{table}              all parameters and scale sheets with values, citations and history (?date=, ?page=)
 *   GET /explore/{table}/changes      the policy changes between ?from= and ?to= (GET /v1/tables/{id}/changes, as a page)
 *   GET /explore/{table}/changelog    the table's change log (GET /v1/tables/{id}/versions, as a page)
 * Chinese by default; ?lang=en or Accept-Language: en for English.
 */
export function explorePages(bundle: CompiledBundle) {
  const app = new Hono<AppEnv>();
  // the history pages render the JSON routes' own answers
  const history = historyRoutes(bundle);

  const context = (c: Context<AppEnv>): Ctx => {
    const url = new URL(c.req.url);
    const query = Object.fromEntries(url.searchParams);
    return {
      lang: resolveLang(c) === 'en' ? 'en' : 'zh',
      explicitLang: url.searchParams.has('lang'),
      today: shanghaiDate(Date.now()),
      path: url.pathname,
      query,
    };
  };
  const send = (c: Context<AppEnv>, body: string, status: 200 | 400 | 404 = 200) => {
    const res = c.html(body, status, { 'Content-Language': resolveLang(c) === 'en' ? 'en' : 'zh-CN' });
    // every page, errors included, is in the reader's language
    varyOnLanguage(res.headers);
    return res;
  };
  const t = (ctx: Ctx) => (zh: string, en: string) => (ctx.lang === 'en' ? en : zh);

  const pageNumber = (raw: string | undefined): number | null => {
    if (raw === undefined || raw === '') return 1;
    return /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : null;
  };
  const badDate = (c: Context<AppEnv>, ctx: Ctx) =>
    send(
      c,
      renderMessage(
        ctx,
        t(ctx)('日期无效', 'Invalid date'),
        t(ctx)('日期应写成 年-月-日，如 2015-06-01。', 'Write the date as year-month-day, e.g. 2015-06-01.'),
      ),
      400,
    );
  const noTable = (c: Context<AppEnv>, ctx: Ctx, id: string) =>
    send(
      c,
      renderMessage(ctx, t(ctx)('找不到这张表', 'No such table'), t(ctx)(`没有编号为“${id}”的政策表。`, `There is no table "${id}".`)),
      404,
    );

  app.get(EXPLORE_PATHS.index, async (c) => {
    const ctx = context(c);
    const q = (c.req.query('q') ?? '').trim();
    if (!q) return send(c, renderIndex(bundle, ctx));
    const page = pageNumber(c.req.query('page'));
    if (page === null)
      return send(
        c,
        renderMessage(ctx, t(ctx)('页码无效', 'Invalid page'), t(ctx)('页码应为正整数。', 'The page must be a positive whole number.')),
        400,
      );
    // a deployment without its catalogue still searches the tables (the JSON route answers 503)
    let calculators: SearchCalculator[] = [];
    let catalogueMissing = false;
    try {
      calculators = await searchCalculators(c.env?.ASSETS);
    } catch {
      catalogueMissing = true;
    }
    const answer = searchAnswer(bundle, calculators, q, {
      date: ctx.today,
      page,
      limit: HITS_PER_PAGE,
      pageLink: (id, anchor) => {
        const p = pageOf(bundle, ctx, id, ctx.today, anchor);
        return href(ctx, `/explore/${id}`, { page: p > 1 ? p : undefined }, anchor);
      },
    });
    if (page > answer.pages)
      return send(
        c,
        renderMessage(ctx, t(ctx)('没有这一页', 'No such page'), t(ctx)('搜索结果没有这么多页。', 'The results have fewer pages.')),
        404,
      );
    return send(c, renderSearch(ctx, answer, catalogueMissing));
  });

  app.get(EXPLORE_PATHS.table, (c) => {
    const ctx = context(c);
    const id = c.req.param('table');
    const tb = findTable(bundle, id);
    if (!tb) return noTable(c, ctx, id);
    const date = c.req.query('date') || ctx.today;
    if (!isIsoDate(date)) return badDate(c, ctx);
    const page = pageNumber(c.req.query('page'));
    const lay = layoutOf(bundle, ctx, tb.id, date);
    if (page === null || page > lay.pages.length) {
      return send(
        c,
        renderMessage(
          ctx,
          t(ctx)('没有这一页', 'No such page'),
          t(ctx)(`这张表共 ${lay.pages.length} 页。`, `This table has ${lay.pages.length} ${lay.pages.length === 1 ? 'page' : 'pages'}.`),
        ),
        404,
      );
    }
    return send(c, renderTable(ctx, tb, date, page, lay));
  });

  /** The answer of a history route of `tb`, in the reader's language. */
  const historyAnswer = async <T>(ctx: Ctx, tb: CompiledTable, path: string, query: Record<string, string> = {}): Promise<T> => {
    const qs = new URLSearchParams({ ...query, lang: ctx.lang === 'en' ? 'en' : 'zh-CN' });
    const res = await history.request(`/v1/tables/${tb.id}/${path}?${qs}`);
    if (res.status !== 200) throw new Error(`${path} of ${tb.id} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  };

  app.get(EXPLORE_PATHS.changes, async (c) => {
    const ctx = context(c);
    const id = c.req.param('table');
    const tb = findTable(bundle, id);
    if (!tb) return noTable(c, ctx, id);
    const from = c.req.query('from') || tb.coverage.from;
    const to = c.req.query('to') || ctx.today;
    if (!isIsoDate(from) || !isIsoDate(to)) return badDate(c, ctx);
    if (to < from)
      return send(
        c,
        renderMessage(
          ctx,
          t(ctx)('日期顺序不对', 'Dates in the wrong order'),
          t(ctx)(`结束日期（${to}）不能早于开始日期（${from}）。`, `The end date (${to}) must not be before the start date (${from}).`),
        ),
        400,
      );
    const page = pageNumber(c.req.query('page'));
    const answer: ChangesAnswer = await historyAnswer<ChangesJson>(ctx, tb, 'changes', { from, to });
    if (page === null || page > changesPageCount(answer))
      return send(
        c,
        renderMessage(ctx, t(ctx)('没有这一页', 'No such page'), t(ctx)('这次比较的结果没有这么多页。', 'The comparison has fewer pages.')),
        404,
      );
    return send(c, renderChanges(ctx, tb, answer, page));
  });

  app.get(EXPLORE_PATHS.changelog, async (c) => {
    const ctx = context(c);
    const id = c.req.param('table');
    const tb = findTable(bundle, id);
    if (!tb) return noTable(c, ctx, id);
    const answer: VersionsAnswer = await historyAnswer<VersionsJson>(ctx, tb, 'versions');
    return send(c, renderChangelog(ctx, tb, answer));
  });

  return app;
}
