/**
 * npx tsx scripts/synthetic-population.ts [--n 100] [--seed 20150101]: prints a SYNTHETIC population (made-up persons, not real data) as
 * the body of a batch of employee medical settlements, for trying reforms against: see README › What-if reforms.
 */
import { parseArgs } from 'node:util';
import { SYNTHETIC_SEED, syntheticPopulation } from './lib/synthetic-population';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '100' }, seed: { type: 'string', default: String(SYNTHETIC_SEED) } },
});
console.log(JSON.stringify({ requests: syntheticPopulation(Number(values.n), Number(values.seed)) }));
