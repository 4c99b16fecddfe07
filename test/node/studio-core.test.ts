import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../scripts/lib/build';
import { studioCheck } from '../../studio/core';
import { make2016Edit } from '../fixtures/make-2016-edit';
import { columnOf, rowWhere, setCell, TABLES_DIR } from '../helpers/workbooks';

/**
 * What /studio's worker computes (studio/core.ts), run in Node on the same code: the checks, the diff against the
 * served table, the cases before and after, the report. test/browser/studio.test.ts runs the bundle in Chromium.
 */
const EMI = 'employee-medical-insurance';
const FILE = join(TABLES_DIR, `${EMI}.xlsx`);
const served = compileFile(FILE).table!;
const bytes = readFileSync(FILE);

describe('studioCheck', () => {
  it('the served workbook itself: no findings, the same hash, no change, every case holds on both sides', () => {
    const r = studioCheck(`${EMI}.xlsx`, bytes, served, '2026-12-07');
    expect(r.findings).toEqual([]);
    expect(r.table!.hash).toBe(served.hash);
    expect(r.diff!.changed).toBe(false);
    expect(r.answers!.changed).toEqual([]);
    expect(r.cases.map((c) => [c.id, c.before!.passed, c.after!.passed])).toEqual([
      ['W1', true, true],
      ['W2', true, true],
      ['W3', true, true],
    ]);
    expect(r.report.md.zh).toMatch(/^# 工作簿审阅报告: `employee-medical-insurance\.xlsx`/);
    expect(r.report.md.en).toMatch(/no errors, 0 warning\(s\) — passed/);
    expect(r.report.html.en).toMatch(/^<!doctype html>\n<html lang="en">/);
  });

  it('a case whose expected figure is wrong: an error at its cell, the case fails on both sides, with the actual figure', () => {
    const wb = XLSX.read(bytes, { type: 'buffer', cellFormula: true, cellNF: true });
    const ws = wb.Sheets.cases!;
    const cell = `${columnOf(ws, 'expect:totals.selfBurden')}${rowWhere(ws, 'case', 'W1')}`;
    setCell(ws, cell, 6000);
    const r = studioCheck(`${EMI}.xlsx`, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, served, '2026-12-07');
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`)).toEqual([`cases!${cell}`]);
    // the data itself compiles (and is compared); it is the failing case that the build refuses
    expect(r.table!.hash).toBe(served.hash);
    const w1 = r.cases.find((c) => c.id === 'W1')!;
    expect([w1.before!.passed, w1.after!.passed]).toEqual([false, false]);
    expect(w1.expectations.find((e) => e.key === 'totals.selfBurden')).toMatchObject({ cell, want: 6000, before: 6120, after: 6120 });
  });

  it('the 2016 edit: three values change, the settlement answers of 2016 change, the staff cases of 2015 do not', () => {
    const r = studioCheck(`${EMI}.xlsx`, make2016Edit(), served, '2026-12-07');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.diff!.dates).toContain('2016-01-01');
    expect(r.answers!.changed.some((a) => a.calculator === 'employee-medical-settlement' && a.date === '2016-01-01')).toBe(true);
    expect(r.cases.every((c) => c.before!.passed && c.after!.passed)).toBe(true);
    expect(r.report.md.en).toContain('250,000');
  });

  it('a new table (nothing served): checked and compiled, nothing to compare with', () => {
    const r = studioCheck(`${EMI}.xlsx`, bytes, null, '2026-12-07');
    expect(r.served).toBeNull();
    expect(r.table!.hash).toBe(served.hash);
    expect(r.cases.every((c) => c.before === null && c.after!.passed)).toBe(true);
    expect(r.report.md.zh).toContain('线上没有这张表（新表）');
  });
});
