import { describe, expect, it } from 'vitest';
import { expectProblem, post } from '../helpers/http';

type Step = { name: { zh: string; en: string }; rule: string; parameters: string[] };
type Trace = { parameters: Record<string, { table: string; version: string }>; steps: Step[] };

const ALERT = '/v1/calculators/air-pollution-alert';
const CLASS = '/v1/calculators/emission-rights-class';
const PRICE = '/v1/calculators/emission-rights-price';

/** Every refusal tested here is a 422; each test checks which problem type itself. */
const problemOf = (res: Response) => expectProblem(res, 422);

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

  it('451 → red; 450 → orange (both sides of the red bound)', async () => {
    const level = async (aqi: number) =>
      ((await (await post(ALERT, { forecast: [{ date: '2015-01-10', aqi }] })).json()) as { level: string }).level;
    expect(await level(451)).toBe('red');
    expect(await level(450)).toBe('orange');
  });

  it('422 problem naming the field: non-consecutive dates, fractional AQI, empty forecast', async () => {
    const gap = await problemOf(
      await post(ALERT, {
        forecast: [
          { date: '2015-01-10', aqi: 250 },
          { date: '2015-01-12', aqi: 250 },
        ],
      }),
    );
    expect(gap.type).toBe('/problems/validation-error');
    expect(gap.errors).toEqual([expect.objectContaining({ pointer: '/forecast/1/date', field: 'forecast[1].date' })]);
    const frac = await problemOf(await post(ALERT, { forecast: [{ date: '2015-01-10', aqi: 250.5 }] }));
    expect(frac.errors!.map((e) => e.pointer)).toEqual(['/forecast/0/aqi']);
    const empty = await problemOf(await post(ALERT, { forecast: [] }));
    expect(empty.errors).toEqual([expect.objectContaining({ pointer: '/forecast', message: 'forecast must contain at least one day' })]);
  });

  it('a date before the plan → 422 not-in-force naming alert_levels', async () => {
    const p = await problemOf(await post(ALERT, { forecast: [{ date: '2014-10-30', aqi: 260 }] }));
    expect(p).toMatchObject({ type: '/problems/not-in-force', parameter: { table: 'air-pollution-alerts', key: 'alert_levels' } });
  });
});

describe('POST /v1/calculators/emission-rights-class', () => {
  const companies = ['A', 'B', 'C', 'D', 'E', 'F'].map((id, i) => ({ id, taxPaid: (6 - i) * 100000, emissionRightsTonnes: 10 }));

  it('six dyeing firms → 2/2/2, trace citing 嘉政办发〔2014〕112号', async () => {
    const res = await post(CLASS, { industry: 'dyeing', date: '2015-03-01', companies });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { companies: { id: string; class: string }[]; counts: Record<string, number>; trace: Trace };
    expect(body.companies.map((c) => c.class)).toEqual(['encouraged', 'encouraged', 'general', 'general', 'other', 'other']);
    expect(body.trace.steps.length).toBeGreaterThan(0);
    for (const s of body.trace.steps) expect(s.rule).toMatch(/^嘉政办发〔2014〕112号 /);
  });

  it('422 naming the field: an industry outside the evaluation, a zero tonnage', async () => {
    const cement = await problemOf(await post(CLASS, { industry: 'cement', date: '2015-03-01', companies }));
    expect(cement.errors).toEqual([expect.objectContaining({ pointer: '/industry' })]);
    const zero = await problemOf(
      await post(CLASS, { industry: 'dyeing', date: '2015-03-01', companies: [{ id: 'A', taxPaid: 1, emissionRightsTonnes: 0 }] }),
    );
    expect(zero.errors!.map((e) => e.pointer)).toEqual(['/companies/0/emissionRightsTonnes']);
  });

  it('a date before 112号 → 422 not-in-force', async () => {
    const p = await problemOf(await post(CLASS, { industry: 'dyeing', date: '2014-12-16', companies }));
    expect(p).toMatchObject({ type: '/problems/not-in-force', parameter: { table: 'emission-rights' } });
  });
});

describe('POST /v1/calculators/emission-rights-price', () => {
  it('encouraged paid use, 1000 × 2 t → multiplier 0.4, price 800 (date defaults to today)', async () => {
    const res = await post(PRICE, { class: 'encouraged', purpose: 'paid-use', basePrice: 1000, tonnes: 2 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { multiplier: number; unitPrice: number; price: number; trace: Trace };
    expect([body.multiplier, body.unitPrice, body.price]).toEqual([0.4, 400, 800]);
    expect(body.trace.steps.map((s) => s.name.en)).toEqual(['class and purpose allowed', 'unit price', 'price']);
    for (const s of body.trace.steps) expect(s.rule).toBe('嘉政办发〔2014〕112号 绩效意见 二（二）3 一是');
  });

  it('lease by class other → 422 calculation-refused (forbidden)', async () => {
    const p = await problemOf(await post(PRICE, { class: 'other', purpose: 'lease', basePrice: 1000, tonnes: 2 }));
    expect(p).toMatchObject({
      type: '/problems/calculation-refused',
      reason: 'forbidden',
      citation: expect.stringContaining('二（二）3 二是'),
    });
  });

  it('422 naming the field: unknown class, 5-decimal tonnes', async () => {
    const p = await problemOf(await post(PRICE, { class: 'premium', purpose: 'paid-use', basePrice: 1000, tonnes: 1.00001 }));
    expect(p.errors!.map((e) => e.pointer).sort()).toEqual(['/class', '/tonnes']);
  });

  it('a date before 2015 → 422 not-in-force naming price_multipliers', async () => {
    const p = await problemOf(await post(PRICE, { class: 'general', purpose: 'paid-use', basePrice: 1000, tonnes: 1, date: '2014-12-31' }));
    expect(p).toMatchObject({ type: '/problems/not-in-force', parameter: { table: 'emission-rights', key: 'price_multipliers' } });
  });
});
