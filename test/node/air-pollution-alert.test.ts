import { describe, expect, it } from 'vitest';
import { airPollutionAlert as calc } from '../../src/policy/air-pollution-alerts/air-pollution-alert';
import { refusal, run } from '../helpers/calc';

/**
 * Cases of /work/content/air-pollution-alerts.calculators.md. Bands of alert_levels (嘉政办发〔2014〕99号 3.2,
 * all bounds inclusive per 7.1): blue 201–300 (1 day), yellow 201–300 (2 days), orange 301–450 (1 day),
 * red ≥ 451 (1 day); read as floors, the most severe qualifying level wins.
 */

const DATES = ['2015-01-10', '2015-01-11', '2015-01-12', '2015-01-13'];
const forecast = (...aqi: number[]) => ({ forecast: aqi.map((a, i) => ({ date: DATES[i]!, aqi: a })) });
const items = (r: { measures: { item: string }[] }) => r.measures.map((m) => m.item);

describe('air-pollution-alert: levels and bounds', () => {
  it('1. [200] → none: 200 < 201 (blue aqi_min, inclusive); lower side of the 201 bound', () => {
    const r = run(calc, forecast(200));
    expect(r).toMatchObject({ level: 'none', levelNumber: null, responseLevel: null, signedBy: null, trigger: null, measures: [] });
  });

  it('2. [201] → blue, IV, signed by the emergency-office director; 4 measures h1 a1 a2 a3', () => {
    // 201 ≥ 201 (inclusive) → blue; yellow needs 2 days and 1 is given; orange 201 < 301.
    const r = run(calc, forecast(201));
    expect(r.level).toBe('blue');
    expect(r.levelNumber).toBe(4);
    expect(r.responseLevel).toBe('IV');
    expect(r.signedBy).toMatchObject({ role: 'emergency-office-director', zh: '市重污染天气应急办主任签发', holderZh: '市环保局局长兼任' });
    expect(items(r)).toEqual(['h1', 'a1', 'a2', 'a3']);
    expect(r.trigger).toEqual({ aqiMin: 201, aqiMinInclusive: true, forecastDays: 1, daysUsed: [201] });
  });

  it('3. [300, 200] → blue: 300 < 301 not orange; yellow day 2 200 < 201 (lower side of yellow’s day-2 bound)', () => {
    expect(run(calc, forecast(300, 200))).toMatchObject({ level: 'blue', responseLevel: 'IV' });
  });

  it('[300] → blue: upper end of the blue band, 300 < 301 so not orange', () => {
    expect(run(calc, forecast(300))).toMatchObject({ level: 'blue', levelNumber: 4 });
  });

  it('4. [201, 201] → yellow, III, 7 measures h1–h3 a1–a4 (upper side of the day-2 bound)', () => {
    const r = run(calc, forecast(201, 201));
    expect(r).toMatchObject({ level: 'yellow', levelNumber: 3, responseLevel: 'III', signedBy: { role: 'emergency-office-director' } });
    expect(items(r)).toEqual(['h1', 'h2', 'h3', 'a1', 'a2', 'a3', 'a4']);
    expect(r.trigger).toEqual({ aqiMin: 201, aqiMinInclusive: true, forecastDays: 2, daysUsed: [201, 201] });
  });

  it('5. [300, 301] → yellow: day 1 300 < 301; both days ≥ 201 (a worse day 2 still counts)', () => {
    expect(run(calc, forecast(300, 301))).toMatchObject({ level: 'yellow', responseLevel: 'III' });
  });

  it('[250, 320] → yellow: the reading of the task (a worse day satisfies the milder band)', () => {
    expect(run(calc, forecast(250, 320)).level).toBe('yellow');
  });

  it('[200, 300] → none: yellow needs day 1 ≥ 201 as well', () => {
    expect(run(calc, forecast(200, 300)).level).toBe('none');
  });

  it('6. [301] → orange, II, commander-in-chief; 17 measures; m4 cuts 15%', () => {
    // 301 ≥ 301 (inclusive): upper side of 300/301.
    const r = run(calc, forecast(301));
    expect(r).toMatchObject({ level: 'orange', levelNumber: 2, responseLevel: 'II' });
    expect(r.signedBy).toMatchObject({ role: 'commander-in-chief', holderZh: '市政府分管副市长（必要时由市政府主要领导担任）' });
    expect(items(r)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'm1', 'm2', 'm3', 'm4', 'm5']);
    expect(r.measures.find((m: { item: string }) => m.item === 'm4')!.reductionRatio).toBe(0.15);
    expect(r.measures.filter((m: { reductionRatio: number | null }) => m.reductionRatio !== null)).toHaveLength(1);
    expect(r.measures.find((m: { item: string }) => m.item === 'm1')!.leadInZh).toContain('在空气达到严重污染的区域');
  });

  it('7. [450, 450] → orange: 450 < 451 not red (lower side of 451); two severe days stay orange', () => {
    expect(run(calc, forecast(450, 450))).toMatchObject({ level: 'orange', responseLevel: 'II' });
  });

  it('8. [451] → red, I, commander-in-chief; 22 measures; m4 cuts 30%', () => {
    const r = run(calc, forecast(451));
    expect(r).toMatchObject({ level: 'red', levelNumber: 1, responseLevel: 'I', signedBy: { role: 'commander-in-chief' } });
    expect(items(r)).toEqual([
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'a1',
      'a2',
      'a3',
      'a4',
      'a5',
      'a6',
      'a7',
      'a8',
      'a9',
      'm1',
      'm2a',
      'm2b',
      'm3',
      'm4',
      'm5a',
      'm5b',
    ]);
    expect(r.measures.find((m: { item: string }) => m.item === 'm4')!.reductionRatio).toBe(0.3);
    expect(r.trigger).toEqual({ aqiMin: 451, aqiMinInclusive: true, forecastDays: 1, daysUsed: [451] });
  });

  it('9. [150, 500] → none: the one-day levels look at day 1 only', () => {
    expect(run(calc, forecast(150, 500)).level).toBe('none');
  });

  it('10. [999, 0, 0] → red: no upper limit; later days unused', () => {
    expect(run(calc, forecast(999, 0, 0))).toMatchObject({ level: 'red', responseLevel: 'I' });
  });

  it('11. [0] → none', () => {
    expect(run(calc, forecast(0)).level).toBe('none');
  });

  it('the measure counts of the four levels add up to the 50 rows of the sheet (4 + 7 + 17 + 22)', () => {
    const n = [201, 201, 301, 451].map((a, i) => run(calc, i === 1 ? forecast(a, a) : forecast(a)).measures.length);
    expect(n).toEqual([4, 7, 17, 22]);
  });
});

describe('air-pollution-alert: dates, validation, trace', () => {
  it('15. first date 2014-10-30 → 422 not-in-force naming alert_levels (plan in force from 2014-10-31)', () => {
    const p = refusal(calc, { forecast: [{ date: '2014-10-30', aqi: 260 }] });
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.parameter).toMatchObject({ table: 'air-pollution-alerts', key: 'alert_levels' });
  });

  it('16. first date 2014-10-31 (first day in force, inclusive), [260] → blue', () => {
    expect(run(calc, { forecast: [{ date: '2014-10-31', aqi: 260 }] }).level).toBe('blue');
  });

  it('12–14. empty forecast, a gap in the dates, a fractional or negative AQI are rejected on their field', () => {
    const issues = (body: unknown) =>
      calc.input.safeParse(body).error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? [];
    expect(issues({ forecast: [] })).toEqual([{ path: 'forecast', message: 'forecast must contain at least one day' }]);
    expect(
      issues({
        forecast: [
          { date: '2015-01-10', aqi: 250 },
          { date: '2015-01-12', aqi: 250 },
        ],
      }),
    ).toEqual([{ path: 'forecast.1.date', message: expect.stringContaining('2015-01-11') }]);
    expect(
      issues({
        forecast: [
          { date: '2015-01-10', aqi: 250 },
          { date: '2015-01-10', aqi: 250 },
        ],
      }).map((i) => i.path),
    ).toEqual(['forecast.1.date']);
    expect(issues({ forecast: [{ date: '2015-01-10', aqi: 250.5 }] }).map((i) => i.path)).toEqual(['forecast.0.aqi']);
    expect(issues({ forecast: [{ date: '2015-01-10', aqi: -1 }] }).map((i) => i.path)).toEqual(['forecast.0.aqi']);
  });

  it('the trace tests every level with its citation and cites the measures’ articles', () => {
    const r = run(calc, forecast(250, 320));
    const steps = r.trace.steps.map((s) => s.name.en);
    expect(steps).toEqual([
      'test red warning',
      'test orange warning',
      'test yellow warning',
      'test blue warning',
      'warning level',
      'response level',
      'signed by',
      'measures',
    ]);
    const yellow = r.trace.steps[2]!;
    expect(yellow.name.zh).toBe('检验黄色预警条件');
    expect(yellow.rule).toBe('嘉政办发〔2014〕99号 3.2（2）；3.3.2（1）；4.3.1；7.1');
    const row = 'alert_levels[level=yellow,aqi=[201,300]]';
    expect(yellow.parameters).toEqual(expect.arrayContaining([`${row}.aqi_min`, `${row}.forecast_days`]));
    expect(r.trace.parameters[`${row}.aqi_min`]).toMatchObject({ value: 201, table: 'air-pollution-alerts' });
    expect(r.trace.parameters[`${row}.forecast_days`]).toMatchObject({ value: 2 });
    expect(yellow.formula.zh).toContain('未来第 2 天空气质量指数 320；每天都须 ≥ 201');
    expect(r.trace.steps[7]!.rule).toBe('嘉政办发〔2014〕99号 4.3.2.2');
  });
});

describe('invalid dates in a forecast (found by fuzzing)', () => {
  it('an invalid first date is a validation error on that field, not a crash', () => {
    const r = calc.input.safeParse({
      forecast: [
        { date: '015-01-10', aqi: 250 },
        { date: '2015-01-11', aqi: 320 },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('/'))).toEqual(['forecast/0/date']);
  });
});
