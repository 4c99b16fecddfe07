/**
 * The codes of the solar-pv table that its workbook schema (./solar-pv.ts) and the calculators' inputs share.
 * A module of their own so that the Worker, which needs the codes, does not bundle the schema, which only
 * the build needs (BENCHMARKS.md › Footprint).
 */
export const PV_SUBJECTS = ['enterprise_or_project', 'industrial_factory', 'civil_building'] as const;
export const PV_CRITERIA = ['annual_energy', 'total_roof_area', 'single_roof_area'] as const;
