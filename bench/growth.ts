import * as XLSX from '@e965/xlsx';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTables, workbookFiles } from '../scripts/lib/build';
import { employeeMedicalSettlement as calc } from '../src/policy/employee-medical-insurance/employee-medical-settlement';
import { calculate } from '../src/engine/calculator';
import { employeeMedicalInsurance as EMI } from '../src/policy/employee-medical-insurance/table';
import { columnOf, editWorkbook } from '../test/helpers/workbooks';
import { settlement } from './lib/requests';
import { fmt, linearFit, median, table, timeSync } from './lib/stats';
import { ROOT } from './lib/wrangler';

/** Cost growth: the settlement against the number of bills, and the table build. */

export async function benchGrowth(o: { rounds: number; ms: number }): Promise<string> {
  const built = buildTables(workbookFiles(join(ROOT, 'tables')));
  if (!built.bundle) throw new Error('the workbooks do not build');
  const bundle = built.bundle;
  const sizes = [1, 10, 100, 1000];
  const inputs = new Map(sizes.map((n) => [n, settlement(n)]));
  for (const [n, input] of inputs) {
    const r = calculate(calc, bundle, calc.input.parse(input));
    if (r.claims.length !== n) throw new Error(`settlement of ${n} bills`);
  }
  const us = new Map<number, number[]>(sizes.map((n) => [n, []]));
  for (const n of sizes) timeSync(() => calculate(calc, bundle, calc.input.parse(inputs.get(n))), o.ms / 2); // warm-up
  for (let r = 0; r < o.rounds; r++) {
    for (let i = 0; i < sizes.length; i++) {
      const n = sizes[(i + r) % sizes.length]!;
      us.get(n)!.push(timeSync(() => calculate(calc, bundle, calc.input.parse(inputs.get(n))), o.ms, 3));
    }
    process.stderr.write(`  growth round ${r + 1}/${o.rounds}\n`);
  }
  const med = sizes.map((n) => median(us.get(n)!));
  const fit = linearFit(sizes, med);
  const settleRows = sizes.map((n, i) => [n, fmt(med[i]! / 1000, 3), fmt(med[i]! / n, 1), fmt(fit.a / 1000 + (fit.b * n) / 1000, 3)]);
  const bytes1000 = JSON.stringify(inputs.get(1000)).length;

  // --- table build --------------------------------------------------------------------------
  const files = workbookFiles(join(ROOT, 'tables'));
  const buildMs: number[] = [];
  for (let r = 0; r < o.rounds; r++) {
    const t0 = performance.now();
    const b = buildTables(files);
    buildMs.push(performance.now() - t0);
    if (!b.bundle) throw new Error('build failed');
  }
  const out = join(mkdtempSync(join(tmpdir(), 'policy-edge-bench-')), 'tables.json');
  const cli = (dir: string) => {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-tables.ts', '--tables', dir, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (res.status !== 0) throw new Error(res.stderr);
    return performance.now() - t0;
  };
  const cliMs: number[] = [];
  for (let r = 0; r < o.rounds; r++) cliMs.push(cli(join(ROOT, 'tables')));

  // synthetic: the real workbook with 10 000 more (informational) parameter rows
  const dir = mkdtempSync(join(tmpdir(), 'policy-edge-bench-'));
  const file = join(dir, `${EMI.id}.xlsx`);
  copyFileSync(join(ROOT, 'tables', `${EMI.id}.xlsx`), file);
  editWorkbook(file, (wb) => {
    const ws = wb.Sheets.parameters!;
    const range = XLSX.utils.decode_range(ws['!ref']!);
    const col = (id: string) => columnOf(ws, id);
    const template = range.e.r + 1; // last row (1-based) as a template for the citation columns
    for (let i = 1; i <= 10_000; i++) {
      const r = range.e.r + 1 + i;
      ws[`${col('key')}${r}`] = { t: 's', v: `synthetic.row_${String(i).padStart(5, '0')}` };
      ws[`${col('label_zh')}${r}`] = { t: 's', v: `合成参数 ${i}` };
      ws[`${col('label_en')}${r}`] = { t: 's', v: `Synthetic parameter ${i}` };
      ws[`${col('value')}${r}`] = { t: 'n', v: i * 10 };
      ws[`${col('unit')}${r}`] = { t: 's', v: 'CNY' };
      ws[`${col('effective_from')}${r}`] = { t: 's', v: '2015-01-01' };
      for (const c of ['source', 'article']) ws[`${col(c)}${r}`] = { ...ws[`${col(c)}${template}`] };
    }
    range.e.r += 10_000;
    ws['!ref'] = XLSX.utils.encode_range(range);
  });
  const synthSize = statSync(file).size;
  const synthMs: number[] = [];
  let synthRows = 0;
  for (let r = 0; r < o.rounds; r++) {
    const t0 = performance.now();
    const b = buildTables([file]);
    synthMs.push(performance.now() - t0);
    if (!b.bundle) throw new Error(b.problems.map((p) => p.en).join('\n'));
    synthRows = b.bundle.tables[EMI.id]!.parameters.length;
  }
  const synthCli = median(Array.from({ length: Math.min(o.rounds, 3) }, () => cli(dir)));
  rmSync(dir, { recursive: true, force: true });

  return [
    '### Cost growth',
    '',
    `Settlement (\`calc.input.parse\` + \`run\`, with the full trace) in Node, bills of every kind spread over the year; ${o.rounds} interleaved rounds, medians.`,
    '',
    table(['bills', 'ms per settlement', 'µs per bill', 'linear fit (ms)'], settleRows),
    '',
    `Least-squares fit: **${fmt(fit.b, 1)} µs per bill** + ${fmt(fit.a, 0)} µs fixed, R² = ${fmt(fit.r2, 4)}. (A 1000-bill request is ${Math.round(bytes1000 / 1024)} KB of JSON, over the 64 KB body limit: over HTTP about 900 bills fit.)`,
    '',
    table(
      ['table build', 'median', 'range'],
      [
        [
          `all real workbooks (${files.length}), \`buildTables\` in process`,
          `${fmt(median(buildMs), 0)} ms`,
          `${fmt(Math.min(...buildMs), 0)}–${fmt(Math.max(...buildMs), 0)} ms`,
        ],
        [
          'all real workbooks, the CLI (`node --import tsx scripts/build-tables.ts`, process start included)',
          `**${fmt(median(cliMs), 0)} ms**`,
          `${fmt(Math.min(...cliMs), 0)}–${fmt(Math.max(...cliMs), 0)} ms`,
        ],
        [
          `synthetic workbook, ${synthRows.toLocaleString('en-US')} parameter rows (${Math.round(synthSize / 1024)} KB), in process`,
          `${fmt(median(synthMs), 0)} ms`,
          `${fmt(Math.min(...synthMs), 0)}–${fmt(Math.max(...synthMs), 0)} ms`,
        ],
        ['synthetic workbook, the CLI', `${fmt(synthCli, 0)} ms`, ''],
      ],
    ),
  ].join('\n');
}
