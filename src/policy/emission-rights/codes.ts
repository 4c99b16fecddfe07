/**
 * The codes of the emission-rights table that its workbook schema (./emission-rights.ts) and the calculators' inputs share.
 * A module of their own so that the Worker, which needs the codes, does not bundle the schema, which only
 * the build needs (BENCHMARKS.md › Footprint).
 */
export const CLASSES = ['encouraged', 'general', 'other'] as const;
export const PURPOSES = ['paid-use', 'lease', 'reduction-purchase'] as const;
export const EXCLUSION_EFFECTS = ['not-encouraged', 'forced-other'] as const;
