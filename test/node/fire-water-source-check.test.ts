import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fireWaterSourceCheck as calc } from '../../src/policy/fire-water-sources/fire-water-source-check';
import type { CompiledBundle } from '../../src/tables/model';
import { docsOf } from '../../scripts/lib/policy';
import { realBundle, refusal, run, requestOf } from '../helpers/calc';

/**
 * Cases F1–F26 of /work/content/fire-water-sources.calculators.md (嘉政办发〔2014〕110号, in force 2015-02-01).
 * 第十二条 5 m / 15 m zones include the boundary (exactly 5 m is too close), compared in cm; 第十四条 DN ≥ 400 mm,
 * area ≥ 3 km², area ≥ 5 km² with pressure ≤ 0.14 MPa (10⁻⁶ units), communities ≥ 2 or households ≥ 1000
 * (乡镇 ≥ 500), outage > 8 h (hundredths); 第十八条 +6 / +12 months, clamped to the month end, due day in time.
 * Only the section under test is sent, so only its rules appear.
 */

const D = '2015-06-01';
type Req = z.input<typeof calc.input>;
const check = (x: Omit<Req, 'date'> & { date?: string }) => run(calc, { date: D, ...x } as Req);
const rule = (r: ReturnType<typeof check>, id: string) => r.rules.find((x) => x.id === id)!;
const notify = (supplyEvent: NonNullable<Req['supplyEvent']>) => check({ supplyEvent }).notification!;
/** A supply event with every 第十四条 item assessed and none reached: tests override one item. */
const NOTHING = {
  burstMainDnMm: 0,
  noSupplyAreaKm2: 0,
  lowPressureAreaKm2: 0,
  minPressureMpa: null,
  communitiesAffected: 0,
  householdsAffected: 0,
  inTownship: false,
  expectedOutageHours: 0,
  notRestorableInPeak: false,
  otherFireRisk: false,
} satisfies NonNullable<Req['supplyEvent']>;
const fired = (supplyEvent: NonNullable<Req['supplyEvent']>) =>
  notify(supplyEvent)
    .triggers.filter((t) => t.fired)
    .map((t) => t.id);

describe('第十二条 clearance around hydrants', () => {
  it('F1: goods at exactly 5 m → not met (500 cm ≤ 500 cm is inside 「5米范围内」); overall false', () => {
    const r = check({ hydrantClearance: { nearestStackedGoodsM: 5 } });
    expect(rule(r, 'no_stacking_within_radius')).toMatchObject({
      status: 'not_met',
      met: false,
      actual: 5,
      threshold: 5,
      citation: '嘉政办发〔2014〕110号 第十二条',
      parameters: ['clearance.no_stacking_radius'],
    });
    expect(r.overall).toBe(false);
    expect(r.notAssessed).toEqual([]);
    expect(r.trace.steps[0]!.parameters).toEqual(['clearance.no_stacking_radius']);
    expect(r.trace.parameters['clearance.no_stacking_radius']).toMatchObject({ value: 5, unit: 'm', table: 'fire-water-sources' });
    expect(r.trace.steps[0]!.formula).toEqual({
      zh: '堆放的物品距消火栓 5 米，在 5 米范围（含 5 米）以内，不符合',
      en: 'stacked goods at 5 m ≤ 5 m (「5米范围内」 includes 5 m) → not met',
    });
  });

  it('F2: goods at 5.01 m → met (501 > 500); overall true', () => {
    const r = check({ hydrantClearance: { nearestStackedGoodsM: 5.01 } });
    expect(rule(r, 'no_stacking_within_radius').status).toBe('met');
    expect(r.overall).toBe(true);
  });

  it('F3/F4: a car at 15 m → not met (1500 ≤ 1500); at 15.01 m with no goods → both met', () => {
    expect(rule(check({ hydrantClearance: { nearestParkedVehicleM: 15 } }), 'no_parking_within_radius')).toMatchObject({
      status: 'not_met',
      threshold: 15,
    });
    const r = check({ hydrantClearance: { nearestParkedVehicleM: 15.01, nearestStackedGoodsM: null } });
    expect(r.rules.map((x) => [x.id, x.status])).toEqual([
      ['no_stacking_within_radius', 'met'],
      ['no_parking_within_radius', 'met'],
    ]);
  });
});

describe('第十四条 notification triggers', () => {
  it('F5/F6: DN 400 → pipe_burst fires (400 ≥ 400, 以上 inclusive); DN 399 → no duty', () => {
    const n = notify({ burstMainDnMm: 400 });
    expect(n.required).toBe(true);
    expect(n.triggers[0]).toMatchObject({
      id: 'pipe_burst',
      fired: true,
      actual: 400,
      threshold: 400,
      citation: '嘉政办发〔2014〕110号 第十四条（一）',
    });
    expect(n.how).toMatch(/^事先或及时/);
    // DN 399 < 400: pipe_burst assessed, not fired; the other items not assessed → the duty is undetermined, not "no"
    const n399 = notify({ burstMainDnMm: 399 });
    expect(n399.triggers[0]).toMatchObject({ id: 'pipe_burst', fired: false, actual: 399 });
    expect(n399.required).toBe(null);
    expect(notify({ ...NOTHING, burstMainDnMm: 399 }).required).toBe(false);
  });

  it('F7: outage over 3 km² fires; 2.999999 km² does not (exact at 10⁻⁶ km²)', () => {
    expect(fired({ noSupplyAreaKm2: 3 })).toEqual(['outage_area']);
    expect(fired({ noSupplyAreaKm2: 2.999999 })).toEqual([]);
  });

  it('F8/F9: 5 km² at 0.14 MPa fires (both bounds inclusive); 0.140001 MPa or 4.999999 km² does not', () => {
    expect(fired({ lowPressureAreaKm2: 5, minPressureMpa: 0.14 })).toEqual(['low_pressure_area']);
    expect(fired({ lowPressureAreaKm2: 5, minPressureMpa: 0.140001 })).toEqual([]);
    expect(fired({ lowPressureAreaKm2: 4.999999, minPressureMpa: 0.1 })).toEqual([]);
    // no pressure given → the trigger is not assessed (fired null), never "not fired"
    expect(fired({ lowPressureAreaKm2: 50 })).toEqual([]);
    expect(notify({ lowPressureAreaKm2: 50 }).triggers[2]).toMatchObject({ id: 'low_pressure_area', fired: null });
  });

  it('F10: 2 communities fire （含2个小区）; 1 does not', () => {
    expect(fired({ communitiesAffected: 2, householdsAffected: 0 })).toEqual(['communities_or_households']);
    expect(fired({ communitiesAffected: 1, householdsAffected: 0 })).toEqual([]);
  });

  it('F11: 1000 households in the city fire (inclusive reading); 999 do not', () => {
    expect(fired({ householdsAffected: 1000, inTownship: false })).toEqual(['communities_or_households']);
    expect(fired({ householdsAffected: 999, inTownship: false })).toEqual([]);
  });

  it('F12: in a township 500 fire, 499 do not; 999 township households fire', () => {
    expect(fired({ householdsAffected: 500, inTownship: true })).toEqual(['communities_or_households']);
    expect(fired({ householdsAffected: 499, inTownship: true })).toEqual([]);
    expect(fired({ householdsAffected: 999, inTownship: true })).toEqual(['communities_or_households']);
    expect(notify({ householdsAffected: 499, inTownship: true }).triggers[3]!.threshold).toEqual({ communities: 2, households: 500 });
  });

  it('F13/F14: 8 h does not fire (「超8小时」 strict: 800 is not > 800); 8.01 h fires; not restorable in peak fires', () => {
    expect(fired({ expectedOutageHours: 8 })).toEqual([]);
    expect(fired({ expectedOutageHours: 8.01 })).toEqual(['long_outage']);
    expect(fired({ expectedOutageHours: 2, notRestorableInPeak: true })).toEqual(['long_outage']);
    expect(fired({ otherFireRisk: true })).toEqual(['other_risk']);
  });

  it('the notification duty does not count in overall and cites 第十四条 items', () => {
    const r = check({ supplyEvent: { burstMainDnMm: 500 } });
    expect(r).toMatchObject({ overall: true, rules: [] });
    expect(r.trace.steps[0]!.rule).toMatch(/^嘉政办发〔2014〕110号 第十四条（一）；第十四条（二）/);
  });
});

describe('第十四条: a trigger whose input is not given is not assessed (fired null); the duty is then undetermined', () => {
  const byId = (n: ReturnType<typeof notify>) => Object.fromEntries(n.triggers.map((t) => [t.id, t.fired]));

  it("the docs' first example without its area: outage_area fired null with actual null, duty undetermined (null), named in the trace", () => {
    const r = check({
      supplyEvent: { burstMainDnMm: 300, communitiesAffected: 1, householdsAffected: 800, inTownship: false, expectedOutageHours: 4 },
    });
    const n = r.notification!;
    // DN 300 < 400; 1 community < 2 and 800 < 1000 households (city); 4 h ≤ 8 h but peak restoration not given
    expect(byId(n)).toEqual({
      pipe_burst: false,
      outage_area: null,
      low_pressure_area: null,
      communities_or_households: false,
      long_outage: null,
      other_risk: null,
    });
    expect(n.triggers[1]).toMatchObject({ id: 'outage_area', fired: null, actual: null });
    expect(n.required).toBe(null);
    const step = r.trace.steps.find((s) => s.name.en === 'notification duty of the water utility')!;
    expect(step.formula.en).toBe(
      'pipe_burst: no; outage_area: not assessed; low_pressure_area: not assessed; communities_or_households: no; long_outage: not assessed; other_risk: not assessed → ' +
        'undetermined: none fired, not assessed: outage_area, low_pressure_area, long_outage, other_risk',
    );
    expect(step.formula.zh).toBe(
      'DN400毫米以上供水管网爆管：爆管管径 DN300 毫米，未出现；供水区域3平方公里范围内不能正常供水：未提供不能正常供水的面积，未评估；' +
        '5平方公里范围内水压降至0.14兆帕以下：未提供降压面积、未提供最低水压，未评估；' +
        '超过2个小区（含2个小区）或1000户居民（乡镇500户）不能正常供水或水压不足：1 个小区、800 户、不在乡镇，未出现；' +
        '预计连续超8小时或在高峰时段不能恢复正常供水：预计连续停水 4 小时、未提供高峰时段能否恢复，未评估；' +
        '其他可能影响消防队灭火救援，导致灾情扩大的情况：未提供，未评估 → 尚不能确定：没有已出现的情形，但 4 项未评估',
    );
    expect(step.result).toBe(null);
    // what would decide each open trigger
    expect(r.notAssessed.map((x) => [x.item, x.reason, x.fields])).toEqual([
      ['outage_area', 'input-not-given', ['supplyEvent.noSupplyAreaKm2']],
      ['low_pressure_area', 'input-not-given', ['supplyEvent.lowPressureAreaKm2', 'supplyEvent.minPressureMpa']],
      ['long_outage', 'input-not-given', ['supplyEvent.notRestorableInPeak']],
      ['other_risk', 'input-not-given', ['supplyEvent.otherFireRisk']],
    ]);
    // a not-assessed trigger does not count in overall either (the notification never does)
    expect(r).toMatchObject({ overall: true, rules: [] });
  });

  it('three outcomes: true when one fires whatever is not assessed; false only with every item assessed; null otherwise', () => {
    // 3 km² ≥ 3 km² fires; the rest not given
    expect(notify({ noSupplyAreaKm2: 3 }).required).toBe(true);
    expect(notify({ ...NOTHING }).required).toBe(false);
    expect(byId(notify({ ...NOTHING }))).toEqual({
      pipe_burst: false,
      outage_area: false,
      low_pressure_area: false,
      communities_or_households: false,
      long_outage: false,
      other_risk: false,
    });
    expect(notify({ ...NOTHING, noSupplyAreaKm2: 2.999999 }).required).toBe(false);
    // leave any one item out of an otherwise complete "nothing" → undetermined
    for (const key of [
      'burstMainDnMm',
      'noSupplyAreaKm2',
      'lowPressureAreaKm2',
      'expectedOutageHours',
      'notRestorableInPeak',
      'otherFireRisk',
    ] as const) {
      const { [key]: _omitted, ...rest } = NOTHING;
      expect(notify(rest).required, key).toBe(null);
    }
    // communities and households: one of the two missing leaves the item open unless the other fires
    const { communitiesAffected: _c, ...noCommunities } = NOTHING;
    expect(notify(noCommunities).required).toBe(null);
    expect(notify({ ...noCommunities, householdsAffected: 1000 }).required).toBe(true);
  });

  it('the low-pressure item needs both figures, unless one alone already rules it out', () => {
    // 4.999999 km² < 5 km²: not reached whatever the pressure
    expect(notify({ ...NOTHING, lowPressureAreaKm2: 4.999999, minPressureMpa: null }).triggers[2]!.fired).toBe(false);
    // 0.140001 MPa > 0.14 MPa: not reached whatever the area
    const { lowPressureAreaKm2: _a, ...noArea } = NOTHING;
    expect(notify({ ...noArea, minPressureMpa: 0.140001 }).triggers[2]!.fired).toBe(false);
    expect(notify({ ...noArea, minPressureMpa: 0.14 }).triggers[2]!.fired).toBe(null);
    expect(notify({ ...NOTHING, lowPressureAreaKm2: 5, minPressureMpa: null }).triggers[2]!.fired).toBe(null);
  });

  it('inTownship not given: the household count decides only when both thresholds agree (500 township, 1000 city)', () => {
    const { inTownship: _t, ...unknownPlace } = NOTHING;
    const households = (h: number) => notify({ ...unknownPlace, householdsAffected: h });
    // 1000 ≥ 1000 and ≥ 500 → fired; 499 < 500 and < 1000 → not; 700: township yes, city no → not assessed
    expect(households(1000).triggers[3]).toMatchObject({
      fired: true,
      actual: { households: 1000, inTownship: null },
      threshold: { communities: 2, households: 1000, householdsTownship: 500 },
    });
    expect(households(499).triggers[3]!.fired).toBe(false);
    expect(households(499).required).toBe(false);
    expect(households(700).triggers[3]!.fired).toBe(null);
    expect(households(700).required).toBe(null);
  });

  it('long outage: not restorable in peak hours fires alone; 8 h with peak restoration not given is open', () => {
    const { notRestorableInPeak: _p, ...noPeak } = NOTHING;
    expect(notify({ ...noPeak, expectedOutageHours: 8 }).triggers[4]).toMatchObject({
      fired: null,
      actual: { expectedOutageHours: 8, notRestorableInPeak: null },
    });
    expect(notify({ ...noPeak, expectedOutageHours: 8.01 }).triggers[4]!.fired).toBe(true);
    const { expectedOutageHours: _h, ...noHours } = NOTHING;
    expect(notify({ ...noHours, notRestorableInPeak: true }).triggers[4]!.fired).toBe(true);
    expect(notify({ ...noHours, notRestorableInPeak: false }).triggers[4]!.fired).toBe(null);
  });

  it('the docs example assesses every item: required false, no trigger null', () => {
    const n = run(calc, requestOf(calc, 'area')).notification!;
    expect(n.required).toBe(false);
    expect(n.triggers.every((t) => t.fired === false)).toBe(true);
  });
});

describe('第七条 pools or intakes in public areas', () => {
  const area = {
    isPublicArea: true,
    hasMunicipalHydrant: false,
    fireWaterSufficient: true,
    fireEngineAccessClear: true,
    hasFirePoolOrIntake: true,
    hasFireLaneToIntake: true,
    hasTurningArea: true,
  };

  it('F15: public area without a hydrant, with pool, lane and turning area → met because no_municipal_hydrant', () => {
    expect(rule(check({ publicArea: area }), 'pool_or_intake_in_public_area')).toMatchObject({
      status: 'met',
      applies: true,
      because: ['no_municipal_hydrant'],
      missing: [],
    });
  });

  it('F16: no turning area → not met, missing turning_area', () => {
    expect(rule(check({ publicArea: { ...area, hasTurningArea: false } }), 'pool_or_intake_in_public_area')).toMatchObject({
      status: 'not_met',
      missing: ['turning_area'],
    });
  });

  it('F17: not a public area → not applicable; overall true', () => {
    const r = check({ publicArea: { ...area, isPublicArea: false, hasFirePoolOrIntake: false } });
    expect(rule(r, 'pool_or_intake_in_public_area')).toMatchObject({ status: 'not_applicable', met: null, applies: false });
    expect(r.overall).toBe(true);
  });

  it('F18: blocked access alone triggers the duty; nothing built → all three missing', () => {
    const r = check({
      publicArea: {
        isPublicArea: true,
        hasMunicipalHydrant: true,
        fireWaterSufficient: true,
        fireEngineAccessClear: false,
        hasFirePoolOrIntake: false,
        hasFireLaneToIntake: false,
        hasTurningArea: false,
      },
    });
    expect(rule(r, 'pool_or_intake_in_public_area')).toMatchObject({
      status: 'not_met',
      because: ['fire_access_blocked'],
      missing: ['pool_or_intake', 'fire_lane', 'turning_area'],
      citation: '嘉政办发〔2014〕110号 第七条',
    });
  });
});

describe('第十三条 maintenance and 第十八条 inspections', () => {
  it('F19: abnormal output alone → not met, failed normal_output; all four true → met', () => {
    const ok = { intact: true, noPeelingOrRust: true, valvesCapsOperable: true, normalOutput: true };
    const r = check({ maintenance: { ...ok, normalOutput: false } });
    expect(rule(r, 'hydrant_maintenance')).toMatchObject({ status: 'not_met', failed: ['normal_output'] });
    expect(rule(r, 'hydrant_maintenance').citation).toBe(
      '嘉政办发〔2014〕110号 第十三条（一）；第十三条（二）；第十三条（三）；第十三条（四）',
    );
    expect(rule(check({ maintenance: ok }), 'hydrant_maintenance').status).toBe('met');
  });

  it('F20: hydrants inspected 2015-03-31 → due 2015-09-30; met on 09-30, not met on 10-01', () => {
    const on = check({ date: '2015-09-30', inspections: { lastMunicipalHydrantInspection: '2015-03-31' } });
    expect(rule(on, 'municipal_hydrant_inspection')).toMatchObject({
      dueBy: '2015-09-30',
      status: 'met',
      citation: '嘉政办发〔2014〕110号 第十八条',
    });
    expect(
      rule(check({ date: '2015-10-01', inspections: { lastMunicipalHydrantInspection: '2015-03-31' } }), 'municipal_hydrant_inspection')
        .status,
    ).toBe('not_met');
  });

  it('F21: inspected 2015-08-31 → 2016-02-31 does not exist, clamped to 2016-02-29 (leap year); met on that day', () => {
    expect(
      rule(check({ date: '2016-02-29', inspections: { lastMunicipalHydrantInspection: '2015-08-31' } }), 'municipal_hydrant_inspection'),
    ).toMatchObject({ dueBy: '2016-02-29', status: 'met' });
  });

  it('F22: natural sources tested 2015-02-01 → due 2016-02-01 (+12 months); met that day, not met the next', () => {
    expect(rule(check({ date: '2016-02-01', inspections: { lastNaturalSourceTest: '2015-02-01' } }), 'natural_source_test')).toMatchObject({
      dueBy: '2016-02-01',
      status: 'met',
    });
    expect(rule(check({ date: '2016-02-02', inspections: { lastNaturalSourceTest: '2015-02-01' } }), 'natural_source_test').status).toBe(
      'not_met',
    );
  });
});

describe('spacing, flow and pressure: not published in 110号', () => {
  it('F23: goods at 10 m met; spacing and flow not_assessed (not published) naming their keys; overall undetermined (null)', () => {
    const r = check({ hydrantClearance: { nearestStackedGoodsM: 10 }, design: { hydrantSpacingM: 120, hydrantFlowLps: 15 } });
    expect(rule(r, 'hydrant_spacing')).toMatchObject({
      status: 'not_assessed',
      met: null,
      actual: 120,
      missingKey: 'hydrant.spacing_max',
      citation: '嘉政办发〔2014〕110号 第八条；第九条',
    });
    expect(rule(r, 'hydrant_flow')).toMatchObject({ status: 'not_assessed', missingKey: 'hydrant.flow_min' });
    expect(r.rules.some((x) => x.id === 'hydrant_pressure')).toBe(false);
    expect(r.overall).toBe(null);
    expect(r.notAssessed.map((x) => [x.item, x.reason, x.fields])).toEqual([
      ['hydrant_spacing', 'not-published', ['hydrant.spacing_max']],
      ['hydrant_flow', 'not-published', ['hydrant.flow_min']],
    ]);
    const spacing = r.trace.steps.find((s) => s.name.en === 'hydrant_spacing')!;
    expect(spacing).toMatchObject({ rule: '嘉政办发〔2014〕110号 第八条；第九条', parameters: [], result: 'not_assessed' });
    expect(spacing.formula.zh).toBe('本办法未规定消火栓间距（按国家有关规范执行，本接口不采用其数值）：实测 120 米，不作判断');
  });

  it('F24: goods at 3 m and a spacing → a rule not met (false) outranks undetermined (null)', () => {
    expect(check({ hydrantClearance: { nearestStackedGoodsM: 3 }, design: { hydrantSpacingM: 200 } }).overall).toBe(false);
  });

  it('a value added to a copy of the workbook (test fixture 120 m, not policy) is then applied: 120 met, 120.01 not', () => {
    const copy = structuredClone(realBundle()) as CompiledBundle;
    const h = copy.tables['fire-water-sources']!.parameters.find((x) => x.key === 'hydrant.spacing_max')!.history[0]!;
    Object.assign(h, { value: 120, published: true });
    const at = (m: number) => run(calc, { date: D, design: { hydrantSpacingM: m } }, copy);
    expect(at(120).rules[0]).toMatchObject({ status: 'met', threshold: 120 });
    expect(at(120.01).rules[0]).toMatchObject({ status: 'not_met' });
  });
});

describe('dates and validation', () => {
  it("F25: 2015-01-31, before 第二十条's in-force date → 422 not-in-force naming clearance.no_stacking_radius; 2015-02-01 → met", () => {
    const p = refusal(calc, { date: '2015-01-31', hydrantClearance: { nearestStackedGoodsM: 10 } }) as unknown as {
      type: string;
      missing: { key: string; reason: string }[];
    };
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.missing[0]).toMatchObject({ key: 'clearance.no_stacking_radius', reason: 'not-in-force' });
    expect(check({ date: '2015-02-01', hydrantClearance: { nearestStackedGoodsM: 10 } }).overall).toBe(true);
  });

  it('F26: no section, a negative distance, a fractional DN, an inspection after the date', () => {
    const paths = (x: unknown) => calc.input.safeParse(x).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ date: D })).toEqual(['']);
    expect(paths({ date: D, hydrantClearance: { nearestStackedGoodsM: -1 } })).toEqual(['hydrantClearance.nearestStackedGoodsM']);
    expect(paths({ date: D, supplyEvent: { burstMainDnMm: 400.5 } })).toEqual(['supplyEvent.burstMainDnMm']);
    expect(paths({ date: D, inspections: { lastNaturalSourceTest: '2015-06-02' } })).toEqual(['inspections.lastNaturalSourceTest']);
    expect(paths({ date: D, hydrantClearance: { nearestStackedGoodsM: 5.001 } })).toEqual(['hydrantClearance.nearestStackedGoodsM']);
  });
});
