import { employeeMedicalInsurance } from './employee-medical-insurance';
import type { TableSpec } from './kit';
import { militaryFamilyEmployment } from './military-family-employment';
import { specialEducation } from './special-education';

/** One schema per workbook, keyed by table id (= the workbook's file name). */
export const tableSpecs: Record<string, TableSpec> = {
  [employeeMedicalInsurance.id]: employeeMedicalInsurance,
  [specialEducation.id]: specialEducation,
  [militaryFamilyEmployment.id]: militaryFamilyEmployment,
};
