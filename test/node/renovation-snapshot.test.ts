import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculators } from '../../src/policy/index';
import { calculate } from '../../src/engine/calculator';
import { EngineError } from '../../src/engine/errors';
import { problemOf } from '../../src/http/engine-problem';
import { realBundle } from '../helpers/calc';

/**
 * The answers of 655 requests as the API gave them before the trace and verdict renovation (examples, samples and every
 * request the Node tests sent; test/fixtures/renovation/snapshot-answers.ts says how they were recorded). Today every
 * field outside `trace` is the same (`notices`, added later, aside), but for the verdict fields CHANGELOG.md lists
 * (MIGRATED below), and the steps
 * carry every figure their formulas had, in both languages.
 */
interface Before {
  calculator: string;
  request: unknown;
  status: number;
  answer: Record<string, unknown>;
  steps?: { step: string; figures: number[] }[];
}
const before = JSON.parse(readFileSync(new URL('../fixtures/renovation/answers-before.json', import.meta.url), 'utf8')) as Record<
  string,
  Before
>;

/**
 * How a calculator's verdict fields changed (CHANGELOG.md): test/fixtures/renovation/migrations/<calculator>.ts exports
 * `migrate(old, now)`, the answer expected today from the old one. A field that is new (say notAssessed[]) may be
 * taken from `now` only after the migration has checked it against the old answer.
 */
type Migrate = (old: Record<string, unknown>, now: Record<string, unknown>) => Record<string, unknown>;
/** A rule applied later (issue 17) may add steps: `addedSteps(old)`, how many, exported next to `migrate`. */
type AddedSteps = (old: Record<string, unknown>) => number;
/** A request field renamed: `migrateRequest(old)`, the request as today's API takes it. */
type MigrateRequest = (old: Record<string, unknown>) => Record<string, unknown>;
const MODULES = Object.entries(
  // vite's import.meta.glob (vitest runs through vite; its types are not in this project's tsconfig)
  (import.meta as unknown as { glob: <T>(p: string, o: { eager: true }) => Record<string, T> }).glob<{
    migrate: Migrate;
    addedSteps?: AddedSteps;
    migrateRequest?: MigrateRequest;
    migrateProblem?: Migrate;
  }>('../fixtures/renovation/migrations/*.ts', { eager: true }),
).map(([path, m]) => [path.replace(/^.*\/|\.ts$/g, ''), m] as const);
const MIGRATED: Record<string, Migrate> = Object.fromEntries(MODULES.map(([id, m]) => [id, m.migrate]));
const ADDED_STEPS: Record<string, AddedSteps | undefined> = Object.fromEntries(MODULES.map(([id, m]) => [id, m.addedSteps]));
/** A refusal that names another parameter: `migrateProblem(old, now)`, like `migrate`. */
const PROBLEMS: Record<string, Migrate | undefined> = Object.fromEntries(MODULES.map(([id, m]) => [id, m.migrateProblem]));
const REQUESTS: Record<string, MigrateRequest | undefined> = Object.fromEntries(MODULES.map(([id, m]) => [id, m.migrateRequest]));

const NUMBER = /-?\d[\d,]*(?:\.\d+)?/g;
/** The figures of a formula, as absolute values (a date's "-01" and a Chinese "1 月" are the same figure). */
const figures = (text: string) =>
  (text.match(NUMBER) ?? []).map((m) => Math.abs(Number(m.replace(/,/g, '')))).filter((n) => !Number.isNaN(n));

/** The settlement's claims[].traceSteps point into the trace, whose steps changed: left out of the comparison. */
const withoutTracePositions = (a: Record<string, unknown>) =>
  Array.isArray(a.claims) ? { ...a, claims: a.claims.map(({ traceSteps, ...c }: Record<string, unknown>) => c) } : a;

/** A missing value's `text` ({ zh, en }) came with the error format (CHANGELOG.md); the old answers lack it. */
const withoutMissingText = (a: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(a), (k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && 'reason' in v && 'key' in v && k !== ''
      ? Object.fromEntries(Object.entries(v).filter(([f]) => f !== 'text'))
      : v,
  );

/**
 * Notes are the workbooks' public notes since notes were split into public and maintainers' ones (CHANGELOG.md): a
 * `note` was an English string with maintainers' remarks, it is now `{ zh, en }` rewritten for the public. The notes
 * (and the English `detail` of a missing value, which quotes it) are left out of the comparison on both sides
 * (test/node/public-text.test.ts checks what they hold).
 */
const withoutNotes = (a: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(a), (k, v) => {
    if (k === 'note') return undefined;
    // a missing value's English `detail` quotes its note
    if (v && typeof v === 'object' && !Array.isArray(v) && 'reason' in v && 'key' in v && 'detail' in v) {
      const { detail: _detail, ...rest } = v as Record<string, unknown>;
      return rest;
    }
    return v;
  });

/**
 * resident-medical-outpatient answered 422 to every request (the annual cap is not published); it now answers what the
 * text allows (CHANGELOG.md): its answers are its cases (resident-medical-outpatient.cases.json), not these.
 */
const REDESIGNED = new Set(['resident-medical-outpatient']);

const byId = new Map(calculators.map((c) => [c.id, c]));
const cases = Object.entries(before);

describe('answers before and after the renovation', { timeout: 60_000 }, () => {
  it('has the recorded answers', () => {
    expect(cases.length).toBe(655);
  });

  for (const calc of calculators.filter((c) => !REDESIGNED.has(c.id))) {
    const mine = cases.filter(([, b]) => b.calculator === calc.id);
    it(`${calc.id}: ${mine.length} answers keep every field outside the trace, and each step its figures`, () => {
      const bundle = realBundle();
      for (const [name, b] of mine) {
        const c = byId.get(b.calculator)!;
        let status = 200;
        let answer: Record<string, unknown>;
        try {
          const request = REQUESTS[c.id]?.(b.request as Record<string, unknown>) ?? b.request;
          answer = calculate(c, bundle, c.input.parse(request)) as Record<string, unknown>;
        } catch (e) {
          if (!(e instanceof EngineError)) throw e;
          const problem = problemOf(e);
          status = problem.status;
          answer = problem as unknown as Record<string, unknown>;
        }
        expect(status, name).toBe(b.status);
        if (b.status !== 200) {
          const was = PROBLEMS[c.id]?.(structuredClone(b.answer), answer) ?? b.answer;
          expect(withoutNotes({ type: answer.type, parameter: answer.parameter }), name).toEqual(
            withoutNotes({ type: was.type, parameter: was.parameter }),
          );
          continue;
        }
        const {
          trace,
          notices: _notices,
          ...rest
        } = answer as {
          trace: { steps: { name: { zh: string; en: string }; formula: { zh: string; en: string } }[] };
          notices?: unknown;
        };
        const expected = MIGRATED[c.id]?.(structuredClone(b.answer), rest) ?? b.answer;
        expect(withoutNotes(withoutTracePositions(withoutMissingText(rest))), name).toEqual(withoutNotes(withoutTracePositions(expected)));
        // Steps may be fewer (a bill's account share, deductible and pooling are one step now), never poorer: every
        // figure the old formulas showed is in the new ones, in each language.
        const old = new Set((b.steps ?? []).flatMap((x) => x.figures.map(Math.abs)));
        const en = new Set(trace.steps.flatMap((x) => figures(x.formula.en)));
        const zh = new Set(trace.steps.flatMap((x) => figures(x.formula.zh)));
        expect(trace.steps.length, name).toBeLessThanOrEqual((b.steps ?? []).length + (ADDED_STEPS[c.id]?.(b.answer) ?? 0));
        expect(
          [...old].filter((x) => !en.has(x)),
          `${name} en: ${trace.steps.map((x) => x.formula.en).join(' | ')}`,
        ).toEqual([]);
        expect(
          [...old].filter((x) => !zh.has(x)),
          `${name} zh: ${trace.steps.map((x) => x.formula.zh).join(' | ')}`,
        ).toEqual([]);
      }
    });
  }
});
