import { apiBase, withProblemAnswers } from './app-base';
import { batchRoutes } from './routes/batch';
import { calculatorRoutes } from './routes/calculators';
import { type Explorer, exploreRoutes } from './routes/explore';
import { historyRoutes } from './routes/history';
import { searchRoutes } from './routes/search';
import { systemRoutes } from './routes/system';
import { studioRoutes, tableDataRoutes } from './routes/studio';
import { tableRoutes } from './routes/tables';
import { widgetRoutes } from './routes/widget';
import type { CompiledBundle } from './tables/model';
import { type ServedBundle, servedOf } from './tables/served';

/**
 * Builds the whole API around one compiled bundle. The Worker entry (src/index.ts) passes the bundle
 * compiled from tables/; tests pass bundles compiled from edited copies. The explorer's pages come from the EXPLORER
 * service binding unless `options.explorer` is given (Node and tests: `explorerInProcess(bundle)`).
 */
export function createApp(data: CompiledBundle | ServedBundle, options: { explorer?: Explorer } = {}) {
  // a whole bundle (Node, tests) or the tables read as requests need them (the Worker: src/data.ts loadServed)
  const bundle = servedOf(data);
  const app = apiBase(bundle);

  const routed = app
    .route('/', tableRoutes(bundle))
    .route('/', tableDataRoutes(bundle))
    .route('/', historyRoutes(bundle))
    .route('/', calculatorRoutes(bundle))
    .route('/', batchRoutes(bundle))
    .route('/', exploreRoutes(options.explorer))
    .route('/', searchRoutes(bundle))
    .route('/', systemRoutes(bundle));
  // The embeddable widget's script and demo page (not API routes, so not part of the typed client).
  app.route('/', widgetRoutes());
  app.route('/', studioRoutes());

  withProblemAnswers(app, routed);
  return routed;
}

export type App = ReturnType<typeof createApp>;
