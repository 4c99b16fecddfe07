import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';

/**
 * A calculator's cases as data (`src/policy/<table>/<calculator>.cases.json`): a request and what its answer must
 * hold, with the article it exercises and the hand-worked arithmetic. One runner checks them in Node and, through
 * HTTP, in workerd; cases marked `example` are the runnable examples of /docs and GET /v1/calculators; those marked
 * `example` or `sample` are the answers `tables:diff` shows reviewers, run on the old and the new data. A staff cases sheet maps to the same shape: one row per case (a list
 * such as bills takes one row per item under the same id), an input per column named by its path, an expected
 * figure per column named `expect:<path>`.
 *
 * Expectations name a place in the answer by a path (`totals.pooledFund`, `claims[2].selfBurden`,
 * `trace.steps[0].formula.zh`) and give its value: equal as JSON (an object or array whole), or with a suffix on the
 * path — `~` a regular expression the text matches, `#` the length of the array, `?` present (true) or absent (false),
 * `*` an array that holds an element equal to the value.
 */
export const caseSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .openapi(DOCUMENTED && { description: 'unique among the calculator’s cases, e.g. S00' }),
    summary: z
      .string()
      .min(1)
      .openapi(DOCUMENTED && { description: 'what the case shows, in one line' }),
    article: z
      .string()
      .optional()
      .openapi(DOCUMENTED && { description: 'the article it exercises, e.g. 第二十五条' }),
    request: z.unknown(),
    expect: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi(DOCUMENTED && { description: 'paths of the 200 answer and their values' }),
    problem: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi(DOCUMENTED && { description: 'for a refusal: paths of the problem body and their values (status, type, errors…)' }),
    note: z
      .string()
      .optional()
      .openapi(DOCUMENTED && { description: 'the hand-worked arithmetic' }),
    example: z
      .boolean()
      .optional()
      .openapi(DOCUMENTED && { description: 'shown and runnable in /docs (and run by tables:diff)' }),
    sample: z
      .boolean()
      .optional()
      .openapi(
        DOCUMENTED && { description: 'run by tables:diff on the old and the new data, to show reviewers which answers an edit changes' },
      ),
  })
  .strict()
  .refine((c) => (c.expect === undefined) !== (c.problem === undefined), {
    error: 'give either expect (an answer) or problem (a refusal)',
  });
export type Case = z.infer<typeof caseSchema>;
export const casesFileSchema = z.array(caseSchema);

type Step = string | number;

/** `claims[2].selfBurden` → ['claims', 2, 'selfBurden']; keys may hold dots or brackets inside quotes: `parameters["a.b"]`. */
export function parsePath(path: string): Step[] {
  const out: Step[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const m of path.matchAll(re)) out.push(m[2] !== undefined ? Number(m[2]) : (m[3] ?? m[1]!).replace(/\\(.)/g, '$1'));
  return out;
}

function at(value: unknown, path: Step[]): { found: boolean; value: unknown } {
  let v = value;
  for (const step of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, step)) return { found: false, value: undefined };
    v = (v as Record<Step, unknown>)[step];
  }
  return { found: true, value: v };
}

/** The value at a path of a body (`claims[2].selfBurden`), and whether it is there. */
export const valueAt = (body: unknown, path: string): { found: boolean; value: unknown } => at(body, parsePath(path));

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One expectation a body does not meet: its key as written, the path and operator, what was wanted, what is there. */
export interface Mismatch {
  key: string;
  path: string;
  op: '=' | '~' | '#' | '?' | '*';
  want: unknown;
  found: boolean;
  got: unknown;
  /** the same line `mismatches` gives */
  text: string;
}

/** The expectations a body does not meet, each with what was expected and what the body holds (empty: all met). */
export function mismatchList(body: unknown, expectations: Record<string, unknown>): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [key, want] of Object.entries(expectations)) {
    const op = (/[~#?*]$/.test(key) ? key.at(-1)! : '=') as Mismatch['op'];
    const path = op === '=' ? key : key.slice(0, -1);
    const got = at(body, parsePath(path));
    const shown = JSON.stringify(got.value);
    const miss = (text: string) => out.push({ key, path, op, want, found: got.found, got: got.value, text });
    if (op === '?') {
      if (got.found !== want) miss(`${path}: expected ${want ? 'present' : 'absent'}, is ${got.found ? `${shown}` : 'absent'}`);
    } else if (!got.found) miss(`${path}: absent, expected ${JSON.stringify(want)}`);
    else if (op === '~') {
      if (typeof got.value !== 'string' || !new RegExp(String(want)).test(got.value)) miss(`${path}: ${shown} does not match /${want}/`);
    } else if (op === '#') {
      if (!Array.isArray(got.value) || got.value.length !== want)
        miss(`${path}: length ${Array.isArray(got.value) ? got.value.length : 'n/a'}, expected ${want}`);
    } else if (op === '*') {
      if (!Array.isArray(got.value) || !got.value.some((x) => same(x, want))) miss(`${path}: ${shown} holds no ${JSON.stringify(want)}`);
    } else if (!same(got.value, want)) miss(`${path}: ${shown}, expected ${JSON.stringify(want)}`);
  }
  return out;
}

/** The expectations a body does not meet, each as one line (empty: all met). */
export function mismatches(body: unknown, expectations: Record<string, unknown>): string[] {
  return mismatchList(body, expectations).map((m) => m.text);
}
