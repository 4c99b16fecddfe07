import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import { type Localized, localizedSchema, publicNoteSchema } from '../tables/model';
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
  /** the English sentence for developers (keys, cases) */
  detail: string;
  /** the sentence for people, in each language (no keys, no codes) */
  text: Localized;
}

/**
 * The sentence of a missing value for people: `label` names the value, `table` the data set; a date before the
 * table's data starts says so.
 */
export function missingSentence(
  reason: Missing['reason'],
  date: string,
  label: Localized,
  table: { title: Localized; from: string },
): Localized {
  if (reason === 'not-published')
    return { zh: `原文未公布“${label.zh}”，无法据此计算。`, en: `The source does not publish the ${label.en}, so it cannot be used.` };
  if (date < table.from)
    return {
      zh: `${table.title.zh}的数值自 ${table.from} 起；${date} 早于此，没有可用的“${label.zh}”。`,
      en: `The values of ${table.title.en} start on ${table.from}; there is no ${label.en} for ${date}, which is earlier.`,
    };
  return { zh: `${table.title.zh}在 ${date} 没有有效的“${label.zh}”。`, en: `${table.title.en} has no ${label.en} in force on ${date}.` };
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
  if (items.length === 1) {
    return new EngineError(
      kind,
      { zh: `${what.zh}：${first.text.zh}`, en: `${what.en}: ${first.text.en}` },
      { parameter: { table: first.table, key: first.key, note: first.note, citation: first.citation }, missing: items, ...extra },
    );
  }
  const list = items.map((x) => x.text.en).join(' ');
  const zhList = items.map((x) => x.text.zh).join('');
  return new EngineError(
    kind,
    {
      zh: `${what.zh}所需的数值不全：${zhList}`,
      en: `${what.en} needs values the data does not give. ${list}`,
    },
    { parameter: { table: first.table, key: first.key, note: first.note, citation: first.citation }, missing: items, ...extra },
  );
}

/** A Missing entry in a response or problem body (OpenAPI). */
export const missingSchema =
  DOCUMENTED &&
  z
    .object({
      reason: z.enum(['not-published', 'not-in-force']),
      table: z.string(),
      key: z
        .string()
        .openapi(DOCUMENTED && { description: 'parameter key, or sheet (not-in-force) / sheet.column (not-published) of a scale' }),
      case: z
        .record(z.string(), z.string())
        .optional()
        .openapi(DOCUMENTED && { description: 'the scale case looked up' }),
      date: z.string(),
      note: publicNoteSchema,
      citation: z.string().nullable(),
      detail: z.string().openapi(DOCUMENTED && { description: 'for developers: the key and case in English' }),
      text: localizedSchema.openapi(DOCUMENTED && { description: 'for people: which value is missing and why' }),
    })
    .openapi('MissingParameter');
