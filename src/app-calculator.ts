import { apiWith } from './app-base';
import { calculatorRoutes } from './routes/calculators';
import type { ServedBundle } from './tables/served';

/** The Worker's app for one calculator: the whole API's middleware, that calculator's route alone (src/route-groups.ts). */
export const calculatorApp = (bundle: ServedBundle, id: string) => apiWith(bundle, calculatorRoutes(bundle, { only: id }));
