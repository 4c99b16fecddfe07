/**
 * Stands in for @asteasolutions/zod-to-openapi in the Worker bundle (wrangler.toml [alias]). The Worker
 * uses its `.openapi()` schema metadata and its route registry (through @hono/zod-openapi) but never
 * generates a document: /openapi.json is generated at build time (scripts/lib/api-description.ts) and
 * served from assets (src/api-description.ts). Re-exporting the parts the Worker uses from the package's
 * own file, and nothing else, lets the bundler leave out the generators (~22 KB). The workerd test
 * projects apply the same alias (vitest.config.mts); Node, and so the build, uses the package whole.
 */
// biome-ignore format: the @ts-expect-error must stay on the line before the module specifier
// @ts-expect-error -- the file has no .d.mts beside it; its types are the package's, which @hono/zod-openapi checks against
export { extendZodWithOpenApi, getOpenApiMetadata, OpenAPIRegistry } from '../../node_modules/@asteasolutions/zod-to-openapi/dist/index.mjs';

class GeneratorNotInWorker {
  constructor() {
    throw new Error('the OpenAPI document is generated at build time (npm run assets:build), not in the Worker');
  }
}
export { GeneratorNotInWorker as OpenApiGeneratorV3, GeneratorNotInWorker as OpenApiGeneratorV31 };
