import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { calculatorEntries } from '../policy/registry';
import type { ServedBundle } from '../tables/served';

const calculatorTables = new Map(calculatorEntries.map((e) => [e.id, e.table]));

/** A path segment decoded, or null when it is not valid percent-encoding (the route answers that request). */
const segment = (raw: string): string | null => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
};

/**
 * The tables a request reads, from its path: a table's routes read that table, a calculator (and its batch) the table
 * of its rules; the lists, the catalogue and the version read the summaries only. Search reads the tables that can hold
 * a hit of its query, which its route finds in the search index (src/routes/search.ts).
 */
export function tablesNeeded(path: string): string[] {
  const table = /^\/v1\/tables\/([^/]+)(?:\/|$)/.exec(path);
  if (table) {
    const id = segment(table[1]!);
    return id === null ? [] : [id];
  }
  const calc = /^\/v1\/calculators\/([^/]+)(?:\/batch)?\/?$/.exec(path);
  if (calc) {
    const id = calculatorTables.get(segment(calc[1]!) ?? '');
    return id ? [id] : [];
  }
  return [];
}

/** The routes that show every table's summary: the list of tables, the calculator catalogue, the health check. */
export const listsTables = (path: string) => /^\/(v1\/tables|v1\/calculators|healthz)\/?$/.test(path);

/** Reads the tables a request needs before its route runs (src/tables/served.ts); a whole bundle has them all. */
export const ensureTables =
  (bundle: ServedBundle): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const ids = tablesNeeded(c.req.path);
    if (ids.length) await bundle.ensure(ids);
    if (listsTables(c.req.path)) await bundle.ensureSummaries();
    await next();
  };
