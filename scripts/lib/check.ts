import * as XLSX from '@e965/xlsx';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { shanghaiDate } from '../../src/engine/lookup';
import { formatPercent } from '../../src/engine/format';
import { FIXED_SHEETS, scaleSheetColumns } from '../../src/tables/kit';
import { tableSpecs } from '../../src/tables/index';
import type { CompiledTable, ScaleRow } from '../../src/tables/model';
import { compileFile } from './build';
import { hintFor, type Hint } from './hints';
import type { Problem } from './problems';
import { fileAt, compileDir, insideGitWorkTree, resolveRevision } from './revisions';
import { scaleCase } from './semantic-diff';
import { readWorkbook, type SheetGrid } from './workbook-reader';

/**
 * tables:check — everything the build rejects (errors, each with a "how to fix" hint where one
 * helps) and, for workbooks that pass, warnings about edits that are legal but suspicious:
 *  - a ratio that moved by more than 20 percentage points compared with the last commit,
 *  - a new dated row that starts in the past (it changes answers already given),
 *  - a value without a real citation ("同上", "-", "?" in the article column),
 *  - data changed without a new change-log line, placeholders left by tables:new.
 */

export interface Finding extends Problem {
  severity: 'error' | 'warning';
  hint: Hint | null;
}

export type Baseline =
  | { kind: 'compared'; rev: string }
  | { kind: 'new'; rev: string } // not in that revision: a new workbook
  | { kind: 'uncompilable'; rev: string } // in the revision, but it does not compile with the current schema
  | { kind: 'none'; reason: 'not-git' | 'disabled' | 'no-commit' };

export interface FileCheck {
  file: string;
  table: CompiledTable | null;
  findings: Finding[];
  baseline: Baseline;
}

export interface CheckOptions {
  /** revision to compare with (default HEAD); null = no comparison */
  against?: string | null;
  /** "today" for the starts-in-the-past warning (default: today in Asia/Shanghai) */
  today?: string;
  cwd?: string;
}

/** Change in a ratio above which a warning is raised, in ppm (20 percentage points). */
export const RATIO_JUMP_PPM = 200_000;

const PLACEHOLDER_CITATION = /^(?:[-–—_.·…]+|[?？]+|n\/?a|none|tbd|todo|x+|无|待查|待定|待补|未知|暂无|不详|同上|见上|同前)$/i;
const PLACEHOLDER_TEXT = /\bTODO\b|待填写/;

const ppm = (x: number) => Math.round(x * 1_000_000);
const same = (s: string): Hint => ({ zh: s, en: s });
const points = (d: number) => Number((Math.abs(d) / 10_000).toPrecision(12));

function columnLetter(grids: SheetGrid[], sheet: string, id: string): string {
  const header = grids.find((g) => g.name === sheet)?.rows[0] ?? [];
  const c = header.findIndex((h) => h !== null && String(h).trim().split(/[\s/（(]/)[0] === id);
  return XLSX.utils.encode_col(Math.max(c, 0));
}

const rowOfCell = (cell: string) => Number(/(\d+)$/.exec(cell)?.[1] ?? 0);

export function checkFile(file: string, options: CheckOptions = {}): FileCheck {
  const cwd = options.cwd ?? process.cwd();
  const today = options.today ?? shanghaiDate(Date.now());
  const name = basename(file);
  const id = name.replace(/\.xlsx$/i, '');
  const read = readWorkbook(file, readFileSync(file));
  const grids = read.sheets;
  const { table, problems } = compileFile(file);
  const spec = Object.hasOwn(tableSpecs, id) ? tableSpecs[id] : undefined;
  const sources = (grids.find((g) => g.name === 'sources')?.rows.slice(1) ?? []).map((r) => String(r[0] ?? '')).filter(Boolean);
  const sheetNames = spec ? [...Object.keys(FIXED_SHEETS), ...Object.keys(spec.scales)] : Object.keys(FIXED_SHEETS);
  const columnsOf = (sheet: string | null): string[] | undefined => {
    if (!sheet) return undefined;
    if (Object.hasOwn(FIXED_SHEETS, sheet)) return [...FIXED_SHEETS[sheet as keyof typeof FIXED_SHEETS]];
    const scale = spec?.scales[sheet];
    return scale ? scaleSheetColumns(scale) : undefined;
  };
  const findings: Finding[] = problems.map((p) => ({ ...p, severity: 'error', hint: hintFor(p, grids, { sources, columns: columnsOf(p.sheet), sheets: sheetNames }) }));
  const warn = (sheet: string | null, cell: string | null, zh: string, en: string, hint: Hint | null = null) =>
    findings.push({ file: name, sheet, cell, zh, en, severity: 'warning', hint });

  // Placeholders (from tables:new, or typed as reminders) anywhere in the workbook.
  for (const g of grids) {
    if (g.name.startsWith('_')) continue;
    g.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && PLACEHOLDER_TEXT.test(v)) {
          warn(g.name, `${XLSX.utils.encode_col(c)}${r + 1}`, `还有待填写的占位内容：“${v}”`, `a placeholder is still there: "${v}"`, {
            zh: '按原文填写，或删除示例行',
            en: 'fill it in from the source, or delete the example row',
          });
        }
      }),
    );
  }

  let baseline: Baseline = { kind: 'none', reason: 'disabled' };
  if (!table) return { file, table, findings, baseline };

  // Citations that are not citations.
  const articleCol = columnLetter(grids, 'parameters', 'article');
  for (const p of table.parameters) {
    for (const h of p.history) {
      if (PLACEHOLDER_CITATION.test(h.citation.article.trim())) {
        warn('parameters', `${articleCol}${rowOfCell(h.cell)}`, `${p.key} 的数值没有具体出处（条款为“${h.citation.article}”）`, `${p.key} has no real citation (article "${h.citation.article}")`, citationHint);
      }
    }
  }
  for (const s of table.scales) {
    const col = columnLetter(grids, s.id, 'article');
    for (const r of s.rows) {
      if (PLACEHOLDER_CITATION.test(r.citation.article.trim())) {
        warn(s.id, `${col}${r.row}`, `第 ${r.row} 行的数值没有具体出处（条款为“${r.citation.article}”）`, `row ${r.row} has no real citation (article "${r.citation.article}")`, citationHint);
      }
    }
  }

  // Comparison with the last commit.
  const against = options.against === undefined ? 'HEAD' : options.against;
  if (against === null) return { file, table, findings, baseline };
  if (!insideGitWorkTree(dirname(file))) return { file, table, findings, baseline: { kind: 'none', reason: 'not-git' } };
  try {
    resolveRevision(cwd, against);
  } catch {
    return { file, table, findings, baseline: { kind: 'none', reason: 'no-commit' } };
  }
  const rel = relative(cwd, file);
  const old = fileAt(cwd, against, rel);
  if (!old) return { file, table, findings, baseline: { kind: 'new', rev: against } };
  const tmp = mkdtempSync(join(tmpdir(), 'policy-edge-check-'));
  let before: CompiledTable | undefined;
  try {
    writeFileSync(join(tmp, name), old);
    before = compileDir(tmp).tables[id];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (!before) return { file, table, findings, baseline: { kind: 'uncompilable', rev: against } };
  baseline = { kind: 'compared', rev: against };
  compare(before, table, against);
  return { file, table, findings, baseline };

  function compare(o: CompiledTable, n: CompiledTable, rev: string) {
    const fromCol = columnLetter(grids, 'parameters', 'effective_from');
    for (const p of n.parameters) {
      const op = o.parameters.find((x) => x.key === p.key);
      const isRatio = p.unit === 'ratio' || p.unit === 'percentage-point';
      p.history.forEach((h, i) => {
        const oh = op?.history.find((x) => x.from === h.from);
        if (!oh) {
          if (h.from < today) warnPast('parameters', `${fromCol}${rowOfCell(h.cell)}`, same(p.key), h.from);
          const prev = p.history[i - 1];
          if (isRatio && prev && typeof prev.value === 'number' && typeof h.value === 'number') warnJump('parameters', h.cell.split('!')[1]!, same(p.key), prev.value, h.value, 'previous');
          return;
        }
        if (isRatio && op?.unit === p.unit && typeof oh.value === 'number' && typeof h.value === 'number') warnJump('parameters', h.cell.split('!')[1]!, same(p.key), oh.value, h.value, rev);
      });
    }
    for (const s of n.scales) {
      const os = o.scales.find((x) => x.id === s.id);
      const fromColumn = columnLetter(grids, s.id, 'effective_from');
      const ratioColumns = s.columns.filter((c) => c.kind === 'value' && (c.unit === 'ratio' || c.unit === 'percentage-point'));
      const byCase = new Map<string, ScaleRow[]>();
      for (const r of s.rows) byCase.set(scaleCase(s, r), [...(byCase.get(scaleCase(s, r)) ?? []), r]);
      for (const r of s.rows) {
        const what = { zh: `${s.id} 第 ${r.row} 行`, en: `${s.id} row ${r.row}` };
        const or = os?.rows.find((x) => x.from === r.from && scaleCase(os, x) === scaleCase(s, r));
        const prev = or ? undefined : previousOf(byCase.get(scaleCase(s, r)) ?? [], r);
        if (!or && r.from < today) warnPast(s.id, `${fromColumn}${r.row}`, what, r.from);
        for (const c of ratioColumns) {
          const cell = `${columnLetter(grids, s.id, c.id)}${r.row}`;
          const nv = r.cells[c.id];
          const ov = or ? (os?.columns.find((x) => x.id === c.id)?.unit === c.unit ? or.cells[c.id] : undefined) : prev?.cells[c.id];
          if (typeof nv === 'number' && typeof ov === 'number') warnJump(s.id, cell, { zh: `${what.zh} ${c.id}`, en: `${what.en} ${c.id}` }, ov, nv, or ? rev : 'previous');
        }
      }
    }
    if (o.hash !== n.hash && JSON.stringify(o.changelog) === JSON.stringify(n.changelog)) {
      warn('changelog', null, `数据与 ${rev} 相比有改动，但变更记录没有新增一行（版本号 ${n.version} 不会变）`, `the data differs from ${rev} but the change log has no new line (the version ${n.version} will not change)`, {
        zh: '在 changelog 表末尾加一行：日期、修改人、修改内容（写明依据的文件）',
        en: 'add a line at the end of the changelog sheet: date, author, what changed (and on which document)',
      });
    }
  }

  function previousOf(rows: ScaleRow[], r: ScaleRow): ScaleRow | undefined {
    return rows.filter((x) => x.from < r.from).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  }

  function warnJump(sheet: string, cell: string, what: Hint, before: number, after: number, against: string) {
    const d = ppm(after) - ppm(before);
    if (Math.abs(d) <= RATIO_JUMP_PPM) return;
    const was = formatPercent(before);
    const now = formatPercent(after);
    const ref = against === 'previous' ? { zh: '上一个生效期间', en: 'the previous period' } : { zh: against, en: against };
    warn(
      sheet,
      cell,
      `${what.zh}：比例由 ${was}（${ref.zh}）变为 ${now}，变动 ${points(d)} 个百分点，超过 20 个百分点`,
      `${what.en}: the ratio moved from ${was} (${ref.en}) to ${now}, by ${points(d)} points (more than 20)`,
      against === 'previous'
        ? {
            zh: '请对照新文件核对这个比例；变动这么大时，最好在备注中写明依据',
            en: 'check the ratio against the new document; for a change this large, give the basis in the note',
          }
        : {
            zh: '请对照原文核对（是否把 85% 误填为 0.58？）；如确为新政策，通常应新增一行（新的生效日期），不要改写旧值',
            en: 'check it against the source (0.58 typed for 85%?); a new policy normally gets a new row with its own effective_from rather than overwriting the old value',
          },
    );
  }

  function warnPast(sheet: string, cell: string, what: Hint, from: string) {
    warn(
      sheet,
      cell,
      `${what.zh}：新的生效期间从过去的日期（${from}）开始，已按旧值作出的计算结果会改变`,
      `${what.en}: a new dated row starts in the past (${from}); answers already given for those dates change`,
      {
        zh: '如果是新政策，生效日期应为文件的施行日期；如确需追溯，请在备注中写明依据',
        en: "for a new policy use the document's effective date; if it really applies retroactively, say so (and why) in the note",
      },
    );
  }
}

const citationHint: Hint = {
  zh: '在 article 列写明条款（如“第二十五条”“（三）”“附件 2 第 1 项”），每行都要写全，不能写“同上”',
  en: 'put the article in the article column (e.g. 第二十五条, （三）, annex 2 item 1), in full on every row; "同上" (ditto) is not a citation',
};

