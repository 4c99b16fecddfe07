import { z } from '@hono/zod-openapi';
import { addMonthsClamped } from '../engine/calendar';
import { defineCalculator, tableRef, type CalculatorDocs, traceStepSchema, type TraceStep } from '../engine/calculator';
import { isoDate } from '../engine/inputs';
import { asMissing, MissingCollector } from '../engine/missing';
import type { Params, ParamUse } from '../engine/params';
import { quantity, scaled, wholeCount } from '../engine/quantity';
import type { fireWaterSources as FWS } from '../tables/fire-water-sources';
import { MAINTENANCE_CRITERIA, NOTIFICATION_TRIGGERS, POOL_CONDITIONS } from '../tables/fire-water-sources.codes';

/**
 * An area's fire-water situation checked against each rule 嘉兴市消防水源管理办法 (嘉政办发〔2014〕110号) states:
 * clearance around hydrants (第十二条), pools or intakes in public areas (第七条), hydrant maintenance (第十三条),
 * inspection intervals (第十八条) and the water utility's duty to notify the fire service (第十四条).
 *
 * 110号 publishes no hydrant spacing, flow or design pressure (第八条、第九条 refer to national codes). Those
 * rows are empty in the workbook, and a measured spacing, flow or pressure is reported `not_published`
 * naming the key: never judged, never replaced by a national-code figure. (Should a maintainer add a value
 * with its own citation, it is applied: spacing ≤ the maximum, flow and pressure ≥ the minimum.) Unlike
 * single-answer calculators this does not make the whole answer a 422: the stated rules are still checked.
 * A 422 comes only when a parameter has no row in force on the date (e.g. before 2015-02-01, 第二十条).
 *
 * Readings (also in the workbook notes): 「N米范围内」 includes N (exactly 5 m is too close); 以上/以下 and
 * 「超过2个小区（含2个小区）」 are inclusive, and the household counts are read inclusively too; 「连续超8小时」
 * is strict; 「3平方公里范围内不能正常供水」 is an affected area of at least 3 km²; 每半年 / 每年 mean the next
 * check is due 6 / 12 calendar months after the last one (day clamped to the month's end), the due day
 * itself still in time. Quantities are compared exactly at their input precision.
 *
 * 第十四条 lists situations (「出现以下情况…必须事先或及时通知」), each enough on its own: the duty to notify is
 * owed as soon as one trigger fires, and is absent only when every trigger was assessed and none fires. A trigger whose input is not given is reported
 * `fired: null` (not assessed), and the duty is then undetermined (`required: null`) unless another trigger fires.
 */

/** Decimal places at which quantities are compared (the request precision). */
const DP = { distance: 2, area: 6, pressure: 6, hours: 2, diameter: 2 } as const;

const nullableDistance = (what: string) =>
  quantity(`Horizontal distance in m from the hydrant to the nearest ${what} (at most 2 decimals); null or absent = none`, DP.distance)
    .nullable()
    .optional();

const input = z
  .object({
    date: isoDate('Date of the check (the table is read as in force on it; inspections are due by it)'),
    hydrantClearance: z
      .object({ nearestStackedGoodsM: nullableDistance('stacked goods'), nearestParkedVehicleM: nullableDistance('parked vehicle') })
      .strict()
      .optional()
      .openapi({
        description:
          '第十二条: no stacking and no parking within the radii around a hydrant (parameters clearance.no_stacking_radius, clearance.no_parking_radius)',
      }),
    publicArea: z
      .object({
        isPublicArea: z.boolean().openapi({ description: '公共区域 (the caller judges)' }),
        hasMunicipalHydrant: z.boolean().openapi({ description: '有市政消火栓' }),
        fireWaterSufficient: z.boolean().openapi({ description: '消防给水充足' }),
        fireEngineAccessClear: z.boolean().openapi({ description: '消防车通道畅通' }),
        hasFirePoolOrIntake: z.boolean().openapi({ description: '已建消防水池或天然水源消防车取水设施' }),
        hasFireLaneToIntake: z.boolean().openapi({ description: '有消防车到达取水口的消防车道' }),
        hasTurningArea: z.boolean().openapi({ description: '有消防车回车场或回车道' }),
      })
      .strict()
      .optional()
      .openapi({ description: '第七条: public areas without hydrants, with insufficient water or blocked access need a pool or intake' }),
    supplyEvent: z
      .object({
        burstMainDnMm: wholeCount('Nominal diameter (DN, mm) of a burst main; 0 = no burst; absent = not assessed').optional(),
        noSupplyAreaKm2: quantity('Area without normal supply, km² (at most 6 decimals); absent = not assessed', DP.area).optional(),
        lowPressureAreaKm2: quantity('Low-pressure area, km² (at most 6 decimals); absent = not assessed', DP.area).optional(),
        minPressureMpa: quantity(
          'Lowest pressure in the low-pressure area, MPa (at most 6 decimals); null or absent = not assessed',
          DP.pressure,
        )
          .nullable()
          .optional(),
        communitiesAffected: wholeCount(
          'Communities (小区) without normal supply or with insufficient pressure; absent = not assessed',
        ).optional(),
        householdsAffected: wholeCount(
          'Households (户) without normal supply or with insufficient pressure; absent = not assessed',
        ).optional(),
        inTownship: z.boolean().optional().openapi({
          description:
            'true when the households are in 乡镇 (towns and townships); absent = not known (decides only between the two household thresholds)',
        }),
        expectedOutageHours: quantity('Expected continuous outage, hours (at most 2 decimals); absent = not assessed', DP.hours).optional(),
        notRestorableInPeak: z
          .boolean()
          .optional()
          .openapi({ description: 'Supply cannot be restored during peak hours (高峰时段, the caller judges); absent = not assessed' }),
        otherFireRisk: z
          .boolean()
          .optional()
          .openapi({ description: '其他可能影响消防队灭火救援，导致灾情扩大的情况 (the caller judges); absent = not assessed' }),
      })
      .strict()
      .optional()
      .openapi({
        description:
          '第十四条: one fault of the municipal network, or one large pressure drop or outage; a field left out leaves its trigger not assessed (fired null)',
      }),
    maintenance: z
      .object({
        intact: z.boolean().openapi({ description: '整体完好，部件无缺损' }),
        noPeelingOrRust: z.boolean().openapi({ description: '无油漆剥落和生锈现象' }),
        valvesCapsOperable: z.boolean().openapi({ description: '开关、闷盖开启灵活，无锈死、漏水现象' }),
        normalOutput: z.boolean().openapi({ description: '出水正常' }),
      })
      .strict()
      .optional()
      .openapi({ description: '第十三条: one hydrant' }),
    inspections: z
      .object({
        lastMunicipalHydrantInspection: isoDate('Last inspection of the municipal hydrants by the fire service').optional(),
        lastNaturalSourceTest: isoDate('Last test of the natural water sources').optional(),
      })
      .strict()
      .optional()
      .openapi({
        description: '第十八条: at the intervals of parameters inspection.municipal_hydrant_interval / inspection.natural_source_interval',
      }),
    design: z
      .object({
        hydrantSpacingM: quantity('Hydrant spacing as measured, m', DP.distance).optional(),
        hydrantFlowLps: quantity('Hydrant flow as measured, L/s', DP.distance).optional(),
        hydrantPressureMpa: quantity('Hydrant pressure as measured, MPa', DP.pressure).optional(),
      })
      .strict()
      .optional()
      .openapi({ description: 'Not published in 110号 (national codes): reported as not_published, never judged' }),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (!r.hydrantClearance && !r.publicArea && !r.supplyEvent && !r.maintenance && !r.inspections && !r.design) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'give at least one section: hydrantClearance, publicArea, supplyEvent, maintenance, inspections or design',
      });
    }
    for (const field of ['lastMunicipalHydrantInspection', 'lastNaturalSourceTest'] as const) {
      const d = r.inspections?.[field];
      if (d !== undefined && d > r.date)
        ctx.addIssue({ code: 'custom', path: ['inspections', field], message: 'is after the date of the check' });
    }
    if (r.inspections && r.inspections.lastMunicipalHydrantInspection === undefined && r.inspections.lastNaturalSourceTest === undefined) {
      ctx.addIssue({ code: 'custom', path: ['inspections'], message: 'give lastMunicipalHydrantInspection or lastNaturalSourceTest' });
    }
  });

const STATUS = ['met', 'not_met', 'not_applicable', 'not_published'] as const;
type Status = (typeof STATUS)[number];

const ruleSchema = z
  .object({
    id: z.string(),
    status: z.enum(STATUS),
    met: z.boolean().nullable(),
    citation: z.string(),
    parameters: z.array(z.string()).openapi({ description: 'workbook keys (or sheets) the rule read' }),
    actual: z.unknown().optional(),
    threshold: z.number().nullable().optional(),
    bound: z.string().optional(),
    applies: z.boolean().optional(),
    because: z.array(z.string()).optional(),
    missing: z.array(z.string()).optional(),
    failed: z.array(z.string()).optional(),
    dueBy: z.string().optional(),
    missingKey: z.string().optional(),
  })
  .openapi('FireWaterRule');
type Rule = z.output<typeof ruleSchema>;

const triggerSchema = z.object({
  id: z.enum(NOTIFICATION_TRIGGERS),
  fired: z.boolean().nullable().openapi({
    description: 'true: the situation of this item is reached; false: assessed and not reached; null: not assessed (its input not given)',
  }),
  actual: z.unknown(),
  threshold: z.unknown(),
  bound: z.string(),
  citation: z.string(),
});

const output = z
  .object({
    date: z.string(),
    overall: z
      .enum(['met', 'not_met', 'undetermined'])
      .openapi({ description: 'not_met if any rule is not met; else undetermined if any is not_published; else met' }),
    rules: z.array(ruleSchema),
    notification: z
      .object({
        required: z.boolean().nullable().openapi({
          description:
            'true: at least one trigger fired; false: every trigger was assessed and none fired; null: undetermined (none fired, some not assessed)',
        }),
        how: z.string(),
        triggers: z.array(triggerSchema),
      })
      .nullable()
      .openapi({
        description:
          "The water utility's duty to notify the fire service (第十四条); present when supplyEvent is sent; not part of overall",
      }),
    trace: z.array(traceStepSchema),
  })
  .openapi('FireWaterSourceCheck');

type P = Params<typeof FWS>;
type Req = z.output<typeof input>;
type NumberParam = { n: number; use: ParamUse };

const DESIGN = [
  { field: 'hydrantSpacingM', id: 'hydrant_spacing', key: 'hydrant.spacing_max', atMost: true, dp: DP.distance, unit: 'm' },
  { field: 'hydrantFlowLps', id: 'hydrant_flow', key: 'hydrant.flow_min', atMost: false, dp: DP.distance, unit: 'L/s' },
  { field: 'hydrantPressureMpa', id: 'hydrant_pressure', key: 'hydrant.pressure_min', atMost: false, dp: DP.pressure, unit: 'MPa' },
] as const;

/** Reads, before any rule runs, every parameter and row the sections sent need (one 422 naming all that are missing). */
function prefetch(p: P, req: Req) {
  const missing = new MissingCollector();
  const ctx = { date: req.date };
  const num = (key: Parameters<P['number']>[0]) => missing.get(() => p.number(key), ctx);
  const out = {
    stacking: req.hydrantClearance ? num('clearance.no_stacking_radius') : undefined,
    parking: req.hydrantClearance ? num('clearance.no_parking_radius') : undefined,
    pool: req.publicArea
      ? POOL_CONDITIONS.map((c) =>
          missing.get(() => p.find('pool_required_conditions', { condition: c }).get('condition_zh'), { ...ctx, case: { condition: c } }),
        )
      : [],
    maintenance: req.maintenance
      ? MAINTENANCE_CRITERIA.map((c) =>
          missing.get(() => p.find('maintenance_criteria', { criterion: c }).get('criterion_zh'), { ...ctx, case: { criterion: c } }),
        )
      : [],
    hydrantInterval:
      req.inspections?.lastMunicipalHydrantInspection !== undefined ? num('inspection.municipal_hydrant_interval') : undefined,
    naturalInterval: req.inspections?.lastNaturalSourceTest !== undefined ? num('inspection.natural_source_interval') : undefined,
    notify: req.supplyEvent
      ? {
          dn: num('notify.pipe_burst_dn_min'),
          outageArea: num('notify.outage_area_min'),
          lowArea: num('notify.low_pressure_area_min'),
          lowMax: num('notify.low_pressure_max'),
          communities: num('notify.communities_min'),
          households: num('notify.households_min'),
          householdsTownship: num('notify.households_min_township'),
          hours: num('notify.outage_duration_exceeds'),
          rows: NOTIFICATION_TRIGGERS.map((t) =>
            missing.get(() => p.find('notification_triggers', { trigger: t }).get('trigger_zh'), { ...ctx, case: { trigger: t } }),
          ),
        }
      : undefined,
    // Design values: an empty cell (not published) is an answer, not an error; no row in force still is.
    design: DESIGN.filter((d) => req.design?.[d.field] !== undefined).map((d) => {
      try {
        return { ...d, param: p.number(d.key) as NumberParam | undefined, unpublished: undefined };
      } catch (e) {
        const m = asMissing(e, ctx);
        if (m?.reason === 'not-published') return { ...d, param: undefined, unpublished: m };
        missing.get(() => {
          throw e;
        }, ctx);
        return { ...d, param: undefined, unpublished: undefined };
      }
    }),
  };
  missing.throwIfAny(`The fire-water-source rules on ${req.date}`);
  return out;
}

/** One citation for several rows of one document: "110号 第十三条（一）；第十三条（二）…". */
function joinCitations(uses: ParamUse[]): string {
  const parts = uses.map((u) => u.citation.split(' '));
  const articles = [...new Set(parts.map((x) => x.slice(1).join(' ')))];
  return `${parts[0]![0]} ${articles.join('；')}`;
}

const statusOf = (met: boolean | null): Status => (met === null ? 'not_published' : met ? 'met' : 'not_met');

/** Three-valued or / and (null = not assessed): one true (or) / one false (and) decides whatever is unknown. */
const anyOf = (xs: (boolean | null)[]): boolean | null => (xs.includes(true) ? true : xs.includes(null) ? null : false);
const allOf = (xs: (boolean | null)[]): boolean | null => (xs.includes(false) ? false : xs.includes(null) ? null : true);

export const fireWaterSourceCheck = defineCalculator({
  id: 'fire-water-source-check',
  table: tableRef<typeof FWS>('fire-water-sources'),
  input,
  output,
  run(at, req) {
    const p = at(req.date);
    const f = prefetch(p, req);
    const rules: Rule[] = [];
    const trace: TraceStep[] = [];

    // 第十二条: the boundary distance is inside 「N米范围内」, so met only when strictly farther.
    if (req.hydrantClearance) {
      const clear = (id: string, what: string, actual: number | null | undefined, r: NumberParam, key: string) => {
        const met = actual === null || actual === undefined ? true : scaled(actual, DP.distance) > scaled(r.n, DP.distance);
        rules.push({
          id,
          status: statusOf(met),
          met,
          actual: actual ?? null,
          threshold: r.n,
          bound: 'distance <= threshold is prohibited',
          citation: r.use.citation,
          parameters: [key],
        });
        trace.push({
          step: id,
          rule: r.use.citation,
          formula:
            actual === null || actual === undefined
              ? `no ${what} near the hydrant → met`
              : `${what} at ${actual} m ${met ? '>' : '≤'} ${r.n} m (「${r.n}米范围内」 includes ${r.n} m) → ${met ? 'met' : 'not met'}`,
          inputs: { distanceM: actual ?? null },
          parameters: { radius: r.use },
          result: met,
        });
      };
      clear(
        'no_stacking_within_radius',
        'stacked goods',
        req.hydrantClearance.nearestStackedGoodsM,
        f.stacking!,
        'clearance.no_stacking_radius',
      );
      clear(
        'no_parking_within_radius',
        'parked vehicle',
        req.hydrantClearance.nearestParkedVehicleM,
        f.parking!,
        'clearance.no_parking_radius',
      );
    }

    // 第七条: any one condition (或者) in a public area requires a pool or intake with a fire lane and a turning area.
    if (req.publicArea) {
      const a = req.publicArea;
      const present = {
        no_municipal_hydrant: !a.hasMunicipalHydrant,
        insufficient_fire_water: !a.fireWaterSufficient,
        fire_access_blocked: !a.fireEngineAccessClear,
      };
      const because = POOL_CONDITIONS.filter((c) => present[c]);
      const applies = a.isPublicArea && because.length > 0;
      const missingItems = [
        ...(a.hasFirePoolOrIntake ? [] : ['pool_or_intake']),
        ...(a.hasFireLaneToIntake ? [] : ['fire_lane']),
        ...(a.hasTurningArea ? [] : ['turning_area']),
      ];
      const met = applies ? missingItems.length === 0 : null;
      const uses = Object.fromEntries(POOL_CONDITIONS.map((c, i) => [c, f.pool[i]!.use]));
      const cite = f.pool[0]!.use.citation;
      rules.push({
        id: 'pool_or_intake_in_public_area',
        status: applies ? statusOf(met) : 'not_applicable',
        met,
        applies,
        because,
        missing: applies ? missingItems : [],
        citation: cite,
        parameters: ['pool_required_conditions'],
      });
      trace.push({
        step: 'pool_or_intake_in_public_area',
        rule: cite,
        formula: !a.isPublicArea
          ? "not a public area → not applicable (new units and residential compounds are the builder's duty, not checked here)"
          : !applies
            ? 'public area with a municipal hydrant, sufficient water and clear access → not applicable'
            : `public area and ${because.join(' + ')} → pool or intake, fire lane and turning area required; ${missingItems.length ? `missing: ${missingItems.join(', ')}` : 'all present'}`,
        inputs: { ...a },
        parameters: uses,
        result: applies ? met : 'not_applicable',
      });
    }

    // 第十三条（一）–（四）: all four criteria.
    if (req.maintenance) {
      const m = req.maintenance;
      const ok = {
        intact: m.intact,
        no_peeling_or_rust: m.noPeelingOrRust,
        valves_caps_operable: m.valvesCapsOperable,
        normal_output: m.normalOutput,
      };
      const failed = MAINTENANCE_CRITERIA.filter((c) => !ok[c]);
      const met = failed.length === 0;
      const cite = joinCitations(f.maintenance.map((x) => x!.use));
      rules.push({ id: 'hydrant_maintenance', status: statusOf(met), met, failed, citation: cite, parameters: ['maintenance_criteria'] });
      trace.push({
        step: 'hydrant_maintenance',
        rule: cite,
        formula: met ? 'all four criteria met' : `failed: ${failed.join(', ')}`,
        inputs: { ...m },
        parameters: Object.fromEntries(MAINTENANCE_CRITERIA.map((c, i) => [c, f.maintenance[i]!.use])),
        result: met,
      });
    }

    // 第十八条: next check due N calendar months after the last; the due day is still in time.
    const inspection = (id: string, last: string | undefined, interval: NumberParam | undefined, key: string) => {
      if (last === undefined) return;
      const dueBy = addMonthsClamped(last, interval!.n);
      const met = req.date <= dueBy;
      rules.push({ id, status: statusOf(met), met, actual: last, dueBy, citation: interval!.use.citation, parameters: [key] });
      trace.push({
        step: id,
        rule: interval!.use.citation,
        formula: `last ${last} + ${interval!.n} months = due by ${dueBy}; check date ${req.date} ${met ? '≤' : '>'} ${dueBy}`,
        inputs: { last, date: req.date },
        parameters: { interval: interval!.use },
        result: met,
      });
    };
    inspection(
      'municipal_hydrant_inspection',
      req.inspections?.lastMunicipalHydrantInspection,
      f.hydrantInterval,
      'inspection.municipal_hydrant_interval',
    );
    inspection('natural_source_test', req.inspections?.lastNaturalSourceTest, f.naturalInterval, 'inspection.natural_source_interval');

    // Spacing, flow, pressure: not published in 110号 → reported, never judged.
    for (const d of f.design) {
      const actual = req.design![d.field]!;
      if (d.param === undefined) {
        const m = d.unpublished!;
        rules.push({
          id: d.id,
          status: 'not_published',
          met: null,
          actual,
          missingKey: d.key,
          citation: m.citation ?? '',
          parameters: [d.key],
        });
        trace.push({
          step: d.id,
          rule: m.citation ?? '',
          formula: `${d.key} is not published in the source (${m.note ?? ''}): ${actual} ${d.unit} is not judged`,
          inputs: { [d.field]: actual },
          parameters: {},
          result: 'not_published',
        });
      } else {
        const a = scaled(actual, d.dp);
        const t = scaled(d.param.n, d.dp);
        const met = d.atMost ? a <= t : a >= t;
        rules.push({
          id: d.id,
          status: statusOf(met),
          met,
          actual,
          threshold: d.param.n,
          bound: d.atMost ? 'actual <= threshold' : 'actual >= threshold',
          citation: d.param.use.citation,
          parameters: [d.key],
        });
        trace.push({
          step: d.id,
          rule: d.param.use.citation,
          formula: `${actual} ${d.unit} ${met ? (d.atMost ? '≤' : '≥') : d.atMost ? '>' : '<'} ${d.param.n} ${d.unit}`,
          inputs: { [d.field]: actual },
          parameters: { threshold: d.param.use },
          result: met,
        });
      }
    }

    // 第十四条: any one trigger obliges the utility to notify the fire service 「事先或及时」.
    let notification: z.output<typeof output>['notification'] = null;
    if (req.supplyEvent && f.notify) {
      const e = req.supplyEvent;
      const n = f.notify;
      const cite = (t: (typeof NOTIFICATION_TRIGGERS)[number]) => n.rows[NOTIFICATION_TRIGGERS.indexOf(t)]!.use.citation;
      // A comparison with an input not given is not assessed (null), never "not reached".
      const given = <T>(x: T | undefined | null, f: (x: T) => boolean): boolean | null => (x === undefined || x === null ? null : f(x));
      const ge = (x: number | undefined | null, t: NumberParam, dp: number) => given(x, (v) => scaled(v, dp) >= scaled(t.n, dp));
      const households = e.inTownship ? n.householdsTownship! : n.households!;
      // Where the households are is not known: the count decides only if it is on the same side of both thresholds.
      const inCity = ge(e.householdsAffected, n.households!, 0);
      const inTown = ge(e.householdsAffected, n.householdsTownship!, 0);
      const householdsFired = e.inTownship === undefined ? (inCity === inTown ? inCity : null) : e.inTownship ? inTown : inCity;
      const triggers: z.output<typeof triggerSchema>[] = [
        {
          id: 'pipe_burst',
          fired: ge(e.burstMainDnMm, n.dn!, DP.diameter),
          actual: e.burstMainDnMm ?? null,
          threshold: n.dn!.n,
          bound: 'DN >= threshold (mm, 以上)',
          citation: cite('pipe_burst'),
        },
        {
          id: 'outage_area',
          fired: ge(e.noSupplyAreaKm2, n.outageArea!, DP.area),
          actual: e.noSupplyAreaKm2 ?? null,
          threshold: n.outageArea!.n,
          bound: 'area >= threshold (km²)',
          citation: cite('outage_area'),
        },
        {
          id: 'low_pressure_area',
          fired: allOf([
            ge(e.lowPressureAreaKm2, n.lowArea!, DP.area),
            given(e.minPressureMpa, (v) => scaled(v, DP.pressure) <= scaled(n.lowMax!.n, DP.pressure)),
          ]),
          actual: { areaKm2: e.lowPressureAreaKm2 ?? null, minPressureMpa: e.minPressureMpa ?? null },
          threshold: { areaKm2: n.lowArea!.n, pressureMpa: n.lowMax!.n },
          bound: 'area >= threshold (km²) and pressure <= threshold (MPa, 以下)',
          citation: cite('low_pressure_area'),
        },
        {
          id: 'communities_or_households',
          fired: anyOf([ge(e.communitiesAffected, n.communities!, 0), householdsFired]),
          actual: {
            communities: e.communitiesAffected ?? null,
            households: e.householdsAffected ?? null,
            inTownship: e.inTownship ?? null,
          },
          threshold: {
            communities: n.communities!.n,
            households: households.n,
            ...(e.inTownship === undefined ? { householdsTownship: n.householdsTownship!.n } : {}),
          },
          bound: 'communities >= threshold (含) or households >= threshold (inclusive reading)',
          citation: cite('communities_or_households'),
        },
        {
          id: 'long_outage',
          fired: anyOf([
            given(e.expectedOutageHours, (v) => scaled(v, DP.hours) > scaled(n.hours!.n, DP.hours)),
            e.notRestorableInPeak ?? null,
          ]),
          actual: { expectedOutageHours: e.expectedOutageHours ?? null, notRestorableInPeak: e.notRestorableInPeak ?? null },
          threshold: n.hours!.n,
          bound: 'hours > threshold (超, strict) or not restorable in peak hours',
          citation: cite('long_outage'),
        },
        {
          id: 'other_risk',
          fired: e.otherFireRisk ?? null,
          actual: e.otherFireRisk ?? null,
          threshold: null,
          bound: "caller's judgement",
          citation: cite('other_risk'),
        },
      ];
      // 「出现以下情况」: one fired trigger obliges; none fired is "no duty" only if none is left unassessed.
      const required = anyOf(triggers.map((t) => t.fired));
      const open = triggers.filter((t) => t.fired === null).map((t) => t.id);
      notification = { required, how: '事先或及时 (in advance or promptly; no time limit)', triggers };
      trace.push({
        step: 'notification duty of the water utility',
        rule: joinCitations(n.rows.map((x) => x!.use)),
        formula:
          `${triggers.map((t) => `${t.id}: ${t.fired === null ? 'not assessed' : t.fired ? 'fired' : 'no'}`).join('; ')} → ` +
          (required === true
            ? 'notify the fire service (事先或及时)'
            : required === false
              ? 'no notification duty'
              : `undetermined: none fired, not assessed: ${open.join(', ')}`),
        inputs: { ...e },
        parameters: {
          pipe_burst_dn_min: n.dn!.use,
          outage_area_min: n.outageArea!.use,
          low_pressure_area_min: n.lowArea!.use,
          low_pressure_max: n.lowMax!.use,
          communities_min: n.communities!.use,
          households_min: households.use,
          ...(e.inTownship === undefined ? { households_min_township: n.householdsTownship!.use } : {}),
          outage_duration_exceeds: n.hours!.use,
        },
        result: required,
      });
    }

    const overall: 'met' | 'not_met' | 'undetermined' = rules.some((r) => r.status === 'not_met')
      ? 'not_met'
      : rules.some((r) => r.status === 'not_published')
        ? 'undetermined'
        : 'met';
    return { date: req.date, overall, rules, notification, trace };
  },
});

/** What /docs, GET /v1/calculators and the widget show of this calculator (built into an asset by `npm run assets:build`; not in the Worker's bundle). */
export const fireWaterSourceCheckDocs = {
  title: { zh: '消防水源管理检查', en: 'Fire-water source check' },
  description: {
    zh: '按嘉政办发〔2014〕110号（嘉兴市消防水源管理办法），逐条检查消火栓周围堆物停车、公共区域消防水池、消火栓保养、检查测试周期，以及供水企业须通知消防机构的情形。原文未公布的消火栓间距、流量和压力只报告“未公布”，不作判断。',
    en: 'Checks an area against each rule 嘉政办发〔2014〕110号 (Jiaxing fire-water source measures) states: clearance around hydrants, pools in public areas, hydrant maintenance, inspection intervals, and when the water utility must notify the fire service. Hydrant spacing, flow and pressure are not published and are reported as such, never judged.',
  },
  examples: {
    area: {
      summary:
        'Goods 6 m and a car 15 m from a hydrant; a public area without hydrants; a DN300 burst leaving 0.8 km² without supply, every notification item assessed; inspections; measured spacing and flow',
      value: {
        date: '2015-06-01',
        hydrantClearance: { nearestStackedGoodsM: 6, nearestParkedVehicleM: 15 },
        publicArea: {
          isPublicArea: true,
          hasMunicipalHydrant: false,
          fireWaterSufficient: true,
          fireEngineAccessClear: true,
          hasFirePoolOrIntake: true,
          hasFireLaneToIntake: true,
          hasTurningArea: true,
        },
        supplyEvent: {
          burstMainDnMm: 300,
          noSupplyAreaKm2: 0.8,
          lowPressureAreaKm2: 0,
          communitiesAffected: 1,
          householdsAffected: 800,
          inTownship: false,
          expectedOutageHours: 4,
          notRestorableInPeak: false,
          otherFireRisk: false,
        },
        maintenance: { intact: true, noPeelingOrRust: true, valvesCapsOperable: true, normalOutput: true },
        inspections: { lastMunicipalHydrantInspection: '2015-03-31', lastNaturalSourceTest: '2015-02-01' },
        design: { hydrantSpacingM: 120, hydrantFlowLps: 15 },
      },
    },
  },
} satisfies CalculatorDocs<typeof fireWaterSourceCheck>;
