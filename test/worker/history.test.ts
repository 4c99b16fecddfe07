import { describe, expect, it } from 'vitest';
import { expectProblem, get } from '../helpers/http';

const EMI = '/v1/tables/employee-medical-insurance';

describe('GET /v1/tables/{id}/changes', () => {
  it('lists what changed between two dates with both values and citations (transfer.reduction: 90% in 2015, not published from 2016)', async () => {
    const res = await get(`${EMI}/changes?from=2015-06-01&to=2016-06-01&lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{16}-[0-9a-f]{8}"$/);
    const body = (await res.json()) as {
      from: string;
      to: string;
      lang: string;
      summary: { parameters: number; scaleRows: number };
      parameters: {
        key: string;
        change: string;
        link: string;
        before: { value: unknown; citation: { text: string }; to: string } | null;
        after: unknown;
      }[];
      scales: {
        id: string;
        link: string;
        rows: {
          change: string;
          case: Record<string, string>;
          columns: string[];
          before: { cells: Record<string, unknown> };
          after: { cells: Record<string, unknown>; unpublished: string[]; notice?: string };
        }[];
      }[];
    };
    expect(body).toMatchObject({ from: '2015-06-01', to: '2016-06-01', lang: 'en' });
    // 第十六条 fixes 90% for 2015 only; the workbook's 2016 row says the later figure is not published
    expect(body.parameters.map((p) => [p.key, p.change])).toEqual([['transfer.reduction', 'changed']]);
    const reduction = body.parameters[0]!;
    expect(reduction).toMatchObject({ link: `${EMI}/parameters/transfer.reduction` });
    expect(reduction.before).toMatchObject({ value: 0.9, to: '2015-12-31', citation: { text: '嘉政发〔2014〕87号 第十六条' } });
    expect(reduction.after).toMatchObject({
      value: null,
      published: false,
      from: '2016-01-01',
      to: null,
      notice: 'not published in the source',
      citation: { text: '嘉政发〔2014〕87号 第十六条' },
    });
    // 第十条 gives the contribution rates for 2015 only: the eight rates are not published from 2016
    expect(body.scales.map((s) => [s.id, s.rows.length])).toEqual([['contribution_rates', 8]]);
    const employer = body.scales[0]!.rows.find(
      (r) => r.case.scheme === 'B' && r.case.payer === 'employer' && r.case.status === 'employed',
    )!;
    expect(employer).toMatchObject({
      change: 'changed',
      columns: ['rate'],
      before: { cells: { rate: 0.075 } },
      after: { cells: { rate: null }, unpublished: ['rate'], notice: 'not published in the source' },
    });
    expect(body.summary).toEqual({ parameters: 1, scaleRows: 8 });
  });

  it('nothing changes within 2015', async () => {
    const body = (await (await get(`${EMI}/changes?from=2015-01-01&to=2015-12-31`)).json()) as {
      summary: unknown;
      parameters: unknown[];
      scales: unknown[];
    };
    expect(body.summary).toEqual({ parameters: 0, scaleRows: 0 });
    expect(body.parameters).toEqual([]);
    expect(body.scales).toEqual([]);
  });

  it('`to` defaults to today', async () => {
    const body = (await (await get(`${EMI}/changes?from=2015-06-01`)).json()) as { to: string };
    expect(body.to).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(body.to > '2025-01-01').toBe(true);
  });

  it('422 problems naming the field: missing or invalid from, to before from', async () => {
    const missing = await expectProblem(await get(`${EMI}/changes`), 422, 'validation-error');
    expect(missing.errors).toEqual([expect.objectContaining({ field: 'from', in: 'query' })]);
    const invalid = await expectProblem(await get(`${EMI}/changes?from=2015-02-30`), 422, 'validation-error');
    expect(invalid.errors).toEqual([expect.objectContaining({ field: 'from', pointer: '/from' })]);
    const reversed = await expectProblem(await get(`${EMI}/changes?from=2016-01-01&to=2015-01-01`), 422, 'validation-error');
    expect(reversed.errors).toEqual([
      expect.objectContaining({
        field: 'to',
        code: 'before-from',
        message: { zh: '不能早于起始日期（from）', en: 'must not be before from' },
      }),
    ]);
    const future = await expectProblem(await get(`${EMI}/changes?from=2099-01-01`), 422, 'validation-error');
    expect(future.errors).toEqual([expect.objectContaining({ field: 'from' })]);
  });

  it('404 problem for an unknown table', async () => {
    await expectProblem(await get('/v1/tables/no-such-table/changes?from=2015-01-01&to=2016-01-01'), 404, 'not-found');
  });
});

describe('GET /v1/tables/{id}/versions', () => {
  it("gives the workbook's policy change log (newest first) and the data hash of this build", async () => {
    const res = await get(`${EMI}/versions`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      version: string;
      hash: string;
      data: { hash: string; dataVersion: string };
      changelog: { date: string; change: { zh: string; en: string }; author?: string }[];
      sources: { number: string }[];
    };
    const health = (await (await get('/healthz')).json()) as {
      data: { hash: string; tables: Record<string, { version: string; hash: string }> };
    };
    expect(body.data.hash).toBe(health.data.hash);
    expect(body.hash).toBe(health.data.tables['employee-medical-insurance']!.hash);
    expect(body.version).toBe(health.data.tables['employee-medical-insurance']!.version);
    expect(body.changelog.length).toBeGreaterThanOrEqual(1);
    // the data version is "<date of the latest line>.<number of lines>", the maintainers' lines counted too: the
    // public policy change log has at most as many lines, none later
    const [versionDate, lines] = body.version.split(/\.(?=\d+$)/);
    expect(Number(lines)).toBeGreaterThanOrEqual(body.changelog.length);
    expect(versionDate! >= body.changelog[0]!.date).toBe(true);
    // each line says what changed in both languages; who made it is for maintainers only
    for (const e of body.changelog) {
      expect(e.change.zh.length).toBeGreaterThan(0);
      expect(e.change.en.length).toBeGreaterThan(0);
      expect(e.author).toBeUndefined();
    }
    const dates = body.changelog.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(body.data.dataVersion).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    expect(body.sources).toContainEqual(expect.objectContaining({ number: '嘉政发〔2014〕87号' }));
  });

  it('404 problem for an unknown table', async () => {
    await expectProblem(await get('/v1/tables/nope/versions'), 404, 'not-found');
  });
});

describe('OpenAPI', () => {
  it('documents both routes with their query parameters and problem responses', async () => {
    const doc = (await (await get('/openapi.json')).json()) as {
      paths: Record<
        string,
        { get: { parameters: { name?: string; in?: string; required?: boolean; $ref?: string }[]; responses: Record<string, unknown> } }
      >;
    };
    const changes = doc.paths['/v1/tables/{id}/changes']!.get;
    // its own parameters; the request headers every conditional GET documents are shared components ($ref)
    expect(
      changes.parameters
        .filter((p) => !p.$ref)
        .map((p) => `${p.in}:${p.name}${p.required ? '!' : ''}`)
        .sort(),
    ).toEqual(['path:id!', 'query:from!', 'query:lang', 'query:to']);
    expect(Object.keys(changes.responses)).toEqual(expect.arrayContaining(['200', '404', '422', '429']));
    expect(doc.paths['/v1/tables/{id}/versions']!.get.responses).toHaveProperty('200');
  });
});
