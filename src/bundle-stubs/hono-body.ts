/**
 * Stands in for hono's `utils/body.js` in the Worker bundle (wrangler.toml [alias]): `c.req.parseBody()` reads form
 * and multipart bodies, which this API never accepts (JSON only: anything else is a 415). Reaching it fails loudly.
 * Node uses hono unchanged.
 */
export const parseBody = (): never => {
  throw new Error('c.req.parseBody() is not in the Worker bundle (src/bundle-stubs/hono-body.ts)');
};
