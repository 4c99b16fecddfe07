import type { CompiledBundle, CompiledTable } from './model';

/**
 * The compiled data as the API serves it: every table's summary, and the tables themselves as requests need them.
 * In a deployment (src/index.ts) each table is a static asset of its own, read the first time a request of the
 * isolate needs it (`ensure`), so a request's cost does not grow with the number of tables; routes that list every
 * table read the summaries (the prebuilt index, _data/index.json). Node and the tests serve a whole bundle.
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

export interface ServedBundle extends CompiledBundle {
  /** every table of the data set, summarised (in the bundle's order) */
  readonly summaries: Record<string, TableSummary>;
  /** Makes `tables[id]` present for each of `ids` the data set has (unknown ids are left for the route's 404). */
  ensure(ids: readonly string[]): Promise<void>;
}

export function summaryOf(table: CompiledTable): TableSummary {
  const { parameters, scales, changelog: _changelog, ...rest } = table;
  return { ...rest, parameterCount: parameters.length, scaleCount: scales.length };
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
  return { ...bundle, summaries: indexOf(bundle).tables, ensure: async () => undefined };
}

/**
 * A data set read table by table: `load(id)` once per table and isolate (requests that need the same table wait for
 * the same read; a failed read is not kept, so the next request tries again). A request that needs most tables
 * (search) reads them in one go with `loadAll`, when given: one read of the whole data set rather than one per table.
 */
export function lazyServed(
  index: TableIndex,
  load: (id: string) => Promise<CompiledTable>,
  loadAll?: () => Promise<CompiledBundle>,
): ServedBundle {
  const tables: Record<string, CompiledTable> = {};
  const reading = new Map<string, Promise<void>>();
  let all: Promise<CompiledBundle> | undefined;
  const read = (id: string) => {
    let r = reading.get(id);
    if (!r) {
      r = (all ? all.then((b) => b.tables[id]!) : load(id)).then(
        (t) => {
          if (t.id !== id) throw new Error(`the asset of table ${id} holds table ${t.id}`);
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
    format: index.format,
    packageVersion: index.packageVersion,
    hash: index.hash,
    tables,
    summaries: index.tables,
    ensure: async (ids) => {
      const missing = ids.filter((id) => Object.hasOwn(index.tables, id) && !tables[id] && !reading.has(id));
      if (loadAll && !all && missing.length > Object.keys(index.tables).length / 2) {
        all = loadAll();
        all.catch(() => {
          all = undefined;
        });
      }
      await Promise.all(ids.filter((id) => Object.hasOwn(index.tables, id) && !tables[id]).map(read));
      // the tables in the index's order, whatever order the reads ended in (lists and search enumerate them)
      for (const id of Object.keys(index.tables)) {
        const t = tables[id];
        if (t) {
          delete tables[id];
          tables[id] = t;
        }
      }
    },
  };
}
