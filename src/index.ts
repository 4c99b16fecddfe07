import type { Bindings } from './app';
import type { app } from './instance';

/**
 * The Worker entry. Building the app — the zod schemas of every table, calculator and route, the
 * OpenAPI registry and the compiled data — costs tens of milliseconds, so it is not done in the global
 * scope (which runs at every isolate start, before any request is known) but on the isolate's first
 * request, once: the dynamic import is bundled into the same script and only evaluated then.
 * BENCHMARKS.md › Footprint measures both.
 */
let instance: Promise<typeof import('./instance')> | undefined;

export default {
  async fetch(request: Request, env: Bindings, ctx: ExecutionContext): Promise<Response> {
    const { app } = await (instance ??= import('./instance'));
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Bindings>;

/** For typed clients: `hc<AppType>(url)` from hono/client. */
export type AppType = typeof app;
