import { airPollutionAlerts } from './air-pollution-alerts';
import { emissionRights } from './emission-rights';
import { employeeMedicalInsurance } from './employee-medical-insurance';
import type { TableSpec } from './kit';

/** One schema per workbook, keyed by table id (= the workbook's file name). */
export const tableSpecs: Record<string, TableSpec> = {
  [employeeMedicalInsurance.id]: employeeMedicalInsurance,
  [airPollutionAlerts.id]: airPollutionAlerts,
  [emissionRights.id]: emissionRights,
};
