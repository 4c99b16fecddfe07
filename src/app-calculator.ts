import { apiBase, withProblemAnswers } from './app-base';
import { calculatorRoutes } from './routes/calculators';
import type { ServedBundle } from './tables/served';

/** The Worker's app for one calculator: the whole API's middleware, that calculator's route alone (src/route-groups.ts). */
export function calculatorApp(bundle: ServedBundle, id: string) {
  const app = apiBase(bundle);
  const routed = app.route('/', calculatorRoutes(bundle, { only: id }));
  withProblemAnswers(app, routed);
  return routed;
}
