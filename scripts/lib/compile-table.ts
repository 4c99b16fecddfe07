import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  ALL_WORDS,
  BILINGUAL_SEPARATOR,
  changelogRowSchema,
  FIXED_SHEETS,
  FORMER_COLUMNS,
  maintainerTextIn,
  MARK_COLUMNS,
  META_FIELDS,
  metaSchema,
  parameterRowSchema,
  parseBound,
  REPEAL_WORDS,
  rowValidatorOf,
  scaleSheetColumns,
  SOURCE_READING_COLUMNS,
  sourceReadingSchema,
  sourceRowSchema,
  SHEET_ID_PATTERN,
  type TableSpec,
} from '../../src/tables/kit';
import type {
  Citation,
  CompiledParameter,
  CompiledScale,
  CompiledTable,
  DatedValue,
  Localized,
  Range,
  ScaleRow,
  SourceDocument,
  Value,
} from '../../src/tables/model';
import { dayBefore } from './hints';
import type { Bilingual, Problem } from './problems';
import { caseName as caseNameOf } from './semantic-diff';
import { cellAddress, type CellValue, type SheetGrid } from './workbook-reader';

/**
 * Validates one workbook's grids against its table schema and compiles it.
 * Every problem is collected (not just the first), addressed to its cell, and carries its fix.
 * Besides the cells themselves, a workbook is refused when (no git history needed):
 *  - a key that no calculator reads is within two edits of one a calculator reads (inpatient.anual_cap),
 *  - a declared parameter, or a case of a scale sheet, ends (or leaves a gap) before the table's coverage ends
 *    without the repeal mark `ends = repealed` on the row that ends.
 * A value carried over unchanged from the previous row of the same case keeps its own citation, unless the row
 * marks it as restated by its document (`restates`): see tables/README.md › workbook format.
 */

interface Row {
  /** 0-based row index in the sheet */
  r: number;
  values: Record<string, CellValue>;
}

interface ParsedSheet {
  rows: Row[];
  columnIndex: Map<string, number>;
}

export interface CompileResult {
  table: CompiledTable | null;
  problems: Problem[];
  /** what only maintainers see (tables:check, tables:build): never part of `table` */
  maintainer: MaintainerRecord;
}

/**
 * The maintainers' part of a workbook: who keeps it (meta.maintainer), the maintainers' notes of its rows
 * (`maintainer_note`) and the change log as maintainers keep it (every line, its author and record). Shown by
 * tables:check and tables:build; never compiled into compiled/ (the data the Worker serves).
 */
export interface MaintainerRecord {
  maintainer: string | null;
  notes: { sheet: string; cell: string; text: string }[];
  log: { date: string; author: string; change: Localized | null; note: string | null; cell: string }[];
}

/** A public note from its two columns (a pair, or none). */
const localized = (zh: string | null | undefined, en: string | null | undefined): Localized | null =>
  zh || en ? { zh: zh ?? en ?? '', en: en ?? zh ?? '' } : null;

/** For a message of a schema that came without its fix (every message of src/tables/kit.ts has one). */
const FORMAT_FIX: Bilingual = {
  zh: '按 tables/README.md 的“工作簿格式”一节改正这个单元格',
  en: 'correct the cell as tables/README.md › workbook format describes',
};

const splitMessage = (message: string) => {
  const [zh, en, fixZh, fixEn] = message.split(BILINGUAL_SEPARATOR);
  if (en === undefined) return { zh: message, en: message, fix: FORMAT_FIX };
  return { zh: zh!, en, fix: fixZh !== undefined && fixEn !== undefined ? { zh: fixZh, en: fixEn } : FORMAT_FIX };
};

export const dayAfter = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

const END = '9999-12-31';

/** The optional columns of the parameters sheet that give an `enum` value its words. */
const VALUE_LABEL_COLUMNS = ['value_zh', 'value_en'] as const;

/** A value people cannot read as it is: it has a Latin letter (`level1_essential_drugs`, `A`, `IV`); numbers, document numbers and Chinese are read as they are. */
export const isCode = (v: string) => /[A-Za-z]/.test(v);

/** The columns of a scale sheet that hold codes: its dimensions and its `enum` values. */
const codeColumnsOf = (scale: TableSpec['scales'][string]) =>
  Object.entries(scale.columns)
    .filter(([, c]) => c.kind !== 'range' && c.unit === 'enum')
    .map(([id]) => id);

const labelText = (v: CellValue | undefined): string | null =>
  v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim();

/** A key no calculator reads that is this close (edits) to one a calculator reads is refused as a typo. */
export const TYPO_DISTANCE = 2;

/** The dated row of a parameter or a scale sheet, as the period checks see it. */
interface Period {
  from: string;
  to: string | null;
  /** 1-based row number */
  row: number;
  repealed: boolean;
  fromCell: string;
  toCell: string;
  endsCell: string | null;
}

/** What one dated row marks (MARK_COLUMNS): an intended end, and the values its document restates. */
interface Marks {
  repealed: boolean;
  restates: Set<string> | 'all';
}

/** The optional sheet of the staff's test cases (scripts/lib/cases-sheet.ts): read and run by the build, not compiled into the table. */
export const CASES_SHEET = 'cases';

export function compileTable(file: string, tableId: string, grids: SheetGrid[], spec: TableSpec | undefined): CompileResult {
  const problems: Problem[] = [];
  const add = (sheet: string | null, cell: string | null, zh: string, en: string, fix: Bilingual) =>
    problems.push({ file, sheet, cell, zh, en, fix });
  const sheets = new Map(grids.map((g) => [g.name, g]));
  const maintainer: MaintainerRecord = { maintainer: null, notes: [], log: [] };

  if (!spec) {
    add(
      null,
      null,
      `没有表 ${tableId} 的结构定义（src/policy/${tableId}/table.ts）`,
      `no schema for table ${tableId} (src/policy/${tableId}/table.ts)`,
      {
        zh: '文件名就是表编号：核对文件名是否拼错；新表请用 npm run tables:new 创建（它同时写好结构定义）',
        en: 'the file name is the table id: check it for typos; create a new table with npm run tables:new (it writes the schema too)',
      },
    );
    return { table: null, problems, maintainer };
  }

  const expected = new Set<string>([...Object.keys(FIXED_SHEETS), ...Object.keys(spec.scales), CASES_SHEET]);
  for (const name of sheets.keys()) {
    if (!expected.has(name) && !name.startsWith('_')) {
      add(name, null, `未知工作表“${name}”`, `unknown sheet "${name}"`, {
        zh: '如果这是说明页，把工作表改名为以 _ 开头（如 _说明）；如果是新的分档表，先在 src/policy/<表>/table.ts 中声明它',
        en: 'if it holds explanations, rename it with a leading _ (e.g. _notes); if it is a new bracket sheet, declare it in src/policy/<table>/table.ts first',
      });
    }
  }

  /** Reads a sheet's header row and data rows, checking the columns against what the schema expects. */
  function parseSheet(name: string, columns: readonly string[], optional: readonly string[] = []): ParsedSheet | null {
    const grid = sheets.get(name);
    if (!grid) {
      add(null, null, `缺少工作表“${name}”`, `missing sheet "${name}"`, {
        zh: `加一个名为“${name}”的工作表，第 1 行写列标题：${columns.join(', ')}（可从 git 中的上一个版本复制）`,
        en: `add a sheet named "${name}" whose row 1 holds the headers ${columns.join(', ')} (copy it from the last version in git)`,
      });
      return null;
    }
    const known = [...columns, ...optional];
    const header = grid.rows[0] ?? [];
    const columnIndex = new Map<string, number>();
    header.forEach((h, c) => {
      if (h === null) return;
      const id = String(h)
        .trim()
        .split(/[\s/（(]/)[0]!;
      if (!known.includes(id) && Object.hasOwn(FORMER_COLUMNS, id)) {
        const now = FORMER_COLUMNS[id]!;
        add(
          name,
          cellAddress(0, c),
          `“${id}”列已分为公开的 ${now[0]}、${now[1]} 和只给维护人员看的 ${now[2]}`,
          `the "${id}" column is split into the public ${now[0]} and ${now[1]} and the maintainers' ${now[2]}`,
          {
            zh: `把这一列的标题改为 ${now[2]}（内容只给维护人员看），再加 ${now[0]}、${now[1]} 两列，写给公众看的说明（通俗的中文和英文，注明条款；不写行号、解读编号、文件名）`,
            en: `rename this column ${now[2]} (its text is for maintainers only), then add the columns ${now[0]} and ${now[1]} with the text for the public (plain Chinese and English with the article; no line numbers, reading ids or file names)`,
          },
        );
      } else if (!known.includes(id)) {
        add(
          name,
          cellAddress(0, c),
          `未知列“${String(h)}”；本表的列为：${known.join(', ')}`,
          `unknown column "${String(h)}"; this sheet's columns are: ${known.join(', ')}`,
          {
            zh: '列标题须以本表的列名开头（后面可加中文说明，如“value 数值”）；不需要的列请删除',
            en: 'a header starts with one of the column ids of this sheet (a label may follow, e.g. "value 数值"); delete a column that is not needed',
          },
        );
      } else if (columnIndex.has(id)) {
        add(name, cellAddress(0, c), `列“${id}”重复`, `duplicate column "${id}"`, {
          zh: `删除两列“${id}”中多余的一列（先核对两列的内容）`,
          en: `delete one of the two "${id}" columns (compare their contents first)`,
        });
      } else {
        columnIndex.set(id, c);
      }
    });
    const missing = columns.filter((c) => !columnIndex.has(c));
    if (missing.length) {
      add(name, 'A1', `缺少列：${missing.join(', ')}`, `missing columns: ${missing.join(', ')}`, {
        zh: `在第 1 行加上列标题 ${missing.join(', ')}，并为每一行填写`,
        en: `add the headers ${missing.join(', ')} to row 1 and fill them in for every row`,
      });
      return null;
    }
    const rows: Row[] = [];
    for (let r = 1; r < grid.rows.length; r++) {
      const cells = grid.rows[r]!;
      if (cells.every((v) => v === null)) continue;
      const values: Record<string, CellValue> = Object.create(null);
      for (const [id, c] of columnIndex) values[id] = cells[c] ?? null;
      // Cells to the right of the last column would be silently ignored: say so instead.
      cells.forEach((v, c) => {
        if (v !== null && ![...columnIndex.values()].includes(c)) {
          add(
            name,
            cellAddress(r, c),
            '此单元格不在任何列标题之下，不会被读取',
            'this cell is under no column header and would be ignored',
            {
              zh: '删除这个单元格的内容，或给这一列加上列标题（并在结构定义中声明）',
              en: 'clear the cell, or give its column a header (declared in the schema)',
            },
          );
        }
      });
      rows.push({ r, values });
    }
    return { rows, columnIndex };
  }

  /**
   * Text in both languages (tables/README.md › workbook format › text in both languages): every `<x>_zh` column of
   * the parameters sheet or a case sheet has its `<x>_en` in the same sheet, or the English pages and lookups would
   * show Chinese. Refused at the Chinese column's header cell. A text column the schema declares needs its English
   * declared too: an `<x>_en` that is only read as the words of the code `<x>` is not compiled as text.
   */
  function checkEnglishColumns(sheet: string, parsed: ParsedSheet, declaredText: (id: string) => boolean = () => false) {
    for (const [id, c] of parsed.columnIndex) {
      if (!id.endsWith('_zh')) continue;
      const en = `${id.slice(0, -'_zh'.length)}_en`;
      const schema = `src/policy/${tableId}/table.ts`;
      if (!parsed.columnIndex.has(en))
        add(
          sheet,
          cellAddress(0, c),
          `“${id}”列只有中文：同一工作表中没有英文列 ${en}，英文的法规浏览页和接口会显示中文`,
          `the column "${id}" is in Chinese only: the sheet has no ${en} column, so the English explorer pages and lookups would show Chinese`,
          {
            zh: `在 ${id} 列右边加一列，表头写 ${en}（后面可加说明，如“${en} 英文 / English”），逐行写上每个中文单元格的英文（中文为空的格子留空）${declaredText(id) ? `；并在 ${schema} 中 ${id} 的后面声明 ${en}: value('text')` : ''}`,
            en: `add a column headed ${en} right of ${id} (a label may follow, e.g. "${en} 英文 / English") with the English of every Chinese cell, row by row (empty where the Chinese is empty)${declaredText(id) ? `, and declare ${en}: value('text') after ${id} in ${schema}` : ''}`,
          },
        );
      else if (declaredText(id) && !declaredText(en))
        add(
          sheet,
          cellAddress(0, c),
          `“${id}”是文字列，但 ${en} 列只作为代码的名称读取，没有作为 ${id} 的英文编入：英文的法规浏览页和接口会显示中文`,
          `"${id}" is a text column, but ${en} is read only as the words of a code, not as the English of ${id}: the English explorer pages and lookups would show Chinese`,
          {
            zh: `在 ${schema} 中 ${id} 的后面声明 ${en}: value('text')，并核对 ${en} 的每个单元格都完整译出同一行的 ${id}`,
            en: `declare ${en}: value('text') after ${id} in ${schema}, and check that each ${en} cell says all that the row's ${id} says`,
          },
        );
    }
  }

  function validate<S extends z.ZodType>(schema: S, sheet: string, parsed: ParsedSheet, row: Row): z.infer<S> | null {
    const result = schema.safeParse(row.values);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '');
      const c = parsed.columnIndex.get(column);
      const { zh, en, fix } = splitMessage(issue.message);
      add(sheet, c === undefined ? `A${row.r + 1}` : cellAddress(row.r, c), zh, en, fix);
    }
    return null;
  }

  const cellOf = (parsed: ParsedSheet, row: Row, column: string) => cellAddress(row.r, parsed.columnIndex.get(column) ?? 0);
  /** The cell of a column that may be missing (an optional column): null then. */
  const optionalCell = (parsed: ParsedSheet, row: Row, column: string) =>
    parsed.columnIndex.has(column) ? cellAddress(row.r, parsed.columnIndex.get(column)!) : null;

  /** Reads the mark columns of a validated row (`ends`, `restates`), refusing what they cannot hold. */
  function marksOf(
    sheet: string,
    parsed: ParsedSheet,
    row: Row,
    v: { ends?: string | null; restates?: string | null; effective_to: string | null },
    restatable: string[],
  ): Marks {
    const marks: Marks = { repealed: false, restates: new Set() };
    const endsCell = optionalCell(parsed, row, 'ends') ?? `A${row.r + 1}`;
    const ends = v.ends?.trim() ?? '';
    if (ends) {
      if ((REPEAL_WORDS as readonly string[]).includes(ends.toLowerCase())) marks.repealed = true;
      else
        add(
          sheet,
          endsCell,
          `ends 列只能填 repealed（废止）或留空，不能填“${ends}”`,
          `the ends column holds repealed or nothing, not "${ends}"`,
          {
            zh: '填 repealed 或 废止 表示这条规定在本行的失效日期之后有意不再有数值；否则清空这个单元格',
            en: "type repealed (or 废止) to say the rule ends on purpose after the row's effective_to; otherwise clear the cell",
          },
        );
      if (marks.repealed && v.effective_to === null) {
        const toCell = cellOf(parsed, row, 'effective_to');
        add(
          sheet,
          toCell,
          `第 ${row.r + 1} 行标为废止（ends = repealed），但没有失效日期`,
          `row ${row.r + 1} is marked repealed (ends = repealed) but has no effective_to`,
          {
            zh: `在失效日期（单元格 ${toCell}）填最后有效的一天；如果并没有废止，清空单元格 ${endsCell}`,
            en: `put the last day in force in effective_to (cell ${toCell}); if it is not repealed, clear cell ${endsCell}`,
          },
        );
      }
    }
    const restates = v.restates?.trim() ?? '';
    if (restates) {
      if ((ALL_WORDS as readonly string[]).includes(restates.toLowerCase())) marks.restates = 'all';
      else {
        const ids = restates.split(/[\s,，、;；]+/).filter(Boolean);
        const unknown = ids.filter((id) => !restatable.includes(id));
        if (unknown.length) {
          const cell = optionalCell(parsed, row, 'restates') ?? `A${row.r + 1}`;
          add(
            sheet,
            cell,
            `restates 列写了本表没有的数值列：${unknown.join('、')}`,
            `the restates column names columns this sheet has no values in: ${unknown.join(', ')}`,
            {
              zh: `只写新文件重申的数值列名（可写多个，用逗号或顿号分开）：${restatable.join('、')}；或写 all（全部）`,
              en: `name only the value columns the new document restates (several separated by commas): ${restatable.join(', ')}; or all`,
            },
          );
        }
        marks.restates = new Set(ids.filter((id) => restatable.includes(id)));
      }
    }
    return marks;
  }

  /**
   * A row's public note (its columns by id → text), refused when it holds maintainers' text: a line number of the
   * gazette copy, a reading id, a file name… (they go in maintainer_note). The pair of the first two columns.
   */
  function publicNote(sheet: string, parsed: ParsedSheet, row: Row, texts: Record<string, string | null>): Localized | null {
    for (const [column, text] of Object.entries(texts)) {
      const found = text ? maintainerTextIn(text) : undefined;
      if (!found) continue;
      add(
        sheet,
        optionalCell(parsed, row, column) ?? `A${row.r + 1}`,
        `公开的文字中有只给维护人员看的内容（${found.zh}）：接口和法规浏览页会显示它`,
        `public text holds what is for maintainers only (${found.en}): the API and the explorer would show it`,
        {
          zh: `把这部分移到同一行的 maintainer_note（维护备注），${column} 只写给公众看的说明：通俗的文字和条款`,
          en: `move that part to the row's maintainer_note, and keep in ${column} what the public reads: plain words and the article`,
        },
      );
    }
    const [zh, en] = Object.values(texts);
    return localized(zh, en);
  }

  /** Records a row's maintainer note for tables:check. */
  function keepMaintainerNote(sheet: string, parsed: ParsedSheet, row: Row, text: string | null | undefined) {
    if (text) maintainer.notes.push({ sheet, cell: optionalCell(parsed, row, 'maintainer_note') ?? `A${row.r + 1}`, text });
  }

  // --- meta -----------------------------------------------------------------------------------
  const metaValues: Record<string, CellValue> = Object.create(null);
  const metaCells = new Map<string, string>();
  const meta = parseSheet('meta', FIXED_SHEETS.meta);
  if (meta) {
    for (const row of meta.rows) {
      const field = row.values.field;
      const fieldCell = cellOf(meta, row, 'field');
      if (typeof field !== 'string' || !(META_FIELDS as readonly string[]).includes(field)) {
        add(
          'meta',
          fieldCell,
          `未知字段“${String(field)}”；字段为：${META_FIELDS.join(', ')}`,
          `unknown field "${String(field)}"; fields are: ${META_FIELDS.join(', ')}`,
          {
            zh: `把字段名改为其中之一：${META_FIELDS.join('、')}；不需要的行请删除`,
            en: `spell the field as one of: ${META_FIELDS.join(', ')}; delete a row that is not needed`,
          },
        );
        continue;
      }
      if (field in metaValues)
        add('meta', fieldCell, `字段“${field}”重复`, `duplicate field "${field}"`, {
          zh: `每个字段只写一行：删除多余的“${field}”行`,
          en: `one row per field: delete the extra "${field}" row`,
        });
      metaValues[field] = row.values.value ?? null;
      metaCells.set(field, cellOf(meta, row, 'value'));
    }
  }
  const metaInput = Object.fromEntries(META_FIELDS.map((f) => [f, metaValues[f] ?? null]));
  const metaResult = meta ? metaSchema.safeParse(metaInput) : null;
  if (metaResult && !metaResult.success) {
    for (const issue of metaResult.error.issues) {
      const field = String(issue.path[0]);
      const { zh, en, fix } = splitMessage(issue.message);
      add('meta', metaCells.get(field) ?? 'A1', `${field}：${zh}`, `${field}: ${en}`, fix);
    }
  }
  if (metaResult?.success) maintainer.maintainer = metaResult.data.maintainer;
  if (metaResult?.success && metaResult.data.table_id !== tableId) {
    add(
      'meta',
      metaCells.get('table_id') ?? 'A1',
      `table_id（${metaResult.data.table_id}）须与文件名（${tableId}）一致`,
      `table_id (${metaResult.data.table_id}) must equal the file name (${tableId})`,
      {
        zh: '把 meta 表中的 table_id 改成文件名（不含 .xlsx），或重命名文件',
        en: 'make meta table_id equal the file name (without .xlsx), or rename the file',
      },
    );
  }

  // --- sources --------------------------------------------------------------------------------
  const sources: CompiledTable['sources'] = [];
  const sourceSheet = parseSheet('sources', FIXED_SHEETS.sources, SOURCE_READING_COLUMNS);
  if (sourceSheet) {
    for (const row of sourceSheet.rows) {
      const s = validate(sourceRowSchema, 'sources', sourceSheet, row);
      const r = validate(sourceReadingSchema, 'sources', sourceSheet, row);
      if (!s || !r) continue;
      if (sources.some((x) => x.number === s.number)) {
        add('sources', cellOf(sourceSheet, row, 'number'), `文号“${s.number}”重复`, `duplicate document number "${s.number}"`, {
          zh: '每份文件只列一行：删除重复的一行（先核对两行的标题和日期）',
          en: 'one row per document: delete the duplicate (compare the titles and dates of both rows first)',
        });
        continue;
      }
      const reading = readingOf(s, r, sourceSheet, row);
      const note = publicNote('sources', sourceSheet, row, { note_zh: s.note_zh, note_en: s.note_en });
      if (reading) publicNote('sources', sourceSheet, row, { effective_note_zh: reading.note.zh, effective_note_en: reading.note.en });
      keepMaintainerNote('sources', sourceSheet, row, s.maintainer_note);
      sources.push({
        number: s.number,
        title: { zh: s.title_zh, en: s.title_en ?? s.title_zh },
        issued: s.issued,
        effective: s.effective,
        link: s.link?.trim() ?? null,
        note,
        ...(reading ? { effectiveReading: reading } : {}),
      });
    }
    if (sourceSheet.rows.length === 0)
      add('sources', 'A2', '至少要有一份来源文件', 'at least one source document is required', {
        zh: '在 sources 表第 2 行写明数值所依据的文件：文号、标题、发布日期、施行日期',
        en: 'list the document the values come from on row 2 of the sources sheet: number, title, issued and effective dates',
      });
  }
  /** An in-force date the text leaves open: all four reading columns, and earliest ≤ effective ≤ latest. */
  function readingOf(
    s: z.output<typeof sourceRowSchema>,
    r: z.output<typeof sourceReadingSchema>,
    sheet: ParsedSheet,
    row: Row,
  ): SourceDocument['effectiveReading'] {
    const given = SOURCE_READING_COLUMNS.filter((c) => r[c] !== null);
    if (!given.length) return null;
    const cell = cellOf(sheet, row, given.length < 4 ? SOURCE_READING_COLUMNS.find((c) => r[c] === null)! : 'effective');
    if (given.length < 4 || s.effective === null) {
      add('sources', cell, `文件“${s.number}”的施行日期说明不完整`, `the reading of the in-force date of "${s.number}" is incomplete`, {
        zh: '施行日期是一种理解时，同一行的 effective、effective_earliest、effective_latest、effective_note_zh、effective_note_en 都要填写',
        en: 'when the in-force date is a reading, fill effective, effective_earliest, effective_latest, effective_note_zh and effective_note_en on the same row',
      });
      return null;
    }
    if (!(r.effective_earliest! <= s.effective && s.effective <= r.effective_latest!)) {
      add(
        'sources',
        cell,
        `施行日期 ${s.effective} 不在 ${r.effective_earliest} 至 ${r.effective_latest} 之间`,
        `the in-force date ${s.effective} is not between ${r.effective_earliest} and ${r.effective_latest}`,
        {
          zh: 'effective 是本数据采用的日期，须在最早与最晚可能的日期之间：核对三个日期',
          en: 'effective is the date this data set reads and must lie between the earliest and the latest possible date: check the three dates',
        },
      );
      return null;
    }
    return { earliest: r.effective_earliest!, latest: r.effective_latest!, note: { zh: r.effective_note_zh!, en: r.effective_note_en! } };
  }
  const knownSources = new Set(sources.map((s) => s.number));
  const checkSource = (sheet: string, cell: string, source: string) => {
    if (sourceSheet && !knownSources.has(source)) {
      add(sheet, cell, `来源文件“${source}”不在 sources 表中`, `source "${source}" is not listed on the sources sheet`, {
        zh: '先在 sources 工作表中加一行这份文件（文号、标题、日期），再引用它；文号须完全一致（包括〔〕和“号”）',
        en: 'first add the document to the sources sheet (number, title, dates), then cite it; the number must match exactly (brackets 〔〕 and 号 included)',
      });
    }
  };

  // --- changelog ------------------------------------------------------------------------------
  const changelog: CompiledTable['changelog'] = [];
  const changeSheet = parseSheet('changelog', FIXED_SHEETS.changelog);
  if (changeSheet) {
    for (const row of changeSheet.rows) {
      const entry = validate(changelogRowSchema, 'changelog', changeSheet, row);
      if (!entry) continue;
      const change = publicNote('changelog', changeSheet, row, { change_zh: entry.change_zh, change_en: entry.change_en });
      maintainer.log.push({
        date: entry.date,
        author: entry.author,
        change,
        note: entry.maintainer_note,
        cell: cellOf(changeSheet, row, 'date'),
      });
      // The public change log is the policy change log: the lines that say what changed in the values.
      if (change) changelog.push({ date: entry.date, change });
    }
    if (changeSheet.rows.length === 0)
      add('changelog', 'A2', '变更记录至少要有一行', 'the change log needs at least one entry', {
        zh: '在 changelog 表第 2 行写：日期、修改人、修改内容（change_zh、change_en：收录了哪份文件的数值）',
        en: 'write on row 2 of the changelog sheet: date, author, what changed (change_zh, change_en: the values of which document were entered)',
      });
  }
  if (changeSheet?.rows.length && maintainer.log.length === changeSheet.rows.length && changelog.length === 0)
    add(
      'changelog',
      cellOf(changeSheet, changeSheet.rows[0]!, 'change_zh'),
      '公开的变更记录是空的：没有一行写了 change_zh、change_en',
      'the public change log is empty: no line has change_zh and change_en',
      {
        zh: '在第一行（首次录入）的 change_zh、change_en 写明收录了哪份文件的数值，如“收录嘉政发〔2014〕87号的数值”',
        en: 'on the first line (the first entry) say in change_zh and change_en which document the values come from, e.g. "Values of 嘉政发〔2014〕87号 entered"',
      },
    );
  changelog.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  maintainer.log.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // --- parameters -----------------------------------------------------------------------------
  const parameters = new Map<string, CompiledParameter & { periods: Period[]; marks: Marks[]; keyCell: string }>();
  const paramSheet = parseSheet('parameters', FIXED_SHEETS.parameters, [...MARK_COLUMNS, ...VALUE_LABEL_COLUMNS]);
  if (paramSheet) checkEnglishColumns('parameters', paramSheet);
  /** the words of an enum parameter's codes (value_zh / value_en), by key */
  const paramLabels = new Map<string, Record<string, Localized>>();
  if (paramSheet) {
    const schema = parameterRowSchema(spec.parameters);
    for (const row of paramSheet.rows) {
      const p = validate(schema, 'parameters', paramSheet, row);
      if (!p) continue;
      const valueCell = cellOf(paramSheet, row, 'value');
      checkSource('parameters', cellOf(paramSheet, row, 'source'), p.source);
      const value = p.value as Value;
      const dated: DatedValue = {
        from: p.effective_from,
        to: p.effective_to,
        value: typeof value === 'string' && p.unit === 'boolean' ? ['yes', 'true', '是', 'y'].includes(value.toLowerCase()) : value,
        published: value !== null,
        citation: { document: p.source, article: p.article, text: `${p.source} ${p.article}` },
        note: publicNote('parameters', paramSheet, row, { note_zh: p.note_zh, note_en: p.note_en }),
        cell: `parameters!${valueCell}`,
      };
      keepMaintainerNote('parameters', paramSheet, row, p.maintainer_note);
      if (p.unit === 'enum' && typeof dated.value === 'string') {
        const zh = labelText(row.values.value_zh);
        const en = labelText(row.values.value_en);
        if (zh && en) paramLabels.set(p.key, { ...paramLabels.get(p.key), [dated.value]: { zh, en } });
        // no value_en column at all is one problem, at the value_zh header (checkEnglishColumns)
        else if ((zh || en || isCode(dated.value)) && !(zh && !paramSheet.columnIndex.has('value_en'))) {
          const missing = zh
            ? { zh: '英文名称', en: 'words in English' }
            : en
              ? { zh: '中文名称', en: 'words in Chinese' }
              : { zh: '中文和英文名称', en: 'words in Chinese and English' };
          add(
            'parameters',
            optionalCell(paramSheet, row, zh ? 'value_en' : 'value_zh') ?? valueCell,
            `代码“${dated.value}”没有${missing.zh}：公众看不懂代码`,
            `the code "${dated.value}" has no ${missing.en}: the public cannot read a code`,
            {
              zh: '在这一行的 value_zh、value_en 两列写上它的中文和英文名称（照原文的说法；没有这两列时在表头加上）',
              en: 'write its words in the value_zh and value_en columns of this row (as the text names it; add the two headers if the sheet has none)',
            },
          );
        }
      }
      if (typeof dated.value === 'number') dated.value = Number(dated.value.toPrecision(15));
      const marks = marksOf('parameters', paramSheet, row, p, ['value']);
      const period: Period = {
        from: p.effective_from,
        to: p.effective_to,
        row: row.r + 1,
        repealed: marks.repealed,
        fromCell: cellOf(paramSheet, row, 'effective_from'),
        toCell: cellOf(paramSheet, row, 'effective_to'),
        endsCell: optionalCell(paramSheet, row, 'ends'),
      };
      const existing = parameters.get(p.key);
      if (!existing) {
        parameters.set(p.key, {
          key: p.key,
          label: { zh: p.label_zh, en: p.label_en },
          unit: p.unit,
          history: [dated],
          periods: [period],
          marks: [marks],
          keyCell: cellOf(paramSheet, row, 'key'),
        });
        continue;
      }
      if (existing.unit !== p.unit) {
        add(
          'parameters',
          cellOf(paramSheet, row, 'unit'),
          `同一参数 ${p.key} 的各行单位须一致（其他行为 ${existing.unit}）`,
          `all rows of ${p.key} must share one unit (${existing.unit})`,
          {
            zh: `单位填 ${existing.unit}，并按这个单位核对本行的数值`,
            en: `put ${existing.unit} in the unit column and check this row's value is in that unit`,
          },
        );
      }
      existing.history.push(dated);
      existing.periods.push(period);
      existing.marks.push(marks);
    }
    for (const key of Object.keys(spec.parameters)) {
      if (!parameters.has(key))
        add(
          'parameters',
          null,
          `缺少参数 ${key}（计算器需要它；原文未公布时也要保留一行并留空数值、写明备注）`,
          `missing parameter ${key} (calculators need it; if the source does not publish it keep a row with an empty value and a note)`,
          {
            zh: `加一行键为 ${key} 的参数；如果工作表中已有这一行，它因上面列出的错误被拒绝，或者键拼错了：先改正那一行`,
            en: `add a row with the key ${key}; if the sheet has one, it was rejected for an error listed here or its key is misspelt: fix that row first`,
          },
        );
    }
    for (const p of parameters.values()) checkPeriods('parameters', { zh: `参数 ${p.key}`, en: p.key }, p.periods);
    // A key no calculator reads, one or two letters from one that a calculator reads: a typo that would leave the
    // declared key without its new value (every answer from that date on is 422).
    const declared = Object.keys(spec.parameters);
    for (const p of parameters.values()) {
      if (Object.hasOwn(spec.parameters, p.key)) continue;
      const known = declared
        .map((k) => ({ k, d: nearDistance(p.key, k, TYPO_DISTANCE) }))
        .filter((x) => x.d <= TYPO_DISTANCE)
        .sort((a, b) => a.d - b.d)[0];
      if (!known) continue;
      add(
        'parameters',
        p.keyCell,
        `参数键 ${p.key} 不是计算器读取的键，与计算器读取的 ${known.k} 只差 ${known.d} 个字母：是不是拼错了？`,
        `the key ${p.key} is not one a calculator reads, and is ${known.d} letter(s) from ${known.k}, which one does: a typo?`,
        {
          zh: `把单元格 ${p.keyCell} 的键改为 ${known.k}（计算器只认这个键）；如果这确实是另一个参数，请换一个与 ${known.k} 区别更明显的键`,
          en: `spell the key in cell ${p.keyCell} ${known.k} (the calculators read that key only); if it really is another parameter, choose a key less like ${known.k}`,
        },
      );
    }
  }

  /**
   * Rows of one key or case in date order: no two starting on the same day, no overlap, and no gap unless the
   * row before the gap is marked as ending on purpose (ends = repealed); that mark cannot sit on a row the next
   * one continues.
   */
  function checkPeriods(sheet: string, what: Bilingual, periods: Period[]) {
    const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (prev.from === cur.from) {
        add(
          sheet,
          cur.fromCell,
          `${what.zh} 有两行的生效日期相同（${cur.from}）：第 ${prev.row} 行和第 ${cur.row} 行`,
          `duplicate rows for ${what.en}: rows ${prev.row} and ${cur.row} have the same effective_from (${cur.from})`,
          {
            zh: `同一生效日期只能有一行：删除重复的第 ${cur.row} 行；如果它是新的数值，把它的生效日期（单元格 ${cur.fromCell}）改为新文件的施行日期，并给第 ${prev.row} 行填失效日期`,
            en: `one row per start date: delete row ${cur.row} if it is a duplicate; if it holds a new value, set its effective_from (cell ${cur.fromCell}) to the new document's effective date and give row ${prev.row} an effective_to`,
          },
        );
      } else if (prev.to === null || prev.to >= cur.from) {
        add(
          sheet,
          prev.toCell,
          `${what.zh} 的生效期间重叠：第 ${prev.row} 行${prev.to ? `有效至 ${prev.to}` : '没有失效日期（长期有效）'}，而第 ${cur.row} 行自 ${cur.from} 起生效`,
          `overlapping dates for ${what.en}: row ${prev.row} ${prev.to ? `runs to ${prev.to}` : 'has no effective_to (open-ended)'}, and row ${cur.row} starts ${cur.from}`,
          {
            zh: `如果第 ${cur.row} 行取代旧值，把第 ${prev.row} 行的失效日期（单元格 ${prev.toCell}）填为 ${dayBefore(cur.from)}`,
            en: `if row ${cur.row} replaces the earlier value, set effective_to of row ${prev.row} (cell ${prev.toCell}) to ${dayBefore(cur.from)}`,
          },
        );
      } else if (dayAfter(prev.to) !== cur.from) {
        if (prev.repealed) continue;
        add(
          sheet,
          prev.toCell,
          `${what.zh} 的生效期间有空档：第 ${prev.row} 行到 ${prev.to} 为止，第 ${cur.row} 行自 ${cur.from} 起，${dayAfter(prev.to)} 至 ${dayBefore(cur.from)} 没有数值`,
          `gap in the dates of ${what.en}: row ${prev.row} ends ${prev.to} and row ${cur.row} starts ${cur.from}, so nothing is in force from ${dayAfter(prev.to)} to ${dayBefore(cur.from)}`,
          {
            zh: `把第 ${prev.row} 行的失效日期（单元格 ${prev.toCell}）改为 ${dayBefore(cur.from)}；如果这段时间确实没有这条规定（已废止），在第 ${prev.row} 行的 ends 列填 repealed（废止）`,
            en: `set effective_to of row ${prev.row} (cell ${prev.toCell}) to ${dayBefore(cur.from)}; if the rule really lapsed in between (repealed), type repealed in the ends column of row ${prev.row}`,
          },
        );
      } else if (prev.repealed) {
        const cell = prev.endsCell ?? prev.toCell;
        add(
          sheet,
          cell,
          `${what.zh}：第 ${prev.row} 行标为废止（ends = repealed），但第 ${cur.row} 行从第二天（${cur.from}）起接着有效`,
          `${what.en}: row ${prev.row} is marked repealed (ends = repealed), but row ${cur.row} continues it the next day (${cur.from})`,
          {
            zh: `清空单元格 ${cell}：被新的一行接替不是废止`,
            en: `clear cell ${cell}: a value followed by the next row is replaced, not repealed`,
          },
        );
      }
    }
  }

  /**
   * The words of the codes of a scale sheet (tables/README.md › workbook format › labels): a code column `x`
   * (a dimension or an `enum` value) takes them from the same row's `x_zh` / `x_en`; a sheet whose only code
   * dimension has none may use its `name_zh` / `name_en`. A code with a letter in it must have words in both
   * languages on at least one of its rows, and the rows that give words must agree.
   */
  function codeLabelsOf(sheetId: string, scale: TableSpec['scales'][string], parsed: ParsedSheet) {
    const has = (c: string) => parsed.columnIndex.has(c);
    const dims = codeColumnsOf(scale).filter((id) => scale.columns[id]!.kind === 'dimension');
    const sourceOf = (id: string): [string, string] | null => {
      if (has(`${id}_zh`) || has(`${id}_en`)) return [`${id}_zh`, `${id}_en`];
      if (dims.length === 1 && dims[0] === id && has('name_zh') && has('name_en')) return ['name_zh', 'name_en'];
      return null;
    };
    const found = new Map<string, Map<string, { zh: string; en: string; cell: string } | { missing: string }>>();
    return {
      read(row: Row, cells: Record<string, Value>) {
        for (const id of codeColumnsOf(scale)) {
          const code = cells[id];
          if (code === null || code === undefined) continue;
          const key = String(code);
          const byCode = found.get(id) ?? new Map();
          found.set(id, byCode);
          const source = sourceOf(id);
          const zh = source ? labelText(row.values[source[0]]) : null;
          const en = source ? labelText(row.values[source[1]]) : null;
          const seen = byCode.get(key);
          if (zh && en) {
            const cell = cellOf(parsed, row, source![0]);
            if (seen && 'zh' in seen && (seen.zh !== zh || seen.en !== en))
              add(
                sheetId,
                cell,
                `代码“${key}”在 ${seen.cell} 的名称是“${seen.zh} / ${seen.en}”，这里是“${zh} / ${en}”：同一个代码只能有一个名称`,
                `the code "${key}" is named "${seen.en}" at ${seen.cell} and "${en}" here: one code has one name`,
                {
                  zh: `把两处的 ${source![0]}、${source![1]} 改成相同的名称（照原文的说法）`,
                  en: `give both rows the same ${source![0]} and ${source![1]} (as the text names it)`,
                },
              );
            else if (!seen || !('zh' in seen)) byCode.set(key, { zh, en, cell });
          } else if (zh || en) {
            const column = zh ? source![1] : source![0];
            // no English column at all is one problem, at the Chinese column's header (checkEnglishColumns)
            if (!zh || has(column))
              add(
                sheetId,
                cellOf(parsed, row, column),
                `代码“${key}”的名称只写了${zh ? '中文' : '英文'}`,
                `the code "${key}" has words in ${zh ? 'Chinese' : 'English'} only`,
                {
                  zh: `在 ${column} 列写上它的${zh ? '英文' : '中文'}名称`,
                  en: `write its ${zh ? 'English' : 'Chinese'} words in the ${column} column`,
                },
              );
            byCode.set(key, { missing: '' });
          } else if (!seen && isCode(key)) byCode.set(key, { missing: cellOf(parsed, row, id) });
        }
      },
      done(): Record<string, Record<string, Localized>> | undefined {
        const out: Record<string, Record<string, Localized>> = {};
        for (const [id, byCode] of found) {
          for (const [code, l] of byCode) {
            if ('zh' in l) (out[id] ??= {})[code] = { zh: l.zh, en: l.en };
            else if (l.missing) {
              const [zhCol, enCol] = sourceOf(id) ?? [`${id}_zh`, `${id}_en`];
              add(
                sheetId,
                l.missing,
                `代码“${code}”（${id} 列）没有中文和英文名称：法规浏览页和接口不能把代码给公众看`,
                `the code "${code}" (column ${id}) has no words in Chinese and English: the explorer and the API cannot show a code to the public`,
                {
                  zh: `在这一行的 ${zhCol}、${enCol} 两列写上这个代码的中文和英文名称（照原文的说法；没有这两列时在 ${id} 列右边加上表头 ${id}_zh、${id}_en）`,
                  en: `write the code's words in the ${zhCol} and ${enCol} columns of this row (as the text names it; add the headers ${id}_zh and ${id}_en right of the ${id} column if the sheet has none)`,
                },
              );
            }
          }
        }
        return Object.keys(out).length ? out : undefined;
      },
    };
  }

  // --- scale sheets ---------------------------------------------------------------------------
  const scales: CompiledScale[] = [];
  /** per scale sheet: each compiled row's periods and marks, by the row object */
  const rowInfo = new WeakMap<ScaleRow, { period: Period; marks: Marks }>();
  const caseNames = new Map<string, (row: ScaleRow, withRanges?: boolean) => Bilingual>();
  for (const [sheetId, scale] of Object.entries(spec.scales)) {
    if (!SHEET_ID_PATTERN.test(sheetId)) throw new Error(`bad sheet id in schema: ${sheetId}`);
    const declaredColumns = scaleSheetColumns(scale);
    const parsed = parseSheet(sheetId, declaredColumns, [
      ...MARK_COLUMNS,
      ...codeColumnsOf(scale).flatMap((id) => [`${id}_zh`, `${id}_en`].filter((c) => !declaredColumns.includes(c))),
    ]);
    if (!parsed) continue;
    checkEnglishColumns(sheetId, parsed, (id) => scale.columns[id]?.kind === 'value' && scale.columns[id]?.unit === 'text');
    const grid = sheets.get(sheetId)!;
    const columnEntries = Object.entries(scale.columns);
    const codeLabels = codeLabelsOf(sheetId, scale, parsed);
    const columns = columnEntries.map(([id, c]) => ({
      id,
      kind: c.kind,
      unit: c.unit,
      label: c.kind === 'range' ? rangeLabelOf(parsed, grid, id) : labelOf(parsed, grid, id, c.unit),
    }));
    /** The case a row is for, as an officer reads it: 级别 = 1 / level = 1; brackets with their bounds. */
    const caseName = (row: ScaleRow, withRanges = true): Bilingual => caseNameOf({ columns }, row, withRanges);
    caseNames.set(sheetId, caseName);
    const restatable = columnEntries.filter(([, c]) => c.kind !== 'dimension').map(([id]) => id);
    const schema = rowValidatorOf(scale);
    const rows: ScaleRow[] = [];
    const periodsByCase = new Map<string, { row: ScaleRow; period: Period }[]>();
    for (const row of parsed.rows) {
      const v = validate(schema, sheetId, parsed, row) as Record<string, CellValue> | null;
      if (!v) continue;
      checkSource(sheetId, cellOf(parsed, row, 'source'), String(v.source));
      const cells: Record<string, Value> = {};
      const ranges: Record<string, Range> = {};
      const unpublished: string[] = [];
      for (const [id, col] of columnEntries) {
        if (col.kind === 'range') {
          const min = v[`${id}_min`] as number | null;
          const max = v[`${id}_max`] as number | null;
          ranges[id] = {
            min,
            minInclusive: min === null ? false : parseBound(v[`${id}_min_bound`])!,
            max,
            maxInclusive: max === null ? false : parseBound(v[`${id}_max_bound`])!,
          };
          continue;
        }
        let cell = v[id] as Value;
        if (typeof cell === 'number') cell = Number(cell.toPrecision(15));
        if (col.unit === 'enum' || col.unit === 'text') cell = cell === null ? null : String(cell);
        if (col.unit === 'boolean' && typeof cell === 'string') cell = ['yes', 'true', '是', 'y'].includes(cell.toLowerCase());
        cells[id] = cell;
        if (cell === null && col.kind === 'value') unpublished.push(id);
      }
      const from = String(v.effective_from);
      const to = (v.effective_to as string | null) ?? null;
      const caseKey = JSON.stringify([
        columnEntries.filter(([, c]) => c.kind === 'dimension').map(([id]) => cells[id]),
        Object.keys(ranges).map((id) => ranges[id]),
      ]);
      const marks = marksOf(sheetId, parsed, row, { ...v, effective_to: to } as never, restatable);
      const period: Period = {
        from,
        to,
        row: row.r + 1,
        repealed: marks.repealed,
        fromCell: cellOf(parsed, row, 'effective_from'),
        toCell: cellOf(parsed, row, 'effective_to'),
        endsCell: optionalCell(parsed, row, 'ends'),
      };
      const compiled: ScaleRow = {
        from,
        to,
        cells,
        ranges,
        unpublished,
        citation: { document: String(v.source), article: String(v.article), text: `${String(v.source)} ${String(v.article)}` },
        note: publicNote(sheetId, parsed, row, { note_zh: v.note_zh as string | null, note_en: v.note_en as string | null }),
        row: row.r + 1,
      };
      keepMaintainerNote(sheetId, parsed, row, v.maintainer_note as string | null);
      codeLabels.read(row, cells);
      const list = periodsByCase.get(caseKey) ?? [];
      list.push({ row: compiled, period });
      periodsByCase.set(caseKey, list);
      rowInfo.set(compiled, { period, marks });
      rows.push(compiled);
    }
    for (const list of periodsByCase.values()) {
      const first = list[0]!.row;
      const name = caseName(first);
      checkPeriods(
        sheetId,
        { zh: `${sheetId} 中 ${name.zh}`, en: `${name.en} in ${sheetId}` },
        list.map((x) => x.period),
      );
    }
    checkBracketOverlaps(sheetId, scale, rows, caseName);
    const labels = codeLabels.done();
    scales.push({
      id: sheetId,
      label: scale.label,
      columns,
      rows,
      ...(labels ? { labels } : {}),
    });
  }

  /** Two brackets of the same case in force on the same day must not both contain a value. */
  function checkBracketOverlaps(
    sheetId: string,
    scale: TableSpec['scales'][string],
    rows: ScaleRow[],
    caseName: (row: ScaleRow, withRanges?: boolean) => Bilingual,
  ) {
    const rangeIds = Object.entries(scale.columns)
      .filter(([, c]) => c.kind === 'range')
      .map(([id]) => id);
    if (!rangeIds.length) return;
    const dims = Object.entries(scale.columns)
      .filter(([, c]) => c.kind === 'dimension')
      .map(([id]) => id);
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) {
        const a = rows[i]!;
        const b = rows[j]!;
        if (dims.some((d) => a.cells[d] !== b.cells[d])) continue;
        if (!periodsOverlap(a, b)) continue;
        if (rangeIds.every((id) => rangesOverlap(a.ranges[id]!, b.ranges[id]!)) && JSON.stringify(a.ranges) !== JSON.stringify(b.ranges)) {
          const na = caseName(a);
          const nb = caseName(b);
          add(
            sheetId,
            `A${b.row}`,
            `第 ${b.row} 行（${nb.zh}）与第 ${a.row} 行（${na.zh}）的区间重叠：同一数值同时落入两个档次`,
            `the bracket of row ${b.row} (${nb.en}) overlaps row ${a.row} (${na.en}): one value would fall into both`,
            {
              zh: '相邻两档在同一界限处只能有一档“含”：如上一档 ≤ 35（inclusive），下一档 > 35（exclusive）',
              en: 'at a shared bound only one bracket may include it: e.g. the lower bracket ≤ 35 (inclusive), the next > 35 (exclusive)',
            },
          );
        }
      }
    }
  }

  // --- coverage, intended ends, citations per value ----------------------------------------------
  const compiledParameters = [...parameters.values()].map((p) => {
    const order = p.history.map((_h, i) => i).sort((a, b) => (p.history[a]!.from < p.history[b]!.from ? -1 : 1));
    return { p, order };
  });
  const allRows = [...[...parameters.values()].flatMap((p) => p.history), ...scales.flatMap((s) => s.rows)];
  const coverageFrom = allRows.map((x) => x.from).sort()[0] ?? '1900-01-01';
  const coverageTo =
    allRows.some((x) => x.to === null) || allRows.length === 0
      ? null
      : allRows
          .map((x) => x.to!)
          .sort()
          .at(-1)!;
  const coverageText = coverageTo === null ? { zh: '长期有效', en: 'open-ended' } : { zh: `至 ${coverageTo}`, en: `to ${coverageTo}` };

  // A declared parameter that ends before the table does: every answer that reads it after that day is 422.
  for (const { p, order } of compiledParameters) {
    if (!Object.hasOwn(spec.parameters, p.key)) continue;
    const last = p.periods[order.at(-1)!]!;
    if (last.to === null || (coverageTo !== null && last.to >= coverageTo) || last.repealed) continue;
    add(
      'parameters',
      last.toCell,
      `参数 ${p.key} 的最后一行（第 ${last.row} 行）到 ${last.to} 为止，而本表其他数值${coverageText.zh}：计算器在 ${dayAfter(last.to)} 起读取 ${p.key} 会失败（答复 422）`,
      `the last row of ${p.key} (row ${last.row}) ends ${last.to} while the rest of the table runs ${coverageText.en}: calculators that read ${p.key} fail (422) from ${dayAfter(last.to)}`,
      {
        zh: `如果 ${dayAfter(last.to)} 起有新的数值，加一行键为 ${p.key} 的新行（核对键的拼写），生效日期填 ${dayAfter(last.to)}；如果这条规定确实到 ${last.to} 为止（废止），在第 ${last.row} 行的 ends 列填 repealed（废止）（没有 ends 列时，在表头加一列 ends）`,
        en: `if a new value applies from ${dayAfter(last.to)}, add a row with the key ${p.key} (check its spelling) starting ${dayAfter(last.to)}; if the rule really ends on ${last.to} (repealed), type repealed in the ends column of row ${last.row} (add an ends column to the header if there is none)`,
      },
    );
  }
  // A case of a scale sheet (its dimension cells: bands whose bounds a new policy moves stay one case) whose rows
  // end, or leave a gap, before the table's coverage ends.
  for (const s of scales) {
    const dimIds = s.columns.filter((c) => c.kind === 'dimension').map((c) => c.id);
    const byCase = new Map<string, ScaleRow[]>();
    for (const r of s.rows) {
      const k = JSON.stringify(dimIds.map((d) => r.cells[d] ?? null));
      byCase.set(k, [...(byCase.get(k) ?? []), r]);
    }
    const name = caseNames.get(s.id)!;
    for (const rows of byCase.values()) {
      const sorted = [...rows].sort((a, b) => (a.from < b.from ? -1 : 1));
      // walk the union of the case's periods: each end before the coverage's end is a lost stretch of days
      let reach = '';
      for (let i = 0; i < sorted.length; i++) {
        const r = sorted[i]!;
        reach = i === 0 || (r.to ?? END) > reach ? (r.to ?? END) : reach;
        const next = sorted[i + 1];
        if (reach === END || (next && next.from <= dayAfter(reach))) continue;
        if (!next && coverageTo !== null && reach >= coverageTo) continue;
        const ending = sorted.filter((x) => x.to === reach);
        if (ending.every((x) => rowInfo.get(x)!.period.repealed)) continue;
        // a gap inside one bracket's own rows is reported by checkPeriods already
        if (next && ending.every((x) => sorted.some((y) => y.from > reach && JSON.stringify(y.ranges) === JSON.stringify(x.ranges))))
          continue;
        const first = ending.find((x) => !rowInfo.get(x)!.period.repealed)!;
        const period = rowInfo.get(first)!.period;
        const rowList = ending.map((x) => x.row).join('、');
        const rowListEn = ending.map((x) => x.row).join(', ');
        const c = name(first, false);
        const until = next
          ? { zh: `直到 ${next.from}（第 ${next.row} 行）才又有数值`, en: `nothing is in force until ${next.from} (row ${next.row})` }
          : {
              zh: `之后再没有数值，而本表其他数值${coverageText.zh}`,
              en: `nothing follows, while the rest of the table runs ${coverageText.en}`,
            };
        add(
          s.id,
          period.toCell,
          `${s.id} 中 ${c.zh} 的行到 ${reach} 为止（第 ${rowList} 行），${until.zh}：计算器在 ${dayAfter(reach)} 起查不到这种情形（答复 422）`,
          `the rows of ${c.en} in ${s.id} end ${reach} (row ${rowListEn}) and ${until.en}: calculators find no row for this case from ${dayAfter(reach)} (422)`,
          {
            zh: `如果 ${dayAfter(reach)} 起有新的数值，加一行 ${c.zh} 的新行，生效日期填 ${dayAfter(reach)}（核对情形的代码是否填错）；如果这种情形确实到 ${reach} 为止（废止），在第 ${rowList} 行的 ends 列填 repealed（废止）（没有 ends 列时，在表头加一列 ends）`,
            en: `if a new value applies from ${dayAfter(reach)}, add a row for ${c.en} starting ${dayAfter(reach)} (check the case's codes); if the case really ends on ${reach} (repealed), type repealed in the ends column of row ${rowListEn} (add an ends column to the header if there is none)`,
          },
        );
      }
    }
  }

  // Public texts of the meta sheet: no maintainers' text there either.
  if (metaResult?.success) {
    for (const field of ['title_zh', 'title_en', 'authority_zh', 'authority_en', 'description_zh', 'description_en'] as const) {
      const text = metaResult.data[field];
      const found = text ? maintainerTextIn(text) : undefined;
      if (found)
        add(
          'meta',
          metaCells.get(field) ?? 'A1',
          `${field} 中有只给维护人员看的内容（${found.zh}）：接口和法规浏览页会显示它`,
          `${field} holds what is for maintainers only (${found.en}): the API and the explorer would show it`,
          {
            zh: '删去这部分（维护记录写在 changelog 的 maintainer_note，行的说明写在该行的 maintainer_note）',
            en: "delete that part (maintenance records go in the changelog's maintainer_note, remarks on a row in its maintainer_note)",
          },
        );
    }
  }

  if (problems.length || !metaResult?.success) return { table: null, problems, maintainer };

  // Citations per value: a value carried over unchanged from the previous row of its case (the row that ends the
  // day before) keeps the citation it had there, unless this row marks it as restated by its own document.
  const carry = (
    prev: { citation: Citation; citations?: Record<string, Citation> },
    cur: { citation: Citation; citations?: Record<string, Citation> },
    column: string,
  ) => {
    const own = prev.citations?.[column] ?? prev.citation;
    if (own.text !== cur.citation.text) (cur.citations ??= {})[column] = own;
  };
  const restated = (marks: Marks, column: string) => marks.restates === 'all' || marks.restates.has(column);
  const outParameters = compiledParameters.map(({ p, order }) => {
    const history = order.map((i) => ({ ...p.history[i]! }));
    const marks = order.map((i) => p.marks[i]!);
    for (let i = 1; i < history.length; i++) {
      const prev = history[i - 1]!;
      const cur = history[i]!;
      if (prev.to === null || dayAfter(prev.to) !== cur.from) continue;
      if (!prev.published || !cur.published || prev.value !== cur.value || restated(marks[i]!, 'value')) continue;
      carry(prev, cur, 'value');
    }
    const labels = paramLabels.get(p.key);
    return { key: p.key, label: p.label, unit: p.unit, history, ...(labels ? { labels } : {}) };
  });
  for (const s of scales) {
    const byCase = new Map<string, ScaleRow[]>();
    for (const r of s.rows) {
      const k = JSON.stringify([s.columns.filter((c) => c.kind === 'dimension').map((c) => r.cells[c.id] ?? null), r.ranges]);
      byCase.set(k, [...(byCase.get(k) ?? []), r]);
    }
    for (const rows of byCase.values()) {
      const sorted = [...rows].sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        const cur = sorted[i]!;
        if (prev.to === null || dayAfter(prev.to) !== cur.from) continue;
        const marks = rowInfo.get(cur)!.marks;
        for (const c of s.columns) {
          if (c.kind === 'value') {
            const a = prev.cells[c.id] ?? null;
            if (a === null || a !== (cur.cells[c.id] ?? null) || restated(marks, c.id)) continue;
            carry(prev, cur, c.id);
          } else if (c.kind === 'range' && !restated(marks, c.id)) {
            // the same case has the same bounds: they were published by the earlier document
            for (const end of ['min', 'max'] as const) if (cur.ranges[c.id]?.[end] !== null) carry(prev, cur, `${c.id}_${end}`);
          }
        }
      }
    }
  }

  const m = metaResult.data;
  // The data version counts every line of the change log, the maintainers' too: any edit is a new version.
  const last = maintainer.log[maintainer.log.length - 1]!;
  const body = {
    id: tableId,
    title: { zh: m.title_zh, en: m.title_en },
    domain: m.domain,
    description: { zh: m.description_zh ?? '', en: m.description_en ?? '' },
    authority: { zh: m.authority_zh, en: m.authority_en },
    sources,
    changelog,
    version: `${last.date}.${maintainer.log.length}`,
    coverage: { from: coverageFrom, to: coverageTo },
    verifiedThrough: m.verified_through,
    parameters: outParameters,
    scales,
  };
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  return { table: { ...body, hash }, problems, maintainer };
}

/**
 * Levenshtein distance when it is at most `cap`, else cap + 1: stops as soon as every alignment costs more, so that
 * comparing thousands of informational keys with the declared ones stays cheap.
 */
export function nearDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j]! < best) best = cur[j]!;
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return Math.min(prev[b.length]!, cap + 1);
}

function labelOf(parsed: ParsedSheet, grid: SheetGrid, id: string, unit?: string) {
  // Header cells read "deductible 起付标准 / Deductible (CNY/admission)": the words after the id are the
  // people's label, Chinese and English separated by " / " (spaced, so a unit such as CNY/admission
  // stays whole); a trailing "(unit)", or a hint for editors naming codes or keys ("(A|B)", "(own_home, other)"), is
  // not part of the label: the codes have their words (labels), and a key means nothing to a reader.
  const raw = String(grid.rows[0]?.[parsed.columnIndex.get(id) ?? -1] ?? id);
  const rest = raw.slice(id.length).trim();
  const [zh, en] = rest
    .split(/\s+\/\s+/)
    .map((x) => (unit ? x.replace(new RegExp(`\\s*\\(${unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\)$`), '') : x))
    .map((x) => x.replace(/\s*\(([^()]*)\)$/, (hint, inside: string) => (/\||[a-z0-9][_.-][a-z]/.test(inside) ? '' : hint)).trim());
  return { zh: zh || id, en: en || zh || id };
}

/** A bracket's label, from its lower-bound header "age_min 年龄下限 / Age from (years)" → 年龄 / Age. */
function rangeLabelOf(parsed: ParsedSheet, grid: SheetGrid, id: string) {
  const l = labelOf(parsed, grid, `${id}_min`);
  const zh = l.zh === `${id}_min` ? id : l.zh.replace(/\s*下限$/, '') || id;
  const en = l.en === `${id}_min` ? id : l.en.replace(/\s+from(\s*\(.*\))?$/i, '').replace(/\s*下限$/, '') || id;
  return { zh, en };
}

function periodsOverlap(a: { from: string; to: string | null }, b: { from: string; to: string | null }) {
  return (a.to === null || a.to >= b.from) && (b.to === null || b.to >= a.from);
}

export function rangesOverlap(a: Range, b: Range): boolean {
  // does some x satisfy both? compare a's lower end with b's upper end and vice versa
  const below = (lo: number | null, loIncl: boolean, hi: number | null, hiIncl: boolean) =>
    lo === null || hi === null || lo < hi || (lo === hi && loIncl && hiIncl);
  return below(a.min, a.minInclusive, b.max, b.maxInclusive) && below(b.min, b.minInclusive, a.max, a.maxInclusive);
}
