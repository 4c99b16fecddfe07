import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import type { CompiledTable } from '../tables/model';
import { dayAfter } from './dates';

/**
 * What an answer tells its reader it rests on, in plain words: the one way an answer says so (a lookup's or a
 * calculator's `notices[]`). Each has a stable `code` and a sentence in each language.
 * - after-verified-through: a date after the one the table's values were checked through (its workbook's
 *   `verified_through`): the values are carried forward from the latest source in force on that date.
 * - effective-date-reading: a date in the window of an in-force date the text leaves open (the sources sheet's
 *   reading): the answer would differ if the date were read otherwise.
 * Calculators add their own (an alternative reading of the text, say) through `ctx.notices`.
 */
export interface Notice {
  code: string;
  zh: string;
  en: string;
}

export const noticeSchema =
  DOCUMENTED &&
  z
    .object({
      code: z.string().openapi(DOCUMENTED && { example: 'after-verified-through' }),
      zh: z.string(),
      en: z.string(),
    })
    .openapi('Notice', DOCUMENTED && { description: 'Something the answer rests on that its reader should know, in Chinese and English' });

/** The notices of one answer, each once. */
export class Notices {
  readonly list: Notice[] = [];
  add(n: Notice): void {
    if (!this.list.some((x) => x.code === n.code && x.en === n.en)) this.list.push(n);
  }
}

type Source = CompiledTable['sources'][number];
const laterSource = (a: Source | undefined, s: Source) =>
  !a ||
  (s.effective ?? s.issued ?? '') > (a.effective ?? a.issued ?? '') ||
  ((s.effective ?? '') === (a.effective ?? '') && (s.issued ?? '') > (a.issued ?? ''))
    ? s
    : a;
/** The source the values of `date` are carried forward from: the latest in force on that date (a later one not yet in force is not it). */
const sourceInForce = (t: CompiledTable, date: string) =>
  t.sources.filter((s) => (s.effective ?? s.issued ?? '') <= date).reduce<Source | undefined>(laterSource, undefined);

/**
 * The notices of answering from `table` on `dates` (the dates the answer rests on), given the documents whose
 * values it used (all of the table's when omitted).
 */
export function coverageNotices(table: CompiledTable, dates: Iterable<string>, documents?: ReadonlySet<string>): Notice[] {
  const out: Notice[] = [];
  const all = [...dates].sort();
  const last = all.at(-1);
  if (last !== undefined && last > table.verifiedThrough) {
    const src = sourceInForce(table, last);
    const from = src ? `本站收录的最新文件（${src.number}）` : '本站收录的最新文件';
    const fromEn = src ? `the latest document collected here (${src.number})` : 'the latest document collected here';
    out.push({
      code: 'after-verified-through',
      zh: `「${table.title.zh}」的数值已与公开文件核对至 ${table.verifiedThrough}。${last} 沿用${from}中的数值；如果此后有新文件作了调整，结果可能不同。`,
      en: `The values of “${table.title.en}” were checked against published documents up to ${table.verifiedThrough}. For ${last} they are carried forward from ${fromEn}; if a later document changed them, the result may differ.`,
    });
  }
  for (const s of table.sources) {
    const r = s.effectiveReading;
    if (!r || (documents && !documents.has(s.number))) continue;
    const hit = all.find((d) => r.earliest <= d && d <= r.latest);
    if (!hit) continue;
    out.push({
      code: 'effective-date-reading',
      zh: `${s.number}的施行日期：${r.note.zh}这里按 ${s.effective} 起施行计算；${hit} 在 ${r.earliest} 至 ${r.latest} 之间，按其他理解结果可能不同。`,
      en: `The in-force date of ${s.number}: ${r.note.en} This data set reads it as ${s.effective}; ${hit} falls between ${r.earliest} and ${r.latest}, where another reading could give another answer.`,
    });
  }
  return out;
}

/**
 * The days from which `coverageNotices(table, [date])` may read differently from the day before, beside the date
 * it names: the day after `verifiedThrough` (after-verified-through starts), each source's in-force date (the source
 * that notice names), the first day of each effective-date reading and the day after its last. A condition added to
 * coverageNotices adds its days here: the prepared lookups (scripts/lib/prepared-lookups.ts) are made once per period
 * between such days, and the build checks each period's answer on its first and last day.
 */
export function noticeDates(table: CompiledTable): string[] {
  const out: string[] = [];
  const push = (d: string | null) => {
    if (d) out.push(d);
  };
  push(dayAfter(table.verifiedThrough));
  for (const s of table.sources) {
    push(s.effective ?? s.issued);
    if (s.effectiveReading) {
      push(s.effectiveReading.earliest);
      push(dayAfter(s.effectiveReading.latest));
    }
  }
  return out;
}
