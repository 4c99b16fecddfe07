import * as XLSX from '@e965/xlsx';
import { ZenEngine } from '@gorules/zen-engine';
import { Engine } from 'json-rules-engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTables, workbookFiles } from '../scripts/lib/build';
import { compileTable } from '../scripts/lib/compile-table';
import type { CellValue, SheetGrid } from '../scripts/lib/workbook-reader';
import { employeeMedicalSettlement as calc } from '../src/policy/employee-medical-insurance/employee-medical-settlement';
import { calculate, paramsAt } from '../src/engine/calculator';
import { applyRatio, fen, type Ppm, ratioToPpm, yuanToFen } from '../src/engine/money';
import type { CompiledTable } from '../src/tables/model';
import { employeeMedicalInsurance as EMI } from '../src/policy/employee-medical-insurance/table';
import { settlement } from './lib/requests';
import { fmt, median, min, max, table, timeAsync, timeSync } from './lib/stats';
import { ROOT } from './lib/wrangler';

/**
 * Against the peers, in one Node process, same inputs, results asserted equal before timing:
 *   the inpatient decision of 第二十五、二十六条 (deductible of the facility level, fund ratio of the level
 *   plus the retired increase, fund payment of one admission) and the whole settlement, computed by
 *   - this project: compiled JSON read through Params (with citations), and the calculator itself;
 *   - "just read the spreadsheet": SheetJS parses the workbook on every request;
 *   - json-rules-engine and GoRules ZEN (@gorules/zen-engine, native) evaluating the same decision table,
 *     generated from the same compiled rows.
 */

interface Query {
  date: string;
  level: 1 | 2 | 3;
  status: 'employed' | 'retired';
  amount: number;
}
interface Decision {
  deductible: number;
  ratioPpm: number;
  fund: number;
}

const dayNumber = (iso: string) => Number(iso.replaceAll('-', ''));
const finish = (q: Query, deductibleYuan: number, ratio: number, increase: number): Decision => {
  const deductible = yuanToFen(deductibleYuan);
  const ratioPpm = (ratioToPpm(ratio) + ratioToPpm(increase)) as Ppm;
  return { deductible, ratioPpm, fund: applyRatio(fen(Math.max(0, yuanToFen(q.amount) - deductible)), ratioPpm) };
};

// --- this project -----------------------------------------------------------------------------
function ours(table: CompiledTable) {
  const at = paramsAt({ format: 1, packageVersion: '', hash: '', tables: { [table.id]: table } }, EMI);
  return (q: Query): Decision => {
    const p = at(q.date);
    const row = p.find('inpatient_levels', { level: String(q.level) });
    const d = row.money('deductible');
    const r = row.ratio('fund_ratio');
    const inc = q.status === 'retired' ? p.ratio('inpatient.retired_ratio_increase').ppm : 0;
    const ratioPpm = (r.ppm + inc) as Ppm;
    return { deductible: d.fen, ratioPpm, fund: applyRatio(fen(Math.max(0, yuanToFen(q.amount) - d.fen)), ratioPpm) };
  };
}

// --- "just read the spreadsheet" --------------------------------------------------------------
const headerId = (h: unknown) =>
  String(h ?? '')
    .trim()
    .split(/[\s/（(]/)[0]!;
function xlsxRows(wb: XLSX.WorkBook, sheet: string): Record<string, unknown>[] {
  const [header = [], ...rows] = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet]!, { header: 1, raw: true, defval: null });
  const ids = header.map(headerId);
  return rows.map((r) => Object.fromEntries(ids.map((id, i) => [id, r[i]])));
}
const inForceRow = (r: Record<string, unknown>, date: string) =>
  String(r.effective_from) <= date && (r.effective_to == null || date <= String(r.effective_to));
function xlsxDecision(buf: Buffer) {
  return (q: Query): Decision => {
    const wb = XLSX.read(buf, { type: 'buffer' });
    const level = xlsxRows(wb, 'inpatient_levels').find((r) => String(r.level) === String(q.level) && inForceRow(r, q.date))!;
    const inc =
      q.status === 'retired'
        ? Number(xlsxRows(wb, 'parameters').find((r) => r.key === 'inpatient.retired_ratio_increase' && inForceRow(r, q.date))!.value)
        : 0;
    return finish(q, Number(level.deductible), Number(level.fund_ratio), inc);
  };
}
/** The whole settlement from the spreadsheet: parse, compile with this project's compiler, settle. */
function gridsOf(wb: XLSX.WorkBook): SheetGrid[] {
  return wb.SheetNames.map((name) => ({
    name,
    rows: XLSX.utils
      .sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, raw: true, defval: null })
      .map((r) => r.map((v): CellValue => (typeof v === 'string' ? v.trim() || null : (v as CellValue)))),
  }));
}
function xlsxSettlement(buf: Buffer) {
  return (input: unknown) => {
    const wb = XLSX.read(buf, { type: 'buffer' });
    const { table } = compileTable('employee-medical-insurance.xlsx', EMI.id, gridsOf(wb), EMI);
    return calculate(calc, { format: 1, packageVersion: '', hash: '', tables: { [EMI.id]: table! } }, calc.input.parse(input));
  };
}

// --- json-rules-engine ------------------------------------------------------------------------
function rulesEngine(table: CompiledTable) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const levels = table.scales.find((s) => s.id === 'inpatient_levels')!;
  for (const r of levels.rows) {
    engine.addRule({
      conditions: {
        all: [
          { fact: 'level', operator: 'equal', value: String(r.cells.level) },
          { fact: 'day', operator: 'greaterThanInclusive', value: dayNumber(r.from) },
          { fact: 'day', operator: 'lessThanInclusive', value: r.to ? dayNumber(r.to) : 99_991_231 },
        ],
      },
      event: { type: 'level', params: { deductible: r.cells.deductible, ratio: r.cells.fund_ratio } },
    });
  }
  for (const h of table.parameters.find((p) => p.key === 'inpatient.retired_ratio_increase')!.history) {
    engine.addRule({
      conditions: {
        all: [
          { fact: 'status', operator: 'equal', value: 'retired' },
          { fact: 'day', operator: 'greaterThanInclusive', value: dayNumber(h.from) },
          { fact: 'day', operator: 'lessThanInclusive', value: h.to ? dayNumber(h.to) : 99_991_231 },
        ],
      },
      event: { type: 'increase', params: { ratio: h.value } },
    });
  }
  return async (q: Query): Promise<Decision> => {
    const { events } = await engine.run({ level: String(q.level), status: q.status, day: dayNumber(q.date) });
    const level = events.find((e) => e.type === 'level')!.params!;
    const inc = events.find((e) => e.type === 'increase')?.params?.ratio ?? 0;
    return finish(q, Number(level.deductible), Number(level.ratio), Number(inc));
  };
}

// --- GoRules ZEN ------------------------------------------------------------------------------
function zen(table: CompiledTable) {
  const levels = table.scales.find((s) => s.id === 'inpatient_levels')!;
  const increase = table.parameters.find((p) => p.key === 'inpatient.retired_ratio_increase')!;
  const dateCells = (from: string, to: string | null) => ({ from: `>= ${dayNumber(from)}`, to: to ? `<= ${dayNumber(to)}` : '' });
  const graph = {
    nodes: [
      { id: 'in', type: 'inputNode', name: 'request', position: { x: 0, y: 0 } },
      {
        id: 'levels',
        type: 'decisionTableNode',
        name: 'inpatient_levels',
        position: { x: 300, y: 0 },
        content: {
          hitPolicy: 'first',
          inputs: [
            { id: 'lv', name: 'level', field: 'level' },
            { id: 'from', name: 'from', field: 'day' },
            { id: 'to', name: 'to', field: 'day' },
          ],
          outputs: [
            { id: 'd', name: 'deductible', field: 'deductible' },
            { id: 'r', name: 'fund_ratio', field: 'ratio' },
          ],
          rules: levels.rows.map((r, i) => {
            const d = dateCells(r.from, r.to);
            return {
              _id: `l${i}`,
              lv: `"${String(r.cells.level)}"`,
              from: d.from,
              to: d.to,
              d: String(r.cells.deductible),
              r: String(r.cells.fund_ratio),
            };
          }),
        },
      },
      {
        id: 'increase',
        type: 'decisionTableNode',
        name: 'retired_ratio_increase',
        position: { x: 300, y: 200 },
        content: {
          hitPolicy: 'first',
          inputs: [
            { id: 'st', name: 'status', field: 'status' },
            { id: 'from', name: 'from', field: 'day' },
            { id: 'to', name: 'to', field: 'day' },
          ],
          outputs: [{ id: 'inc', name: 'increase', field: 'increase' }],
          rules: [
            ...increase.history.map((h, i) => {
              const d = dateCells(h.from, h.to);
              return { _id: `i${i}`, st: '"retired"', from: d.from, to: d.to, inc: String(h.value) };
            }),
            { _id: 'none', st: '', from: '', to: '', inc: '0' },
          ],
        },
      },
      { id: 'out', type: 'outputNode', name: 'response', position: { x: 600, y: 0 } },
    ],
    edges: [
      { id: 'e1', sourceId: 'in', targetId: 'levels', type: 'edge' },
      { id: 'e2', sourceId: 'in', targetId: 'increase', type: 'edge' },
      { id: 'e3', sourceId: 'levels', targetId: 'out', type: 'edge' },
      { id: 'e4', sourceId: 'increase', targetId: 'out', type: 'edge' },
    ],
  };
  const decision = new ZenEngine().createDecision(graph);
  return async (q: Query): Promise<Decision> => {
    const { result } = await decision.evaluate({ level: String(q.level), status: q.status, day: dayNumber(q.date) });
    return finish(q, Number(result.deductible), Number(result.ratio), Number(result.increase));
  };
}

// ---------------------------------------------------------------------------------------------

const zenVersion = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules', '@gorules', 'zen-engine', 'package.json'), 'utf8')) as { version: string }
).version;

export async function benchPeers(o: { rounds: number; ms: number }): Promise<string> {
  const built = buildTables(workbookFiles(join(ROOT, 'tables')));
  if (!built.bundle) throw new Error('the workbooks do not build');
  const emi = built.bundle.tables[EMI.id]!;
  const buf = readFileSync(join(ROOT, 'tables', `${EMI.id}.xlsx`));

  const queries: Query[] = [];
  for (const date of ['2015-01-01', '2015-06-30', '2016-03-01', '2021-12-31'])
    for (const level of [1, 2, 3] as const)
      for (const status of ['employed', 'retired'] as const)
        for (const amount of [0, 299.99, 300, 800, 12_345.67, 150_000]) queries.push({ date, level, status, amount });

  const impl = { ours: ours(emi), xlsx: xlsxDecision(buf), rules: rulesEngine(emi), zen: zen(emi) };
  // the same answers, before any timing
  for (const q of queries) {
    const want = impl.ours(q);
    for (const [name, got] of [
      ['xlsx', impl.xlsx(q)],
      ['json-rules-engine', await impl.rules(q)],
      ['zen', await impl.zen(q)],
    ] as const) {
      if (JSON.stringify(got) !== JSON.stringify(want))
        throw new Error(`${name} disagrees on ${JSON.stringify(q)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    // and the decision is what the calculator pays for one local admission (scheme A, first admission)
    const full = calculate(
      calc,
      built.bundle,
      calc.input.parse({
        year: Number(q.date.slice(0, 4)),
        person: { scheme: 'A', status: q.status, birthDate: '1950-01-01' },
        claims: [{ kind: 'inpatient', date: q.date, level: q.level, eligibleAmount: q.amount }],
      }),
    );
    if (yuanToFen(full.claims[0]!.pooledFund) !== want.fund) throw new Error(`calculator disagrees on ${JSON.stringify(q)}`);
  }
  const input10 = settlement(10);
  const oursSettle = (x: unknown) => calculate(calc, built.bundle!, calc.input.parse(x));
  const xlsxSettle = xlsxSettlement(buf);
  if (JSON.stringify(oursSettle(input10)) !== JSON.stringify(xlsxSettle(input10))) throw new Error('xlsx settlement disagrees');

  let qi = 0;
  const next = () => queries[qi++ % queries.length]!;
  const measures: Record<string, () => Promise<number>> = {
    'decision · this project (compiled JSON + Params, with citations)': async () => timeSync(() => impl.ours(next()), o.ms),
    'decision · SheetJS reads the workbook per request': async () => timeSync(() => impl.xlsx(next()), o.ms, 3),
    'decision · json-rules-engine 7.3.1': () => timeAsync(() => impl.rules(next()), o.ms),
    [`decision · GoRules ZEN ${zenVersion} (native)`]: () => timeAsync(() => impl.zen(next()), o.ms),
    'settlement, 10 bills · this project (validate + settle + trace)': async () => timeSync(() => oursSettle(input10), o.ms),
    'settlement, 10 bills · SheetJS + compile per request, then settle': async () => timeSync(() => xlsxSettle(input10), o.ms, 3),
  };
  const names = Object.keys(measures);
  const us = new Map<string, number[]>(names.map((n) => [n, []]));
  for (const n of names) await measures[n]!(); // warm-up
  for (let r = 0; r < o.rounds; r++) {
    for (let i = 0; i < names.length; i++) {
      const n = names[(i + r) % names.length]!;
      us.get(n)!.push(await measures[n]!());
    }
    process.stderr.write(`  peers round ${r + 1}/${o.rounds}\n`);
  }
  const ratio = (peer: string, base: string) => {
    const rs = us.get(peer)!.map((x, r) => x / us.get(base)!.at(r)!);
    return `**${fmt(median(rs), 0)}×** (${fmt(min(rs), 0)}–${fmt(max(rs), 0)})`;
  };
  const baseDecision = names[0]!;
  const baseSettle = names[4]!;
  const rows = names.map((n) => {
    const xs = us.get(n)!;
    const base = n.startsWith('decision') ? baseDecision : baseSettle;
    return [n, fmt(median(xs), xs.some((x) => x < 10) ? 2 : 0), fmt(1e6 / median(xs), 0), n === base ? '1' : ratio(n, base)];
  });
  return [
    '### Against the peers (Node, one process)',
    '',
    `${queries.length} decision inputs (4 dates × 3 levels × 2 statuses × 6 amounts) answered identically by all four before timing, and equal to the calculator's pooled-fund share for one admission; the 10-bill settlement identical (whole JSON) for both that can express it. ${o.rounds} interleaved rounds of ≈${o.ms} ms each; medians.`,
    '',
    table(['implementation', 'µs per request (median)', 'requests/s', 'slower than this project'], rows),
    '',
    'The rules engines cannot express the settlement as such: it carries state across a year of bills (personal account, outpatient counter, admissions count, the annual cap axis and the critical-illness bands), which a decision table evaluates one fact set at a time; in both it would be JavaScript around the engine.',
  ].join('\n');
}
