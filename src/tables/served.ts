import type { CompiledBundle, CompiledTable } from './model';
import type { PreparedLookups } from './prepared';

/**
 * The compiled data as the API serves it: every table's summary, and the tables themselves as requests need them.
 * In a deployment (src/index.ts) each table is a static asset of its own, read the first time a request of the
 * isolate needs it (`ensure`), so a request's cost does not grow with the number of tables: what every request reads
 * is the data's meta (_data/meta.json: hash, version, table ids); routes that list every table read the summaries
 * (the prebuilt index, _data/index.json, `ensureSummaries`). Node and the tests serve a whole bundle.
 */

/** A table without its values: what the lists of tables, the version route and the calculator catalogue show. */
export type TableSummary = Omit<CompiledTable, 'parameters' | 'scales' | 'changelog'> & { parameterCount: number; scaleCount: number };

/** The prebuilt index of a data set (`npm run tables:build` writes it beside the tables). */
export interface TableIndex {
  format: CompiledBundle['format'];
  packageVersion: string;
  hash: string;
  tables: Record<string, TableSummary>;
}

/**
 * The prebuilt search index of a data set (`npm run tables:build` writes it beside the tables): per table, the
 * normalised texts its items are found by (src/explore/search.ts searchTexts), so a search reads only the tables that
 * can hold a hit.
 */
export interface SearchIndex {
  format: 1;
  hash: string;
  tables: Record<string, string[]>;
}

/** What every request of the API needs of the data: its version, hash and table ids (a few bytes a table). */
export interface DataMeta {
  format: CompiledBundle['format'];
  packageVersion: string;
  hash: string;
  ids: string[];
}

export interface ServedBundle extends CompiledBundle {
  /** every table id of the data set, in the bundle's order */
  readonly ids: readonly string[];
  /** every table, summarised (in the bundle's order), once `ensureSummaries` has run */
  readonly summaries: Record<string, TableSummary>;
  /** Makes `tables[id]` present for each of `ids` the data set has (unknown ids are left for the route's 404). */
  ensure(ids: readonly string[]): Promise<void>;
  /** Makes `summaries` present (the lists of tables, the catalogue, the version route). */
  ensureSummaries(): Promise<void>;
  /** The search index's texts per table, read once; null without one (a whole bundle: every table is at hand). */
  searchIndex(): Promise<SearchIndex['tables'] | null>;
  /** The whole-table lookups the build prepared (src/tables/prepared.ts), when served from a deployment's assets. */
  readonly prepared?: PreparedLookups;
}

/** The deployment's data cannot be read (a missing or malformed asset): answered 503, and the next request reads again. */
export class BundleUnavailableError extends Error {}

export function summaryOf(table: CompiledTable): TableSummary {
  const { parameters, scales, changelog: _changelog, ...rest } = table;
  return { ...rest, parameterCount: parameters.length, scaleCount: scales.length };
}

export function metaOf(bundle: CompiledBundle): DataMeta {
  return { format: bundle.format, packageVersion: bundle.packageVersion, hash: bundle.hash, ids: Object.keys(bundle.tables) };
}

export function indexOf(bundle: CompiledBundle): TableIndex {
  return {
    format: bundle.format,
    packageVersion: bundle.packageVersion,
    hash: bundle.hash,
    tables: Object.fromEntries(Object.values(bundle.tables).map((t) => [t.id, summaryOf(t)])),
  };
}

const isServed = (bundle: CompiledBundle): bundle is ServedBundle => 'ensure' in bundle && 'summaries' in bundle;

/** A whole bundle, served as it is (Node, the tests, the explorer Worker): every table is present. */
export function servedOf(bundle: CompiledBundle): ServedBundle {
  if (isServed(bundle)) return bundle;
  return {
    ...bundle,
    ids: Object.keys(bundle.tables),
    summaries: indexOf(bundle).tables,
    ensure: async () => undefined,
    ensureSummaries: async () => undefined,
    searchIndex: async () => null,
  };
}

/**
 * A data set read table by table: `load(id)` once per table and isolate (requests that need the same table wait for
 * the same read; a failed read is not kept, so the next request tries again). A request that needs most tables
 * (search) reads them in one go with `loadAll`, when given: one read of the whole data set rather than one per table.
 */
export function lazyServed(
  meta: DataMeta,
  source: {
    table: (id: string) => Promise<CompiledTable>;
    summaries: () => Promise<TableIndex>;
    all?: () => Promise<CompiledBundle>;
    /** the search index; without it a search reads every table */
    search?: () => Promise<SearchIndex>;
  },
  prepared?: PreparedLookups,
): ServedBundle {
  const load = source.table;
  const loadAll = source.all;
  const known = new Set(meta.ids);
  const tables: Record<string, CompiledTable> = {};
  let summaries: Record<string, TableSummary> | undefined;
  let readingSummaries: Promise<void> | undefined;
  let readingSearch: Promise<SearchIndex['tables']> | undefined;
  const reading = new Map<string, Promise<void>>();
  let all: Promise<CompiledBundle> | undefined;
  const read = (id: string) => {
    let r = reading.get(id);
    if (!r) {
      r = (all ? all.then((b) => b.tables[id]) : load(id)).then(
        (t) => {
          if (t?.id !== id) throw new BundleUnavailableError(`the data read for table ${id} does not hold it`);
          tables[id] = t;
        },
        (e) => {
          reading.delete(id);
          throw e;
        },
      );
      reading.set(id, r);
    }
    return r;
  };
  return {
    format: meta.format,
    packageVersion: meta.packageVersion,
    hash: meta.hash,
    ids: meta.ids,
    tables,
    prepared,
    get summaries() {
      if (!summaries) throw new Error('the table summaries were not read (ensureSummaries) before a route listed them');
      return summaries;
    },
    ensureSummaries: async () => {
      if (summaries) return;
      readingSummaries ??= source
        .summaries()
        .then((index) => {
          if (index.hash !== meta.hash) throw new BundleUnavailableError(`the table index is of data ${index.hash}, not ${meta.hash}`);
          summaries = index.tables;
        })
        .catch((e) => {
          // a failed or foreign read is not kept: the next request reads again
          readingSummaries = undefined;
          throw e;
        });
      await readingSummaries;
    },
    searchIndex: async () => {
      const read = source.search;
      if (!read) return null;
      readingSearch ??= read()
        .then((index) => {
          if (index.hash !== meta.hash) throw new BundleUnavailableError(`the search index is of data ${index.hash}, not ${meta.hash}`);
          return index.tables;
        })
        .catch((e) => {
          readingSearch = undefined;
          throw e;
        });
      return readingSearch;
    },
    ensure: async (ids) => {
      const missing = ids.filter((id) => known.has(id) && !tables[id] && !reading.has(id));
      if (loadAll && !all && missing.length > meta.ids.length / 2) {
        all = loadAll().then((b) => {
          if (b.hash !== meta.hash) throw new BundleUnavailableError(`the whole data set is of data ${b.hash}, not ${meta.hash}`);
          return b;
        });
        all.catch(() => {
          all = undefined;
        });
      }
      await Promise.all(ids.filter((id) => known.has(id) && !tables[id]).map(read));
      // the tables in the data set's order, whatever order the reads ended in (search enumerates them)
      for (const id of meta.ids) {
        const t = tables[id];
        if (t) {
          delete tables[id];
          tables[id] = t;
        }
      }
    },
  };
}
