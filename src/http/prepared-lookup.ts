import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { shanghaiDate } from '../engine/lookup';
import { isoDateSchema } from '../tables/model';
import type { ServedBundle } from '../tables/served';
import { tableOnDateRepresentation } from './caching';
import { isLangQuery, resolveLang } from './lang';

/** The query a prepared answer takes: `date` and `lang`, each at most once (anything else is the route's to answer). */
const PREPARED_QUERY = new Set(['date', 'lang']);

/**
 * `GET /v1/tables/{id}?date=&lang=` from the answers the build prepared (src/tables/prepared.ts): placed before the
 * tables are read (src/http/tables-needed.ts), it answers a valid query on a date the table covers with the prepared
 * text, the date put in — the table is not read, nothing parsed or serialised — and leaves everything else to the
 * route (src/routes/tables.ts): an unknown table, a query it would refuse, a date outside the coverage, an answer not
 * prepared or not readable. The headers are the route's (conditionalGet adds the ETag, the same for both ways).
 */
export const preparedLookup =
  (bundle: ServedBundle): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const prepared = bundle.prepared;
    if (!prepared) return next();
    const query = c.req.queries();
    for (const k in query) if (!PREPARED_QUERY.has(k) || query[k]!.length !== 1) return next();
    const asked = query.date?.[0];
    if (asked !== undefined && !isoDateSchema.safeParse(asked).success) return next();
    if (query.lang && !isLangQuery(query.lang[0]!)) return next();
    const id = c.req.param('id');
    if (id === undefined) return next();
    const date = asked ?? shanghaiDate(Date.now());
    const lang = resolveLang(c);
    const body = await prepared.answer(id, date, lang);
    if (!body) return next();
    c.set('representation', tableOnDateRepresentation(id, date, lang));
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  };
