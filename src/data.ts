import compiled from '../compiled/tables.json';
import type { CompiledBundle } from './tables/model';

/** The bundle compiled from tables/*.xlsx by `npm run tables:build` (git-ignored; rebuilt by npm start/test). */
export const bundle = compiled as unknown as CompiledBundle;
