import { calculators } from '../../src/policy/index';
import { type Calculator, calculate } from '../../src/engine/calculator';
import { EngineError } from '../../src/engine/errors';
import { problemOf } from '../../src/http/engine-problem';
import { requestProblem } from '../../src/http/problem';
import { type Case, type Mismatch, mismatchList } from '../../src/engine/cases';
import type { CompiledBundle, CompiledTable } from '../../src/tables/model';
import { calculatorDocs, casesOf } from './policy';
import { moveRequest } from '../../src/engine/sample-dates';

/**
 * The cases of the calculators that read a table, marked `example` or `sample`, run on two versions of the data to
 * show which answers an edit changes. Each runs at its own date and again moved to each date the edit changes (each
 * calculator's docs say how its request moves: `sampleAt`), so an edit that takes effect after every case's date
 * still shows the answers it changes.
 */

/** A request tables:diff runs: a case of a calculator marked `example` or `sample` (src/policy/<table>/<id>.cases.json). */
export interface Sample {
  calculator: string;
  name: string;
  description?: string;
  request: unknown;
  /** a case of the calculator's cases file marked `sample` or `example`, or a case of the workbook's cases sheet */
  origin: 'sample' | 'example' | 'workbook';
}

// biome-ignore lint/suspicious/noExplicitAny: a list of calculators of different tables and schemas; each is typed where it is defined
type AnyCalculator = Calculator<any, any, any>;

export interface SampleFileProblem {
  file: string;
  message: string;
}

/** The requests tables:diff runs for a table: the cases marked `example` or `sample` of the calculators that read it. */
export function samplesFor(tableId: string, calcs: AnyCalculator[] = calculators): { samples: Sample[]; problems: SampleFileProblem[] } {
  const problems: SampleFileProblem[] = [];
  const samples: Sample[] = [];
  for (const calc of calcs.filter((c) => c.table.id === tableId)) {
    let cases: ReturnType<typeof casesOf> = [];
    try {
      cases = casesOf(calc);
    } catch (e) {
      problems.push({ file: `src/policy/${calc.table.id}/${calc.id}.cases.json`, message: (e as Error).message });
    }
    for (const c of cases.filter((x) => x.example || x.sample)) {
      samples.push({
        calculator: calc.id,
        name: c.id,
        description: c.summary,
        request: c.request,
        origin: c.example ? 'example' : 'sample',
      });
    }
  }
  return { samples, problems };
}

export type Outcome = { ok: true; fields: Record<string, unknown> } | { ok: false; error: string; detail: string };

/** A trace ({ parameters, steps }): left out of comparisons. */
const isTrace = (v: unknown) =>
  Array.isArray(v) && v.length > 0 && v.every((s) => s && typeof s === 'object' && 'rule' in s && 'formula' in s);

/** Flattens an answer into "path: leaf" pairs (claims[2].pooledFund: 26280), without traces. */
export function flatten(value: unknown, path = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (Array.isArray(value)) {
    if (isTrace(value)) return out;
    if (value.length === 0) out[path] = [];
    value.forEach((v, i) => {
      flatten(v, `${path}[${i}]`, out);
    });
  } else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0 && path) out[path] = {};
    for (const [k, v] of entries) {
      if (k === 'trace' || k === 'traceSteps') continue; // positions in the trace shift whenever a step is added
      flatten(v, path ? `${path}.${k}` : k, out);
    }
  } else {
    out[path] = value;
  }
  return out;
}

export function runOne(calc: AnyCalculator, request: unknown, bundle: CompiledBundle): Outcome {
  const input = calc.input.safeParse(request);
  if (!input.success) {
    return {
      ok: false,
      error: 'invalid-request',
      detail: input.error.issues
        .map((i: { path: PropertyKey[]; message: string }) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
        .join('; '),
    };
  }
  try {
    return { ok: true, fields: flatten(calculate(calc, bundle, input.data)) };
  } catch (e) {
    if (e instanceof EngineError) {
      const problem = problemOf(e);
      return { ok: false, error: problem.type.replace('/problems/', ''), detail: problem.detail };
    }
    return { ok: false, error: 'exception', detail: (e as Error).message };
  }
}

/**
 * What the API answers a request, computed in-process as the route does: 422 with the validation problem, 200 with
 * the answer, or the engine's refusal as its problem. The one case runner (`runCase`) compares it with a case.
 */
export function outcome(calc: AnyCalculator, request: unknown, bundle: CompiledBundle): { status: number; body: unknown } {
  const parsed = calc.input.safeParse(request);
  if (!parsed.success) {
    const body = requestProblem('body', parsed.error.issues as never);
    return { status: body.status, body };
  }
  try {
    return { status: 200, body: calculate(calc, bundle, parsed.data) };
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    const body = problemOf(e);
    return { status: body.status, body };
  }
}

export interface CaseRun {
  status: number;
  body: unknown;
  /** the case expects an answer and got a refusal (or the other way round) */
  wrongKind: boolean;
  /** the expectations the answer (or the problem, with its status) does not meet */
  failures: Mismatch[];
}

/**
 * Runs one case (`<id>.cases.json`, or a row group of a workbook's cases sheet) on `bundle`: an answer case passes
 * when the answer is 200 and holds every expectation, a refusal case when the problem body, with its status, does.
 */
export function runCase(calc: AnyCalculator, c: Pick<Case, 'request' | 'expect' | 'problem'>, bundle: CompiledBundle): CaseRun {
  const { status, body } = outcome(calc, c.request, bundle);
  if (c.expect) {
    if (status !== 200) return { status, body, wrongKind: true, failures: [] };
    return { status, body, wrongKind: false, failures: mismatchList(body, c.expect) };
  }
  return { status, body, wrongKind: false, failures: mismatchList({ ...(body as object), status }, c.problem ?? {}) };
}

export interface AnswerChange {
  table: string;
  calculator: string;
  sample: string;
  /** the date the sample was moved to; null: the sample as written */
  date: string | null;
  description?: string;
  origin: Sample['origin'];
  old: Outcome;
  new: Outcome;
  /** changed leaves (both answers ok), or the outcome change */
  fields: { path: string; old: unknown; new: unknown }[];
}

export interface AnswersReport {
  table: string;
  /** calculations run (each on both versions): the samples as written and moved to the dates */
  run: number;
  /** the dates the edit changes, which the samples were moved to */
  dates: string[];
  changed: AnswerChange[];
  /** answers whose figures are the same and only a notice's wording changed (a new source named, a coverage date) */
  noticesOnly: AnswerChange[];
  problems: SampleFileProblem[];
}

const bundleOf = (tables: Record<string, CompiledTable>): CompiledBundle => ({ format: 1, packageVersion: '0', hash: '', tables });

/**
 * Runs the samples of `tableId` on both versions: each as written, and moved to each of `dates` (the dates the
 * edit changes: semantic-diff's changeDates). The engineering cases come first, then `workbookCases` (the staff's
 * cases sheet, scripts/lib/cases-sheet.ts). A request equal to one already run (a staff case repeating an engineering
 * one, a year-based sample moved to two dates of one year) runs once.
 */
export function compareAnswers(
  tableId: string,
  olds: Record<string, CompiledTable>,
  news: Record<string, CompiledTable>,
  calcs: AnyCalculator[] = calculators,
  dates: string[] = [],
  workbookCases: Sample[] = [],
): AnswersReport {
  const engineering = samplesFor(tableId, calcs);
  const problems = engineering.problems;
  const samples = [
    ...engineering.samples,
    ...workbookCases.filter((s) => calcs.some((c) => c.id === s.calculator && c.table.id === tableId)),
  ];
  const oldBundle = bundleOf(olds);
  const newBundle = bundleOf(news);
  const seen = new Set<string>();
  const changed: AnswerChange[] = [];
  const noticesOnly: AnswerChange[] = [];
  let run = 0;
  const runs = samples.flatMap((s) => [
    { s, date: null as string | null, request: s.request },
    ...dates.flatMap((date) => {
      const docs = calculatorDocs.get(s.calculator);
      const moved = docs ? moveRequest(docs.sampleAt, s.request, date) : { error: `no calculator ${s.calculator}` };
      if ('error' in moved) {
        problems.push({ file: `src/policy/…/${s.calculator}.docs.ts`, message: `sample "${s.name}" moved to ${date}: ${moved.error}` });
        return [];
      }
      return [{ s, date: date as string | null, request: moved.request as unknown }];
    }),
  ]);
  for (const { s, date, request } of runs) {
    const calc = calcs.find((c) => c.id === s.calculator)!;
    const parsed = calc.input.safeParse(request);
    const identity = `${calc.id}:${JSON.stringify(parsed.success ? parsed.data : request)}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    run++;
    const missing = (side: Record<string, CompiledTable>): Outcome | null =>
      Object.hasOwn(side, calc.table.id) ? null : { ok: false, error: 'no-table', detail: `table ${calc.table.id} is not in this version` };
    const o = missing(olds) ?? runOne(calc, request, oldBundle);
    const n = missing(news) ?? runOne(calc, request, newBundle);
    let fields: AnswerChange['fields'] = [];
    if (o.ok && n.ok) {
      const paths = [...new Set([...Object.keys(o.fields), ...Object.keys(n.fields)])];
      fields = paths
        .filter((p) => JSON.stringify(o.fields[p]) !== JSON.stringify(n.fields[p]))
        .map((p) => ({ path: p, old: o.fields[p], new: n.fields[p] }));
    } else if (o.ok !== n.ok || (!o.ok && !n.ok && (o.error !== n.error || o.detail !== n.detail))) {
      fields = [{ path: '(answer)', old: o.ok ? 'ok' : `${o.error}: ${o.detail}`, new: n.ok ? 'ok' : `${n.error}: ${n.detail}` }];
    }
    if (fields.length)
      (fields.every((f) => f.path.startsWith('notices')) ? noticesOnly : changed).push({
        table: tableId,
        calculator: calc.id,
        sample: s.name,
        date,
        description: s.description,
        origin: s.origin,
        old: o,
        new: n,
        fields,
      });
  }
  return { table: tableId, run, dates, changed, noticesOnly, problems };
}
