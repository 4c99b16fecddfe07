/**
 * npm run widget:build — bundles the embeddable calculator widget (widget/src, TypeScript, no framework)
 * into compiled/public/widget.js with esbuild: one classic script (IIFE), minified, no runtime
 * dependency. The Worker serves it at /widget.js from its ASSETS binding; it is not part of the Worker
 * bundle. Prints the size, and fails above the 30 KB gzip budget.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const WIDGET_OUT = 'compiled/public/widget.js';
export const WIDGET_GZIP_BUDGET = 30 * 1024;

mkdirSync('compiled/public', { recursive: true });
await build({
  entryPoints: ['widget/src/index.ts'],
  outfile: WIDGET_OUT,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022', 'chrome100', 'firefox100', 'safari16'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  tsconfig: 'widget/tsconfig.json',
  logLevel: 'warning',
});
const code = readFileSync(WIDGET_OUT);
const gz = gzipSync(code, { level: 9 }).length;
if (gz > WIDGET_GZIP_BUDGET) {
  console.error(`✗ ${WIDGET_OUT} is ${(gz / 1024).toFixed(1)} KB gzip, over the ${WIDGET_GZIP_BUDGET / 1024} KB budget`);
  process.exit(1);
}
console.log(`✓ widget → ${WIDGET_OUT} (${(code.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip)`);
