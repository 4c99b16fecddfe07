/**
 * npm run tables:check [-- <file.xlsx>…] [--lang en] [--against <rev> | --no-compare]
 *
 * Validates workbooks without building anything: every problem as workbook › sheet!cell, what is
 * wrong and how to fix it (Chinese by default, English with --lang en), plus warnings about legal
 * but suspicious edits compared with the last commit (see scripts/lib/check.ts). Exit code 1 when
 * there is an error (the build would refuse the workbook), 0 otherwise — warnings do not fail.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { workbookFiles } from './lib/build';
import { checkFile, type FileCheck, type Finding } from './lib/check';
import { location } from './lib/problems';
import { insideGitWorkTree, resolveRevision } from './lib/revisions';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string', default: 'zh' },
    tables: { type: 'string', default: 'tables' },
    against: { type: 'string', default: 'HEAD' },
    'no-compare': { type: 'boolean', default: false },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const lang = values.lang === 'en' ? 'en' : 'zh';
const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
if (values.help) {
  console.log('usage: npm run tables:check -- [file.xlsx…] [--lang zh|en] [--against <rev> | --no-compare]');
  process.exit(0);
}

const files = positionals.length ? positionals : workbookFiles(values.tables!);
const against = values['no-compare'] ? null : values.against!;
// A revision typed wrong would otherwise skip every comparison and its warnings, and report "passed".
if (against !== null && against !== 'HEAD' && insideGitWorkTree(process.cwd())) {
  try {
    resolveRevision(process.cwd(), against);
  } catch {
    console.error(
      t(
        `${against} 不是这个仓库里的 git 版本（提交号、分支或标签），请检查 --against`,
        `${against} is not a git revision here (commit, branch or tag); check --against`,
      ),
    );
    process.exit(2);
  }
}
const checks: FileCheck[] = files.map((file) => {
  if (!existsSync(file) || !file.toLowerCase().endsWith('.xlsx')) {
    const fix = {
      zh: '核对文件名和路径（工作簿在 tables/ 中，文件名以 .xlsx 结尾）',
      en: 'check the file name and path (the workbooks are in tables/ and end in .xlsx)',
    };
    const problem: Finding = {
      file,
      sheet: null,
      cell: null,
      zh: '找不到这个 .xlsx 文件',
      en: 'no such .xlsx file',
      severity: 'error',
      fix,
      hint: fix,
    };
    return { file, table: null, findings: [problem], baseline: { kind: 'none', reason: 'disabled' } };
  }
  return checkFile(file, { against, ...(values.today ? { today: values.today } : {}) });
});

const out: string[] = [];
out.push(
  against && insideGitWorkTree(process.cwd())
    ? t(`检查 ${checks.length} 个工作簿（与 ${against} 的版本对比）`, `Checking ${checks.length} workbook(s) (compared with ${against})`)
    : against
      ? t(
          `检查 ${checks.length} 个工作簿（不在 git 工作区中：只做不需要历史版本的检查）`,
          `Checking ${checks.length} workbook(s) (not in a git work tree: only the checks that need no history)`,
        )
      : t(`检查 ${checks.length} 个工作簿`, `Checking ${checks.length} workbook(s)`),
);
let errors = 0;
let warnings = 0;
for (const c of checks) {
  const e = c.findings.filter((f) => f.severity === 'error');
  const w = c.findings.filter((f) => f.severity === 'warning');
  errors += e.length;
  warnings += w.length;
  const name = c.file.split(/[\\/]/).pop()!;
  const base =
    c.baseline.kind === 'compared'
      ? t(`与 ${c.baseline.rev} 对比`, `compared with ${c.baseline.rev}`)
      : c.baseline.kind === 'new'
        ? t(`新工作簿（${c.baseline.rev} 中没有），未做对比`, `new workbook (not in ${c.baseline.rev}), nothing to compare`)
        : c.baseline.kind === 'uncompilable'
          ? t(`${c.baseline.rev} 中的版本无法编译，未做对比`, `the version in ${c.baseline.rev} does not compile, not compared`)
          : c.baseline.reason === 'not-git'
            ? t('不在 git 工作区中，未做对比', 'not in a git work tree, not compared')
            : c.baseline.reason === 'no-commit'
              ? t('还没有提交，未做对比', 'no commit yet, not compared')
              : '';
  const counts = c.table
    ? t(
        `${c.table.parameters.length} 个参数，${c.table.scales.reduce((n, s) => n + s.rows.length, 0)} 行分档`,
        `${c.table.parameters.length} parameters, ${c.table.scales.reduce((n, s) => n + s.rows.length, 0)} scale rows`,
      )
    : '';
  out.push('');
  if (!e.length && !w.length) {
    const details = [counts, base].filter(Boolean).join(t('；', '; '));
    out.push(`✓ ${name} — ${t('通过', 'OK')}${details ? t(`（${details}）`, ` (${details})`) : ''}`);
    continue;
  }
  const summary = [
    e.length ? t(`${e.length} 个错误`, `${e.length} error(s)`) : '',
    w.length ? t(`${w.length} 个提醒`, `${w.length} warning(s)`) : '',
  ]
    .filter(Boolean)
    .join(t('，', ', '));
  out.push(`${e.length ? '✗' : '⚠'} ${name} — ${summary}${base ? t(`（${base}）`, ` (${base})`) : ''}`);
  for (const f of [...e, ...w]) {
    out.push(`  ${f.severity === 'error' ? '✗' : '⚠'} ${location(f)}`);
    out.push(`      ${f.severity === 'error' ? t('问题', 'problem') : t('提醒', 'warning')}${t('：', ': ')}${f[lang]}`);
    out.push(`      ${t('怎么改', 'how to fix')}${t('：', ': ')}${f.hint[lang]}`);
  }
}
out.push('');
out.push(
  errors
    ? t(
        `结果：${errors} 个错误，${warnings} 个提醒 — 未通过（构建会拒绝这些工作簿，请先改正错误）`,
        `Result: ${errors} error(s), ${warnings} warning(s) — FAILED (the build would refuse these workbooks; fix the errors first)`,
      )
    : warnings
      ? t(
          `结果：没有错误，${warnings} 个提醒 — 通过（请逐条确认提醒）`,
          `Result: no errors, ${warnings} warning(s) — passed (please confirm each warning)`,
        )
      : t('结果：全部通过', 'Result: all passed'),
);
console.log(out.join('\n'));
process.exitCode = errors ? 1 : 0;
