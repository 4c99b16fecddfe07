/**
 * What the build reads of src/policy/ besides the registry (src/policy/index.ts; the Worker loads each calculator through src/policy/registry.ts): each
 * document folder's workbook schema (`table.ts`) and each registered calculator's docs (`<id>.docs.ts`), found by
 * those names. Node only (the build, the staff commands and the Node tests): none of this enters the Worker.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Case, casesFileSchema } from '../../src/engine/cases';
import type { Calculator, CalculatorDocs } from '../../src/engine/calculator';
import { calculators } from '../../src/policy/index';
import type { TableSpec } from '../../src/tables/kit';

export const POLICY_DIR = join(import.meta.dirname, '..', '..', 'src', 'policy');

/** The folder of a document: src/policy/<table id>. */
export const documentDir = (table: string) => join(POLICY_DIR, table);
/** The files of a calculator beside it: `<id>.ts`, `<id>.docs.ts`, `<id>.cases.json`. */
export const calculatorFile = (calc: { id: string; table: { id: string } }, suffix: '.ts' | '.docs.ts' | '.cases.json') =>
  join(documentDir(calc.table.id), `${calc.id}${suffix}`);

async function loadTableSpecs(): Promise<Record<string, TableSpec>> {
  const out: Record<string, TableSpec> = {};
  for (const id of readdirSync(POLICY_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const file = join(documentDir(id), 'table.ts');
    if (!existsSync(file)) throw new Error(`src/policy/${id}/ has no table.ts (the schema of tables/${id}.xlsx)`);
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const spec = Object.values(mod).find((x): x is TableSpec => !!x && typeof x === 'object' && (x as TableSpec).id === id);
    if (!spec) throw new Error(`src/policy/${id}/table.ts exports no table schema with id "${id}"`);
    out[id] = spec;
  }
  return out;
}

/** A calculator's docs with its cases, and the cases marked `example` as the runnable examples of /docs. */
// biome-ignore lint/suspicious/noExplicitAny: any calculator
export interface LoadedDocs<C extends Calculator<any, any, any> = Calculator> extends CalculatorDocs<C> {
  cases: Case[];
  examples: Record<string, { summary: string; value: unknown }>;
}

/** A calculator's cases (`<id>.cases.json`), checked against the case format; ids unique. */
// biome-ignore lint/suspicious/noExplicitAny: any calculator
export function casesOf(calc: Calculator<any, any, any>): Case[] {
  const file = calculatorFile(calc, '.cases.json');
  if (!existsSync(file)) throw new Error(`calculator ${calc.id} has no cases: src/policy/${calc.table.id}/${calc.id}.cases.json`);
  const parsed = casesFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const ids = parsed.data.map((c) => c.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) throw new Error(`${file}: case ids used twice: ${[...new Set(twice)].join(', ')}`);
  return parsed.data;
}

async function loadCalculatorDocs(): Promise<Map<string, LoadedDocs>> {
  const out = new Map<string, LoadedDocs>();
  for (const calc of calculators) {
    const file = calculatorFile(calc, '.docs.ts');
    if (!existsSync(file)) throw new Error(`calculator ${calc.id} has no docs: src/policy/${calc.table.id}/${calc.id}.docs.ts`);
    const mod = (await import(pathToFileURL(file).href)) as { docs?: CalculatorDocs };
    if (!mod.docs) throw new Error(`src/policy/${calc.table.id}/${calc.id}.docs.ts exports no \`docs\``);
    const cases = casesOf(calc);
    const examples = Object.fromEntries(cases.filter((c) => c.example).map((c) => [c.id, { summary: c.summary, value: c.request }]));
    if (!Object.keys(examples).length) throw new Error(`calculator ${calc.id} has no case marked example (the runnable example of /docs)`);
    out.set(calc.id, { ...mod.docs, cases, examples });
  }
  return out;
}

/** One schema per workbook, keyed by table id (= the workbook's file name and the folder's name). */
export const tableSpecs: Readonly<Record<string, TableSpec>> = await loadTableSpecs();

/** The title, description, examples and date mover of every calculator, by id. */
export const calculatorDocs: ReadonlyMap<string, LoadedDocs> = await loadCalculatorDocs();

/** The docs of a calculator. */
// biome-ignore lint/suspicious/noExplicitAny: any calculator
export function docsOf<C extends Calculator<any, any, any>>(calc: C): LoadedDocs<C> {
  const d = calculatorDocs.get(calc.id);
  if (!d) throw new Error(`calculator ${calc.id} has no docs`);
  return d as LoadedDocs<C>;
}
