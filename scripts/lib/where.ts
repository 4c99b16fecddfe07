/**
 * From an article, a parameter key or a calculator to the workbook cells and the code that reads them
 * (`npm run where -- 第二十五条`). Pure over a compiled bundle and the source files of src/policy/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { calculators } from '../../src/policy/index';
import type { CompiledBundle, CompiledTable } from '../../src/tables/model';
import { POLICY_DIR } from './policy';

const ROOT = join(POLICY_DIR, '..', '..');

/** A place in the code: file (from the repository root) and line, with the line's text. */
export interface CodeLocation {
  file: string;
  line: number;
  text: string;
}

/** A workbook value the query found: a parameter's dated value or a scale sheet's column, where it is and who reads it. */
export interface Found {
  table: string;
  /** parameter key, or `sheet.column` of a scale sheet */
  key: string;
  label: string;
  /** workbook cells (parameters!D12, inpatient_levels!row 3) with their dates and citation */
  cells: { cell: string; from: string; to: string | null; citation: string }[];
  code: CodeLocation[];
}

export interface WhereAnswer {
  query: string;
  kind: 'calculator' | 'parameter' | 'article' | 'none';
  found: Found[];
  /** for a calculator: its files */
  files: string[];
}

interface Source {
  file: string;
  lines: string[];
}

/** The code of src/policy/ that can read values: calculators and their shared modules (not docs, schemas or cases). */
function sources(): Source[] {
  const out: Source[] = [];
  for (const dir of readdirSync(POLICY_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(POLICY_DIR, dir.name))) {
      if (!name.endsWith('.ts') || name.endsWith('.docs.ts') || name === 'table.ts' || name === 'codes.ts') continue;
      const file = join(POLICY_DIR, dir.name, name);
      out.push({ file: relative(ROOT, file), lines: readFileSync(file, 'utf8').split('\n') });
    }
  }
  return out;
}

/** Lines of the calculators of `table` that name `literal` as a string ('inpatient.annual_cap', 'inpatient_levels'). */
function readers(src: Source[], table: string, literal: string, also?: string): CodeLocation[] {
  const out: CodeLocation[] = [];
  const inTable = src.filter((s) => s.file.includes(`src/policy/${table}/`));
  const quoted = [`'${literal}'`, `"${literal}"`, `\`${literal}\``];
  // a column may also be named as a property of an object literal, one per line: checkRow(p, sheet, row, {
  //   performance_class: req.enterpriseClass, … })
  const key = /^[a-z_][a-z0-9_]*$/.test(literal) ? new RegExp(`^\\s*${literal}: .*,$`) : null;
  for (const s of inTable) {
    const text = s.lines.join('\n');
    if (also && !quoted.some((q) => text.includes(q.replaceAll(literal, also)))) continue;
    s.lines.forEach((l, i) => {
      if (quoted.some((q) => l.includes(q)) || key?.test(l)) out.push({ file: s.file, line: i + 1, text: l.trim() });
    });
  }
  return out;
}

function parameterFound(src: Source[], t: CompiledTable, key: string): Found | undefined {
  const p = t.parameters.find((x) => x.key === key);
  if (!p) return undefined;
  return {
    table: t.id,
    key,
    label: p.label.zh,
    cells: p.history.map((h) => ({ cell: h.cell, from: h.from, to: h.to, citation: h.citation.text })),
    code: readers(src, t.id, key),
  };
}

function columnFound(src: Source[], t: CompiledTable, sheet: string, column: string, rows?: Set<number>): Found | undefined {
  const s = t.scales.find((x) => x.id === sheet);
  const col = s?.columns.find((c) => c.id === column);
  if (!s || !col) return undefined;
  // the lines that name the column in the code reading the sheet; failing those, the lines that read the sheet
  const columnReaders = readers(src, t.id, column, sheet);
  const code = columnReaders.length ? columnReaders : readers(src, t.id, sheet);
  return {
    table: t.id,
    key: `${sheet}.${column}`,
    label: `${s.label.zh} · ${col.label.zh}`,
    cells: s.rows
      .filter((r) => !rows || rows.has(r.row))
      .map((r) => ({ cell: `${sheet}!row ${r.row}`, from: r.from, to: r.to, citation: r.citation.text })),
    code,
  };
}

/** Every value whose citation names `article` (within a table, or in every table), with the code reading it. */
function byArticle(bundle: CompiledBundle, src: Source[], article: string): Found[] {
  const out: Found[] = [];
  const names = (citation: { article: string; text: string }) => citation.article.includes(article) || citation.text.includes(article);
  for (const t of Object.values(bundle.tables)) {
    for (const p of t.parameters) if (p.history.some((h) => names(h.citation))) out.push(parameterFound(src, t, p.key)!);
    for (const s of t.scales) {
      const rows = new Set(s.rows.filter((r) => names(r.citation)).map((r) => r.row));
      if (!rows.size) continue;
      for (const c of s.columns) out.push(columnFound(src, t, s.id, c.id, rows)!);
    }
  }
  return out;
}

export function where(bundle: CompiledBundle, query: string): WhereAnswer {
  const src = sources();
  const calc = calculators.find((c) => c.id === query);
  if (calc) {
    const t = bundle.tables[calc.table.id];
    const dir = `src/policy/${calc.table.id}`;
    const file = `${dir}/${calc.id}.ts`;
    // the calculator's module and the modules of its folder it imports (a shared rule, another calculator's function)
    const main = src.find((s) => s.file === file);
    const imported = new Set(
      [...(main?.lines.join('\n') ?? '').matchAll(/from '\.\/([^']+)'/g)].map((m) => `${dir}/${m[1]!.replace(/\.ts$/, '')}.ts`),
    );
    const own = src.filter((s) => s.file === file || imported.has(s.file));
    const found: Found[] = [];
    if (t) {
      for (const p of t.parameters) {
        const f = parameterFound(own, t, p.key);
        if (f?.code.length) found.push(f);
      }
      for (const s of t.scales)
        for (const c of s.columns) {
          const f = columnFound(own, t, s.id, c.id);
          if (f?.code.some((l) => l.text.includes(`'${c.id}'`))) found.push(f);
        }
    }
    return {
      query,
      kind: 'calculator',
      found,
      files: [file, `${dir}/${calc.id}.docs.ts`, `${dir}/${calc.id}.cases.json`, `${dir}/table.ts`],
    };
  }
  const params: Found[] = [];
  for (const t of Object.values(bundle.tables)) {
    const p = parameterFound(src, t, query);
    if (p) params.push(p);
    const [sheet, column] = query.split('.');
    const s = t.scales.find((x) => x.id === (column ? sheet : query));
    if (s)
      for (const c of s.columns.filter((x) => (column ? x.id === column : x.kind !== 'dimension')))
        params.push(columnFound(src, t, s.id, c.id)!);
  }
  if (params.length) return { query, kind: 'parameter', found: params, files: [] };
  const articles = byArticle(bundle, src, query);
  return { query, kind: articles.length ? 'article' : 'none', found: articles, files: [] };
}

/** The answer as text for a person at a terminal. */
export function renderWhere(a: WhereAnswer): string {
  if (a.kind === 'none')
    return `Nothing cites, declares or computes "${a.query}" (an article such as 第二十五条, a parameter key, or a calculator id).\n`;
  const out: string[] = [];
  if (a.files.length) out.push(`${a.query}: ${a.files.join(', ')}`);
  for (const f of a.found) {
    out.push(`${f.table} › ${f.key} — ${f.label}`);
    for (const c of f.cells) out.push(`    cell ${c.cell}  ${c.from} … ${c.to ?? ''}  ${c.citation}`);
    for (const l of f.code) out.push(`    read at ${l.file}:${l.line}  ${l.text}`);
    if (!f.code.length) out.push('    (no calculator reads it: a lookup value)');
  }
  return `${out.join('\n')}\n`;
}
