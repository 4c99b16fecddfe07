/**
 * The codes of the fire-water-sources table that its workbook schema (./fire-water-sources.ts) and the calculators' inputs share.
 * A module of their own so that the Worker, which needs the codes, does not bundle the schema, which only
 * the build needs (BENCHMARKS.md › Footprint).
 */
export const POOL_CONDITIONS = ['no_municipal_hydrant', 'insufficient_fire_water', 'fire_access_blocked'] as const;
export const MAINTENANCE_CRITERIA = ['intact', 'no_peeling_or_rust', 'valves_caps_operable', 'normal_output'] as const;
export const NOTIFICATION_TRIGGERS = [
  'pipe_burst',
  'outage_area',
  'low_pressure_area',
  'communities_or_households',
  'long_outage',
  'other_risk',
] as const;
