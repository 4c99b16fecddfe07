import { problem, ProblemError } from './http/problem';
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
  title: Localized;
  description: Localized;
  input: unknown;
  output: unknown;
  examples: Record<string, { summary: string; value: unknown }>;
}

// Read once per isolate and ASSETS binding (the files never change while it lives); a failed read is not kept.
const texts = new WeakMap<Fetcher, Map<string, Promise<string>>>();
const catalogues = new WeakMap<Fetcher, Promise<CatalogueEntry[]>>();

const unavailable = (why: string) =>
  new ProblemError(problem('service-unavailable', `The API description is not available in this deployment (${why}); npm run build writes it.`));

/** The text of an API-description asset; 503 problem when the deployment lacks it. */
export function apiAssetText(assets: Fetcher | undefined, path: string): Promise<string> {
  if (!assets) return Promise.reject(unavailable('the ASSETS binding is missing'));
  let byPath = texts.get(assets);
  if (!byPath) texts.set(assets, (byPath = new Map()));
  let text = byPath.get(path);
  if (!text) {
    text = assets
      .fetch(new Request(`https://assets.invalid${path}`))
      .then(async (res) => {
        if (!res.ok) throw unavailable(`${path} answered ${res.status}`);
        return res.text();
      })
      // a binding that fails (rejects, or breaks off the body) is the deployment's fault too: 503, not 500
      .catch((e: unknown) => {
        throw e instanceof ProblemError ? e : unavailable(`reading ${path} failed: ${e instanceof Error ? e.message : String(e)}`);
      });
    const cache = byPath;
    cache.set(path, text);
    text.catch(() => cache.delete(path));
  }
  return text;
}

/** The calculator catalogue, parsed once; 503 problem when it is missing or not a list. */
export function calculatorCatalogue(assets: Fetcher | undefined): Promise<CatalogueEntry[]> {
  const cached = assets && catalogues.get(assets);
  if (cached) return cached;
  const parsed = apiAssetText(assets, CATALOGUE_ASSET_PATH).then((text) => {
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch {
      throw unavailable(`${CATALOGUE_ASSET_PATH} is not JSON`);
    }
    if (!Array.isArray(list)) throw unavailable(`${CATALOGUE_ASSET_PATH} is not a list`);
    return list as CatalogueEntry[];
  });
  if (assets) {
    catalogues.set(assets, parsed);
    parsed.catch(() => catalogues.delete(assets));
  }
  return parsed;
}
