import { z } from '@hono/zod-openapi';
import type { CompiledTable } from '../tables/model';

/**
 * What an answer tells its reader it rests on, in plain words: the one way an answer says so (a lookup's or a
 * calculator's `notices[]`). Each has a stable `code` and a sentence in each language.
 * - after-verified-through: a date after the one the table's values were checked through (its workbook's
 *   `verified_through`): the values are carried forward from the latest source in this data set.
 * - effective-date-reading: a date in the window of an in-force date the text leaves open (the sources sheet's
 *   reading): the answer would differ if the date were read otherwise.
 * Calculators add their own (an alternative reading of the text, say) through `ctx.notices`.
 */
export interface Notice {
  code: string;
  zh: string;
  en: string;
}

export const noticeSchema = z
  .object({
    code: z.string().openapi({ example: 'after-verified-through' }),
    zh: z.string(),
    en: z.string(),
  })
  .openapi('Notice', { description: 'Something the answer rests on that its reader should know, in Chinese and English' });

/** The notices of one answer, each once. */
export class Notices {
  readonly list: Notice[] = [];
  add(n: Notice): void {
    if (!this.list.some((x) => x.code === n.code && x.en === n.en)) this.list.push(n);
  }
}

const latestSource = (t: CompiledTable) =>
  t.sources.reduce<CompiledTable['sources'][number] | undefined>((a, s) => (!a || (s.issued ?? '') > (a.issued ?? '') ? s : a), undefined);

/**
 * The notices of answering from `table` on `dates` (the dates the answer rests on), given the documents whose
 * values it used (all of the table's when omitted).
 */
export function coverageNotices(table: CompiledTable, dates: Iterable<string>, documents?: ReadonlySet<string>): Notice[] {
  const out: Notice[] = [];
  const all = [...dates].sort();
  const last = all.at(-1);
  if (last !== undefined && last > table.verifiedThrough) {
    const src = latestSource(table);
    const latest = src ? `（本数据集中最新的来源：${src.number}）` : '';
    const latestEn = src ? ` (the latest source in this data set: ${src.number})` : '';
    out.push({
      code: 'after-verified-through',
      zh: `${table.title.zh}的数值已与公开文件核对至 ${table.verifiedThrough}${latest}。${last} 的数值沿用该来源，此后发布的文件可能已作调整。`,
      en: `The values of ${table.title.en} were checked against published documents up to ${table.verifiedThrough}${latestEn}. Those for ${last} are carried forward from it; documents published later may have changed them.`,
    });
  }
  for (const s of table.sources) {
    const r = s.effectiveReading;
    if (!r || (documents && !documents.has(s.number))) continue;
    const hit = all.find((d) => r.earliest <= d && d <= r.latest);
    if (!hit) continue;
    out.push({
      code: 'effective-date-reading',
      zh: `${s.number}的施行日期：${r.note.zh}本数据按 ${s.effective} 起施行计算；${hit} 在 ${r.earliest} 至 ${r.latest} 之间，按其他理解结果可能不同。`,
      en: `The in-force date of ${s.number}: ${r.note.en} This data set reads it as ${s.effective}; ${hit} falls between ${r.earliest} and ${r.latest}, where another reading could give another answer.`,
    });
  }
  return out;
}
