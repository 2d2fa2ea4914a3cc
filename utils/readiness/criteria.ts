import { z } from 'zod';
import { CLINICIAN_OCCUPATIONS, DEFAULT_CRITERIA as DEFAULTS } from './criteria-defaults';

export { CLINICIAN_OCCUPATIONS };

/**
 * What "business-ready" means, as settings a researcher can change. Every field has a default and a rule said in
 * plain words, so a bad value in the options page reads as a sentence, not a schema path.
 */

function wholeNumber(label: string, min: number, max: number, fallback: number) {
  const rule = `${label} must be a whole number from ${min} to ${max}`;
  return z.number({ error: rule }).int({ error: rule }).min(min, { error: rule }).max(max, { error: rule }).default(fallback);
}

function amount(label: string, min: number, fallback: number) {
  const rule = `${label} must be an amount in pounds${min === 0 ? ', 0 or more' : ''}`;
  return z.number({ error: rule }).min(min, { error: rule }).max(1e12, { error: rule }).default(fallback);
}

function share(label: string, fallback: number) {
  const rule = `${label} must be a number from 0 to 1 (0.5 is a half)`;
  return z.number({ error: rule }).min(0, { error: rule }).max(1, { error: rule }).default(fallback);
}

function yesNo(label: string, fallback: boolean) {
  return z.boolean({ error: `${label} must be true or false` }).default(fallback);
}

const occupationsRule = 'Clinician occupations must be a list of at least one word or phrase, such as "GP" or "nurse"';

export const ReadinessCriteria = z.object({
  /** "Running three or four years with no income to speak of: move on." Younger companies are given time. */
  minYearsTrading: wholeNumber('Minimum years trading', 0, 50, DEFAULTS.minYearsTrading),
  /** How many of the latest years of accounts the income test looks at. */
  yearsOfAccounts: wholeNumber('Years of accounts to look at', 1, 10, DEFAULTS.yearsOfAccounts),
  /**
   * Turnover counted as "income to speak of". £100,000 is about the cost of two clinical staff for a year: below
   * it a federation cannot be running even one contracted service (an extended-access hub, a community clinic
   * for its PCNs), so it has no delivery capacity to partner with. Real federations running services turn over
   * from several hundred thousand to tens of millions.
   */
  minTurnover: amount('Minimum turnover', 0, DEFAULTS.minTurnover),
  /**
   * When the accounts do not disclose turnover (micro-entity, filleted), these proxies suggest real activity:
   * net assets at or above this floor…
   */
  proxyNetAssetsFloor: amount('Net assets floor', -1e12, DEFAULTS.proxyNetAssetsFloor),
  /** …or at least this many employees on average. */
  proxyEmployeesFloor: wholeNumber('Employees floor', 0, 100_000, DEFAULTS.proxyEmployeesFloor),
  /**
   * Whether proxies that clear their floors count as income, so the company can be "ready" without a disclosed
   * turnover. Off by default: a proxy is a hint, and the researcher should read the accounts.
   */
  proxiesCountAsIncome: yesNo('Proxies count as income', DEFAULTS.proxiesCountAsIncome),
  minActiveDirectors: wholeNumber('Minimum active directors', 0, 100, DEFAULTS.minActiveDirectors),
  requireClinician: yesNo('Require a clinician on the board', DEFAULTS.requireClinician),
  clinicianOccupations: z
    .array(z.string({ error: occupationsRule }).trim().min(1, { error: occupationsRule }), { error: occupationsRule })
    .min(1, { error: occupationsRule })
    .default([...DEFAULTS.clinicianOccupations]),
  /** Board churn: directors who left within this many years… */
  churnWindowYears: wholeNumber('Board churn window in years', 1, 10, DEFAULTS.churnWindowYears),
  /** …as a share of the board over that time (those in office now plus those who left); above it is a concern. */
  churnMaxShare: share('Board churn threshold', DEFAULTS.churnMaxShare),
  /** 0 turns the test off. */
  minServicesRunning: wholeNumber('Minimum services running', 0, 100, DEFAULTS.minServicesRunning),
  /** 0 turns the test off. */
  minLinkedPcns: wholeNumber('Minimum linked PCNs', 0, 100, DEFAULTS.minLinkedPcns),
  /** A suggested (not yet confirmed) PCN link counts when its confidence (0 to 1) reaches this. */
  minSuggestedLinkConfidence: share('Confidence for a suggested PCN link to count', DEFAULTS.minSuggestedLinkConfidence),
});
export type ReadinessCriteria = z.output<typeof ReadinessCriteria>;
/** What a caller may pass: any field may be left out and takes its default. */
export type ReadinessCriteriaInput = z.input<typeof ReadinessCriteria>;

/** The defaults, from criteria-defaults.ts (zod-free, for the popup); a test checks the schema agrees. */
export const DEFAULT_CRITERIA: ReadinessCriteria = DEFAULTS;

type CriteriaKey = keyof ReadinessCriteria;
const SHAPE = ReadinessCriteria.shape;
const KEYS = Object.keys(SHAPE) as CriteriaKey[];

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of settings';
  return String(value);
}

function shownDefault(value: unknown): string {
  return Array.isArray(value) ? 'the usual list' : String(value);
}

/**
 * Criteria from settings: missing fields take their defaults; an invalid field takes its default too and is
 * reported in a sentence, so one bad setting never discards the others.
 */
export function parseCriteria(input: unknown): { criteria: ReadinessCriteria; errors: string[] } {
  if (input === undefined || input === null) return { criteria: { ...DEFAULT_CRITERIA }, errors: [] };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { criteria: { ...DEFAULT_CRITERIA }, errors: ['Readiness criteria must be a group of named settings; the defaults are used'] };
  }
  const given = input as Record<string, unknown>;
  const errors: string[] = [];
  const values: Record<string, unknown> = {};
  for (const key of KEYS) {
    const result = SHAPE[key].safeParse(given[key]);
    if (result.success) {
      values[key] = result.data;
    } else {
      const message = result.error.issues[0]?.message ?? `${key} is not valid`;
      errors.push(`${message} (got ${shown(given[key])}); the default, ${shownDefault(DEFAULT_CRITERIA[key])}, is used`);
      values[key] = DEFAULT_CRITERIA[key];
    }
  }
  for (const key of Object.keys(given)) {
    if (!(KEYS as string[]).includes(key)) errors.push(`"${key}" is not a readiness setting and was ignored`);
  }
  return { criteria: values as ReadinessCriteria, errors };
}
