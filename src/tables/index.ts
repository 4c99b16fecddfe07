import { employeeMedicalInsurance } from './employee-medical-insurance';
import type { TableSpec } from './kit';

/** One schema per workbook, keyed by table id (= the workbook's file name). */
export const tableSpecs: Record<string, TableSpec> = {
  [employeeMedicalInsurance.id]: employeeMedicalInsurance,
};
