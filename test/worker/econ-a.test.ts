import { describe, expect, it } from 'vitest';
import { post } from '../helpers/http';

type Step = { name: { zh: string; en: string }; rule: string; parameters: string[] };
type Trace = { parameters: Record<string, { table: string; version: string }>; steps: Step[] };

const ALERT = '/v1/calculators/air-pollution-alert';

/**
 * The answers of air-pollution-alert, emission-rights-class and emission-rights-price to their requests are cases
 * (src/policy/<table>/<calculator>.cases.json, run through the Worker by cases.test.ts); what stays here reads `data`,
 * which only the route adds.
 */

describe('POST /v1/calculators/air-pollution-alert', () => {
  it('250 then 320 → yellow, III, every step citing 嘉政办发〔2014〕99号', async () => {
    const res = await post(ALERT, {
      forecast: [
        { date: '2015-01-10', aqi: 250 },
        { date: '2015-01-11', aqi: 320 },
      ],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      level: string;
      responseLevel: string;
      measures: unknown[];
      trace: Trace;
      data: { table: string; version: string };
    };
    expect(body).toMatchObject({ level: 'yellow', responseLevel: 'III', signedBy: { role: 'emergency-office-director' } });
    expect(body.measures).toHaveLength(7);
    expect(body.data.table).toBe('air-pollution-alerts');
    expect(body.trace.steps.map((s) => s.name.en)).toEqual([
      'test red warning',
      'test orange warning',
      'test yellow warning',
      'test blue warning',
      'warning level',
      'response level',
      'signed by',
      'measures',
    ]);
    for (const s of body.trace.steps) {
      expect(s.rule).toMatch(/^嘉政办发〔2014〕99号 /);
      for (const key of s.parameters)
        expect(body.trace.parameters[key]).toMatchObject({ table: 'air-pollution-alerts', version: body.data.version });
    }
    for (const p of Object.values(body.trace.parameters))
      expect(p).toMatchObject({ table: 'air-pollution-alerts', version: body.data.version });
  });
});
