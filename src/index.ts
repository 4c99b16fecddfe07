import type { App } from './app';
import type { Bindings } from './env';
import { checkBundle, loadServed } from './data';
import { lazyWorker } from './lazy-worker';

/**
 * The Worker entry. Building the app (its routes and their schemas) and reading the data's index (a static asset,
 * src/data.ts) cost milliseconds, so neither is done in the global scope (which runs at every isolate start, before
 * any request is known) but on the isolate's first request, once: the dynamic import is bundled into the same script
 * and only evaluated then. After that, a request reads only what it needs: each table the first time a request needs
 * it (src/tables/served.ts), each calculator's rules the first time one is asked for (src/policy/registry.ts).
 * BENCHMARKS.md › Footprint and › Cold start measure it.
 */
async function build(env: Bindings): Promise<App> {
  const [{ createApp }, { calculatorEntries }, bundle] = await Promise.all([
    import('./app'),
    import('./policy/registry'),
    loadServed(env.ASSETS),
  ]);
  checkBundle(
    bundle,
    calculatorEntries.map((c) => c.table),
  );
  return createApp(bundle);
}

/** The API's fetch handler (tests make fresh ones). */
export const createHandler = () => lazyWorker(build);

export default createHandler();

/** For typed clients: `hc<AppType>(url)` from hono/client. */
export type AppType = App;
