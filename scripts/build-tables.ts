/**
 * npm run tables:build [-- --tables <dir>] [--out <file>] [--asset <file>] [--lang zh|en] [--allow-placeholders]
 * Compiles every workbook of tables/ into compiled/tables.json, and the same bytes into the Worker's
 * static asset compiled/public/_data/tables.json (src/data.ts reads it; with --out alone, no asset is
 * written). On any problem nothing is written: the last good output stays in place, and every problem
 * is listed with its cell. A workbook that still holds placeholder text (tables:new's TODO examples) is
 * refused too, so a scaffold cannot go live; --allow-placeholders builds it anyway, for trying one out locally.
 */
import { parseArgs } from 'node:util';
import { buildTables, workbookFiles, writeAtomically } from './lib/build';
import { formatProblem } from './lib/problems';
import { BUNDLE_ASSET_PATH } from '../src/data';

const { values } = parseArgs({
  options: {
    tables: { type: 'string', default: 'tables' },
    out: { type: 'string' },
    asset: { type: 'string' },
    lang: { type: 'string', default: 'both' },
    'allow-placeholders': { type: 'boolean', default: false },
  },
});
const out = values.out ?? 'compiled/tables.json';
const asset = values.asset ?? (values.out ? undefined : `compiled/public${BUNDLE_ASSET_PATH}`);
const lang = values.lang === 'zh' || values.lang === 'en' ? values.lang : 'both';
const started = performance.now();
const result = buildTables(workbookFiles(values.tables!));
if (!result.bundle) {
  console.error(`✗ ${result.problems.length} problem(s); nothing written, ${out} keeps the last good build:\n`);
  for (const p of result.problems) console.error(`  ${formatProblem(p, lang)}`);
  process.exit(1);
}
if (result.placeholders.length && !values['allow-placeholders']) {
  console.error(
    `✗ ${result.placeholders.length} cell(s) still hold placeholder text; nothing written, ${out} keeps the last good build:\n`,
  );
  for (const p of result.placeholders) console.error(`  ${formatProblem(p, lang)}`);
  console.error(
    '\n  请按原文填写或删除这些示例内容 / fill them in from the source or delete the example rows (--allow-placeholders builds anyway, for a local try-out)',
  );
  process.exit(1);
}
const json = JSON.stringify(result.bundle);
// The asset first: if the second write fails, compiled/tables.json (what the checks read) is still the old one.
if (asset) writeAtomically(asset, json);
writeAtomically(out, json);
const tables = Object.values(result.bundle.tables);
const params = tables.reduce((n, t) => n + t.parameters.length, 0);
const rows = tables.reduce((n, t) => n + t.scales.reduce((m, s) => m + s.rows.length, 0), 0);
console.log(
  `✓ ${tables.length} table(s), ${params} parameters, ${rows} scale rows → ${out}${asset ? ` and ${asset}` : ''} (data ${result.bundle.hash.slice(0, 12)}, ${Math.round(performance.now() - started)} ms)`,
);
