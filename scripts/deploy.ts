/**
 * npm run deploy [-- wrangler deploy options]: the build, then `wrangler deploy` of each Worker (scripts/lib/workers.ts:
 * the explorer first, so the API's EXPLORER service binding finds it), unless scripts/lib/deploy.ts refuses (the
 * loadtest environment, a loopback PUBLIC_ORIGIN). The origin the build writes into the OpenAPI document is
 * passed to the Worker too (`--var PUBLIC_ORIGIN:…`), so the document and the widget's snippets agree.
 */
import { spawnSync } from 'node:child_process';
import { deployRefusal } from './lib/deploy';
import { publicOrigin } from './lib/public-origin';
import { DEPLOY_ORDER, WORKER_CONFIGS } from './lib/workers';

const args = process.argv.slice(2);
const refusal = deployRefusal(args);
if (refusal) {
  console.error(`✗ ${refusal}`);
  process.exit(2);
}
const origin = publicOrigin();
const run = (cmd: string, cmdArgs: string[]) => {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, PUBLIC_ORIGIN: origin } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npm', ['run', 'build']);
for (const config of DEPLOY_ORDER) {
  const vars = config === WORKER_CONFIGS.api ? ['--var', `PUBLIC_ORIGIN:${origin}`] : [];
  run('npx', ['wrangler', 'deploy', '--config', config, ...vars, ...args]);
}
