/**
 * Prepared whole-table lookups (issue 21). The answer of `GET /v1/tables/{id}?date=` is the same on every day of a
 * period of its table (the days between two on which a value, a row or a notice starts or ends) but for the date it
 * names, so `npm run tables:build` writes it once per table × period × language (scripts/lib/prepared-lookups.ts,
 * with the route's own code) with DATE_SLOT where the date goes, and the API Worker answers from that text: the
 * table is not read, and no answer is parsed, serialised or hashed per request (src/http/prepared-lookup.ts).
 */

/** Where the date goes in a prepared answer (never in an answer itself: the build checks it). */
export const DATE_SLOT = '{{date}}';
/** The languages answers are prepared in (src/http/lang.ts Lang); an index names its own. */
export const PREPARED_LANGS = ['zh-CN', 'en'] as const;

/** The prepared lookups' files under the data assets' folder (`_data/`): written by the build, read by the API Worker. */
export const lookupIndexFile = (id: string) => `lookups/${encodeURIComponent(id)}.json`;
/** The folder of a table's prepared answers. */
export const lookupAnswersDir = (id: string) => `lookups/${encodeURIComponent(id)}`;
/** The answer of a table on the days of one period (named by its first day) in one language. */
export const lookupAnswerFile = (id: string, from: string, lang: string) => `${lookupAnswersDir(id)}/${from}.${lang}.json`;

export interface LookupPeriod {
  from: string;
  /** the period's last day; null: open-ended */
  to: string | null;
}

/** A table's prepared lookups: its periods, in order, from the first day of its coverage to the last. */
export interface LookupIndex {
  format: 1;
  /** the data's hash (its meta's, src/tables/served.ts): an index of other data is not used */
  hash: string;
  id: string;
  langs: string[];
  periods: LookupPeriod[];
}

export interface PreparedLookups {
  /**
   * The answer of table `id` on `date` (YYYY-MM-DD, checked by the caller) in `lang`, as text; undefined when it
   * is not prepared (an unknown table, a date its coverage lacks, an asset missing or unreadable): the route computes
   * it then.
   */
  answer(id: string, date: string, lang: string): Promise<string | undefined>;
}

/** How much prepared text an isolate keeps, in bytes of memory (the most recently used first). */
export const PREPARED_CACHE_BYTES = 8 * 1024 * 1024;

/** The text split at each DATE_SLOT, decoded once. */
function splitAtSlots(bytes: Uint8Array): string[] {
  return new TextDecoder().decode(bytes).split(DATE_SLOT);
}

/** The parts joined with the date between them: a string the runtime writes out as UTF-8 natively. */
const fill = (parts: readonly string[], date: string): string => parts.join(date);

/** What of the data's meta (src/tables/served.ts DataMeta) the prepared lookups read: its hash and table ids. */
interface Meta {
  hash: string;
  ids: readonly string[];
}

const isIndex = (x: unknown, meta: Meta, id: string): x is LookupIndex => {
  const i = x as LookupIndex | null;
  return (
    !!i &&
    typeof i === 'object' &&
    i.format === 1 &&
    i.hash === meta.hash &&
    i.id === id &&
    Array.isArray(i.langs) &&
    Array.isArray(i.periods) &&
    i.periods.length > 0
  );
};

/** The period of `periods` (in order, contiguous) that holds `date`, if any. */
export function periodOf(periods: readonly LookupPeriod[], date: string): LookupPeriod | undefined {
  let lo = 0;
  let hi = periods.length - 1;
  if (hi < 0 || date < periods[0]!.from) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (periods[mid]!.from <= date) lo = mid;
    else hi = mid - 1;
  }
  const p = periods[lo]!;
  return p.to === null || date <= p.to ? p : undefined;
}

/**
 * The prepared lookups of a data set, read as requests need them: a table's index once per isolate, each answer's
 * text once while it is among the most recently used (`cacheBytes`). `index(id)` and `text(...)` answer undefined when
 * the asset does not exist and throw when it cannot be read: an absent or foreign index is remembered (the table's
 * lookups are computed for the isolate's life), a failed read is not (the next request tries again).
 */
export function preparedLookups(
  meta: Meta,
  source: {
    index: (id: string) => Promise<unknown>;
    text: (id: string, from: string, lang: string) => Promise<Uint8Array | undefined>;
  },
  cacheBytes = PREPARED_CACHE_BYTES,
): PreparedLookups {
  const known = new Set(meta.ids);
  const indexes = new Map<string, Promise<LookupIndex | null>>();
  /** the answers' texts, split at their slots, least recently used first */
  const texts = new Map<string, Promise<string[] | null>>();
  const sizes = new Map<string, number>();
  let bytes = 0;

  const indexOf = (id: string) => {
    let r = indexes.get(id);
    if (!r) {
      r = source.index(id).then((x) => (isIndex(x, meta, id) ? x : null));
      r.catch(() => {
        if (indexes.get(id) === r) indexes.delete(id);
      });
      indexes.set(id, r);
    }
    return r;
  };

  const textOf = (id: string, from: string, lang: string) => {
    const key = `${id}\n${from}\n${lang}`;
    let r = texts.get(key);
    if (r) {
      // the most recently used last
      texts.delete(key);
      texts.set(key, r);
      return r;
    }
    r = source.text(id, from, lang).then((t) => {
      if (!t) return null;
      const parts = splitAtSlots(t);
      if (texts.get(key) === r) {
        // what the strings hold in memory: two bytes a character (the answers have Chinese text)
        const size = 2 * parts.reduce((n, p) => n + p.length, 0);
        sizes.set(key, size);
        bytes += size;
        for (const [k] of texts) {
          if (bytes <= cacheBytes) break;
          if (k === key) continue;
          texts.delete(k);
          bytes -= sizes.get(k) ?? 0;
          sizes.delete(k);
        }
      }
      return parts;
    });
    r.catch(() => {
      if (texts.get(key) === r) texts.delete(key);
    });
    texts.set(key, r);
    return r;
  };

  return {
    answer: async (id, date, lang) => {
      if (!known.has(id)) return undefined;
      try {
        const index = await indexOf(id);
        if (!index?.langs.includes(lang)) return undefined;
        const period = periodOf(index.periods, date);
        if (!period) return undefined;
        const parts = await textOf(id, period.from, lang);
        return parts ? fill(parts, date) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
