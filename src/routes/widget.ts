import { escapeHtml as esc } from '../explore/html';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../env';
import { apiAssetText } from '../api-description';
import { problem, problemResponse } from '../http/problem';

/**
 * The embeddable calculator widget: /widget.js (built by scripts/build-widget.ts into compiled/public,
 * served from the ASSETS binding, never part of this bundle) and /widget/demo, a page showing every
 * calculator with the snippet to copy. Any site may load the script (CORS *, CORP cross-origin); the
 * widget's POSTs are then subject to POST_ALLOWED_ORIGINS like any browser's.
 */
export const WIDGET_CACHE_CONTROL = 'public, max-age=300';

const hex = (buf: ArrayBuffer) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/** Where the snippets point when the PUBLIC_ORIGIN var is absent (an embedding of createApp): the local dev server, wrangler.toml's default. */
export const LOCAL_ORIGIN = 'http://localhost:8787';

/** The configured public origin (wrangler.toml [vars] PUBLIC_ORIGIN), never the request's Host, which a client chooses. */
export const publicOriginOf = (configured: string | undefined) => (configured?.trim() || LOCAL_ORIGIN).replace(/\/+$/, '');

export const embedSnippet = (origin: string, id: string, lang = 'zh-CN') =>
  `<script src="${origin}/widget.js" defer></script>\n<policy-calculator calculator="${id}" lang="${lang}"></policy-calculator>`;

/** The demo page (built by scripts/lib/widget-demo.ts into the assets) with this slot where the origin goes. */
export const ORIGIN_SLOT = '@PUBLIC_ORIGIN@';
export const WIDGET_DEMO_ASSET_PATH = '/_api/widget-demo.html';

export function widgetRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/widget.js', async (c) => {
    const asset = c.env?.ASSETS ? await c.env.ASSETS.fetch(new Request(new URL('/widget.js', c.req.url))) : null;
    if (!asset?.ok)
      return problemResponse(
        c,
        problem('not-found', {
          zh: '本部署尚未构建小部件。',
          en: 'The widget is not built in this deployment (npm run build writes compiled/public/widget.js).',
        }),
      );
    const body = await asset.arrayBuffer();
    // A strong validator from the bytes themselves: the same in wrangler dev and in production.
    const etag = `"w-${hex(await crypto.subtle.digest('SHA-256', body)).slice(0, 32)}"`;
    const headers = {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': WIDGET_CACHE_CONTROL,
      ETag: etag,
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    const inm = c.req.header('if-none-match');
    if (inm?.split(',').some((x) => x.trim().replace(/^W\//, '') === etag)) return c.body(null, 304, headers);
    return c.body(body, 200, headers);
  });

  // The page is built with the assets (scripts/lib/widget-demo.ts, from the calculator catalogue). The snippets use the
  // configured origin, so the page is the same whatever Host a request names, and a shared cache may keep one copy.
  app.get('/widget/demo', async (c) =>
    c.html(
      (await apiAssetText(c.env?.ASSETS, WIDGET_DEMO_ASSET_PATH)).replaceAll(ORIGIN_SLOT, esc(publicOriginOf(c.env?.PUBLIC_ORIGIN))),
      200,
      { 'Cache-Control': WIDGET_CACHE_CONTROL },
    ),
  );

  return app;
}
