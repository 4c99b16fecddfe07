/**
 * True where the OpenAPI document is built (Node: `npm run assets:build`, the tests). The Worker is bundled with
 * src/bundle-stubs/documented.ts instead (wrangler.toml [alias]), where it is false: schema descriptions and examples
 * are written `.openapi(DOCUMENTED && { description })`, so the bundler drops the text only the document shows
 * (the Worker never builds the document; issue 8's budget of 150 KB gzip).
 */
export const DOCUMENTED = true as const;
