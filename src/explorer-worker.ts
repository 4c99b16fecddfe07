import type { Bindings } from './env';
import { loadBundle } from './data';
import { lazyWorker } from './lazy-worker';

/**
 * The explorer Worker's entry (wrangler.explorer.toml): the legislation explorer's HTML pages, reached only through
 * the API Worker's EXPLORER service binding (it has no public route). Like the API, it reads the compiled data and
 * builds its app on its first request.
 */
async function build(env: Bindings) {
  const [{ createExplorerApp }, bundle] = await Promise.all([import('./explorer'), loadBundle(env.ASSETS)]);
  return createExplorerApp(bundle);
}

export default lazyWorker(build);
