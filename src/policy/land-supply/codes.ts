/**
 * The codes of the land-supply table that its workbook schema (./land-supply.ts) and the calculators' inputs share.
 * A module of their own so that the Worker, which needs the codes, does not bundle the schema, which only
 * the build needs (BENCHMARKS.md › Footprint).
 */
/** Request project types; the exclusions sheet's project_type uses the same codes. */
export const LAND_PROJECT_TYPES = ['industrial', 'producer-services', 'services', 'other'] as const;
export const LAND_ZONES = ['development-zone', 'outside'] as const;
export const PERFORMANCE_CLASSES = ['A', 'B', 'C', 'D'] as const;
/** 二（一）1（2）: the grounds on which a project in principle gets no land. */
export const EXCLUSION_RULES = [
  'two_high_one_resource',
  'obsolete_capacity',
  'not_upgrading',
  'layout_adjustment',
  'performance_class',
  'small_project',
  'industrial_outside_zone',
] as const;
/** 二（一）1（3）: the standards' groups and criteria. */
export const STANDARD_GROUPS = ['industrial', 'services'] as const;
export const STANDARD_CRITERIA = ['investment_intensity', 'floor_area_ratio', 'sales_per_mu', 'tax_per_mu'] as const;
/** 二（一）3（1）①②③ */
export const PRICE_CATEGORIES = ['priority', 'conforming', 'nonconforming'] as const;
export const PRICE_BASES = ['appraised_price', 'grade_minimum_price'] as const;
