import type { Calculator } from '../engine/calculator';
import { employeeMedicalAccount } from './employee-medical-account';
import { employeeMedicalContribution } from './employee-medical-contribution';
import { employeeMedicalSettlement } from './employee-medical-settlement';
import { employeeMedicalTransferFee } from './employee-medical-transfer-fee';

/** Every calculator the API serves, in the order /v1/calculators lists them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const calculators: Calculator<any, any, any>[] = [employeeMedicalSettlement, employeeMedicalAccount, employeeMedicalContribution, employeeMedicalTransferFee];
