import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach } from 'vitest';
import { tempTablesDir } from './workbooks';

/** Temporary git repositories for the tests of the staff commands (tables:check, tables:diff, textconv, tables:new). */

export const ROOT = join(import.meta.dirname, '..', '..');

/** Environment for git in tests: no user or system config, fixed identity and dates. */
export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test Officer',
  GIT_AUTHOR_EMAIL: 'officer@example.test',
  GIT_COMMITTER_NAME: 'Test Officer',
  GIT_COMMITTER_EMAIL: 'officer@example.test',
  GIT_PAGER: 'cat',
  PAGER: 'cat',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface TempRepo {
  dir: string;
  commit(message: string): string;
  cleanup(): void;
}

/**
 * A folder holding a copy of this project's tables/ (and, with `project: true`, the scripts, sources and
 * package.json, with node_modules linked, so npm scripts run inside it) and no git history at all: what a
 * download or a CI copy of the project is.
 */
export function tempProject(options: { project?: boolean; tables?: string[] } = {}): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'policy-edge-copy-'));
  copyProject(dir, options);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function copyProject(dir: string, options: { project?: boolean; tables?: string[] }) {
  const copy = (p: string) => cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  if (options.tables) {
    mkdirSync(join(dir, 'tables'), { recursive: true });
    for (const id of options.tables) cpSync(join(ROOT, 'tables', `${id}.xlsx`), join(dir, 'tables', `${id}.xlsx`));
  } else {
    copy('tables');
  }
  if (options.project) {
    for (const p of ['package.json', '.gitattributes', 'scripts', 'src', 'tsconfig.json']) copy(p);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    cpSync(join(ROOT, '.gitignore'), join(dir, '.gitignore'));
  }
}

/**
 * A git repository holding a copy of this project's tables/ (and, with `project: true`, the scripts,
 * sources and package.json, with node_modules linked, so npm scripts and git drivers run inside it).
 */
export function tempRepo(options: { project?: boolean; tables?: string[] } = {}): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'policy-edge-git-'));
  copyProject(dir, options);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'initial tables');
  return {
    dir,
    commit(message: string) {
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', message);
      return git(dir, 'rev-parse', 'HEAD').trim();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Temporary repositories and tables folders holding `tables`, removed after each test of the calling file
 * so that a failing test leaves none behind. Call it at a file's top level; `track` adds a repository made
 * some other way to the same clean-up.
 */
export function tempsPerTest(tables: string[]) {
  const repos: TempRepo[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    while (repos.length) repos.pop()!.cleanup();
    while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
  });
  const track = (r: TempRepo) => {
    repos.push(r);
    return r;
  };
  const tablesDir = (ids: string[] = tables) => {
    const d = tempTablesDir(ids);
    dirs.push(d);
    return d;
  };
  return { repo: () => track(tempRepo({ tables })), track, tablesDir };
}

const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** Runs a TypeScript script of this project with tsx, in `cwd` (as `npm run` would from that folder). */
export function runScript(script: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', TSX, join(ROOT, script), ...args], {
    cwd,
    env: { ...GIT_ENV, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
