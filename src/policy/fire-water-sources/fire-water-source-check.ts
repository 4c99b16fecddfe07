import { DOCUMENTED } from '../../documented';
import { z } from '@hono/zod-openapi';
import { addMonthsClamped } from '../../engine/calendar';
import { defineCalculator, tableRef } from '../../engine/calculator';
import { isoDate } from '../../engine/inputs';
import { MissingCollector } from '../../engine/missing';
import type { Params, ParamUse } from '../../engine/params';
import type { Trace } from '../../engine/trace';
import type { Localized } from '../../tables/model';
import { quantity, scaled, wholeCount } from '../../engine/quantity';
import {
  allOf,
  anyOf,
  type NotAssessed,
  notAssessedSchema,
  notGiven,
  notPublished,
  statusOf,
  statusSchema,
  truthOf,
} from '../../engine/verdict';
import type { fireWaterSources as FWS } from './table';
import { MAINTENANCE_CRITERIA, NOTIFICATION_TRIGGERS, POOL_CONDITIONS } from './codes';

/**
 * An area's fire-water situation checked against each rule 嘉兴市消防水源管理办法 (嘉政办发〔2014〕110号) states:
 * clearance around hydrants (第十二条), pools or intakes in public areas (第七条), hydrant maintenance (第十三条),
 * inspection intervals (第十八条) and the water utility's duty to notify the fire service (第十四条).
 *
 * 110号 publishes no hydrant spacing, flow or design pressure (第八条、第九条 refer to national codes). Those
 * rows are empty in the workbook, and a measured spacing, flow or pressure is `not_assessed`, listed in notAssessed
 * as not-published naming the key: never judged, never replaced by a national-code figure. (Should a maintainer add a value
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
  quantity(
    DOCUMENTED && `Horizontal distance in m from the hydrant to the nearest ${what} (at most 2 decimals); null or absent = none`,
    DP.distance,
  )
    .nullable()
    .optional();

const input = z
  .object({
    date: isoDate(DOCUMENTED && 'Date of the check (the table is read as in force on it; inspections are due by it)'),
    hydrantClearance: z
      .object({ nearestStackedGoodsM: nullableDistance('stacked goods'), nearestParkedVehicleM: nullableDistance('parked vehicle') })
      .strict()
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            '第十二条: no stacking and no parking within the radii around a hydrant (parameters clearance.no_stacking_radius, clearance.no_parking_radius)',
        },
      ),
    publicArea: z
      .object({
        isPublicArea: z.boolean().openapi(DOCUMENTED && { description: '公共区域 (the caller judges)' }),
        hasMunicipalHydrant: z.boolean().openapi(DOCUMENTED && { description: '有市政消火栓' }),
        fireWaterSufficient: z.boolean().openapi(DOCUMENTED && { description: '消防给水充足' }),
        fireEngineAccessClear: z.boolean().openapi(DOCUMENTED && { description: '消防车通道畅通' }),
        hasFirePoolOrIntake: z.boolean().openapi(DOCUMENTED && { description: '已建消防水池或天然水源消防车取水设施' }),
        hasFireLaneToIntake: z.boolean().openapi(DOCUMENTED && { description: '有消防车到达取水口的消防车道' }),
        hasTurningArea: z.boolean().openapi(DOCUMENTED && { description: '有消防车回车场或回车道' }),
      })
      .strict()
      .optional()
      .openapi(
        DOCUMENTED && {
          description: '第七条: public areas without hydrants, with insufficient water or blocked access need a pool or intake',
        },
      ),
    supplyEvent: z
      .object({
        burstMainDnMm: wholeCount(
          DOCUMENTED && 'Nominal diameter (DN, mm) of a burst main; 0 = no burst; absent = not assessed',
        ).optional(),
        noSupplyAreaKm2: quantity(
          DOCUMENTED && 'Area without normal supply, km² (at most 6 decimals); absent = not assessed',
          DP.area,
        ).optional(),
        lowPressureAreaKm2: quantity(
          DOCUMENTED && 'Low-pressure area, km² (at most 6 decimals); absent = not assessed',
          DP.area,
        ).optional(),
        minPressureMpa: quantity(
          DOCUMENTED && 'Lowest pressure in the low-pressure area, MPa (at most 6 decimals); null or absent = not assessed',
          DP.pressure,
        )
          .nullable()
          .optional(),
        communitiesAffected: wholeCount(
          DOCUMENTED && 'Communities (小区) without normal supply or with insufficient pressure; absent = not assessed',
        ).optional(),
        householdsAffected: wholeCount(
          DOCUMENTED && 'Households (户) without normal supply or with insufficient pressure; absent = not assessed',
        ).optional(),
        inTownship: z
          .boolean()
          .optional()
          .openapi(
            DOCUMENTED && {
              description:
                'true when the households are in 乡镇 (towns and townships); absent = not known (decides only between the two household thresholds)',
            },
          ),
        expectedOutageHours: quantity(
          DOCUMENTED && 'Expected continuous outage, hours (at most 2 decimals); absent = not assessed',
          DP.hours,
        ).optional(),
        notRestorableInPeak: z
          .boolean()
          .optional()
          .openapi(
            DOCUMENTED && {
              description: 'Supply cannot be restored during peak hours (高峰时段, the caller judges); absent = not assessed',
            },
          ),
        otherFireRisk: z
          .boolean()
          .optional()
          .openapi(
            DOCUMENTED && { description: '其他可能影响消防队灭火救援，导致灾情扩大的情况 (the caller judges); absent = not assessed' },
          ),
      })
      .strict()
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            '第十四条: one fault of the municipal network, or one large pressure drop or outage; a field left out leaves its trigger not assessed (fired null)',
        },
      ),
    maintenance: z
      .object({
        intact: z.boolean().openapi(DOCUMENTED && { description: '整体完好，部件无缺损' }),
        noPeelingOrRust: z.boolean().openapi(DOCUMENTED && { description: '无油漆剥落和生锈现象' }),
        valvesCapsOperable: z.boolean().openapi(DOCUMENTED && { description: '开关、闷盖开启灵活，无锈死、漏水现象' }),
        normalOutput: z.boolean().openapi(DOCUMENTED && { description: '出水正常' }),
      })
      .strict()
      .optional()
      .openapi(DOCUMENTED && { description: '第十三条: one hydrant' }),
    inspections: z
      .object({
        lastMunicipalHydrantInspection: isoDate(DOCUMENTED && 'Last inspection of the municipal hydrants by the fire service').optional(),
        lastNaturalSourceTest: isoDate(DOCUMENTED && 'Last test of the natural water sources').optional(),
      })
      .strict()
      .optional()
      .openapi(
        DOCUMENTED && {
          description:
            '第十八条: at the intervals of parameters inspection.municipal_hydrant_interval / inspection.natural_source_interval',
        },
      ),
    design: z
      .object({
        hydrantSpacingM: quantity(DOCUMENTED && 'Hydrant spacing as measured, m', DP.distance).optional(),
        hydrantFlowLps: quantity(DOCUMENTED && 'Hydrant flow as measured, L/s', DP.distance).optional(),
        hydrantPressureMpa: quantity(DOCUMENTED && 'Hydrant pressure as measured, MPa', DP.pressure).optional(),
      })
      .strict()
      .optional()
      .openapi(DOCUMENTED && { description: 'Not published in 110号 (national codes): reported as not_published, never judged' }),
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

const ruleSchema =
  DOCUMENTED &&
  z
    .object({
      id: z.string(),
      status: statusSchema,
      met: z.boolean().nullable(),
      citation: z.string(),
      parameters: z.array(z.string()).openapi(DOCUMENTED && { description: 'workbook keys (or sheets) the rule read' }),
      actual: z.unknown().optional(),
      threshold: z.number().nullable().optional(),
      unit: z
        .string()
        .optional()
        .openapi(DOCUMENTED && { description: 'unit of actual and threshold, as the workbook names it (m, L/s, MPa)' }),
      bound: z.string().optional(),
      applies: z.boolean().optional(),
      because: z.array(z.string()).optional(),
      missing: z.array(z.string()).optional(),
      failed: z.array(z.string()).optional(),
      dueBy: z.string().optional(),
      missingKey: z
        .string()
        .optional()
        .openapi(DOCUMENTED && { description: 'the workbook key of a value not published (status not_assessed)' }),
    })
    .openapi('FireWaterRule');
type Rule = z.output<typeof ruleSchema>;

const triggerSchema =
  DOCUMENTED &&
  z.object({
    id: z.enum(NOTIFICATION_TRIGGERS),
    fired: z
      .boolean()
      .nullable()
      .openapi(
        DOCUMENTED && {
          description:
            'true: the situation of this item is reached; false: assessed and not reached; null: not assessed (its input not given)',
        },
      ),
    actual: z.unknown(),
    threshold: z.unknown(),
    unit: z
      .string()
      .optional()
      .openapi(DOCUMENTED && { description: 'unit of the figures actual and threshold, as the workbook names it (mm, km2, hours)' }),
    bound: z.string(),
    citation: z.string(),
  });

const output =
  DOCUMENTED &&
  z
    .object({
      date: z.string(),
      overall: z
        .boolean()
        .nullable()
        .openapi(
          DOCUMENTED && {
            description:
              'true: every rule checked holds (a rule that does not apply counts as holding); false: at least one rule is not met; ' +
              'null: undetermined — none is not met, but one is not_assessed (a value the source does not publish, see notAssessed). The notification duty is not part of it',
          },
        ),
      rules: z.array(ruleSchema),
      notification: z
        .object({
          required: z
            .boolean()
            .nullable()
            .openapi(
              DOCUMENTED && {
                description:
                  'true: at least one trigger fired; false: every trigger was assessed and none fired; null: undetermined (none fired, some not assessed)',
              },
            ),
          how: z.string().openapi(
            DOCUMENTED && {
              description: 'When the utility notifies if it must (第十四条 「事先或及时」): the rule, given whatever `required` is',
            },
          ),
          triggers: z.array(triggerSchema),
        })
        .nullable()
        .openapi(
          DOCUMENTED && {
            description:
              "The water utility's duty to notify the fire service (第十四条); present when supplyEvent is sent; not part of overall",
          },
        ),
      notAssessed: z.array(notAssessedSchema).openapi(
        DOCUMENTED && {
          description:
            'what was not assessed: each rule whose value 110号 does not publish (reason not-published), then each 第十四条 trigger whose input was not given (fired null); empty when everything sent was assessed',
        },
      ),
    })
    .openapi('FireWaterSourceCheck');

type P = Params<typeof FWS>;
type Req = z.output<typeof input>;
type NumberParam = { n: number; use: ParamUse };
type Trigger = (typeof NOTIFICATION_TRIGGERS)[number];

const DESIGN = [
  { field: 'hydrantSpacingM', id: 'hydrant_spacing', key: 'hydrant.spacing_max', atMost: true, dp: DP.distance, unit: 'm' },
  { field: 'hydrantFlowLps', id: 'hydrant_flow', key: 'hydrant.flow_min', atMost: false, dp: DP.distance, unit: 'L/s' },
  { field: 'hydrantPressureMpa', id: 'hydrant_pressure', key: 'hydrant.pressure_min', atMost: false, dp: DP.pressure, unit: 'MPa' },
] as const;
const DESIGN_ZH = {
  hydrant_spacing: { name: '消火栓间距', unit: '米' },
  hydrant_flow: { name: '消火栓流量', unit: '升/秒' },
  hydrant_pressure: { name: '消火栓压力', unit: '兆帕' },
} as const;
const POOL_CONDITION_EN = {
  no_municipal_hydrant: 'no municipal hydrant',
  insufficient_fire_water: 'not enough water for fire fighting',
  fire_access_blocked: 'fire engine access blocked',
} as const;
const PROVISION = {
  pool_or_intake: { zh: '消防水池或天然水源取水设施', en: 'a fire pool or intake' },
  fire_lane: { zh: '到达取水口的消防车道', en: 'a fire lane to the intake' },
  turning_area: { zh: '回车场或回车道', en: 'a turning area' },
} as const satisfies Record<string, Localized>;

/** Reads, before any rule runs, every parameter and row the sections sent need (one 422 naming all that are missing). */
function prefetch(p: P, req: Req) {
  const missing = new MissingCollector();
  const num = (key: Parameters<P['number']>[0]) => p.number(key, missing);
  const out = {
    stacking: req.hydrantClearance ? num('clearance.no_stacking_radius') : undefined,
    parking: req.hydrantClearance ? num('clearance.no_parking_radius') : undefined,
    pool: req.publicArea
      ? POOL_CONDITIONS.map((c) => p.find('pool_required_conditions', { condition: c }, {}, missing)?.get('condition_zh', missing))
      : [],
    maintenance: req.maintenance
      ? MAINTENANCE_CRITERIA.map((c) => p.find('maintenance_criteria', { criterion: c }, {}, missing)?.get('criterion_zh', missing))
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
          rows: NOTIFICATION_TRIGGERS.map((t) => p.find('notification_triggers', { trigger: t }, {}, missing)?.get('trigger_zh', missing)),
        }
      : undefined,
    // Design values: an empty cell (not published) is an answer, not an error; no row in force still is.
    design: DESIGN.filter((d) => req.design?.[d.field] !== undefined).map((d) => {
      const r = p.optional(d.key);
      if (r.published) return { ...d, param: { n: r.value as number, use: r.use } as NumberParam, unpublished: undefined };
      if (r.missing.reason === 'not-published') return { ...d, param: undefined, unpublished: r.missing };
      missing.add(r.missing);
      return { ...d, param: undefined, unpublished: undefined };
    }),
  };
  missing.throwIfAny({ zh: `${req.date} 的消防水源检查`, en: `The fire-water-source rules on ${req.date}` });
  return out;
}

/** One citation for several rows of one document: "110号 第十三条（一）；第十三条（二）…". */
function joinCitations(uses: ParamUse[]): string {
  const parts = uses.map((u) => u.citation.split(' '));
  const articles = [...new Set(parts.map((x) => x.slice(1).join(' ')))];
  return `${parts[0]![0]} ${articles.join('；')}`;
}

const metZh = (met: boolean) => (met ? '符合' : '不符合');

type Prefetched = ReturnType<typeof prefetch>;
type Notify = NonNullable<Prefetched['notify']>;
type SupplyEvent = NonNullable<Req['supplyEvent']>;
type TriggerOut = z.output<typeof triggerSchema>;

/** 第十二条: no stacking or parking 「N米范围内」 of a hydrant; the boundary distance is inside, so met only when strictly farther. */
function clearanceZone(
  trace: Trace,
  id: string,
  what: { rule: string; zh: string; en: string },
  actual: number | null | undefined,
  r: NumberParam,
  key: string,
): Rule {
  return trace.step({ zh: what.rule, en: id }, (s) => {
    s.uses(r).inputs({ distanceM: actual ?? null });
    const met = actual === null || actual === undefined ? true : scaled(actual, DP.distance) > scaled(r.n, DP.distance);
    const rule: Rule = {
      id,
      status: statusOf(met),
      met,
      actual: actual ?? null,
      threshold: r.n,
      unit: r.use.unit,
      bound: 'distance <= threshold is prohibited',
      citation: r.use.citation,
      parameters: [key],
    };
    s.formula(
      actual === null || actual === undefined
        ? { zh: `消火栓附近没有${what.zh}，符合`, en: `no ${what.en} near the hydrant → met` }
        : {
            zh: `${what.zh}距消火栓 ${actual} 米，在 ${r.n} 米范围（含 ${r.n} 米）${met ? '以外' : '以内'}，${metZh(met)}`,
            en: `${what.en} at ${actual} m ${met ? '>' : '≤'} ${r.n} m (「${r.n}米范围内」 includes ${r.n} m) → ${met ? 'met' : 'not met'}`,
          },
    );
    return s.result(met, rule);
  });
}

/** 第十二条: the no-stacking zone, then the no-parking zone. */
function hydrantClearance(trace: Trace, c: NonNullable<Req['hydrantClearance']>, f: Prefetched): Rule[] {
  return [
    clearanceZone(
      trace,
      'no_stacking_within_radius',
      { rule: '消火栓周围禁止堆物', zh: '堆放的物品', en: 'stacked goods' },
      c.nearestStackedGoodsM,
      f.stacking!,
      'clearance.no_stacking_radius',
    ),
    clearanceZone(
      trace,
      'no_parking_within_radius',
      { rule: '消火栓周围禁止停车', zh: '停放的车辆', en: 'parked vehicle' },
      c.nearestParkedVehicleM,
      f.parking!,
      'clearance.no_parking_radius',
    ),
  ];
}

/**
 * 第七条: in a public area, any one condition (或者: no municipal hydrant, insufficient water, blocked access) requires a
 * pool or intake with a fire lane and a turning area; elsewhere not applicable.
 */
function poolOrIntakeInPublicArea(trace: Trace, a: NonNullable<Req['publicArea']>, pool: Prefetched['pool']): Rule {
  return trace.step({ zh: '公共区域的消防水池或取水设施', en: 'pool_or_intake_in_public_area' }, (s) => {
    s.uses(...pool.map((x) => x!)).inputs({ ...a });
    const present = {
      no_municipal_hydrant: !a.hasMunicipalHydrant,
      insufficient_fire_water: !a.fireWaterSufficient,
      fire_access_blocked: !a.fireEngineAccessClear,
    };
    const because = POOL_CONDITIONS.filter((c) => present[c]);
    const applies = a.isPublicArea && because.length > 0;
    const missingItems = [
      ...(a.hasFirePoolOrIntake ? [] : (['pool_or_intake'] as const)),
      ...(a.hasFireLaneToIntake ? [] : (['fire_lane'] as const)),
      ...(a.hasTurningArea ? [] : (['turning_area'] as const)),
    ];
    const met = applies ? missingItems.length === 0 : null;
    const cite = pool[0]!.use.citation;
    s.rule(cite);
    const rule: Rule = {
      id: 'pool_or_intake_in_public_area',
      status: applies ? statusOf(met) : 'not_applicable',
      met,
      applies,
      because,
      missing: applies ? missingItems : [],
      citation: cite,
      parameters: ['pool_required_conditions'],
    };
    const conditionZh = because.map((c) => String(pool[POOL_CONDITIONS.indexOf(c)]!.value));
    s.formula(
      !a.isPublicArea
        ? {
            zh: '不是公共区域，不适用（新建单位和住宅小区由建设单位负责，不在此检查）',
            en: "not a public area → not applicable (new units and residential compounds are the builder's duty, not checked here)",
          }
        : !applies
          ? {
              zh: '公共区域有市政消火栓、消防给水充足、消防车通道畅通，不适用',
              en: 'public area with a municipal hydrant, sufficient water and clear access → not applicable',
            }
          : {
              zh:
                `公共区域，${conditionZh.join('、')}，须建消防水池或天然水源取水设施，并有消防车道和回车场或回车道；` +
                `${missingItems.length ? `缺少${missingItems.map((x) => PROVISION[x].zh).join('、')}` : '均已具备'}，${metZh(met!)}`,
              en: `public area and ${because.map((c) => POOL_CONDITION_EN[c]).join(' + ')} → pool or intake, fire lane and turning area required; ${missingItems.length ? `missing: ${missingItems.map((x) => PROVISION[x].en).join(', ')}` : 'all present'}`,
            },
    );
    return s.result(applies ? met : 'not_applicable', rule);
  });
}

/** 第十三条（一）–（四）: a hydrant is maintained when all four criteria hold. */
function hydrantMaintenance(trace: Trace, m: NonNullable<Req['maintenance']>, criteria: Prefetched['maintenance']): Rule {
  return trace.step({ zh: '消火栓保养维修', en: 'hydrant_maintenance' }, (s) => {
    const uses = criteria.map((x) => x!.use);
    const ok = {
      intact: m.intact,
      no_peeling_or_rust: m.noPeelingOrRust,
      valves_caps_operable: m.valvesCapsOperable,
      normal_output: m.normalOutput,
    };
    const failed = MAINTENANCE_CRITERIA.filter((c) => !ok[c]);
    const met = failed.length === 0;
    const cite = joinCitations(uses);
    s.uses(...uses)
      .rule(cite)
      .inputs({ ...m });
    const rule: Rule = {
      id: 'hydrant_maintenance',
      status: statusOf(met),
      met,
      failed,
      citation: cite,
      parameters: ['maintenance_criteria'],
    };
    const failedZh = failed.map((c) => String(criteria[MAINTENANCE_CRITERIA.indexOf(c)]!.value));
    s.formula({
      zh: met ? `${MAINTENANCE_CRITERIA.length} 项要求均符合` : `不符合：${failedZh.join('；')}`,
      en: met ? 'all four criteria met' : `failed: ${failed.join(', ')}`,
    });
    return s.result(met, rule);
  });
}

/**
 * 第十八条: 每半年 / 每年 — the next check is due N calendar months after the last (day clamped to the month's end);
 * the due day itself is still in time.
 */
function inspectionDue(trace: Trace, date: string, id: string, name: string, last: string, interval: NumberParam, key: string): Rule {
  return trace.step({ zh: name, en: id }, (s) => {
    s.uses(interval).inputs({ last, date });
    const dueBy = addMonthsClamped(last, interval.n);
    const met = date <= dueBy;
    const rule: Rule = { id, status: statusOf(met), met, actual: last, dueBy, citation: interval.use.citation, parameters: [key] };
    s.formula({
      zh: `上次 ${last}，${interval.n} 个月后为 ${dueBy}，当日之前（含当日）应再次检查；检查日 ${date} ${met ? '未超过' : '已超过'}期限，${metZh(met)}`,
      en: `last ${last} + ${interval.n} months = due by ${dueBy}; check date ${date} ${met ? '≤' : '>'} ${dueBy}`,
    });
    return s.result(met, rule);
  });
}

/** 第十八条: the municipal hydrants' inspection, then the natural sources' test, each where its last date is given. */
function inspections(trace: Trace, req: Req, f: Prefetched): Rule[] {
  const out: Rule[] = [];
  const last = req.inspections;
  if (last?.lastMunicipalHydrantInspection !== undefined)
    out.push(
      inspectionDue(
        trace,
        req.date,
        'municipal_hydrant_inspection',
        '市政消火栓检查',
        last.lastMunicipalHydrantInspection,
        f.hydrantInterval!,
        'inspection.municipal_hydrant_interval',
      ),
    );
  if (last?.lastNaturalSourceTest !== undefined)
    out.push(
      inspectionDue(
        trace,
        req.date,
        'natural_source_test',
        '天然水源检测',
        last.lastNaturalSourceTest,
        f.naturalInterval!,
        'inspection.natural_source_interval',
      ),
    );
  return out;
}

/**
 * 第八条、第九条: spacing, flow and pressure are not published in 110号 (national codes) → not assessed, never judged,
 * naming the key; a value a maintainer adds is applied (spacing ≤ the maximum, flow and pressure ≥ the minimum).
 */
function designValue(p: P, trace: Trace, d: Prefetched['design'][number], actual: number): { rule: Rule; notAssessed?: NotAssessed } {
  const zh = DESIGN_ZH[d.id];
  return trace.step({ zh: zh.name, en: d.id }, (s) => {
    s.inputs({ [d.field]: actual });
    if (d.param === undefined) {
      const m = d.unpublished!;
      const rule: Rule = {
        id: d.id,
        status: 'not_assessed',
        met: null,
        actual,
        unit: d.unit,
        missingKey: d.key,
        citation: m.citation ?? '',
        parameters: [d.key],
      };
      s.rule(m.citation ?? p.article('第八条、第九条'));
      s.formula({
        zh: `本办法未规定${zh.name}（应按国家有关规范执行）：实测 ${actual} ${zh.unit}，此处不作判断`,
        en: `${m.text.en}${m.note ? ` ${m.note.en}` : ''}: ${actual} ${d.unit} is not judged`,
      });
      return s.result('not_assessed', { rule, notAssessed: notPublished(d.id, m) });
    }
    s.uses(d.param);
    const a = scaled(actual, d.dp);
    const t = scaled(d.param.n, d.dp);
    const met = d.atMost ? a <= t : a >= t;
    const rule: Rule = {
      id: d.id,
      status: statusOf(met),
      met,
      actual,
      threshold: d.param.n,
      unit: d.param.use.unit,
      bound: d.atMost ? 'actual <= threshold' : 'actual >= threshold',
      citation: d.param.use.citation,
      parameters: [d.key],
    };
    s.formula({
      zh: `实测${zh.name} ${actual} ${zh.unit}，${d.atMost ? (met ? '未超过' : '超过') : met ? '不低于' : '低于'} ${d.param.n} ${zh.unit}，${metZh(met)}`,
      en: `${actual} ${d.unit} ${met ? (d.atMost ? '≤' : '≥') : d.atMost ? '>' : '<'} ${d.param.n} ${d.unit}`,
    });
    return s.result(met, { rule });
  });
}

/**
 * 第十四条 (一)–(六): each situation against its threshold — DN 以上, areas 范围内 and pressure 以下 inclusive, the
 * communities 含 and the households read inclusively, 「连续超8小时」 strict. A comparison with an input not given is
 * not assessed (fired null), never "not reached"; where the households are is not known, the count decides only if
 * it is on the same side of both thresholds. `open` lists, per trigger, the inputs that would decide it.
 */
function notificationTriggers(e: SupplyEvent, n: Notify, cite: (t: Trigger) => string) {
  const given = <T>(x: T | undefined | null, f: (x: T) => boolean): boolean | null => (x === undefined || x === null ? null : f(x));
  const ge = (x: number | undefined | null, t: NumberParam, dp: number) => given(x, (v) => scaled(v, dp) >= scaled(t.n, dp));
  const households = e.inTownship ? n.householdsTownship! : n.households!;
  const inCity = ge(e.householdsAffected, n.households!, 0);
  const inTown = ge(e.householdsAffected, n.householdsTownship!, 0);
  const householdsFired = e.inTownship === undefined ? (inCity === inTown ? inCity : null) : e.inTownship ? inTown : inCity;
  const communitiesFired = ge(e.communitiesAffected, n.communities!, 0);
  const lowArea = ge(e.lowPressureAreaKm2, n.lowArea!, DP.area);
  const lowPressure = given(e.minPressureMpa, (v) => scaled(v, DP.pressure) <= scaled(n.lowMax!.n, DP.pressure));
  const hours = given(e.expectedOutageHours, (v) => scaled(v, DP.hours) > scaled(n.hours!.n, DP.hours));
  const triggers: TriggerOut[] = [
    {
      id: 'pipe_burst',
      fired: ge(e.burstMainDnMm, n.dn!, DP.diameter),
      actual: e.burstMainDnMm ?? null,
      threshold: n.dn!.n,
      unit: n.dn!.use.unit,
      bound: 'DN >= threshold (mm, 以上)',
      citation: cite('pipe_burst'),
    },
    {
      id: 'outage_area',
      fired: ge(e.noSupplyAreaKm2, n.outageArea!, DP.area),
      actual: e.noSupplyAreaKm2 ?? null,
      threshold: n.outageArea!.n,
      unit: n.outageArea!.use.unit,
      bound: 'area >= threshold (km²)',
      citation: cite('outage_area'),
    },
    {
      id: 'low_pressure_area',
      fired: allOf([lowArea, lowPressure]),
      actual: { areaKm2: e.lowPressureAreaKm2 ?? null, minPressureMpa: e.minPressureMpa ?? null },
      threshold: { areaKm2: n.lowArea!.n, pressureMpa: n.lowMax!.n },
      bound: 'area >= threshold (km²) and pressure <= threshold (MPa, 以下)',
      citation: cite('low_pressure_area'),
    },
    {
      id: 'communities_or_households',
      fired: anyOf([communitiesFired, householdsFired]),
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
      fired: anyOf([hours, e.notRestorableInPeak ?? null]),
      actual: { expectedOutageHours: e.expectedOutageHours ?? null, notRestorableInPeak: e.notRestorableInPeak ?? null },
      threshold: n.hours!.n,
      unit: n.hours!.use.unit,
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
  // What would decide a trigger not assessed: the inputs it lacks (inTownship only where it decides the households).
  const open: Record<Trigger, (string | false)[]> = {
    pipe_burst: ['burstMainDnMm'],
    outage_area: ['noSupplyAreaKm2'],
    low_pressure_area: [lowArea === null && 'lowPressureAreaKm2', lowPressure === null && 'minPressureMpa'],
    communities_or_households: [
      communitiesFired === null && 'communitiesAffected',
      e.householdsAffected === undefined && 'householdsAffected',
      householdsFired === null && e.inTownship === undefined && 'inTownship',
    ],
    long_outage: [hours === null && 'expectedOutageHours', e.notRestorableInPeak === undefined && 'notRestorableInPeak'],
    other_risk: ['otherFireRisk'],
  };
  return { triggers, open };
}

/** What each supply-event input is, in words (a reader never sees the field's name). */
const SUPPLY_INPUT: Record<keyof SupplyEvent, { zh: string; en: string }> = {
  burstMainDnMm: { zh: '爆管管径', en: 'the diameter of the burst main' },
  noSupplyAreaKm2: { zh: '不能正常供水的面积', en: 'the area without normal supply' },
  lowPressureAreaKm2: { zh: '降压面积', en: 'the area with reduced pressure' },
  minPressureMpa: { zh: '最低水压', en: 'the lowest pressure' },
  communitiesAffected: { zh: '受影响的小区数', en: 'the number of residential compounds affected' },
  householdsAffected: { zh: '受影响的户数', en: 'the number of households affected' },
  inTownship: { zh: '是否在乡镇', en: 'whether it is in a township' },
  expectedOutageHours: { zh: '预计停水时长', en: 'the expected length of the outage' },
  notRestorableInPeak: { zh: '高峰时段能否恢复供水', en: 'whether supply can be restored at peak hours' },
  otherFireRisk: { zh: '是否有其他影响消防用水的情况', en: 'whether anything else affects water for fire fighting' },
};

/** What the request says of each 第十四条 situation, in Chinese words for the trace. */
function triggerWords(e: SupplyEvent): Record<Trigger, string> {
  const none = (k: keyof SupplyEvent) => `未提供${SUPPLY_INPUT[k].zh}`;
  return {
    pipe_burst:
      e.burstMainDnMm === undefined ? none('burstMainDnMm') : e.burstMainDnMm === 0 ? '没有爆管' : `爆管管径 DN${e.burstMainDnMm} 毫米`,
    outage_area: e.noSupplyAreaKm2 === undefined ? none('noSupplyAreaKm2') : `不能正常供水的面积 ${e.noSupplyAreaKm2} 平方公里`,
    low_pressure_area: [
      e.lowPressureAreaKm2 === undefined ? none('lowPressureAreaKm2') : `降压面积 ${e.lowPressureAreaKm2} 平方公里`,
      e.minPressureMpa === undefined || e.minPressureMpa === null ? none('minPressureMpa') : `最低水压 ${e.minPressureMpa} 兆帕`,
    ].join('、'),
    communities_or_households: [
      e.communitiesAffected === undefined ? none('communitiesAffected') : `${e.communitiesAffected} 个小区`,
      e.householdsAffected === undefined ? none('householdsAffected') : `${e.householdsAffected} 户`,
      e.inTownship === undefined ? none('inTownship') : e.inTownship ? '在乡镇' : '不在乡镇',
    ].join('、'),
    long_outage: [
      e.expectedOutageHours === undefined ? none('expectedOutageHours') : `预计连续停水 ${e.expectedOutageHours} 小时`,
      e.notRestorableInPeak === undefined ? none('notRestorableInPeak') : e.notRestorableInPeak ? '高峰时段不能恢复' : '高峰时段能恢复',
    ].join('、'),
    other_risk: e.otherFireRisk === undefined ? none('otherFireRisk') : e.otherFireRisk ? '有此情况' : '没有此情况',
  };
}

/**
 * 第十四条 「出现以下情况…必须事先或及时通知」: the water utility owes the fire service notice as soon as one trigger
 * fires; there is no duty only when every trigger was assessed and none fired, else the duty is undetermined. Each
 * trigger not assessed is listed with the inputs that would decide it.
 */
function notificationDuty(trace: Trace, e: SupplyEvent, n: Notify) {
  const notAssessed: NotAssessed[] = [];
  const notification = trace.step({ zh: '供水企业通知消防机构的义务', en: 'notification duty of the water utility' }, (s) => {
    const rowUses = n.rows.map((x) => x!.use);
    s.uses(...rowUses, n.dn!, n.outageArea!, n.lowArea!, n.lowMax!, n.communities!, n.households!, n.householdsTownship!, n.hours!);
    s.rule(joinCitations(rowUses)).inputs({ ...e });
    const { triggers, open } = notificationTriggers(e, n, (t) => rowUses[NOTIFICATION_TRIGGERS.indexOf(t)]!.citation);
    const words = triggerWords(e);
    const required = anyOf(triggers.map((t) => t.fired));
    const openIds = triggers.filter((t) => t.fired === null).map((t) => t.id);
    for (const t of triggers.filter((x) => x.fired === null)) {
      const inputs = open[t.id].filter((x): x is keyof SupplyEvent => x !== false);
      notAssessed.push(
        notGiven(
          t.id,
          inputs.map((x) => `supplyEvent.${x}`),
          {
            zh: `未提供${inputs.map((x) => SUPPLY_INPUT[x].zh).join('、')}，无法判断第十四条的这一情形`,
            en: `${inputs.map((x) => SUPPLY_INPUT[x].en).join(', ')} not given: this case of Article 14 is not assessed`,
          },
        ),
      );
    }
    const textZh = (t: Trigger) => String(n.rows[NOTIFICATION_TRIGGERS.indexOf(t)]!.value);
    s.formula({
      zh:
        `${triggers.map((t) => `${textZh(t.id)}：${words[t.id]}，${t.fired === null ? '未评估' : t.fired ? '已出现' : '未出现'}`).join('；')} → ` +
        (required === true
          ? '应事先或及时通知公安机关消防机构'
          : required === false
            ? '无须通知'
            : `尚不能确定：没有已出现的情形，但 ${openIds.length} 项未评估`),
      en:
        `${triggers.map((t, i) => `(${i + 1}) ${t.fired === null ? 'not assessed' : t.fired ? 'yes' : 'no'}`).join('; ')} → ` +
        (required === true
          ? 'notify the fire service (事先或及时)'
          : required === false
            ? 'no notification duty'
            : `undetermined: none fired, not assessed: ${openIds.join(', ')}`),
    });
    return s.result(required, { required, how: '事先或及时 (in advance or promptly; no time limit)', triggers });
  });
  return { notification, notAssessed };
}

export const fireWaterSourceCheck = defineCalculator({
  id: 'fire-water-source-check',
  table: tableRef<typeof FWS>('fire-water-sources'),
  input,
  output,
  run({ at, trace }, req) {
    const p = at(req.date);
    const f = prefetch(p, req);
    const rules: Rule[] = [];
    const notAssessed: NotAssessed[] = [];
    if (req.hydrantClearance) rules.push(...hydrantClearance(trace, req.hydrantClearance, f));
    if (req.publicArea) rules.push(poolOrIntakeInPublicArea(trace, req.publicArea, f.pool));
    if (req.maintenance) rules.push(hydrantMaintenance(trace, req.maintenance, f.maintenance));
    rules.push(...inspections(trace, req, f));
    for (const d of f.design) {
      const design = designValue(p, trace, d, req.design![d.field]!);
      rules.push(design.rule);
      if (design.notAssessed) notAssessed.push(design.notAssessed);
    }
    // The notification duty is apart from the rules: it is not part of overall.
    let notification: z.output<typeof output>['notification'] = null;
    if (req.supplyEvent && f.notify) {
      const duty = notificationDuty(trace, req.supplyEvent, f.notify);
      notification = duty.notification;
      notAssessed.push(...duty.notAssessed);
    }
    // The rules sent, all of them (a rule that does not apply holds).
    const overall = allOf(rules.map((r) => truthOf(r.status, true)));
    return { date: req.date, overall, rules, notification, notAssessed };
  },
});
