import type { Calculator } from '../engine/calculator';
import { elderlyCareBedSubsidy } from './elderly-care-bed-subsidy';
import { elderlyCareHousingFacility } from './elderly-care-housing-facility';
import { employeeMedicalAccount } from './employee-medical-account';
import { employeeMedicalSettlement } from './employee-medical-settlement';
import { militaryFamilyLivingSubsidy } from './military-family-living-subsidy';
import { militaryFamilySelfEmploymentGrant } from './military-family-self-employment-grant';
import { residentMedicalFunding } from './resident-medical-funding';
import { residentMedicalOutpatient } from './resident-medical-outpatient';
import { residencePermitEligibility } from './residence-permit-eligibility';
import { residencePermitEndorsement } from './residence-permit-endorsement';
import { specialEducationFunding } from './special-education-funding';
import { specialEducationTeacherAllowance } from './special-education-teacher-allowance';

/** Every calculator the API serves, in the order /v1/calculators lists them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const calculators: Calculator<any, any, any>[] = [
  // employee medical insurance — 嘉政发〔2014〕87号
  employeeMedicalSettlement,
  employeeMedicalAccount,
  // resident medical insurance — 嘉政办发〔2014〕101号
  residentMedicalFunding,
  residentMedicalOutpatient,
  // elderly care — 嘉政发〔2014〕86号
  elderlyCareHousingFacility,
  elderlyCareBedSubsidy,
  // special education — 嘉政办发〔2014〕115号
  specialEducationFunding,
  specialEducationTeacherAllowance,
  // military families' employment — 嘉政发〔2014〕85号
  militaryFamilySelfEmploymentGrant,
  militaryFamilyLivingSubsidy,
  // residence permits — 嘉政办发〔2014〕98号
  residencePermitEligibility,
  residencePermitEndorsement,
];
