import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import type { AppType } from '../../src/index';
import { realBundle } from '../helpers/calc';

describe('typed client (hono/client)', () => {
  it('queries a table with typed params and a typed response', async () => {
    const app = createApp(realBundle());
    const client = hc<AppType>('http://localhost', { fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init) });
    const res = await client.v1.tables[':id'].$get({
      param: { id: 'employee-medical-insurance' },
      query: { date: '2015-06-01', lang: 'en' },
    });
    expect(res.status).toBe(200);
    if (!res.ok) throw new Error('unreachable');
    const body = await res.json();
    const cap = body.parameters.find((p) => p.key === 'inpatient.annual_cap');
    expect(cap?.value).toBe(200000);
    expect(body.lang).toBe('en');
  });
});
