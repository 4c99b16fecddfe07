import type { Calculator } from '../engine/calculator';
import { airPollutionAlert } from './air-pollution-alert';
import { emissionRightsClass } from './emission-rights-class';
import { emissionRightsPrice } from './emission-rights-price';
import { employeeMedicalAccount } from './employee-medical-account';
import { employeeMedicalSettlement } from './employee-medical-settlement';

/** Every calculator the API serves, in the order /v1/calculators lists them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const calculators: Calculator<any, any, any>[] = [employeeMedicalSettlement, employeeMedicalAccount, airPollutionAlert, emissionRightsClass, emissionRightsPrice];
