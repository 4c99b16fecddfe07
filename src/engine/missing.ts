import { z } from '@hono/zod-openapi';
import { problem, ProblemError, type Problem } from '../http/problem';

/**
 * Collecting every parameter a request needs that the workbook does not give, so one 422 answer can name
 * them all (Params throws at the first). Each entry says which key (or scale sheet and case), on which
 * date, and why: not-published (the cell is empty: the source does not publish it) or not-in-force (no
 * row covers the date).
 */
export interface Missing {
  reason: 'not-published' | 'not-in-force';
  table: string;
  key: string;
  case?: Record<string, string>;
  date: string;
  note: string | null;
  citation: string | null;
  detail: string;
}

export class MissingCollector {
  readonly items: Missing[] = [];

  /** Runs `read`; a not-published / not-in-force ProblemError is recorded (once per key, case and reason) and gives undefined. */
  get<T>(read: () => T, context: { date: string; case?: Record<string, string> }): T | undefined {
    try {
      return read();
    } catch (e) {
      const m = asMissing(e, context);
      if (!m) throw e;
      const id = (x: Missing) => JSON.stringify([x.key, x.case ?? null, x.reason]);
      if (!this.items.some((x) => id(x) === id(m))) this.items.push(m);
      return undefined;
    }
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  /** Throws one 422 problem naming every missing item (`parameter` = the first), with `extra` members. */
  throwIfAny(what: string, extra: Record<string, unknown> = {}): void {
    if (this.empty) return;
    throw missingProblem(this.items, what, extra);
  }
}

export function asMissing(e: unknown, context: { date: string; case?: Record<string, string> }): Missing | undefined {
  if (!(e instanceof ProblemError)) return undefined;
  const p = e.problem as Problem & { parameter?: { table: string; key: string; note: string | null; citation: string | null } };
  const reason = p.type === '/problems/not-published' ? 'not-published' : p.type === '/problems/not-in-force' ? 'not-in-force' : undefined;
  if (!reason || !p.parameter) return undefined;
  return {
    reason,
    table: p.parameter.table,
    key: p.parameter.key,
    ...(context.case ? { case: context.case } : {}),
    date: context.date,
    note: p.parameter.note,
    citation: p.parameter.citation,
    detail: p.detail,
  };
}

/**
 * The note and citation of a not-published problem, or undefined for any other error (the caller rethrows).
 * Answers that show an unpublished text as null, instead of refusing with 422, read the problem here so they
 * agree with asMissing on the problem type; unlike asMissing they do not need the parameter record (its note and
 * citation are null when the problem carries none).
 */
export function unpublishedOf(e: unknown): { note: string | null; citation: string | null } | undefined {
  if (!(e instanceof ProblemError)) return undefined;
  const p = e.problem as Problem & { parameter?: { note: string | null; citation: string | null } };
  if (p.type !== '/problems/not-published') return undefined;
  return { note: p.parameter?.note ?? null, citation: p.parameter?.citation ?? null };
}

export function missingProblem(items: Missing[], what: string, extra: Record<string, unknown> = {}): ProblemError {
  const first = items[0]!;
  const type = items.some((x) => x.reason === 'not-published') ? 'not-published' : 'not-in-force';
  const list = items.map((x) => `${x.key}${x.case ? ` ${JSON.stringify(x.case)}` : ''} (${x.reason} on ${x.date})`).join('; ');
  return new ProblemError(
    problem(type, `${what} needs values the workbook does not give: ${list}. See missing[] for each note and citation.`, {
      parameter: { table: first.table, key: first.key, note: first.note, citation: first.citation },
      missing: items,
      ...extra,
    }),
  );
}

/** A Missing entry in a response or problem body (OpenAPI). */
export const missingSchema = z
  .object({
    reason: z.enum(['not-published', 'not-in-force']),
    table: z.string(),
    key: z.string().openapi({ description: 'parameter key, or sheet (not-in-force) / sheet.column (not-published) of a scale' }),
    case: z.record(z.string(), z.string()).optional().openapi({ description: 'the scale case looked up' }),
    date: z.string(),
    note: z.string().nullable(),
    citation: z.string().nullable(),
    detail: z.string(),
  })
  .openapi('MissingParameter');
