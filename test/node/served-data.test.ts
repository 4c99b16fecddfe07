import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import {
  DATA_META_ASSET_PATH,
  loadServed,
  lookupAnswerAssetPath,
  lookupIndexAssetPath,
  SEARCH_INDEX_ASSET_PATH,
  TABLE_INDEX_ASSET_PATH,
  tableAssetPath,
} from '../../src/data';
import { tableOnDatePeriods } from '../../src/routes/lookup-shapes';
import { periodOf } from '../../src/tables/prepared';
import { calculatorEntries } from '../../src/policy/registry';
import { indexOf, lazyServed, metaOf, summaryOf } from '../../src/tables/served';
import { builtAssets } from '../helpers/assets';
import { realBundle } from '../helpers/calc';

/**
 * A request reads only the tables it needs (issue 21): the API Worker reads the data's index on its first request and
 * each table the first time a request needs it (src/tables/served.ts, src/http/tables-needed.ts).
 */
const EMI = 'employee-medical-insurance';
const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** The first day of the period of a table's prepared lookups that holds `date`. */
const periodOn = (id: string, date: string) => periodOf(tableOnDatePeriods(realBundle().tables[id]!), date)!.from;

async function servedApp() {
  const { env, reads } = builtAssets();
  const app = createApp(await loadServed(env.ASSETS));
  /** The asset reads a request made. */
  const readsOf = async (path: string, init: RequestInit = {}) => {
    const from = reads.length;
    const res = await app.request(path, init, env);
    await res.arrayBuffer();
    return { status: res.status, reads: reads.slice(from).filter((p) => p.startsWith('/_data/')) };
  };
  return { reads, readsOf };
}

describe('the data as the API Worker reads it', () => {
  it('the meta first; a lookup reads its one table, once per isolate; the lists read the summaries, once', async () => {
    const { reads, readsOf } = await servedApp();
    expect(reads).toEqual([DATA_META_ASSET_PATH]);
    expect(await readsOf('/v1/tables')).toEqual({ status: 200, reads: [TABLE_INDEX_ASSET_PATH] });
    expect(await readsOf('/v1/calculators')).toMatchObject({ reads: [] });
    expect(await readsOf('/healthz')).toEqual({ status: 200, reads: [] });
    expect(await readsOf(`/v1/tables/${EMI}/parameters/inpatient.annual_cap?date=2015-06-01`)).toEqual({
      status: 200,
      reads: [tableAssetPath(EMI)],
    });
    // a whole table on a date: its prepared answer (test/node/prepared-lookups.test.ts), not the table
    expect(await readsOf(`/v1/tables/${EMI}?date=2015-06-01`)).toEqual({
      status: 200,
      reads: [lookupIndexAssetPath(EMI), lookupAnswerAssetPath(EMI, periodOn(EMI, '2015-06-01'), 'zh-CN')],
    });
    expect(await readsOf('/v1/tables/no-such-table')).toEqual({ status: 404, reads: [] });
  });

  it('a whole table on a date reads its prepared answer, never the table; each answer once per isolate', async () => {
    const { reads, readsOf } = await servedApp();
    const answer = (date: string, lang: string) => lookupAnswerAssetPath(EMI, periodOn(EMI, date), lang);
    expect(await readsOf(`/v1/tables/${EMI}?date=2015-06-01`)).toEqual({
      status: 200,
      reads: [lookupIndexAssetPath(EMI), answer('2015-06-01', 'zh-CN')],
    });
    // another day of the same period, another language, another period
    expect(await readsOf(`/v1/tables/${EMI}?date=2015-06-02`)).toEqual({ status: 200, reads: [] });
    expect(await readsOf(`/v1/tables/${EMI}?date=2015-06-01&lang=en`)).toEqual({ status: 200, reads: [answer('2015-06-01', 'en')] });
    expect(await readsOf(`/v1/tables/${EMI}?date=2015-01-05`, { headers: { 'accept-language': 'en' } })).toEqual({
      status: 200,
      reads: [answer('2015-01-05', 'en')],
    });
    expect(reads.filter((r) => r.startsWith('/_data/tables'))).toEqual([]);
    // what it cannot answer, the route does, from the table
    expect(await readsOf(`/v1/tables/${EMI}?date=1999-01-01`)).toEqual({ status: 422, reads: [tableAssetPath(EMI)] });
  });

  it('a calculator reads the table of its rules only; search reads its index and the tables that can hold a hit', async () => {
    const { readsOf } = await servedApp();
    const contribution = { year: 2015, scheme: 'B', base: 36000, employed: 10 };
    expect(await readsOf('/v1/calculators/employee-medical-contribution', post(contribution))).toEqual({
      status: 200,
      reads: [tableAssetPath(EMI)],
    });
    const entry = calculatorEntries.find((e) => e.table !== EMI)!;
    const other = await readsOf(`/v1/calculators/${entry.id}`, post({}));
    expect(other.reads).toEqual([tableAssetPath(entry.table)]);
  });

  it('search reads its index, then only the tables holding every word of the query', async () => {
    const { readsOf } = await servedApp();
    // 住院 起付 (the inpatient deductible): the employee medical insurance table only
    const search = await readsOf(`/v1/search?q=${encodeURIComponent('住院 起付')}`);
    expect(search.status).toBe(200);
    expect(search.reads[0]).toBe(SEARCH_INDEX_ASSET_PATH);
    expect(search.reads.slice(1)).toEqual([tableAssetPath(EMI)]);
    expect(await readsOf(`/v1/search?q=${encodeURIComponent('住院 起付')}`)).toEqual({ status: 200, reads: [] });
    // a word no table has reads nothing more; a table's id reads that table
    expect(await readsOf(`/v1/search?q=${encodeURIComponent('不存在的词语')}`)).toEqual({ status: 200, reads: [] });
    expect(await readsOf('/v1/search?q=solar-pv')).toEqual({ status: 200, reads: [tableAssetPath('solar-pv')] });
  });

  it('search on a fresh isolate answers as on the whole bundle, whatever the query finds', { timeout: 120_000 }, async () => {
    const bundle = realBundle();
    const emi = bundle.tables[EMI]!;
    const queries = [
      '起付',
      '住院 起付',
      '第二十五条',
      '第三条',
      'deductible',
      'annual cap',
      EMI,
      'inpatient.annual_cap',
      '嘉政发',
      '计算器',
      'calculator',
      '退休',
      '光伏',
      '公交',
      '应急',
      '2015',
      '%',
      '不存在的词语',
      emi.title.zh,
      emi.parameters[3]!.label.zh,
      emi.parameters[3]!.label.en,
      ...Object.values(bundle.tables).map((t) => t.sources[0]?.number ?? t.id),
      ...Object.values(bundle.tables).map((t) => t.title.en.split(' ')[0]!),
    ];
    const { env } = builtAssets();
    const whole = createApp(bundle);
    const differ: string[] = [];
    let hits = 0;
    for (const q of new Set(queries))
      for (const extra of ['', '&lang=en&date=2015-06-01&limit=100']) {
        const path = `/v1/search?q=${encodeURIComponent(q)}${extra}`;
        const fresh = createApp(await loadServed(env.ASSETS));
        const [a, b] = await Promise.all([fresh.request(path, {}, env), whole.request(path, {}, env)]);
        const [x, y] = (await Promise.all([a.json(), b.json()])) as { total?: number }[];
        hits += y!.total ?? 0;
        if (a.status !== b.status || JSON.stringify({ ...x, requestId: 0 }) !== JSON.stringify({ ...y, requestId: 0 })) differ.push(path);
      }
    expect(differ).toEqual([]);
    expect(hits).toBeGreaterThan(500);
  });

  it('answers the lists from the index exactly as from the whole bundle', async () => {
    const { env } = builtAssets();
    const lazy = createApp(await loadServed(env.ASSETS));
    const whole = createApp(realBundle());
    for (const path of [
      '/v1/tables',
      '/v1/tables?lang=en',
      '/healthz',
      '/v1/tables/nope',
      `/v1/search?q=${encodeURIComponent('第二十五条')}`,
    ]) {
      const [a, b] = await Promise.all([lazy.request(path, {}, env), whole.request(path, {}, env)]);
      expect(a.status, path).toBe(b.status);
      const [x, y] = (await Promise.all([a.json(), b.json()])) as Record<string, unknown>[];
      expect({ ...x, requestId: 0 }, path).toEqual({ ...y, requestId: 0 });
    }
  });

  it('a reform, single or in a batch, on a fresh isolate (nothing else read yet): answered, not a 500', async () => {
    const { env } = builtAssets();
    const { calculatorCatalogue } = await import('../../scripts/lib/api-description');
    const catalogue = JSON.stringify(calculatorCatalogue());
    // the catalogue asset as `npm run assets:build` writes it (the reform's money fields are read from it)
    const assets = {
      fetch: (req: Request) =>
        new URL(req.url).pathname.startsWith('/_api/') ? Promise.resolve(new Response(catalogue)) : env.ASSETS!.fetch(req),
    } as unknown as Fetcher;
    const { casesOf } = await import('../../scripts/lib/policy');
    const settlement = calculatorEntries.find((e) => e.id === 'employee-medical-settlement')!;
    const request = casesOf(await settlement.load()).find((c) => c.example)!.request as object;
    const reform = { 'inpatient.annual_cap': [{ from: '2015-01-01', value: 250000 }] };
    const single = createApp(await loadServed(assets));
    const res = await single.request('/v1/calculators/employee-medical-settlement', post({ ...request, reform }), {
      ...env,
      ASSETS: assets,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveProperty('difference');
    const batch = createApp(await loadServed(assets));
    const b = await batch.request('/v1/calculators/employee-medical-settlement/batch', post({ requests: [{ ...request, reform }] }), {
      ...env,
      ASSETS: assets,
    });
    expect(b.status).toBe(200);
    expect(((await b.json()) as { results: object[] }).results[0]).toHaveProperty('difference');
  });

  it('a table whose asset cannot be read: 503 with Retry-After, and the next request reads it again', async () => {
    const { env, reads } = builtAssets();
    let broken = true;
    const assets = {
      fetch: (req: Request) =>
        broken && req.url.includes('/_data/tables/') ? Promise.resolve(new Response('', { status: 404 })) : env.ASSETS!.fetch(req),
    } as unknown as Fetcher;
    const app = createApp(await loadServed(assets));
    const path = `/v1/tables/${EMI}/parameters/inpatient.annual_cap?date=2015-06-01`;
    const res = await app.request(path, {}, { ...env, ASSETS: assets });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(((await res.json()) as { code: string }).code).toBe('service-unavailable');
    broken = false;
    expect((await app.request(path, {}, { ...env, ASSETS: assets })).status).toBe(200);
    expect(reads.filter((r) => r === tableAssetPath(EMI))).toHaveLength(1);
  });

  it('a search index that is not one (an entry not a list of texts, no tables): 503, never a 500', async () => {
    const { env } = builtAssets();
    const real = JSON.parse(String(await (await env.ASSETS!.fetch(new Request(`http://x${SEARCH_INDEX_ASSET_PATH}`))).text()));
    for (const tables of [{ [EMI]: [1] }, { [EMI]: 'text' }, {}, null]) {
      const assets = {
        fetch: (req: Request) =>
          req.url.endsWith(SEARCH_INDEX_ASSET_PATH)
            ? Promise.resolve(new Response(JSON.stringify({ ...real, tables })))
            : env.ASSETS!.fetch(req),
      } as unknown as Fetcher;
      const app = createApp(await loadServed(assets));
      const res = await app.request(`/v1/search?q=${encodeURIComponent('起付')}`, {}, { ...env, ASSETS: assets });
      expect(res.status, JSON.stringify(tables)).toBe(503);
    }
  });

  it('reads a table once however many requests wait for it, and tries again after a failed read', async () => {
    const bundle = realBundle();
    let calls = 0;
    let fail = true;
    const served = lazyServed(metaOf(bundle), {
      table: async (id) => {
        calls++;
        await new Promise((r) => setTimeout(r, 5));
        if (fail) throw new Error('read failed');
        return bundle.tables[id]!;
      },
      summaries: async () => indexOf(bundle),
    });
    expect(() => served.summaries).toThrow(/ensureSummaries/);
    await served.ensureSummaries();
    await expect(served.ensure([EMI])).rejects.toThrow('read failed');
    fail = false;
    await Promise.all([served.ensure([EMI]), served.ensure([EMI]), served.ensure([EMI, 'unknown-table'])]);
    expect(calls).toBe(2);
    expect(served.tables[EMI]).toBe(bundle.tables[EMI]);
    expect(Object.keys(served.tables)).toEqual([EMI]);
    expect(served.summaries[EMI]).toEqual(summaryOf(bundle.tables[EMI]!));
  });
});

describe('tablesNeeded', () => {
  it('reads the table and calculator ids from the path, and leaves malformed percent-encoding to the route', async () => {
    const { tablesNeeded } = await import('../../src/http/tables-needed');
    expect(tablesNeeded(`/v1/tables/${EMI}`)).toEqual([EMI]);
    expect(tablesNeeded(`/v1/tables/${EMI}/scales/inpatient_levels`)).toEqual([EMI]);
    expect(tablesNeeded('/v1/calculators/solar-pv-obligation/batch')).toEqual(['solar-pv']);
    expect(tablesNeeded('/v1/calculators/nope')).toEqual([]);
    expect(tablesNeeded('/v1/tables/%E0%A4%A')).toEqual([]);
    expect(tablesNeeded('/v1/calculators/%E0%A4%A')).toEqual([]);
    expect(tablesNeeded('/v1/tables')).toEqual([]);
    expect(tablesNeeded('/v1/search')).toEqual([]); // its route reads what its query needs (below)
    const { env } = builtAssets();
    const app = createApp(await loadServed(env.ASSETS));
    expect((await app.request('/v1/tables/%E0%A4%A', {}, env)).status).toBeLessThan(500);
  });
});
