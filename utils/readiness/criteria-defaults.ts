/**
 * The readiness criteria's defaults without zod, so the popup can assess a company without loading the
 * schema (criteria.ts validates settings in the options page and the background).
 */

/**
 * Words that make an officer's occupation clinical, matched as whole words without regard to case: "GP" covers
 * "GP Partner" and "Salaried GP", "nurse" covers "Advanced Nurse Practitioner". "Clinical Director" is left out
 * on purpose: the title names a role, and on Companies House it is also used by managers.
 */
export const CLINICIAN_OCCUPATIONS = [
  'GP',
  'general practitioner',
  'doctor',
  'nurse',
  'pharmacist',
  'physician',
  'clinician',
  'medical practitioner',
  'paramedic',
  'surgeon',
  'midwife',
  'physiotherapist',
  'dentist',
  'psychiatrist',
  'health visitor',
] as const;

export interface ReadinessCriteriaShape {
  minYearsTrading: number;
  yearsOfAccounts: number;
  minTurnover: number;
  proxyNetAssetsFloor: number;
  proxyEmployeesFloor: number;
  proxiesCountAsIncome: boolean;
  minActiveDirectors: number;
  requireClinician: boolean;
  clinicianOccupations: string[];
  churnWindowYears: number;
  churnMaxShare: number;
  minServicesRunning: number;
  minLinkedPcns: number;
  minSuggestedLinkConfidence: number;
}

export const DEFAULT_CRITERIA: ReadinessCriteriaShape = Object.freeze({
  minYearsTrading: 3,
  yearsOfAccounts: 2,
  minTurnover: 100_000,
  proxyNetAssetsFloor: 25_000,
  proxyEmployeesFloor: 5,
  proxiesCountAsIncome: false,
  minActiveDirectors: 3,
  requireClinician: true,
  clinicianOccupations: [...CLINICIAN_OCCUPATIONS],
  churnWindowYears: 2,
  churnMaxShare: 0.5,
  minServicesRunning: 1,
  minLinkedPcns: 1,
  minSuggestedLinkConfidence: 0.6,
});

/** The settings row the user's criteria are stored under. */
export const CRITERIA_SETTING = 'readiness.criteria';
