/**
 * The codes of the air-pollution-alerts table that its workbook schema (./air-pollution-alerts.ts) and the calculators' inputs share.
 * A module of their own so that the Worker, which needs the codes, does not bundle the schema, which only
 * the build needs (BENCHMARKS.md › Footprint).
 */
export const RESPONSE_LEVELS = ['IV', 'III', 'II', 'I'] as const;
export const MEASURE_CATEGORIES = ['health-advice', 'advised', 'mandatory'] as const;
export const SIGNERS = ['emergency-office-director', 'commander-in-chief'] as const;
