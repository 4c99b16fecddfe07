import { escapeHtml as esc } from '../../src/explore/html';
import type { CatalogueEntry } from '../../src/api-description';
import { ORIGIN_SLOT, embedSnippet } from '../../src/routes/widget';

/**
 * /widget/demo, built with the assets (`npm run assets:build`): every calculator of the catalogue with the snippet
 * to copy. The snippets' origin is a slot the Worker fills with its configured PUBLIC_ORIGIN (src/routes/widget.ts),
 * so the page's markup and prose stay out of the Worker's bundle.
 */

export function demoPage(calculators: CatalogueEntry[]): string {
  const origin = ORIGIN_SLOT;
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
