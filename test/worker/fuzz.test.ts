import { createExecutionContext, env, SELF } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/http/limits';
import { calculators } from '../../src/policy/index';
import { PROBLEM_TYPES } from '../../src/http/problem';
import worker from '../../src/index';
import { app, bundle } from '../helpers/compiled-app';
import { fuzzRuns, fuzzTimeout } from '../helpers/fuzz';
import { BASE } from '../helpers/http';

/**
 * Property-based fuzzing through SELF.fetch inside workerd, generic over every calculator of the
 * registry and every GET route of the app (so routes and calculators added later are covered too).
 * For any request — random JSON, wrong types, huge and NaN-like numbers, deep nesting, unicode, missing
 * and extra fields, wrong content types, malformed JSON, odd paths, queries and headers — the answer
 * is never 5xx, and every error is RFC 9457 problem+json, with a JSON Pointer per field for a
 * validation error (pages for people, such as the explorer, answer errors as HTML under the strict CSP). 200 requests per endpoint in `npm test`; `npm run fuzz` sends FUZZ_RUNS (10 000).
 *
 * The first SELF_SAMPLE requests of each endpoint go through SELF.fetch (the Worker's real entry, over
 * the service binding); the rest call the same Worker's fetch handler (src/index.ts) directly inside
 * workerd, with the same bindings. The reason is a harness bug: under @cloudflare/vitest-pool-workers every SELF.fetch gets
 * slower as their number grows in one workerd instance (cloudflare/workers-sdk#15446; measured here:
 * ~5 ms per request for the first 100, ~80 ms after 400), which makes 10 000 requests per endpoint
 * impossible through SELF alone.
 */

const RUNS = fuzzRuns();

/** Each calculator's examples, as the catalogue publishes them (GET /v1/calculators: built from the docs). */
let catalogue: Map<string, unknown[]> | undefined;
async function examplesOf(id: string): Promise<unknown[]> {
  if (!catalogue) {
    const res = await SELF.fetch(`${BASE}/v1/calculators`);
    const body = (await res.json()) as { calculators: { id: string; examples: Record<string, { value: unknown }> }[] };
    catalogue = new Map(body.calculators.map((c) => [c.id, Object.values(c.examples).map((e) => e.value)]));
  }
  return catalogue.get(id) ?? [];
}
const SELF_SAMPLE = 20;

/** Sends the n-th request of an endpoint: through SELF for the first few, then straight to the handler. */
function dispatch(n: number, url: string, init: RequestInit): Promise<Response> {
  const req = new Request(url, init);
  return n < SELF_SAMPLE ? SELF.fetch(req) : worker.fetch(req, env, createExecutionContext());
}

// ---------------------------------------------------------------------------------------------
// What every response must satisfy.

type Problem = {
  type?: unknown;
  title?: unknown;
  status?: unknown;
  detail?: unknown;
  code?: unknown;
  message?: { zh?: unknown; en?: unknown };
  errors?: { pointer?: unknown; field?: unknown; in?: unknown; code?: unknown; message?: { zh?: unknown; en?: unknown } }[];
};

async function checkResponse(res: Response, what: string, method = 'GET'): Promise<{ status: number; body: unknown }> {
  const text = await res.text();
  const where = `${what} → ${res.status} ${text.slice(0, 300)}`;
  expect(res.status, where).toBeLessThan(500);
  expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
  const type = res.headers.get('content-type') ?? '';
  if (res.status >= 400 && type.startsWith('text/html')) {
    // pages for people (the explorer) answer errors as HTML pages, under the same strict CSP
    expect(res.headers.get('content-security-policy'), where).toContain("default-src 'none'");
    return { status: res.status, body: text };
  }
  if (res.status >= 400) {
    expect(type, where).toMatch(/^application\/problem\+json/);
    if (method === 'HEAD') return { status: res.status, body: null };
    const p = JSON.parse(text) as Problem;
    expect(typeof p.type === 'string' && p.type.startsWith('/problems/'), where).toBe(true);
    expect(Object.hasOwn(PROBLEM_TYPES, String(p.type).slice('/problems/'.length)), where).toBe(true);
    expect(p.status, where).toBe(res.status);
    expect(typeof p.title, where).toBe('string');
    expect(typeof p.detail, where).toBe('string');
    expect(p.code, where).toBe(String(p.type).slice('/problems/'.length));
    expect(typeof p.message?.zh === 'string' && /[\u4e00-\u9fff]/.test(p.message.zh), where).toBe(true);
    expect(p.message?.en, where).toBe(p.detail);
    if (p.type === '/problems/validation-error') {
      expect(Array.isArray(p.errors) && p.errors.length > 0, where).toBe(true);
      for (const e of p.errors!) {
        expect(typeof e.pointer === 'string' && /^(\/.*)?$/.test(e.pointer), where).toBe(true); // "" = the whole body (RFC 6901)
        expect(typeof e.field, where).toBe('string');
        expect(['body', 'query', 'path', 'header'], where).toContain(e.in);
        expect(typeof e.code, where).toBe('string');
        expect(typeof e.message?.zh === 'string' && typeof e.message.en === 'string', where).toBe(true);
      }
    }
    return { status: res.status, body: p };
  }
  if (/json/.test(type) && text) return { status: res.status, body: JSON.parse(text) };
  return { status: res.status, body: text };
}

// ---------------------------------------------------------------------------------------------
// Hostile values.

const RAW = (token: string) => `@@RAW:${token}@@`;
/** JSON.stringify, then put raw tokens (1e999, NaN, …) where RAW() placeholders stand. */
const stringifyRaw = (v: unknown) => JSON.stringify(v).replace(/"@@RAW:([^"@]*)@@"/g, '$1');

const deep = (depth: number, leaf: unknown, asObject: boolean): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
  return v;
};

const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, -1, 1e9, 1e9 + 0.01, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1, 0.001, 99.999, 2015.5, 1e21),
  fc.constantFrom(
    RAW('1e999'),
    RAW('-1e999'),
    RAW('1e-999'),
    RAW('NaN'),
    RAW('Infinity'),
    RAW('-Infinity'),
    RAW('0x10'),
    RAW('01'),
    RAW('.5'),
    RAW('+1'),
    RAW('undefined'),
  ),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '',
    ' ',
    '0',
    '-1',
    '1e9',
    '2015',
    '2015-02-30',
    '2015-13-01',
    '2015-1-1',
    '0000-00-00',
    '9999-12-31',
    '__proto__',
    'constructor',
    'A',
    'B',
    'outpatient',
    'inpatient',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\ud800', '\udfff', '\u0000', '\u202e', '𝟚𝟘𝟙𝟝', '２０１５', '🏥'.repeat(50), 'x'.repeat(20_000)),
  fc.constantFrom(null, true, false, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 1, max: 2000 }).map((d) => deep(d, 1, d % 2 === 0)),
);

// ---------------------------------------------------------------------------------------------
// Mutations of a valid example.

type Path = (string | number)[];
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  // mutation targets need not go deeper than any real request; a generated 2000-deep value would overflow the stack
  if (at.length >= 64) return out;
  if (Array.isArray(v)) for (const [i, x] of v.entries()) paths(x, [...at, i], out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}
const getAt = (v: unknown, p: Path) => p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)?.[k], v);

type Mutation = { kind: 'set' | 'delete' | 'extra' | 'wrap'; pick: number; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set', 'set', 'set', 'delete', 'extra', 'wrap'),
  pick: fc.nat(),
  value: nasty,
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra', ''), fc.string({ maxLength: 12 })),
});

function mutate(example: unknown, ms: Mutation[]): unknown {
  let root = structuredClone(example);
  for (const mutation of ms) {
    // a fresh copy of the value: constants such as {} are one shared instance, and putting one object at two
    // places (or inside itself) makes a cycle that no JSON body can express
    const m = {
      ...mutation,
      value: mutation.value !== null && typeof mutation.value === 'object' ? structuredClone(mutation.value) : mutation.value,
    };
    const all = paths(root);
    const p = all[m.pick % all.length]!;
    if (p.length === 0) {
      if (m.kind === 'set' || m.kind === 'wrap') root = m.kind === 'set' ? m.value : [root];
      continue;
    }
    const parent = getAt(root, p.slice(0, -1)) as Record<string | number, unknown> | unknown[];
    const last = p[p.length - 1]!;
    if (m.kind === 'set') (parent as Record<string | number, unknown>)[last] = m.value;
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete (parent as Record<string, unknown>)[last];
    } else if (m.kind === 'wrap') (parent as Record<string | number, unknown>)[last] = [getAt(root, p)];
    else {
      const target = getAt(root, p);
      // defineProperty so "__proto__" becomes an own key that JSON.stringify sends
      if (target && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    }
  }
  return root;
}

// ---------------------------------------------------------------------------------------------
// Request bodies and content types for a calculator.

const contentType = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'Application/JSON',
      'application/json;charset=UTF-16',
      'application/json; charset=utf-8; foo=bar',
      'application/vnd.api+json',
      'application/problem+json',
      'text/plain',
      'text/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=----x',
      'application/xml',
      '',
      '*/*',
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

function bodies(examples: unknown[]): fc.Arbitrary<{ label: string; text: string }> {
  const example = fc.constantFrom(...examples);
  return fc.oneof(
    { weight: 2, arbitrary: example.map((e) => ({ label: 'valid example', text: JSON.stringify(e) })) },
    {
      weight: 10,
      arbitrary: fc
        .tuple(example, fc.array(mutation, { minLength: 1, maxLength: 4 }))
        .map(([e, ms]) => ({ label: 'mutated example', text: stringifyRaw(mutate(e, ms)) })),
    },
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 5 }).map((v) => ({ label: 'random JSON', text: JSON.stringify(v) ?? 'null' })) },
    {
      weight: 2,
      arbitrary: fc.tuple(example, fc.nat(), fc.string({ unit: 'binary', maxLength: 3 })).map(([e, cut, junk]) => {
        const t = JSON.stringify(e);
        const at = cut % (t.length + 1);
        return { label: 'malformed JSON', text: t.slice(0, at) + junk + t.slice(at + (cut % 3)) };
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '',
          ' ',
          'null',
          '[]',
          '"text"',
          '{',
          '}',
          '{"year":2015,}',
          "{'year':2015}",
          '\ufeff{}',
          '{"year":NaN}',
          '{"year":1e999}',
          '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
          '{"year":2015,"year":"again"}',
          '['.repeat(20_000) + ']'.repeat(20_000),
          `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
          `[${'1,'.repeat(20_000)}1]`,
          `"${'\\u0000'.repeat(5_000)}"`,
          'x'.repeat(MAX_BODY_BYTES + 1),
        )
        .map((text) => ({ label: 'edge body', text })),
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Paths, queries and headers for GET routes.

const tables = Object.values(bundle.tables);
const known: Record<string, string[]> = {
  id: tables.map((t) => t.id),
  key: tables.flatMap((t) => t.parameters.map((p) => p.key)),
  sheet: tables.flatMap((t) => t.scales.map((s) => s.id)),
  type: Object.keys(PROBLEM_TYPES),
  calculator: calculators.map((c) => c.id),
};
const anyKnown = [...new Set(Object.values(known).flat())];

const segment = (name: string) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...(known[name] ?? anyKnown)).map(encodeURIComponent) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(encodeURIComponent) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '__proto__',
        'constructor',
        'hasOwnProperty',
        '%2e%2e',
        '..%2f..%2f',
        '%00',
        '%E0%A4%A',
        '%ff',
        'a'.repeat(3000),
        '%F0%9F%8F%A5',
      ),
    },
  );

const dateValue = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2015-06-01', '2015-02-29', '2016-02-29', '2015-13-45', '15-06-01', '2015-06-01T00:00:00Z', '', 'today', '9999-99-99'),
);
const queryValue = fc.oneof(
  dateValue,
  fc.constantFrom('en', 'zh', 'zh-CN', 'EN', 'fr', ''),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constant('x'.repeat(5000)),
);
const query = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom('date', 'lang', 'from', 'to', 'q', 'at', '__proto__'), fc.string({ maxLength: 8 })), queryValue),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : ''));

const headerValue = fc.oneof(
  fc.string({ maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
  fc.constantFrom('en', 'zh-CN', 'en;q=NaN', 'en;q=-1, zh;q=1e999', '*', 'x'.repeat(4000)),
);
const headers = fc.record(
  {
    'accept-language': headerValue,
    'if-none-match': fc.oneof(headerValue, fc.constant('*'), fc.constant('W/"abc"')),
    origin: fc.constantFrom('https://example.org', 'null', 'http://localhost:8787'),
  },
  { requiredKeys: [] },
);

// Every GET route of the app, by its path pattern (param names → values as above).
const getRoutes = [...new Set(app.routes.filter((r) => r.method === 'GET').map((r) => r.path))];

function fillPath(pattern: string): fc.Arbitrary<string> {
  const parts = pattern.split('/').map((seg) => {
    if (seg.startsWith(':')) return segment(seg.slice(1).replace(/[{?].*$/, ''));
    if (seg === '*') return fc.array(segment('*'), { maxLength: 3 }).map((xs) => xs.join('/'));
    return fc.constant(seg);
  });
  return fc.tuple(...parts).map((xs) => xs.join('/') || '/');
}

// ---------------------------------------------------------------------------------------------

describe(`fuzzing every calculator (${RUNS} requests each)`, () => {
  expect(calculators.length).toBeGreaterThan(0);
  for (const calc of calculators) {
    it(
      `POST /v1/calculators/${calc.id}: never 5xx; errors are problem+json with field pointers`,
      async () => {
        const examples = await examplesOf(calc.id);
        expect(examples.length).toBeGreaterThan(0);
        const seen = new Map<number, number>();
        let reached = 0; // answers from the calculation itself: 200, or a 422 the rules give (not published, refused…)
        let n = 0;
        await fc.assert(
          fc.asyncProperty(bodies(examples), contentType, async (body, type) => {
            const res = await dispatch(n++, `${BASE}/v1/calculators/${calc.id}`, {
              method: 'POST',
              headers: type === undefined ? {} : { 'content-type': type },
              body: body.text,
            });
            const out = await checkResponse(res, `${calc.id} ${body.label} [${type}] ${body.text.slice(0, 200)}`);
            seen.set(out.status, (seen.get(out.status) ?? 0) + 1);
            const problemType = (out.body as { type?: string } | null)?.type;
            if (out.status === 200 || (out.status === 422 && problemType !== '/problems/validation-error')) reached++;
            if (out.status === 200) {
              const b = out.body as { trace?: { steps?: unknown; parameters?: unknown }; data?: { table?: string } };
              expect(Array.isArray(b.trace?.steps)).toBe(true);
              expect(typeof b.trace?.parameters).toBe('object');
              expect(b.data?.table).toBe(calc.table.id);
            }
          }),
          { numRuns: RUNS },
        );
        // the generators reach both the calculation and the validation
        expect(reached, JSON.stringify([...seen])).toBeGreaterThan(0);
        expect(seen.get(422) ?? 0, JSON.stringify([...seen])).toBeGreaterThan(0);
      },
      fuzzTimeout(20),
    );
  }
});

describe(`fuzzing every GET route (${RUNS} requests each)`, () => {
  expect(getRoutes.length).toBeGreaterThan(3);
  for (const route of getRoutes) {
    it(
      `GET ${route}: never 5xx; errors are problem+json`,
      async () => {
        let n = 0;
        await fc.assert(
          fc.asyncProperty(fillPath(route), query, headers, async (path, q, h) => {
            const res = await dispatch(n++, `${BASE}${path}${q}`, { headers: h });
            await checkResponse(res, `GET ${path}${q} ${JSON.stringify(h).slice(0, 200)}`);
          }),
          { numRuns: RUNS },
        );
      },
      fuzzTimeout(20),
    );
  }

  it(
    'other methods on every route and unknown paths: 404/405 problem+json, never 5xx',
    async () => {
      const patterns = [...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => r.path))];
      let n = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...patterns).chain(fillPath),
          fc.constantFrom('PUT', 'DELETE', 'PATCH', 'POST', 'GET', 'HEAD', 'OPTIONS', 'TRACE'.toLowerCase(), 'PROPFIND'),
          fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
          async (path, method, body) => {
            const res = await dispatch(n++, `${BASE}${path}`, { method, body: method === 'GET' || method === 'HEAD' ? undefined : body });
            await checkResponse(res, `${method} ${path}`, method);
          },
        ),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(20),
  );
});
