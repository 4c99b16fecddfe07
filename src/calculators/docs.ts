import type { Calculator, CalculatorDocs } from '../engine/calculator';
import { airPollutionAlert, airPollutionAlertDocs } from './air-pollution-alert';
import { busTiaRequirement, busTiaRequirementDocs } from './bus-tia-requirement';
import { caseTransferDeadlines, caseTransferDeadlinesDocs } from './case-transfer-deadlines';
import { egovProjectReview, egovProjectReviewDocs } from './egov-project-review';
import { elderlyCareBedSubsidy, elderlyCareBedSubsidyDocs } from './elderly-care-bed-subsidy';
import { elderlyCareHousingFacility, elderlyCareHousingFacilityDocs } from './elderly-care-housing-facility';
import { emissionRightsClass, emissionRightsClassDocs } from './emission-rights-class';
import { emissionRightsPrice, emissionRightsPriceDocs } from './emission-rights-price';
import { employeeMedicalAccount, employeeMedicalAccountDocs } from './employee-medical-account';
import { employeeMedicalContribution, employeeMedicalContributionDocs } from './employee-medical-contribution';
import { employeeMedicalSettlement, employeeMedicalSettlementDocs } from './employee-medical-settlement';
import { employeeMedicalTransferFee, employeeMedicalTransferFeeDocs } from './employee-medical-transfer-fee';
import { fireWaterSourceCheck, fireWaterSourceCheckDocs } from './fire-water-source-check';
import { landEntryCheck, landEntryCheckDocs } from './land-entry-check';
import { militaryFamilyLivingSubsidy, militaryFamilyLivingSubsidyDocs } from './military-family-living-subsidy';
import { militaryFamilySelfEmploymentGrant, militaryFamilySelfEmploymentGrantDocs } from './military-family-self-employment-grant';
import { residencePermitEligibility, residencePermitEligibilityDocs } from './residence-permit-eligibility';
import { residencePermitEndorsement, residencePermitEndorsementDocs } from './residence-permit-endorsement';
import { residentMedicalFunding, residentMedicalFundingDocs } from './resident-medical-funding';
import { residentMedicalOutpatient, residentMedicalOutpatientDocs } from './resident-medical-outpatient';
import { solarPvObligation, solarPvObligationDocs } from './solar-pv-obligation';
import { specialEducationFunding, specialEducationFundingDocs } from './special-education-funding';
import { specialEducationTeacherAllowance, specialEducationTeacherAllowanceDocs } from './special-education-teacher-allowance';

/**
 * The title, description and examples of every calculator, by id. Read at build time — `npm run assets:build`
 * (scripts/lib/api-description.ts) writes them into the OpenAPI document and the catalogue behind
 * GET /v1/calculators — and by tests. The Worker does not import this module: none of this prose is in its bundle.
 */
// biome-ignore lint/suspicious/noExplicitAny: a list of calculators of different tables and schemas; each is typed where it is defined
const pairs: [Calculator<any, any, any>, CalculatorDocs<any>][] = [
  [airPollutionAlert, airPollutionAlertDocs],
  [busTiaRequirement, busTiaRequirementDocs],
  [caseTransferDeadlines, caseTransferDeadlinesDocs],
  [egovProjectReview, egovProjectReviewDocs],
  [elderlyCareBedSubsidy, elderlyCareBedSubsidyDocs],
  [elderlyCareHousingFacility, elderlyCareHousingFacilityDocs],
  [emissionRightsClass, emissionRightsClassDocs],
  [emissionRightsPrice, emissionRightsPriceDocs],
  [employeeMedicalAccount, employeeMedicalAccountDocs],
  [employeeMedicalContribution, employeeMedicalContributionDocs],
  [employeeMedicalSettlement, employeeMedicalSettlementDocs],
  [employeeMedicalTransferFee, employeeMedicalTransferFeeDocs],
  [fireWaterSourceCheck, fireWaterSourceCheckDocs],
  [landEntryCheck, landEntryCheckDocs],
  [militaryFamilyLivingSubsidy, militaryFamilyLivingSubsidyDocs],
  [militaryFamilySelfEmploymentGrant, militaryFamilySelfEmploymentGrantDocs],
  [residencePermitEligibility, residencePermitEligibilityDocs],
  [residencePermitEndorsement, residencePermitEndorsementDocs],
  [residentMedicalFunding, residentMedicalFundingDocs],
  [residentMedicalOutpatient, residentMedicalOutpatientDocs],
  [solarPvObligation, solarPvObligationDocs],
  [specialEducationFunding, specialEducationFundingDocs],
  [specialEducationTeacherAllowance, specialEducationTeacherAllowanceDocs],
];

export const calculatorDocs: ReadonlyMap<string, CalculatorDocs> = new Map(pairs.map(([c, d]) => [c.id, d]));

/** The docs of a calculator; throws for a calculator without any (a test checks every one has them). */
// biome-ignore lint/suspicious/noExplicitAny: a list of calculators of different tables and schemas; each is typed where it is defined
export function docsOf<C extends Calculator<any, any, any>>(calc: C): CalculatorDocs<C> {
  const d = calculatorDocs.get(calc.id);
  if (!d) throw new Error(`calculator ${calc.id} has no docs in src/calculators/docs.ts`);
  return d as CalculatorDocs<C>;
}
