/**
 * npm run deploy [-- wrangler deploy options]: the build, then `wrangler deploy`, unless scripts/lib/deploy.ts refuses
 * (the loadtest environment, a loopback PUBLIC_ORIGIN). The origin the build writes into the OpenAPI document is
 * passed to the Worker too (`--var PUBLIC_ORIGIN:…`), so the document and the widget's snippets agree.
 */
import { spawnSync } from 'node:child_process';
import { deployRefusal } from './lib/deploy';
import { publicOrigin } from './lib/public-origin';

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
run('npx', ['wrangler', 'deploy', '--var', `PUBLIC_ORIGIN:${origin}`, ...args]);
