/**
 * npm run bench [-- --only cold,http,batch,reform,peers,growth,parts,footprint,studio] [--rounds 5] [--seconds 5] [--connections 16] [--persons 1000]
 *
 * Prints Markdown sections with the figures (progress goes to stderr). Ratios are measured side by side
 * in interleaved rounds of one run, medians of ≥ 5 rounds, because the machine is shared and noisy.
 */
import { parseArgs } from 'node:util';
import { benchBatch } from './batch';
import { benchColdStart } from './cold-start';
import { benchFootprint } from './footprint';
import { benchGrowth } from './growth';
import { benchHttp } from './http';
import { benchParts } from './parts';
import { benchPeers } from './peers';
import { benchReform } from './reform';
import { benchStudio } from './studio';
import { machine } from './lib/stats';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'cold,http,batch,reform,peers,growth,parts,footprint,studio' },
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '16' },
    // the synthetic persons of the reform run (one batch: at most 1 000)
    persons: { type: 'string', default: '1000' },
  },
});
const only = new Set(values.only!.split(','));
const rounds = Math.max(1, Number(values.rounds));
const started = new Date();
const sections: string[] = [
  `## npm run bench — ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `Command: \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\``,
  '',
  `Machine at the start: ${machine()}.`,
];
const run = async (name: string, f: () => Promise<string>) => {
  if (!only.has(name)) return;
  process.stderr.write(`${name}…\n`);
  sections.push('', await f());
};
await run('cold', () => benchColdStart({ rounds: Math.max(rounds, 7) }));
await run('http', () => benchHttp({ rounds, seconds: Number(values.seconds), connections: Number(values.connections) }));
await run('batch', () => benchBatch({ rounds, seconds: Number(values.seconds), connections: Number(values.connections) }));
await run('reform', () =>
  benchReform({ rounds, seconds: Number(values.seconds), connections: Number(values.connections), persons: Number(values.persons) }),
);
await run('peers', () => benchPeers({ rounds, ms: 1000 }));
await run('growth', () => benchGrowth({ rounds, ms: 1000 }));
await run('parts', () => benchParts({ rounds, ms: 1000 }));
await run('footprint', () => benchFootprint({ runs: Math.max(rounds, 5) }));
await run('studio', () => benchStudio({ rounds }));
sections.push('', `Machine at the end: ${machine()}; ${Math.round((Date.now() - started.getTime()) / 1000)} s in all.`);
console.log(sections.join('\n'));
