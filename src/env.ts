/**
 * The Worker's bindings. Their types are generated from wrangler.toml into src/bindings.d.ts by
 * `wrangler types src/bindings.d.ts --include-runtime=false --strict-vars=false` (`npm run lint` checks that file is
 * current). Every binding is optional here: the tests and Node build apps without some, and the code answers 503
 * (ASSETS), no limit (RATE_LIMITER) or the local default (POST_ALLOWED_ORIGINS) when one is absent.
 */
export type Bindings = Partial<Env>;
export type AppEnv = { Bindings: Bindings };
