import type { Calculator } from '../engine/calculator';
import { employeeMedicalAccount } from './employee-medical-account';
import { employeeMedicalSettlement } from './employee-medical-settlement';
import { militaryFamilyLivingSubsidy } from './military-family-living-subsidy';
import { militaryFamilySelfEmploymentGrant } from './military-family-self-employment-grant';
import { specialEducationFunding } from './special-education-funding';
import { specialEducationTeacherAllowance } from './special-education-teacher-allowance';

/** Every calculator the API serves, in the order /v1/calculators lists them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const calculators: Calculator<any, any, any>[] = [
  employeeMedicalSettlement,
  employeeMedicalAccount,
  specialEducationFunding,
  specialEducationTeacherAllowance,
  militaryFamilySelfEmploymentGrant,
  militaryFamilyLivingSubsidy,
];
