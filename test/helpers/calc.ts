import type { z } from 'zod';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { calculatorCatalogue } from '../../scripts/lib/api-description';
import { formatProblem } from '../../scripts/lib/problems';
import { type Calculator, calculate } from '../../src/engine/calculator';
import { EngineError } from '../../src/engine/errors';
import { problemOf } from '../../src/http/engine-problem';
import type { Lang } from '../../src/http/lang';
import { ProblemError } from '../../src/http/problem';
import { listCalculators } from '../../src/routes/calculators';
import type { CompiledBundle } from '../../src/tables/model';
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

/** Validates `input` with the calculator's own schema (as the route does), then runs it on `bundle`. */
// biome-ignore lint/suspicious/noExplicitAny: a list of calculators of different tables and schemas; each is typed where it is defined
export function run<C extends Calculator<any, any, any>>(calc: C, input: z.input<C['input']>, bundle: CompiledBundle = realBundle()) {
  const parsed = calc.input.parse(input);
  return calculate(calc, bundle, parsed);
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
  return listCalculators(calculatorCatalogue(), realBundle(), lang);
}
