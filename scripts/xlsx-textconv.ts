/**
 * git textconv driver for workbooks: `git diff` and `git log -p` show an .xlsx as one line per row
 * (`parameters!17: key=inpatient.annual_cap | value=200000 | …`) instead of "Binary files differ".
 *
 * Wired up by .gitattributes (`*.xlsx diff=xlsx`) and, on `npm install`, by scripts/setup-git.mjs:
 *   git config diff.xlsx.textconv "node --import tsx scripts/xlsx-textconv.ts"
 * Usage by hand: npx tsx scripts/xlsx-textconv.ts tables/employee-medical-insurance.xlsx
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { workbookText } from './lib/textconv';

const file = process.argv[2];
if (!file) {
  console.error('usage: xlsx-textconv <file.xlsx>');
  process.exit(2);
}
process.stdout.write(workbookText(readFileSync(file), basename(file)));
