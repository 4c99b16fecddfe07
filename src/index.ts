import type { App, Bindings } from './app';
import { BundleUnavailableError, loadBundle } from './data';

/**
 * The Worker entry. Building the app — the zod schemas of every table, calculator and route, the
 * OpenAPI registry — and reading the compiled data (a static asset, src/data.ts) cost milliseconds, so
 * neither is done in the global scope (which runs at every isolate start, before any request is known)
 * but on the isolate's first request, once: the dynamic import is bundled into the same script and only
 * evaluated then. BENCHMARKS.md › Footprint measures both.
 */
async function build(env: Bindings): Promise<App> {
  const [{ createApp }, bundle] = await Promise.all([import('./app'), loadBundle(env.ASSETS)]);
  return createApp(bundle);
}

/** A fetch handler that builds its app once, on its first request (tests make fresh ones). */
export function createHandler() {
  let instance: Promise<App> | undefined;
  return {
    async fetch(request: Request, env: Bindings, ctx: ExecutionContext): Promise<Response> {
      let app: App;
      try {
        app = await (instance ??= build(env));
      } catch (e) {
        instance = undefined; // the next request tries again (e.g. once the assets are uploaded)
        if (!(e instanceof BundleUnavailableError)) throw e;
        console.error(`policy-edge: compiled tables unavailable: ${e.message}`);
        return unavailable();
      }
      return app.fetch(request, env, ctx);
    },
  } satisfies ExportedHandler<Bindings>;
}

// Written out rather than through src/http/problem.ts, whose zod schemas would then load at isolate start.
const unavailable = () =>
  new Response(
    JSON.stringify({ type: '/problems/service-unavailable', title: 'Service unavailable', status: 503, detail: 'The compiled policy tables are not available in this deployment.' }),
    { status: 503, headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30', 'X-Content-Type-Options': 'nosniff' } },
  );

export default createHandler();

/** For typed clients: `hc<AppType>(url)` from hono/client. */
export type AppType = App;
