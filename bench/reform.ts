import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { syntheticPopulation } from '../scripts/lib/synthetic-population';
import type { CompiledBundle } from '../src/tables/model';
import { fmt, fmtInt, max, median, min, table } from './lib/stats';
import { SETTLE } from './lib/requests';
import { ROOT, startDev } from './lib/wrangler';

/**
 * A what-if reform on a SYNTHETIC population (scripts/lib/synthetic-population.ts: made-up persons, not real data), on
 * one `wrangler dev` (--env loadtest): the pooled fund's payments baseline against reform over N persons (one batch,
 * its `reformTotals`), and what a reform costs a request — single requests with and without the reform, interleaved.
 * The reform is stated relative to the workbook's values (read from compiled/), so it carries no policy figure.
 */

export interface ReformOptions {
  rounds: number;
  seconds: number;
  connections: number;
  persons: number;
}

type Totals = Record<string, number | null>;

/** The annual cap a quarter higher, the level-3 deductible a fifth lower, from the coverage start. */
export function benchReformOf(bundle: CompiledBundle) {
  const t = bundle.tables['employee-medical-insurance']!;
  const cap = t.parameters.find((p) => p.key === 'inpatient.annual_cap')!.history.at(-1)!.value as number;
  const row = t.scales.find((s) => s.id === 'inpatient_levels')!.rows.find((r) => r.cells.level === '3')!;
  const from = t.coverage.from;
  return {
    'inpatient.annual_cap': [{ from, value: Math.round(cap * 1.25 * 100) / 100 }],
    'inpatient_levels[level=3].deductible': [{ from, value: Math.round((row.cells.deductible as number) * 0.8 * 100) / 100 }],
  };
}

export async function benchReform(o: ReformOptions): Promise<string> {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'compiled', 'tables.json'), 'utf8')) as CompiledBundle;
  const reform = benchReformOf(bundle);
  const population = syntheticPopulation(o.persons);
  const dev = await startDev();
  try {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(dev.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
      return res.json() as Promise<Record<string, unknown>>;
    };
    const started = performance.now();
    const batch = (await post(`${SETTLE}/batch`, { requests: population.map((p) => ({ ...p, reform })) })) as {
      summary: { ok: number; failed: number };
      reformTotals: { baseline: Totals; reform: Totals; difference: Totals };
    };
    const batchMs = performance.now() - started;
    if (batch.summary.failed) throw new Error(`reform batch: ${batch.summary.failed} of ${o.persons} failed`);
    const fields = ['totals.pooledFund', 'totals.criticalIllness', 'totals.selfBurden'];

    // one synthetic person with a stay in hospital, with and without the reform
    const person = population.find((p) => p.claims.some((c) => c.kind === 'inpatient')) ?? population[0]!;
    const targets = [
      { name: 'plain request', body: JSON.stringify(person) },
      { name: 'request with the reform', body: JSON.stringify({ ...person, reform }) },
    ];
    const run = (body: string, seconds: number) =>
      autocannon({
        url: dev.url + SETTLE,
        connections: o.connections,
        duration: seconds,
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
    for (const t of targets) await run(t.body, 2); // warm-up
    const rps = new Map<string, number[]>(targets.map((t) => [t.name, []]));
    for (let r = 0; r < o.rounds; r++) {
      for (const t of r % 2 ? [...targets].reverse() : targets) {
        const res = await run(t.body, o.seconds);
        if (res.errors || res.timeouts || res.non2xx)
          throw new Error(`${t.name}: ${res.errors} errors, ${res.timeouts} timeouts, ${res.non2xx} non-2xx`);
        rps.get(t.name)!.push(res['2xx'] / res.duration);
        process.stderr.write(`  reform round ${r + 1}/${o.rounds} ${t.name}: ${fmtInt(res['2xx'] / res.duration)} req/s\n`);
      }
    }
    const plain = rps.get(targets[0]!.name)!;
    const reformed = rps.get(targets[1]!.name)!;
    const ratios = plain.map((p, r) => p / reformed[r]!);
    const yuan = (x: number | null | undefined) => (x === null || x === undefined ? '—' : fmtInt(x));
    return [
      '### A what-if reform on a synthetic population (`wrangler dev`)',
      '',
      `**Synthetic data** (scripts/lib/synthetic-population.ts, seeded): ${fmtInt(o.persons)} made-up insured employees, 2015 settlements; not a real population, not a budget estimate. ` +
        `Reform: ${Object.entries(reform)
          .map(([k, v]) => `\`${k}\` = ${v[0]!.value} from ${v[0]!.from}`)
          .join(', ')} (the annual cap a quarter higher, the level-3 deductible a fifth lower than the workbook's). ` +
        `One batch of ${fmtInt(o.persons)} requests, each with the reform: ${fmtInt(batchMs)} ms end to end.`,
      '',
      table(
        ['yuan, over all persons', 'baseline', 'reform', 'difference'],
        fields.map((f) => [
          `\`${f}\``,
          yuan(batch.reformTotals.baseline[f]),
          yuan(batch.reformTotals.reform[f]),
          yuan(batch.reformTotals.difference[f]),
        ]),
      ),
      '',
      `A reform's cost per request: single requests of one synthetic person with a stay in hospital (${targets[0]!.body.length} bytes), ` +
        `${o.rounds} interleaved rounds of ${o.seconds} s over ${o.connections} connections.`,
      '',
      table(
        ['', 'requests/s (median)', 'range'],
        targets.map((t) => {
          const xs = rps.get(t.name)!;
          return [t.name, fmtInt(median(xs)), `${fmtInt(min(xs))}–${fmtInt(max(xs))}`];
        }),
      ),
      '',
      `Time of a reform request / a plain one: **${fmt(median(ratios), 2)} ×** (${fmt(min(ratios), 2)}–${fmt(max(ratios), 2)}): ` +
        'it runs the calculator twice, on the compiled table and on its reformed copy.',
    ].join('\n');
  } finally {
    await dev.stop();
  }
}
