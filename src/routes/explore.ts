import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import type { AppEnv, Bindings } from '../env';
import { EXPLORE_PATHS } from '../explore/paths';
import { serviceUnavailable } from '../http/problem';

/** Where the explorer's pages come from: the EXPLORER service binding (a deployment) or an app in this process. */
export type Explorer = (request: Request, env: Bindings) => Promise<Response>;

const viaBinding =
  (binding: Fetcher): Explorer =>
  (request) =>
    binding.fetch(request);

/**
 * The explorer's paths on the API: answered by the explorer Worker (src/explorer-worker.ts) through the EXPLORER
 * service binding, or by `explorer` when the app is built with one. This app's middleware has already run (request
 * id, security headers, CORS, rate limit, ETag), so the page is passed on as the explorer wrote it.
 */
export function exploreRoutes(explorer?: Explorer) {
  const app = new Hono<AppEnv>();
  const forward = async (c: Context<AppEnv>) => {
    const binding = c.env?.EXPLORER;
    const reach = explorer ?? (binding ? viaBinding(binding) : undefined);
    const unavailable = () =>
      serviceUnavailable(c, {
        zh: '政策浏览页面暂时无法使用，请稍后再试。',
        en: 'The legislation explorer is not available in this deployment.',
      });
    if (!reach) return unavailable();
    let page: Response;
    try {
      page = await reach(c.req.raw, c.env ?? {});
    } catch (e) {
      // the explorer Worker failed (not deployed, over a limit): a deployment fault, not this request's
      console.error(`policy-edge: the explorer did not answer: ${e instanceof Error ? e.message : String(e)}`);
      return unavailable();
    }
    // a fetched response's headers are immutable; this app's middleware adds its own
    return new Response(page.body, page);
  };
  for (const path of Object.values(EXPLORE_PATHS)) app.get(path, forward);
  return app;
}
