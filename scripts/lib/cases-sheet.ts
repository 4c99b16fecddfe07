import { type Case, parsePath } from '../../src/engine/cases';
import { type Calculator, responseSchema } from '../../src/engine/calculator';
import { calculators } from '../../src/policy/index';
import type { CompiledBundle } from '../../src/tables/model';
import { isIsoDate, normalizeNumber } from '../../src/tables/units';
import { CASES_SHEET } from './compile-table';
import { closest } from './hints';
import type { Bilingual, Problem } from './problems';
import { type CaseRun, runCase, type Sample } from './samples';
import { cellAddress, type CellValue, type SheetGrid } from './workbook-reader';

/**
 * The staff's test cases in a workbook: the optional sheet `cases` (tables/README.md › workbook format). One case per
 * row — its id, the calculator, the inputs in columns named by their path in the request (`year`, `person.scheme`),
 * the expected figures in columns `expect:<path of the answer>` (or `problem:<path>` for a refusal), and who wrote it,
 * when and why. A list of the request (the settlement's bills, `claims`) takes one row per item under the same case
 * id: a column `claims.eligibleAmount` gives the amount of the first bill on the case's first row that fills a
 * `claims` column, of the second on the next, and `expect:claims.pooledFund` on the same row is that bill's answer.
 * Each case maps to the case format of src/engine/cases.ts and runs with the one case runner (samples.ts runCase).
 */

export { CASES_SHEET };
/** The columns of the cases sheet that are not inputs or expectations. */
export const CASE_COLUMNS = ['case', 'calculator', 'summary', 'article', 'date', 'author', 'note'] as const;
const EXPECT = /^(expect|problem)[:：](.+)$/;

// biome-ignore lint/suspicious/noExplicitAny: any calculator
type AnyCalculator = Calculator<any, any, any>;
type Step = string | number;

/** A case of the cases sheet: the case as the runner takes it, and where each of its parts is in the sheet. */
export interface SheetCase {
  id: string;
  calculator: string;
  case: Case;
  /** the sheet rows (1-based) of the case, in order */
  rows: number[];
  /** the cell of the case id (first row) */
  idCell: string;
  /** the cell of each expectation, by its key in `case.expect` / `case.problem` */
  cells: Record<string, string>;
  /** the cell of each input, by its path in the request (`claims[1].eligibleAmount`) */
  inputCells: Record<string, string>;
  author: string | null;
  date: string | null;
}

interface Column {
  c: number;
  id: string;
  kind: 'meta' | 'input' | 'expect' | 'problem';
  /** input and expectation columns: the path as written, its steps, and the operator of an expectation */
  path?: string;
  steps?: Step[];
  op?: string;
}

/** zod's definition of a schema (its internal shape is stable within zod 4). */
interface Def {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  options?: unknown[];
  innerType?: unknown;
  in?: unknown;
  valueType?: unknown;
  getter?: () => unknown;
  values?: unknown[];
  entries?: Record<string, unknown>;
  left?: unknown;
  right?: unknown;
}
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional', 'success']);

/** The schemas a schema stands for once wrappers, pipes, lazies and unions are opened. */
function open(s: unknown, out: unknown[] = [], depth = 0): unknown[] {
  if (depth > 20) return out;
  const d = defOf(s);
  if (WRAPPERS.has(d.type)) return open(d.innerType, out, depth + 1);
  if (d.type === 'pipe') return open(d.in, out, depth + 1);
  if (d.type === 'lazy' && d.getter) return open(d.getter(), out, depth + 1);
  if (d.type === 'union') {
    for (const o of d.options ?? []) open(o, out, depth + 1);
    return out;
  }
  if (d.type === 'intersection') {
    open(d.left, out, depth + 1);
    open(d.right, out, depth + 1);
    return out;
  }
  out.push(s);
  return out;
}

interface Resolved {
  /** the steps up to and including the list the path runs through without an index (one row per item), or null */
  list: Step[] | null;
  /** the schemas at the end of the path */
  leaves: unknown[];
  /** a second list without an index inside an item */
  nested: boolean;
}

/** Where a path leads in a schema; null when no branch of the schema has it. */
function resolve(schema: unknown, steps: Step[]): Resolved | null {
  let current = open(schema);
  let list: Step[] | null = null;
  let nested = false;
  for (const [i, step] of steps.entries()) {
    const next: unknown[] = [];
    let throughList = false;
    for (const s of current) {
      const d = defOf(s);
      if (typeof step === 'number') {
        if (d.type === 'array') open(d.element, next);
        else if (d.type === 'tuple') open((d as { items?: unknown[] }).items?.[step], next);
        continue;
      }
      const member = (x: unknown) => {
        const e = defOf(x);
        if (e.type === 'object' && e.shape && Object.hasOwn(e.shape, step)) open(e.shape[step], next);
        else if (e.type === 'record') open(e.valueType, next);
      };
      if (d.type === 'array') {
        throughList = true;
        for (const item of open(d.element)) member(item);
      } else member(s);
    }
    if (throughList && next.length) {
      if (list) nested = true;
      else list = steps.slice(0, i);
    }
    if (!next.length) return null;
    current = next;
  }
  return { list, leaves: current, nested };
}

/** The kinds of plain value the schemas at a path accept. */
function kindsOf(leaves: unknown[]): Set<'string' | 'number' | 'boolean' | 'null' | 'other'> {
  const kinds = new Set<'string' | 'number' | 'boolean' | 'null' | 'other'>();
  const of = (v: unknown) => (v === null ? 'null' : typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'other');
  for (const s of leaves) {
    const d = defOf(s);
    if (d.type === 'string' || d.type === 'number' || d.type === 'boolean' || d.type === 'null') kinds.add(d.type);
    else if (d.type === 'int' || d.type === 'bigint') kinds.add('number');
    else if (d.type === 'literal') for (const v of d.values ?? []) kinds.add(typeof v === 'boolean' ? 'boolean' : of(v));
    else if (d.type === 'enum') for (const v of Object.values(d.entries ?? {})) kinds.add(of(v));
    else kinds.add('other');
  }
  return kinds;
}

const YES = new Set(['yes', 'true', '是', 'y']);
const NO = new Set(['no', 'false', '否', 'n']);

/** A cell's value as the schema at its path takes it: a number typed into a text field is its text, 是/否 a yes/no… */
function coerce(value: CellValue, leaves: unknown[] | null): unknown {
  if (typeof value === 'number') value = normalizeNumber(value);
  if (!leaves) return value;
  const kinds = kindsOf(leaves);
  if (typeof value === 'number' && !kinds.has('number') && kinds.has('string')) return String(value);
  if (typeof value === 'string') {
    const t = value.trim();
    if (kinds.has('boolean') && !kinds.has('string')) {
      if (YES.has(t.toLowerCase())) return true;
      if (NO.has(t.toLowerCase())) return false;
    }
    if (kinds.has('number') && !kinds.has('string') && /^-?\d+(\.\d+)?$/.test(t)) return Number(t);
    if (kinds.has('null') && !kinds.has('string') && t.toLowerCase() === 'null') return null;
  }
  return value;
}

/** Steps back into a path: `claims[1].pooledFund`, a key with a dot or a bracket quoted (`parameters["a.b"]`). */
export function formatPath(steps: Step[]): string {
  return steps.reduce<string>((out, s) => {
    if (typeof s === 'number') return `${out}[${s}]`;
    if (/^[^.[\]"\s]+$/.test(s)) return out ? `${out}.${s}` : s;
    return `${out}["${s.replace(/(["\\])/g, '\\$1')}"]`;
  }, '');
}

function setPath(target: Record<string, unknown>, steps: Step[], value: unknown): void {
  let v: Record<Step, unknown> = target;
  steps.forEach((step, i) => {
    if (i === steps.length - 1) {
      v[step] = value;
      return;
    }
    const next = steps[i + 1];
    if (v[step] === undefined || v[step] === null || typeof v[step] !== 'object') v[step] = typeof next === 'number' ? [] : {};
    v = v[step] as Record<Step, unknown>;
  });
}

/** With `index` placed after the list's steps: `claims.pooledFund` → `claims[2].pooledFund`. */
const withIndex = (steps: Step[], list: Step[] | null, index: number): Step[] =>
  list ? [...steps.slice(0, list.length), index, ...steps.slice(list.length)] : steps;

const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * Reads the cases sheet of a workbook (none: no cases). A case whose rows cannot be read is left out and each of its
 * problems is reported at its cell; the cases that can be read are returned to be run.
 */
export function readCasesSheet(
  file: string,
  tableId: string,
  grid: SheetGrid | undefined,
  calcs: AnyCalculator[] = calculators,
): { cases: SheetCase[]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!grid) return { cases: [], problems };
  const add = (cell: string | null, zh: string, en: string, fix: Bilingual) =>
    problems.push({ file, sheet: CASES_SHEET, cell, zh, en, fix });
  const own = calcs.filter((c) => c.table.id === tableId);

  // the header: what each column is
  const columns: Column[] = [];
  (grid.rows[0] ?? []).forEach((h, c) => {
    if (h === null) return;
    const id = String(h)
      .trim()
      .split(/[\s/（(]/)[0]!;
    const m = EXPECT.exec(id);
    if ((CASE_COLUMNS as readonly string[]).includes(id)) {
      if (columns.some((x) => x.id === id))
        add(cellAddress(0, c), `列“${id}”重复`, `duplicate column "${id}"`, {
          zh: `删除两列“${id}”中多余的一列（先核对两列的内容）`,
          en: `delete one of the two "${id}" columns (compare their contents first)`,
        });
      else columns.push({ c, id, kind: 'meta' });
      return;
    }
    const path = m ? m[2]! : id;
    const op = m && /[~#?*]$/.test(path) ? path.at(-1)! : '';
    const bare = op ? path.slice(0, -1) : path;
    const steps = parsePath(bare);
    if (!steps.length || /^[\d.[\]]/.test(bare)) {
      add(
        cellAddress(0, c),
        `列标题“${String(h)}”既不是案例的列（${CASE_COLUMNS.join(', ')}），也不是输入或预期数值的路径`,
        `the header "${String(h)}" is neither a column of the cases sheet (${CASE_COLUMNS.join(', ')}) nor the path of an input or an expected figure`,
        pathFix,
      );
      return;
    }
    columns.push({ c, id, kind: m ? (m[1] === 'problem' ? 'problem' : 'expect') : 'input', path: bare, steps, op });
  });
  const col = (id: string) => columns.find((x) => x.kind === 'meta' && x.id === id);
  const missing = ['case', 'calculator'].filter((id) => !col(id));
  if (missing.length) {
    add('A1', `缺少列：${missing.join(', ')}`, `missing columns: ${missing.join(', ')}`, {
      zh: `在第 1 行加上列标题 ${missing.join(', ')}：每行写案例编号和计算器编号`,
      en: `add the headers ${missing.join(', ')} to row 1: every row names its case and its calculator`,
    });
    return { cases: [], problems };
  }

  // rows grouped by case id, in the order of the sheet
  const groups = new Map<string, number[]>();
  const text = (r: number, id: string): string | null => {
    const x = col(id);
    const v = x ? (grid.rows[r]?.[x.c] ?? null) : null;
    return v === null ? null : typeof v === 'number' ? String(normalizeNumber(v)) : String(v).trim() || null;
  };
  for (let r = 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (cells.every((v) => v === null)) continue;
    cells.forEach((v, c) => {
      if (v !== null && !columns.some((x) => x.c === c))
        add(cellAddress(r, c), '此单元格不在任何列标题之下，不会被读取', 'this cell is under no column header and would be ignored', {
          zh: '删除这个单元格的内容，或给这一列加上列标题（输入的路径，或 expect:答复中的路径）',
          en: 'delete the cell, or give the column a header (the path of an input, or expect:<path in the answer>)',
        });
    });
    const id = text(r, 'case');
    if (!id) {
      add(cellAddress(r, col('case')!.c), '这一行没有案例编号', 'this row has no case id', {
        zh: '每一行都写上案例编号；同一个案例的几笔费用各占一行，编号相同',
        en: 'give every row its case id; the bills of one case take one row each, under the same id',
      });
      continue;
    }
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }

  const cases: SheetCase[] = [];
  for (const [id, rows] of groups) {
    const before = problems.length;
    const first = rows[0]!;
    const idCell = cellAddress(first, col('case')!.c);
    // one value per case for calculator, summary, article, date, author, note: on any of its rows, never two
    const meta = (name: string): string | null => {
      let value: string | null = null;
      for (const r of rows) {
        const v = text(r, name);
        if (v === null) continue;
        if (value !== null && v !== value) {
          add(
            cellAddress(r, col(name)!.c),
            `案例 ${id} 的 ${name} 在两行中不同（“${value}”和“${v}”）`,
            `case ${id} has two different values of ${name} ("${value}" and "${v}")`,
            {
              zh: `同一案例只写一个 ${name}：删除这一格，或改成与第 ${first + 1} 行相同`,
              en: `a case has one ${name}: empty this cell or make it the same as on row ${first + 1}`,
            },
          );
        } else value = v;
      }
      return value;
    };
    const calcId = meta('calculator');
    const calc = calcId ? own.find((c) => c.id === calcId) : undefined;
    if (!calcId) {
      add(cellAddress(first, col('calculator')!.c), `案例 ${id} 没有写计算器`, `case ${id} names no calculator`, {
        zh: `填写计算器编号：${own.map((c) => c.id).join('、') || '（本表没有计算器）'}`,
        en: `type the calculator's id: ${own.map((c) => c.id).join(', ') || '(this table has no calculator)'}`,
      });
      continue;
    }
    if (!calc) {
      const elsewhere = calcs.find((c) => c.id === calcId);
      const near = closest(
        calcId,
        own.map((c) => c.id),
      );
      add(
        cellAddress(rows.find((r) => text(r, 'calculator'))!, col('calculator')!.c),
        elsewhere
          ? `计算器 ${calcId} 读取的是表 ${elsewhere.table.id}，不是本表`
          : `没有计算器“${calcId}”；本表的计算器为：${own.map((c) => c.id).join('、') || '（无）'}`,
        elsewhere
          ? `the calculator ${calcId} reads the table ${elsewhere.table.id}, not this one`
          : `no calculator "${calcId}"; this table's calculators are: ${own.map((c) => c.id).join(', ') || '(none)'}`,
        elsewhere
          ? {
              zh: `把这个案例移到 tables/${elsewhere.table.id}.xlsx 的 cases 工作表：案例与它检验的数据放在一起`,
              en: `move the case to the cases sheet of tables/${elsewhere.table.id}.xlsx: a case lives with the data it tests`,
            }
          : near
            ? { zh: `是不是 ${near}？`, en: `did you mean ${near}?` }
            : { zh: '从上面列出的计算器中选一个', en: 'pick one of the calculators listed above' },
      );
      continue;
    }
    const output = responseSchema(calc);
    const request: Record<string, unknown> = {};
    const expect: Record<string, unknown> = {};
    const problem: Record<string, unknown> = {};
    const cells: Record<string, string> = {};
    const inputCells: Record<string, string> = {};
    const counters = new Map<string, number>();
    const listOf = new Map<Column, Resolved | null>();
    for (const x of columns) {
      if (x.kind === 'input') listOf.set(x, resolve(calc.input, x.steps!));
      if (x.kind === 'expect') listOf.set(x, resolve(output, x.steps!));
    }
    for (const r of rows) {
      const cells_ = grid.rows[r] ?? [];
      // the item of each list this row holds: the next one of the list, if the row fills a column of it
      const index = new Map<string, number>();
      for (const x of columns) {
        const list = listOf.get(x)?.list;
        if (!list || cells_[x.c] === null || cells_[x.c] === undefined) continue;
        const key = formatPath(list);
        if (!index.has(key)) {
          index.set(key, counters.get(key) ?? 0);
          counters.set(key, (counters.get(key) ?? 0) + 1);
        }
      }
      for (const x of columns) {
        const raw = cells_[x.c] ?? null;
        if (raw === null || x.kind === 'meta') continue;
        const cell = cellAddress(r, x.c);
        const resolved = listOf.get(x) ?? null;
        if (x.kind === 'input' && !resolved) {
          add(
            cell,
            `“${x.path}”不是计算器 ${calc.id} 的输入`,
            `"${x.path}" is not an input of the calculator ${calc.id}`,
            inputFix(calc, x.path!),
          );
          continue;
        }
        if (resolved?.nested) {
          add(
            cell,
            `“${x.path}”在一个列表项里又是一个列表：案例表每行只能展开一层列表`,
            `"${x.path}" is a list inside a list item: the cases sheet spreads one level of list over rows`,
            {
              zh: '这样的请求（如分段住院）请交给工程人员写进计算器的案例文件（<计算器>.cases.json）',
              en: "leave such a request (a stay split over several levels) to the engineers' cases file (<calculator>.cases.json)",
            },
          );
          continue;
        }
        const list = resolved?.list ?? null;
        const steps = withIndex(x.steps!, list, list ? index.get(formatPath(list))! : 0);
        const value = coerce(raw, resolved?.leaves ?? null);
        const path = formatPath(steps);
        if (x.kind === 'input') {
          const prior = Object.hasOwn(inputCells, path) ? inputCells[path] : undefined;
          if (prior) {
            if (JSON.stringify(lookup(request, steps)) !== JSON.stringify(value))
              add(cell, `案例 ${id} 的 ${path} 在两行中不同（见 ${prior}）`, `case ${id} gives ${path} twice, differently (see ${prior})`, {
                zh: `只在一行中填写 ${x.path}（列表以外的输入每个案例只有一个）`,
                en: `fill ${x.path} on one row only (an input outside a list has one value per case)`,
              });
            continue;
          }
          setPath(request, steps, value);
          inputCells[path] = cell;
        } else {
          const key = `${path}${x.op}`;
          const target = x.kind === 'expect' ? expect : problem;
          if (Object.hasOwn(target, key)) {
            if (JSON.stringify(target[key]) !== JSON.stringify(value))
              add(
                cell,
                `案例 ${id} 对 ${path} 的预期在两行中不同（见 ${cells[key]}）`,
                `case ${id} expects ${path} twice, differently (see ${cells[key]})`,
                {
                  zh: `只在一行中填写 ${x.id}`,
                  en: `fill ${x.id} on one row only`,
                },
              );
            continue;
          }
          target[key] = x.op === '?' ? YES.has(String(value).toLowerCase()) || value === true : value;
          cells[key] = cell;
        }
      }
    }
    const date = meta('date');
    if (date && !isIsoDate(date))
      add(
        cellAddress(rows.find((r) => text(r, 'date'))!, col('date')!.c),
        '应为日期（如 2015-01-01）',
        'must be a date such as 2015-01-01',
        {
          zh: '写成 2015-01-01：案例写成或最后核对的日期',
          en: 'write it as 2015-01-01: the day the case was written or last confirmed',
        },
      );
    const hasExpect = Object.keys(expect).length > 0;
    const hasProblem = Object.keys(problem).length > 0;
    if (hasExpect === hasProblem)
      add(
        idCell,
        hasExpect ? `案例 ${id} 既有 expect: 又有 problem: 预期` : `案例 ${id} 没有任何预期数值`,
        hasExpect ? `case ${id} has both expect: and problem: columns filled` : `case ${id} expects nothing`,
        {
          zh: '在 expect:<答复中的路径> 列填写预期的结果（如 expect:totals.pooledFund）；预期计算器拒绝时改用 problem: 列（如 problem:status）',
          en: 'fill the expected figures in expect:<path in the answer> columns (e.g. expect:totals.pooledFund); for a refusal use problem: columns instead (e.g. problem:status)',
        },
      );
    if (problems.length > before) continue;
    const summary = meta('summary') ?? id;
    const article = meta('article');
    const note = meta('note');
    cases.push({
      id,
      calculator: calc.id,
      case: {
        id,
        summary,
        ...(article ? { article } : {}),
        request,
        ...(hasExpect ? { expect } : { problem }),
        ...(note ? { note } : {}),
      },
      rows: rows.map((r) => r + 1),
      idCell,
      cells,
      inputCells,
      author: meta('author'),
      date,
    });
  }
  return { cases, problems };
}

function lookup(value: unknown, steps: Step[]): unknown {
  let v = value;
  for (const s of steps) v = v && typeof v === 'object' ? (v as Record<Step, unknown>)[s] : undefined;
  return v;
}

const pathFix: Bilingual = {
  zh: '输入列写请求中的路径（如 year、person.scheme、claims.eligibleAmount），预期列写 expect: 加答复中的路径（如 expect:totals.pooledFund）',
  en: 'an input column is headed by its path in the request (year, person.scheme, claims.eligibleAmount), an expected figure by expect: and its path in the answer (expect:totals.pooledFund)',
};

function inputFix(calc: AnyCalculator, path: string): Bilingual {
  const paths: string[] = [];
  const walk = (s: unknown, prefix: string, depth: number) => {
    if (depth > 4) return;
    for (const o of open(s)) {
      const d = defOf(o);
      if (d.type === 'object' && d.shape) for (const [k, v] of Object.entries(d.shape)) walk(v, prefix ? `${prefix}.${k}` : k, depth + 1);
      else if (d.type === 'array') walk(d.element, prefix, depth + 1);
      else if (prefix && !paths.includes(prefix)) paths.push(prefix);
    }
  };
  walk(calc.input, '', 0);
  const near = closest(path, paths);
  const list = paths.join(', ');
  return near
    ? { zh: `是不是 ${near}？${calc.id} 的输入有：${list}`, en: `did you mean ${near}? The inputs of ${calc.id} are: ${list}` }
    : { zh: `${calc.id} 的输入有：${list}`, en: `the inputs of ${calc.id} are: ${list}` };
}

/** A case run on compiled data, and whether it holds. */
export interface SheetCaseResult {
  sheetCase: SheetCase;
  run: CaseRun;
  passed: boolean;
}

/** Runs the cases of a workbook on compiled data (the calculators' own table in `bundle`). */
export function runSheetCases(cases: SheetCase[], bundle: CompiledBundle, calcs: AnyCalculator[] = calculators): SheetCaseResult[] {
  return cases.map((sc) => {
    const calc = calcs.find((c) => c.id === sc.calculator)!;
    const run = runCase(calc, sc.case, bundle);
    return { sheetCase: sc, run, passed: !run.wrongKind && run.failures.length === 0 };
  });
}

const problemText = (body: unknown): { status: number; type: string; zh: string; en: string } => {
  const b = (body ?? {}) as { status?: number; type?: string; detail?: string; message?: unknown };
  // the problem's own message pair where it has one (/work/error-format.md), else its English detail
  const detail = b.detail ?? '';
  return {
    status: b.status ?? 0,
    type: String(b.type ?? '').replace('/problems/', ''),
    zh: messageOf(b.message, 'zh') || detail,
    en: messageOf(b.message, 'en') || detail,
  };
};
function messageOf(m: unknown, lang: 'zh' | 'en'): string {
  return typeof m === 'string' ? m : m && typeof m === 'object' ? String((m as Record<string, unknown>)[lang] ?? '') : '';
}

/** Each failing case as problems at its cells: the expected and the actual figure, in Chinese and English. */
export function caseProblems(file: string, results: SheetCaseResult[]): Problem[] {
  const out: Problem[] = [];
  for (const { sheetCase: sc, run } of results) {
    const add = (cell: string, zh: string, en: string, fix: Bilingual) => out.push({ file, sheet: CASES_SHEET, cell, zh, en, fix });
    const who = {
      zh: `案例 ${sc.id}（${sc.calculator}，第 ${sc.rows.join('、')} 行）`,
      en: `case ${sc.id} (${sc.calculator}, row ${sc.rows.join(', ')})`,
    };
    if (run.wrongKind) {
      const p = problemText(run.body);
      const errors = ((run.body as { errors?: { pointer?: string; message?: unknown }[] }).errors ?? []).slice(0, 20);
      if (p.type === 'validation-error' && errors.length) {
        for (const e of errors) {
          const path = formatPath(
            (e.pointer ?? '')
              .split('/')
              .slice(1)
              .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
              .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
          );
          const cell =
            sc.inputCells[path] ??
            Object.entries(sc.inputCells)
              .filter(([k]) => path.startsWith(`${k}.`) || path.startsWith(`${k}[`) || k.startsWith(`${path}.`) || k.startsWith(`${path}[`))
              .map(([, v]) => v)[0] ??
            sc.idCell;
          add(
            cell,
            `${who.zh}：请求不符合计算器的要求：${path || '（整个请求）'}：${messageOf(e.message, 'zh') || messageOf(e.message, 'en')}`,
            `${who.en}: the request is not valid for the calculator: ${path || '(the request)'}: ${messageOf(e.message, 'en')}`,
            {
              zh: '按计算器的要求改正这个输入（必填的输入不能留空，日期写成 2015-01-01，代码从下拉列表或说明中选）',
              en: "correct this input as the calculator requires (a required input cannot be empty, dates as 2015-01-01, codes from the calculator's list)",
            },
          );
        }
      } else {
        add(
          sc.idCell,
          `${who.zh}：计算器没有给出结果，而是拒绝了请求（${p.status} ${p.type}：${p.zh}）`,
          `${who.en}: the calculator refused the request instead of answering (${p.status} ${p.type}: ${p.en})`,
          {
            zh: '核对这个案例的输入和本次修改的数值（拒绝多因数值留空“原文未公布”，或日期不在任何生效期间内）',
            en: 'check the inputs of the case and the values this edit changes (a refusal usually means a value left empty as not published, or a date no row covers)',
          },
        );
      }
      continue;
    }
    for (const m of run.failures) {
      const cell = sc.cells[m.key] ?? sc.idCell;
      if (!m.found && m.op !== '?') {
        add(
          cell,
          `${who.zh}：答复中没有 ${m.path}（预期为 ${shown(m.want)}）`,
          `${who.en}: the answer has no ${m.path} (expected ${shown(m.want)})`,
          {
            zh: '核对列标题中的路径（如 expect:totals.pooledFund、expect:claims.selfBurden），与 /docs 中该计算器的答复对照',
            en: "check the path in the column's header (e.g. expect:totals.pooledFund, expect:claims.selfBurden) against the calculator's answer in /docs",
          },
        );
      } else if (m.op === '=') {
        add(
          cell,
          `${who.zh}：${m.path} 预期为 ${shown(m.want)}，实际为 ${shown(m.got)}`,
          `${who.en}: ${m.path} expected ${shown(m.want)}, got ${shown(m.got)}`,
          {
            zh: `核对这个案例的输入和本次修改的数值；如果这次修改本来就会改变这个结果，把预期改为 ${shown(m.got)}，并在 note 列写明原因`,
            en: `check the inputs of the case and the values this edit changes; if the edit is meant to change this result, type ${shown(m.got)} as the expected figure and say why in the note column`,
          },
        );
      } else {
        add(cell, `${who.zh}：${m.path} 不符合预期（${m.text}）`, `${who.en}: ${m.text}`, {
          zh: '核对这个案例的输入、预期和本次修改的数值',
          en: 'check the inputs, the expectation and the values this edit changes',
        });
      }
    }
  }
  return out;
}

/** The cases of a workbook as the requests tables:diff and /studio run on the old and the new data. */
export const sheetSamples = (cases: SheetCase[]): Sample[] =>
  cases.map((sc) => ({
    calculator: sc.calculator,
    name: `${sc.id} (${CASES_SHEET}!${sc.rows.join(',')})`,
    description: sc.case.summary,
    request: sc.case.request,
    origin: 'workbook',
  }));
