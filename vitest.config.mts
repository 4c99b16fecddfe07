import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';

/**
 * wrangler.toml's [alias] table (parts of zod the Worker bundle replaces, src/bundle-stubs/), applied to the
 * workerd projects too, so their tests run the code that is deployed. Read from wrangler.toml: one list.
 */
function bundleAliasesOf(toml: string) {
  const at = toml.search(/^\[alias\]$/m);
  if (at < 0) throw new Error('wrangler.toml: no [alias] table');
  const lines = toml.slice(at).split('\n').slice(1);
  const end = lines.findIndex((l) => l.startsWith('['));
  return lines
    .slice(0, end < 0 ? undefined : end)
    .filter((l) => l.trim() && !l.trim().startsWith('#'))
    .map((l) => {
      const m = /^"([^"]+)"\s*=\s*"([^"]+)"\s*(#.*)?$/.exec(l.trim());
      if (!m) throw new Error(`wrangler.toml [alias]: cannot read the line ${JSON.stringify(l)}`);
      return { find: m[1]!, replacement: fileURLToPath(new URL(m[2]!, import.meta.url)) };
    });
}
const bundleAliases = bundleAliasesOf(readFileSync(new URL('./wrangler.toml', import.meta.url), 'utf8'));

/**
 * The explorer Worker, as `npm run explorer:build` bundles it (wrangler.explorer.toml), beside the API Worker under
 * test: the API's EXPLORER service binding reaches it as in a deployment.
 */
const explorerWorker = {
  name: 'policy-edge-explorer',
  modules: true,
  scriptPath: fileURLToPath(new URL('./compiled/explorer-worker/explorer-worker.js', import.meta.url)),
  compatibilityDate: '2026-04-01',
  compatibilityFlags: ['nodejs_compat'],
  assets: {
    directory: fileURLToPath(new URL('./compiled/public', import.meta.url)),
    binding: 'ASSETS',
    // run_worker_first (wrangler.explorer.toml): the Worker answers every request, the files are its data
    routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
  },
};

/** Generated cases per property and per fuzzed endpoint: small in `npm test`, FUZZ_RUNS=10000 in `npm run fuzz`. */
const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 200);
/** A fixed seed for `npm test` (FUZZ_SEED overrides); `npm run fuzz` (FUZZ_RUNS set) uses fresh random seeds. */
const fuzzSeed = process.env.FUZZ_RUNS ? undefined : Number(process.env.FUZZ_SEED ?? 20150101);

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'node', include: ['test/node/**/*.test.ts'], environment: 'node', provide: { fuzzRuns, fuzzSeed } },
      },
      {
        // The rate limiter is raised so the many requests of these suites (fuzzing) never meet it; the
        // 'workerd-policy' project below tests the real behaviour with a low limit.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              workers: [explorerWorker],
              ratelimits: {
                RATE_LIMITER: { simple: { limit: 1_000_000_000, period: 60 } },
                BATCH_RATE_LIMITER: { simple: { limit: 1_000_000_000, period: 60 } },
              },
            },
          }),
        ],
        resolve: { alias: bundleAliases },
        test: {
          name: 'workerd',
          include: ['test/worker/**/*.test.ts'],
          setupFiles: ['test/helpers/worker-setup.ts'],
          provide: { fuzzRuns, fuzzSeed },
        },
      },
      {
        // The real request policy with test settings: a rate limit of 5 per 60 s (batches: 2) and a POST origin allow-list.
        // Tests here give each client its own CF-Connecting-IP so only the rate-limit test meets the limit.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              workers: [explorerWorker],
              ratelimits: { RATE_LIMITER: { simple: { limit: 5, period: 60 } }, BATCH_RATE_LIMITER: { simple: { limit: 2, period: 60 } } },
              bindings: { POST_ALLOWED_ORIGINS: 'https://allowed.example, https://second.example' },
            },
          }),
        ],
        resolve: { alias: bundleAliases },
        test: { name: 'workerd-policy', include: ['test/worker-policy/**/*.test.ts'], setupFiles: ['test/helpers/worker-setup.ts'] },
      },
      {
        // Real Chromium (/usr/bin/chromium) against `wrangler dev`: slow to start, so long timeouts; one file at a time.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
