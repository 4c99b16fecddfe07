import type { Bindings } from './env';
import { type Built, unavailable } from './lazy-worker';
import type { ServedBundle } from './tables/served';
import { tablesNeeded } from './http/tables-needed';

/**
 * The Worker's apps, one per route group, each built on the first request that needs it (issue 21: a cold isolate
 * answers its first lookup or calculation without building, or even evaluating, the rest of the API). A table's
 * lookups and each calculator have their own small app: the same middleware and problem answers (src/app-base.ts)
 * with only their routes. Everything else — lists, search, history, batches, the explorer, the docs, and every
 * request a group would not route (another method, an unknown calculator, a trailing slash) — goes to the whole API
 * (src/app.ts), so every answer is the one the whole API gives (test/node/route-groups.test.ts).
 */

/** The lookup routes of a table (src/routes/tables.ts), GET or HEAD. */
const TABLE_LOOKUP = /^\/v1\/tables\/[^/]+(?:\/(?:parameters|scales)\/[^/]+)?$/;
/** A whole table on a date: answered from the prepared lookups without reading the table, when it can be. */
const WHOLE_TABLE = /^\/v1\/tables\/[^/]+$/;
/** A calculator's route (src/routes/calculators.ts), POST. */
const CALCULATOR = /^\/v1\/calculators\/([^/]+)$/;

/** The start of a calculator's group name (`calculator <id>`). */
const CALCULATOR_GROUP = 'calculator ';
/** The calculator a group is of, if any. */
const calculatorOf = (group: string) => (group.startsWith(CALCULATOR_GROUP) ? group.slice(CALCULATOR_GROUP.length) : undefined);

/** The group a request goes to: `tables`, `calculator <id>`, or `api` (the whole API). */
export function groupOf(method: string, path: string, calculators: ReadonlySet<string>): string {
  if ((method === 'GET' || method === 'HEAD') && TABLE_LOOKUP.test(path)) return 'tables';
  if (method === 'POST') {
    // the id as written: an encoded one is left to the whole API, which routes it as it always has
    const id = CALCULATOR.exec(path)?.[1];
    if (id !== undefined && calculators.has(id)) return CALCULATOR_GROUP + id;
  }
  return 'api';
}

/** The request's path, without parsing the whole URL. */
export function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  let end = url.length;
  const q = url.indexOf('?', start);
  if (q >= 0) end = q;
  const h = url.indexOf('#', start);
  if (h >= 0 && h < end) end = h;
  return url.slice(start, end);
}

/** A group's module (a dynamic import each, so a group's modules are evaluated when it is first asked for). */
const moduleOf = (group: string) =>
  group === 'tables' ? import('./app-tables') : calculatorOf(group) !== undefined ? import('./app-calculator') : import('./app');

/** Builds a group's app. */
async function buildGroup(group: string, bundle: ServedBundle): Promise<Built> {
  const m = await moduleOf(group);
  if ('tablesApp' in m) return m.tablesApp(bundle);
  if ('calculatorApp' in m) return m.calculatorApp(bundle, calculatorOf(group)!);
  return m.createApp(bundle);
}

/**
 * Evaluates the modules the first request of an isolate will need while the data's meta is read (src/index.ts): its
 * group's, and the rules of the calculator it asks for.
 */
export function preload(request: Request, calculators: readonly { id: string; load: () => Promise<unknown> }[]): Promise<unknown> {
  const group = groupOf(request.method, pathOf(request.url), new Set(calculators.map((c) => c.id)));
  const id = calculatorOf(group);
  return Promise.all([moduleOf(group), calculators.find((c) => c.id === id)?.load()]);
}

/**
 * One fetch handler over the route groups of one data set. Tests: `options.built` is told each group built;
 * `options.build` builds instead of the group's module.
 */
export function routeGroups(
  bundle: ServedBundle,
  calculators: readonly string[],
  options: { built?: (group: string) => void; build?: (group: string, bundle: ServedBundle) => Promise<Built> } = {},
): Built {
  const ids = new Set(calculators);
  const built = new Map<string, Built>();
  const building = new Map<string, Promise<Built>>();
  return {
    async fetch(request: Request, env: Bindings, ctx: ExecutionContext) {
      const path = pathOf(request.url);
      const group = groupOf(request.method, path, ids);
      const ready = built.get(group);
      if (ready) return ready.fetch(request, env, ctx);
      let app = building.get(group);
      if (!app) {
        // the table the request reads, read while its app is built (the asset's I/O beside the CPU of the build), kept
        // alive for the requests that wait on it; a failed read is answered where a request awaits it
        // (src/http/tables-needed.ts), so it is dropped here
        if (group !== 'api' && !WHOLE_TABLE.test(path)) ctx.waitUntil(bundle.ensure(tablesNeeded(path)).catch(() => undefined));
        app = (options.build ?? buildGroup)(group, bundle).then((a) => {
          built.set(group, a);
          options.built?.(group);
          return a;
        });
        app.catch(() => {
          if (building.get(group) === app) building.delete(group);
        });
        building.set(group, app);
      }
      let app_: Built;
      try {
        app_ = await app;
      } catch (e) {
        // as when the first build fails (src/lazy-worker.ts): a deployment fault, 503, and the next request builds afresh
        console.error(`policy-edge: the ${group} app could not be built: ${e instanceof Error ? e.message : String(e)}`);
        return unavailable();
      }
      return app_.fetch(request, env, ctx);
    },
  };
}
