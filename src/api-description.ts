import { problem, ProblemError } from './http/problem';
import { assetUrl } from './data';
import type { Localized } from './tables/model';

/**
 * The API description — the OpenAPI document and the calculator catalogue (titles, descriptions,
 * examples, input and output JSON Schemas) — is generated at build time by `npm run assets:build`
 * (scripts/lib/api-description.ts) from the same zod schemas the Worker validates with, and served
 * from static assets. The Worker's bundle then carries neither the OpenAPI generator nor the JSON
 * Schema conversion nor the calculators' prose (BENCHMARKS.md › Footprint). Like the data asset
 * (src/data.ts), these paths are not public: /openapi.json, GET /v1/calculators and /widget/demo are.
 */
export const OPENAPI_ASSET_PATH = '/_api/openapi.json';
export const CATALOGUE_ASSET_PATH = '/_api/calculators.json';

/** One calculator in the catalogue asset; GET /v1/calculators adds the language pick and the data version. */
export interface CatalogueEntry {
  id: string;
  /** the table the calculator reads (so readers of the catalogue need not load the calculators) */
  table: string;
  title: Localized;
  description: Localized;
  input: Record<string, unknown>;
  output: Record<string, unknown>;
  examples: Record<string, { summary: string; value: unknown }>;
  /** who decides for real (the line under every answer) */
  disclaimer: Localized | null;
  /** the readings the calculator applies where the text leaves a question open */
  readings: { article: string; text: Localized }[];
}

// Read and decoded once per isolate, ASSETS binding and path (the files never change while it lives); a failed
// read is not kept, so the next request tries again.
const reads = new WeakMap<Fetcher, Map<string, Promise<unknown>>>();

const unavailable = (why: string) =>
  new ProblemError(
    problem('service-unavailable', {
      zh: '本部署暂时无法提供接口说明，请稍后再试。',
      en: `The API description is not available in this deployment (${why}); npm run build writes it.`,
    }),
  );

function readAsset<T>(assets: Fetcher | undefined, path: string, decode: (text: string) => T): Promise<T> {
  if (!assets) return Promise.reject(unavailable('the ASSETS binding is missing'));
  let byPath = reads.get(assets);
  if (!byPath) reads.set(assets, (byPath = new Map()));
  let value = byPath.get(path) as Promise<T> | undefined;
  if (!value) {
    value = assets
      .fetch(new Request(assetUrl(path)))
      .then(async (res) => {
        if (!res.ok) throw unavailable(`${path} answered ${res.status}`);
        return decode(await res.text());
      })
      // a binding that fails (rejects, or breaks off the body) is the deployment's fault too: 503, not 500
      .catch((e: unknown) => {
        throw e instanceof ProblemError ? e : unavailable(`reading ${path} failed: ${e instanceof Error ? e.message : String(e)}`);
      });
    const cache = byPath;
    cache.set(path, value);
    value.catch(() => cache.delete(path));
  }
  return value;
}

/** The text of an API-description asset; 503 problem when the deployment lacks it. */
export const apiAssetText = (assets: Fetcher | undefined, path: string): Promise<string> => readAsset(assets, path, (text) => text);

/** The calculator catalogue, parsed once; 503 problem when it is missing or not a list. */
export const calculatorCatalogue = (assets: Fetcher | undefined): Promise<CatalogueEntry[]> =>
  readAsset(assets, CATALOGUE_ASSET_PATH, (text) => {
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch {
      throw unavailable(`${CATALOGUE_ASSET_PATH} is not JSON`);
    }
    if (!Array.isArray(list)) throw unavailable(`${CATALOGUE_ASSET_PATH} is not a list`);
    return list as CatalogueEntry[];
  });
