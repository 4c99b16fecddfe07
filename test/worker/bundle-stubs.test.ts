import { createRoute, OpenAPIHono, z as zo } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { calculators } from '../../src/policy/index';

/**
 * The Worker's bundle replaces parts of zod, hono and @hono/zod-openapi (wrangler.toml [alias], src/bundle-stubs/) and is
 * built without documentation text (src/documented.ts); the workerd test projects apply the same aliases
 * (vitest.config.mts), so every workerd test runs the code that is deployed. These tests prove the replacements are
 * in place and behave as their comments say.
 */
describe('hono as bundled into the Worker', () => {
  it('routes, answers JSON and reads JSON bodies as ever; app.mount() and c.req.parseBody() fail loudly', async () => {
    const app = new OpenAPIHono();
    app.post('/json', async (c) => c.json(await c.req.json()));
    app.post('/form', async (c) => c.json(await c.req.parseBody()));
    app.mount('/other', () => new Response('mounted'));
    const json = await app.request('/json', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(await json.json()).toEqual({ a: 1 });
    const form = await app.request('/form', { method: 'POST', body: new URLSearchParams({ a: '1' }) });
    expect(form.status).toBe(500);
    expect((await app.request('/other/x')).status).toBe(500);
  });
});

describe('zod as bundled into the Worker', () => {
  it("carries none of zod's sentences (the API words its own errors): issues keep their codes, zod says 'Invalid input'", () => {
    expect(Object.keys(z.locales)).toEqual(['en']);
    const r = z.object({ year: z.number() }).safeParse({ year: 'x' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ code: 'invalid_type', expected: 'number', path: ['year'], message: 'Invalid input' });
  });

  it('keeps the patterns of plain strings, numbers, booleans and ISO dates; a string format refuses instead of answering', () => {
    expect(
      z
        .object({ s: z.string(), n: z.number().int(), b: z.boolean(), d: z.iso.date() })
        .safeParse({ s: 'x', n: 1, b: true, d: '2015-01-01' }).success,
    ).toBe(true);
    expect(z.iso.date().safeParse('2015-13-01').success).toBe(false);
    expect(() => z.string().email().safeParse('a@b.cn')).toThrow(/not in the Worker bundle/);
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

describe('@hono/zod-openapi as bundled into the Worker', () => {
  it('.openapi() keeps no metadata (only the document, built at build time, reads it) and the documentation text is left out', () => {
    const schema = zo.string();
    expect(schema.openapi({ description: 'dropped' })).toBe(schema);
    // schemas only the document reads are `DOCUMENTED && …` (src/documented.ts): not built in the Worker
    expect(calculators.every((c) => (c.output as unknown) === false)).toBe(true);
    expect('getOpenAPI31Document' in new OpenAPIHono()).toBe(false);
  });

  it('validates path, query and JSON body as the package does, answering through the default hook of the app it is mounted in', async () => {
    const seen: string[] = [];
    const app = new OpenAPIHono({
      defaultHook: (result: { success: boolean; target: string }, c: Context) => {
        if (!result.success) {
          seen.push(result.target);
          return c.json({ invalid: result.target }, 422);
        }
      },
    });
    const sub = new OpenAPIHono();
    sub.openapi(
      createRoute({
        method: 'post',
        path: '/things/{id}',
        request: {
          params: zo.object({ id: zo.string().regex(/^[a-z]+$/) }),
          query: zo.object({ n: zo.coerce.number().int().optional() }),
          body: { required: true, content: { 'application/json': { schema: zo.object({ a: zo.number() }).strict() } } },
        },
        responses: { 200: { description: 'ok' } },
      }),
      (c) => c.json({ id: c.req.valid('param'), q: c.req.valid('query'), body: c.req.valid('json') }, 200),
    );
    app.route('/', sub);
    const post = (path: string, body: string, type = 'application/json') =>
      app.request(path, { method: 'POST', body, headers: { 'Content-Type': type } });
    const ok = await post('/things/abc?n=2', '{"a":1}');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: { id: 'abc' }, q: { n: 2 }, body: { a: 1 } });
    expect((await post('/things/ABC', '{"a":1}')).status).toBe(422);
    expect((await post('/things/abc?n=x', '{"a":1}')).status).toBe(422);
    expect((await post('/things/abc', '{"a":"x"}')).status).toBe(422);
    expect(seen).toEqual(['param', 'query', 'json']);
    const app415 = new OpenAPIHono();
    app415.openapi(
      createRoute({
        method: 'post',
        path: '/x',
        request: { body: { required: true, content: { 'application/json': { schema: zo.object({}) } } } },
        responses: { 200: { description: 'ok' } },
      }),
      (c) => c.json({}, 200),
    );
    app415.onError((e, c) => c.text(String((e as { status?: number }).status), 200));
    expect(await (await app415.request('/x', { method: 'POST', body: 'a=1', headers: { 'Content-Type': 'text/plain' } })).text()).toBe(
      '415',
    );
  });
});
