import { servedOf } from '../../src/tables/served';
import type { z } from 'zod';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { calculatorCatalogue } from '../../scripts/lib/api-description';
import { formatProblem } from '../../scripts/lib/problems';
import { type Calculator, calculate } from '../../src/engine/calculator';
import { EngineError } from '../../src/engine/errors';
import { problemOf } from '../../src/http/engine-problem';
import type { Lang } from '../../src/http/lang';
import { ProblemError, requestProblem } from '../../src/http/problem';
import { listCalculators } from '../../src/routes/calculators';
import type { CompiledBundle } from '../../src/tables/model';
import { casesOf } from '../../scripts/lib/policy';
import { TABLES_DIR } from './workbooks';

let cached: CompiledBundle | undefined;

/** The bundle compiled from the real tables/ workbooks (once per test file). */
export function realBundle(): CompiledBundle {
  if (!cached) {
    const r = buildTables(workbookFiles(TABLES_DIR));
    if (!r.bundle) throw new Error(r.problems.map((p) => formatProblem(p)).join('\n'));
    cached = r.bundle;
  }
  return cached;
}

/** A case's request of a calculator (its cases file), typed as the calculator's input. */
// biome-ignore lint/suspicious/noExplicitAny: any calculator
export function requestOf<C extends Calculator<any, any, any>>(calc: C, caseId: string): z.input<C['input']> {
  const c = casesOf(calc).find((x) => x.id === caseId);
  if (!c) throw new Error(`${calc.id} has no case ${caseId}`);
  return structuredClone(c.request) as z.input<C['input']>;
}

/** Validates `input` with the calculator's own schema (as the route does), then runs it on `bundle`. */
// biome-ignore lint/suspicious/noExplicitAny: a list of calculators of different tables and schemas; each is typed where it is defined
export function run<C extends Calculator<any, any, any>>(calc: C, input: z.input<C['input']>, bundle: CompiledBundle = realBundle()) {
  const parsed = calc.input.parse(input);
  return calculate(calc, bundle, parsed);
}

/**
 * What the API answers a request, computed in Node as the route does: 422 with the validation problem, 200 with the
 * answer, or the engine's refusal as its problem (the case runner compares these with a case's expectations).
 */
export function outcome(
  // biome-ignore lint/suspicious/noExplicitAny: any calculator
  calc: Calculator<any, any, any>,
  request: unknown,
  bundle: CompiledBundle = realBundle(),
): { status: number; body: unknown } {
  const parsed = calc.input.safeParse(request);
  if (!parsed.success) {
    const body = requestProblem('body', parsed.error.issues as never, request);
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

/** Runs and returns the problem the calculator refuses with (fails if it does not). */
// biome-ignore lint/suspicious/noExplicitAny: a list of calculators of different tables and schemas; each is typed where it is defined
export function refusal<C extends Calculator<any, any, any>>(calc: C, input: z.input<C['input']>, bundle: CompiledBundle = realBundle()) {
  try {
    run(calc, input, bundle);
  } catch (e) {
    if (e instanceof EngineError) return problemOf(e);
    if (e instanceof ProblemError) return e.problem;
    throw e;
  }
  throw new Error('expected the calculator to refuse');
}

/**
 * What GET /v1/calculators answers, built in Node the way the Worker builds it: the catalogue is generated
 * as `npm run assets:build` generates it, and listed by the route's own function (Node tests have no ASSETS).
 */
export function listedCalculators(lang: Lang = 'zh-CN') {
  return listCalculators(calculatorCatalogue(), servedOf(realBundle()), lang);
}
