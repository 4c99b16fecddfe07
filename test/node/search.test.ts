import { describe, expect, it } from 'vitest';
import { calculatorCatalogue, openApiDocument } from '../../scripts/lib/api-description';
import { createSiteApp } from '../helpers/site-app';
import type { Bindings } from '../../src/env';
import { shanghaiDate } from '../../src/engine/lookup';
import { escapeHtml } from '../../src/explore/html';
import type { SearchAnswer, SearchHit } from '../../src/explore/search';
import { searchAnswerSchema } from '../../src/routes/search';
import { realBundle } from '../helpers/calc';

/**
 * GET /v1/search: the explorer's search as JSON — tables, documents, parameters, scale sheets and rows, and
 * calculators, each hit with the value(s) in force (unit, citation) or why there is none, and the notices of what
 * the values rest on; the explorer's search page shows the same answer.
 */

const EMI = 'employee-medical-insurance';
const bundle = realBundle();
const app = createSiteApp(bundle);
const today = shanghaiDate(Date.now());
// the Worker reads the calculator catalogue from its ASSETS binding; here it is built as `npm run assets:build` builds it
const catalogue = JSON.stringify(calculatorCatalogue());
const env = { ASSETS: { fetch: async () => new Response(catalogue) } } as unknown as Bindings;

const request = (path: string, headers: Record<string, string> = {}, e: Bindings | undefined = env) => app.request(path, { headers }, e);
async function search(query: string): Promise<SearchAnswer> {
  const res = await request(`/v1/search?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/json');
  const body = (await res.json()) as SearchAnswer;
  // the answer is what the OpenAPI document promises, nothing more
  expect(searchAnswerSchema.strict().safeParse(body).success).toBe(true);
  return body;
}
const q = (s: string) => encodeURIComponent(s);
const hit = (a: SearchAnswer, kind: SearchHit['kind'], id: string, row?: number) =>
  a.hits.find((h) => h.kind === kind && h.id === id && (row === undefined || h.row === row));

describe('GET /v1/search', () => {
  it('"第二十五条": the parameters and rows citing it, each with its value in force today, unit and citation', async () => {
    const a = await search(`q=${q('第二十五条')}&limit=100`);
    expect(a.date).toBe(today);
    expect(a.terms).toEqual(['第二十五条']);
    for (const key of ['inpatient.deductible_max_admissions', 'inpatient.transfer_deductible_rule']) {
      const h = hit(a, 'parameter', key)!;
      const lookup = (await (await request(`/v1/tables/${EMI}/parameters/${key}?date=${today}`)).json()) as Record<string, unknown>;
      expect(h.table?.id).toBe(EMI);
      expect(h.values).toHaveLength(1);
      expect(h.values[0]).toMatchObject({
        column: null,
        value: lookup.value,
        unit: lookup.unit,
        published: true,
        citation: lookup.citation,
      });
      expect(h.citation).toEqual(lookup.citation);
      expect(h.citation!.article).toBe('第二十五条');
      expect(h.period).toEqual({ from: lookup.from, to: lookup.to });
      // the lookup's notices, word for word (today is after the date the values were checked through)
      expect(h.notices).toEqual(lookup.notices);
      expect(h.notices.map((n) => n.code)).toEqual(['after-verified-through']);
      expect(h.links.api).toBe(`/v1/tables/${EMI}/parameters/${key}?date=${today}`);
      expect(h.links.page).toMatch(new RegExp(`^/explore/${EMI}(\\?page=\\d)?#p-${key.replace(/\./g, '\\.')}$`));
      expect(h.matched).toContainEqual({ field: 'citation', text: lookup.citation && (lookup.citation as { text: string }).text });
    }
    // the level-3 inpatient row: its deductible and fund ratio with units in words
    const row = a.hits.find((h) => h.kind === 'row' && h.id === 'inpatient_levels' && h.labels.zh.endsWith(' 3'))!;
    expect(row.values.map((v) => [v.column, v.text.zh, v.unitName.zh])).toEqual([
      ['deductible', '800元/次住院', '元/次住院'],
      ['fund_ratio', '80%', '比例'],
    ]);
    expect(row.values.map((v) => v.text.en)).toEqual(['CNY 800/admission', '80%']);
    expect(row.citation!.text).toBe('嘉政发〔2014〕87号 第二十五条、第二十三条（二）、第二十四条（二）');
    expect(row.links.api).toBe(`/v1/tables/${EMI}/scales/inpatient_levels?date=${today}`);
    expect(row.links.page).toMatch(new RegExp(`#r-inpatient_levels-${row.row}$`));
  });

  it('on a date up to verifiedThrough: the values of that date and no notice', async () => {
    const a = await search(`q=${q('inpatient.annual_cap')}&date=2015-01-20`);
    const h = hit(a, 'parameter', 'inpatient.annual_cap')!;
    expect(h.values[0]!.text).toEqual({ zh: '200,000元', en: 'CNY 200,000' });
    expect(h.values[0]!.unitName).toEqual({ zh: '元', en: 'yuan' });
    expect(h.notices).toEqual([]);
    expect(h.links.page).toMatch(/^\/explore\/employee-medical-insurance\?date=2015-01-20(&page=\d)?#p-inpatient\.annual_cap$/);
  });

  it('null with the reason: not published, not in force, before the data, and the kinds that have no single value', async () => {
    const base = hit(await search(`q=${q('contribution.base')}`), 'parameter', 'contribution.base')!;
    expect(base.values[0]).toMatchObject({ value: null, published: false, text: { zh: '原文未公布', en: 'not published in the source' } });
    expect(base.reason?.code).toBe('not-published');

    const reduction = hit(await search(`q=${q('transfer.reduction')}&date=2015-06-01`), 'parameter', 'transfer.reduction')!;
    expect(reduction.values[0]!.text.zh).toBe('90%');
    expect(reduction.reason).toBeNull();

    const early = hit(await search(`q=${q('inpatient.annual_cap')}&date=2014-06-01`), 'parameter', 'inpatient.annual_cap')!;
    expect(early.values).toEqual([]);
    expect(early.reason).toEqual({
      code: 'date-not-covered',
      zh: '本表数据自 2015-01-01 起；2014-06-01 不在数据范围内。',
      en: 'The data of this table covers 2015-01-01 onwards; 2014-06-01 is outside it.',
    });
    expect(early.notices).toEqual([]);

    const all = await search(`q=${q('职工基本医疗保险')}&limit=100`);
    expect(hit(all, 'table', EMI)!.reason?.code).toBe('table-has-many-values');
    expect(hit(all, 'table', EMI)!.documents).toEqual(['嘉政发〔2014〕87号']);
    const sheet = hit(await search(`q=${q('inpatient_levels')}`), 'scale', 'inpatient_levels')!;
    expect(sheet.reason?.code).toBe('sheet-has-many-rows');
    expect(sheet.reason?.zh).toBe(`分档表有 3 行在 ${today} 适用，打开表查看。`);
    const doc = hit(await search(`q=${q('嘉政发〔2014〕87号')}&limit=100`), 'source', '嘉政发〔2014〕87号')!;
    expect(doc.reason?.code).toBe('document-has-no-value');
    expect(doc.links.page).toBe(`/explore/${EMI}#sources`);
  });

  it('calculators: found by title, id and the articles of their readings; linked to the calculator', async () => {
    const a = await search(`q=${q('employee-medical-settlement')}`);
    const calc = hit(a, 'calculator', 'employee-medical-settlement')!;
    const entry = calculatorCatalogue().find((c) => c.id === 'employee-medical-settlement')!;
    expect(calc.labels).toEqual(entry.title);
    expect(calc.table?.id).toBe(EMI);
    expect(calc.values).toEqual([]);
    expect(calc.reason?.code).toBe('calculator-needs-a-request');
    expect(calc.documents).toEqual(['嘉政发〔2014〕87号']);
    expect(calc.links).toEqual({ api: '/v1/calculators/employee-medical-settlement', page: '/widget/demo#h-employee-medical-settlement' });
    expect((await search(`q=${q(entry.title.zh)}`)).hits[0]).toMatchObject({ kind: 'calculator', id: entry.id });
    const article = entry.readings[0]!.article;
    expect((await search(`q=${q(article)}&limit=100`)).hits.some((h) => h.kind === 'calculator' && h.id === entry.id)).toBe(true);
  });

  it('pages: limit and page; the same total on every page', async () => {
    const all = await search(`q=${q('起付')}&limit=100`);
    expect(all.total).toBeGreaterThan(5);
    const p1 = await search(`q=${q('起付')}&limit=3`);
    const p2 = await search(`q=${q('起付')}&limit=3&page=2`);
    expect([p1.total, p2.total]).toEqual([all.total, all.total]);
    expect(p1.pages).toBe(Math.ceil(all.total / 3));
    expect([...p1.hits, ...p2.hits].map((h) => `${h.kind}:${h.id}:${h.row}`)).toEqual(
      all.hits.slice(0, 6).map((h) => `${h.kind}:${h.id}:${h.row}`),
    );
    expect((await search(`q=${q('起付')}&page=999`)).hits).toEqual([]);
    expect((await search(`q=${q('，，')}`)).total).toBe(0);
  });

  it('invalid queries answer 422 problem+json naming the parameter', async () => {
    for (const [query, name] of [
      ['', 'q'],
      ['q=', 'q'],
      [`q=${'x'.repeat(101)}`, 'q'],
      ['q=a&limit=0', 'limit'],
      ['q=a&limit=101', 'limit'],
      ['q=a&page=0', 'page'],
      ['q=a&page=x', 'page'],
      ['q=a&date=2015-02-30', 'date'],
    ] as const) {
      const res = await request(`/v1/search?${query}`);
      expect(res.status, query).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const p = (await res.json()) as {
        type: string;
        code: string;
        message: { zh: string; en: string };
        errorCount: number;
        errors: { pointer: string; in: string; code: string; message: { zh: string; en: string } }[];
      };
      expect(p.type).toBe('/problems/validation-error');
      // the error format: a machine code per problem and per error, messages in both languages
      expect(p.code).toBe('validation-error');
      expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.errorCount).toBe(p.errors.length);
      const e = p.errors.find((x) => x.pointer === `/${name}`)!;
      expect(e, query).toBeDefined();
      expect(e.in).toBe('query');
      expect(e.code, query).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(e.message.zh, query).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message.en, query).not.toMatch(/^Invalid|expected/);
    }
  });

  it('without the calculator catalogue (a deployment that lacks its assets): 503, like GET /v1/calculators', async () => {
    const res = await request(`/v1/search?q=${q('起付')}`, {}, {} as Bindings);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { type: string }).type).toBe('/problems/service-unavailable');
  });

  it('is in the OpenAPI document with its parameters and answer schema', () => {
    const doc = openApiDocument(app, { origin: 'https://api.example.gov.cn', tables: Object.keys(bundle.tables) }) as unknown as {
      paths: Record<
        string,
        {
          get?: {
            operationId?: string;
            parameters: { name?: string; in?: string; required?: boolean; $ref?: string }[];
            responses: Record<string, unknown>;
          };
        }
      >;
      components: { schemas: Record<string, unknown> };
    };
    const op = doc.paths['/v1/search']?.get;
    expect(op?.operationId).toBe('search');
    // its own parameters; the headers every GET documents are shared components ($ref)
    expect(op!.parameters.filter((p) => !p.$ref).map((p) => [p.name, p.in, p.required ?? false])).toEqual([
      ['q', 'query', true],
      ['date', 'query', false],
      ['page', 'query', false],
      ['limit', 'query', false],
    ]);
    expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(['200', '422', '503']));
    for (const name of ['SearchAnswer', 'SearchHit', 'SearchHitValue', 'SearchHitReason'])
      expect(doc.components.schemas).toHaveProperty(name);
  });
});

describe('the explorer search page shows the same answer', () => {
  it('same hits in the same order, each with its value, unit and citation, and the notice of the values it shows', async () => {
    const a = await search(`q=${q('起付')}&limit=40`);
    const res = await request(`/explore?q=${q('起付')}`);
    expect(res.status).toBe(200);
    const body = await res.text();
    const labels = [...body.matchAll(/<li><a href="[^"]*"><span class="label">([^<]*)<\/span><\/a> <span class="kind">/g)].map((m) => m[1]);
    expect(labels).toEqual(a.hits.map((h) => escapeHtml(h.labels.zh)));
    for (const h of a.hits) {
      if (h.values.length && h.kind === 'parameter') expect(body).toContain(`适用数值：</span>${escapeHtml(h.values[0]!.text.zh)}`);
      if (h.citation) expect(body).toContain(`依据：</span>${escapeHtml(h.citation.text)}`);
    }
    const notices = new Set(a.hits.flatMap((h) => h.notices.map((n) => n.zh)));
    expect(notices.size).toBeGreaterThan(0);
    expect(body).toContain(`<p class="lead">数值为 ${today}（今天）适用的数值；`);
    for (const n of notices) expect(body).toContain(`<p data-code="after-verified-through">${escapeHtml(n)}</p>`);
    // a count is written without a unit: its name follows it
    const count = await (await request(`/explore?q=${q('inpatient.deductible_max_admissions')}`)).text();
    expect(count).toContain('适用数值：</span>2<span class="muted">（个数）</span>');
    // the calculators are searched too
    const calc = await (await request(`/explore?q=${q('employee-medical-settlement')}`)).text();
    expect(calc).toContain('<a href="/widget/demo#h-employee-medical-settlement">');
    expect(calc).toContain('<span class="kind">计算器</span>');
  });

  it('without the catalogue the page still searches the tables, and says the calculators were not searched', async () => {
    const res = await request(`/explore?q=${q('起付')}`, {}, {} as Bindings);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('计算器目录暂时无法读取，本次只搜索了政策表。');
  });
});
