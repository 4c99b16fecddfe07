import type { TableSpec } from './kit';
import { airPollutionAlerts } from './air-pollution-alerts';
import { busPriorityCity } from './bus-priority-city';
import { egovProjectPrereview } from './egov-project-prereview';
import { elderlyCare } from './elderly-care';
import { emissionRights } from './emission-rights';
import { employeeMedicalInsurance } from './employee-medical-insurance';
import { enforcementCooperation } from './enforcement-cooperation';
import { fireWaterSources } from './fire-water-sources';
import { greeningAssessment2014 } from './greening-assessment-2014';
import { industrialDevelopmentPlan } from './industrial-development-plan';
import { landSupply } from './land-supply';
import { mayorQualityAward2014 } from './mayor-quality-award-2014';
import { metrologyDevelopment } from './metrology-development';
import { militaryFamilyEmployment } from './military-family-employment';
import { municipalCoordinationBodies } from './municipal-coordination-bodies';
import { residencePermits } from './residence-permits';
import { residentMedicalInsurance } from './resident-medical-insurance';
import { socialCreditSystem } from './social-credit-system';
import { socialScienceAwards19th } from './social-science-awards-19th';
import { solarPv } from './solar-pv';
import { specialEducation } from './special-education';
import { threeNamesPilotEnterprises } from './three-names-pilot-enterprises';
import { tradeSecretProtection } from './trade-secret-protection';
import { urbanisationFinance } from './urbanisation-finance';

/** One schema per workbook, keyed by table id (= the workbook's file name). */
export const tableSpecs: Record<string, TableSpec> = {
  [employeeMedicalInsurance.id]: employeeMedicalInsurance,
  [residentMedicalInsurance.id]: residentMedicalInsurance,
  [elderlyCare.id]: elderlyCare,
  [specialEducation.id]: specialEducation,
  [militaryFamilyEmployment.id]: militaryFamilyEmployment,
  [tradeSecretProtection.id]: tradeSecretProtection,
  [busPriorityCity.id]: busPriorityCity,
  [municipalCoordinationBodies.id]: municipalCoordinationBodies,
  [threeNamesPilotEnterprises.id]: threeNamesPilotEnterprises,
  [fireWaterSources.id]: fireWaterSources,
  [egovProjectPrereview.id]: egovProjectPrereview,
  [enforcementCooperation.id]: enforcementCooperation,
  [greeningAssessment2014.id]: greeningAssessment2014,
  [mayorQualityAward2014.id]: mayorQualityAward2014,
  [metrologyDevelopment.id]: metrologyDevelopment,
  [socialScienceAwards19th.id]: socialScienceAwards19th,
  [socialCreditSystem.id]: socialCreditSystem,
  [industrialDevelopmentPlan.id]: industrialDevelopmentPlan,
  [urbanisationFinance.id]: urbanisationFinance,
  [residencePermits.id]: residencePermits,
  [airPollutionAlerts.id]: airPollutionAlerts,
  [emissionRights.id]: emissionRights,
  [landSupply.id]: landSupply,
  [solarPv.id]: solarPv,
};
