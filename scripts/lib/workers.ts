/**
 * The two Workers of a deployment: the API, and the legislation explorer behind the API's EXPLORER service binding.
 * `npm start`, the tests, the benchmarks and `npm run deploy` take them from here (package.json's start script writes
 * the same list; a test keeps them equal).
 */
export const WORKER_CONFIGS = { api: 'wrangler.toml', explorer: 'wrangler.explorer.toml' } as const;

/** `-c wrangler.toml -c wrangler.explorer.toml`: `wrangler dev` runs both, the first serving the port. */
export const devConfigArgs: string[] = [WORKER_CONFIGS.api, WORKER_CONFIGS.explorer].flatMap((config) => ['-c', config]);

/** The explorer is deployed first, so the API's service binding finds it. */
export const DEPLOY_ORDER = [WORKER_CONFIGS.explorer, WORKER_CONFIGS.api] as const;
