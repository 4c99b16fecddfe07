import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTables, workbookFiles } from '../../scripts/lib/build';
import { createApp } from '../../src/app';
import { changesBetween } from '../../src/engine/changes';
import { columnOf, duplicateRow, editWorkbook, rowWhere, setCell, tempTablesDir } from '../helpers/workbooks';

const EMI = 'employee-medical-insurance';
let dir = '';
let app: ReturnType<typeof createApp>;
let bundle: NonNullable<ReturnType<typeof buildTables>['bundle']>;

/**
 * A copy of the employee workbook with two policy changes from 2016-01-01: the annual cap 200 000 →
 * 250 000 (a new dated row) and the level-3 inpatient ratio 80% → 85% (the 2015 row closed, a 2016
 * row added); plus a re-issued value (home_sickbed.fund_ratio: same 70% from 2016 under a new article).
 */
beforeAll(() => {
  dir = tempTablesDir([EMI]);
  editWorkbook(join(dir, `${EMI}.xlsx`), (wb) => {
    const p = wb.Sheets.parameters!;
    for (const [key, value, article] of [
      ['inpatient.annual_cap', 250000, '第二十六条'],
      ['home_sickbed.fund_ratio', 0.7, '第二十八条（修订）'],
    ] as const) {
      const row = rowWhere(p, 'key', key);
      setCell(p, `${columnOf(p, 'effective_to')}${row}`, '2015-12-31');
      const next = duplicateRow(p, row);
      setCell(p, `${columnOf(p, 'effective_from')}${next}`, '2016-01-01');
      setCell(p, `${columnOf(p, 'effective_to')}${next}`, null);
      setCell(p, `${columnOf(p, 'value')}${next}`, value);
      setCell(p, `${columnOf(p, 'article')}${next}`, article);
    }
    const ws = wb.Sheets.inpatient_levels!;
    const level3 = rowWhere(ws, 'level', '3');
    setCell(ws, `${columnOf(ws, 'effective_to')}${level3}`, '2015-12-31');
    const next = duplicateRow(ws, level3);
    setCell(ws, `${columnOf(ws, 'effective_from')}${next}`, '2016-01-01');
    setCell(ws, `${columnOf(ws, 'effective_to')}${next}`, null);
    setCell(ws, `${columnOf(ws, 'fund_ratio')}${next}`, 0.85);
  });
  const built = buildTables(workbookFiles(dir));
  expect(built.problems).toEqual([]);
  bundle = built.bundle!;
  app = createApp(bundle);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Changes = {
  from: string;
  to: string;
  summary: { parameters: number; scaleRows: number };
  parameters: { key: string; change: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
  scales: {
    id: string;
    rows: {
      change: string;
      case: Record<string, unknown>;
      columns: string[];
      before: { cells: Record<string, unknown> } | null;
      after: { cells: Record<string, unknown>; citation: { text: string } } | null;
    }[];
  }[];
};
const changes = async (query: string) => {
  const res = await app.request(`/v1/tables/${EMI}/changes?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Changes;
};

describe('GET /v1/tables/{id}/changes', () => {
  // The real workbook already changes on 2016-01-01: 第十条 fixes the contribution rates and 第十六条
  // the transfer-fee reduction (90%) for 2015 only, so from 2016 those values are "not published"
  // (explicit dated rows with an empty value). The edits above add the cap and the level-3 ratio.
  const RATES = ['A', 'B'].flatMap((scheme) =>
    ['employer', 'employee'].flatMap((payer) => ['employed', 'retired'].map((status) => ({ scheme, payer, status }))),
  );

  it('2015-06-01 → 2016-06-01: the cap and the level-3 ratio changed, the 2015-only figures became "not published"; a re-issued value is no change', async () => {
    const body = await changes('from=2015-06-01&to=2016-06-01');
    expect(body.parameters.map((p) => [p.key, p.change])).toEqual([
      ['transfer.reduction', 'changed'],
      ['inpatient.annual_cap', 'changed'],
    ]);
    const cap = body.parameters[1]!;
    expect(cap.before).toMatchObject({ value: 200000, from: '2015-01-01', citation: { text: '嘉政发〔2014〕87号 第二十六条' } });
    expect(cap.after).toMatchObject({ value: 250000, from: '2016-01-01', citation: { text: '嘉政发〔2014〕87号 第二十六条' } });
    // 90% for 2015; from 2016 a value the source does not publish (not 100%, not "ended")
    const reduction = body.parameters[0]!;
    expect(reduction.before).toMatchObject({
      value: 0.9,
      from: '2015-01-01',
      to: '2015-12-31',
      published: true,
      citation: { text: '嘉政发〔2014〕87号 第十六条' },
    });
    expect(reduction.after).toMatchObject({
      value: null,
      from: '2016-01-01',
      to: null,
      published: false,
      notice: '原文未公布',
      citation: { text: '嘉政发〔2014〕87号 第十六条' },
    });
    expect(body.scales.map((s) => s.id)).toEqual(['contribution_rates', 'inpatient_levels']);
    // the eight 2015 contribution rates (第十条) → not published from 2016
    const rates = body.scales[0]!.rows;
    expect(rates.map((r) => r.case)).toEqual(RATES);
    for (const r of rates) {
      expect(r).toMatchObject({ change: 'changed', columns: ['rate'] });
      expect(r.before).toMatchObject({ to: '2015-12-31', unpublished: [], citation: { text: '嘉政发〔2014〕87号 第十条' } });
      expect(r.after).toMatchObject({ from: '2016-01-01', cells: { rate: null }, unpublished: ['rate'], notice: '原文未公布' });
    }
    expect(rates.map((r) => r.before!.cells.rate)).toEqual([0.035, 0, 0.005, 0, 0.075, 0.04, 0.02, 0]);
    expect(body.scales[1]!.rows).toEqual([
      expect.objectContaining({
        change: 'changed',
        case: { level: '3' },
        columns: ['fund_ratio'],
        before: expect.objectContaining({ cells: expect.objectContaining({ fund_ratio: 0.8 }) }),
      }),
    ]);
    expect(body.scales[1]!.rows[0]!.after).toMatchObject({
      cells: { fund_ratio: 0.85, deductible: 800 },
      citation: { text: '嘉政发〔2014〕87号 第二十五条、第二十三条（二）、第二十四条（二）' },
    });
    expect(body.summary).toEqual({ parameters: 2, scaleRows: 9 });
  });

  it('the day before a change and the day it starts', async () => {
    expect((await changes('from=2015-06-01&to=2015-12-31')).summary).toEqual({ parameters: 0, scaleRows: 0 });
    expect((await changes('from=2015-06-01&to=2016-01-01')).summary).toEqual({ parameters: 2, scaleRows: 9 });
    expect((await changes('from=2016-01-01&to=2016-01-01')).summary).toEqual({ parameters: 0, scaleRows: 0 });
  });

  it('from a date before the table: nothing counts as added by the start of the data; it compares from its first day', async () => {
    const body = (await changes('from=2014-06-01&to=2016-06-01&lang=en')) as unknown as {
      compared: { from: string };
      parameters: { key: string; change: string }[];
    };
    expect(body.compared.from).toBe('2015-01-01');
    // the changes of 2016, as from 2015-01-01: no parameter "added" because the data starts in 2015
    expect(body.parameters.map((p) => [p.key, p.change])).toEqual([
      ['transfer.reduction', 'changed'],
      ['inpatient.annual_cap', 'changed'],
    ]);
  });

  it('the pure function agrees', () => {
    const t = bundle.tables[EMI]!;
    const c = changesBetween(t, '2016-06-01', '2015-06-01');
    // backwards in time the same changes read the other way round
    expect(c.parameters.map((p) => [p.key, p.change])).toEqual([
      ['transfer.reduction', 'changed'],
      ['inpatient.annual_cap', 'changed'],
    ]);
    expect(c.parameters[0]!.before).toMatchObject({ value: null, published: false });
    expect(c.parameters[0]!.after).toMatchObject({ value: 0.9, published: true });
    expect(c.scales.map((s) => [s.scale.id, s.rows.length])).toEqual([
      ['contribution_rates', 8],
      ['inpatient_levels', 1],
    ]);
    // back to a date before the table: everything in force on `from` was removed
    const gone = changesBetween(t, '2015-06-01', '2014-06-01');
    expect(gone.parameters.every((p) => p.change === 'removed' && p.after === null)).toBe(true);
    expect(gone.parameters).toHaveLength(t.parameters.length);
  });
});
