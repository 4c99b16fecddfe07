import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTableAssets } from '../../scripts/lib/build';
import { preparedText } from '../../scripts/lib/prepared-lookups';
import { createApp } from '../../src/app';
import { lookupAnswerAssetPath, lookupIndexAssetPath, loadServed } from '../../src/data';
import { addDays, dayNumber, isoOfDay, LAST_DAY } from '../../src/engine/dates';
import { shanghaiDate, valueOn } from '../../src/engine/lookup';
import { tableOnDate, tableOnDatePeriods } from '../../src/routes/lookup-shapes';
import type { CompiledTable } from '../../src/tables/model';
import { DATE_SLOT, type LookupIndex, PREPARED_LANGS, periodOf, preparedLookups } from '../../src/tables/prepared';
import { builtAssets } from '../helpers/assets';
import { realBundle } from '../helpers/calc';

/**
 * Prepared whole-table lookups (issue 21, src/tables/prepared.ts): `GET /v1/tables/{id}?date=` answered from the text
 * the build prepared per table × period × language is the answer the route computes, byte for byte and header for
 * header (the ETag included: both ways say what the answer shows, src/http/caching.ts), and reads no table.
 */
const EMI = 'employee-medical-insurance';
const ROOT = join(import.meta.dirname, '..', '..', 'compiled', 'public');
/** One request id for both apps, so their headers and problem bodies can be compared whole. */
const SAME = { 'x-request-id': 'prepared-lookups-test' };

const indexOn = (id: string) => JSON.parse(readFileSync(join(ROOT, lookupIndexAssetPath(id)), 'utf8')) as LookupIndex;
const middleDay = (from: string, to: string) => isoOfDay(Math.floor((dayNumber(from) + dayNumber(to)) / 2));

async function apps() {
  const { env, reads } = builtAssets();
  return { prepared: createApp(await loadServed(env.ASSETS)), computed: createApp(realBundle()), env, reads };
}

/** Status, headers and body of a request, for comparison. */
async function answerOf(app: Awaited<ReturnType<typeof apps>>['prepared'], path: string, init: RequestInit, env?: object) {
  const res = await app.request(path, { ...init, headers: { ...SAME, ...(init.headers as object) } }, env);
  return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
}

describe('prepared whole-table lookups', { timeout: 300_000 }, () => {
  it('the build prepared every table, in both languages, in the periods the route’s own code gives', () => {
    for (const t of Object.values(realBundle().tables)) {
      const index = indexOn(t.id);
      expect(index, t.id).toEqual({
        format: 1,
        hash: realBundle().hash,
        id: t.id,
        langs: [...PREPARED_LANGS],
        periods: tableOnDatePeriods(t),
      });
      expect(index.periods[0]!.from).toBe(t.coverage.from);
      expect(index.periods.at(-1)!.to).toBe(t.coverage.to);
      for (const [i, p] of index.periods.entries()) {
        expect(p.to === null || p.from <= p.to, `${t.id} ${p.from}`).toBe(true);
        if (i > 0) expect(index.periods[i - 1]!.to, `${t.id} ${p.from}`).toBe(addDays(p.from, -1));
      }
    }
  });

  it('answers as the route computes, byte for byte: every table, period and language, on its first, middle and last day, and today', async () => {
    const { prepared, computed, reads, env } = await apps();
    let compared = 0;
    for (const t of Object.values(realBundle().tables)) {
      for (const p of indexOn(t.id).periods) {
        const last = p.to ?? LAST_DAY;
        for (const date of new Set([p.from, middleDay(p.from, last), last]))
          for (const [query, headers] of [
            [`date=${date}&lang=zh`, {}],
            [`date=${date}&lang=en`, {}],
            [`date=${date}`, { 'accept-language': 'en-GB,en;q=0.9' }],
            [`date=${date}`, {}],
          ] as const) {
            const path = `/v1/tables/${t.id}?${query}`;
            const [a, b] = await Promise.all([answerOf(prepared, path, { headers }, env), answerOf(computed, path, { headers })]);
            expect(a.status, path).toBe(200);
            expect(a.body === b.body, path).toBe(true);
            expect(a.headers, path).toEqual(b.headers);
            compared++;
          }
      }
      // no date: today in Shanghai
      for (const lang of ['zh-CN', 'en']) {
        const path = `/v1/tables/${t.id}?lang=${lang}`;
        const [a, b] = await Promise.all([answerOf(prepared, path, {}, env), answerOf(computed, path, {})]);
        expect(a, path).toEqual(b);
        expect(JSON.parse(a.body).date, path).toBe(shanghaiDate(Date.now()));
      }
    }
    expect(compared).toBeGreaterThan(24 * 3 * 4);
    // every answer was a prepared one: no table was read
    expect(reads.filter((r) => r.startsWith('/_data/tables'))).toEqual([]);
  });

  it('answers 304 to its ETag, the same ETag as the route’s; the ETag is of the table, date and language', async () => {
    const { prepared, computed, env } = await apps();
    const path = `/v1/tables/${EMI}?date=2015-06-01&lang=en`;
    const etag = (await prepared.request(path, {}, env)).headers.get('etag')!;
    expect(etag).toBe((await computed.request(path)).headers.get('etag'));
    for (const inm of [etag, `W/${etag}`, `"x", ${etag}`, '*']) {
      const res = await prepared.request(path, { headers: { 'if-none-match': inm } }, env);
      expect(res.status, inm).toBe(304);
      expect(await res.text()).toBe('');
      expect(res.headers.get('etag')).toBe(etag);
      expect(res.headers.get('vary')).toBe('Accept-Language');
    }
    expect((await prepared.request(path, { headers: { 'if-none-match': '"other"' } }, env)).status).toBe(200);
    // what the answer shows, however it is asked for
    const etagOf = async (p: string, headers: Record<string, string> = {}) =>
      (await prepared.request(p, { headers }, env)).headers.get('etag');
    expect(await etagOf(`/v1/tables/${EMI}?date=2015-06-01`, { 'accept-language': 'en' })).toBe(etag);
    expect(await etagOf(`/v1/tables/${EMI}?lang=EN&date=2015-06-01`)).toBe(etag);
    // another date of the same period (the answer names it), another language: another ETag
    expect(await etagOf(`/v1/tables/${EMI}?date=2015-06-02&lang=en`)).not.toBe(etag);
    expect(await etagOf(`/v1/tables/${EMI}?date=2015-06-01`)).not.toBe(etag);
    // HEAD: the same headers, no body
    const head = await prepared.request(path, { method: 'HEAD' }, env);
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(await head.text()).toBe('');
  });

  it('leaves to the route what it cannot answer: the same problems and answers as before', async () => {
    const { prepared, computed, env, reads } = await apps();
    for (const [path, status] of [
      ['/v1/tables/no-such-table?date=2015-06-01', 404],
      ['/v1/tables/no-such-table', 404],
      [`/v1/tables/${EMI}?date=2015-13-01`, 422],
      [`/v1/tables/${EMI}?date=2015-02-29`, 422],
      [`/v1/tables/${EMI}?date=20150601`, 422],
      [`/v1/tables/${EMI}?date=`, 422],
      [`/v1/tables/${EMI}?date=2014-12-31`, 422],
      [`/v1/tables/${EMI}?date=0000-01-01`, 422],
      [`/v1/tables/${EMI}?date=2015-06-01&lang=fr`, 422],
      [`/v1/tables/${EMI}?date=2015-06-01&lang=`, 422],
      [`/v1/tables/${EMI}?date=2015-06-01&date=2015-07-01`, 422],
      [`/v1/tables/${EMI}?date=2015-06-01&lang=en&lang=zh`, 422],
      [`/v1/tables/${EMI}?date=2015-06-01&utm_source=x`, 200],
      [`/v1/tables/${EMI}/?date=2015-06-01`, 404],
      [`/v1/tables/${encodeURIComponent('__proto__')}?date=2015-06-01`, 404],
    ] as const) {
      const [a, b] = await Promise.all([answerOf(prepared, path, {}, env), answerOf(computed, path, {})]);
      expect(a.status, path).toBe(status);
      expect(a, path).toEqual(b);
    }
    // none of them was answered from a prepared text
    expect(reads.filter((r) => r.startsWith('/_data/lookups/') && r !== lookupIndexAssetPath(EMI))).toEqual([]);
  });

  it('without its prepared answers, or when they cannot be read, the route answers the same (and the next request tries again)', async () => {
    const { env } = builtAssets();
    let mode: 'missing' | 'failing' | 'ok' = 'missing';
    const reads: string[] = [];
    const ASSETS = {
      fetch: async (req: Request) => {
        const path = new URL(req.url).pathname;
        reads.push(path);
        if (path.startsWith('/_data/lookups/') && mode === 'missing') return new Response('not found', { status: 404 });
        if (path.startsWith('/_data/lookups/') && mode === 'failing') throw new Error('network down');
        return env.ASSETS!.fetch(req);
      },
    } as unknown as Fetcher;
    const computed = createApp(realBundle());
    const path = `/v1/tables/${EMI}?date=2015-06-01&lang=en`;
    const expected = await answerOf(computed, path, {});
    // missing: remembered for the isolate (the table's lookups are computed)
    const missing = createApp(await loadServed(ASSETS));
    expect(await answerOf(missing, path, {}, { ASSETS })).toEqual(expected);
    expect(await answerOf(missing, path, {}, { ASSETS })).toEqual(expected);
    expect(reads.filter((r) => r === lookupIndexAssetPath(EMI))).toHaveLength(1);
    // failing: computed this time, read again the next
    mode = 'failing';
    reads.length = 0;
    const failing = createApp(await loadServed(ASSETS));
    expect(await answerOf(failing, path, {}, { ASSETS })).toEqual(expected);
    mode = 'ok';
    expect(await answerOf(failing, path, {}, { ASSETS })).toEqual(expected);
    expect(reads.filter((r) => r.startsWith('/_data/lookups/'))).toEqual([
      lookupIndexAssetPath(EMI),
      lookupIndexAssetPath(EMI),
      lookupAnswerAssetPath(EMI, periodOf(tableOnDatePeriods(realBundle().tables[EMI]!), '2015-06-01')!.from, 'en'),
    ]);
  });
});

describe('the periods and prepared texts', { timeout: 300_000 }, () => {
  /**
   * A table with every kind of day the answer can change on: a closed coverage, a value of one day, an in-force date
   * the text leaves open, a later source and a date it was verified through inside the coverage.
   */
  function edgeTable(): CompiledTable {
    const t = structuredClone(realBundle().tables[EMI]!);
    t.coverage = { from: '2015-01-01', to: '2016-06-30' };
    t.verifiedThrough = '2015-09-30';
    // a value of one day, 2015-07-15, between two of the value in force before and after
    const day = '2015-07-15';
    const p = t.parameters.find((x) => typeof valueOn(x, day)?.value === 'number')!;
    const v = valueOn(p, day)!;
    p.history.splice(
      p.history.indexOf(v),
      1,
      ...[
        { ...v, to: addDays(day, -1) },
        { ...v, from: day, to: day, value: (v.value as number) + 1 },
        { ...v, from: addDays(day, 1) },
      ].filter((h) => h.to === null || h.from <= h.to),
    );
    const s = t.sources[0]!;
    t.sources.push(
      { ...s, number: `${s.number}-later`, issued: '2015-11-20', effective: '2016-01-01', effectiveReading: null },
      {
        ...s,
        number: `${s.number}-open`,
        issued: '2015-03-03',
        effective: '2015-04-01',
        effectiveReading: { earliest: '2015-03-15', latest: '2015-04-10', note: { zh: '原文未写明。', en: 'The text leaves it open.' } },
      },
    );
    return t;
  }

  it('on every day of a table with every kind of change, the prepared text with the date put in is the computed answer', () => {
    const t = edgeTable();
    const periods = tableOnDatePeriods(t);
    for (const must of ['2015-03-15', '2015-04-01', '2015-04-11', '2015-07-15', '2015-07-16', '2015-10-01', '2016-01-01'])
      expect(periods.map((p) => p.from)).toContain(must);
    expect(periods.at(-1)!.to).toBe('2016-06-30');
    for (const lang of PREPARED_LANGS) {
      const texts = new Map(periods.map((p) => [p.from, preparedText(t, p, lang).split(DATE_SLOT)]));
      for (let d = t.coverage.from; d <= t.coverage.to!; d = addDays(d, 1)) {
        const p = periodOf(periods, d)!;
        expect(texts.get(p.from)!.join(d) === JSON.stringify(tableOnDate(t, d, lang)), `${d} ${lang}`).toBe(true);
      }
    }
    // a period of one day is prepared as it is
    const one = periods.find((p) => p.from === p.to)!;
    expect(preparedText(t, one, 'en')).toBe(JSON.stringify(tableOnDate(t, one.from, 'en')));
  });

  it('the build stops when a period’s answer changes within it (a day the periods miss)', () => {
    const t = edgeTable();
    const [p] = tableOnDatePeriods(t);
    expect(() => preparedText(t, { from: p!.from, to: '2016-06-30' }, 'en')).toThrow(/misses a day/);
  });

  it('the build writes each table’s index and answers, and removes those of tables and periods no longer there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-edge-lookups-'));
    try {
      const { tables, hash } = realBundle();
      const emi = tables[EMI]!;
      const two = { ...realBundle(), tables: { [EMI]: emi, 'solar-pv': tables['solar-pv']! } };
      const figures = writeTableAssets(dir, two);
      const periods = tableOnDatePeriods(emi).length + tableOnDatePeriods(tables['solar-pv']!).length;
      expect(figures.files).toBe(2 + periods * PREPARED_LANGS.length);
      expect(readdirSync(join(dir, 'lookups')).sort()).toEqual([EMI, `${EMI}.json`, 'solar-pv', 'solar-pv.json']);
      const first = tableOnDatePeriods(emi)[0]!.from;
      const text = readFileSync(join(dir, 'lookups', EMI, `${first}.en.json`), 'utf8');
      expect(text.split(DATE_SLOT).join(first)).toBe(JSON.stringify(tableOnDate(emi, first, 'en')));
      // one table left, with one period fewer (its coverage starts a period later)
      const later = { ...emi, coverage: { ...emi.coverage, from: tableOnDatePeriods(emi)[1]!.from } };
      writeTableAssets(dir, { ...realBundle(), hash, tables: { [EMI]: later } });
      expect(readdirSync(join(dir, 'lookups')).sort()).toEqual([EMI, `${EMI}.json`]);
      expect(readdirSync(join(dir, 'lookups', EMI)).sort()).toEqual(
        tableOnDatePeriods(later)
          .flatMap((p) => PREPARED_LANGS.map((l) => `${p.from}.${l}.json`))
          .sort(),
      );
      expect(readdirSync(join(dir, 'lookups', EMI))).not.toContain(`${first}.en.json`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('periodOf finds the period of a date, none before the first or after a closed last', () => {
    const periods = [
      { from: '2015-01-01', to: '2015-01-31' },
      { from: '2015-02-01', to: '2015-02-01' },
      { from: '2015-02-02', to: null },
    ];
    expect(periodOf(periods, '2014-12-31')).toBeUndefined();
    expect(periodOf(periods, '2015-01-01')).toBe(periods[0]);
    expect(periodOf(periods, '2015-01-31')).toBe(periods[0]);
    expect(periodOf(periods, '2015-02-01')).toBe(periods[1]);
    expect(periodOf(periods, LAST_DAY)).toBe(periods[2]);
    expect(periodOf([{ from: '2015-01-01', to: '2015-12-31' }], '2016-01-01')).toBeUndefined();
    expect(periodOf([], '2016-01-01')).toBeUndefined();
  });

  it('an isolate keeps the texts it used last, up to its budget, and reads an evicted one again', async () => {
    const meta = { format: 1 as const, packageVersion: '0', hash: 'h', ids: ['t'] };
    const index: LookupIndex = {
      format: 1,
      hash: 'h',
      id: 't',
      langs: ['en'],
      periods: [
        { from: '2015-01-01', to: '2015-12-31' },
        { from: '2016-01-01', to: null },
      ],
    };
    const reads: string[] = [];
    const text = (from: string) =>
      new TextEncoder().encode(`{"from":"${from}","date":"${DATE_SLOT}","again":"${DATE_SLOT}","pad":"${'x'.repeat(100)}"}`);
    const lookups = preparedLookups(
      meta,
      {
        index: async () => index,
        text: async (_id, from) => {
          reads.push(from);
          return text(from);
        },
      },
      400, // one text at a time (each holds ≈ 270 bytes as a string)
    );
    const answer = async (date: string) => (await lookups.answer('t', date, 'en')) ?? '';
    expect(JSON.parse(await answer('2015-03-04'))).toMatchObject({ from: '2015-01-01', date: '2015-03-04', again: '2015-03-04' });
    expect(JSON.parse(await answer('2015-12-31'))).toMatchObject({ date: '2015-12-31' });
    expect(JSON.parse(await answer('2999-01-01'))).toMatchObject({ from: '2016-01-01', date: '2999-01-01' });
    expect(JSON.parse(await answer('2015-06-01'))).toMatchObject({ from: '2015-01-01' });
    expect(reads).toEqual(['2015-01-01', '2016-01-01', '2015-01-01']);
    // what it does not prepare: another table, language or data, a date before the first period
    expect(await lookups.answer('other', '2015-06-01', 'en')).toBeUndefined();
    expect(await lookups.answer('t', '2015-06-01', 'zh-CN')).toBeUndefined();
    expect(await lookups.answer('t', '2014-06-01', 'en')).toBeUndefined();
    const foreign = preparedLookups({ ...meta, hash: 'other' }, { index: async () => index, text: async () => text('x') });
    expect(await foreign.answer('t', '2015-06-01', 'en')).toBeUndefined();
  });
});
