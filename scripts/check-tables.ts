/**
 * npm run tables:check [-- <file.xlsx>…] [--lang en] [--against <rev> | --no-compare] [--notes]
 *
 * Validates workbooks without building anything: every problem as workbook › sheet!cell, what is
 * wrong and how to fix it (Chinese by default, English with --lang en), plus warnings about legal
 * but suspicious edits compared with the last commit (see scripts/lib/check.ts). Exit code 1 when
 * there is an error (the build would refuse the workbook), 0 otherwise — warnings do not fail.
 * A problem on a row shows the row's maintainers' note; --notes lists what only maintainers see of each
 * workbook: its maintainer, every maintainer_note and the whole change log (never served by the API).
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
    notes: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const lang = values.lang === 'en' ? 'en' : 'zh';
const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
if (values.help) {
  console.log('usage: npm run tables:check -- [file.xlsx…] [--lang zh|en] [--against <rev> | --no-compare] [--notes]');
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
    return {
      file,
      table: null,
      findings: [problem],
      baseline: { kind: 'none', reason: 'disabled' },
      maintainer: { maintainer: null, notes: [], log: [] },
    } satisfies FileCheck;
  }
  return checkFile(file, { against, ...(values.today ? { today: values.today } : {}) });
});

/** The maintainers' note of the row a finding is on, if any. */
function noteOfRow(c: FileCheck, f: Finding): string | undefined {
  const row = /\d+$/.exec(f.cell ?? '')?.[0];
  if (!row || row === '1') return undefined;
  return c.maintainer.notes.find((n) => n.sheet === f.sheet && /\d+$/.exec(n.cell)?.[0] === row)?.text;
}

/** What only maintainers see of a workbook (--notes). */
function maintainerPart(c: FileCheck): string[] {
  const m = c.maintainer;
  const lines = [`  ${t('维护人（不公开）', 'maintainer (not public)')}${t('：', ': ')}${m.maintainer ?? '—'}`];
  lines.push(
    `  ${t(`维护备注（${m.notes.length} 条，不公开）`, `maintainers' notes (${m.notes.length}, not public)`)}${m.notes.length ? t('：', ':') : ''}`,
  );
  for (const n of m.notes) lines.push(`    ${n.sheet}!${n.cell}${t('：', ': ')}${n.text}`);
  lines.push(
    `  ${t(`变更记录（${m.log.length} 行；“公开”的是政策变更记录）`, `change log (${m.log.length} line(s); "public" is the policy change log)`)}${t('：', ':')}`,
  );
  for (const l of m.log) {
    const parts = [
      l.change ? `${t('公开', 'public')}${t('：', ': ')}${l.change[lang]}` : '',
      l.note ? `${t('维护', 'maintainers')}${t('：', ': ')}${l.note}` : '',
    ].filter(Boolean);
    lines.push(`    ${l.date} ${l.author} — ${parts.join(' | ')}`);
  }
  return lines;
}

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
    if (values.notes) out.push(...maintainerPart(c));
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
    const own = noteOfRow(c, f);
    if (own) out.push(`      ${t('维护备注', "maintainers' note")}${t('：', ': ')}${own}`);
  }
  if (values.notes) out.push(...maintainerPart(c));
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
if (!values.notes) {
  const notes = checks.reduce((n, c) => n + c.maintainer.notes.length, 0);
  if (notes)
    out.push(
      t(
        `（${notes} 条维护备注不公开，只在问题所在的行下显示；--notes 列出全部维护备注和变更记录）`,
        `(${notes} maintainers' note(s), not public, are shown under the problems on their rows; --notes lists them all with the change log)`,
      ),
    );
}
console.log(out.join('\n'));
process.exitCode = errors ? 1 : 0;
