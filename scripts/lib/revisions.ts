import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { tableSpecs } from './policy';
import type { CompiledTable } from '../../src/tables/model';
import { compileFile, workbookFiles } from './build';
import { compileTable } from './compile-table';
import type { SheetCase } from './cases-sheet';
import type { Problem } from './problems';
import { readWorkbook } from './workbook-reader';

/**
 * The workbooks of a git revision (or of the working tree), compiled. Old revisions are read with
 * `git show REV:./tables/x.xlsx` into a temporary folder, so the working tree is never touched.
 */

export const WORKING_TREE = ':working-tree';

export function git(cwd: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

export class RevisionError extends Error {}

/** Full commit id of a revision, or a RevisionError saying why it is not one. */
export function resolveRevision(cwd: string, rev: string): string {
  try {
    return git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])
      .toString()
      .trim();
  } catch {
    throw new RevisionError(`not a git revision here: ${rev}`);
  }
}

export function insideGitWorkTree(cwd: string): boolean {
  try {
    return git(cwd, ['rev-parse', '--is-inside-work-tree']).toString().trim() === 'true';
  } catch {
    return false;
  }
}

/** Copies `tables/*.xlsx` and `tables/samples/*.json` of a revision into a new temporary folder. */
export function checkoutTables(cwd: string, rev: string, tablesDir = 'tables'): { dir: string; cleanup: () => void } {
  const commit = resolveRevision(cwd, rev);
  const dir = mkdtempSync(join(tmpdir(), 'policy-edge-rev-'));
  const prefix = `${tablesDir.replace(/\/+$/, '')}/`;
  const listed = git(cwd, ['ls-tree', '-r', '-z', '--name-only', commit, '--', prefix]).toString().split('\0').filter(Boolean);
  for (const path of listed) {
    const rel = path.slice(prefix.length);
    if (!/^[^/]+\.xlsx$/i.test(rel) && !/^samples\/[^/]+\.json$/i.test(rel)) continue;
    if (basename(rel).startsWith('~$')) continue;
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), git(cwd, ['show', `${commit}:./${path}`]));
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The content of one file at a revision, or null when the revision has no such file. */
export function fileAt(cwd: string, rev: string, path: string): Buffer | null {
  try {
    return git(cwd, ['show', `${rev}:./${path}`]);
  } catch {
    return null;
  }
}

export interface CompiledSide {
  tables: Record<string, CompiledTable>;
  /** workbooks that do not pass the build, with their problems */
  failed: Record<string, Problem[]>;
  /** of those, the ones still compared: compiled without the schema's declared-key checks (e.g. an older workbook the current schema no longer fits) */
  lenient: string[];
  /** the staff's cases of each workbook's cases sheet, by table id */
  cases?: Record<string, SheetCase[]>;
}

/**
 * Compiles every workbook of a folder with the current schemas. An older workbook may lack a key
 * the current schema has since required: it is then compiled once more without the declared-key
 * checks, so its values can still be compared (and the table is listed as `lenient`).
 */
export function compileDir(dir: string): CompiledSide {
  const side: CompiledSide = { tables: {}, failed: {}, lenient: [], cases: {} };
  if (!existsSync(dir)) return side;
  for (const file of workbookFiles(dir)) {
    const id = basename(file).replace(/\.xlsx$/i, '');
    const { table, problems, cases } = compileFile(file);
    if (cases.length) (side.cases ??= {})[id] = cases;
    if (table) {
      side.tables[id] = table;
      continue;
    }
    const spec = Object.hasOwn(tableSpecs, id) ? tableSpecs[id] : undefined;
    if (spec) {
      const read = readWorkbook(file, readFileSync(file));
      if (!read.problems.length) {
        const relaxed = compileTable(basename(file), id, read.sheets, { ...spec, parameters: {} });
        if (relaxed.table) {
          side.tables[id] = relaxed.table;
          side.lenient.push(id);
          side.failed[id] = problems;
          continue;
        }
      }
    }
    side.failed[id] = problems;
  }
  return side;
}

export const listJson = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
