import { parseArgs } from 'node:util';
import { sheetSamples } from './lib/cases-sheet';
import { renderDiff } from './lib/diff-report';
import { checkoutTables, compileDir, insideGitWorkTree, resolveRevision, RevisionError, type CompiledSide } from './lib/revisions';
import { compareAnswers } from './lib/samples';
import { changeDates, diffTables } from './lib/semantic-diff';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: 'text' },
    lang: { type: 'string', default: 'zh' },
    tables: { type: 'string', default: 'tables' },
    'exit-code': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const lang = values.lang === 'en' ? 'en' : 'zh';
const t = (zh: string, en: string) => (lang === 'en' ? en : zh);

if (values.help) {
  console.log('usage: npm run tables:diff -- [<rev> [<rev>]] [--format text|md] [--lang zh|en] [--exit-code]');
  process.exit(0);
}
const fail = (message: string): never => {
  console.error(`✗ ${message}`);
  process.exit(2);
};
if (values.format !== 'text' && values.format !== 'md') fail(t('--format 只能是 text 或 md', '--format must be text or md'));
if (positionals.length > 2) fail(t('最多两个版本', 'at most two revisions'));

const cwd = process.cwd();
const tablesDir = values.tables!;
if (!insideGitWorkTree(cwd))
  fail(t('这里不是 git 工作区：tables:diff 比较 git 版本', 'not inside a git work tree: tables:diff compares git revisions'));

const cleanups: (() => void)[] = [];
try {
  const [oldRev = 'HEAD', newRev] = positionals;
  const short = (rev: string) => `${rev} (${resolveRevision(cwd, rev).slice(0, 7)})`;
  const side = (rev: string | undefined): { side: CompiledSide; dir: string; label: string } => {
    if (rev === undefined) return { side: compileDir(tablesDir), dir: tablesDir, label: t('工作区', 'working tree') };
    const checkout = checkoutTables(cwd, rev, tablesDir);
    cleanups.push(checkout.cleanup);
    return { side: compileDir(checkout.dir), dir: checkout.dir, label: short(rev) };
  };
  const before = side(oldRev);
  const after = side(newRev);
  // A workbook that exists on both sides but does not compile on one is not "added" or "removed":
  // it is left out of the comparison and reported with its problems.
  const broken = (side: CompiledSide) => Object.keys(side.failed).filter((id) => !side.lenient.includes(id));
  const without = (tables: CompiledSide['tables'], ids: string[]) =>
    Object.fromEntries(Object.entries(tables).filter(([id]) => !ids.includes(id)));
  const tables = diffTables(without(before.side.tables, broken(after.side)), without(after.side.tables, broken(before.side)));
  // the staff's cases of the new workbook (of the old one when the table is removed), with the engineering cases
  const staffCases = (id: string) => sheetSamples(after.side.cases?.[id] ?? before.side.cases?.[id] ?? []);
  const answers = tables.map((d) =>
    compareAnswers(d.id, before.side.tables, after.side.tables, undefined, changeDates(d), staffCases(d.id)),
  );
  const report = { from: before.label, to: after.label, tables, answers, oldSide: before.side, newSide: after.side };
  process.stdout.write(renderDiff(report, { lang, format: values.format as 'text' | 'md' }));
  const changed = tables.length > 0 || Object.keys(after.side.failed).length > 0;
  process.exitCode = values['exit-code'] && changed ? 1 : 0;
} catch (e) {
  if (e instanceof RevisionError) {
    for (const c of cleanups.splice(0)) c();
    fail(e.message);
  }
  throw e;
} finally {
  for (const c of cleanups) c();
}
