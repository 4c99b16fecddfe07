import { type CatalogueEntry, calculatorCatalogue } from '../api-description';
import type { SearchCalculator } from '../explore/search';

/**
 * The calculators as search knows them: the catalogue asset's texts (titles, descriptions and readings are built
 * into assets, not into the Worker) with the table each one reads. One list per catalogue read, so the search
 * index built from it is kept.
 */
const lists = new WeakMap<CatalogueEntry[], SearchCalculator[]>();

export function searchCalculatorsOf(catalogue: CatalogueEntry[]): SearchCalculator[] {
  let list = lists.get(catalogue);
  if (!list) {
    list = catalogue.map((e) => ({
      id: e.id,
      title: e.title,
      description: e.description,
      readings: e.readings ?? [],
      table: e.table,
    }));
    lists.set(catalogue, list);
  }
  return list;
}

/** The calculators of a deployment (503 problem when its catalogue asset is missing). */
export const searchCalculators = async (assets: Fetcher | undefined) => searchCalculatorsOf(await calculatorCatalogue(assets));
