import { describe, expect, it } from 'vitest';
import { casesOf } from '../../scripts/lib/policy';
import { createApp } from '../../src/app';
import { loadServed } from '../../src/data';
import { createHandler } from '../../src/index';
import { calculators } from '../../src/policy/index';
import { calculatorEntries } from '../../src/policy/registry';
import { groupOf, pathOf, preload, routeGroups } from '../../src/route-groups';
import { builtAssets } from '../helpers/assets';
import { realBundle } from '../helpers/calc';

/**
 * The API Worker answers from route groups (src/route-groups.ts): a table's lookups and each calculator in small apps
 * of their own, everything else in the whole API. Whichever app answers, the answer is the whole API's, headers and
 * all; a cold isolate builds only the group its first request needs.
 */
const IDS = new Set(calculatorEntries.map((e) => e.id));
const SETTLE = '/v1/calculators/employee-medical-settlement';
const EMI = 'employee-medical-insurance';
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('the route group of a request', () => {
  it('a table’s lookups, by GET or HEAD, go to the tables group', () => {
    for (const method of ['GET', 'HEAD'])
      for (const path of [
        `/v1/tables/${EMI}`,
        `/v1/tables/${EMI}/parameters/inpatient.annual_cap`,
        `/v1/tables/${EMI}/scales/x`,
        '/v1/tables/nope',
      ])
        expect(groupOf(method, path, IDS), `${method} ${path}`).toBe('tables');
  });

  it('a known calculator’s POST goes to its own group', () => {
    for (const id of IDS) expect(groupOf('POST', `/v1/calculators/${id}`, IDS)).toBe(`calculator ${id}`);
  });

  it('everything else goes to the whole API: other methods, lists, history, batches, unknown or encoded ids, trailing slashes', () => {
    const api: [string, string][] = [
      ['POST', `/v1/tables/${EMI}`],
      ['OPTIONS', `/v1/tables/${EMI}`],
      ['GET', '/v1/tables'],
      ['GET', `/v1/tables/${EMI}/`],
      ['GET', `/v1/tables/${EMI}/changes`],
      ['GET', `/v1/tables/${EMI}/versions`],
      ['GET', `/v1/tables/${EMI}/data`],
      ['GET', `/v1/tables/${EMI}/parameters/a/b`],
      ['GET', SETTLE],
      ['OPTIONS', SETTLE],
      ['POST', `${SETTLE}/`],
      ['POST', `${SETTLE}/batch`],
      ['POST', '/v1/calculators/no-such-calculator'],
      ['POST', '/v1/calculators/employee%2Dmedical-settlement'],
      ['GET', '/v1/calculators'],
      ['GET', '/v1/ping'],
      ['GET', '/explore'],
      ['GET', '/docs'],
    ];
    for (const [method, path] of api) expect(groupOf(method, path, IDS), `${method} ${path}`).toBe('api');
  });

  it('the first request’s modules are loaded while the data’s meta is read: its calculator’s rules, none for others', async () => {
    const loads: string[] = [];
    const entries = ['a', 'b'].map((id) => ({ id, load: async () => loads.push(id) }));
    await preload(new Request('http://x/v1/calculators/b', { method: 'POST' }), entries);
    await preload(new Request('http://x/v1/calculators/b'), entries);
    await preload(new Request('http://x/v1/calculators/b/batch', { method: 'POST' }), entries);
    await preload(new Request('http://x/v1/tables/t?date=2015-01-01'), entries);
    expect(loads).toEqual(['b']);
  });

  it('the path is read from the URL as the router reads it', () => {
    expect(pathOf('http://x/v1/tables/a?date=2015-01-01#f')).toBe('/v1/tables/a');
    expect(pathOf('https://api.example.gov.cn:8443/v1/ping')).toBe('/v1/ping');
    expect(pathOf('http://x/v1/tables/a#f?x')).toBe('/v1/tables/a');
    expect(pathOf('http://x')).toBe('/');
  });
});

/** The requests compared: what each group answers, well and badly, and some the whole API answers. */
function requests(): [string, string, RequestInit][] {
  const out: [string, string, RequestInit][] = [];
  for (const calc of calculators) {
    const example = casesOf(calc).find((c) => c.example)!;
    out.push([`${calc.id} example`, `/v1/calculators/${calc.id}`, json(example.request)]);
    out.push([`${calc.id} example, no trace`, `/v1/calculators/${calc.id}?trace=false`, json(example.request)]);
  }
  for (const t of Object.values(realBundle().tables))
    for (const lang of ['zh', 'en']) {
      const q = `?date=${t.coverage.from}&lang=${lang}`;
      out.push([`${t.id} ${lang}`, `/v1/tables/${t.id}${q}`, {}]);
      if (t.parameters[0]) out.push([`${t.id} parameter ${lang}`, `/v1/tables/${t.id}/parameters/${t.parameters[0].key}${q}`, {}]);
      if (t.scales[0]) out.push([`${t.id} scale ${lang}`, `/v1/tables/${t.id}/scales/${t.scales[0].id}${q}`, {}]);
    }
  const settle = casesOf(calculators.find((c) => `/v1/calculators/${c.id}` === SETTLE)!).find((c) => c.example)!.request as object;
  out.push(
    ['table without a date', `/v1/tables/${EMI}`, {}],
    ['table, HEAD', `/v1/tables/${EMI}?date=2015-06-01`, { method: 'HEAD' }],
    ['table, a date before its coverage', `/v1/tables/${EMI}?date=1999-01-01`, {}],
    ['table, a bad date', `/v1/tables/${EMI}?date=2015-13-01`, {}],
    ['table, a bad lang', `/v1/tables/${EMI}?lang=fr`, {}],
    ['table, an unknown query', `/v1/tables/${EMI}?date=2015-06-01&x=1`, {}],
    ['table, the date twice', `/v1/tables/${EMI}?date=2015-06-01&date=2015-07-01`, {}],
    ['table, Accept-Language en', `/v1/tables/${EMI}?date=2015-06-01`, { headers: { 'accept-language': 'en-US,en;q=0.9' } }],
    ['table, from a browser', `/v1/tables/${EMI}?date=2015-06-01`, { headers: { origin: 'https://www.jiaxing.gov.cn' } }],
    ['unknown table', '/v1/tables/nope?date=2015-06-01', {}],
    ['unknown parameter', `/v1/tables/${EMI}/parameters/nope?date=2015-06-01`, {}],
    ['unknown scale', `/v1/tables/${EMI}/scales/nope`, {}],
    ['an encoded table id', `/v1/tables/${encodeURIComponent('employee medical')}`, {}],
    ['a table POSTed', `/v1/tables/${EMI}`, json({})],
    ['settlement, invalid', SETTLE, json({ year: 2015 })],
    ['settlement, not JSON', SETTLE, json('{"year":')],
    ['settlement, not application/json', SETTLE, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }],
    ['settlement, no body', SETTLE, { method: 'POST' }],
    ['settlement, too large', SETTLE, json(' '.repeat(70_000))],
    ['settlement, a bad trace query', `${SETTLE}?trace=maybe`, json(settle)],
    ['settlement, a reform', SETTLE, json({ ...settle, reform: { 'inpatient.annual_cap': [{ from: '2015-01-01', value: 200000 }] } })],
    ['settlement, a bad reform', SETTLE, json({ ...settle, reform: { nope: [{ from: '2015-01-01', value: 1 }] } })],
    ['settlement, from a browser', SETTLE, json(settle, { origin: 'https://www.jiaxing.gov.cn' })],
    ['settlement, GET', SETTLE, {}],
    ['the tables', '/v1/tables', {}],
    ['a table’s changes', `/v1/tables/${EMI}/changes`, {}],
    ['a batch', `${SETTLE}/batch`, json({ requests: [settle] })],
    ['settlement, a trailing slash', `${SETTLE}/`, json(settle)],
    [
      'settlement, preflight',
      SETTLE,
      { method: 'OPTIONS', headers: { origin: 'https://x.example', 'access-control-request-method': 'POST' } },
    ],
  );
  return out;
}

const answerOf = async (res: Response) => ({
  status: res.status,
  headers: [...res.headers].filter(([k]) => k !== 'date').sort(),
  body: await res.text(),
});

describe('the Worker’s route groups', { timeout: 120_000 }, () => {
  it('answer every request as the whole API does: status, headers and body', async () => {
    const { env } = builtAssets();
    const whole = createApp(await loadServed(env.ASSETS));
    const worker = createHandler();
    const differ: string[] = [];
    const statuses = new Set<number>();
    let n = 0;
    for (const [name, path, init] of requests()) {
      const req = () => new Request(`http://localhost${path}`, { ...init, headers: { 'x-request-id': `t-${n}`, ...init.headers } });
      const a = await answerOf(await whole.fetch(req(), env, ctx));
      const b = await answerOf(await worker.fetch(req(), env, ctx));
      n++;
      // the kinds of answer the groups themselves gave
      if (groupOf(init.method ?? 'GET', pathOf(`http://localhost${path}`), IDS) !== 'api') statuses.add(a.status);
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${name}: ${a.status} ${b.status}`);
      // with its ETag, the same request is answered 304 by both
      const etag = a.headers.find(([k]) => k === 'etag')?.[1];
      if (etag && a.status === 200) {
        const again = () =>
          new Request(`http://localhost${path}`, { ...init, headers: { 'x-request-id': 'again', 'if-none-match': etag, ...init.headers } });
        const c = await answerOf(await whole.fetch(again(), env, ctx));
        const d = await answerOf(await worker.fetch(again(), env, ctx));
        if (groupOf(init.method ?? 'GET', pathOf(`http://localhost${path}`), IDS) !== 'api') statuses.add(c.status);
        if (c.status !== 304 || JSON.stringify(c) !== JSON.stringify(d)) differ.push(`${name} (If-None-Match): ${c.status} ${d.status}`);
      }
    }
    expect(differ).toEqual([]);
    expect(n).toBeGreaterThan(100);
    // the groups' answers compared are of every kind, not only the good ones
    for (const s of [200, 304, 400, 404, 413, 415, 422]) expect(statuses, `a ${s} compared`).toContain(s);
  });

  it('a group that cannot be built answers 503 problem+json, and the next request builds it afresh', async () => {
    const { env } = builtAssets();
    const bundle = await loadServed(env.ASSETS);
    let broken = true;
    const groups = routeGroups(bundle, [...IDS], {
      build: async (_group, b) => {
        if (broken) throw new Error('a module failed');
        return (await import('../../src/app-tables')).tablesApp(b);
      },
    });
    const send = () =>
      groups.fetch(new Request(`http://localhost/v1/tables/${EMI}/parameters/inpatient.annual_cap?date=2015-06-01`), env, ctx);
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...x: unknown[]) => errors.push(x);
    try {
      const res = await send();
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('retry-after')).toBe('30');
      expect(((await res.json()) as { code: string }).code).toBe('service-unavailable');
      expect(String(errors[0])).toContain('the tables app could not be built');
    } finally {
      console.error = log;
    }
    broken = false;
    expect((await send()).status).toBe(200);
  });

  it('a cold isolate builds only the group its first request needs; the others when first asked for', async () => {
    const { env } = builtAssets();
    const bundle = await loadServed(env.ASSETS);
    const built: string[] = [];
    const groups = routeGroups(bundle, [...IDS], { built: (g) => built.push(g) });
    const send = (path: string, init: RequestInit = {}) => groups.fetch(new Request(`http://localhost${path}`, init), env, ctx);
    expect((await send(`/v1/tables/${EMI}/parameters/inpatient.annual_cap?date=2015-06-01`)).status).toBe(200);
    expect(built).toEqual(['tables']);
    expect((await send(`/v1/tables/${EMI}?date=2015-06-01`)).status).toBe(200);
    const settle = casesOf(calculators.find((c) => `/v1/calculators/${c.id}` === SETTLE)!).find((c) => c.example)!.request as object;
    expect((await send(SETTLE, json(settle))).status).toBe(200);
    expect((await send(SETTLE, json(settle))).status).toBe(200);
    expect(built).toEqual(['tables', 'calculator employee-medical-settlement']);
    expect((await send('/v1/ping')).status).toBe(200);
    expect((await send(`${SETTLE}/batch`, json({ requests: [settle] }))).status).toBe(200);
    expect(built).toEqual(['tables', 'calculator employee-medical-settlement', 'api']);
  });
});
