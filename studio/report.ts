/**
 * The review report /studio offers for download: Markdown (for a pull request, in the format of
 * `tables:diff --format md`, whose renderer it reuses) and the same as a printable HTML page.
 */
import { location } from '../scripts/lib/problems';
import type { Lang, StudioResult } from './types';

const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
const code = (s: string) => `\`${s.replace(/`/g, 'ˋ')}\``;
const shown = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export function reportMarkdown(r: StudioResult, diffMd: string, lang: Lang): string {
  const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const errors = r.findings.filter((f) => f.severity === 'error');
  const warnings = r.findings.filter((f) => f.severity === 'warning');
  const out: string[] = [
    `# ${t('工作簿审阅报告', 'Workbook review report')}: ${code(r.file)}`,
    '',
    `- ${t('检查日期', 'Checked on')}: ${r.checkedOn}（/studio）`,
    `- ${t('线上数据', 'Served data')}: ${r.served ? `${t('版本', 'version')} ${r.served.version}, ${t('哈希', 'hash')} ${code(r.served.hash.slice(0, 12))}` : t('线上没有这张表（新表）', 'no such table is served (a new table)')}`,
    `- ${t('本工作簿', 'This workbook')}: ${r.table ? `${t('版本', 'version')} ${r.table.version}, ${t('哈希', 'hash')} ${code(r.table.hash.slice(0, 12))}` : t('未通过构建', 'does not pass the build')}`,
    `- ${t('结果', 'Result')}: ${
      errors.length
        ? t(
            `${errors.length} 个错误，${warnings.length} 个提醒 — 未通过（构建会拒绝这个工作簿）`,
            `${errors.length} error(s), ${warnings.length} warning(s) — refused (the build would refuse this workbook)`,
          )
        : t(
            `没有错误，${warnings.length} 个提醒 — 通过（请逐条确认提醒）`,
            `no errors, ${warnings.length} warning(s) — passed (please confirm each warning)`,
          )
    }`,
    '',
    `## ${t('检查', 'Checks')}`,
    '',
  ];
  if (!r.findings.length) out.push(t('没有错误，也没有提醒。', 'No errors and no warnings.'), '');
  else {
    out.push(`| | ${t('位置', 'where')} | ${t('问题', 'problem')} | ${t('怎么改', 'how to fix')} |`, '|---|---|---|---|');
    for (const f of r.findings)
      out.push(`| ${f.severity === 'error' ? '✗' : '⚠'} | ${mdCell(location(f))} | ${mdCell(f[lang])} | ${mdCell(f.hint[lang])} |`);
    out.push('');
  }
  out.push(`## ${t('工作簿中的案例', "The workbook's cases")}`, '');
  if (!r.cases.length) out.push(t('工作簿没有 cases 工作表，或其中没有案例。', 'The workbook has no cases sheet, or no case in it.'), '');
  else {
    const status = (o: StudioResult['cases'][number]['after']) =>
      !o ? '—' : o.passed ? t('✓ 通过', '✓ holds') : `✗ ${o.refusal?.[lang] ?? t('不符合预期', 'does not hold')}`;
    out.push(
      `| ${t('案例', 'case')} | ${t('预期', 'expected')} | ${t('线上数据', 'served data')} | ${t('本工作簿', 'this workbook')} |`,
      '|---|---|---|---|',
    );
    for (const c of r.cases) {
      out.push(
        `| **${mdCell(c.id)}** ${mdCell(c.summary)} (${c.calculator}, ${t('行', 'rows')} ${c.rows.join(', ')}) | | ${status(c.before)} | ${status(c.after)} |`,
      );
      for (const e of c.expectations)
        out.push(`| ${code(e.key)} (${e.cell}) | ${mdCell(shown(e.want))} | ${mdCell(shown(e.before))} | ${mdCell(shown(e.after))} |`);
    }
    out.push('');
  }
  if (diffMd) out.push(diffMd.trim(), '');
  else if (!r.table)
    out.push(
      `## ${t('语义差异', 'Semantic diff')}`,
      '',
      t('工作簿未通过构建，无法与线上数据比较。', 'The workbook does not pass the build, so it cannot be compared with the served data.'),
      '',
    );
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

/** Inline Markdown of the report: code, bold, and the <br> of a table cell. */
function inline(s: string): string {
  const parts = s.split(/(`[^`]*`)/);
  return parts
    .map((p) => {
      if (p.startsWith('`') && p.endsWith('`') && p.length >= 2) return `<code>${esc(p.slice(1, -1))}</code>`;
      return esc(p.replace(/\\\|/g, '|').replace(/\\\\/g, '\\'))
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/&lt;br&gt;/g, '<br>');
    })
    .join('');
}

const cells = (line: string) =>
  line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** The report's Markdown (headings, lists, quotes, tables, bold, code) as a page that prints cleanly. */
export function reportHtml(md: string, lang: Lang): string {
  const lines = md.split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const h = /^(#{1,4}) (.*)$/.exec(line);
    if (h) {
      out.push(`<h${h[1]!.length}>${inline(h[2]!)}</h${h[1]!.length}>`);
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) rows.push(lines[i++]!);
      const [head, , ...body] = rows;
      out.push(
        '<table>',
        `<thead><tr>${cells(head!)
          .map((c) => `<th>${inline(c)}</th>`)
          .join('')}</tr></thead>`,
        `<tbody>${body
          .map(
            (r) =>
              `<tr>${cells(r)
                .map((c) => `<td>${inline(c)}</td>`)
                .join('')}</tr>`,
          )
          .join('')}</tbody>`,
        '</table>',
      );
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('- ')) items.push(lines[i++]!.slice(2));
      out.push(`<ul>${items.map((x) => `<li>${inline(x)}</li>`).join('')}</ul>`);
    } else if (line.startsWith('> ')) {
      const items: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('> ')) items.push(lines[i++]!.slice(2));
      out.push(`<blockquote>${items.map(inline).join('<br>')}</blockquote>`);
    } else if (line.trim()) {
      out.push(`<p>${inline(line)}</p>`);
      i++;
    } else i++;
  }
  const title = /^# (.*)$/m.exec(md)?.[1] ?? 'report';
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title.replace(/`/g, ''))}</title>
<style>
  body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1f24; line-height: 1.5; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-size: .875rem; }
  th, td { border: 1px solid #c9ced6; padding: .3rem .5rem; text-align: left; vertical-align: top; }
  th { background: #eef1f5; }
  code { font-family: ui-monospace, Consolas, monospace; font-size: .85em; background: #f3f4f6; padding: 0 .2em; }
  blockquote { border-left: 4px solid #b45309; margin: .5rem 0; padding: .25rem .75rem; background: #fff7ed; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.2rem; margin-top: 1.75rem; } h3 { font-size: 1.05rem; }
  @media print { body { margin: 0; max-width: none; } table { page-break-inside: auto; } tr { page-break-inside: avoid; } h2, h3 { page-break-after: avoid; } }
</style>
</head>
<body>
${out.join('\n')}
</body>
</html>
`;
}
