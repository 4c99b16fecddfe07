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

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The cells of a sheet's table (the one captioned `caption`, on every page it is split over), by their column's heading. */
function sheetCells(body: string, caption: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const table of body.matchAll(/<table class="rows"><caption class="sr">([\s\S]*?)<\/caption>[\s\S]*?<\/table>/g)) {
    if (decode(table[1]!) !== caption) continue;
    for (const m of table[0].matchAll(/<td data-label="([^"]*)">([\s\S]*?)<\/td>/g)) {
      const label = decode(m[1]!);
      out.set(label, [...(out.get(label) ?? []), decode(m[2]!.replace(/<[^>]+>/g, ' ')).trim()]);
    }
  }
  return out;
}

/**
 * Chinese an English cell may quote: a document number (嘉政发〔2014〕87号), an article (第二十五条, 三（七）), a term glossed
 * in brackets ("leader (组长)").
 */
const QUOTED = [
  /\S*〔\d{4}〕\d+号/gu,
  /\([^()]*\)/g,
  /第[一二三四五六七八九十百零]+条/gu,
  /[一二三四五六七八九十]+(?:（[一二三四五六七八九十]+）)+\d*/gu,
];
const HAN = /\p{Script=Han}/u;

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

  // issue "Public pages a citizen can trust": a text column has its English beside its Chinese (`<x>_zh` / `<x>_en`,
  // refused by the build otherwise), and the English page shows the English one
  it.each(ids)('%s: the text columns of the English page are in English', async (id) => {
    const body = (await pagesOf(`/explore/${id}?lang=en`)).join('\n');
    const found: string[] = [];
    for (const s of bundle.tables[id]!.scales) {
      const cells = sheetCells(body, s.label.en);
      for (const c of s.columns.filter((x) => x.unit === 'text' && /_(?:zh|en)$/.test(x.id)))
        for (const text of cells.get(c.label.en) ?? []) {
          const own = QUOTED.reduce((t, q) => t.replace(q, ''), text);
          if (HAN.test(own)) found.push(`${s.id} › ${c.id}: ${text}`);
        }
    }
    expect(found).toEqual([]);
  });

  it('the columns that were in Chinese only read in English: the alert levels, the bus lanes, the emission classes', async () => {
    const alerts = sheetCells(await page('/explore/air-pollution-alerts?lang=en'), 'Warning levels by forecast city AQI');
    expect(alerts.get('Name (English)')).toContain('Level-4 warning (blue warning)');
    expect(alerts.get('Trigger text (English)')).toContain(
      "Monitoring and forecasts show that the city's air quality over the coming 1 day will be heavy pollution, that is, an air quality index (AQI) between 201 and 300.",
    );
    expect([...alerts.keys()].filter((l) => /Chinese/.test(l))).toEqual([]);
    const lanes = sheetCells(await page('/explore/bus-priority-city?lang=en'), 'Bus-lane corridors ("four east–west, three north–south")');
    expect(lanes.get('To (English)')).toContain('Jiaxing South Railway Station');
    const lanesZh = sheetCells(await page('/explore/bus-priority-city'), '公交专用道“四横三纵”');
    expect(lanesZh.get('终点')).toContain('嘉兴南站');
    const classes = await page('/explore/emission-rights?lang=en');
    expect(classes).toContain('The top third of the industry ranking are encouraged-class enterprises');
    expect(classes).not.toContain('行业排名前三分之一为鼓励类企业');
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
