import type { TableSpec } from './kit';
import { elderlyCare } from './elderly-care';
import { employeeMedicalInsurance } from './employee-medical-insurance';
import { militaryFamilyEmployment } from './military-family-employment';
import { residentMedicalInsurance } from './resident-medical-insurance';
import { specialEducation } from './special-education';

/** One schema per workbook, keyed by table id (= the workbook's file name). */
export const tableSpecs: Record<string, TableSpec> = {
  [employeeMedicalInsurance.id]: employeeMedicalInsurance,
  [residentMedicalInsurance.id]: residentMedicalInsurance,
  [elderlyCare.id]: elderlyCare,
  [specialEducation.id]: specialEducation,
  [militaryFamilyEmployment.id]: militaryFamilyEmployment,
};
