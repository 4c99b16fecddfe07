import { z } from '@hono/zod-openapi';
import type { Citation, CompiledBundle, CompiledTable, DatedValue, ScaleRow } from '../tables/model';
import { INTEGER_UNITS, isMoneyUnit, type Unit } from '../tables/units';
import { addDays, laterOf } from './dates';
import { EngineError, type FieldIssue } from './errors';
import { fieldIssuesOf } from './input-issues';
import { isoDate, yuan } from './inputs';
import { caseOf, REFORM_MARK } from './params';

/**
 * What-if reforms: a request's `reform` overrides values of the calculator's table for a period, and the calculator
 * runs on that reformed copy beside the real one. Keys are a parameter key (`inpatient.annual_cap`) or a cell of a
 * scale sheet named by its case (`inpatient_levels[level=1].deductible`, as trace paths write it). Values are checked
 * against the unit of the compiled data as a workbook cell is; a reformed value cites no document: its citation is
 * REFORM_CITATION, which the trace marks `reform: true`.
 */

/** The citation of a reformed value: no document, the mark `reform`. */
export const REFORM_CITATION: Citation = Object.freeze({ document: REFORM_MARK, article: '', text: REFORM_MARK });

/** Request limits of a reform (not policy values; README › What-if reforms): keys, and periods per key. */
export const MAX_REFORM_KEYS = 50;
export const MAX_REFORM_PERIODS = 20;
const LAST_DAY = '9999-12-31';

export interface ReformPeriod {
  from: string;
  to: string | null;
  value: number | boolean;
}
/** One key of a reform, resolved against the table: a parameter, or a value column of the rows of one case. */
type Target = { unit: Unit; parameter: string } | { unit: Unit; sheet: string; rows: Set<ScaleRow>; column: string };

const issue = (path: (string | number)[], code: string, zh: string, en: string): FieldIssue => ({ path, code, message: { zh, en } });
const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** `a=1,b=(70,∞)` → [['a','1'], ['b','(70,∞)']]: commas inside brackets belong to the value. */
function splitCase(text: string): string[][] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if ((ch === ',' && depth === 0) || i === text.length) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return parts.map((p) => p.split('='));
}

/** The parameter or the cell a key names (as trace paths write them), or why the table has none. */
function targetOf(table: CompiledTable, key: string): Target | FieldIssue {
  const unknown = issue(['reform', key], 'unknown-key', '没有这个参数或单元格', `is not a parameter or cell of ${table.id}`);
  const m = /^([\w-]+)\[(.*)\]\.([\w-]+)$/.exec(key);
  if (!m) {
    const p = table.parameters.find((x) => x.key === key);
    return p ? { unit: p.unit, parameter: key } : unknown;
  }
  const [, sheet, text, column] = m as unknown as string[];
  const scale = table.scales.find((s) => s.id === sheet);
  const col = scale?.columns.find((c) => c.id === column && c.kind === 'value');
  if (!scale || !col) return unknown;
  const given = text ? splitCase(text!) : [];
  // every part names a dimension of the sheet and its code (`level=1`): a part without one would match every row
  const dimensions = new Set(scale.columns.filter((c) => c.kind !== 'value').map((c) => c.id));
  if (given.some((part) => part.length !== 2 || !dimensions.has(part[0]!))) return unknown;
  const rows = scale.rows.filter((r) => {
    const parts = new Map(splitCase(caseOf(scale, r).slice(scale.id.length + 1, -1)) as [string, string][]);
    return given.every(([name, code]) => parts.get(name!) === code);
  });
  const cases = new Set(rows.map((r) => caseOf(scale, r)));
  if (cases.size !== 1)
    return {
      ...unknown,
      code: cases.size ? 'ambiguous-key' : 'unknown-key',
      message: cases.size
        ? {
            zh: `对应 ${cases.size} 种情形，请写明各维度，如 ${[...cases][0]}.${column}`,
            en: `names ${cases.size} cases, e.g. ${[...cases][0]}.${column}`,
          }
        : unknown.message,
    };
  return { unit: col.unit, sheet: sheet!, rows: new Set(rows), column: column! };
}

/** The schema of one key's periods: dates, and a value of its unit as the table holds it (money in yuan to the fen). */
const periodsOf = (unit: Unit) =>
  z
    .array(
      z.strictObject({
        from: isoDate(''),
        // the last day a date can have is no end: the same as null
        to: isoDate('')
          .nullable()
          .default(null)
          .transform((to) => (to === LAST_DAY ? null : to)),
        value:
          unit === 'boolean'
            ? z.boolean()
            : isMoneyUnit(unit)
              ? yuan('')
              : unit === 'ratio'
                ? z.number().min(0).max(1)
                : unit === 'percentage-point'
                  ? z.number().min(-1).max(1)
                  : INTEGER_UNITS.has(unit)
                    ? z.number().int().min(0)
                    : z.number().min(0),
      }),
    )
    .min(1)
    .max(MAX_REFORM_PERIODS);

type Period = { from: string; to: string | null };
const overlaps = (a: Period, b: Period) => a.from <= (b.to ?? LAST_DAY) && b.from <= (a.to ?? LAST_DAY);

/**
 * The parts of `x` in force outside `p`, then `p`'s own part (made by `inside`, for the days `x` and `p` share; never
 * for a parameter, which takes the whole period as one value); `x` itself when they do not meet.
 */
function split<T extends Period>(x: T, p: ReformPeriod, inside?: (part: T) => T): T[] {
  if (!overlaps(x, p)) return [x];
  const out: T[] = [];
  if (x.from < p.from) out.push({ ...x, to: addDays(p.from, -1) });
  if (inside) out.push(inside({ ...x, from: laterOf(x.from, p.from), to: p.to === null || (x.to !== null && x.to < p.to) ? x.to : p.to }));
  if (p.to !== null && (x.to === null || x.to > p.to)) out.push({ ...x, from: addDays(p.to, 1) });
  return out;
}

/** The table with the targets' values replaced on their periods (a copy: the compiled bundle is shared). */
function reformed(table: CompiledTable, changes: { target: Target; periods: ReformPeriod[] }[]): CompiledTable {
  let { parameters, scales } = table;
  for (const { target, periods } of changes) {
    if ('parameter' in target) {
      parameters = parameters.map((p) => {
        if (p.key !== target.parameter) return p;
        let history = p.history;
        for (const period of periods) {
          const value: DatedValue = { ...period, published: true, citation: REFORM_CITATION, note: null, cell: 'reform' };
          history = [...history.flatMap((h) => split(h, period)), value].sort((a, b) => (a.from < b.from ? -1 : 1));
        }
        return { ...p, history };
      });
    } else {
      const { column } = target;
      scales = scales.map((s) => {
        if (s.id !== target.sheet) return s;
        let rows = s.rows;
        let mine = target.rows;
        for (const period of periods) {
          const set = (row: ScaleRow): ScaleRow => ({
            ...row,
            cells: { ...row.cells, [column]: period.value },
            citations: { ...row.citations, [column]: REFORM_CITATION },
            unpublished: row.unpublished.filter((c) => c !== column),
          });
          const pieces = rows.map((r) => (mine.has(r) ? split(r, period, set) : [r]));
          // the pieces of the case's rows are the case's rows for the next period
          mine = new Set(pieces.flatMap((p, i) => (mine.has(rows[i]!) ? p : [])));
          rows = pieces.flat();
        }
        return { ...s, rows };
      });
    }
  }
  return { ...table, parameters, scales };
}

/**
 * Checks a request's `reform` against the table a calculator reads and returns the bundle with that table reformed.
 * Every bad key, period or value is an invalid-input EngineError naming it (`/reform/<key>/0/value`): a 422.
 */
export function applyReform(bundle: CompiledBundle, tableId: string, reform: unknown): CompiledBundle {
  const table = bundle.tables[tableId]!;
  const issues: FieldIssue[] = [];
  const changes: { target: Target; periods: ReformPeriod[] }[] = [];
  if (!isRecord(reform) || !Object.keys(reform).length)
    issues.push(issue(['reform'], 'invalid-type', '应为非空对象', 'must be an object of keys, each a list of { from, to, value }'));
  else if (Object.keys(reform).length > MAX_REFORM_KEYS)
    issues.push(issue(['reform'], 'too-big', `最多 ${MAX_REFORM_KEYS} 项`, `at most ${MAX_REFORM_KEYS} keys`));
  for (const [key, list] of Object.entries(isRecord(reform) ? reform : {}).slice(0, MAX_REFORM_KEYS)) {
    const target = targetOf(table, key);
    const at = ['reform', key];
    if ('code' in target) issues.push(target);
    // text, codes and dates are read by the rules as they are: only figures and yes/no are reformed
    else if (target.unit === 'text' || target.unit === 'enum' || target.unit === 'date')
      issues.push(issue(at, 'not-reformable', '只能改数字或是/否', 'only numbers and true/false can be reformed'));
    else {
      const parsed = periodsOf(target.unit).safeParse(list);
      if (!parsed.success) issues.push(...fieldIssuesOf(parsed.error.issues, list).map((i) => ({ ...i, path: [...at, ...i.path] })));
      else {
        parsed.data.forEach((p, i) => {
          if (p.to !== null && p.to < p.from)
            issues.push(issue([...at, i, 'to'], 'invalid-period', '不能早于 from', 'must not be before from'));
          else if (parsed.data.some((q, j) => j < i && overlaps(p, q)))
            issues.push(issue([...at, i, 'from'], 'overlapping-period', '与前一期间重叠', 'overlaps an earlier period of this key'));
        });
        changes.push({ target, periods: parsed.data });
      }
    }
  }
  if (issues.length)
    throw new EngineError('invalid-input', { zh: '改革方案不符合要求', en: 'The reform is not valid' }, { fields: issues });
  // the data's own fields only: a bundle served table by table has getters and loaders a copy must not call
  const { format, packageVersion, hash } = bundle;
  return { format, packageVersion, hash, tables: { ...bundle.tables, [tableId]: reformed(table, changes) } };
}
