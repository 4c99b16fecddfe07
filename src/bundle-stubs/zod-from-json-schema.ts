/**
 * Stands in for zod's `classic/from-json-schema.js` in the Worker bundle (wrangler.toml [alias]):
 * `z.fromJSONSchema` turns a JSON Schema into a zod schema, which the Worker never does (its schemas are
 * written in src/policy). ~12 KB of code the bundle need not carry.
 */
export function fromJSONSchema(): never {
  throw new Error('z.fromJSONSchema is not available in the Worker bundle');
}
