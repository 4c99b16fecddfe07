import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileFile } from '../../scripts/lib/build';
import { casesOf } from '../../scripts/lib/policy';
import { createSiteApp } from '../helpers/site-app';
import { calculators } from '../../src/policy/index';
import { realBundle } from '../helpers/calc';

/**
 * Issue 18 item 5: what a workbook keeps for maintainers (maintainer_note, meta.maintainer, the maintainers' lines
 * of the change log) is shown by tables:check only. Every public route is crawled, in both languages, and no
 * maintainer text of any workbook, nor a tell-tale of one, may be in an answer.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const PUBLIC_ASSETS = join(ROOT, 'compiled', 'public');
/** The Worker's ASSETS binding, from the files `npm run build` wrote (the catalogue, the OpenAPI document). */
const env = {
  ASSETS: {
    fetch: async (req: Request | string) => {
      const file = join(PUBLIC_ASSETS, new URL(typeof req === 'string' ? req : req.url).pathname);
      return existsSync(file) ? new Response(readFileSync(file)) : new Response('not found', { status: 404 });
    },
  },
};
const app = createSiteApp(realBundle());

/** Kinds of text that belong to maintainers only: a tell-tale anywhere in a public answer. */
const TELL_TALES: [string, RegExp][] = [
  ['gazette copy file', /gazette-decoded/i],
  ['gazette line numbers', /\blines? \d{3,}|第\s*\d{3,}\s*行/i],
  ['reading id', /\bReading R\d/],
  ['repository file', /\b[\w.-]+\.md\b/],
  ['placeholder', /\bTODO\b/],
  ["maintainer's signature", /维护：|policy-edge data team/i],
  ['a note object printed as text', /\[object Object\]/],
  ["a developer's word for the service", /本接口|\bthis API\b/i],
];

/** The maintainers' texts of every workbook, as tables:check shows them. */
function maintainerTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const f of readdirSync(join(ROOT, 'tables')).filter((n) => n.endsWith('.xlsx'))) {
    const { maintainer } = compileFile(join(ROOT, 'tables', f));
    if (maintainer.maintainer) out.push({ where: `${f} meta.maintainer`, text: maintainer.maintainer });
    for (const n of maintainer.notes) out.push({ where: `${f} ${n.sheet}!${n.cell}`, text: n.text });
    for (const l of maintainer.log) if (l.note) out.push({ where: `${f} changelog!${l.cell}`, text: l.note });
  }
  return out;
}

/** Every text of an answer: the string values of JSON, the text of HTML with its entities read. */
function textsOf(body: string, type: string, into: Set<string>) {
  if (type.includes('json')) {
    const walk = (v: unknown): void => {
      if (typeof v === 'string') into.add(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          into.add(k);
          walk(x);
        }
    };
    walk(JSON.parse(body));
  } else
    into.add(
      body
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
}

const seen = new Set<string>();
const answered: { path: string; status: number }[] = [];
async function crawl(path: string, init?: RequestInit) {
  const res = await app.request(path, init, env);
  answered.push({ path: `${init?.method ?? 'GET'} ${path}`, status: res.status });
  const body = await res.text();
  textsOf(body, res.headers.get('content-type') ?? '', seen);
  return { res, body };
}

beforeAll(async () => {
  const bundle = realBundle();
  const dates = ['2014-12-31', '2015-06-01', '2026-12-07'];
  for (const lang of ['zh-CN', 'en']) {
    const q = (extra = '') => `?lang=${lang}${extra}`;
    await crawl(`/${q()}`);
    await crawl(`/docs`);
    await crawl(`/openapi.json`);
    await crawl(`/v1/tables${q()}`);
    await crawl(`/v1/calculators${q()}`);
    await crawl(`/explore${q()}`);
    for (const t of Object.values(bundle.tables)) {
      await crawl(`/v1/tables/${t.id}${q()}`);
      for (const d of dates) await crawl(`/v1/tables/${t.id}${q(`&date=${d}`)}`);
      await crawl(`/v1/tables/${t.id}/versions${q()}`);
      await crawl(`/v1/tables/${t.id}/changes${q('&from=2014-06-01&to=2026-12-07')}`);
      await crawl(`/v1/tables/${t.id}/changes${q('&from=2015-01-01&to=2015-12-31')}`);
      for (const p of t.parameters) {
        await crawl(`/v1/tables/${t.id}/parameters/${p.key}${q()}`);
        await crawl(`/v1/tables/${t.id}/parameters/${p.key}${q('&date=2015-06-01')}`);
      }
      for (const s of t.scales) {
        await crawl(`/v1/tables/${t.id}/scales/${s.id}${q()}`);
        for (const d of dates) await crawl(`/v1/tables/${t.id}/scales/${s.id}${q(`&date=${d}`)}`);
      }
      for (let page = 1; ; page++) {
        const r = await crawl(`/explore/${t.id}${q(`&page=${page}`)}`);
        if (r.res.status !== 200) break;
      }
      await crawl(`/explore/${t.id}${q('&date=2014-12-31')}`);
      await crawl(`/explore${q(`&q=${encodeURIComponent(t.title.zh.slice(0, 4))}`)}`);
    }
    // every calculator: its examples from the catalogue, and every case (answers and refusals, whose problems carry
    // the parameter and its note)
    const catalogue = (await (await app.request(`/v1/calculators${q()}`, undefined, env)).json()) as {
      calculators: { endpoint: string; examples: Record<string, { value: unknown }> }[];
    };
    for (const c of catalogue.calculators)
      for (const ex of Object.values(c.examples))
        await crawl(c.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': lang },
          body: JSON.stringify(ex.value),
        });
    for (const calc of calculators)
      for (const c of casesOf(calc))
        await crawl(`/v1/calculators/${calc.id}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': lang },
          body: JSON.stringify(c.request),
        });
  }
}, 600_000);

describe('no maintainer note is reachable through any public route (all tables)', { timeout: 120_000 }, () => {
  it('the crawl reached the routes (answers, not errors)', () => {
    const ok = answered.filter((a) => a.status === 200).length;
    expect(answered.filter((a) => a.status >= 500)).toEqual([]);
    expect(ok).toBeGreaterThan(3000);
    // the API description and the catalogue are served (from the built assets)
    expect(answered.filter((a) => /\/openapi\.json|\/v1\/calculators\?/.test(a.path)).every((a) => a.status === 200)).toBe(true);
  });

  it('the crawl reads the public notes (so it would read a maintainer note served in their place)', () => {
    const corpus = [...seen].join('\n');
    const notes = Object.values(realBundle().tables).flatMap((t) => [
      ...t.sources.flatMap((s) => (s.note ? [s.note.zh, s.note.en] : [])),
      ...t.parameters.flatMap((p) => p.history.flatMap((h) => (h.note ? [h.note.zh, h.note.en] : []))),
      ...t.scales.flatMap((s) => s.rows.flatMap((r) => (r.note ? [r.note.zh, r.note.en] : []))),
    ]);
    expect(notes.length).toBeGreaterThan(500);
    expect(notes.filter((n) => !corpus.includes(n))).toEqual([]);
  });

  it('no maintainer text of any workbook appears in any answer', () => {
    const corpus = [...seen].join('\n');
    const texts = maintainerTexts();
    // every workbook has maintainers' notes: the test reads them
    expect(new Set(texts.map((t) => t.where.split(' ')[0])).size).toBe(
      readdirSync(join(ROOT, 'tables')).filter((n) => n.endsWith('.xlsx')).length,
    );
    // a short remark ("See X.") could be any public sentence: the distinctive ones are checked whole
    const distinctive = texts.filter((t) => t.text.trim().length >= 16);
    expect(distinctive.length).toBeGreaterThan(500);
    const found = distinctive.filter((t) => corpus.includes(t.text.trim()));
    expect(found).toEqual([]);
  });

  it('no tell-tale of maintainers’ text appears in any answer', () => {
    const hits = [...seen].flatMap((text) =>
      TELL_TALES.flatMap(([what, re]) => {
        const m = re.exec(text);
        return m ? [`${what}: …${text.slice(Math.max(0, m.index - 60), m.index + 60)}…`] : [];
      }),
    );
    expect(hits).toEqual([]);
  });
});
