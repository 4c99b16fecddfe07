import { describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../src/engine/lookup';
import { etagOf, tableOnDateRepresentation } from '../../src/http/caching';
import { expectProblem, get, postCalculator } from '../helpers/http';

const EMI = '/v1/tables/employee-medical-insurance';

describe('table lookups', () => {
  it('lists every table with version, hash, sources and coverage', async () => {
    const res = await get('/v1/tables');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      tables: { id: string; hash: string; version: string; sources: unknown[]; coverage: { from: string } }[];
    };
    const emi = body.tables.find((t) => t.id === 'employee-medical-insurance')!;
    expect(emi.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(emi.sources).toContainEqual(expect.objectContaining({ number: '嘉政发〔2014〕87号' }));
    expect(emi.coverage.from <= '2015-01-01').toBe(true);
  });

  it('serves values in force on a date with unit, label and citation: level-3 inpatient deductible = 800 (第二十五条)', async () => {
    const res = await get(`${EMI}?date=2015-06-01`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      date: string;
      parameters: { key: string; value: unknown; unit: string; citation: { text: string } }[];
      scales: { id: string; rows: { cells: Record<string, unknown>; citation: { text: string } }[] }[];
    };
    expect(body.date).toBe('2015-06-01');
    const levels = body.scales.find((s) => s.id === 'inpatient_levels')!;
    const level3 = levels.rows.find((r) => r.cells.level === '3')!;
    expect(level3.cells.deductible).toBe(800);
    expect(level3.citation.text).toMatch(/^嘉政发〔2014〕87号 .*第二十五条/);
    const cap = body.parameters.find((p) => p.key === 'inpatient.annual_cap')!;
    expect(cap).toMatchObject({ value: 200000, unit: 'CNY' });
    expect(cap.citation.text).toContain('嘉政发〔2014〕87号');
  });

  it('reports a value the source does not publish as such', async () => {
    const res = await get(`${EMI}/parameters/contribution.base?date=2015-06-01&lang=en`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { value: unknown; published: boolean; notice: string; note: { zh: string; en: string } };
    expect(body).toMatchObject({ value: null, published: false, notice: 'not published in the source' });
    // the public note, in both languages
    expect(body.note.zh).toMatch(/^原文未公布/);
    expect(body.note.en).toMatch(/^Not published in the source/);
  });

  it("gives a parameter's full dated history, and one value with ?date=", async () => {
    const all = (await (await get(`${EMI}/parameters/transfer.reduction`)).json()) as {
      history: { from: string; to: string | null; value: unknown }[];
    };
    expect(all.history.length).toBeGreaterThanOrEqual(1);
    expect(all.history[0]).toMatchObject({ from: '2015-01-01', to: '2015-12-31', value: 0.9 });
    const one = (await (await get(`${EMI}/parameters/transfer.reduction?date=2015-03-01`)).json()) as { value: unknown };
    expect(one.value).toBe(0.9);
  });

  it('404 problem for an unknown table or parameter', async () => {
    const body = await expectProblem(await get('/v1/tables/no-such-table'), 404, 'not-found');
    expect(body.detail).toContain('employee-medical-insurance');
    await expectProblem(await get(`${EMI}/parameters/no.such.key`), 404, 'not-found');
  });

  it('422 for a date outside every version, saying which dates are covered', async () => {
    const body = await expectProblem(await get(`${EMI}?date=1999-01-01`), 422, 'date-not-covered');
    expect(body.covered).toMatchObject({ from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(body.detail).toMatch(/covers/);
  });

  it('422 naming the field for a malformed date or language', async () => {
    const body = await expectProblem(await get(`${EMI}?date=2015-13-45x`), 422, 'validation-error');
    expect(body.errors).toEqual([expect.objectContaining({ field: 'date', in: 'query', pointer: '/date' })]);
    const lang = await expectProblem(await get(`${EMI}?lang=fr`), 422, 'validation-error');
    expect(lang.errors).toEqual([expect.objectContaining({ field: 'lang' })]);
  });

  // impossible dates must not be answered 200 with the date echoed back and values "in force" on it
  it.each([
    `${EMI}?date=2015-13-45`,
    `${EMI}/parameters/inpatient.annual_cap?date=2015-99-99`,
    `${EMI}/scales/inpatient_levels?date=2015-02-31`,
  ])('422 for a well-formed but impossible calendar date: %s', async (url) => {
    const body = await expectProblem(await get(url), 422, 'validation-error');
    expect(body.errors).toEqual([
      expect.objectContaining({
        field: 'date',
        in: 'query',
        pointer: '/date',
        code: 'invalid-format',
        message: { zh: '应为有效的日期，写成 年-月-日，如 2015-03-01', en: 'must be a valid calendar date YYYY-MM-DD' },
      }),
    ]);
  });
});

describe('language', () => {
  it('labels follow Accept-Language (default zh-CN), ?lang= overrides', async () => {
    const label = async (path: string, headers: Record<string, string> = {}) =>
      ((await (await get(path, headers)).json()) as { label: string }).label;
    const path = `${EMI}/parameters/inpatient.annual_cap`;
    const zh = await label(path);
    const en = await label(path, { 'Accept-Language': 'en-US,en;q=0.9' });
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await label(`${path}?lang=en`, { 'Accept-Language': 'zh-CN' })).toBe(en);
    expect(await label(`${path}?lang=zh-CN`, { 'Accept-Language': 'en' })).toBe(zh);
  });
});

describe('caching', () => {
  it('GET carries an ETag from the data hash and a CDN Cache-Control; If-None-Match gives 304', async () => {
    const health = (await (await get('/healthz')).json()) as { data: { hash: string } };
    const res = await get(`${EMI}?date=2015-06-01`);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(new RegExp(`^"${health.data.hash.slice(0, 16)}-[0-9a-f]{8}"$`));
    expect(res.headers.get('cache-control')).toMatch(/public.*s-maxage=\d+/);
    expect(res.headers.get('vary')).toMatch(/Accept-Language/);
    const again = await get(`${EMI}?date=2015-06-01`, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await get(`${EMI}?date=2015-06-01`, { 'If-None-Match': '"something-else"' });
    expect(other.status).toBe(200);
  });

  it('If-None-Match: * → 304 for a resource that exists (RFC 9110 13.1.2)', async () => {
    const res = await get(`${EMI}?date=2015-06-01`, { 'If-None-Match': '*' });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{16}-[0-9a-f]{8}"$/);
  });

  it('an ETag sent for a URL that answers 404 or 422 gets that answer, never a 304', async () => {
    // the ETag of a URL can be computed in advance (src/http/caching.ts etagOf): send the one each URL would have if
    // it answered 200 — a whole table on a date's, and a URL's by default
    const health = (await (await get('/healthz')).json()) as { data: { hash: string } };
    const today = shanghaiDate(Date.now());
    for (const [url, status, id, date] of [
      ['/v1/tables/nope', 404, 'nope', today],
      [`${EMI}?date=1999-01-01`, 422, 'employee-medical-insurance', '1999-01-01'],
    ] as const) {
      const u = new URL(url, 'http://x');
      const predicted = [
        etagOf(health.data.hash, tableOnDateRepresentation(id, date, 'zh-CN')),
        etagOf(health.data.hash, `${u.pathname}?${u.search}|zh-CN|${today}`),
      ];
      expect((await get(url)).status).toBe(status);
      for (const inm of [...predicted, '*']) expect((await get(url, { 'If-None-Match': inm })).status, `${url} ${inm}`).toBe(status);
    }
  });

  it('English and Chinese representations have different ETags', async () => {
    const zh = (await get(`${EMI}?date=2015-06-01`)).headers.get('etag');
    const en = (await get(`${EMI}?date=2015-06-01&lang=en`)).headers.get('etag');
    expect(zh).not.toBe(en);
    // a whole table on a date: of the table, the date and the language, however they are asked for
    expect((await get(`${EMI}?date=2015-06-01`, { 'Accept-Language': 'en' })).headers.get('etag')).toBe(en);
    const health = (await (await get('/healthz')).json()) as { data: { hash: string } };
    expect(en).toBe(etagOf(health.data.hash, tableOnDateRepresentation('employee-medical-insurance', '2015-06-01', 'en')));
  });
});

describe('CORS and headers', () => {
  it('GET is open to any origin', async () => {
    const res = await get('/v1/tables', { Origin: 'https://hospital.example' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('security headers on every response, CSP on HTML', async () => {
    const json = await get('/v1/tables');
    expect(json.headers.get('x-content-type-options')).toBe('nosniff');
    expect(json.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await get('/docs');
    expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('system routes', () => {
  it('/healthz gives the data version', async () => {
    const body = (await (await get('/healthz')).json()) as {
      status: string;
      version: string;
      data: { tables: Record<string, { version: string }> };
    };
    expect(body.status).toBe('ok');
    expect(body.data.tables['employee-medical-insurance']!.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it('/openapi.json is an OpenAPI 3.1 document describing the table routes', async () => {
    const res = await get('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/tables', '/v1/tables/{id}', '/v1/tables/{id}/parameters/{key}', '/healthz']),
    );
    expect(doc.paths['/v1/tables/{id}']!.get!.responses).toHaveProperty('422');
    expect(doc.components.schemas).toHaveProperty('Problem');
  });

  it("/docs renders the interactive reference from this Worker's own assets", async () => {
    const page = await (await get('/docs')).text();
    expect(page).toContain('/docs/assets/swagger-ui-bundle.js');
    const js = await get('/docs/assets/init.js');
    expect(js.status).toBe(200);
    expect(await js.text()).toContain('/openapi.json');
  });

  it('unknown paths are 404 problems, never HTML or 500', async () => {
    await expectProblem(await get('/nothing/here'), 404, 'not-found');
  });
});

describe('validation errors point at the field (RFC 6901 JSON Pointers)', () => {
  const person = { scheme: 'A', status: 'employed', birthDate: '1970-01-01' };
  const claims = [{ kind: 'outpatient', date: '2015-02-01', facility: 'community', eligibleAmount: 100 }];

  it('an unknown key is named at the key itself, one error per key', async () => {
    const res = await postCalculator('employee-medical-settlement', {
      year: 2015,
      person: { ...person, extra: 1, other: 2 },
      claims,
      foo: true,
    });
    const body = await expectProblem(res, 422, 'validation-error');
    expect(body.errors!.map((e) => [e.pointer, e.field, e.code, e.message.en])).toEqual(
      expect.arrayContaining([
        ['/person/extra', 'person.extra', 'unknown-field', 'unknown field'],
        ['/person/other', 'person.other', 'unknown-field', 'unknown field'],
        ['/foo', 'foo', 'unknown-field', 'unknown field'],
      ]),
    );
    expect(body.errors![0]!.message.zh).toBe('不是可接受的字段');
  });

  it('a body that is not an object is pointed at as the whole document: ""', async () => {
    const body = await expectProblem(await postCalculator('employee-medical-settlement', null), 422, 'validation-error');
    expect(body.errors).toEqual([expect.objectContaining({ pointer: '', field: '(root)' })]);
  });
});

describe('request ids (X-Request-Id)', () => {
  it('every answer carries one; a problem body repeats it, so a support request can quote it', async () => {
    const ok = await get('/v1/ping');
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const res = await get('/v1/tables/nope');
    const body = await expectProblem(res, 404, 'not-found');
    expect((body as { requestId?: string }).requestId).toBe(res.headers.get('x-request-id'));
    expect(ok.headers.get('x-request-id')).not.toBe(res.headers.get('x-request-id'));
  });

  it("a client's own plain-token id is kept; anything else is replaced, never echoed", async () => {
    expect((await get('/v1/ping', { 'X-Request-Id': 'app-42.retry:1' })).headers.get('x-request-id')).toBe('app-42.retry:1');
    for (const bad of ['<script>', 'a b', 'x'.repeat(129)]) {
      const id = (await get('/v1/ping', { 'X-Request-Id': bad })).headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const body = await expectProblem(await postCalculator('employee-medical-account', {}), 422, 'validation-error');
    expect((body as { requestId?: string }).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
