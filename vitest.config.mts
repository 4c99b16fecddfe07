import { defineConfig } from 'vitest/config';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';

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
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' }, miniflare: { ratelimits: { RATE_LIMITER: { simple: { limit: 1_000_000_000, period: 60 } } } } })],
        test: { name: 'workerd', include: ['test/worker/**/*.test.ts'], setupFiles: ['test/helpers/worker-setup.ts'], provide: { fuzzRuns, fuzzSeed } },
      },
      {
        // The real request policy with test settings: a rate limit of 5 per 60 s and a POST origin allow-list.
        // Tests here give each client its own CF-Connecting-IP so only the rate-limit test meets the limit.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              ratelimits: { RATE_LIMITER: { simple: { limit: 5, period: 60 } } },
              bindings: { POST_ALLOWED_ORIGINS: 'https://allowed.example, https://second.example' },
            },
          }),
        ],
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
