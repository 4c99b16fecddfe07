import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casesOf } from '../../scripts/lib/policy';
import { createApp } from '../../src/app';
import { calculators } from '../../src/policy/index';
import type { CompiledTable } from '../../src/tables/model';
import { loadServed } from '../../src/data';
import { builtAssets } from '../helpers/assets';
import { realBundle } from '../helpers/calc';

/**
 * Every answer people and programs rely on, recorded as a digest so that work on how answers are made (issue 21:
 * prepared lookups, per-table data, a cold isolate) can show it changes none: each calculator's examples and samples
 * (their answers hold both languages); every table, parameter and scale sheet on every date one of its values starts,
 * in both languages. The data's version and hash are left out: a workbook's note or change log moves them, not the
 * answer.
 * An intended change of an answer is an entry in CHANGELOG.md and a new record:
 *
 *   UPDATE_ANSWERS_SNAPSHOT=1 npx vitest run --project node test/node/answers-snapshot.test.ts
 */
const FILE = new URL('../fixtures/answers-snapshot.json', import.meta.url);
const LANGS = ['zh', 'en'] as const;

/** The days a value of the table starts on: the dates its answers can change. */
const startDays = (t: CompiledTable) =>
  [
    ...new Set([
      t.coverage.from,
      ...t.parameters.flatMap((p) => p.history.map((h) => h.from)),
      ...t.scales.flatMap((s) => s.rows.map((r) => r.from)),
    ]),
  ].sort();

/** The requests whose answers are recorded: a name and how to ask. */
function requests(): [string, string, RequestInit][] {
  const out: [string, string, RequestInit][] = [];
  for (const calc of calculators)
    for (const c of casesOf(calc).filter((x) => x.example || x.sample))
      out.push([
        `POST ${calc.id} ${c.id}`,
        `/v1/calculators/${calc.id}`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.request) },
      ]);
  for (const t of Object.values(realBundle().tables))
    for (const day of startDays(t))
      for (const lang of LANGS) {
        const q = `?date=${day}&lang=${lang}`;
        out.push([`GET ${t.id} ${day} ${lang}`, `/v1/tables/${t.id}${q}`, {}]);
        for (const p of t.parameters)
          if (p.history.some((h) => h.from === day))
            out.push([`GET ${t.id}/${p.key} ${day} ${lang}`, `/v1/tables/${t.id}/parameters/${p.key}${q}`, {}]);
        for (const s of t.scales)
          if (s.rows.some((r) => r.from === day))
            out.push([`GET ${t.id}/${s.id} ${day} ${lang}`, `/v1/tables/${t.id}/scales/${s.id}${q}`, {}]);
      }
  return out;
}

/** The answer without the data's version and hash (wherever they are), digested. */
const digest = (status: number, body: string) => {
  const text = JSON.stringify(JSON.parse(body), (k, v) => (k === 'version' || k === 'hash' ? undefined : v));
  return `${status} ${createHash('sha256').update(text).digest('hex').slice(0, 20)}`;
};

describe('the recorded answers', { timeout: 300_000 }, () => {
  it('every example, sample and lookup answers as recorded', async () => {
    const app = createApp(realBundle());
    const now: Record<string, string> = {};
    for (const [name, path, init] of requests()) {
      const res = await app.request(path, init);
      now[name] = digest(res.status, await res.text());
    }
    if (process.env.UPDATE_ANSWERS_SNAPSHOT) {
      writeFileSync(FILE, `${JSON.stringify(now, null, 1)}\n`);
      return;
    }
    expect(existsSync(FILE), 'record the answers first (UPDATE_ANSWERS_SNAPSHOT=1)').toBe(true);
    const before = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
    // names only: the whole list of what changed, added or went missing, rather than the first difference
    const changed = Object.keys({ ...before, ...now }).filter((k) => before[k] !== now[k]);
    expect(changed, `${changed.length} of ${Object.keys(now).length} answers differ from the record`).toEqual([]);
    expect(Object.keys(now).length).toBeGreaterThan(1000);
    // every answer recorded is a real one: no lookup of the record answers an error
    expect(Object.entries(now).filter(([n, d]) => n.startsWith('GET') && !d.startsWith('200 '))).toEqual([]);
  });

  it('the Worker’s way — the index, each table read when a request first needs it, whole-table lookups prepared — answers the same', async () => {
    const { env } = builtAssets();
    const app = createApp(await loadServed(env.ASSETS));
    const before = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
    const changed: string[] = [];
    for (const [name, path, init] of requests()) {
      const res = await app.request(path, init, env);
      if (before[name] !== digest(res.status, await res.text())) changed.push(name);
    }
    expect(changed).toEqual([]);
  });
});
