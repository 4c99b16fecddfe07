import type { Calculator } from '../engine/calculator';
import { airPollutionAlert } from './air-pollution-alerts/air-pollution-alert';
import { busTiaRequirement } from './bus-priority-city/bus-tia-requirement';
import { caseTransferDeadlines } from './enforcement-cooperation/case-transfer-deadlines';
import { egovProjectReview } from './egov-project-prereview/egov-project-review';
import { elderlyCareBedSubsidy } from './elderly-care/elderly-care-bed-subsidy';
import { elderlyCareHousingFacility } from './elderly-care/elderly-care-housing-facility';
import { emissionRightsClass } from './emission-rights/emission-rights-class';
import { emissionRightsPrice } from './emission-rights/emission-rights-price';
import { employeeMedicalAccount } from './employee-medical-insurance/employee-medical-account';
import { employeeMedicalContribution } from './employee-medical-insurance/employee-medical-contribution';
import { employeeMedicalSettlement } from './employee-medical-insurance/employee-medical-settlement';
import { employeeMedicalTransferFee } from './employee-medical-insurance/employee-medical-transfer-fee';
import { fireWaterSourceCheck } from './fire-water-sources/fire-water-source-check';
import { landEntryCheck } from './land-supply/land-entry-check';
import { landRecoveryCheck } from './land-supply/land-recovery-check';
import { militaryFamilyLivingSubsidy } from './military-family-employment/military-family-living-subsidy';
import { militaryFamilySelfEmploymentGrant } from './military-family-employment/military-family-self-employment-grant';
import { residencePermitEligibility } from './residence-permits/residence-permit-eligibility';
import { residencePermitEndorsement } from './residence-permits/residence-permit-endorsement';
import { residentMedicalFunding } from './resident-medical-insurance/resident-medical-funding';
import { residentMedicalOutpatient } from './resident-medical-insurance/resident-medical-outpatient';
import { solarPvObligation } from './solar-pv/solar-pv-obligation';
import { specialEducationFunding } from './special-education/special-education-funding';
import { specialEducationTeacherAllowance } from './special-education/special-education-teacher-allowance';

/**
 * The one registry of the rules the API applies: every calculator, by the document whose rules it applies, in the
 * order GET /v1/calculators lists them. Each document is a folder of src/policy/ named after its workbook: the
 * workbook's schema (table.ts), the codes its inputs share (codes.ts), each calculator (<id>.ts, served as
 * POST /v1/calculators/<id>), its docs (<id>.docs.ts) and its cases (<id>.cases.json). The build finds those files
 * by their names (scripts/lib/policy.ts); a document without a calculator is a folder with its table.ts only.
 */
export const documents: {
  table: string;
  // biome-ignore lint/suspicious/noExplicitAny: calculators of different tables and schemas; each is typed where it is defined
  calculators: Calculator<any, any, any>[];
}[] = [
  // employee medical insurance — 嘉政发〔2014〕87号
  {
    table: 'employee-medical-insurance',
    calculators: [employeeMedicalSettlement, employeeMedicalAccount, employeeMedicalContribution, employeeMedicalTransferFee],
  },
  // resident medical insurance — 嘉政办发〔2014〕101号
  { table: 'resident-medical-insurance', calculators: [residentMedicalFunding, residentMedicalOutpatient] },
  // elderly care — 嘉政发〔2014〕86号
  { table: 'elderly-care', calculators: [elderlyCareHousingFacility, elderlyCareBedSubsidy] },
  // special education — 嘉政办发〔2014〕115号
  { table: 'special-education', calculators: [specialEducationFunding, specialEducationTeacherAllowance] },
  // military families' employment — 嘉政发〔2014〕85号
  { table: 'military-family-employment', calculators: [militaryFamilySelfEmploymentGrant, militaryFamilyLivingSubsidy] },
  // comprehensive enforcement cooperation — 嘉政办发〔2014〕113号
  { table: 'enforcement-cooperation', calculators: [caseTransferDeadlines] },
  // fire-water sources — 嘉政办发〔2014〕110号
  { table: 'fire-water-sources', calculators: [fireWaterSourceCheck] },
  // e-government project pre-review — 嘉政办发〔2014〕111号
  { table: 'egov-project-prereview', calculators: [egovProjectReview] },
  // public-transport priority — 嘉政办发〔2014〕104号
  { table: 'bus-priority-city', calculators: [busTiaRequirement] },
  // residence permits — 嘉政办发〔2014〕98号
  { table: 'residence-permits', calculators: [residencePermitEligibility, residencePermitEndorsement] },
  // heavy air-pollution alerts — 嘉政办发〔2014〕99号
  { table: 'air-pollution-alerts', calculators: [airPollutionAlert] },
  // emission rights — 嘉政办发〔2014〕112号
  { table: 'emission-rights', calculators: [emissionRightsClass, emissionRightsPrice] },
  // land supply — 嘉政办发〔2014〕106号
  { table: 'land-supply', calculators: [landEntryCheck, landRecoveryCheck] },
  // distributed solar PV — 嘉政发〔2014〕84号
  { table: 'solar-pv', calculators: [solarPvObligation] },
];

/** Every calculator the API serves, in the order /v1/calculators lists them. */
export const calculators = documents.flatMap((d) => d.calculators);
