import compiled from '../../compiled/tables.json';
import { createApp } from '../../src/app';
import type { CompiledBundle } from '../../src/tables/model';

/**
 * The bundle `npm run tables:build` wrote (compiled/tables.json — the same bytes as the Worker's asset)
 * and an app built over it, for harnesses that call the app directly (fuzzing past the SELF.fetch
 * slowdown, the soak's route list). The Worker itself reads the data from its ASSETS binding (src/data.ts).
 */
export const bundle = compiled as unknown as CompiledBundle;
export const app = createApp(bundle);
