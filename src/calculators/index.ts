import type { Calculator } from '../engine/calculator';
import { airPollutionAlert } from './air-pollution-alert';
import { busTiaRequirement } from './bus-tia-requirement';
import { caseTransferDeadlines } from './case-transfer-deadlines';
import { egovProjectReview } from './egov-project-review';
import { elderlyCareBedSubsidy } from './elderly-care-bed-subsidy';
import { elderlyCareHousingFacility } from './elderly-care-housing-facility';
import { emissionRightsClass } from './emission-rights-class';
import { emissionRightsPrice } from './emission-rights-price';
import { employeeMedicalAccount } from './employee-medical-account';
import { employeeMedicalContribution } from './employee-medical-contribution';
import { employeeMedicalSettlement } from './employee-medical-settlement';
import { employeeMedicalTransferFee } from './employee-medical-transfer-fee';
import { fireWaterSourceCheck } from './fire-water-source-check';
import { landEntryCheck } from './land-entry-check';
import { militaryFamilyLivingSubsidy } from './military-family-living-subsidy';
import { militaryFamilySelfEmploymentGrant } from './military-family-self-employment-grant';
import { residencePermitEligibility } from './residence-permit-eligibility';
import { residencePermitEndorsement } from './residence-permit-endorsement';
import { residentMedicalFunding } from './resident-medical-funding';
import { residentMedicalOutpatient } from './resident-medical-outpatient';
import { solarPvObligation } from './solar-pv-obligation';
import { specialEducationFunding } from './special-education-funding';
import { specialEducationTeacherAllowance } from './special-education-teacher-allowance';

/** Every calculator the API serves, in the order /v1/calculators lists them. */
// biome-ignore lint/suspicious/noExplicitAny: a list of calculators of different tables and schemas; each is typed where it is defined
export const calculators: Calculator<any, any, any>[] = [
  // employee medical insurance — 嘉政发〔2014〕87号
  employeeMedicalSettlement,
  employeeMedicalAccount,
  employeeMedicalContribution,
  employeeMedicalTransferFee,
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
  // comprehensive enforcement cooperation — 嘉政办发〔2014〕113号
  caseTransferDeadlines,
  // fire-water sources — 嘉政办发〔2014〕110号
  fireWaterSourceCheck,
  // e-government project pre-review — 嘉政办发〔2014〕111号
  egovProjectReview,
  // public-transport priority — 嘉政办发〔2014〕104号
  busTiaRequirement,
  // residence permits — 嘉政办发〔2014〕98号
  residencePermitEligibility,
  residencePermitEndorsement,
  // heavy air-pollution alerts — 嘉政办发〔2014〕99号
  airPollutionAlert,
  // emission rights — 嘉政办发〔2014〕112号
  emissionRightsClass,
  emissionRightsPrice,
  // land supply — 嘉政办发〔2014〕106号
  landEntryCheck,
  // distributed solar PV — 嘉政发〔2014〕84号
  solarPvObligation,
];
