import type { CompiledBundle } from './tables/model';

/**
 * Where the Worker finds the bundle compiled from tables/*.xlsx: a static asset (wrangler.toml [assets]),
 * written by `npm run tables:build` next to compiled/tables.json. The data is read from the ASSETS
 * binding on an isolate's first request rather than bundled into the script: the script stays small
 * (BENCHMARKS.md › Footprint); `wrangler deploy` uploads script and assets as one deployment, so code and data
 * still change together. The path is not routed publicly
 * (the Worker runs first and never forwards it); the same data is public through /v1/tables.
 */
export const BUNDLE_ASSET_PATH = '/_data/tables.json';

/** The URL to ask the ASSETS binding for a file of compiled/public (only the path is read; the host is never contacted). */
export const assetUrl = (path: string) => `https://assets.invalid${path}`;

/** Thrown when the deployment has no readable bundle asset (a deployment fault, answered 503). */
export class BundleUnavailableError extends Error {}

export async function loadBundle(assets: Fetcher | undefined): Promise<CompiledBundle> {
  if (!assets) throw new BundleUnavailableError('the ASSETS binding is missing (wrangler.toml [assets])');
  const res = await assets.fetch(new Request(assetUrl(BUNDLE_ASSET_PATH)));
  if (!res.ok) throw new BundleUnavailableError(`${BUNDLE_ASSET_PATH} answered ${res.status}; run npm run tables:build before deploying`);
  let bundle: CompiledBundle;
  try {
    bundle = (await res.json()) as CompiledBundle;
  } catch {
    throw new BundleUnavailableError(`${BUNDLE_ASSET_PATH} is not JSON`);
  }
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

/** The bundle must hold every table a calculator reads: an app over a bundle that lacks one is not served. */
export function checkBundle(bundle: CompiledBundle, tableIds: readonly string[]): void {
  const missing = [...new Set(tableIds)].filter((id) => !Object.hasOwn(bundle.tables, id));
  if (missing.length)
    throw new BundleUnavailableError(`${BUNDLE_ASSET_PATH} lacks the table(s) ${missing.join(', ')} that calculators read`);
}
