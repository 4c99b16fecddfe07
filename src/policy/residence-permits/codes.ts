/**
 * The codes of the residence-permits table that its workbook schema (./residence-permits.ts) and the calculators' inputs share.
 * A module of their own so that the Worker, which needs the codes, does not bundle the schema, which only
 * the build needs (BENCHMARKS.md › Footprint).
 */
export const PROOF_CODES = ['own_home', 'rented_home', 'employer_dormitory', 'other'] as const;
export const EMPLOYMENT_ROUTES = ['employed', 'self_employed', 'other'] as const;
