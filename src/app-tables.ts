import { apiBase, withProblemAnswers } from './app-base';
import { tableRoutes } from './routes/tables';
import type { ServedBundle } from './tables/served';

/** The Worker's app for a table's lookups: the whole API's middleware, the table routes alone (src/route-groups.ts). */
export function tablesApp(bundle: ServedBundle) {
  const app = apiBase(bundle);
  const routed = app.route('/', tableRoutes(bundle));
  withProblemAnswers(app, routed);
  return routed;
}
