/**
 * The codes of the egov-project-prereview table that its workbook schema (./egov-project-prereview.ts) and the calculators' inputs share.
 * A module of their own so that the Worker, which needs the codes, does not bundle the schema, which only
 * the build needs (BENCHMARKS.md › Footprint).
 */
export const FUNDING_BASES = [
  'fiscal_funds',
  'higher_level_subsidy',
  'special_funds',
  'government_purchase_of_service',
  'built_in_government_name',
  'subproject_of_fiscal_capital_project',
] as const;
export const PROJECT_CATEGORIES = [
  'infrastructure',
  'information_resources',
  'public_service',
  'supervision_decision',
  'information_security',
] as const;
export const ANYTIME_CONDITIONS = [
  'higher_level_requirement',
  'municipal_government_endorsed',
  'funding_secured',
  'must_build_this_year',
] as const;
export const REVIEW_OUTCOMES = ['approve', 'defer', 'reject'] as const;
