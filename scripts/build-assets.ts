/**
 * npm run assets:build — static files the Worker serves through its ASSETS binding (wrangler.toml):
 * the API reference page's Swagger UI (from the swagger-ui-dist package, so /docs works offline and
 * nothing is fetched from a CDN), and the API description — the OpenAPI document and the calculator
 * catalogue (scripts/lib/api-description.ts, read by src/api-description.ts; its `servers` is the PUBLIC_ORIGIN,
 * scripts/lib/public-origin.ts), and the site icon. Kept out of the Worker
 * bundle itself. Run after tables:build: the routes are built around the compiled bundle.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CATALOGUE_ASSET_PATH, OPENAPI_ASSET_PATH } from '../src/api-description';
import { createApp } from '../src/app';
import type { CompiledBundle } from '../src/tables/model';
import { calculatorCatalogue, openApiDocument } from './lib/api-description';
import { publicOrigin } from './lib/public-origin';
import { demoPage } from './lib/widget-demo';
import { WIDGET_DEMO_ASSET_PATH } from '../src/routes/widget';

const require = createRequire(import.meta.url);
const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const out = 'compiled/public/docs';
mkdirSync(out, { recursive: true });
for (const f of ['swagger-ui-bundle.js', 'swagger-ui.css']) copyFileSync(join(swaggerDir, f), join(out, f));
// A separate file rather than an inline script, so the page's CSP can forbid inline scripts.
writeFileSync(
  join(out, 'init.js'),
  `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, tryItOutEnabled: true, displayRequestDuration: true });\n`,
);
// The explorer's stylesheet, minified as the page used to inline it.
writeFileSync(
  join(out, 'explore.css'),
  readFileSync('src/explore/explore.css', 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\n\s*/g, '')
    .trim(),
);
// The page that renders /openapi.json with Swagger UI, from this Worker's own assets (no CDN); served at /docs.
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>policy-edge API reference</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script>
</body>
</html>`,
);
console.log(`✓ assets → ${out}`);
// The site icon, served at /favicon.ico and /favicon.svg (src/routes/system.ts).
copyFileSync('assets/favicon.svg', 'compiled/public/favicon.svg');

const PUBLIC = 'compiled/public';
const bundle = JSON.parse(readFileSync('compiled/tables.json', 'utf8')) as CompiledBundle;
const writeAsset = (path: string, value: unknown) => {
  mkdirSync(dirname(join(PUBLIC, path)), { recursive: true });
  writeFileSync(join(PUBLIC, path), JSON.stringify(value));
};
const origin = publicOrigin();
writeAsset(OPENAPI_ASSET_PATH, openApiDocument(createApp(bundle), { origin, tables: Object.keys(bundle.tables) }));
writeAsset(CATALOGUE_ASSET_PATH, calculatorCatalogue());
writeFileSync(join(PUBLIC, WIDGET_DEMO_ASSET_PATH), demoPage(calculatorCatalogue()));
console.log(`✓ API description → ${PUBLIC}${OPENAPI_ASSET_PATH} (servers: ${origin}), ${PUBLIC}${CATALOGUE_ASSET_PATH}`);
