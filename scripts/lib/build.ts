import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tableSpecs } from '../../src/tables/index';
import type { CompiledBundle, CompiledTable } from '../../src/tables/model';
import { compileTable } from './compile-table';
import type { Problem } from './problems';
import { readWorkbookFile } from './workbook-reader';

export interface BuildResult {
  bundle: CompiledBundle | null;
  problems: Problem[];
  files: string[];
}

export const packageVersion = (): string =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Lists the workbooks of a folder: every *.xlsx except Excel's lock files (~$name.xlsx). */
export function workbookFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.xlsx') && !f.startsWith('~$'))
    .sort()
    .map((f) => join(dir, f));
}

export function compileFile(file: string): { table: CompiledTable | null; problems: Problem[] } {
  const name = basename(file);
  const tableId = name.replace(/\.xlsx$/i, '');
  const read = readWorkbookFile(file);
  if (read.sheets.length === 0) return { table: null, problems: read.problems };
  const compiled = compileTable(name, tableId, read.sheets, Object.hasOwn(tableSpecs, tableId) ? tableSpecs[tableId] : undefined);
  return { table: read.problems.length ? null : compiled.table, problems: [...read.problems, ...compiled.problems] };
}

export function buildTables(files: string[]): BuildResult {
  const problems: Problem[] = [];
  const tables: Record<string, CompiledTable> = {};
  for (const file of files) {
    const { table, problems: p } = compileFile(file);
    problems.push(...p);
    if (table) tables[table.id] = table;
  }
  if (files.length === 0) problems.push({ file: '(tables)', sheet: null, cell: null, zh: '没有找到任何 .xlsx 工作簿', en: 'no .xlsx workbook found' });
  if (problems.length) return { bundle: null, problems, files };
  const ids = Object.keys(tables).sort();
  const hash = createHash('sha256').update(ids.map((id) => `${id}:${tables[id]!.hash}`).join('\n')).digest('hex');
  return { bundle: { format: 1, packageVersion: packageVersion(), hash, tables }, problems, files };
}

/** Writes next to the target and renames over it: readers see the old file or the new one, never half of one. */
export function writeAtomically(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
