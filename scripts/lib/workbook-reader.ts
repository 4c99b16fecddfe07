import * as XLSX from '@e965/xlsx';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { crc32, inflateRawSync } from 'node:zlib';
import { SCALE_TEXT_COLUMNS, TEXT_COLUMNS } from '../../src/tables/kit';
import { normalizeNumber } from '../../src/tables/units';
import type { Bilingual, Problem } from './problems';

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
  /** the parser runs in a worker thread with these limits; past them the build reports the workbook */
  parseMs: 60_000,
  parseHeapMb: 2048,
};

export type CellValue = string | number | boolean | null;

export interface SheetGrid {
  name: string;
  /** rows[r][c] holds the value of cell (r+1, c+1); trailing empties trimmed */
  rows: CellValue[][];
  /** set when the workbook counts its date serials from 1904 (Excel for Mac's old date system) */
  date1904?: true;
}

export interface ReadResult {
  sheets: SheetGrid[];
  problems: Problem[];
}

export const cellAddress = (row: number, col: number) => `${XLSX.utils.encode_col(col)}${row + 1}`;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** offset of the local header */
  offset: number;
}

type Refusal = Bilingual & { fix: Bilingual };
// TextDecoder rather than Buffer: the same code reads a workbook in the browser (/studio)
const UTF8 = new TextDecoder('utf-8');
const LATIN1 = new TextDecoder('latin1');
const refuse = (zh: string, en: string, fix: Bilingual): Refusal => ({ zh, en, fix });

/** Fixes for a container that Excel, WPS or LibreOffice would not have written. */
const SAVE_AS_XLSX: Bilingual = {
  zh: '用 Excel、WPS 或 LibreOffice 打开它，再“另存为” Excel 工作簿（.xlsx）',
  en: 'open it in Excel, WPS or LibreOffice and "Save as" an Excel workbook (.xlsx)',
};
const CORRUPT: Bilingual = {
  zh: '文件已损坏（复制或下载被中断？）：从 git 取回上一个版本（git checkout -- tables/文件名.xlsx）再重新修改，或用 Excel/WPS 打开并另存为 .xlsx',
  en: 'the file is damaged (an interrupted copy or download?): restore the last version from git (git checkout -- tables/<file>.xlsx) and edit it again, or open it in Excel/WPS and save it as .xlsx',
};
const SUSPICIOUS: Bilingual = {
  zh: '这不是办公软件正常保存的工作簿：来历不明时不要使用；否则用 Excel、WPS 或 LibreOffice 打开并另存为 .xlsx',
  en: 'no office suite saves a workbook like this: do not use a file of unknown origin; otherwise open it in Excel, WPS or LibreOffice and save it as .xlsx',
};

/** Reads the central directory of a zip without trusting it: every field is bounds-checked. */
export function readZipDirectory(buf: Uint8Array): { entries: ZipEntry[] } | Refusal {
  if (buf.length < 22 || buf[0] !== 0x50 || buf[1] !== 0x4b || buf[2] !== 0x03 || buf[3] !== 0x04) {
    return refuse(
      '不是 xlsx 文件（xlsx 是 zip 压缩包，此文件不是）',
      'not an xlsx file (an xlsx is a zip archive; this file is not)',
      SAVE_AS_XLSX,
    );
  }
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return refuse('zip 压缩包已损坏（找不到目录）', 'corrupt zip archive (no central directory)', CORRUPT);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    return refuse('不支持 zip64 压缩包', 'zip64 archives are not accepted', SUSPICIOUS);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 8, true) !== count)
    return refuse('不支持分卷 zip 压缩包', 'multi-part zip archives are not accepted', SUSPICIOUS);
  if (count > LIMITS.zipEntries) return refuse(`压缩包内文件过多（${count}）`, `too many entries in the archive (${count})`, SUSPICIOUS);
  if (cdOffset + cdSize > eocd) return refuse('zip 压缩包已损坏', 'corrupt zip archive', CORRUPT);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdOffset + cdSize || view.getUint32(p, true) !== 0x02014b50)
      return refuse('zip 压缩包已损坏', 'corrupt zip archive', CORRUPT);
    const nameLength = view.getUint16(p + 28, true);
    const end = p + 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (end > cdOffset + cdSize) return refuse('zip 压缩包已损坏', 'corrupt zip archive', CORRUPT);
    entries.push({
      name: UTF8.decode(buf.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    });
    p = end;
  }
  return { entries };
}

/** The bytes of one entry as stored (compressed), located through its local header. */
export function storedBytes(buf: Uint8Array, e: ZipEntry): Uint8Array | null {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (e.offset + 30 > buf.length || view.getUint32(e.offset, true) !== 0x04034b50) return null;
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  if (start + e.compressedSize > buf.length) return null;
  return buf.subarray(start, start + e.compressedSize);
}

/**
 * Checks the zip container before the xlsx parser sees it. Nothing in it is trusted: besides the
 * declared sizes, ratios and entry count, every entry is really decompressed with a hard output limit
 * of its declared size, so an archive that lies about its sizes (a zip bomb the directory hides) is
 * caught after at most that many bytes. Also refused: encryption, zip64, unusual compression, entry
 * names that climb out of the archive, duplicate names, macros, and XML with a DTD (entity expansion).
 */
export function inspectZip(buf: Uint8Array): Refusal | null {
  const dir = readZipDirectory(buf);
  if ('zh' in dir) return dir;
  let declared = 0;
  let actual = 0;
  const names = new Set<string>();
  for (const e of dir.entries) {
    const name = e.name;
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff || e.offset === 0xffffffff)
      return refuse('不支持 zip64 压缩包', 'zip64 archives are not accepted', SUSPICIOUS);
    if (e.flags & 0x1)
      return refuse('工作簿已加密', 'the workbook is encrypted', {
        zh: '去掉密码后再保存（Excel：文件 › 信息 › 保护工作簿 › 用密码进行加密，清空密码；WPS：文件 › 文档加密）',
        en: 'remove the password and save it again (Excel: File › Info › Protect Workbook › Encrypt with Password, clear it)',
      });
    if (e.method !== 0 && e.method !== 8)
      return refuse(`不支持的压缩方式（${e.method}）`, `unsupported compression method (${e.method}) in ${name}`, SUSPICIOUS);
    if (!name || name.startsWith('/') || name.includes('\\') || name.includes('\0') || name.split('/').some((seg) => seg === '..')) {
      return refuse(`压缩包内有可疑的文件名“${name}”`, `suspicious entry name in the archive: "${name}"`, SUSPICIOUS);
    }
    if (names.has(name.toLowerCase()))
      return refuse(`压缩包内文件名重复“${name}”`, `duplicate entry in the archive: "${name}"`, SUSPICIOUS);
    names.add(name.toLowerCase());
    if (/vbaProject\.bin$/i.test(name))
      return refuse('工作簿含宏（VBA）', 'the workbook contains macros (VBA)', {
        zh: '另存为不含宏的“Excel 工作簿（*.xlsx）”',
        en: 'save it as a macro-free "Excel Workbook (*.xlsx)"',
      });
    if (e.size > 1_000_000 && e.size / Math.max(e.compressedSize, 1) > LIMITS.compressionRatio) {
      return refuse('压缩比异常（疑似 zip 炸弹）', 'suspicious compression ratio (zip bomb?)', SUSPICIOUS);
    }
    declared += e.size;
    if (declared > LIMITS.unzippedBytes) return refuse('解压后过大（疑似 zip 炸弹）', 'too large once unzipped (zip bomb?)', SUSPICIOUS);
    const stored = storedBytes(buf, e);
    if (!stored) return refuse('zip 压缩包已损坏', `corrupt zip archive (entry ${name})`, CORRUPT);
    let data: Uint8Array;
    if (e.method === 0) data = stored;
    else {
      try {
        data = inflateRawSync(stored, { maxOutputLength: Math.max(e.size, 1) });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          return refuse(
            '压缩包内文件比声明的大（疑似 zip 炸弹）',
            `an entry inflates to more than it declares (zip bomb?): ${name}`,
            SUSPICIOUS,
          );
        }
        return refuse('zip 压缩包已损坏', `corrupt zip archive (entry ${name}: ${(err as Error).message})`, CORRUPT);
      }
    }
    if (data.length !== e.size)
      return refuse('zip 压缩包已损坏（文件大小不符）', `corrupt zip archive (entry ${name} is not the size it declares)`, CORRUPT);
    if (crc32(data) !== e.crc) return refuse('zip 压缩包已损坏（校验和不符）', `corrupt zip archive (checksum of ${name})`, CORRUPT);
    actual += data.length;
    if (actual > LIMITS.unzippedBytes) return refuse('解压后过大（疑似 zip 炸弹）', 'too large once unzipped (zip bomb?)', SUSPICIOUS);
    if (/\.(xml|rels|vml)$/i.test(name) && /<!(DOCTYPE|ENTITY)/i.test(LATIN1.decode(data))) {
      return refuse(
        `工作簿的 XML 含 DTD 声明（${name}），不予读取`,
        `the workbook's XML declares a DTD or entities (${name}); refused (entity expansion)`,
        SUSPICIOUS,
      );
    }
  }
  return null;
}

/**
 * Built-in number formats (ECMA-376 18.8.30) that show a date or a time: 14–22 and 45–47 everywhere, and the
 * locale formats 27–36, 50–58 (zh-CN: 31 = yyyy"年"m"月"d"日", 57 = yyyy"年"m"月", 58 = m"月"d"日", 32–35 and
 * 55–56 times…) and 71–81. A workbook names these by id only, without a format string.
 */
export function isDateFormatId(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58) || (id >= 71 && id <= 81);
}

/** An Excel date serial as an ISO date (its day; a time of day is dropped), in the 1900 or the 1904 date system. */
export function isoFromSerial(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const d = XLSX.SSF.parse_date_code(serial, { date1904 });
  if (!d) return null;
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

export interface CellContext {
  /** the workbook counts date serials from 1904 (workbook.xml <workbookPr date1904="1"/>) */
  date1904?: boolean;
  /**
   * The cell's number format id, for a cell SheetJS gives no format string: it has none for the locale built-in
   * formats (e.g. 31 yyyy"年"m"月"d"日" of Chinese Excel) the first time it meets one in a workbook.
   */
  numFmtId?: number | null;
}

/** Whether a numeric cell shows a date in Excel. */
export function isDateCell(cell: XLSX.CellObject, context: CellContext = {}): boolean {
  const z = cell.z as string | number | undefined;
  if (typeof z === 'string') return XLSX.SSF.is_date(z);
  if (typeof z === 'number') return isDateFormatId(z);
  return typeof context.numFmtId === 'number' && isDateFormatId(context.numFmtId);
}

export function readCell(cell: XLSX.CellObject, context: CellContext = {}): CellValue {
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      // A number shown with a date format is a date for the officer: compile it as an ISO date.
      if (isDateCell(cell, context)) {
        const iso = isoFromSerial(v, context.date1904);
        if (iso) return iso;
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

/**
 * The text a number cell shows in Excel, for a number typed into a text column (an article typed as 7.1 is
 * stored as a number): the formatted text when the cell has a number format, else the number to Excel's 15
 * significant digits (7.1000000000000005 → "7.1").
 */
export function shownNumber(cell: XLSX.CellObject): string {
  const z = cell.z as string | number | undefined;
  const w = typeof cell.w === 'string' ? cell.w.trim() : '';
  if (typeof z === 'string' && z !== 'General' && z !== '@' && w !== '') return w;
  return String(normalizeNumber(cell.v as number));
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (whole, e: string) => {
    if (e[0] !== '#') return XML_ENTITIES[e.toLowerCase()]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** The attributes of an XML start tag, by qualified and by local name (r:id is also id). */
function xmlAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const value = unescapeXml(m[2] ?? m[3] ?? '');
    out.set(m[1]!, value);
    const local = m[1]!.includes(':') ? m[1]!.slice(m[1]!.indexOf(':') + 1) : null;
    if (local && !out.has(local)) out.set(local, value);
  }
  return out;
}

const xmlTags = (xml: string, name: string) => Array.from(xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>`, 'g')), (m) => m[0]);

interface BookInfo {
  date1904: boolean;
  /** a cell's number format id, read from the styles part and the sheet's XML; null when unknown */
  numFmtId(sheetName: string, address: string): number | null;
  /** rows (1-based) and columns (letters) the sheet hides: their content cannot be reviewed in Excel */
  hidden(sheetName: string): { rows: number[]; columns: string[] };
}

/**
 * What SheetJS (in its worker thread) does not hand over, read from the workbook's XML: the 1904 date system
 * flag, and the number format id of a cell (SheetJS names the format of a cell only by its format string,
 * which it lacks for the locale built-in date formats). The zip was already inspected (sizes, no DTD); a part
 * that cannot be found or read leaves the default (1900 system, format unknown).
 */
function bookInfo(buf: Uint8Array): BookInfo {
  const dir = readZipDirectory(buf);
  const entries = 'entries' in dir ? dir.entries : [];
  const part = (path: string): string | null => {
    const name = path.replace(/^\/+/, '');
    const e = entries.find((x) => x.name === name) ?? entries.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!e) return null;
    const stored = storedBytes(buf, e);
    if (!stored) return null;
    try {
      const data = e.method === 0 ? stored : inflateRawSync(stored, { maxOutputLength: Math.max(e.size, 1) });
      return UTF8.decode(data);
    } catch {
      return null;
    }
  };
  const resolve = (base: string, target: string) => {
    if (target.startsWith('/')) return target.slice(1);
    const segments = base.split('/').slice(0, -1);
    for (const seg of target.split('/')) {
      if (seg === '..') segments.pop();
      else if (seg !== '.' && seg !== '') segments.push(seg);
    }
    return segments.join('/');
  };
  const relationships = (of: string) => {
    const slash = of.lastIndexOf('/');
    const xml = part(`${of.slice(0, slash + 1)}_rels/${of.slice(slash + 1)}.rels`) ?? '';
    return xmlTags(xml, 'Relationship').map((t) => {
      const a = xmlAttributes(t);
      return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: resolve(of, a.get('Target') ?? '') };
    });
  };

  let workbookPath = 'xl/workbook.xml';
  let workbookXml = '';
  let date1904 = false;
  try {
    workbookPath =
      xmlTags(part('_rels/.rels') ?? '', 'Relationship')
        .map(xmlAttributes)
        .find((a) => /\/officeDocument$/.test(a.get('Type') ?? ''))
        ?.get('Target')
        ?.replace(/^\/+/, '') ?? 'xl/workbook.xml';
    workbookXml = part(workbookPath) ?? '';
    const flag = xmlTags(workbookXml, 'workbookPr').map(xmlAttributes)[0]?.get('date1904');
    date1904 = flag === '1' || flag?.toLowerCase() === 'true';
  } catch {
    // an unreadable workbook part: SheetJS has read it already or reported it; keep the 1900 date system
  }

  let sheetPathsCache: Map<string, string> | null = null;
  const sheetPaths = (): Map<string, string> => {
    if (!sheetPathsCache) {
      sheetPathsCache = new Map();
      const rels = relationships(workbookPath);
      for (const t of xmlTags(workbookXml, 'sheet')) {
        const a = xmlAttributes(t);
        const rel = rels.find((r) => r.id === a.get('r:id') || r.id === a.get('id'));
        if (rel && a.has('name')) sheetPathsCache.set(a.get('name')!, rel.target);
      }
    }
    return sheetPathsCache;
  };
  let styles: { xfFormats: number[]; sheetPaths: Map<string, string> } | null = null;
  const cellStyles = new Map<string, Map<string, number>>();
  const numFmtId = (sheetName: string, address: string): number | null => {
    if (!styles) {
      const rels = relationships(workbookPath);
      const stylesPath = rels.find((r) => /\/styles$/.test(r.type))?.target;
      const stylesXml = (stylesPath && part(stylesPath)) || '';
      const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
      styles = { xfFormats: xmlTags(cellXfs, 'xf').map((t) => Number(xmlAttributes(t).get('numFmtId') ?? 0)), sheetPaths: sheetPaths() };
    }
    const path = styles.sheetPaths.get(sheetName);
    if (!path) return null;
    let byCell = cellStyles.get(path);
    if (!byCell) {
      byCell = new Map();
      // the style index of every cell that has one (a cell's tag is small: read r and s only)
      for (const m of (part(path) ?? '').matchAll(/<(?:[\w.-]+:)?c\b([^>]*)>/g)) {
        const r = /\br\s*=\s*["']([A-Za-z]{1,3}\d{1,7})["']/.exec(m[1]!)?.[1];
        const s = /\bs\s*=\s*["'](\d{1,6})["']/.exec(m[1]!)?.[1];
        if (r && s) byCell.set(r.toUpperCase(), Number(s));
      }
      cellStyles.set(path, byCell);
    }
    const xf = byCell.get(address);
    const id = xf === undefined ? undefined : styles.xfFormats[xf];
    return id === undefined || !Number.isInteger(id) ? null : id;
  };
  const hidden = (sheetName: string) => {
    const path = sheetPaths().get(sheetName);
    const xml = (path && part(path)) || '';
    const on = (a: Map<string, string>) => ['1', 'true'].includes((a.get('hidden') ?? '').toLowerCase());
    const rows = xmlTags(xml, 'row')
      .map(xmlAttributes)
      .filter(on)
      .map((a) => Number(a.get('r')))
      .filter((r) => Number.isInteger(r) && r > 0);
    const columns = xmlTags(xml, 'col')
      .map(xmlAttributes)
      .filter(on)
      .flatMap((a) => {
        const min = Number(a.get('min'));
        const max = Math.min(Number(a.get('max')), min + 50);
        return Number.isInteger(min) && Number.isInteger(max) && min > 0
          ? Array.from({ length: max - min + 1 }, (_, i) => XLSX.utils.encode_col(min - 1 + i))
          : [];
      });
    return { rows, columns };
  };
  return {
    date1904,
    hidden: (sheetName) => {
      try {
        return hidden(sheetName);
      } catch {
        return { rows: [], columns: [] };
      }
    },
    numFmtId: (sheetName, address) => {
      try {
        return numFmtId(sheetName, address);
      } catch {
        return null; // unreadable styles: the format stays unknown, as SheetJS left it
      }
    },
  };
}

/**
 * The value of a formula that is a constant yes/no: `TRUE()` or `FALSE()`, as LibreOffice Calc writes every logical
 * cell (`<c t="b"><f aca="false">TRUE()</f><v>1</v></c>`, also when the officer typed TRUE); null for any other formula.
 */
export function constantBoolean(formula: string): boolean | null {
  const m = /^\s*=?\s*(TRUE|FALSE)\s*\(\s*\)\s*$/i.exec(formula);
  return m ? m[1]!.toUpperCase() === 'TRUE' : null;
}

/** The fix line of a formula cell: type the value the formula shows now (its cached result), as the officer would type it. */
export function formulaFix(shown: CellValue): Bilingual {
  if (shown === null) {
    return {
      zh: '删除公式，直接输入数值本身（不以 = 开头）',
      en: 'delete the formula and type the value itself (not starting with =)',
    };
  }
  if (typeof shown === 'boolean') {
    const zh = shown ? '是' : '否';
    return {
      zh: `删除公式，直接输入它现在显示的值：${zh}（是/否，也可以写 yes/no）`,
      en: `delete the formula and type the value it shows now: ${shown ? 'yes' : 'no'} (yes/no, or 是/否)`,
    };
  }
  const text = typeof shown === 'number' ? String(normalizeNumber(shown)) : shown;
  return {
    zh: `删除公式，直接输入它现在显示的值：${text}`,
    en: `delete the formula and type the value it shows now: ${text}`,
  };
}

const tooLarge = (file: string, bytes: number): ReadResult => ({
  sheets: [],
  problems: [
    {
      file: basename(file),
      sheet: null,
      cell: null,
      zh: `文件过大（${(bytes / 1048576).toFixed(1)} MB，上限 ${LIMITS.fileBytes / 1048576} MB）`,
      en: `file too large (${(bytes / 1048576).toFixed(1)} MB; limit ${LIMITS.fileBytes / 1048576} MB)`,
      fix: {
        zh: '删除图片、附件和不需要的工作表后再保存；数据确实这么多时，拆成两个工作簿',
        en: 'delete pictures, attachments and sheets that are not needed, then save; if the data really is this large, split it into two workbooks',
      },
    },
  ],
});

/** Reads a workbook from disk; a file over the size limit is refused from its size alone, never loaded. */
export function readWorkbookFile(file: string): ReadResult {
  const { size } = statSync(file);
  if (size > LIMITS.fileBytes) return tooLarge(file, size);
  return readWorkbook(file, readFileSync(file));
}

export type Parsed = { SheetNames: string[]; Sheets: Record<string, XLSX.WorkSheet>; hidden: number[] };
/** How a workbook's bytes become SheetJS's sheets: in a worker thread with limits (Node), or in the page's own worker (/studio). */
export type XlsxParser = (buf: Uint8Array, limits: typeof LIMITS) => Parsed | { error: string } | { timeout: true };

/**
 * SheetJS in a worker thread, waited for synchronously (Atomics.wait) so the build stays a plain
 * synchronous function: a workbook that would take the parser too long or exhaust its memory ends that
 * thread, not the build, and is reported like any other problem. The thread is started once per process
 * and reused (loading the parser costs more than reading a workbook); it does not keep the process alive.
 */
let parser: { worker: Worker; port: MessagePort; flag: Int32Array; heapMb: number } | null = null;

/** How SheetJS reads a workbook, wherever it runs. */
export const parseOptions = (limits: typeof LIMITS): XLSX.ParsingOptions => ({
  type: 'buffer',
  cellFormula: true,
  cellNF: true,
  cellDates: false,
  cellHTML: false,
  bookVBA: false,
  dense: false,
  // stop reading a sheet after one row more than the limit: enough to report it as too large
  sheetRows: limits.rows + 2,
});

function parseInWorker(buf: Uint8Array, limits: typeof LIMITS): Parsed | { error: string } | { timeout: true } {
  if (!parser || parser.heapMb !== limits.parseHeapMb) {
    if (parser) void parser.worker.terminate();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('./xlsx-parse-worker.mjs', import.meta.url), {
      workerData: { flag, port: port2 },
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: limits.parseHeapMb },
      // plain JavaScript: no TypeScript loader (tsx) in this thread, it only slows its start
      execArgv: [],
    });
    worker.on('error', () => {}); // an out-of-memory end shows as a missing answer below
    worker.unref();
    port1.unref();
    parser = { worker, port: port1, flag, heapMb: limits.parseHeapMb };
  }
  const options = parseOptions(limits);
  const { worker, port, flag } = parser;
  Atomics.store(flag, 0, 0);
  port.postMessage({ buf, options });
  Atomics.wait(flag, 0, 0, limits.parseMs);
  const answer = receiveMessageOnPort(port)?.message as ({ ok: true } & Parsed) | { ok: false; error: string } | undefined;
  if (!answer) {
    // too slow or out of memory: this thread is finished, the next workbook gets a new one
    void worker.terminate();
    parser = null;
    return { timeout: true };
  }
  return answer.ok ? answer : { error: answer.error };
}

export function readWorkbook(file: string, buf: Uint8Array, limits: typeof LIMITS = LIMITS, parse: XlsxParser = parseInWorker): ReadResult {
  const name = basename(file);
  const whole = (zh: string, en: string, fix: Bilingual): ReadResult => ({
    sheets: [],
    problems: [{ file: name, sheet: null, cell: null, zh, en, fix }],
  });
  if (buf.length > LIMITS.fileBytes) return tooLarge(file, buf.length);
  const zipProblem = inspectZip(buf);
  if (zipProblem) return whole(zipProblem.zh, zipProblem.en, zipProblem.fix);

  // a missing answer is retried once on a fresh thread: a thread can also be lost to the machine (a crash at
  // start-up under heavy load), and a workbook that really hangs or exhausts memory fails the second time too
  let parsed = parse(buf, limits);
  if ('timeout' in parsed) parsed = parse(buf, limits);
  if ('timeout' in parsed) {
    return whole(
      `读取超时或内存不足（上限 ${limits.parseMs / 1000} 秒、${limits.parseHeapMb} MB）：工作簿过于复杂`,
      `reading took longer than ${limits.parseMs / 1000} s or more than ${limits.parseHeapMb} MB of memory: the workbook is too complex`,
      {
        zh: '删除不需要的工作表、图片和格式（如整列的条件格式）后再保存；仍然过慢时，用 Excel、WPS 或 LibreOffice 另存为新的 .xlsx',
        en: 'delete sheets, pictures and formatting that are not needed (e.g. conditional formats on whole columns) and save; if it is still too slow, save it as a new .xlsx in Excel, WPS or LibreOffice',
      },
    );
  }
  if ('error' in parsed) return whole(`无法读取工作簿：${parsed.error}`, `cannot read the workbook: ${parsed.error}`, SAVE_AS_XLSX);
  const wb = parsed;
  if (wb.SheetNames.length > limits.sheets)
    return whole(
      `工作表过多（${wb.SheetNames.length} 个，上限 ${limits.sheets}）`,
      `too many sheets (${wb.SheetNames.length}; limit ${limits.sheets})`,
      {
        zh: '删除不需要的工作表（说明性内容可合并到一个以 _ 开头的工作表）',
        en: 'delete the sheets that are not needed (explanations can share one sheet whose name starts with _)',
      },
    );

  const problems: Problem[] = [];
  const sheets: SheetGrid[] = [];
  const book = bookInfo(buf);
  wb.SheetNames.forEach((sheetName, index) => {
    const at = (cell: string | null, zh: string, en: string, fix: Bilingual) =>
      problems.push({ file: name, sheet: sheetName, cell, zh, en, fix });
    const hidden = wb.hidden[index];
    if (hidden)
      at(null, '工作表被隐藏：隐藏内容无法审阅', 'the sheet is hidden: hidden content cannot be reviewed', {
        zh: '右键点击任一工作表标签 › 取消隐藏；不需要的工作表请删除',
        en: 'right-click a sheet tab › Unhide; delete the sheet if it is not needed',
      });
    // A sheet called __proto__ becomes the prototype of the parser's sheet map instead of an entry in it:
    // refuse such names rather than read through the prototype chain.
    if (sheetName === '__proto__' || !Object.hasOwn(wb.Sheets, sheetName)) {
      at(null, `工作表名“${sheetName}”是保留字，无法安全读取`, `the sheet name "${sheetName}" is reserved and cannot be read safely`, {
        zh: '双击工作表标签，给它改个名字（说明页以 _ 开头）',
        en: 'double-click the sheet tab and rename it (a sheet of notes starts with _)',
      });
      return;
    }
    const ws = wb.Sheets[sheetName];
    if (!ws) return;
    for (const merge of ws['!merges'] ?? []) {
      at(
        XLSX.utils.encode_range(merge),
        '不能使用合并单元格：每行须独立完整',
        'merged cells are not allowed: every row must stand on its own',
        {
          zh: `选中 ${XLSX.utils.encode_range(merge)} › 开始 › 合并后居中（取消合并），再把值填到每一个单元格`,
          en: `select ${XLSX.utils.encode_range(merge)} › Home › Merge & Center (unmerge), then type the value into every cell`,
        },
      );
    }
    // with sheetRows the parser trims !ref to the rows it read; !fullref keeps what the sheet claims
    const ref = ws['!fullref'] ?? ws['!ref'];
    const rows: CellValue[][] = [];
    if (ref) {
      const range = XLSX.utils.decode_range(ref);
      if (range.e.r + 1 > limits.rows || range.e.c + 1 > limits.columns) {
        at(
          null,
          `工作表过大（${range.e.r + 1} 行 × ${range.e.c + 1} 列，上限 ${limits.rows} 行 × ${limits.columns} 列）`,
          `sheet too large (${range.e.r + 1} rows × ${range.e.c + 1} columns; limit ${limits.rows} × ${limits.columns})`,
          {
            zh: '删除数据下方和右侧的空行、空列（选中 › 右键 › 删除，而不是只清除内容）后再保存',
            en: 'delete the empty rows and columns below and to the right of the data (select › right-click › Delete, not just Clear) and save',
          },
        );
        return;
      }
      // hidden rows and columns, like hidden sheets: what is compiled must be what a reviewer sees. Only inside the
      // used range (hiding the empty columns to the right is tidying), and not on note sheets (_…).
      if (!sheetName.startsWith('_')) {
        const hidden = book.hidden(sheetName);
        for (const r of hidden.rows.filter((x) => x - 1 <= range.e.r)) {
          at(`A${r}`, `第 ${r} 行被隐藏：隐藏内容无法审阅`, `row ${r} is hidden: hidden content cannot be reviewed`, {
            zh: `选中第 ${r - 1} 到第 ${r + 1} 行，右键行号 › 取消隐藏；不需要的行请删除`,
            en: `select rows ${r - 1} to ${r + 1}, right-click a row number › Unhide; delete the row if it is not needed`,
          });
        }
        for (const c of hidden.columns.filter((x) => XLSX.utils.decode_col(x) <= range.e.c)) {
          at(`${c}1`, `第 ${c} 列被隐藏：隐藏内容无法审阅`, `column ${c} is hidden: hidden content cannot be reviewed`, {
            zh: `选中 ${c} 列两侧的列，右键列标 › 取消隐藏；不需要的列请删除`,
            en: `select the columns on both sides of ${c}, right-click a column letter › Unhide; delete the column if it is not needed`,
          });
        }
      }
      // columns that hold text (article, note…): a number typed there is read as the text the cell shows
      const textIds = Object.hasOwn(TEXT_COLUMNS, sheetName) ? TEXT_COLUMNS[sheetName]! : SCALE_TEXT_COLUMNS;
      const textColumns = new Set<number>();
      for (let r = 0; r <= range.e.r; r++) {
        const row: CellValue[] = [];
        if (r === 1) {
          rows[0]?.forEach((h, c) => {
            if (
              h !== null &&
              textIds.includes(
                String(h)
                  .trim()
                  .split(/[\s/（(]/)[0]!,
              )
            )
              textColumns.add(c);
          });
        }
        for (let c = 0; c <= range.e.c; c++) {
          const addr = cellAddress(r, c);
          const cell = ws[addr] as XLSX.CellObject | undefined;
          if (!cell) {
            row.push(null);
            continue;
          }
          const z = cell.z as string | number | undefined;
          const context: CellContext = { date1904: book.date1904 };
          if (cell.t === 'n' && z === undefined) context.numFmtId = book.numFmtId(sheetName, addr);
          const read = (x: XLSX.CellObject) => {
            const value = readCell(x, context);
            return typeof value === 'number' && r > 0 && textColumns.has(c) ? shownNumber(x) : value;
          };
          if (cell.f) {
            // LibreOffice Calc saves every yes/no cell as the formula TRUE() or FALSE() (with its result): a constant,
            // the value itself for the officer. Any other formula is refused, naming the value it shows now.
            const constant = constantBoolean(cell.f);
            if (constant !== null) {
              row.push(constant);
              continue;
            }
            const shown = cell.t === 'e' || cell.v === undefined ? null : read({ ...cell, f: undefined });
            const f = cell.f.length > 80 ? `${cell.f.slice(0, 79)}…` : cell.f;
            at(
              addr,
              `单元格含公式（=${f}）：构建不计算公式，只读取填写的数值`,
              `the cell holds a formula (=${f}): the build never evaluates formulas, it reads typed values only`,
              formulaFix(shown),
            );
            row.push(null);
            continue;
          }
          if (cell.t === 'e') {
            const shown = typeof cell.w === 'string' && cell.w ? cell.w : '#N/A';
            at(addr, `单元格含错误值（${shown}）`, `the cell holds an Excel error value (${shown})`, {
              zh: '直接输入数值本身；原文未公布的数值留空，并在备注（note）中说明',
              en: 'type the value itself; leave a value the source does not publish empty and say so in the note',
            });
            row.push(null);
            continue;
          }
          row.push(read(cell));
        }
        while (row.length && row[row.length - 1] === null) row.pop();
        rows.push(row);
      }
    }
    sheets.push(book.date1904 ? { name: sheetName, rows, date1904: true } : { name: sheetName, rows });
  });
  return { sheets, problems };
}
