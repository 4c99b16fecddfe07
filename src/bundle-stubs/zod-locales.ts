/**
 * Stands in for zod's `locales/index.js` in the Worker bundle (wrangler.toml [alias]): zod re-exports
 * every language's error messages (about 250 KB minified) through `z.locales`, which a bundler cannot
 * drop while `z` is used as one object. The API speaks English in validation messages, so only `en` is
 * kept; `z.locales.<other>` is undefined in the Worker. The workerd test projects apply the same alias
 * (vitest.config.mts); Node (build scripts, unit tests) uses zod unchanged.
 */
export { default as en } from 'zod/v4/locales/en.js';
