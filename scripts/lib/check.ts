import * as XLSX from '@e965/xlsx';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { addDays } from '../../src/engine/dates';
import { shanghaiDate } from '../../src/engine/lookup';
import { formatPercent } from '../../src/engine/format';
import { FIXED_SHEETS, MARK_COLUMNS, scaleSheetColumns } from '../../src/tables/kit';
import { tableSpecs } from './policy';
import type { CompiledTable, ScaleRow } from '../../src/tables/model';
import { type CompiledFile, compileFile } from './build';
import type { MaintainerRecord } from './compile-table';
import { hintFor, type Hint } from './hints';
import type { Problem } from './problems';
import { fileAt, compileDir, insideGitWorkTree, resolveRevision } from './revisions';
import { caseName, dimensionCells, scaleCase } from './semantic-diff';
import { CASES_SHEET } from './compile-table';
import type { SheetGrid } from './workbook-reader';

/**
 * tables:check — everything the build rejects (errors, each with its "how to fix", made specific from the
 * cell's content where that helps) and, for workbooks that pass, warnings about edits that are legal but
 * suspicious. Without git history: a value without a real citation ("同上", "-", "?" in the article column).
 * Compared with the last commit (in a git work tree; tables:build prints the same warnings):
 *  - a ratio that moved by more than 20 percentage points compared with the last commit,
 *  - any number that became 10 times larger or smaller (元 typed for 万元, 0.2 for 0.2%, 80 for 0.8),
 *  - a value in force that was rewritten in place (every answer since its effective date changes),
 *  - a value emptied (the API would then say "not published in the source"),
 *  - a parameter or a case of a sheet that had a value in force on some dates and no longer has
 *    (a date moved, a row deleted: calculators would answer 422 there),
 *  - a new dated row that starts in the past (it changes answers already given), unless it starts on its own
 *    document's effective date (the sources sheet's `effective`),
 *  - data changed without a new change-log line.
 * A key typed wrong (inpatient.anual_cap) and a declared key or case that ends without the repeal mark are errors
 * of the build itself (scripts/lib/compile-table.ts), found in any folder. Placeholder text left by tables:new
 * (TODO) is an error: the build refuses it.
 */

export interface Finding extends Problem {
  severity: 'error' | 'warning';
  /** the fix line shown: a hint made from the cell's content, else the problem's own fix */
  hint: Hint;
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
  /** what only maintainers see (meta.maintainer, maintainer_note cells, the whole change log): never in compiled/ */
  maintainer: MaintainerRecord;
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

/** A number that became this many times larger or smaller than before is flagged (a unit typed wrong). */
export const FACTOR_JUMP = 10;

const ppm = (x: number) => Math.round(x * 1_000_000);

type Span = { from: string; to: string };
const END = '9999-12-31';

/** The days of `before` that `after` no longer covers, as merged closed spans. */
export function lostSpans(before: { from: string; to: string | null }[], after: { from: string; to: string | null }[]): Span[] {
  const merge = (xs: { from: string; to: string | null }[]) =>
    xs
      .map((x) => ({ from: x.from, to: x.to ?? END }))
      .sort((a, b) => (a.from < b.from ? -1 : 1))
      .reduce<Span[]>((out, x) => {
        const last = out[out.length - 1];
        // overlapping or adjacent (the next day): one span; nothing follows an open end
        // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as strings
        if (last && (last.to === END || x.from <= addDays(last.to, 1))) last.to = x.to > last.to ? x.to : last.to;
        else out.push({ ...x });
        return out;
      }, []);
  const covered = merge(after);
  const lost: Span[] = [];
  for (const span of merge(before)) {
    let from = span.from;
    for (const c of covered) {
      if (c.to < from || c.from > span.to) continue;
      if (c.from > from) lost.push({ from, to: addDays(c.from, -1) });
      if (c.to >= span.to) {
        from = '';
        break;
      }
      from = addDays(c.to, 1);
    }
    if (from && from <= span.to) lost.push({ from, to: span.to });
  }
  return lost;
}

const spanText = (x: Span) =>
  x.to === END
    ? { zh: `${x.from} 起`, en: `from ${x.from}` }
    : x.from === x.to
      ? { zh: x.from, en: x.from }
      : { zh: `${x.from} 至 ${x.to}`, en: `${x.from} to ${x.to}` };

const times = (before: number, after: number): number | null => {
  if (before === 0 || after === 0 || Math.sign(before) !== Math.sign(after)) return null;
  const f = after / before;
  return f >= FACTOR_JUMP || f <= 1 / FACTOR_JUMP ? f : null;
};
const fmtFactor = (f: number) => (f >= 1 ? `${Number(f.toPrecision(4))} 倍` : `1/${Number((1 / f).toPrecision(4))}`);
const fmtFactorEn = (f: number) => (f >= 1 ? `${Number(f.toPrecision(4))} times` : `1/${Number((1 / f).toPrecision(4))}`);
const same = (s: string): Hint => ({ zh: s, en: s });
const points = (d: number) => Number((Math.abs(d) / 10_000).toPrecision(12));

function columnLetter(grids: SheetGrid[], sheet: string, id: string): string {
  const header = grids.find((g) => g.name === sheet)?.rows[0] ?? [];
  const c = header.findIndex(
    (h) =>
      h !== null &&
      String(h)
        .trim()
        .split(/[\s/（(]/)[0] === id,
  );
  return XLSX.utils.encode_col(Math.max(c, 0));
}

const rowOfCell = (cell: string) => Number(/(\d+)$/.exec(cell)?.[1] ?? 0);

/**
 * Checks one workbook: the build's problems as errors, then (if it compiles) the warnings. `compiled` is the
 * workbook already compiled by the caller (tables:build), else it is compiled here. The earlier version compared
 * with is the workbook at `against` (HEAD) in git; the checks themselves are `checkCompiled`'s.
 */
export function checkFile(file: string, options: CheckOptions = {}, compiled: CompiledFile = compileFile(file)): FileCheck {
  const cwd = options.cwd ?? process.cwd();
  const today = options.today ?? shanghaiDate(Date.now());
  const name = basename(file);
  const id = name.replace(/\.xlsx$/i, '');
  const { table } = compiled;
  const against = options.against === undefined ? 'HEAD' : options.against;
  const inGit = against !== null && insideGitWorkTree(dirname(file));
  let baseline: Baseline = { kind: 'none', reason: against === null ? 'disabled' : inGit ? 'disabled' : 'not-git' };
  const done = (before?: CompiledTable) => ({
    file,
    table,
    findings: checkCompiled(file, compiled, { today, before: before && against ? { table: before, label: same(against) } : undefined }),
    baseline,
    maintainer: compiled.maintainer,
  });
  if (!table || against === null || !inGit) return done();
  try {
    resolveRevision(cwd, against);
  } catch {
    baseline = { kind: 'none', reason: 'no-commit' };
    return done();
  }
  const rel = relative(cwd, file);
  const old = fileAt(cwd, against, rel);
  if (!old) {
    baseline = { kind: 'new', rev: against };
    return done();
  }
  baseline = { kind: 'compared', rev: against };
  // the same bytes as in that revision: nothing to compare (tables:build runs this for every workbook)
  if (old.equals(readFileSync(file))) return done();
  const tmp = mkdtempSync(join(tmpdir(), 'policy-edge-check-'));
  let before: CompiledTable | undefined;
  try {
    writeFileSync(join(tmp, name), old);
    before = compileDir(tmp).tables[id];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (!before) baseline = { kind: 'uncompilable', rev: against };
  return done(before);
}

/**
 * The checks of one compiled workbook — its problems as errors (each with the fix line made from its cell), the
 * citations that are not citations, and the warnings against an earlier version of its table (`before`: the last
 * commit for tables:check, the data the Worker serves for /studio, named by `label` in the messages). Pure: /studio
 * runs the same function in the browser.
 */
export function checkCompiled(
  file: string,
  compiled: CompiledFile,
  options: { today: string; before?: { table: CompiledTable; label: Hint } },
): Finding[] {
  const today = options.today;
  const name = basename(file);
  const id = name.replace(/\.xlsx$/i, '');
  const { table, problems, placeholders, sheets: grids } = compiled;
  const spec = Object.hasOwn(tableSpecs, id) ? tableSpecs[id] : undefined;
  const sources = (grids.find((g) => g.name === 'sources')?.rows.slice(1) ?? []).map((r) => String(r[0] ?? '')).filter(Boolean);
  const sheetNames = spec ? [...Object.keys(FIXED_SHEETS), ...Object.keys(spec.scales), CASES_SHEET] : Object.keys(FIXED_SHEETS);
  const columnsOf = (sheet: string | null): string[] | undefined => {
    if (!sheet) return undefined;
    // the dated sheets also take the optional mark columns
    if (sheet === 'parameters') return [...FIXED_SHEETS.parameters, ...MARK_COLUMNS];
    if (Object.hasOwn(FIXED_SHEETS, sheet)) return [...FIXED_SHEETS[sheet as keyof typeof FIXED_SHEETS]];
    // own keys only: a sheet named __proto__ is not a scale
    const scale = spec && Object.hasOwn(spec.scales, sheet) ? spec.scales[sheet] : undefined;
    return scale ? [...scaleSheetColumns(scale), ...MARK_COLUMNS] : undefined;
  };
  const findings: Finding[] = problems.map((p) => ({
    ...p,
    severity: 'error',
    hint: hintFor(p, grids, { sources, columns: columnsOf(p.sheet), sheets: sheetNames }) ?? p.fix,
  }));
  const warn = (sheet: string | null, cell: string | null, zh: string, en: string, hint: Hint) =>
    findings.push({ file: name, sheet, cell, zh, en, fix: hint, severity: 'warning', hint });

  // Placeholders (from tables:new, or typed as reminders) anywhere in the workbook: the build refuses them.
  for (const p of placeholders) findings.push({ ...p, severity: 'error', hint: p.fix });

  if (!table) return findings;

  // Citations that are not citations.
  const articleCol = columnLetter(grids, 'parameters', 'article');
  for (const p of table.parameters) {
    for (const h of p.history) {
      if (PLACEHOLDER_CITATION.test(h.citation.article.trim())) {
        warn(
          'parameters',
          `${articleCol}${rowOfCell(h.cell)}`,
          `${p.key} 的数值没有具体出处（条款为“${h.citation.article}”）`,
          `${p.key} has no real citation (article "${h.citation.article}")`,
          citationHint,
        );
      }
    }
  }
  for (const s of table.scales) {
    const col = columnLetter(grids, s.id, 'article');
    for (const r of s.rows) {
      if (PLACEHOLDER_CITATION.test(r.citation.article.trim())) {
        warn(
          s.id,
          `${col}${r.row}`,
          `第 ${r.row} 行（${caseName(s, r).zh}）的数值没有具体出处（条款为“${r.citation.article}”）`,
          `row ${r.row} (${caseName(s, r).en}) has no real citation (article "${r.citation.article}")`,
          citationHint,
        );
      }
    }
  }

  // Comparison with the earlier version.
  if (options.before) compare(options.before.table, table, options.before.label);
  return findings;

  function compare(o: CompiledTable, n: CompiledTable, rev: Hint) {
    const fromCol = columnLetter(grids, 'parameters', 'effective_from');
    // a row that starts on its own document's effective date is that document coming into force, not a retroactive edit
    const effective = new Map(n.sources.map((s) => [s.number, s.effective]));
    const onItsDate = (x: { from: string; citation: { document: string } }) => effective.get(x.citation.document) === x.from;
    for (const p of n.parameters) {
      const op = o.parameters.find((x) => x.key === p.key);
      const isRatio = p.unit === 'ratio' || p.unit === 'percentage-point';
      p.history.forEach((h, i) => {
        const oh = op?.history.find((x) => x.from === h.from);
        const cell = h.cell.split('!')[1]!;
        if (!oh) {
          if (h.from < today && !onItsDate(h)) warnPast('parameters', `${fromCol}${rowOfCell(h.cell)}`, same(p.key), h.from);
          const prev = p.history[i - 1];
          if (prev && typeof prev.value === 'number' && typeof h.value === 'number') {
            if (isRatio) warnJump('parameters', cell, same(p.key), prev.value, h.value, 'previous');
            warnFactor('parameters', cell, same(p.key), prev.value, h.value, 'previous');
          }
          return;
        }
        if (JSON.stringify(oh.value) === JSON.stringify(h.value) || op?.unit !== p.unit) return;
        if (oh.published && !h.published) {
          warnEmptied('parameters', cell, same(p.key), oh.value, rev);
          return;
        }
        if (typeof oh.value === 'number' && typeof h.value === 'number') {
          if (isRatio) warnJump('parameters', cell, same(p.key), oh.value, h.value, rev);
          warnFactor('parameters', cell, same(p.key), oh.value, h.value, rev);
        }
        if (h.from <= today) warnRewrite('parameters', cell, same(p.key), oh.value, h.value, h.from, rev);
      });
    }
    // A parameter that had a value in force on some day and no longer has one there (its row's dates edited, the row
    // deleted): the calculators that read it answer 422 on those days. (A key typed wrong is an error of the build.)
    for (const op of o.parameters) {
      const np = n.parameters.find((x) => x.key === op.key);
      const lost = lostSpans(op.history, np?.history ?? []);
      if (!lost.length) continue;
      const where = np
        ? borderCell(
            np.history.map((h) => ({ from: h.from, to: h.to, row: rowOfCell(h.cell) })),
            lost,
            'parameters',
          )
        : null;
      warnLost('parameters', where, same(op.key), lost, rev);
    }
    for (const s of n.scales) {
      const os = o.scales.find((x) => x.id === s.id);
      const fromColumn = columnLetter(grids, s.id, 'effective_from');
      const ratioColumns = s.columns.filter((c) => c.kind === 'value' && (c.unit === 'ratio' || c.unit === 'percentage-point'));
      const byCase = new Map<string, ScaleRow[]>();
      for (const r of s.rows) byCase.set(scaleCase(s, r), [...(byCase.get(scaleCase(s, r)) ?? []), r]);
      for (const r of s.rows) {
        const c = caseName(s, r);
        const what = { zh: `${s.id} 第 ${r.row} 行（${c.zh}）`, en: `${s.id} row ${r.row} (${c.en})` };
        const or = os?.rows.find((x) => x.from === r.from && scaleCase(os, x) === scaleCase(s, r));
        const prev = or ? undefined : previousOf(byCase.get(scaleCase(s, r)) ?? [], r);
        if (!or && r.from < today && !onItsDate(r)) warnPast(s.id, `${fromColumn}${r.row}`, what, r.from);
        for (const c of ratioColumns) {
          const cell = `${columnLetter(grids, s.id, c.id)}${r.row}`;
          const nv = r.cells[c.id];
          const ov = or ? (os?.columns.find((x) => x.id === c.id)?.unit === c.unit ? or.cells[c.id] : undefined) : prev?.cells[c.id];
          if (typeof nv === 'number' && typeof ov === 'number')
            warnJump(s.id, cell, { zh: `${what.zh} ${c.id}`, en: `${what.en} ${c.id}` }, ov, nv, or ? rev : 'previous');
        }
        for (const c of s.columns.filter((x) => x.kind === 'value')) {
          const cell = `${columnLetter(grids, s.id, c.id)}${r.row}`;
          const col = { zh: `${what.zh} ${c.id}`, en: `${what.en} ${c.id}` };
          const nv = r.cells[c.id] ?? null;
          const base = or ?? prev;
          if (!base || os?.columns.find((x) => x.id === c.id)?.unit !== c.unit) continue;
          const ov = base.cells[c.id] ?? null;
          if (JSON.stringify(ov) === JSON.stringify(nv)) continue;
          if (or && ov !== null && nv === null) warnEmptied(s.id, cell, col, ov, rev);
          else if (typeof ov === 'number' && typeof nv === 'number') warnFactor(s.id, cell, col, ov, nv, or ? rev : 'previous');
          if (or && nv !== null && r.from <= today) warnRewrite(s.id, cell, col, ov, nv, r.from, rev);
        }
      }
      // A case (the dimension cells of a row: bands whose bounds a new policy moves are one case) that had a row in
      // force on some day and no longer has.
      if (os) {
        const dims = (t: typeof s, r: ScaleRow) => JSON.stringify(dimensionCells(t, r));
        const cases = new Set(os.rows.map((r) => dims(os, r)));
        for (const key of cases) {
          const lost = lostSpans(
            os.rows.filter((r) => dims(os, r) === key),
            s.rows.filter((r) => dims(s, r) === key),
          );
          if (!lost.length) continue;
          const sample = os.rows.find((r) => dims(os, r) === key)!;
          const label = caseName(os, sample, false);
          const left = s.rows.filter((r) => dims(s, r) === key);
          warnLost(
            s.id,
            left.length ? borderCell(left, lost, s.id) : null,
            { zh: `${s.id} 中 ${label.zh} 的行`, en: `the rows of ${label.en} in ${s.id}` },
            lost,
            rev,
          );
        }
      }
    }
    // the version counts every line of the change log (the maintainers' lines too)
    if (o.hash !== n.hash && o.version === n.version) {
      warn(
        'changelog',
        null,
        `数据与 ${rev.zh} 相比有改动，但变更记录没有新增一行（版本号 ${n.version} 不会变）`,
        `the data differs from ${rev.en} but the change log has no new line (the version ${n.version} will not change)`,
        {
          zh: '在 changelog 表末尾加一行：日期、修改人；数值有变化时在 change_zh、change_en 写给公众看的说明（什么变了、依据哪份文件），只是维护工作时写 maintainer_note',
          en: 'add a line at the end of the changelog sheet: date, author; when values changed, what changed and on which document in change_zh and change_en (public), for maintenance only in maintainer_note',
        },
      );
    }
  }

  function warnFactor(sheet: string, cell: string, what: Hint, before: number, after: number, against: Hint | 'previous') {
    const f = times(before, after);
    if (f === null) return;
    const ref = against === 'previous' ? { zh: '上一个生效期间', en: 'the previous period' } : against;
    warn(
      sheet,
      cell,
      `${what.zh}：数值由 ${before}（${ref.zh}）变为 ${after}，是原来的 ${fmtFactor(f)}`,
      `${what.en}: the value went from ${before} (${ref.en}) to ${after}, ${fmtFactorEn(f)} the old one`,
      {
        zh: '请核对单位：金额一律按“元”填（万元要乘 10000），比例按小数填（0.2% 填 0.002，85% 填 0.85），倍数按倍数填（0.8 倍填 0.8）',
        en: 'check the unit: amounts in yuan (×10000 for 万元), ratios as decimals (0.2% is 0.002, 85% is 0.85), multipliers as multiples (0.8 for 0.8×)',
      },
    );
  }

  function warnEmptied(sheet: string, cell: string, what: Hint, before: unknown, against: Hint) {
    warn(
      sheet,
      cell,
      `${what.zh}：数值被清空（${against.zh} 中为 ${String(before)}）：接口将答复“原文未公布”，用到它的计算会被拒绝`,
      `${what.en}: the value was emptied (${String(before)} in ${against.en}): the API will say "not published in the source" and calculations that need it are refused`,
      {
        zh: '如果原文确实没有公布这个数值，请在公开备注（note_zh、note_en）中写明；如果是误删，请恢复（可用 git checkout 恢复整个文件）',
        en: 'if the source really does not publish it, say so in the public note (note_zh, note_en); if it was deleted by mistake, restore it (git checkout restores the whole file)',
      },
    );
  }

  function warnRewrite(sheet: string, cell: string, what: Hint, before: unknown, after: unknown, from: string, against: Hint) {
    warn(
      sheet,
      cell,
      `${what.zh}：改写了自 ${from} 起已生效的数值（${against.zh} 中为 ${String(before)}，现为 ${String(after)}），${from} 以来所有日期的答复都会改变`,
      `${what.en}: a value in force since ${from} was rewritten (${String(before)} in ${against.en}, now ${String(after)}); answers for every date since ${from} change`,
      {
        zh: '如果是更正录入错误，请在变更记录中写明；如果是新政策，请保留旧行（填失效日期），新增一行写新文件的施行日期',
        en: "if it corrects a transcription error, say so in the change log; for a new policy keep the old row (give it an effective_to) and add a row from the new document's effective date",
      },
    );
  }

  function warnLost(sheet: string, cell: string | null, what: Hint, lost: Span[], against: Hint) {
    const zh = lost.map((x) => spanText(x).zh).join('、');
    const en = lost.map((x) => spanText(x).en).join(', ');
    warn(
      sheet,
      cell,
      `${what.zh}：${zh}不再有生效的数值（${against.zh} 中有）：用到它的计算在这些日期会被拒绝（422 无生效数值）`,
      `${what.en}: no value is in force ${en} any more (there was in ${against.en}): calculations that need it are refused on those dates (422 not in force)`,
      {
        zh: '检查参数键、生效日期和失效日期是否填错、是否误删了行；如政策确已在这些日期失效，可以忽略本提醒',
        en: 'check the key and the effective dates, and whether a row was deleted; if the policy really lapses on those dates, ignore this warning',
      },
    );
  }

  /** The effective_from of the first row left when the days lost come before it, else the effective_to of the last. */
  function borderCell(rows: { from: string; to: string | null; row: number }[], lost: Span[], sheet: string): string {
    const sorted = [...rows].sort((a, b) => (a.from < b.from ? -1 : 1));
    return lost[0]!.to < sorted[0]!.from
      ? `${columnLetter(grids, sheet, 'effective_from')}${sorted[0]!.row}`
      : `${columnLetter(grids, sheet, 'effective_to')}${sorted.at(-1)!.row}`;
  }

  function previousOf(rows: ScaleRow[], r: ScaleRow): ScaleRow | undefined {
    return rows.filter((x) => x.from < r.from).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  }

  function warnJump(sheet: string, cell: string, what: Hint, before: number, after: number, against: Hint | 'previous') {
    const d = ppm(after) - ppm(before);
    if (Math.abs(d) <= RATIO_JUMP_PPM) return;
    const was = formatPercent(before);
    const now = formatPercent(after);
    const ref = against === 'previous' ? { zh: '上一个生效期间', en: 'the previous period' } : against;
    warn(
      sheet,
      cell,
      `${what.zh}：比例由 ${was}（${ref.zh}）变为 ${now}，变动 ${points(d)} 个百分点，超过 20 个百分点`,
      `${what.en}: the ratio moved from ${was} (${ref.en}) to ${now}, by ${points(d)} points (more than 20)`,
      against === 'previous'
        ? {
            zh: '请对照新文件核对这个比例；变动这么大时，最好在备注中写明依据（公开备注 note_zh、note_en 写条款，核对过程写 maintainer_note）',
            en: 'check the ratio against the new document; for a change this large, give the basis in the notes (the article in note_zh and note_en, how it was checked in maintainer_note)',
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
        zh: '如果是新政策，生效日期应为文件的施行日期；如确需追溯，请在公开备注（note_zh、note_en）中写明依据',
        en: "for a new policy use the document's effective date; if it really applies retroactively, say so (and why) in the public note (note_zh, note_en)",
      },
    );
  }
}

const citationHint: Hint = {
  zh: '在 article 列写明条款（如“第二十五条”“（三）”“附件 2 第 1 项”），每行都要写全，不能写“同上”',
  en: 'put the article in the article column (e.g. 第二十五条, （三）, annex 2 item 1), in full on every row; "同上" (ditto) is not a citation',
};
