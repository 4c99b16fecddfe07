import { Hono } from 'hono/tiny';
import type { AppEnv, Bindings } from './env';
import { DATA_HASH_HEADER } from './http/caching';
import { internalError, problemResponse } from './http/problem';
import type { Explorer } from './routes/explore';
import type { CompiledBundle } from './tables/model';
import { explorePages } from './routes/explore-pages';

/**
 * The legislation explorer's own app: the pages of src/routes/explore-pages.ts and nothing else. It runs as its own Worker
 * (src/explorer-worker.ts, wrangler.explorer.toml) behind the API Worker, which answers every request first (request
 * id, security headers, rate limit, ETag) and hands the explorer's paths to it: the API Worker's bundle and start-up
 * carry no page rendering.
 */
export function createExplorerApp(bundle: CompiledBundle) {
  const app = new Hono<AppEnv>();
  // the data this Worker's pages are made from: the API's ETag names it (src/http/caching.ts)
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set(DATA_HASH_HEADER, bundle.hash);
  });
  app.route('/', explorePages(bundle));
  app.onError((err, c) => {
    console.error(err);
    return problemResponse(c, internalError());
  });
  return app;
}

/** The explorer in the API's own process (Node, the tests, the build's page checks) instead of a service binding. */
export function explorerInProcess(bundle: CompiledBundle): Explorer {
  const app = createExplorerApp(bundle);
  return async (request: Request, env: Bindings) => app.fetch(request, env);
}
