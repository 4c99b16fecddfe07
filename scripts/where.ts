/**
 * npm run where -- <article | parameter key | sheet[.column] | calculator id>
 * From an article of a source document (第二十五条), a parameter key (inpatient.annual_cap), a scale sheet or a
 * calculator to the workbook cells that hold the values and the lines of code that read them.
 */
import { buildTables, workbookFiles } from './lib/build';
import { renderWhere, where } from './lib/where';

const query = process.argv.slice(2).join(' ').trim();
if (!query) {
  console.log('usage: npm run where -- <article | parameter key | sheet[.column] | calculator id>   e.g. 第二十五条, inpatient.annual_cap');
  process.exit(2);
}
const built = buildTables(workbookFiles('tables'));
if (!built.bundle) {
  console.error('the workbooks do not build: run npm run tables:check');
  process.exit(1);
}
const answer = where(built.bundle, query);
process.stdout.write(renderWhere(answer));
process.exitCode = answer.kind === 'none' ? 1 : 0;
