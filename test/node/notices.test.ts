import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { calculate } from '../../src/engine/calculator';
import { coverageNotices } from '../../src/engine/notices';
import { landEntryCheck } from '../../src/policy/land-supply/land-entry-check';
import { employeeMedicalSettlement } from '../../src/policy/employee-medical-insurance/employee-medical-settlement';
import type { CompiledBundle } from '../../src/tables/model';
import { realBundle, requestOf, run } from '../helpers/calc';

/** Honest coverage: every table states the date its values were checked through; answers resting on later dates say so. */
describe('notices of coverage', () => {
  const bundle = realBundle();
  const app = createApp(bundle);
  const get = async (path: string) => (await app.request(path)).json() as Promise<Record<string, unknown>>;

  it('every table was checked through 2015-01-31, the January 2015 gazette', () => {
    for (const t of Object.values(bundle.tables)) expect(t.verifiedThrough, t.id).toBe('2015-01-31');
  });

  it('a settlement of 2026 carries after-verified-through; so does one of 2015 (a year rests on its last day)', () => {
    const worked = requestOf(employeeMedicalSettlement, 'workedExample');
    const in2026 = {
      ...worked,
      year: 2026,
      claims: worked.claims.map((c) => ({ ...c, date: `2026${c.date.slice(4)}` })),
    };
    const a = run(employeeMedicalSettlement, in2026);
    expect(a.notices.map((n) => n.code)).toEqual(['after-verified-through']);
    expect(a.notices[0]!.zh).toContain(
      '的数值已与公开文件核对至 2015-01-31。2026-12-31 沿用本站收录的最新文件（嘉政发〔2014〕87号）中的数值',
    );
    expect(a.notices[0]!.en).toContain('checked against published documents up to 2015-01-31');
    expect(run(employeeMedicalSettlement, worked).notices.map((n) => n.code)).toEqual(['after-verified-through']);
  });

  it('a check on a date up to verifiedThrough carries none; the same check later carries it', () => {
    const req = requestOf(landEntryCheck, 'industrialAtTheBounds');
    expect(run(landEntryCheck, { ...req, date: '2015-01-20' }).notices).toEqual([]);
    expect(run(landEntryCheck, { ...req, date: '2015-01-31' }).notices).toEqual([]);
    expect(run(landEntryCheck, { ...req, date: '2015-02-01' }).notices.map((n) => n.code)).toEqual(['after-verified-through']);
  });

  it('lookups: a date after verifiedThrough carries the notice, one up to it does not', async () => {
    const late = await get('/v1/tables/employee-medical-insurance?date=2026-06-01');
    expect((late.notices as { code: string }[]).map((n) => n.code)).toEqual(['after-verified-through']);
    expect(late.table).toMatchObject({ verifiedThrough: '2015-01-31' });
    expect((await get('/v1/tables/employee-medical-insurance?date=2015-01-31')).notices).toEqual([]);
    const one = await get('/v1/tables/employee-medical-insurance/parameters/inpatient.annual_cap?date=2026-06-01');
    expect((one.notices as { code: string }[]).map((n) => n.code)).toEqual(['after-verified-through']);
    expect((await get('/v1/tables/employee-medical-insurance/parameters/inpatient.annual_cap?date=2015-01-10')).notices).toEqual([]);
    const sheet = await get('/v1/tables/employee-medical-insurance/scales/inpatient_levels?date=2026-06-01');
    expect((sheet.notices as { code: string }[]).map((n) => n.code)).toEqual(['after-verified-through']);
    expect((await get('/v1/tables/employee-medical-insurance/scales/inpatient_levels')).notices).toBeUndefined();
  });

  it('an in-force date the text leaves open: answers on a date of its window say so, others do not', () => {
    const table = structuredClone(bundle.tables['land-supply']!);
    const src = table.sources[0]!;
    src.effectiveReading = {
      earliest: src.effective!,
      latest: '2015-01-20',
      note: { zh: '原文写“自印发之日起施行”，印发日期不清。', en: 'The text says it is in force from its issue, whose day is unclear.' },
    };
    const edited: CompiledBundle = { ...bundle, tables: { ...bundle.tables, [table.id]: table } };
    const req = landEntryCheck.input.parse({ ...requestOf(landEntryCheck, 'industrialAtTheBounds'), date: '2015-01-18' });
    const inside = calculate(landEntryCheck, edited, req).notices;
    expect(inside.map((n) => n.code)).toEqual(['effective-date-reading']);
    expect(inside[0]!.zh).toContain(`${src.number}的施行日期：原文写“自印发之日起施行”，印发日期不清。这里按 ${src.effective} 起施行计算`);
    expect(calculate(landEntryCheck, edited, { ...req, date: '2015-01-25' }).notices).toEqual([]);
    // a document the answer did not use gives no notice
    expect(coverageNotices(table, ['2015-01-18'], new Set(['another document']))).toEqual([]);
  });
});

describe('/changes before the data starts', () => {
  const app = createApp(realBundle());
  it('reports nothing as added before the table covers a date, and says where its data starts', async () => {
    const r = (await (await app.request('/v1/tables/employee-medical-insurance/changes?from=2014-06-01&to=2015-06-01')).json()) as {
      compared: { from: string };
      coverage: { from: string };
      summary: { parameters: number; scaleRows: number };
      notices: { code: string; zh: string }[];
    };
    expect(r.coverage.from).toBe('2015-01-01');
    expect(r.compared.from).toBe('2015-01-01');
    expect(r.summary).toEqual({ parameters: 0, scaleRows: 0 });
    expect(r.notices.map((n) => n.code)).toEqual(['before-coverage', 'after-verified-through']);
    expect(r.notices[0]!.zh).toContain('的数据自 2015-01-01 起；2014-06-01 时的数值本站没有收录');
    // inside the coverage: the dates as given, no notice of coverage
    const inside = (await (await app.request('/v1/tables/employee-medical-insurance/changes?from=2015-01-01&to=2015-01-20')).json()) as {
      compared: { from: string };
      notices: unknown[];
    };
    expect(inside.compared.from).toBe('2015-01-01');
    expect(inside.notices).toEqual([]);
  });
});
