import type { Context } from 'hono';
import type { Localized } from '../tables/model';

export type Lang = 'zh-CN' | 'en';

/** What ?lang= takes, in any letter case (`EN`, `zh-cn`), as Accept-Language does (RFC 4647 tags are case-insensitive). */
export const LANG_QUERY_VALUES = ['zh', 'zh-CN', 'en'] as const;
export const isLangQuery = (v: string) => LANG_QUERY_VALUES.some((x) => x.toLowerCase() === v.toLowerCase());

/** ?lang= wins over Accept-Language; anything not English reads Chinese (the product's first language). */
export function resolveLang(c: Context): Lang {
  const q = c.req.query('lang');
  if (q) return q.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  const header = c.req.header('accept-language') ?? '';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { tag: (tag ?? '').toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('zh')) return 'zh-CN';
  }
  return 'zh-CN';
}

export const pick = (l: Localized, lang: Lang) => (lang === 'en' ? l.en : l.zh);

export const NOT_PUBLISHED: Localized = { zh: '原文未公布', en: 'not published in the source' };
