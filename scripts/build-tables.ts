/**
 * npm run tables:build [-- --tables <dir>] [--out <file>] [--asset <file>] [--lang zh|en] [--allow-placeholders]
 *   [--synthetic-copies N] (benchmarks only: each workbook compiled N more times under other ids)
 * Compiles every workbook of tables/ into compiled/tables.json, and the same bytes into the static asset
 * compiled/public/_data/tables.json (the explorer Worker reads it), beside the API Worker's: _data/index.json (every
 * table's summary), _data/tables/<id>.json (one per table; src/data.ts reads them) and the prepared whole-table
 * lookups, _data/lookups/ (src/tables/prepared.ts; it prints their count and size). With --out alone, no asset is
 * written. On any problem nothing is written: the last good output stays in place, and every problem
 * is listed with its cell and how to fix it. A workbook that still holds placeholder text (tables:new's TODO
 * examples) is refused too, so a scaffold cannot go live; --allow-placeholders builds it anyway, for trying one
 * out locally. After a good build it prints the warnings of tables:check (compared with the last commit when the
 * folder is in git): they do not stop the build.
 */
import { parseArgs } from 'node:util';
import { dirname } from 'node:path';
import { buildTables, workbookFiles, writeAtomically, writeTableAssets } from './lib/build';
import { checkFile } from './lib/check';
import { hintFor } from './lib/hints';
import { formatFix, formatProblem, type Problem } from './lib/problems';
import { BUNDLE_ASSET_PATH } from '../src/data';

const { values } = parseArgs({
  options: {
    tables: { type: 'string', default: 'tables' },
    out: { type: 'string' },
    asset: { type: 'string' },
    lang: { type: 'string', default: 'both' },
    'allow-placeholders': { type: 'boolean', default: false },
    // for `npm run bench` only: every workbook compiled N more times under other ids (synthetic tables, never committed)
    'synthetic-copies': { type: 'string', default: '0' },
  },
});
const out = values.out ?? 'compiled/tables.json';
const asset = values.asset ?? (values.out ? undefined : `compiled/public${BUNDLE_ASSET_PATH}`);
const lang = values.lang === 'zh' || values.lang === 'en' ? values.lang : 'both';
const started = performance.now();
const result = buildTables(workbookFiles(values.tables!), { syntheticCopies: Number(values['synthetic-copies']) });

const byFile = (p: Problem) => result.compiled.find((c) => c.problems.includes(p) || c.placeholders.includes(p));
/** The maintainers' note of the row a problem is on (never in the compiled data; shown here for maintainers). */
const noteOfRow = (p: Problem, notes: { sheet: string; cell: string; text: string }[]) => {
  const row = /\d+$/.exec(p.cell ?? '')?.[0];
  return row && row !== '1' ? notes.find((n) => n.sheet === p.sheet && /\d+$/.exec(n.cell)?.[0] === row)?.text : undefined;
};
/** A problem and its fix line (made specific from the cell's content where tables:check would). */
const printError = (p: Problem) => {
  const hint = hintFor(p, byFile(p)?.sheets ?? []) ?? p.fix;
  console.error(`  ${formatProblem(p, lang)}`);
  console.error(`      ${formatFix(hint, lang)}`);
  const note = noteOfRow(p, byFile(p)?.maintainer.notes ?? []);
  if (note) console.error(`      维护备注 / maintainers' note: ${note}`);
};

if (!result.bundle) {
  console.error(`✗ ${result.problems.length} problem(s); nothing written, ${out} keeps the last good build:\n`);
  for (const p of result.problems) printError(p);
  process.exit(1);
}
if (result.placeholders.length && !values['allow-placeholders']) {
  console.error(
    `✗ ${result.placeholders.length} cell(s) still hold placeholder text; nothing written, ${out} keeps the last good build:\n`,
  );
  for (const p of result.placeholders) printError(p);
  console.error('\n  (--allow-placeholders builds anyway, for a local try-out)');
  process.exit(1);
}
const json = JSON.stringify(result.bundle);
// The assets first: if the last write fails, compiled/tables.json (what the checks read) is still the old one.
let prepared: ReturnType<typeof writeTableAssets> | undefined;
if (asset) {
  // what the API Worker reads (src/tables/served.ts): the index, then each table on its own, and the prepared lookups
  prepared = writeTableAssets(dirname(asset), result.bundle);
  writeAtomically(asset, json);
}
writeAtomically(out, json);
const tables = Object.values(result.bundle.tables);
const params = tables.reduce((n, t) => n + t.parameters.length, 0);
const rows = tables.reduce((n, t) => n + t.scales.reduce((m, s) => m + s.rows.length, 0), 0);
console.log(
  `✓ ${tables.length} table(s), ${params} parameters, ${rows} scale rows → ${out}${asset ? ` and ${asset}` : ''} (data ${result.bundle.hash.slice(0, 12)}, ${Math.round(performance.now() - started)} ms)`,
);
if (prepared)
  console.log(
    `  prepared whole-table lookups: ${prepared.files} files, ${(prepared.bytes / 1024 / 1024).toFixed(1)} MiB (largest ${(prepared.largest / 1024).toFixed(1)} KiB) in ${dirname(asset!)}/lookups`,
  );

// The warnings of tables:check: legal but suspicious (a value rewritten in place, a ratio that jumped…).
const warnings = result.files.flatMap((file, i) =>
  checkFile(file, {}, result.compiled[i]!).findings.filter((f) => f.severity === 'warning'),
);
if (warnings.length) {
  console.log(
    `\n⚠ ${warnings.length} 个提醒（不影响构建，请逐条确认；npm run tables:check 有详细说明）/ ${warnings.length} warning(s) (they do not stop the build; please confirm each; npm run tables:check explains them):\n`,
  );
  for (const w of warnings) {
    console.log(`  ${formatProblem(w, lang)}`);
    console.log(`      ${formatFix(w.hint, lang)}`);
    const note = noteOfRow(w, result.compiled.find((c) => c.table?.id === w.file.replace(/\.xlsx$/i, ''))?.maintainer.notes ?? []);
    if (note) console.log(`      维护备注 / maintainers' note: ${note}`);
  }
}
