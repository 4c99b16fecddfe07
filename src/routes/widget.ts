import { Hono } from 'hono/tiny';
import type { AppEnv } from '../env';
import { calculatorCatalogue, type CatalogueEntry } from '../api-description';
import { problem, problemResponse } from '../http/problem';

/**
 * The embeddable calculator widget: /widget.js (built by scripts/build-widget.ts into compiled/public,
 * served from the ASSETS binding, never part of this bundle) and /widget/demo, a page showing every
 * calculator with the snippet to copy. Any site may load the script (CORS *, CORP cross-origin); the
 * widget's POSTs are then subject to POST_ALLOWED_ORIGINS like any browser's.
 */
export const WIDGET_CACHE_CONTROL = 'public, max-age=300';

const hex = (buf: ArrayBuffer) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

/** Where the snippets point when the PUBLIC_ORIGIN var is absent (an embedding of createApp): the local dev server, wrangler.toml's default. */
export const LOCAL_ORIGIN = 'http://localhost:8787';

/** The configured public origin (wrangler.toml [vars] PUBLIC_ORIGIN), never the request's Host, which a client chooses. */
export const publicOriginOf = (configured: string | undefined) => (configured?.trim() || LOCAL_ORIGIN).replace(/\/+$/, '');

export const embedSnippet = (origin: string, id: string, lang = 'zh-CN') =>
  `<script src="${origin}/widget.js" defer></script>\n<policy-calculator calculator="${id}" lang="${lang}"></policy-calculator>`;

function demoPage(origin: string, calculators: CatalogueEntry[]): string {
  const sections = calculators
    .map(
      (c) => `
<section aria-labelledby="h-${esc(c.id)}">
  <h2 id="h-${esc(c.id)}">${esc(c.title.zh)} <span lang="en">${esc(c.title.en)}</span></h2>
  <p>${esc(c.description.zh)}</p>
  <p class="label">嵌入代码 <span lang="en">Embed code</span></p>
  <pre tabindex="0"><code>${esc(embedSnippet(origin, c.id))}</code></pre>
  <policy-calculator calculator="${esc(c.id)}" lang="zh-CN"></policy-calculator>
</section>`,
    )
    .join('\n');
  const first = calculators[0]?.id ?? '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>政策计算器小部件 · policy-edge calculator widget</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<style>
  body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 64rem; padding: 1rem; line-height: 1.5; color: #1b1f24; }
  pre { background: #f5f7fa; border: 1px solid #d0d5dd; padding: .75rem; overflow-x: auto; white-space: pre; }
  section { margin: 2rem 0 3rem; }
  .label { font-weight: 600; margin-bottom: .25rem; }
  .dark { background: #0d0f12; padding: 1rem; border-radius: 8px; }
  .dark policy-calculator { --policy-brand: #a8c7fa; }
  code { font-size: .875rem; }
</style>
</head>
<body>
<h1>政策计算器小部件 <span lang="en">Calculator widget</span></h1>
<p>把下面两行放进任何网页即可嵌入计算器；它使用本服务的接口，样式与所在页面互不影响。
<span lang="en">Paste these two lines into any page to embed a calculator; it calls this service's API and its styles are isolated from the page.</span></p>
<pre tabindex="0"><code>${esc(embedSnippet(origin, first))}</code></pre>
<p>属性 <span lang="en">Attributes</span>: <code>calculator</code> (id), <code>lang</code> (zh-CN | en), <code>theme</code> (light | dark | auto),
<code>api</code> (API base URL, default: where widget.js came from). CSS: <code>--policy-brand</code>, <code>--policy-brand-contrast</code>, <code>--policy-font</code>, <code>--policy-radius</code>.</p>
${sections}
<section aria-labelledby="h-themes">
  <h2 id="h-themes">深色主题与品牌色 <span lang="en">Dark theme, English, host brand colour</span></h2>
  <pre tabindex="0"><code>${esc(`<style>policy-calculator { --policy-brand: #a8c7fa; }</style>\n<policy-calculator calculator="${first}" lang="en" theme="dark"></policy-calculator>`)}</code></pre>
  <div class="dark"><policy-calculator calculator="${esc(first)}" lang="en" theme="dark"></policy-calculator></div>
</section>
<script src="/widget.js" defer></script>
</body>
</html>`;
}

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

  // Titles and descriptions come from the calculator catalogue asset (src/api-description.ts). The snippets use the
  // configured origin, so the page is the same whatever Host a request names, and a shared cache may keep one copy.
  app.get('/widget/demo', async (c) =>
    c.html(demoPage(publicOriginOf(c.env?.PUBLIC_ORIGIN), await calculatorCatalogue(c.env?.ASSETS)), 200, {
      'Cache-Control': WIDGET_CACHE_CONTROL,
    }),
  );

  return app;
}
