import type { Calculator } from '../engine/calculator';

// biome-ignore lint/suspicious/noExplicitAny: calculators of different tables and schemas; each is typed where it is defined
export type AnyCalculator = Calculator<any, any, any>;

/** A calculator as the registry knows it before its module is loaded: its id and the table it reads. */
export interface CalculatorEntry {
  readonly id: string;
  readonly table: string;
  /** Its module, evaluated on the first call only (the Worker loads the rules a request runs, no others). */
  load(): Promise<AnyCalculator>;
  /** The calculator once loaded (src/policy/index.ts loads every one, for Node: the build, the docs, the tests). */
  readonly loaded: AnyCalculator | undefined;
}

function entry(id: string, table: string, importer: () => Promise<AnyCalculator>): CalculatorEntry {
  const e: { -readonly [K in keyof CalculatorEntry]: CalculatorEntry[K] } = {
    id,
    table,
    loaded: undefined,
    async load() {
      if (e.loaded) return e.loaded;
      const calc = await importer();
      if (calc.id !== id || calc.table.id !== table)
        throw new Error(`src/policy/registry.ts: ${id} (${table}) loaded ${calc.id}, which reads ${calc.table.id}`);
      e.loaded = calc;
      return calc;
    },
  };
  return e;
}

/**
 * The one registry of the rules the API applies: every calculator, by the document whose rules it applies, in the
 * order GET /v1/calculators lists them. Each document is a folder of src/policy/ named after its workbook: the
 * workbook's schema (table.ts), the codes its inputs share (codes.ts), each calculator (<id>.ts, served as
 * POST /v1/calculators/<id>), its docs (<id>.docs.ts) and its cases (<id>.cases.json). The build finds those files
 * by their names (scripts/lib/policy.ts); a document without a calculator is a folder with its table.ts only.
 * Modules are imported when a calculator is first run, so an isolate evaluates only the rules it is asked for;
 * src/policy/index.ts is the same registry loaded whole.
 */
export const registry: { table: string; calculators: CalculatorEntry[] }[] = [
  // employee medical insurance — 嘉政发〔2014〕87号
  {
    table: 'employee-medical-insurance',
    calculators: [
      entry('employee-medical-settlement', 'employee-medical-insurance', () =>
        import('./employee-medical-insurance/employee-medical-settlement').then((m) => m.employeeMedicalSettlement),
      ),
      entry('employee-medical-account', 'employee-medical-insurance', () =>
        import('./employee-medical-insurance/employee-medical-account').then((m) => m.employeeMedicalAccount),
      ),
      entry('employee-medical-contribution', 'employee-medical-insurance', () =>
        import('./employee-medical-insurance/employee-medical-contribution').then((m) => m.employeeMedicalContribution),
      ),
      entry('employee-medical-transfer-fee', 'employee-medical-insurance', () =>
        import('./employee-medical-insurance/employee-medical-transfer-fee').then((m) => m.employeeMedicalTransferFee),
      ),
    ],
  },
  // resident medical insurance — 嘉政办发〔2014〕101号
  {
    table: 'resident-medical-insurance',
    calculators: [
      entry('resident-medical-funding', 'resident-medical-insurance', () =>
        import('./resident-medical-insurance/resident-medical-funding').then((m) => m.residentMedicalFunding),
      ),
      entry('resident-medical-outpatient', 'resident-medical-insurance', () =>
        import('./resident-medical-insurance/resident-medical-outpatient').then((m) => m.residentMedicalOutpatient),
      ),
    ],
  },
  // elderly care — 嘉政发〔2014〕86号
  {
    table: 'elderly-care',
    calculators: [
      entry('elderly-care-housing-facility', 'elderly-care', () =>
        import('./elderly-care/elderly-care-housing-facility').then((m) => m.elderlyCareHousingFacility),
      ),
      entry('elderly-care-bed-subsidy', 'elderly-care', () =>
        import('./elderly-care/elderly-care-bed-subsidy').then((m) => m.elderlyCareBedSubsidy),
      ),
    ],
  },
  // special education — 嘉政办发〔2014〕115号
  {
    table: 'special-education',
    calculators: [
      entry('special-education-funding', 'special-education', () =>
        import('./special-education/special-education-funding').then((m) => m.specialEducationFunding),
      ),
      entry('special-education-teacher-allowance', 'special-education', () =>
        import('./special-education/special-education-teacher-allowance').then((m) => m.specialEducationTeacherAllowance),
      ),
    ],
  },
  // military families' employment — 嘉政发〔2014〕85号
  {
    table: 'military-family-employment',
    calculators: [
      entry('military-family-self-employment-grant', 'military-family-employment', () =>
        import('./military-family-employment/military-family-self-employment-grant').then((m) => m.militaryFamilySelfEmploymentGrant),
      ),
      entry('military-family-living-subsidy', 'military-family-employment', () =>
        import('./military-family-employment/military-family-living-subsidy').then((m) => m.militaryFamilyLivingSubsidy),
      ),
    ],
  },
  // comprehensive enforcement cooperation — 嘉政办发〔2014〕113号
  {
    table: 'enforcement-cooperation',
    calculators: [
      entry('case-transfer-deadlines', 'enforcement-cooperation', () =>
        import('./enforcement-cooperation/case-transfer-deadlines').then((m) => m.caseTransferDeadlines),
      ),
    ],
  },
  // fire-water sources — 嘉政办发〔2014〕110号
  {
    table: 'fire-water-sources',
    calculators: [
      entry('fire-water-source-check', 'fire-water-sources', () =>
        import('./fire-water-sources/fire-water-source-check').then((m) => m.fireWaterSourceCheck),
      ),
    ],
  },
  // e-government project pre-review — 嘉政办发〔2014〕111号
  {
    table: 'egov-project-prereview',
    calculators: [
      entry('egov-project-review', 'egov-project-prereview', () =>
        import('./egov-project-prereview/egov-project-review').then((m) => m.egovProjectReview),
      ),
    ],
  },
  // public-transport priority — 嘉政办发〔2014〕104号
  {
    table: 'bus-priority-city',
    calculators: [
      entry('bus-tia-requirement', 'bus-priority-city', () =>
        import('./bus-priority-city/bus-tia-requirement').then((m) => m.busTiaRequirement),
      ),
    ],
  },
  // residence permits — 嘉政办发〔2014〕98号
  {
    table: 'residence-permits',
    calculators: [
      entry('residence-permit-eligibility', 'residence-permits', () =>
        import('./residence-permits/residence-permit-eligibility').then((m) => m.residencePermitEligibility),
      ),
      entry('residence-permit-endorsement', 'residence-permits', () =>
        import('./residence-permits/residence-permit-endorsement').then((m) => m.residencePermitEndorsement),
      ),
    ],
  },
  // heavy air-pollution alerts — 嘉政办发〔2014〕99号
  {
    table: 'air-pollution-alerts',
    calculators: [
      entry('air-pollution-alert', 'air-pollution-alerts', () =>
        import('./air-pollution-alerts/air-pollution-alert').then((m) => m.airPollutionAlert),
      ),
    ],
  },
  // emission rights — 嘉政办发〔2014〕112号
  {
    table: 'emission-rights',
    calculators: [
      entry('emission-rights-class', 'emission-rights', () =>
        import('./emission-rights/emission-rights-class').then((m) => m.emissionRightsClass),
      ),
      entry('emission-rights-price', 'emission-rights', () =>
        import('./emission-rights/emission-rights-price').then((m) => m.emissionRightsPrice),
      ),
    ],
  },
  // land supply — 嘉政办发〔2014〕106号
  {
    table: 'land-supply',
    calculators: [
      entry('land-entry-check', 'land-supply', () => import('./land-supply/land-entry-check').then((m) => m.landEntryCheck)),
      entry('land-recovery-check', 'land-supply', () => import('./land-supply/land-recovery-check').then((m) => m.landRecoveryCheck)),
    ],
  },
  // distributed solar PV — 嘉政发〔2014〕84号
  {
    table: 'solar-pv',
    calculators: [
      entry('solar-pv-obligation', 'solar-pv', () => import('./solar-pv/solar-pv-obligation').then((m) => m.solarPvObligation)),
    ],
  },
];

/** Every calculator the API serves, in the order /v1/calculators lists them, not yet loaded. */
export const calculatorEntries: CalculatorEntry[] = registry.flatMap((d) => d.calculators);
