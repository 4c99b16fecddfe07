/**
 * What /studio does with a dropped workbook, in the browser: the same reader, compiler, cases and checks as
 * `tables:check` and `tables:build` (scripts/lib, bundled by scripts/build-studio.ts), the semantic diff against the
 * table the Worker serves now, the calculators' example and sample cases and the workbook's own cases run on both,
 * and the review report. Nothing leaves the browser: the only request is for the served table.
 */
import * as XLSX from '@e965/xlsx';
import { valueAt } from '../src/engine/cases';
import { shanghaiDate } from '../src/engine/lookup';
import { calculators } from '../src/policy/index';
import type { CompiledTable } from '../src/tables/model';
import { compileRead, singleTable } from '../scripts/lib/build';
import { runSheetCases, type SheetCaseResult, sheetSamples } from '../scripts/lib/cases-sheet';
import { checkCompiled } from '../scripts/lib/check';
import { buildBlocks, type DiffReport, renderDiff } from '../scripts/lib/diff-report';
import type { Bilingual } from '../scripts/lib/problems';
import { compareAnswers } from '../scripts/lib/samples';
import { changeDates, diffTable } from '../scripts/lib/semantic-diff';
import { LIMITS, type Parsed, parseOptions, readWorkbook, type XlsxParser } from '../scripts/lib/workbook-reader';
import { reportHtml, reportMarkdown } from './report';
import type { CaseOutcome, Lang, StudioCase, StudioResult } from './types';

export type { Lang, StudioResult } from './types';

/** The earlier version the checks and the diff compare with: the table the Worker serves now (null: a new table). */
export const SERVED: Bilingual = { zh: '线上数据', en: 'the served data' };

/** SheetJS in the page's worker: what the Node reader does in its worker thread (scripts/lib/xlsx-parse-worker.mjs). */
export const parseHere: XlsxParser = (buf, limits) => {
  try {
    const wb = XLSX.read(buf, { ...parseOptions(limits), type: 'array' });
    // own properties only: a sheet named __proto__ is not carried over (the reader reports it by name)
    const sheets: Parsed['Sheets'] = Object.create(null);
    for (const name of Object.keys(wb.Sheets)) sheets[name] = wb.Sheets[name]!;
    return { SheetNames: wb.SheetNames, Sheets: sheets, hidden: (wb.Workbook?.Sheets ?? []).map((s) => s?.Hidden ?? 0) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
};

const outcomeOf = (r: SheetCaseResult | undefined): CaseOutcome | null => {
  if (!r) return null;
  const body = r.run.body as { type?: string; detail?: string; message?: { zh?: string; en?: string } };
  const code = String(body.type ?? '').replace('/problems/', '');
  return {
    status: r.run.status,
    passed: r.passed,
    refusal:
      r.run.status === 200
        ? null
        : { zh: `${code}：${body.message?.zh ?? body.detail ?? ''}`, en: `${code}: ${body.message?.en ?? body.detail ?? ''}` },
  };
};

/** Checks a workbook as `tables:check` and `tables:build` do, and compares it with the served table. */
export function studioCheck(file: string, bytes: Uint8Array, served: CompiledTable | null, today = shanghaiDate(Date.now())): StudioResult {
  const t0 = performance.now();
  const read = readWorkbook(file, bytes, LIMITS, parseHere);
  const t1 = performance.now();
  const compiled = compileRead(file, read);
  const t2 = performance.now();
  const tableId = file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '');
  const findings = checkCompiled(file, compiled, { today, before: served ? { table: served, label: SERVED } : undefined });
  const t3 = performance.now();
  const table = compiled.table;

  let diff: StudioResult['diff'] = null;
  let answers: StudioResult['answers'] = null;
  let report: DiffReport | null = null;
  if (table) {
    const d = diffTable(served ?? undefined, table);
    const dates = d ? changeDates(d) : [];
    const olds = served ? { [tableId]: served } : {};
    const news = { [tableId]: table };
    const a = compareAnswers(tableId, olds, news, calculators, dates, sheetSamples(compiled.cases));
    report = {
      from: '',
      to: file,
      tables: d ? [d] : [],
      answers: [a],
      oldSide: { tables: olds, failed: {}, lenient: [] },
      newSide: { tables: news, failed: {}, lenient: [] },
    };
    const blocks = (lang: Lang) => buildBlocks({ ...report!, from: SERVED[lang] }, lang);
    diff = { changed: d !== null, dates, blocks: { zh: blocks('zh'), en: blocks('en') } };
    answers = { run: a.run, dates: a.dates, changed: a.changed, noticesOnly: a.noticesOnly.length };
  }
  const t4 = performance.now();

  // the workbook's own cases on the served data (before) and on this workbook's (after: run by the build already)
  const before = served ? runSheetCases(compiled.cases, singleTable(served)) : [];
  const cases: StudioCase[] = compiled.cases.map((sc, i) => {
    const b = before[i];
    const a = compiled.caseResults[i];
    const expectations = Object.entries(sc.case.expect ?? sc.case.problem ?? {}).map(([key, want]) => {
      const path = /[~#?*]$/.test(key) ? key.slice(0, -1) : key;
      const at = (r: SheetCaseResult | undefined) => {
        if (!r) return undefined;
        const body = sc.case.expect ? r.run.body : { ...(r.run.body as object), status: r.run.status };
        const v = valueAt(body, path);
        return v.found ? v.value : undefined;
      };
      return { key, cell: sc.cells[key] ?? sc.idCell, want, before: at(b), after: at(a) };
    });
    return {
      id: sc.id,
      calculator: sc.calculator,
      summary: sc.case.summary,
      rows: sc.rows,
      author: sc.author,
      date: sc.date,
      note: sc.case.note ?? null,
      before: outcomeOf(b),
      after: outcomeOf(a),
      expectations,
    };
  });
  const t5 = performance.now();

  const result: StudioResult = {
    file,
    tableId,
    checkedOn: today,
    table: table ? { version: table.version, hash: table.hash } : null,
    served: served ? { version: served.version, hash: served.hash } : null,
    findings,
    sheets: compiled.sheets.map((g) => ({ name: g.name, rows: g.rows })),
    diff,
    answers,
    cases,
    report: { md: { zh: '', en: '' }, html: { zh: '', en: '' } },
    timings: {},
  };
  for (const lang of ['zh', 'en'] as const) {
    const diffMd = report ? renderDiff({ ...report, from: SERVED[lang] }, { lang, format: 'md' }) : '';
    result.report.md[lang] = reportMarkdown(result, diffMd, lang);
    result.report.html[lang] = reportHtml(result.report.md[lang], lang);
  }
  const t6 = performance.now();
  result.timings = {
    read: t1 - t0,
    compile: t2 - t1,
    check: t3 - t2,
    diff: t4 - t3,
    cases: t5 - t4,
    report: t6 - t5,
    total: t6 - t0,
  };
  return result;
}
