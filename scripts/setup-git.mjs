// `npm install` runs this (package.json "prepare"). Inside a git work tree whose top level is this
// package, it registers the textconv driver that .gitattributes names for *.xlsx, so `git diff` and
// `git log -p` show workbook rows as text. Elsewhere (a tarball, a parent repository) it does nothing.
// The same by hand, one line:
//   git config diff.xlsx.textconv "node --import tsx scripts/xlsx-textconv.ts"
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

let top = null;
try {
  if (git('rev-parse', '--is-inside-work-tree') === 'true') top = git('rev-parse', '--show-toplevel');
} catch {
  // no git, or not a work tree: nothing to set up
}
if (top === null) process.exit(0);
if (realpathSync(top) !== realpathSync(process.cwd())) {
  console.log(`policy-edge: ${top} is a parent repository; not registering the xlsx diff driver there.`);
  process.exit(0);
}
// A relative path is fine: git runs textconv drivers from the top of the work tree.
git('config', 'diff.xlsx.textconv', 'node --import tsx scripts/xlsx-textconv.ts');
// Hunk headers name the sheet ("## parameters") rather than an arbitrary earlier row.
git('config', 'diff.xlsx.xfuncname', '^## .*$');
// diff.xlsx.cachetextconv (a faster `git log -p`) is left off on purpose: it stores notes commits, so
// every git diff fails where no user.email is configured (e.g. a fresh CI clone). README: how to enable it.
console.log('policy-edge: git diff now shows tables/*.xlsx as rows of text (diff.xlsx.textconv).');
