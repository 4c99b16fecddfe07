import * as XLSX from '@e965/xlsx';
import type { Problem } from './problems';
import type { CellValue, SheetGrid } from './workbook-reader';
import { UNITS } from '../../src/tables/units';

/**
 * "How to fix it" for the build's problems, made specific with the offending cell's content where
 * that helps (a unit typo → the closest unit; 85 in a ratio cell → 0.85; 2015/1/1 → 2015-01-01).
 * Problems are recognised by their English message, which the build keeps stable.
 */

export interface Hint {
  zh: string;
  en: string;
}

/** Levenshtein distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

export function cellValue(grids: SheetGrid[], sheet: string | null, cell: string | null): CellValue {
  if (!sheet || !cell || !/^[A-Z]+\d+$/.test(cell)) return null;
  const { r, c } = XLSX.utils.decode_cell(cell);
  return grids.find((g) => g.name === sheet)?.rows[r]?.[c] ?? null;
}

/** A date the way people type it (2015/1/1, 2015.1.1, 2015年1月1日) → 2015-01-01. */
export function isoFromLooseDate(raw: string): string | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(raw);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A number typed as text ("200,000", "200000元", "85%") → the number, when unambiguous. */
export function numberFromText(raw: string): { n: number; percent: boolean } | null {
  const s = raw.replace(/[,，\s]/g, '').replace(/(元|CNY|RMB|¥|￥)/gi, '');
  const m = /^(-?\d+(?:\.\d+)?)(%|％)?$/.exec(s);
  return m ? { n: Number(m[1]), percent: Boolean(m[2]) } : null;
}

export const dayBefore = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

export function hintFor(p: Problem, grids: SheetGrid[], context: { sources: string[]; columns?: string[]; sheets?: string[] } = { sources: [] }): Hint | null {
  const v = cellValue(grids, p.sheet, p.cell);
  const en = p.en;
  let m: RegExpExecArray | null;

  if (/^unknown unit/.test(en)) {
    const guess = typeof v === 'string' ? closest(v, UNITS) : null;
    return guess
      ? { zh: `是不是 ${guess}？请从下拉列表中选择单位`, en: `did you mean ${guess}? pick the unit from the drop-down list` }
      : { zh: '请从下拉列表中选择单位（tables/README.md 有单位表）', en: 'pick the unit from the drop-down list (tables/README.md lists them)' };
  }
  if (/a ratio must be between 0 and 1/.test(en) && typeof v === 'number' && v > 1 && v <= 100) {
    const r = Number((v / 100).toPrecision(12));
    return { zh: `如果是 ${v}%，请填 ${r}`, en: `if you meant ${v}%, type ${r}` };
  }
  if (/must be a number/.test(en) && typeof v === 'string') {
    const n = numberFromText(v);
    if (n) {
      const value = n.percent ? Number((n.n / 100).toPrecision(12)) : n.n;
      return { zh: `请只填数字 ${value}（不带单位、逗号或百分号；单位写在 unit 列）`, en: `type just the number ${value} (no unit, commas or percent sign; the unit goes in the unit column)` };
    }
    return { zh: '请填写阿拉伯数字；如原文未公布此值，请留空并在备注（note）中说明“原文未公布”', en: 'type the figure in digits; if the source does not publish it, leave the cell empty and say so in the note' };
  }
  if (/must be a date/.test(en)) {
    const iso = typeof v === 'string' ? isoFromLooseDate(v) : null;
    return iso
      ? { zh: `请写成 ${iso}`, en: `write it as ${iso}` }
      : { zh: '日期写成 年-月-日，如 2015-01-01（或设置单元格格式为日期）', en: 'write dates as year-month-day, e.g. 2015-01-01 (or give the cell a date format)' };
  }
  if (/money has at most two decimals/.test(en)) {
    return { zh: '金额以元为单位，精确到分（两位小数）；请按原文核对', en: 'amounts are in yuan to the fen (two decimals); check the figure against the source' };
  }
  if ((m = /^source "(.+)" is not listed on the sources sheet/.exec(en))) {
    const guess = closest(m[1]!, context.sources);
    return guess
      ? { zh: `是不是“${guess}”？文号须与 sources 表中的完全一致（包括〔〕和“号”）`, en: `did you mean "${guess}"? the number must match the sources sheet exactly (brackets 〔〕 and 号 included)` }
      : { zh: '先在 sources 工作表中加一行这份文件（文号、标题、日期），再引用它', en: 'first add the document to the sources sheet (number, title, dates), then cite it' };
  }
  if ((m = /^unknown column "(.+?)"/.exec(en)) && context.columns) {
    const id = m[1]!.split(/[\s/（(]/)[0]!;
    const guess = closest(id, context.columns);
    if (guess) return { zh: `是不是 ${guess}？列标题须以列名开头，后面可加中文说明`, en: `did you mean ${guess}? a header starts with the column id, a label may follow` };
  }
  if ((m = /^unknown sheet "(.+?)"/.exec(en)) && context.sheets) {
    const guess = closest(m[1]!, context.sheets);
    if (guess) return { zh: `是不是“${guess}”？工作表名须与结构定义一致`, en: `did you mean "${guess}"? sheet names must match the schema` };
    return { zh: '如果这是说明页，把工作表改名为以 _ 开头（如 _说明）；如果是新的分档表，先在 src/tables/<表>.ts 中声明它', en: 'if it holds explanations, rename it with a leading _ (e.g. _notes); if it is a new bracket sheet, declare it in src/tables/<table>.ts first' };
  }
  if ((m = /^overlapping dates for .+: (\S+) runs to (.+), this row starts (\d{4}-\d{2}-\d{2})/.exec(en))) {
    return {
      zh: `如果本行取代旧值，把 ${m[1]} 所在行的失效日期（effective_to）填为 ${dayBefore(m[3]!)}`,
      en: `if this row replaces the earlier value, set effective_to of the row of ${m[1]} to ${dayBefore(m[3]!)}`,
    };
  }
  if (/^duplicate key .+: same effective_from/.test(en)) {
    return { zh: '同一参数同一生效日期只能有一行：删除重复行，或给新值填更晚的生效日期并给旧行填失效日期', en: 'one row per key and start date: delete the duplicate, or give the new value a later effective_from and close the old row with effective_to' };
  }
  if ((m = /^gap in the dates of .+ \(from (\d{4}-\d{2}-\d{2})\)/.exec(en))) {
    return { zh: `让上一行的失效日期紧接本行（本行生效日期的前一天），或从 ${m[1]} 起加一行空数值并在备注说明`, en: `make the previous row end the day before this one starts, or add a row from ${m[1]} with an empty value and a note` };
  }
  if (/bracket overlaps row/.test(en)) {
    return { zh: '相邻两档在同一界限处只能有一档“含”：如上一档 ≤ 35（inclusive），下一档 > 35（exclusive）', en: 'at a shared bound only one bracket may include it: e.g. the lower bracket ≤ 35 (inclusive), the next > 35 (exclusive)' };
  }
  if (/^key must be lower snake_case/.test(en) && typeof v === 'string') {
    const fixed = v.trim().toLowerCase().replace(/[\s-]+/g, '_').replace(/[^a-z0-9_.]/g, '').replace(/^[^a-z]+/, '');
    if (fixed) return { zh: `例如 ${fixed}`, en: `e.g. ${fixed}` };
  }
  if ((m = /^must be one of: (.+)$/.exec(en)) && typeof v === 'string') {
    const guess = closest(v, m[1]!.split(', '));
    if (guess) return { zh: `是不是 ${guess}？`, en: `did you mean ${guess}?` };
  }
  if (/^missing parameter /.test(en)) {
    return { zh: '如果工作表中已有这一行，它因上面列出的错误被拒绝：先改正那一行', en: 'if the sheet has a row for it, that row was rejected for an error listed here: fix that row first' };
  }
  if (/needs a note saying why/.test(en)) {
    return { zh: '在备注（note）中写明原因，如“原文未公布，见第九条”；如原文有此数值，请填上', en: 'write the reason in the note, e.g. "not published in the source (art. 9)"; if the source gives the value, type it in' };
  }
  if (/^merged cells are not allowed/.test(en)) {
    return { zh: '选中合并的单元格 › 开始 › 合并后居中（取消合并），再把值填到每一行', en: 'select the merged cells › Home › Merge & Center (unmerge), then fill the value into every row' };
  }
  if (/^the sheet is hidden/.test(en)) {
    return { zh: '右键点击任一工作表标签 › 取消隐藏', en: 'right-click a sheet tab › Unhide' };
  }
  if (/the cell holds an Excel error value/.test(en)) {
    return { zh: '单元格显示 #N/A、#VALUE! 等错误：请直接填写数值', en: 'the cell shows #N/A, #VALUE! or similar: type the value itself' };
  }
  if (/^table_id \(.+\) must equal the file name/.test(en)) {
    return { zh: '把 meta 表中的 table_id 改成文件名（不含 .xlsx），或重命名文件', en: 'make meta table_id equal the file name (without .xlsx), or rename the file' };
  }
  if (/^this cell is under no column header/.test(en)) {
    return { zh: '删除这个单元格的内容，或给这一列加上列标题（并在结构定义中声明）', en: 'clear the cell, or give its column a header (declared in the schema)' };
  }
  if (/is the file open in Excel|not an xlsx file/.test(en)) {
    return { zh: '用 Excel 或 WPS 打开后“另存为” Excel 工作簿（.xlsx）', en: 'open it in Excel or WPS and "Save as" an Excel workbook (.xlsx)' };
  }
  return null;
}
