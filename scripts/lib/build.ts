import * as XLSX from '@e965/xlsx';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tableSpecs } from './policy';
import type { CompiledBundle, CompiledTable } from '../../src/tables/model';
import { indexOf, metaOf, type SearchIndex } from '../../src/tables/served';
import { searchTexts } from '../../src/explore/search';
import { prepareTable } from './prepared-lookups';
import { lookupAnswerFile, lookupAnswersDir, lookupIndexFile } from '../../src/tables/prepared';
import { caseProblems, readCasesSheet, runSheetCases, type SheetCase, type SheetCaseResult } from './cases-sheet';
import { CASES_SHEET, compileTable, type MaintainerRecord } from './compile-table';
import type { Problem } from './problems';
import { type ReadResult, readWorkbookFile, type SheetGrid } from './workbook-reader';

export interface BuildResult {
  bundle: CompiledBundle | null;
  problems: Problem[];
  /** placeholder text left in cells (tables:new's TODO examples): the build refuses them unless allowed */
  placeholders: Problem[];
  files: string[];
  /** each workbook as compiled, in the order of `files` */
  compiled: CompiledFile[];
}

/** Text that marks a cell as not filled in yet: tables:new writes TODO, staff may type 待填写. */
export const PLACEHOLDER_TEXT = /\bTODO\b|待填写/;

/**
 * Every cell of a workbook still holding placeholder text. Sheets starting with _ are notes, a maintainers' note may
 * be a reminder (the change log's record may well say "删除 TODO 示例行"): none of them is data. Of the change log
 * only the public lines (change_zh, change_en) are checked.
 */
export function placeholderCells(file: string, sheets: SheetGrid[]): Problem[] {
  const out: Problem[] = [];
  for (const g of sheets) {
    if (g.name.startsWith('_')) continue;
    const ids = (g.rows[0] ?? []).map((h) => (typeof h === 'string' ? h.trim().split(/[\s/（(]/)[0]! : ''));
    const skipped = (c: number) =>
      g.name === 'changelog' ? !['change_zh', 'change_en'].includes(ids[c] ?? '') : ids[c] === 'maintainer_note';
    for (const [r, row] of g.rows.entries()) {
      row.forEach((v, c) => {
        if (typeof v === 'string' && PLACEHOLDER_TEXT.test(v) && !skipped(c)) {
          out.push({
            file: basename(file),
            sheet: g.name,
            cell: `${XLSX.utils.encode_col(c)}${r + 1}`,
            zh: `还有待填写的占位内容：“${v}”`,
            en: `a placeholder is still there: "${v}"`,
            fix: {
              zh: '按原文填写，或删除示例行（构建会拒绝留有占位内容的工作簿）',
              en: 'fill it in from the source, or delete the example row (the build refuses a workbook with placeholders)',
            },
          });
        }
      });
    }
  }
  return out;
}

export const packageVersion = (): string =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Lists the workbooks of a folder: every *.xlsx except Excel's and WPS's lock files (~$name.xlsx; LibreOffice's .~lock.name.xlsx# does not end in .xlsx). */
export function workbookFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.xlsx') && !f.startsWith('~$'))
    .sort()
    .map((f) => join(dir, f));
}

export interface CompiledFile {
  table: CompiledTable | null;
  problems: Problem[];
  placeholders: Problem[];
  /** the grids read (for hints made from a cell's content) */
  sheets: SheetGrid[];
  /** the staff's cases of its `cases` sheet (scripts/lib/cases-sheet.ts) */
  cases: SheetCase[];
  /** how each ran on the table just compiled (none when it does not compile); a failing one is among `problems` */
  caseResults: SheetCaseResult[];
  /** what only maintainers see: meta.maintainer, the maintainer_note cells, the whole change log (never in the bundle) */
  maintainer: MaintainerRecord;
}

export function compileFile(file: string): CompiledFile {
  return compileRead(file, readWorkbookFile(file));
}

/**
 * Compiles a workbook already read (from disk, or in the browser from the bytes a person dropped on /studio), then
 * runs the cases of its `cases` sheet with the real calculators on the table just compiled: a case that fails is a
 * problem at its cell, and the build refuses the workbook.
 */
export function compileRead(file: string, read: ReadResult): CompiledFile {
  const name = basename(file);
  const tableId = name.replace(/\.xlsx$/i, '');
  if (read.sheets.length === 0)
    return {
      table: null,
      problems: read.problems,
      placeholders: [],
      sheets: [],
      cases: [],
      caseResults: [],
      maintainer: { maintainer: null, notes: [], log: [] },
    };
  const compiled = compileTable(name, tableId, read.sheets, Object.hasOwn(tableSpecs, tableId) ? tableSpecs[tableId] : undefined);
  // a cell the reader refused (a formula, an error value) was read as empty: the compiler's complaint about the same
  // cell ("is required"…) would only repeat it
  const refused = new Set(read.problems.map((p) => `${p.sheet}!${p.cell}`));
  const table = read.problems.length ? null : compiled.table;
  const sheetCases = readCasesSheet(
    name,
    tableId,
    read.sheets.find((g) => g.name === CASES_SHEET),
  );
  const problems = [
    ...read.problems,
    ...compiled.problems.filter((p) => !refused.has(`${p.sheet}!${p.cell}`)),
    ...sheetCases.problems.filter((p) => !refused.has(`${p.sheet}!${p.cell}`)),
  ];
  const caseResults = table ? runSheetCases(sheetCases.cases, singleTable(table)) : [];
  problems.push(...caseProblems(name, caseResults));
  return {
    table,
    problems,
    placeholders: placeholderCells(file, read.sheets),
    sheets: read.sheets,
    cases: sheetCases.cases,
    caseResults,
    maintainer: compiled.maintainer,
  };
}

/** A bundle of one table: what a calculator of that table reads (calculators read their own table only). */
export const singleTable = (table: CompiledTable): CompiledBundle => ({
  format: 1,
  packageVersion: '0',
  hash: '',
  tables: { [table.id]: table },
});

/** The data hash of a bundle: of its tables' ids and hashes, in order of id. */
export function bundleHash(tables: Record<string, CompiledTable>): string {
  const ids = Object.keys(tables).sort();
  return createHash('sha256')
    .update(ids.map((id) => `${id}:${tables[id]!.hash}`).join('\n'))
    .digest('hex');
}

export function buildTables(files: string[], options: { syntheticCopies?: number } = {}): BuildResult {
  const problems: Problem[] = [];
  const placeholders: Problem[] = [];
  const tables: Record<string, CompiledTable> = {};
  const compiled: CompiledFile[] = [];
  for (const file of files) {
    const c = compileFile(file);
    compiled.push(c);
    problems.push(...c.problems);
    placeholders.push(...c.placeholders);
    if (c.table) tables[c.table.id] = c.table;
  }
  // The benchmarks' larger data sets (never committed): each workbook compiled again under another id.
  for (let k = 1; k <= (options.syntheticCopies ?? 0); k++)
    for (const file of files) {
      const t = compileFile(file).table;
      if (t) tables[`${t.id}--synthetic-${k}`] = { ...t, id: `${t.id}--synthetic-${k}` };
    }
  if (files.length === 0)
    problems.push({
      file: '(tables)',
      sheet: null,
      cell: null,
      zh: '没有找到任何 .xlsx 工作簿',
      en: 'no .xlsx workbook found',
      fix: {
        zh: '在项目根目录运行（工作簿在 tables/ 中），或用 --tables 指定工作簿所在的文件夹',
        en: 'run it from the project folder (the workbooks are in tables/), or name their folder with --tables',
      },
    });
  if (problems.length) return { bundle: null, problems, placeholders, files, compiled };
  return {
    bundle: { format: 1, packageVersion: packageVersion(), hash: bundleHash(tables), tables },
    problems,
    placeholders,
    files,
    compiled,
  };
}

/** Writes next to the target and renames over it: readers see the old file or the new one, never half of one. */
export function writeAtomically(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/** What writeTableAssets wrote of the prepared lookups: files and bytes (the index of each table included). */
export interface PreparedFigures {
  files: number;
  bytes: number;
  largest: number;
}

/**
 * The API Worker's data assets in `dir` (compiled/public/_data): meta.json (version, hash, table ids), index.json (every
 * table's summary; src/tables/served.ts), search.json (the texts search finds each table's items by), tables/<id>.json,
 * one per table, and the prepared whole-table lookups
 * (src/tables/prepared.ts): lookups/<id>.json (the table's periods) and lookups/<id>/<period's first day>.<lang>.json.
 * Files no longer in the bundle (a table, a period) are removed, after the new ones are written.
 */
export function writeTableAssets(dir: string, bundle: CompiledBundle): PreparedFigures {
  // made before anything is written: a table whose answers cannot be prepared stops the build with the old assets in place
  const prepared = Object.values(bundle.tables).map((t) => prepareTable(t, bundle.hash));
  const tablesDir = join(dir, 'tables');
  for (const t of Object.values(bundle.tables)) writeAtomically(join(tablesDir, `${encodeURIComponent(t.id)}.json`), JSON.stringify(t));
  const keep = new Set(Object.keys(bundle.tables).map((id) => `${encodeURIComponent(id)}.json`));
  for (const f of readdirSync(tablesDir)) if (f.endsWith('.json') && !keep.has(f)) rmSync(join(tablesDir, f));
  const figures = writePreparedLookups(dir, prepared);
  writeAtomically(join(dir, 'index.json'), JSON.stringify(indexOf(bundle)));
  const search: SearchIndex = {
    format: 1,
    hash: bundle.hash,
    tables: Object.fromEntries(Object.values(bundle.tables).map((t) => [t.id, searchTexts(t)])),
  };
  writeAtomically(join(dir, 'search.json'), JSON.stringify(search));
  writeAtomically(join(dir, 'meta.json'), JSON.stringify(metaOf(bundle)));
  return figures;
}

/**
 * lookups/<id>.json and lookups/<id>/<from>.<lang>.json in `dataDir` (the names src/tables/prepared.ts gives, which the
 * Worker reads) for every table prepared; any other file of lookups/ removed.
 */
function writePreparedLookups(dataDir: string, prepared: ReturnType<typeof prepareTable>[]): PreparedFigures {
  const dir = join(dataDir, 'lookups');
  const figures: PreparedFigures = { files: 0, bytes: 0, largest: 0 };
  const write = (file: string, text: string) => {
    writeAtomically(file, text);
    const bytes = Buffer.byteLength(text);
    figures.files++;
    figures.bytes += bytes;
    figures.largest = Math.max(figures.largest, bytes);
  };
  const keep = new Set<string>();
  for (const { index, answers } of prepared) {
    const written = new Set<string>();
    for (const a of answers) {
      const file = join(dataDir, lookupAnswerFile(index.id, a.from, a.lang));
      written.add(file);
      write(file, a.text);
    }
    const answersDir = join(dataDir, lookupAnswersDir(index.id));
    for (const f of readdirSync(answersDir))
      if (!written.has(join(answersDir, f))) rmSync(join(answersDir, f), { recursive: true, force: true });
    const indexFile = join(dataDir, lookupIndexFile(index.id));
    write(indexFile, JSON.stringify(index));
    keep.add(basename(answersDir)).add(basename(indexFile));
  }
  for (const f of readdirSync(dir)) if (!keep.has(f)) rmSync(join(dir, f), { recursive: true, force: true });
  return figures;
}
