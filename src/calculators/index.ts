import type { Calculator } from '../engine/calculator';
import { employeeMedicalAccount } from './employee-medical-account';
import { employeeMedicalSettlement } from './employee-medical-settlement';
import { landEntryCheck } from './land-entry-check';
import { solarPvObligation } from './solar-pv-obligation';

/** Every calculator the API serves, in the order /v1/calculators lists them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const calculators: Calculator<any, any, any>[] = [
  employeeMedicalSettlement,
  employeeMedicalAccount,
  // land supply — 嘉政办发〔2014〕106号
  landEntryCheck,
  // distributed solar PV — 嘉政发〔2014〕84号
  solarPvObligation,
];
