/**
 * Stands in for zod's `locales/index.js` in the Worker bundle (wrangler.toml [alias]): zod re-exports
 * every language's error messages (about 250 KB minified) through `z.locales`, which a bundler cannot
 * drop while `z` is used as one object. The API words its validation messages itself
 * (src/engine/input-issues.ts), so no language is kept; `z.locales.en` is the stand-in of zod-locale-en.ts and
 * other languages are undefined in the Worker. The workerd test projects apply the same alias
 * (vitest.config.mts); Node (build scripts, unit tests) uses zod unchanged.
 */
export { default as en } from './zod-locale-en';
