import type * as XLSX from '@e965/xlsx';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTables, compileFile, workbookFiles } from '../../scripts/lib/build';
import { formatProblem } from '../../scripts/lib/problems';
import { createApp } from '../../src/app';
import { columnOf, dropCases, duplicateRow, editWorkbook, rowWhere, setCell, tempTablesDir, TABLES_DIR } from '../helpers/workbooks';

const EMI = 'employee-medical-insurance';
const dirs: string[] = [];
const temp = () => {
  const d = tempTablesDir([EMI]);
  dirs.push(d);
  return d;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('compiling the real workbooks', { timeout: 60_000 }, () => {
  it('succeeds for every workbook in tables/, with hashes and versions', () => {
    const result = buildTables(workbookFiles(TABLES_DIR));
    expect(result.problems.map((p) => formatProblem(p))).toEqual([]);
    const bundle = result.bundle!;
    expect(Object.keys(bundle.tables)).toContain(EMI);
    for (const t of Object.values(bundle.tables)) {
      expect(t.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(t.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
      expect(t.sources.length).toBeGreaterThan(0);
    }
    expect(bundle.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is deterministic: the same workbooks give the same hash', () => {
    const a = buildTables(workbookFiles(TABLES_DIR)).bundle!;
    const b = buildTables(workbookFiles(TABLES_DIR)).bundle!;
    expect(a.hash).toBe(b.hash);
  });
});

describe('a changed cell changes the API answer', () => {
  it('level-3 inpatient deductible 800 → 900 in a copy is what the API then serves', async () => {
    const before = createApp(buildTables(workbookFiles(TABLES_DIR)).bundle!);
    const url = `/v1/tables/${EMI}/scales/inpatient_levels?date=2015-06-01`;
    const level3 = (body: { scale: { rows: { cells: Record<string, unknown> }[] } }) =>
      body.scale.rows.find((r) => r.cells.level === '3')!.cells.deductible;
    expect(level3(await (await before.request(url)).json())).toBe(800);

    const dir = temp();
    editWorkbook(join(dir, `${EMI}.xlsx`), (wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      setCell(ws, `${columnOf(ws, 'deductible')}${rowWhere(ws, 'level', '3')}`, 900);
      dropCases(wb);
    });
    const edited = buildTables(workbookFiles(dir));
    expect(edited.problems).toEqual([]);
    const after = createApp(edited.bundle!);
    expect(level3(await (await after.request(url)).json())).toBe(900);
    // and the data hash (ETag source) moved with it
    expect(edited.bundle!.hash).not.toBe(buildTables(workbookFiles(TABLES_DIR)).bundle!.hash);
  });
});

/** Edits a copy of the employee workbook, compiles it and returns "sheet!cell" of each problem. */
function brokenBy(edit: (wb: XLSX.WorkBook) => void): { cells: string[]; messages: string[] } {
  const dir = temp();
  const file = join(dir, `${EMI}.xlsx`);
  editWorkbook(file, edit);
  const { table, problems } = compileFile(file);
  expect(table).toBeNull();
  return { cells: problems.map((p) => `${p.sheet}!${p.cell}`), messages: problems.map((p) => formatProblem(p)) };
}

const params = (wb: XLSX.WorkBook) => wb.Sheets.parameters!;

describe('broken workbooks fail with the cell address', () => {
  it('wrong type: text in a money cell', () => {
    let addr = '';
    const r = brokenBy((wb) => {
      const ws = params(wb);
      addr = `${columnOf(ws, 'value')}${rowWhere(ws, 'key', 'inpatient.annual_cap')}`;
      setCell(ws, addr, '二十万');
    });
    expect(r.cells).toContain(`parameters!${addr}`);
    expect(r.messages.join('\n')).toMatch(/must be a number/);
  });

  it('formula cell is rejected, never evaluated', () => {
    let addr = '';
    const r = brokenBy((wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      addr = `${columnOf(ws, 'deductible')}${rowWhere(ws, 'level', '2')}`;
      setCell(ws, addr, null, '300+200');
    });
    expect(r.cells).toContain(`inpatient_levels!${addr}`);
    expect(r.messages.join('\n')).toMatch(/formula \(=300\+200\)/);
  });

  it('overlapping dates of one key', () => {
    let toCell = '';
    const r = brokenBy((wb) => {
      const ws = params(wb);
      const old = rowWhere(ws, 'key', 'inpatient.annual_cap');
      const row = duplicateRow(ws, old);
      setCell(ws, `${columnOf(ws, 'effective_from')}${row}`, '2016-01-01');
      toCell = `${columnOf(ws, 'effective_to')}${old}`;
    });
    // the cell to change: the old row's effective_to (its fix says to what)
    expect(r.cells).toContain(`parameters!${toCell}`);
    expect(r.messages.join('\n')).toMatch(
      /overlapping dates for inpatient\.annual_cap: row \d+ has no effective_to \(open-ended\), and row \d+ starts 2016-01-01/,
    );
  });

  it('duplicate key', () => {
    let fromCell = '';
    const r = brokenBy((wb) => {
      const ws = params(wb);
      const row = duplicateRow(ws, rowWhere(ws, 'key', 'home_sickbed.fund_ratio'));
      fromCell = `${columnOf(ws, 'effective_from')}${row}`;
    });
    expect(r.cells).toContain(`parameters!${fromCell}`);
    expect(r.messages.join('\n')).toMatch(/duplicate rows for home_sickbed\.fund_ratio: rows \d+ and \d+ have the same effective_from/);
  });

  it('missing sheet', () => {
    const r = brokenBy((wb) => {
      wb.SheetNames = wb.SheetNames.filter((n) => n !== 'inpatient_levels');
      delete wb.Sheets.inpatient_levels;
    });
    expect(r.messages.join('\n')).toMatch(/missing sheet "inpatient_levels"/);
  });

  it('ratio > 1', () => {
    let addr = '';
    const r = brokenBy((wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      addr = `${columnOf(ws, 'fund_ratio')}${rowWhere(ws, 'level', '1')}`;
      setCell(ws, addr, 90);
    });
    expect(r.cells).toContain(`inpatient_levels!${addr}`);
    expect(r.messages.join('\n')).toMatch(/ratio must be between 0 and 1/);
  });

  it('negative amount', () => {
    let addr = '';
    const r = brokenBy((wb) => {
      const ws = params(wb);
      addr = `${columnOf(ws, 'value')}${rowWhere(ws, 'key', 'home_sickbed.cap_per_month')}`;
      setCell(ws, addr, -2000);
    });
    expect(r.cells).toContain(`parameters!${addr}`);
    expect(r.messages.join('\n')).toMatch(/cannot be negative/);
  });

  it('unknown unit', () => {
    let addr = '';
    const r = brokenBy((wb) => {
      const ws = params(wb);
      addr = `${columnOf(ws, 'unit')}${rowWhere(ws, 'key', 'transfer.fee_per_year')}`;
      setCell(ws, addr, 'CNY/fortnight');
    });
    expect(r.cells).toContain(`parameters!${addr}`);
    expect(r.messages.join('\n')).toMatch(/unknown unit/);
  });

  it('empty required cell', () => {
    let addr = '';
    const r = brokenBy((wb) => {
      const ws = params(wb);
      addr = `${columnOf(ws, 'article')}${rowWhere(ws, 'key', 'veteran.outpatient_ratio')}`;
      setCell(ws, addr, null);
    });
    expect(r.cells).toContain(`parameters!${addr}`);
    expect(r.messages.join('\n')).toMatch(/article is required/);
  });

  it('empty value without a note', () => {
    let addr = '';
    const r = brokenBy((wb) => {
      const ws = params(wb);
      const row = rowWhere(ws, 'key', 'inpatient.deductible_max_admissions');
      addr = `${columnOf(ws, 'value')}${row}`;
      setCell(ws, addr, null);
      setCell(ws, `${columnOf(ws, 'note_zh')}${row}`, null);
      setCell(ws, `${columnOf(ws, 'note_en')}${row}`, null);
    });
    expect(r.cells).toContain(`parameters!${addr}`);
    expect(r.messages.join('\n')).toMatch(/empty value needs a public note/);
  });

  it('a bracket that overlaps another', () => {
    let row = 0;
    const r = brokenBy((wb) => {
      const ws = wb.Sheets.account_credit!;
      row = duplicateRow(ws, rowWhere(ws, 'status', 'employed'));
      setCell(ws, `${columnOf(ws, 'monthly_credit')}${row}`, 999);
      setCell(ws, `${columnOf(ws, 'age_max')}${row}`, 30);
    });
    expect(r.cells).toContain(`account_credit!A${row}`);
    expect(r.messages.join('\n')).toMatch(
      /the bracket of row \d+ \(status = employed, age ≤ 30\) overlaps row 2 \(status = employed, age ≤ 35\)/,
    );
  });

  it('a document cited that is not on the sources sheet', () => {
    let addr = '';
    const r = brokenBy((wb) => {
      const ws = params(wb);
      addr = `${columnOf(ws, 'source')}${rowWhere(ws, 'key', 'inpatient.annual_cap')}`;
      setCell(ws, addr, '嘉政发〔2099〕1号');
    });
    expect(r.cells).toContain(`parameters!${addr}`);
  });

  it('a non-xlsx file with an .xlsx name', () => {
    const dir = temp();
    const file = join(dir, `${EMI}.xlsx`);
    writeFileSync(file, 'key,value\ninpatient.annual_cap,200000\n');
    const { table, problems } = compileFile(file);
    expect(table).toBeNull();
    expect(problems.map((p) => formatProblem(p))).toEqual([expect.stringMatching(/not an xlsx file/)]);
  });

  it('lists every problem, not just the first', () => {
    const r = brokenBy((wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      setCell(ws, `${columnOf(ws, 'fund_ratio')}${rowWhere(ws, 'level', '1')}`, 2);
      setCell(ws, `${columnOf(ws, 'fund_ratio')}${rowWhere(ws, 'level', '2')}`, 3);
      setCell(ws, `${columnOf(ws, 'deductible')}${rowWhere(ws, 'level', '3')}`, -1);
    });
    expect(r.cells.filter((c) => c.startsWith('inpatient_levels!')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the build command', () => {
  const build = (dir: string, out: string, asset: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-tables.ts', '--tables', dir, '--out', out, '--asset', asset], {
      encoding: 'utf8',
    });

  it('a failed build exits non-zero, lists the problems in both languages and leaves the previous output untouched', () => {
    const dir = temp();
    const out = join(dir, 'out', 'tables.json');
    // the Worker's copy (a static asset, src/data.ts): the same bytes, and kept just as well on failure
    const asset = join(dir, 'public', '_data', 'tables.json');
    const ok = build(dir, out, asset);
    expect(ok.status).toBe(0);
    const before = readFileSync(out, 'utf8');
    expect(readFileSync(asset, 'utf8')).toBe(before);
    editWorkbook(join(dir, `${EMI}.xlsx`), (wb) => {
      const ws = wb.Sheets.inpatient_levels!;
      setCell(ws, `${columnOf(ws, 'fund_ratio')}${rowWhere(ws, 'level', '1')}`, 9);
    });
    const bad = build(dir, out, asset);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /employee-medical-insurance\.xlsx › inpatient_levels!C\d+: 比例须在 0 到 1 之间.* \/ a ratio must be between 0 and 1/,
    );
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(readFileSync(asset, 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'out'))).toEqual(['tables.json']);
    expect(readdirSync(join(dir, 'public', '_data')).sort()).toEqual([
      'index.json',
      'lookups',
      'meta.json',
      'search.json',
      'tables',
      'tables.json',
    ]);
    // the API Worker's files (the index, the search index, one per table, the prepared lookups) are kept just as well
    const table = readFileSync(join(dir, 'public', '_data', 'tables', `${EMI}.json`), 'utf8');
    expect(JSON.parse(table)).toEqual(JSON.parse(before).tables[EMI]);
    const lookups = JSON.parse(readFileSync(join(dir, 'public', '_data', 'lookups', `${EMI}.json`), 'utf8')) as { hash: string };
    expect(lookups.hash).toBe(JSON.parse(before).hash);
  }, 60_000);
});
