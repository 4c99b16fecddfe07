import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { calculators } from '../../src/policy/index';
import { type Calculator, calculate } from '../../src/engine/calculator';
import { EngineError } from '../../src/engine/errors';
import { problemOf } from '../../src/http/engine-problem';
import type { CompiledBundle, CompiledTable } from '../../src/tables/model';
import { calculatorDocs, docsOf } from './policy';
import { moveRequest } from '../../src/engine/sample-dates';

/**
 * Sample requests kept beside each table (`tables/samples/<table-id>.json`), run through the
 * calculators of src/calculators on two versions of the data, to show which answers an edit changes.
 * Every calculator's own OpenAPI examples are run too, so a table without a samples file is still
 * covered. Each sample runs at its own date and again moved to each date the edit changes
 * (src/calculators/sample-dates.ts says how each calculator's request moves), so an edit that takes effect
 * after every sample's date still shows the answers it changes.
 */

export const sampleSchema = z
  .object({
    calculator: z.string().min(1),
    name: z.string().min(1),
    description: z.string().optional(),
    request: z.unknown(),
  })
  .strict();
export const samplesFileSchema = z.array(sampleSchema);
export type Sample = z.infer<typeof sampleSchema> & { origin: 'samples' | 'example' };

// biome-ignore lint/suspicious/noExplicitAny: a list of calculators of different tables and schemas; each is typed where it is defined
type AnyCalculator = Calculator<any, any, any>;

export interface SampleFileProblem {
  file: string;
  message: string;
}

/** Samples of a table: its samples file (if any) and the examples of the calculators that read it. */
export function samplesFor(
  tableId: string,
  samplesDir: string,
  calcs: AnyCalculator[] = calculators,
): { samples: Sample[]; problems: SampleFileProblem[] } {
  const problems: SampleFileProblem[] = [];
  const samples: Sample[] = [];
  const file = join(samplesDir, `${tableId}.json`);
  if (existsSync(file)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push({ file, message: `not valid JSON: ${(e as Error).message}` });
    }
    if (json !== undefined) {
      const parsed = samplesFileSchema.safeParse(json);
      if (!parsed.success)
        problems.push({
          file,
          message: parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; '),
        });
      else {
        for (const s of parsed.data) {
          const calc = calcs.find((c) => c.id === s.calculator);
          if (!calc) problems.push({ file, message: `sample "${s.name}": no calculator "${s.calculator}"` });
          else if (calc.table.id !== tableId)
            problems.push({ file, message: `sample "${s.name}": calculator ${s.calculator} reads table ${calc.table.id}, not ${tableId}` });
          else samples.push({ ...s, origin: 'samples' });
        }
      }
    }
  }
  for (const calc of calcs.filter((c) => c.table.id === tableId)) {
    for (const [name, ex] of Object.entries(docsOf(calc).examples)) {
      samples.push({ calculator: calc.id, name, description: ex.summary, request: ex.value, origin: 'example' });
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
  problems: SampleFileProblem[];
}

const bundleOf = (tables: Record<string, CompiledTable>): CompiledBundle => ({ format: 1, packageVersion: '0', hash: '', tables });

/**
 * Runs the samples of `tableId` on both versions: each as written, and moved to each of `dates` (the dates the
 * edit changes: semantic-diff's changeDates). A request equal to one already run (a samples-file entry repeating a
 * calculator example, a year-based sample moved to two dates of one year) runs once.
 */
export function compareAnswers(
  tableId: string,
  olds: Record<string, CompiledTable>,
  news: Record<string, CompiledTable>,
  samplesDir: string,
  calcs: AnyCalculator[] = calculators,
  dates: string[] = [],
): AnswersReport {
  const { samples, problems } = samplesFor(tableId, samplesDir, calcs);
  const oldBundle = bundleOf(olds);
  const newBundle = bundleOf(news);
  const seen = new Set<string>();
  const changed: AnswerChange[] = [];
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
      changed.push({
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
  return { table: tableId, run, dates, changed, problems };
}
