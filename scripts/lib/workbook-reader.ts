import * as XLSX from '@e965/xlsx';
import { basename } from 'node:path';
import type { Problem } from './problems';

/**
 * Reads an .xlsx into plain grids, refusing anything that is not a plain table of values:
 * formulas (never evaluated), error cells, merged cells and hidden sheets are all reported with
 * their address. The zip container is inspected before the parser sees it, so a zip bomb or a
 * file that is not a zip at all is rejected cheaply.
 */

export const LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  unzippedBytes: 100 * 1024 * 1024,
  zipEntries: 2000,
  compressionRatio: 200,
  rows: 20_000,
  columns: 64,
  sheets: 64,
};

export type CellValue = string | number | boolean | null;

export interface SheetGrid {
  name: string;
  /** rows[r][c] holds the value of cell (r+1, c+1); trailing empties trimmed */
  rows: CellValue[][];
}

export interface ReadResult {
  sheets: SheetGrid[];
  problems: Problem[];
}

export const cellAddress = (row: number, col: number) => `${XLSX.utils.encode_col(col)}${row + 1}`;

export function inspectZip(buf: Uint8Array): { zh: string; en: string } | null {
  if (buf.length < 22 || buf[0] !== 0x50 || buf[1] !== 0x4b || buf[2] !== 0x03 || buf[3] !== 0x04) {
    return { zh: '不是 xlsx 文件（xlsx 是 zip 压缩包，此文件不是）', en: 'not an xlsx file (an xlsx is a zip archive; this file is not)' };
  }
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { zh: 'zip 压缩包已损坏（找不到目录）', en: 'corrupt zip archive (no central directory)' };
  const entries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries > LIMITS.zipEntries) return { zh: `压缩包内文件过多（${entries}）`, en: `too many entries in the archive (${entries})` };
  if (cdOffset + cdSize > buf.length) return { zh: 'zip 压缩包已损坏', en: 'corrupt zip archive' };
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) return { zh: 'zip 压缩包已损坏', en: 'corrupt zip archive' };
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    if (size === 0xffffffff || compressed === 0xffffffff) return { zh: '不支持 zip64 压缩包', en: 'zip64 archives are not accepted' };
    if (size > 1_000_000 && size / Math.max(compressed, 1) > LIMITS.compressionRatio) {
      return { zh: '压缩比异常（疑似 zip 炸弹）', en: 'suspicious compression ratio (zip bomb?)' };
    }
    total += size;
    if (total > LIMITS.unzippedBytes) return { zh: '解压后过大（疑似 zip 炸弹）', en: 'too large once unzipped (zip bomb?)' };
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return null;
}

export function readCell(cell: XLSX.CellObject): CellValue {
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      // A number shown with a date format is a date for the officer: compile it as an ISO date.
      if (cell.z && typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
        const d = XLSX.SSF.parse_date_code(v);
        if (d) return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
      }
      return v;
    }
    case 's': {
      const s = String(cell.v ?? '').trim();
      return s === '' ? null : s;
    }
    case 'b':
      return Boolean(cell.v);
    case 'd': {
      const d = cell.v as Date;
      return d.toISOString().slice(0, 10);
    }
    default:
      return null;
  }
}

export function readWorkbook(file: string, buf: Uint8Array): ReadResult {
  const name = basename(file);
  const whole = (zh: string, en: string): ReadResult => ({ sheets: [], problems: [{ file: name, sheet: null, cell: null, zh, en }] });
  if (buf.length > LIMITS.fileBytes) {
    return whole(`文件过大（${(buf.length / 1048576).toFixed(1)} MB，上限 ${LIMITS.fileBytes / 1048576} MB）`, `file too large (${(buf.length / 1048576).toFixed(1)} MB; limit ${LIMITS.fileBytes / 1048576} MB)`);
  }
  const zipProblem = inspectZip(buf);
  if (zipProblem) return whole(zipProblem.zh, zipProblem.en);

  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buf, { type: 'buffer', cellFormula: true, cellNF: true, cellDates: false, cellHTML: false, bookVBA: false, dense: false });
  } catch (err) {
    return whole(`无法读取工作簿：${(err as Error).message}`, `cannot read the workbook: ${(err as Error).message}`);
  }
  if (wb.SheetNames.length > LIMITS.sheets) return whole('工作表过多', `too many sheets (${wb.SheetNames.length})`);

  const problems: Problem[] = [];
  const sheets: SheetGrid[] = [];
  wb.SheetNames.forEach((sheetName, index) => {
    const at = (cell: string | null, zh: string, en: string) => problems.push({ file: name, sheet: sheetName, cell, zh, en });
    const hidden = wb.Workbook?.Sheets?.[index]?.Hidden;
    if (hidden) at(null, '工作表被隐藏：隐藏内容无法审阅，请取消隐藏或删除', 'the sheet is hidden: hidden content cannot be reviewed; unhide or delete it');
    const ws = wb.Sheets[sheetName];
    if (!ws) return;
    for (const merge of ws['!merges'] ?? []) {
      at(XLSX.utils.encode_range(merge), '不能使用合并单元格：每行须独立完整', 'merged cells are not allowed: every row must stand on its own');
    }
    const ref = ws['!ref'];
    const rows: CellValue[][] = [];
    if (ref) {
      const range = XLSX.utils.decode_range(ref);
      if (range.e.r + 1 > LIMITS.rows || range.e.c + 1 > LIMITS.columns) {
        at(null, `工作表过大（${range.e.r + 1} 行 × ${range.e.c + 1} 列）`, `sheet too large (${range.e.r + 1} rows × ${range.e.c + 1} columns)`);
        return;
      }
      for (let r = 0; r <= range.e.r; r++) {
        const row: CellValue[] = [];
        for (let c = 0; c <= range.e.c; c++) {
          const addr = cellAddress(r, c);
          const cell = ws[addr] as XLSX.CellObject | undefined;
          if (!cell) {
            row.push(null);
            continue;
          }
          if (cell.f) {
            at(addr, `单元格含公式（=${cell.f}）：请填写数值本身，公式不会被计算`, `the cell holds a formula (=${cell.f}): type the value itself; formulas are never evaluated`);
            row.push(null);
            continue;
          }
          if (cell.t === 'e') {
            at(addr, '单元格含错误值', 'the cell holds an Excel error value');
            row.push(null);
            continue;
          }
          row.push(readCell(cell));
        }
        while (row.length && row[row.length - 1] === null) row.pop();
        rows.push(row);
      }
    }
    sheets.push({ name: sheetName, rows });
  });
  return { sheets, problems };
}
