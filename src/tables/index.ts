import { elderlyCare } from './elderly-care';
import { employeeMedicalInsurance } from './employee-medical-insurance';
import type { TableSpec } from './kit';
import { residentMedicalInsurance } from './resident-medical-insurance';

/** One schema per workbook, keyed by table id (= the workbook's file name). */
export const tableSpecs: Record<string, TableSpec> = {
  [employeeMedicalInsurance.id]: employeeMedicalInsurance,
  [residentMedicalInsurance.id]: residentMedicalInsurance,
  [elderlyCare.id]: elderlyCare,
};
