import { describe, expect, it } from 'vitest';
import { expectCalculation, expectProblem, postCalculator } from '../helpers/http';

/** fire-water-source-check through the Worker: a 第十四条 trigger without its input is not assessed (fired null). */
type Notification = { required: boolean | null; triggers: { id: string; fired: boolean | null; actual: unknown }[] };

describe('POST /v1/calculators/fire-water-source-check: notification triggers not assessed', () => {
  it('the docs example without its area figures: outage_area fired null (actual null), duty undetermined', async () => {
    const body = await expectCalculation(
      await postCalculator('fire-water-source-check', {
        date: '2015-06-01',
        supplyEvent: { burstMainDnMm: 300, communitiesAffected: 1, householdsAffected: 800, inTownship: false, expectedOutageHours: 4 },
      }),
    );
    const n = body.notification as Notification;
    expect(n.triggers.find((t) => t.id === 'outage_area')).toMatchObject({ fired: null, actual: null });
    expect(n.triggers.find((t) => t.id === 'pipe_burst')).toMatchObject({ fired: false, actual: 300 });
    expect(n.required).toBeNull();
    // the notification is not part of overall; no rule was checked
    expect(body).toMatchObject({ overall: true, rules: [] });
    // the open triggers, each with what would decide it
    expect((body.notAssessed as { item: string; fields: string[] }[]).map((x) => [x.item, x.fields])).toEqual([
      ['outage_area', ['supplyEvent.noSupplyAreaKm2']],
      ['low_pressure_area', ['supplyEvent.lowPressureAreaKm2', 'supplyEvent.minPressureMpa']],
      ['long_outage', ['supplyEvent.notRestorableInPeak']],
      ['other_risk', ['supplyEvent.otherFireRisk']],
    ]);
  });

  it('every item assessed and none reached → required false; one reached → true', async () => {
    const nothing = {
      burstMainDnMm: 0,
      noSupplyAreaKm2: 0,
      lowPressureAreaKm2: 0,
      communitiesAffected: 0,
      householdsAffected: 0,
      inTownship: false,
      expectedOutageHours: 0,
      notRestorableInPeak: false,
      otherFireRisk: false,
    };
    const none = await expectCalculation(await postCalculator('fire-water-source-check', { date: '2015-06-01', supplyEvent: nothing }));
    expect((none.notification as Notification).required).toBe(false);
    expect(none.notAssessed).toEqual([]);
    expect((none.notification as Notification).triggers.every((t) => t.fired === false)).toBe(true);
    // DN 400 ≥ 400 (以上)
    const burst = await expectCalculation(
      await postCalculator('fire-water-source-check', { date: '2015-06-01', supplyEvent: { burstMainDnMm: 400 } }),
    );
    expect((burst.notification as Notification).required).toBe(true);
  });

  it('422 problem+json naming a bad trigger input', async () => {
    const problem = await expectProblem(
      await postCalculator('fire-water-source-check', { date: '2015-06-01', supplyEvent: { otherFireRisk: 'maybe' } }),
      422,
      'validation-error',
    );
    expect(problem.errors!.map((e) => e.pointer)).toEqual(['/supplyEvent/otherFireRisk']);
  });
});
