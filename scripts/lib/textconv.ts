import * as XLSX from '@e965/xlsx';
import { createHash } from 'node:crypto';
import { normalizeNumber } from '../../src/tables/units';
import { constantBoolean, inspectZip, LIMITS, readCell } from './workbook-reader';

/**
 * A workbook as plain text for `git diff` / `git log -p` (the `diff.xlsx.textconv` driver, see
 * scripts/xlsx-textconv.ts): one line per non-empty row, `sheet!row: column=value | column=value`,
 * with the column named by its header id (the first word of row 1), so a changed cell shows up as
 * one changed line. The output depends on the cells only (never on zip timestamps or styles), so
 * the same content always gives the same text.
 *
 * It shows everything, including what the build refuses (formulas as `{=…}`, error values, merged
 * ranges, hidden sheets), because a reviewer must see exactly what was committed. A constant TRUE()/FALSE()
 * (how LibreOffice Calc saves a yes/no cell) is the value itself, as the build reads it.
 */

/** Escapes a cell for a one-line, `|`-separated rendering. */
const escapeCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/\r/g, '\\n').replace(/\|/g, '\\|');

function showCell(cell: XLSX.CellObject, date1904 = false): string {
  // LibreOffice's yes/no cells (the constant formula TRUE() or FALSE()) show as the value the build reads, so a
  // workbook re-saved by Calc shows no change; any other formula is shown as written
  const constant = cell.f ? constantBoolean(cell.f) : null;
  if (constant !== null) return constant ? 'TRUE' : 'FALSE';
  if (cell.f) return `{=${cell.f}}`;
  if (cell.t === 'e') return `{error ${cell.w ?? String(cell.v)}}`;
  const v = readCell(cell, { date1904 });
  if (v === null) return '';
  if (typeof v === 'number') return String(normalizeNumber(v));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return escapeCell(v);
}

/** The header id of a column: the first word of its row-1 cell ("value 数值" → value); the column letter when empty. */
function columnId(header: string, col: number): string {
  const id = header.trim().split(/[\s/（(]/)[0];
  return id ? id : XLSX.utils.encode_col(col);
}

export function workbookText(buf: Uint8Array, name = 'workbook.xlsx'): string {
  const bad = (why: string) =>
    `# ${name}: ${why} (${buf.length} bytes, sha256 ${createHash('sha256').update(buf).digest('hex').slice(0, 16)})\n`;
  if (buf.length === 0) return '';
  if (buf.length > LIMITS.fileBytes) return bad('too large to show as text');
  const zip = inspectZip(buf);
  if (zip) return bad(zip.en);
  let wb: XLSX.WorkBook;
  try {
    // cellStyles: for the hidden flags of rows and columns, which the diff must show like hidden sheets
    wb = XLSX.read(buf, {
      type: 'buffer',
      cellFormula: true,
      cellNF: true,
      cellStyles: true,
      cellDates: false,
      cellHTML: false,
      bookVBA: false,
      dense: false,
    });
  } catch (err) {
    return bad(`cannot be read: ${(err as Error).message}`);
  }
  const out: string[] = [];
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  wb.SheetNames.forEach((sheet, index) => {
    const ws = wb.Sheets[sheet];
    const hidden = wb.Workbook?.Sheets?.[index]?.Hidden ? ' (hidden)' : '';
    out.push(`## ${sheet}${hidden}`);
    if (!ws) return;
    for (const m of ws['!merges'] ?? []) out.push(`${sheet}: merged ${XLSX.utils.encode_range(m)}`);
    // inside the used range only, as the build checks them (hidden empty columns to the right are tidying)
    const used = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']) : null;
    const hiddenRows = used ? (ws['!rows'] ?? []).slice(0, used.e.r + 1).flatMap((x, i) => (x?.hidden ? [String(i + 1)] : [])) : [];
    const hiddenCols = used
      ? (ws['!cols'] ?? []).slice(0, used.e.c + 1).flatMap((x, i) => (x?.hidden ? [XLSX.utils.encode_col(i)] : []))
      : [];
    if (hiddenRows.length) out.push(`${sheet}: hidden rows ${hiddenRows.join(', ')}`);
    if (hiddenCols.length) out.push(`${sheet}: hidden columns ${hiddenCols.join(', ')}`);
    const ref = ws['!ref'];
    if (!ref) return;
    const range = XLSX.utils.decode_range(ref);
    const lastRow = Math.min(range.e.r, LIMITS.rows);
    const lastCol = Math.min(range.e.c, LIMITS.columns);
    const ids: string[] = [];
    for (let c = 0; c <= lastCol; c++) {
      const h = ws[XLSX.utils.encode_cell({ r: 0, c })] as XLSX.CellObject | undefined;
      ids.push(columnId(h ? showCell(h, date1904) : '', c));
    }
    for (let r = 0; r <= lastRow; r++) {
      const parts: string[] = [];
      for (let c = 0; c <= lastCol; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        if (!cell) continue;
        const shown = showCell(cell, date1904);
        if (shown === '') continue;
        parts.push(r === 0 ? shown : `${ids[c]}=${shown}`);
      }
      if (!parts.length) continue;
      out.push(`${sheet}!${r + 1}${r === 0 ? ' (header)' : ''}: ${parts.join(' | ')}`);
    }
    if (range.e.r > lastRow || range.e.c > lastCol) out.push(`${sheet}: … truncated at ${LIMITS.rows} rows × ${LIMITS.columns} columns`);
  });
  return `${out.join('\n')}\n`;
}
