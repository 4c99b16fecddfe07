import type { App } from './app';
import type { Bindings } from './env';
import { checkBundle, loadServed } from './data';
import { type Built, lazyWorker } from './lazy-worker';

/**
 * The Worker entry. Reading the data's index (a static asset, src/data.ts) and building an app (its routes and their
 * schemas) cost milliseconds, so neither is done in the global scope (which runs at every isolate start, before any
 * request is known) but on the isolate's first request, once: the dynamic imports are bundled into the same script
 * and only evaluated then. Each request then goes to the app of its route group (src/route-groups.ts), built the first
 * time one of its requests comes: a table's lookups and each calculator have small apps of their own, everything else
 * the whole API. A request reads only what it needs: each table the first time a request needs it
 * (src/tables/served.ts), each calculator's rules the first time one is asked for (src/policy/registry.ts).
 * BENCHMARKS.md › Edge-native measures it.
 */
async function build(env: Bindings, first: Request): Promise<Built> {
  const served = loadServed(env.ASSETS);
  served.catch(() => undefined); // awaited below, after the imports: a failed read is the build's failure then
  const [{ routeGroups, preload }, { calculatorEntries }] = await Promise.all([import('./route-groups'), import('./policy/registry')]);
  // the first request's modules are evaluated while the meta is read (its failure is the build's: awaited below)
  const [bundle] = await Promise.all([served, preload(first, calculatorEntries)]);
  checkBundle(
    bundle,
    calculatorEntries.map((c) => c.table),
  );
  return routeGroups(
    bundle,
    calculatorEntries.map((c) => c.id),
  );
}

/** The API's fetch handler (tests make fresh ones). */
export const createHandler = () => lazyWorker(build);

export default createHandler();

/** For typed clients: `hc<AppType>(url)` from hono/client. */
export type AppType = App;
