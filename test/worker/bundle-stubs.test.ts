import { getOpenApiMetadata, OpenApiGeneratorV31, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { OpenAPIHono, z as zo } from '@hono/zod-openapi';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';

/**
 * The Worker's bundle replaces four parts of zod and zod-to-openapi's generators (wrangler.toml [alias],
 * src/bundle-stubs/); the workerd
 * test projects apply the same aliases (vitest.config.mts), so every workerd test runs the code that is
 * deployed. These tests prove the replacements are in place and behave as their comments say.
 */
describe('zod as bundled into the Worker', () => {
  it('carries English messages only, and they are the ones validation errors use', () => {
    expect(Object.keys(z.locales)).toEqual(['en']);
    const r = z.object({ year: z.number() }).safeParse({ year: 'x' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('Invalid input: expected number, received string');
  });

  it('z.compile takes its documented fallback (the schema back, unchanged), or refuses in strict mode', () => {
    const schema = z.object({ a: z.number() });
    expect(z.compile(schema)).toBe(schema);
    expect(() => z.compile(schema, { strict: true })).toThrow(/not available in the Worker/);
  });

  it('z.fromJSONSchema is not available', () => {
    expect(() => z.fromJSONSchema({ type: 'string' })).toThrow(/not available in the Worker bundle/);
  });

  it('z.toJSONSchema is not available (the JSON Schemas served are built at build time), and schemas still validate', () => {
    expect(() => z.toJSONSchema(z.object({ a: z.string() }))).toThrow(/not available in the Worker bundle/);
    expect(() => z.object({ a: z.string() }).toJSONSchema()).toThrow(/not available in the Worker bundle/);
    expect(z.object({ a: z.array(z.number().min(1)).optional() }).safeParse({ a: [2] }).success).toBe(true);
  });
});

describe('zod-to-openapi as bundled into the Worker', () => {
  it('keeps .openapi() metadata and the route registry, which @hono/zod-openapi uses at run time', () => {
    const schema = zo.string().openapi({ description: 'kept', example: 'x' });
    expect(getOpenApiMetadata(schema)).toMatchObject({ description: 'kept', example: 'x' });
    const registry = new OpenAPIRegistry();
    registry.register('Kept', schema);
    expect(registry.definitions).toHaveLength(1);
  });

  it('has no document generator: the OpenAPI document is built at build time (npm run assets:build)', () => {
    expect(() => new OpenApiGeneratorV31([])).toThrow(/generated at build time/);
    expect(() => new OpenAPIHono().getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } })).toThrow(
      /generated at build time/,
    );
  });
});
