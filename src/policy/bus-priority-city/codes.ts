/**
 * The codes of the bus-priority-city table that its workbook schema (./bus-priority-city.ts) and the calculators' inputs share.
 * A module of their own so that the Worker, which needs the codes, does not bundle the schema, which only
 * the build needs (BENCHMARKS.md › Footprint).
 */
export const TIA_PROJECT_TYPES = [
  'school',
  'hospital',
  'commercial_office',
  'residential',
  'large_cultural_entertainment_venue',
  'tourist_attraction',
  'sports_venue',
  'urban_arterial_secondary_road',
] as const;
