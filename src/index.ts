import type { App } from './app';
import type { Bindings } from './env';
import { checkBundle, loadBundle } from './data';
import { lazyWorker } from './lazy-worker';

/**
 * The Worker entry. Building the app — the zod schemas of every table, calculator and route, the
 * OpenAPI registry — and reading the compiled data (a static asset, src/data.ts) cost milliseconds, so
 * neither is done in the global scope (which runs at every isolate start, before any request is known)
 * but on the isolate's first request, once: the dynamic import is bundled into the same script and only
 * evaluated then. BENCHMARKS.md › Footprint measures both.
 */
async function build(env: Bindings): Promise<App> {
  const [{ createApp }, { calculators }, bundle] = await Promise.all([import('./app'), import('./policy/index'), loadBundle(env.ASSETS)]);
  checkBundle(
    bundle,
    calculators.map((c) => c.table.id),
  );
  return createApp(bundle);
}

/** The API's fetch handler (tests make fresh ones). */
export const createHandler = () => lazyWorker(build);

export default createHandler();

/** For typed clients: `hc<AppType>(url)` from hono/client. */
export type AppType = App;
