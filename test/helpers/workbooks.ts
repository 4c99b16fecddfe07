import * as XLSX from '@e965/xlsx';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test helpers that copy real workbooks into a temp folder and edit them the way a person would in Excel. */

export const TABLES_DIR = join(import.meta.dirname, '..', '..', 'tables');

export function tempTablesDir(ids: string[] = ['employee-medical-insurance']): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-edge-'));
  for (const id of ids) copyFileSync(join(TABLES_DIR, `${id}.xlsx`), join(dir, `${id}.xlsx`));
  return dir;
}

export function editWorkbook(file: string, edit: (wb: XLSX.WorkBook) => void): void {
  const wb = XLSX.read(readFileSync(file), { type: 'buffer', cellFormula: true, cellNF: true });
  edit(wb);
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/** Column letter of a header id (headers read "id 中文 / English"). */
export function columnOf(ws: XLSX.WorkSheet, id: string): string {
  const range = XLSX.utils.decode_range(ws['!ref']!);
  for (let c = 0; c <= range.e.c; c++) {
    const v = ws[XLSX.utils.encode_cell({ r: 0, c })]?.v;
    if (typeof v === 'string' && v.split(/\s/)[0] === id) return XLSX.utils.encode_col(c);
  }
  throw new Error(`no column ${id}`);
}

/** 1-based row number of the first row whose `column` equals `value`. */
export function rowWhere(ws: XLSX.WorkSheet, column: string, value: string | number, nth = 0): number {
  const col = columnOf(ws, column);
  const range = XLSX.utils.decode_range(ws['!ref']!);
  let seen = 0;
  for (let r = 2; r <= range.e.r + 1; r++) {
    if (ws[`${col}${r}`]?.v === value && seen++ === nth) return r;
  }
  throw new Error(`no row with ${column} = ${value}`);
}

export function setCell(ws: XLSX.WorkSheet, addr: string, v: string | number | boolean | null, formula?: string): void {
  if (v === null && !formula) {
    delete ws[addr];
    return;
  }
  ws[addr] = formula
    ? { t: 'n', f: formula }
    : typeof v === 'number'
      ? { t: 'n', v }
      : typeof v === 'boolean'
        ? { t: 'b', v }
        : { t: 's', v: v as string };
  const range = XLSX.utils.decode_range(ws['!ref']!);
  const cell = XLSX.utils.decode_cell(addr);
  range.e.r = Math.max(range.e.r, cell.r);
  range.e.c = Math.max(range.e.c, cell.c);
  ws['!ref'] = XLSX.utils.encode_range(range);
}

/** Appends a copy of row `from` (1-based) at the end of the sheet and returns its row number. */
export function duplicateRow(ws: XLSX.WorkSheet, from: number): number {
  const range = XLSX.utils.decode_range(ws['!ref']!);
  const to = range.e.r + 2;
  for (let c = 0; c <= range.e.c; c++) {
    const src = ws[XLSX.utils.encode_cell({ r: from - 1, c })];
    if (src) ws[XLSX.utils.encode_cell({ r: to - 1, c })] = { ...src };
  }
  range.e.r = to - 1;
  ws['!ref'] = XLSX.utils.encode_range(range);
  return to;
}

/** Empties row `r` (1-based), as deleting its contents in Excel does; the build skips empty rows. */
export function clearRow(ws: XLSX.WorkSheet, r: number): void {
  const range = XLSX.utils.decode_range(ws['!ref']!);
  for (let c = 0; c <= range.e.c; c++) delete ws[XLSX.utils.encode_cell({ r: r - 1, c })];
}

/**
 * Removes the staff's cases sheet: for a test of another check that edits a value the cases use (the cases would
 * rightly refuse the edit; test/node/cases-sheet.test.ts tests that).
 */
export function dropCases(wb: XLSX.WorkBook): void {
  delete wb.Sheets.cases;
  wb.SheetNames = wb.SheetNames.filter((n) => n !== 'cases');
}
