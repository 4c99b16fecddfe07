import type { App } from './app';
import type { Bindings } from './env';
import { BundleUnavailableError, checkBundle, loadBundle } from './data';

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

/** How long requests wait for the first build before answering 503 (and the next request tries again). */
const BUILD_TIMEOUT_MS = 10_000;

/** A fetch handler that builds its app once, on its first request (tests make fresh ones). */
export function createHandler() {
  let instance: Promise<App> | undefined;
  // once built, requests go straight to the app: the wait below (a timer and a race) is for the first ones only
  let ready: App | undefined;
  return {
    async fetch(request: Request, env: Bindings, ctx: ExecutionContext): Promise<Response> {
      if (ready) return ready.fetch(request, env, ctx);
      let building = instance;
      if (!building) {
        building = instance = build(env);
        // The build's I/O (the asset read) belongs to this request; keep it alive even if this client goes
        // away, since later requests of the isolate wait on the same promise.
        ctx.waitUntil(building.catch(() => undefined));
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new BundleUnavailableError(`the app was not built within ${BUILD_TIMEOUT_MS} ms`)),
            BUILD_TIMEOUT_MS,
          );
        });
        ready = await Promise.race([building, timeout]);
        return ready.fetch(request, env, ctx);
      } catch (e) {
        // Any failure to build (a missing or malformed asset, an asset that does not fit the code, a hang) is
        // a deployment fault: 503, logged, and the next request builds afresh. Errors of the app itself are
        // answered by its own onError, never here.
        if (instance === building) instance = undefined;
        console.error(`policy-edge: the app could not be built: ${e instanceof Error ? e.message : String(e)}`);
        return unavailable();
      } finally {
        clearTimeout(timer);
      }
    },
  } satisfies ExportedHandler<Bindings>;
}

// Written out rather than through src/http/problem.ts and its middleware, whose zod schemas would then load
// at isolate start; the same headers every answer of the app carries (src/http/security.ts, cors.ts).
const unavailable = () =>
  new Response(
    JSON.stringify({
      type: '/problems/service-unavailable',
      code: 'service-unavailable',
      title: 'Service unavailable',
      status: 503,
      message: {
        zh: '政策数据暂时无法使用，请稍后再试。',
        en: 'The compiled policy tables are not available in this deployment.',
      },
      detail: 'The compiled policy tables are not available in this deployment.',
    }),
    {
      status: 503,
      headers: {
        'Content-Type': 'application/problem+json; charset=utf-8',
        'Cache-Control': 'no-store',
        'Retry-After': '30',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Access-Control-Allow-Origin': '*',
        'Cross-Origin-Resource-Policy': 'cross-origin',
      },
    },
  );

export default createHandler();

/** For typed clients: `hc<AppType>(url)` from hono/client. */
export type AppType = App;
