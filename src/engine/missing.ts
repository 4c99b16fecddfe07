import { z } from '@hono/zod-openapi';
import { type Localized, publicNoteSchema } from '../tables/model';
import { EngineError } from './errors';

/**
 * A value a request needs that the workbook does not give: which key (or scale sheet and case), on which date,
 * and why — not-published (the cell is empty: the source does not publish it) or not-in-force (no row covers the
 * date). Params records these in a MissingCollector instead of throwing, so one answer can name them all.
 */
export interface Missing {
  reason: 'not-published' | 'not-in-force';
  table: string;
  key: string;
  case?: Record<string, string>;
  date: string;
  /** the workbook's public note of the row (why the value is not published) */
  note: Localized | null;
  citation: string | null;
  detail: string;
}

/** The Chinese sentence of a missing value (its `detail` is the English one). */
export function missingZh(m: Missing): string {
  const c = m.case
    ? `（${Object.entries(m.case)
        .map(([k, v]) => `${k} = ${v}`)
        .join('，')}）`
    : '';
  return m.reason === 'not-published'
    ? `${m.table} 的 ${m.key}${c} 原文未公布${m.note ? `：${m.note.zh}` : '。'}`
    : `${m.table} 的 ${m.key}${c} 在 ${m.date} 没有有效的值。`;
}

const idOf = (x: Missing) => JSON.stringify([x.key, x.case ?? null, x.reason]);

export class MissingCollector {
  readonly items: Missing[] = [];

  /** Records a missing value, once per key, case and reason. */
  add(m: Missing): void {
    const id = idOf(m);
    if (!this.items.some((x) => idOf(x) === id)) this.items.push(m);
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  /** Throws one error naming every missing item (`parameter` = the first), with `extra` members for the answer; `what` names the calculation ("计算补贴" / "The subsidy"). */
  throwIfAny(what: Localized, extra: Record<string, unknown> = {}): void {
    if (this.empty) return;
    throw missingError(this.items, what, extra);
  }
}

export function missingError(items: Missing[], what: Localized, extra: Record<string, unknown> = {}): EngineError {
  const first = items[0]!;
  const kind = items.some((x) => x.reason === 'not-published') ? 'not-published' : 'not-in-force';
  const list = items.map((x) => `${x.key}${x.case ? ` ${JSON.stringify(x.case)}` : ''} (${x.reason} on ${x.date})`).join('; ');
  const zhList = items.map((x) => `${x.key}（${x.reason === 'not-published' ? '原文未公布' : `${x.date} 无有效值`}）`).join('；');
  return new EngineError(
    kind,
    {
      zh: `${what.zh}需要的数值在数据表中没有：${zhList}。各项的说明和出处见 missing[]。`,
      en: `${what.en} needs values the workbook does not give: ${list}. See missing[] for each note and citation.`,
    },
    { parameter: { table: first.table, key: first.key, note: first.note, citation: first.citation }, missing: items, ...extra },
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
    note: publicNoteSchema,
    citation: z.string().nullable(),
    detail: z.string(),
  })
  .openapi('MissingParameter');
