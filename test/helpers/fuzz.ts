import fc from 'fast-check';
import { inject } from 'vitest';

declare module 'vitest' {
  interface ProvidedContext {
    /** fast-check runs per property / requests per endpoint: 200 in `npm test`, FUZZ_RUNS (10 000) in `npm run fuzz` */
    fuzzRuns: number;
    /** fixed fast-check seed in `npm test` (reproducible CI); absent in `npm run fuzz`, which explores new seeds */
    fuzzSeed: number | undefined;
  }
}

/** How many generated cases each property or endpoint gets (see vitest.config.mts). */
export const fuzzRuns = (): number => inject('fuzzRuns') ?? 200;

/** A test timeout that grows with the run count (ms per case, plus a fixed allowance). */
export const fuzzTimeout = (msPerCase: number, base = 30_000): number => base + fuzzRuns() * msPerCase;

// npm test replays one fixed seed so a CI run is reproducible; npm run fuzz draws fresh seeds to find new cases.
const seed = inject('fuzzSeed');
if (seed !== undefined) fc.configureGlobal({ seed });
