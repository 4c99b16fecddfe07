/**
 * Stands in for hono's `utils/mount.js` in the Worker bundle (wrangler.toml [alias]): `app.mount()` (another
 * framework's handler under a path) is a method of every Hono app, so the bundler keeps its helper, but this Worker
 * mounts nothing (routes are Hono apps joined with `.route()`). Reaching it fails loudly. Node uses hono unchanged.
 */
export const createMountedRequest = (): never => {
  throw new Error('app.mount() is not in the Worker bundle (src/bundle-stubs/hono-mount.ts)');
};
