/** The Worker's src/documented.ts (wrangler.toml [alias]): no documentation text in its bundle. */
export const DOCUMENTED = false;
