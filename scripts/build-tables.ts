/**
 * npm run tables:build [-- --tables <dir>] [--out <file>] [--lang zh|en]
 * Compiles every workbook of tables/ into compiled/tables.json. On any problem nothing is written:
 * the last good output stays in place, and every problem is listed with its cell.
 */
import { parseArgs } from 'node:util';
import { buildTables, workbookFiles, writeAtomically } from './lib/build';
import { formatProblem } from './lib/problems';

const { values } = parseArgs({
  options: {
    tables: { type: 'string', default: 'tables' },
    out: { type: 'string', default: 'compiled/tables.json' },
    lang: { type: 'string', default: 'both' },
  },
});
const lang = values.lang === 'zh' || values.lang === 'en' ? values.lang : 'both';
const started = performance.now();
const result = buildTables(workbookFiles(values.tables!));
if (!result.bundle) {
  console.error(`✗ ${result.problems.length} problem(s); nothing written, ${values.out} keeps the last good build:\n`);
  for (const p of result.problems) console.error(`  ${formatProblem(p, lang)}`);
  process.exit(1);
}
writeAtomically(values.out!, JSON.stringify(result.bundle));
const tables = Object.values(result.bundle.tables);
const params = tables.reduce((n, t) => n + t.parameters.length, 0);
const rows = tables.reduce((n, t) => n + t.scales.reduce((m, s) => m + s.rows.length, 0), 0);
console.log(
  `✓ ${tables.length} table(s), ${params} parameters, ${rows} scale rows → ${values.out} (data ${result.bundle.hash.slice(0, 12)}, ${Math.round(performance.now() - started)} ms)`,
);
