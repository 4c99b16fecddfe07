import type { Bindings } from './env';
import { BundleUnavailableError } from './data';

/** What a Worker entry builds on its first request: anything with a fetch handler (a Hono app). */
export interface Built {
  fetch(request: Request, env: Bindings, ctx: ExecutionContext): Response | Promise<Response>;
}

/** How long requests wait for the first build before answering 503 (and the next request tries again). */
const BUILD_TIMEOUT_MS = 10_000;

/**
 * A fetch handler that builds its app once, on its first request (tests make fresh ones): the API Worker
 * (src/index.ts) and the explorer Worker (src/explorer-worker.ts).
 */
export function lazyWorker(build: (env: Bindings, first: Request) => Promise<Built>) {
  let instance: Promise<Built> | undefined;
  // once built, requests go straight to the app: the wait below (a timer and a race) is for the first ones only
  let ready: Built | undefined;
  return {
    async fetch(request: Request, env: Bindings, ctx: ExecutionContext): Promise<Response> {
      if (ready) return ready.fetch(request, env, ctx);
      let building = instance;
      if (!building) {
        building = instance = build(env, request);
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

/**
 * The 503 of an app that cannot be built. Written out rather than through src/http/problem.ts and its middleware, whose
 * zod schemas would then load at isolate start; the same headers every answer of the app carries (src/http/security.ts,
 * cors.ts).
 */
export const unavailable = () =>
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
