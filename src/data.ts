import type { CompiledBundle, CompiledTable } from './tables/model';
import { lookupAnswerFile, lookupIndexFile, preparedLookups } from './tables/prepared';
import { BundleUnavailableError, type DataMeta, lazyServed, type SearchIndex, type ServedBundle, type TableIndex } from './tables/served';

/**
 * The whole data set compiled from tables/*.xlsx: a static asset (wrangler.toml [assets]), written by `npm run
 * tables:build` next to compiled/tables.json with the API Worker's files (meta, index, one per table; below). The
 * explorer Worker reads it on its first request; the API Worker only for search. Data is read from the ASSETS binding
 * rather than bundled into the scripts, which stay small (BENCHMARKS.md › Footprint); each `wrangler deploy` uploads a
 * script with its assets. The paths are not routed publicly (the Worker runs first and never forwards them); the same
 * data is public through /v1/tables.
 */
export const BUNDLE_ASSET_PATH = '/_data/tables.json';

/** The URL to ask the ASSETS binding for a file of compiled/public (only the path is read; the host is never contacted). */
export const assetUrl = (path: string) => `https://assets.invalid${path}`;

/** Thrown when the deployment has no readable data asset (a deployment fault, answered 503). */
export { BundleUnavailableError };

/** A data asset as the ASSETS binding answers it; a rejected fetch is a deployment fault (BundleUnavailableError). */
async function fetchAsset(assets: Fetcher, path: string): Promise<Response> {
  try {
    return await assets.fetch(new Request(assetUrl(path)));
  } catch (e) {
    throw new BundleUnavailableError(`${path} could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A data asset's JSON; a deployment fault (no binding, a missing file, not JSON) is a BundleUnavailableError. */
async function readJson(assets: Fetcher | undefined, path: string): Promise<unknown> {
  if (!assets) throw new BundleUnavailableError('the ASSETS binding is missing (wrangler.toml [assets])');
  const res = await fetchAsset(assets, path);
  if (!res.ok) throw new BundleUnavailableError(`${path} answered ${res.status}; run npm run tables:build before deploying`);
  try {
    return await res.json();
  } catch {
    throw new BundleUnavailableError(`${path} is not JSON`);
  }
}

export async function loadBundle(assets: Fetcher | undefined): Promise<CompiledBundle> {
  const bundle = (await readJson(assets, BUNDLE_ASSET_PATH)) as CompiledBundle;
  if (
    !bundle ||
    typeof bundle !== 'object' ||
    typeof bundle.hash !== 'string' ||
    !bundle.tables ||
    typeof bundle.tables !== 'object' ||
    Array.isArray(bundle.tables)
  ) {
    throw new BundleUnavailableError(`${BUNDLE_ASSET_PATH} is not a compiled bundle`);
  }
  return bundle;
}

/** The data must hold every table a calculator reads: an app over data that lacks one is not served. */
export function checkBundle(bundle: CompiledBundle | ServedBundle, tableIds: readonly string[]): void {
  const have = new Set('ids' in bundle ? bundle.ids : Object.keys(bundle.tables));
  const missing = [...new Set(tableIds)].filter((id) => !have.has(id));
  if (missing.length)
    throw new BundleUnavailableError(`${BUNDLE_ASSET_PATH} lacks the table(s) ${missing.join(', ')} that calculators read`);
}

/** The data set's meta (src/tables/served.ts): its version, hash and table ids, read on an isolate's first request. */
export const DATA_META_ASSET_PATH = '/_data/meta.json';
/** The prebuilt index of the data set: every table's summary, read when a route lists the tables. */
export const TABLE_INDEX_ASSET_PATH = '/_data/index.json';
/** The prebuilt search index (src/tables/served.ts SearchIndex), read on an isolate's first search. */
export const SEARCH_INDEX_ASSET_PATH = '/_data/search.json';
/** One compiled table, as the API Worker reads it when a request first needs it. */
export const tableAssetPath = (id: string) => `/_data/tables/${encodeURIComponent(id)}.json`;

export async function loadMeta(assets: Fetcher | undefined): Promise<DataMeta> {
  const meta = (await readJson(assets, DATA_META_ASSET_PATH)) as DataMeta;
  if (!meta || typeof meta !== 'object' || typeof meta.hash !== 'string' || !Array.isArray(meta.ids))
    throw new BundleUnavailableError(`${DATA_META_ASSET_PATH} is not the data's meta`);
  return meta;
}

export async function loadIndex(assets: Fetcher | undefined): Promise<TableIndex> {
  const index = (await readJson(assets, TABLE_INDEX_ASSET_PATH)) as TableIndex;
  if (!index || typeof index !== 'object' || typeof index.hash !== 'string' || !index.tables || typeof index.tables !== 'object')
    throw new BundleUnavailableError(`${TABLE_INDEX_ASSET_PATH} is not a table index`);
  return index;
}

export async function loadSearchIndex(assets: Fetcher | undefined): Promise<SearchIndex> {
  const index = (await readJson(assets, SEARCH_INDEX_ASSET_PATH)) as SearchIndex;
  // every entry a list of texts: a search tests each of them (src/explore/search.ts tablesToSearch)
  const texts = index && typeof index === 'object' && index.tables && typeof index.tables === 'object' ? Object.values(index.tables) : [];
  if (
    index?.format !== 1 ||
    typeof index.hash !== 'string' ||
    !texts.length ||
    !texts.every((t) => Array.isArray(t) && t.every((x) => typeof x === 'string'))
  )
    throw new BundleUnavailableError(`${SEARCH_INDEX_ASSET_PATH} is not a search index`);
  return index;
}

export async function loadTable(assets: Fetcher | undefined, id: string): Promise<CompiledTable> {
  const table = (await readJson(assets, tableAssetPath(id))) as CompiledTable;
  if (!table || typeof table !== 'object' || table.id !== id || !Array.isArray(table.parameters))
    throw new BundleUnavailableError(`${tableAssetPath(id)} is not the compiled table ${id}`);
  return table;
}

/** A table's prepared whole-table lookups (src/tables/prepared.ts): its periods, read on the first lookup of the table. */
export const lookupIndexAssetPath = (id: string) => `/_data/${lookupIndexFile(id)}`;
/** The prepared answer of a table on the days of one period (named by its first day) in one language. */
export const lookupAnswerAssetPath = (id: string, from: string, lang: string) => `/_data/${lookupAnswerFile(id, from, lang)}`;

/** An asset's bytes, or undefined when there is no such file; a failed read throws. */
async function readOptional(assets: Fetcher, path: string): Promise<Uint8Array | undefined> {
  const res = await fetchAsset(assets, path);
  if (res.status === 404) return undefined;
  if (!res.ok) throw new BundleUnavailableError(`${path} answered ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The data set read table by table from the ASSETS binding (the API Worker), with its prepared lookups. */
export async function loadServed(assets: Fetcher | undefined): Promise<ServedBundle> {
  const meta = await loadMeta(assets);
  const prepared =
    assets &&
    preparedLookups(meta, {
      index: async (id) => {
        const bytes = await readOptional(assets, lookupIndexAssetPath(id));
        return bytes && JSON.parse(new TextDecoder().decode(bytes));
      },
      text: (id, from, lang) => readOptional(assets, lookupAnswerAssetPath(id, from, lang)),
    });
  return lazyServed(
    meta,
    {
      table: (id) => loadTable(assets, id),
      summaries: () => loadIndex(assets),
      all: () => loadBundle(assets),
      search: () => loadSearchIndex(assets),
    },
    prepared,
  );
}
