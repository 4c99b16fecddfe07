/**
 * Edits a workbook in place at the level of its XML, for maintenance scripts (a new column, a cell rewritten):
 * every part of the file it does not touch — column widths, frozen panes, drop-down lists, other sheets — stays
 * byte for byte, which a read-and-write through SheetJS would not keep. Only what the project's workbooks hold:
 * cells written as text (`t="str"` or `t="inlineStr"`), numbers, booleans and shared strings (read, not written).
 *
 *   const wb = openWorkbook('tables/elderly-care.xlsx');
 *   const sheet = wb.sheet('parameters');
 *   sheet.set('K1', 'note_en 备注（英文）');
 *   wb.save();
 */
import * as XLSX from '@e965/xlsx';
import { readFileSync, writeFileSync } from 'node:fs';

type CellValue = string | number | boolean | null;

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlUnescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

export const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
export const colLetters = (n: number): string =>
  n <= 0 ? '' : colLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
const split = (ref: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  return { col: colNumber(m[1]!), row: Number(m[2]) };
};

function cellXml(ref: string, value: CellValue, style: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') return `<c r="${ref}"${style}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style} t="str"><v>${xmlEscape(value)}</v></c>`;
}

export class SheetXml {
  constructor(
    private xml: string,
    private readonly shared: string[],
  ) {}

  toString(): string {
    return this.xml;
  }

  /** The value of a cell (text, number, boolean), or null when it is empty. */
  get(ref: string): CellValue {
    const m = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`).exec(this.xml);
    if (!m || m[2] === undefined) return null;
    const type = /\bt="(\w+)"/.exec(m[1]!)?.[1];
    const v = /<v>([\s\S]*?)<\/v>/.exec(m[2])?.[1];
    if (type === 'inlineStr') return xmlUnescape([...m[2].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((x) => x[1]).join(''));
    if (v === undefined) return null;
    if (type === 's') return this.shared[Number(v)] ?? null;
    if (type === 'str') return xmlUnescape(v);
    if (type === 'b') return v === '1';
    return Number(v);
  }

  /** The last row that holds a cell, and the last column of row 1 (the header). */
  get size(): { rows: number; columns: number } {
    const rows = [...this.xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    const header = [...(/<row r="1"[^>]*>([\s\S]*?)<\/row>/.exec(this.xml)?.[1] ?? '').matchAll(/<c r="([A-Z]+)1"/g)].map((m) =>
      colNumber(m[1]!),
    );
    return { rows: Math.max(0, ...rows), columns: Math.max(0, ...header) };
  }

  /** The column letter of a header (row 1) that starts with `id` (`note`, `note_en`…), or undefined. */
  column(id: string): string | undefined {
    for (let c = 1; c <= this.size.columns; c++) {
      const h = this.get(`${colLetters(c)}1`);
      if (typeof h === 'string' && (h === id || h.startsWith(`${id} `))) return colLetters(c);
    }
    return undefined;
  }

  /** Writes a cell (null or '' empties it), keeping the cell's style; a new cell takes the style of its left neighbour. */
  set(ref: string, value: CellValue): void {
    const { col, row } = split(ref);
    const rowRe = new RegExp(`<row r="${row}"([^>]*?)(?:/>|>([\\s\\S]*?)</row>)`);
    const rm = rowRe.exec(this.xml);
    if (!rm) {
      // a new row, in order
      const after = [...this.xml.matchAll(/<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)].filter((m) => Number(m[1]) < row).at(-1);
      const rowXml = `<row r="${row}">${cellXml(ref, value, '')}</row>`;
      const at = after ? after.index! + after[0].length : this.xml.indexOf('<sheetData>') + '<sheetData>'.length;
      if (this.xml.includes('<sheetData/>')) this.xml = this.xml.replace('<sheetData/>', `<sheetData>${rowXml}</sheetData>`);
      else this.xml = this.xml.slice(0, at) + rowXml + this.xml.slice(at);
    } else {
      const body = rm[2] ?? '';
      const cells = [...body.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g)];
      const same = cells.find((c) => colNumber(c[1]!) === col);
      const styleOf = (attrs: string) => /\s+s="\d+"/.exec(attrs)?.[0] ?? '';
      let next: string;
      if (same) next = body.replace(same[0], cellXml(ref, value, styleOf(same[2]!)));
      else {
        const left = cells.filter((c) => colNumber(c[1]!) < col).at(-1);
        const xml = cellXml(ref, value, left ? styleOf(left[2]!) : '');
        next = left ? body.replace(left[0], left[0] + xml) : xml + body;
      }
      this.xml = this.xml.replace(rm[0], `<row r="${row}"${rm[1]}>${next}</row>`);
    }
    this.fixDimension();
  }

  private fixDimension(): void {
    const { rows, columns } = this.size;
    const refs = [...this.xml.matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) => colNumber(m[1]!));
    const last = `${colLetters(Math.max(columns, ...refs))}${rows}`;
    this.xml = this.xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${last}"/>`);
    this.xml = this.xml.replace(/(<ignoredError numberStoredAsText="1" sqref=")A1:[A-Z]+\d+"/, `$1A1:${last}"`);
  }
}

export interface WorkbookXml {
  sheet(name: string): SheetXml;
  sheetNames(): string[];
  save(path?: string): void;
}

/** Opens a workbook for editing its cells; `save()` writes back only the sheets that were opened. */
export function openWorkbook(path: string): WorkbookXml {
  const zip = XLSX.CFB.read(readFileSync(path), { type: 'buffer' });
  const text = (p: string) => {
    const e = XLSX.CFB.find(zip, p);
    return e ? Buffer.from(e.content as Uint8Array).toString('utf8') : '';
  };
  const shared = [...text('/xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    xmlUnescape([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const rels = new Map(
    [...text('/xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*Id="(\w+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const sheets = new Map(
    [...text('/xl/workbook.xml').matchAll(/<sheet name="([^"]+)" [^>]*r:id="(\w+)"/g)].map((m) => [
      xmlUnescape(m[1]!),
      `/xl/${rels.get(m[2]!)!.replace(/^\/?xl\//, '')}`,
    ]),
  );
  const open = new Map<string, SheetXml>();
  return {
    sheetNames: () => [...sheets.keys()],
    sheet(name) {
      const p = sheets.get(name);
      if (!p) throw new Error(`${path}: no sheet ${name}`);
      let s = open.get(p);
      if (!s) open.set(p, (s = new SheetXml(text(p), shared)));
      return s;
    },
    save(out = path) {
      for (const [p, s] of open) {
        const e = XLSX.CFB.find(zip, p)!;
        e.content = Buffer.from(s.toString(), 'utf8');
        e.size = (e.content as Buffer).length;
      }
      writeFileSync(out, XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true }) as Buffer);
    },
  };
}
