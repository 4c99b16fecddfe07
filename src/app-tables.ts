import { apiWith } from './app-base';
import { tableRoutes } from './routes/tables';
import type { ServedBundle } from './tables/served';

/** The Worker's app for a table's lookups: the whole API's middleware, the table routes alone (src/route-groups.ts). */
export const tablesApp = (bundle: ServedBundle) => apiWith(bundle, tableRoutes(bundle));
