import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { defaultsApplied } from '../../src/routes/calculators';
import { realBundle } from '../helpers/calc';

describe('defaultsApplied', () => {
  it('names the paths the validated input has and the body as sent lacked, into arrays and nested objects', () => {
    const sent = { year: 2015, person: { scheme: 'B' }, claims: [{ kind: 'a' }, { kind: 'b', location: 'x' }] };
    const validated = {
      year: 2015,
      person: { scheme: 'B', veteran: false },
      claims: [
        { kind: 'a', location: 'local', doses: 0 },
        { kind: 'b', location: 'x', doses: 0 },
      ],
      date: '2026-12-07',
      optional: undefined,
    };
    expect(defaultsApplied(sent, validated)).toEqual([
      '/person/veteran',
      '/claims/0/location',
      '/claims/0/doses',
      '/claims/1/doses',
      '/date',
    ]);
    expect(defaultsApplied({ 'a/b': 1 }, { 'a/b': 1, 'c~d': [] })).toEqual(['/c~0d']);
    expect(defaultsApplied(sent, sent)).toEqual([]);
  });

  it('the calculator route adds it to the answer (through the app: defaults of an enum and a boolean)', async () => {
    const app = createApp(realBundle());
    const res = await app.request('/v1/calculators/employee-medical-contribution', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ year: 2015, scheme: 'B', base: 36000, employed: 10 }),
    });
    const body = (await res.json()) as { defaultsApplied?: string[] };
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.defaultsApplied).toEqual(['/category', '/retired']);
  }, 30_000);
});
