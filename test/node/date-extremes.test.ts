import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { docsOf } from '../../scripts/lib/policy';
import { calculators } from '../../src/policy/index';
import { realBundle } from '../helpers/calc';

/**
 * Every date a request can carry is 0000-01-01 … 9999-12-31. At both ends, every calculator must answer with its
 * result or a 4xx problem — never a 500 — however its date arithmetic runs past the range (npm run fuzz found one
 * that did: BENCHMARKS.md › Fuzzing). Each example of each calculator is sent with every date field, one at a time
 * and all together, set to each end (date-times: the first and last minute).
 */
const ENDS = ['0000-01-01', '9999-12-31'];
const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isDateTime = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v);

/** Paths of the date and date-time strings in a value. */
function datePaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (isDate(v) || isDateTime(v)) return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => datePaths(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => datePaths(x, [...path, k]));
  return [];
}

function setAt(v: unknown, path: (string | number)[], end: string): unknown {
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  node[last] = isDateTime(node[last]) ? (end.startsWith('0000') ? `${end}T00:00` : `${end}T23:59`) : end;
  return copy;
}

describe('dates at the ends of the ISO range', () => {
  const app = createApp(realBundle());
  it.each(calculators.map((c) => [c.id, c] as const))('%s: never a 500', async (id, calc) => {
    let sent = 0;
    for (const ex of Object.values(docsOf(calc).examples)) {
      const paths = datePaths(ex.value);
      for (const end of ENDS) {
        const bodies = [...paths.map((p) => setAt(ex.value, p, end)), paths.reduce((v, p) => setAt(v, p, end), ex.value as unknown)];
        for (const body of bodies) {
          const res = await app.request(`/v1/calculators/${id}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          expect(res.status, `${id} ${JSON.stringify(body)} → ${await res.clone().text()}`).toBeLessThan(500);
          sent++;
        }
      }
    }
    expect(sent).toBeGreaterThan(0);
  });
});
