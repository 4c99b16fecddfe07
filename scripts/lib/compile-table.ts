import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  BILINGUAL_SEPARATOR,
  changelogRowSchema,
  FIXED_SHEETS,
  META_FIELDS,
  metaSchema,
  parameterRowSchema,
  parseBound,
  scaleRowSchema,
  scaleSheetColumns,
  sourceRowSchema,
  SHEET_ID_PATTERN,
  type TableSpec,
} from '../../src/tables/kit';
import type { CompiledParameter, CompiledScale, CompiledTable, DatedValue, Range, ScaleRow, Value } from '../../src/tables/model';
import type { Problem } from './problems';
import { cellAddress, type CellValue, type SheetGrid } from './workbook-reader';

/**
 * Validates one workbook's grids against its table schema and compiles it.
 * Every problem is collected (not just the first) and addressed to its cell.
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
}

const splitMessage = (message: string) => {
  const [zh, en] = message.split(BILINGUAL_SEPARATOR);
  return en === undefined ? { zh: message, en: message } : { zh: zh!, en };
};

export const dayAfter = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export function compileTable(file: string, tableId: string, grids: SheetGrid[], spec: TableSpec | undefined): CompileResult {
  const problems: Problem[] = [];
  const add = (sheet: string | null, cell: string | null, zh: string, en: string) => problems.push({ file, sheet, cell, zh, en });
  const sheets = new Map(grids.map((g) => [g.name, g]));

  if (!spec) {
    add(
      null,
      null,
      `没有表 ${tableId} 的结构定义（src/tables/${tableId}.ts）；新表请用 npm run tables:new 创建`,
      `no schema for table ${tableId} (src/tables/${tableId}.ts); create new tables with npm run tables:new`,
    );
    return { table: null, problems };
  }

  const expected = new Set<string>([...Object.keys(FIXED_SHEETS), ...Object.keys(spec.scales)]);
  for (const name of sheets.keys()) {
    if (!expected.has(name) && !name.startsWith('_')) {
      add(
        name,
        null,
        `未知工作表“${name}”（说明性工作表请以 _ 开头命名）`,
        `unknown sheet "${name}" (name explanatory sheets with a leading _)`,
      );
    }
  }

  /** Reads a sheet's header row and data rows, checking the columns against what the schema expects. */
  function parseSheet(name: string, columns: readonly string[]): ParsedSheet | null {
    const grid = sheets.get(name);
    if (!grid) {
      add(null, null, `缺少工作表“${name}”`, `missing sheet "${name}"`);
      return null;
    }
    const header = grid.rows[0] ?? [];
    const columnIndex = new Map<string, number>();
    header.forEach((h, c) => {
      if (h === null) return;
      const id = String(h)
        .trim()
        .split(/[\s/（(]/)[0]!;
      if (!columns.includes(id)) {
        add(
          name,
          cellAddress(0, c),
          `未知列“${String(h)}”；本表的列为：${columns.join(', ')}`,
          `unknown column "${String(h)}"; this sheet's columns are: ${columns.join(', ')}`,
        );
      } else if (columnIndex.has(id)) {
        add(name, cellAddress(0, c), `列“${id}”重复`, `duplicate column "${id}"`);
      } else {
        columnIndex.set(id, c);
      }
    });
    const missing = columns.filter((c) => !columnIndex.has(c));
    if (missing.length) {
      add(name, 'A1', `缺少列：${missing.join(', ')}`, `missing columns: ${missing.join(', ')}`);
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
          );
        }
      });
      rows.push({ r, values });
    }
    return { rows, columnIndex };
  }

  function validate<S extends z.ZodType>(schema: S, sheet: string, parsed: ParsedSheet, row: Row): z.infer<S> | null {
    const result = schema.safeParse(row.values);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '');
      const c = parsed.columnIndex.get(column);
      const { zh, en } = splitMessage(issue.message);
      add(sheet, c === undefined ? `A${row.r + 1}` : cellAddress(row.r, c), zh, en);
    }
    return null;
  }

  const cellOf = (_sheet: string, parsed: ParsedSheet, row: Row, column: string) => cellAddress(row.r, parsed.columnIndex.get(column) ?? 0);

  // --- meta -----------------------------------------------------------------------------------
  const metaValues: Record<string, CellValue> = Object.create(null);
  const metaCells = new Map<string, string>();
  const meta = parseSheet('meta', FIXED_SHEETS.meta);
  if (meta) {
    for (const row of meta.rows) {
      const field = row.values.field;
      const fieldCell = cellOf('meta', meta, row, 'field');
      if (typeof field !== 'string' || !(META_FIELDS as readonly string[]).includes(field)) {
        add(
          'meta',
          fieldCell,
          `未知字段“${String(field)}”；字段为：${META_FIELDS.join(', ')}`,
          `unknown field "${String(field)}"; fields are: ${META_FIELDS.join(', ')}`,
        );
        continue;
      }
      if (field in metaValues) add('meta', fieldCell, `字段“${field}”重复`, `duplicate field "${field}"`);
      metaValues[field] = row.values.value ?? null;
      metaCells.set(field, cellOf('meta', meta, row, 'value'));
    }
  }
  const metaInput = Object.fromEntries(META_FIELDS.map((f) => [f, metaValues[f] ?? null]));
  const metaResult = meta ? metaSchema.safeParse(metaInput) : null;
  if (metaResult && !metaResult.success) {
    for (const issue of metaResult.error.issues) {
      const field = String(issue.path[0]);
      const { zh, en } = splitMessage(issue.message);
      add('meta', metaCells.get(field) ?? 'A1', `${field}：${zh}`, `${field}: ${en}`);
    }
  }
  if (metaResult?.success && metaResult.data.table_id !== tableId) {
    add(
      'meta',
      metaCells.get('table_id') ?? 'A1',
      `table_id（${metaResult.data.table_id}）须与文件名（${tableId}）一致`,
      `table_id (${metaResult.data.table_id}) must equal the file name (${tableId})`,
    );
  }

  // --- sources --------------------------------------------------------------------------------
  const sources: CompiledTable['sources'] = [];
  const sourceSheet = parseSheet('sources', FIXED_SHEETS.sources);
  if (sourceSheet) {
    for (const row of sourceSheet.rows) {
      const s = validate(sourceRowSchema, 'sources', sourceSheet, row);
      if (!s) continue;
      if (sources.some((x) => x.number === s.number)) {
        add('sources', cellOf('sources', sourceSheet, row, 'number'), `文号“${s.number}”重复`, `duplicate document number "${s.number}"`);
        continue;
      }
      sources.push({
        number: s.number,
        title: { zh: s.title_zh, en: s.title_en ?? s.title_zh },
        issued: s.issued,
        effective: s.effective,
        link: s.link,
        note: s.note,
      });
    }
    if (sourceSheet.rows.length === 0) add('sources', 'A2', '至少要有一份来源文件', 'at least one source document is required');
  }
  const knownSources = new Set(sources.map((s) => s.number));
  const checkSource = (sheet: string, cell: string, source: string) => {
    if (sourceSheet && !knownSources.has(source)) {
      add(sheet, cell, `来源文件“${source}”不在 sources 表中`, `source "${source}" is not listed on the sources sheet`);
    }
  };

  // --- changelog ------------------------------------------------------------------------------
  const changelog: CompiledTable['changelog'] = [];
  const changeSheet = parseSheet('changelog', FIXED_SHEETS.changelog);
  if (changeSheet) {
    for (const row of changeSheet.rows) {
      const entry = validate(changelogRowSchema, 'changelog', changeSheet, row);
      if (entry) changelog.push(entry);
    }
    if (changeSheet.rows.length === 0) add('changelog', 'A2', '变更记录至少要有一行', 'the change log needs at least one entry');
  }
  changelog.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // --- parameters -----------------------------------------------------------------------------
  const parameters = new Map<string, CompiledParameter & { cells: string[] }>();
  const paramSheet = parseSheet('parameters', FIXED_SHEETS.parameters);
  if (paramSheet) {
    const schema = parameterRowSchema(spec.parameters);
    for (const row of paramSheet.rows) {
      const p = validate(schema, 'parameters', paramSheet, row);
      if (!p) continue;
      const valueCell = cellOf('parameters', paramSheet, row, 'value');
      checkSource('parameters', cellOf('parameters', paramSheet, row, 'source'), p.source);
      const value = p.value as Value;
      const dated: DatedValue = {
        from: p.effective_from,
        to: p.effective_to,
        value: typeof value === 'string' && p.unit === 'boolean' ? ['yes', 'true', '是', 'y'].includes(value.toLowerCase()) : value,
        published: value !== null,
        citation: { document: p.source, article: p.article, text: `${p.source} ${p.article}` },
        note: p.note,
        cell: `parameters!${valueCell}`,
      };
      if (typeof dated.value === 'number') dated.value = Number(dated.value.toPrecision(15));
      const existing = parameters.get(p.key);
      if (!existing) {
        parameters.set(p.key, {
          key: p.key,
          label: { zh: p.label_zh, en: p.label_en },
          unit: p.unit,
          history: [dated],
          cells: [valueCell],
        });
        continue;
      }
      if (existing.unit !== p.unit) {
        add(
          'parameters',
          cellOf('parameters', paramSheet, row, 'unit'),
          `同一参数 ${p.key} 的单位须一致（${existing.unit}）`,
          `all rows of ${p.key} must share one unit (${existing.unit})`,
        );
      }
      existing.history.push(dated);
      existing.cells.push(valueCell);
    }
    for (const key of Object.keys(spec.parameters)) {
      if (!parameters.has(key))
        add(
          'parameters',
          null,
          `缺少参数 ${key}（计算器需要它；原文未公布时也要保留一行并留空数值、写明备注）`,
          `missing parameter ${key} (calculators need it; if the source does not publish it keep a row with an empty value and a note)`,
        );
    }
    for (const p of parameters.values())
      checkPeriods(
        'parameters',
        p.key,
        p.history.map((h, i) => ({ from: h.from, to: h.to, cell: p.cells[i]! })),
      );
  }

  function checkPeriods(sheet: string, what: string, periods: { from: string; to: string | null; cell: string }[]) {
    const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (prev.from === cur.from) {
        add(
          sheet,
          cur.cell,
          `${what} 重复：与 ${prev.cell} 的生效日期相同（${cur.from}）`,
          `duplicate key ${what}: same effective_from (${cur.from}) as ${prev.cell}`,
        );
      } else if (prev.to === null || prev.to >= cur.from) {
        add(
          sheet,
          cur.cell,
          `${what} 的生效期间重叠：${prev.cell} 至 ${prev.to ?? '长期'}，本行自 ${cur.from}`,
          `overlapping dates for ${what}: ${prev.cell} runs to ${prev.to ?? 'open end'}, this row starts ${cur.from}`,
        );
      } else if (dayAfter(prev.to) !== cur.from) {
        add(
          sheet,
          cur.cell,
          `${what} 的生效期间有空档（${dayAfter(prev.to)} 起）：如确无规定，请加一行空数值并在备注说明`,
          `gap in the dates of ${what} (from ${dayAfter(prev.to)}): if intended, add a row with an empty value and a note`,
        );
      }
    }
  }

  // --- scale sheets ---------------------------------------------------------------------------
  const scales: CompiledScale[] = [];
  for (const [sheetId, scale] of Object.entries(spec.scales)) {
    if (!SHEET_ID_PATTERN.test(sheetId)) throw new Error(`bad sheet id in schema: ${sheetId}`);
    const parsed = parseSheet(sheetId, scaleSheetColumns(scale));
    if (!parsed) continue;
    const schema = scaleRowSchema(scale);
    const rows: ScaleRow[] = [];
    const periodsByCase = new Map<string, { from: string; to: string | null; cell: string }[]>();
    for (const row of parsed.rows) {
      const v = validate(schema, sheetId, parsed, row) as Record<string, CellValue> | null;
      if (!v) continue;
      checkSource(sheetId, cellOf(sheetId, parsed, row, 'source'), String(v.source));
      const cells: Record<string, Value> = {};
      const ranges: Record<string, Range> = {};
      const unpublished: string[] = [];
      for (const [id, col] of Object.entries(scale.columns)) {
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
        Object.entries(scale.columns)
          .filter(([, c]) => c.kind === 'dimension')
          .map(([id]) => cells[id]),
        Object.keys(ranges).map((id) => ranges[id]),
      ]);
      const list = periodsByCase.get(caseKey) ?? [];
      list.push({ from, to, cell: `A${row.r + 1}` });
      periodsByCase.set(caseKey, list);
      rows.push({
        from,
        to,
        cells,
        ranges,
        unpublished,
        citation: { document: String(v.source), article: String(v.article), text: `${String(v.source)} ${String(v.article)}` },
        note: (v.note as string | null) ?? null,
        row: row.r + 1,
      });
    }
    for (const periods of periodsByCase.values())
      checkPeriods(sheetId, `第 ${periods[0]!.cell.slice(1)} 行的情形 / the case of row ${periods[0]!.cell.slice(1)}`, periods);
    checkBracketOverlaps(sheetId, scale, rows);
    scales.push({
      id: sheetId,
      label: scale.label,
      columns: Object.entries(scale.columns).map(([id, c]) => ({
        id,
        kind: c.kind,
        unit: c.unit,
        label: c.kind === 'range' ? rangeLabelOf(parsed, sheets.get(sheetId)!, id) : labelOf(parsed, sheets.get(sheetId)!, id, c.unit),
      })),
      rows,
    });
  }

  /** Two brackets of the same case in force on the same day must not both contain a value. */
  function checkBracketOverlaps(sheetId: string, scale: TableSpec['scales'][string], rows: ScaleRow[]) {
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
          add(
            sheetId,
            `A${b.row}`,
            `区间与第 ${a.row} 行重叠：同一数值同时落入两个档次`,
            `bracket overlaps row ${a.row}: one value would fall into both`,
          );
        }
      }
    }
  }

  if (problems.length || !metaResult?.success) return { table: null, problems };

  const m = metaResult.data;
  const compiledParameters = [...parameters.values()].map(({ cells: _cells, ...p }) => ({
    ...p,
    history: [...p.history].sort((a, b) => (a.from < b.from ? -1 : 1)),
  }));
  const allFroms = [...compiledParameters.flatMap((p) => p.history), ...scales.flatMap((s) => s.rows)].map((x) => x.from).sort();
  const allTos = [...compiledParameters.flatMap((p) => p.history), ...scales.flatMap((s) => s.rows)].map((x) => x.to);
  const last = changelog[changelog.length - 1]!;
  const body = {
    id: tableId,
    title: { zh: m.title_zh, en: m.title_en },
    domain: m.domain,
    description: { zh: m.description_zh ?? '', en: m.description_en ?? '' },
    authority: { zh: m.authority_zh, en: m.authority_en },
    maintainer: m.maintainer,
    sources,
    changelog,
    version: `${last.date}.${changelog.length}`,
    coverage: {
      from: allFroms[0] ?? '1900-01-01',
      to: allTos.includes(null) || allTos.length === 0 ? null : (allTos as string[]).sort().at(-1)!,
    },
    parameters: compiledParameters,
    scales,
  };
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  return { table: { ...body, hash }, problems };
}

function labelOf(parsed: ParsedSheet, grid: SheetGrid, id: string, unit?: string) {
  // Header cells read "deductible 起付标准 / Deductible (CNY/admission)": the words after the id are the
  // people's label, Chinese and English separated by " / " (spaced, so a unit such as CNY/admission
  // stays whole); a trailing "(unit)" written as a hint for editors is not part of the label.
  const raw = String(grid.rows[0]?.[parsed.columnIndex.get(id) ?? -1] ?? id);
  const rest = raw.slice(id.length).trim();
  const [zh, en] = rest
    .split(/\s+\/\s+/)
    .map((x) => (unit ? x.replace(new RegExp(`\\s*\\(${unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\)$`), '') : x).trim());
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
