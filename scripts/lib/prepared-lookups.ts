import { LAST_DAY } from '../../src/engine/dates';
import { tableOnDate, tableOnDatePeriods } from '../../src/routes/lookup-shapes';
import type { CompiledTable } from '../../src/tables/model';
import { DATE_SLOT, type LookupIndex, PREPARED_LANGS } from '../../src/tables/prepared';

type PreparedLang = (typeof PREPARED_LANGS)[number];

/** One prepared answer: the text of `GET /v1/tables/{id}?date=…&lang=…` on the days of the period from `from`. */
export interface PreparedAnswer {
  from: string;
  lang: PreparedLang;
  text: string;
}

/**
 * The answer's text with DATE_SLOT where the date goes, made with the route's own code (tableOnDate) on the first and
 * the last day of the period: where the two answers hold those dates is where the date goes, and they must be the
 * same everywhere else — else tableOnDatePeriods misses a day the answer changes on, and the build stops.
 */
export function preparedText(t: CompiledTable, period: { from: string; to: string | null }, lang: PreparedLang): string {
  const first = period.from;
  const last = period.to ?? LAST_DAY;
  const on = (date: string) => JSON.stringify(tableOnDate(t, date, lang));
  const a = on(first);
  const b = first === last ? a : on(last);
  if (a.includes(DATE_SLOT) || b.includes(DATE_SLOT))
    throw new Error(`${t.id}: its answer holds the text ${DATE_SLOT}, which marks the date in a prepared lookup`);
  let text = '';
  let at = 0;
  if (first !== last)
    for (let i = a.indexOf(first); i >= 0; i = a.indexOf(first, i + 1)) {
      if (i < at || !b.startsWith(last, i)) continue;
      text += a.slice(at, i) + DATE_SLOT;
      at = i + first.length;
    }
  text += a.slice(at);
  const parts = text.split(DATE_SLOT);
  if (parts.join(first) !== a || parts.join(last) !== b)
    throw new Error(
      `${t.id} (${lang}): the answers on ${first} and on ${last} differ in more than the date they name: tableOnDatePeriods (src/routes/lookup-shapes.ts) misses a day the answer changes on`,
    );
  return text;
}

/** A table's prepared lookups: its index and one answer per period and language. */
export function prepareTable(t: CompiledTable, dataHash: string): { index: LookupIndex; answers: PreparedAnswer[] } {
  const periods = tableOnDatePeriods(t);
  const langs = [...PREPARED_LANGS];
  return {
    index: { format: 1, hash: dataHash, id: t.id, langs, periods },
    answers: periods.flatMap((p) => langs.map((lang) => ({ from: p.from, lang, text: preparedText(t, p, lang) }))),
  };
}
