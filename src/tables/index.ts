import type { TableSpec } from './kit';
import { elderlyCare } from './elderly-care';
import { employeeMedicalInsurance } from './employee-medical-insurance';
import { militaryFamilyEmployment } from './military-family-employment';
import { residentMedicalInsurance } from './resident-medical-insurance';
import { specialEducation } from './special-education';
import { industrialDevelopmentPlan } from './industrial-development-plan';
import { mayorQualityAward2014 } from './mayor-quality-award-2014';
import { metrologyDevelopment } from './metrology-development';
import { residencePermits } from './residence-permits';
import { socialCreditSystem } from './social-credit-system';
import { socialScienceAwards19th } from './social-science-awards-19th';
import { urbanisationFinance } from './urbanisation-finance';

/** One schema per workbook, keyed by table id (= the workbook's file name). */
export const tableSpecs: Record<string, TableSpec> = {
  [employeeMedicalInsurance.id]: employeeMedicalInsurance,
  [residentMedicalInsurance.id]: residentMedicalInsurance,
  [elderlyCare.id]: elderlyCare,
  [specialEducation.id]: specialEducation,
  [militaryFamilyEmployment.id]: militaryFamilyEmployment,
  [mayorQualityAward2014.id]: mayorQualityAward2014,
  [metrologyDevelopment.id]: metrologyDevelopment,
  [socialScienceAwards19th.id]: socialScienceAwards19th,
  [socialCreditSystem.id]: socialCreditSystem,
  [industrialDevelopmentPlan.id]: industrialDevelopmentPlan,
  [urbanisationFinance.id]: urbanisationFinance,
  [residencePermits.id]: residencePermits,
};
