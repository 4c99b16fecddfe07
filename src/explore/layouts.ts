import type { CompiledBundle } from '../tables/model';
import { type Ctx, paginate, type TableLayout } from './render';

/**
 * The page layouts of a bundle's tables, kept for the recent (table, language, date) triples: a layout renders every
 * row once, so the table pages and the links of search hits (which page of a table holds an anchor) share them.
 */
const caches = new WeakMap<CompiledBundle, Map<string, TableLayout>>();

export function layoutOf(bundle: CompiledBundle, ctx: Ctx, id: string, date: string): TableLayout {
  let cache = caches.get(bundle);
  if (!cache) caches.set(bundle, (cache = new Map()));
  const key = `${id}|${ctx.lang}|${ctx.explicitLang}|${ctx.today}|${date}`;
  let l = cache.get(key);
  if (!l) {
    if (cache.size > 200) cache.clear();
    l = paginate(ctx, bundle.tables[id]!, date);
    cache.set(key, l);
  }
  return l;
}

/**
 * The page of a table holding an anchor (1 when it has none): the same in both languages, since pages break at the
 * same rows in both (paginate measures each row in both).
 */
export const pageOf = (bundle: CompiledBundle, ctx: Ctx, id: string, date: string, anchor: string): number =>
  anchor ? (layoutOf(bundle, ctx, id, date).anchors.get(anchor) ?? 1) : 1;
