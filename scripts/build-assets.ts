/**
 * npm run assets:build — static files the Worker serves through its ASSETS binding (wrangler.toml):
 * the API reference page's Swagger UI (from the swagger-ui-dist package, so /docs works offline and
 * nothing is fetched from a CDN). Kept out of the Worker bundle itself.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
console.log(`✓ assets → ${out}`);
