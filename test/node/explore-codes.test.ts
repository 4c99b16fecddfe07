import { describe, expect, it } from 'vitest';
import { createSiteApp } from '../helpers/site-app';
import { realBundle } from '../helpers/calc';

/**
 * Every sheet cell of every explorer table page reads as words, in Chinese and in English (issue 18): no code
 * (`level1_essential_drugs`, `haiyan_county`, `A`, `IV`), no list of parameter keys, no "中文 / English" cell in
 * one language's page. Codes are shown in the words the workbooks give them (`<column>_zh` / `<column>_en`).
 */

const bundle = realBundle();
const app = createSiteApp(bundle);

/** a snake_case or dotted key anywhere in a cell: `level1_essential_drugs`, `tia.school_classes_min` */
const SNAKE = /(?:^|[^A-Za-z0-9_.])[a-z][a-z0-9]*(?:\.[a-z0-9_]+)*_[a-z0-9_.]*[a-z0-9](?=$|[^A-Za-z0-9_])/;
/** a cell that is nothing but a code: `referral-other`, `as-treated`, `A`, `IV` (and in Chinese, `blue`, `urban`) */
const WHOLE_CODE = /^(?:[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+|[A-Z]|I{1,3}|IV|V)$/;
const BARE_WORD_ZH = /^[a-z][a-z0-9]*$/;
/** "中文 / English" in one cell */
const MIXED = /\p{Script=Han}[^/]*\s\/\s+[A-Za-z]/u;

/** The text of each innermost cell of the pages' data tables, by line (a cell may hold a value and its period). */
function cellsOf(body: string): string[] {
  const out: string[] = [];
  for (const table of body.matchAll(/<table class="(?:params|rows|history)"[\s\S]*?<\/table>/g))
    for (const m of table[0].matchAll(/<td[^>]*>((?:(?!<td)[\s\S])*?)<\/td>/g))
      for (const line of m[1]!.split(/<br>/))
        out.push(
          line
            .replace(/<[^>]+>/g, '')
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&#39;/g, "'")
            .trim(),
        );
  return out.filter(Boolean);
}

async function pagesOf(path: string): Promise<string[]> {
  const out: string[] = [];
  for (let page = 1; ; page++) {
    const res = await app.request(`${path}${path.includes('?') ? '&' : '?'}page=${page}`);
    if (res.status === 404) return out;
    expect(res.status).toBe(200);
    out.push(await res.text());
  }
}

/** What a citizen would find unreadable in a page's cells. */
function findings(body: string, lang: 'zh' | 'en'): string[] {
  return cellsOf(body).filter(
    (text) =>
      SNAKE.test(text.replace(/https?:\/\/\S+/g, '')) ||
      WHOLE_CODE.test(text) ||
      (lang === 'zh' && BARE_WORD_ZH.test(text)) ||
      MIXED.test(text),
  );
}

describe('explorer table pages show words, not codes', () => {
  const ids = Object.keys(bundle.tables);

  it.each(ids)('%s: every cell in Chinese and in English', async (id) => {
    const found: string[] = [];
    for (const [lang, query] of [
      ['zh', ''],
      ['en', '?lang=en'],
    ] as const) {
      // all rows: the date of the table's start shows every row too (rows not in force are listed, greyed)
      for (const body of await pagesOf(`/explore/${id}${query}`)) for (const f of findings(body, lang)) found.push(`${lang}: ${f}`);
    }
    expect([...new Set(found)]).toEqual([]);
  });

  it('a code shows its words: the resident outpatient facility kinds, an official, an enum parameter', async () => {
    const page = async (path: string) => (await pagesOf(path)).join('\n');
    const resident = await page('/explore/resident-medical-insurance');
    expect(resident).toContain('实行国家基本药物制度的一级及以下医疗机构');
    expect(resident).not.toContain('level1_essential_drugs');
    const residentEn = await page('/explore/resident-medical-insurance?lang=en');
    expect(residentEn).toContain('Level-1 or lower facility under the national essential-drugs system');
    const bodies = await page('/explore/municipal-coordination-bodies');
    expect(bodies).toContain('<td data-label="主要负责人分组">肖培生</td>');
    expect(await page('/explore/emission-rights')).toContain('从大到小');
  });

  it('a parameter-key column names the parameters; a "中文 / English" cell shows one language', async () => {
    const permits = await page('/explore/residence-permits');
    expect(permits).toContain('相关参数');
    expect(cellsOf(permits).filter((c) => /residence_permit\.proof\./.test(c))).toEqual([]);
    const military = await page('/explore/military-family-employment');
    const militaryEn = await page('/explore/military-family-employment?lang=en');
    expect(military).toContain('烈士遗属');
    expect(military).not.toContain('survivors of martyrs');
    expect(militaryEn).toContain('survivors of martyrs');
    expect(militaryEn).not.toContain('烈士遗属 /');
  });
});

async function page(path: string): Promise<string> {
  return (await pagesOf(path)).join('\n');
}
