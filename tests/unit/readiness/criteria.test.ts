import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, ReadinessCriteria, parseCriteria } from '../../../utils/readiness/criteria';

describe('readiness criteria', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_CRITERIA).toMatchObject({
      minYearsTrading: 3,
      yearsOfAccounts: 2,
      minTurnover: 100_000,
      proxyNetAssetsFloor: 25_000,
      proxyEmployeesFloor: 5,
      proxiesCountAsIncome: false,
      minActiveDirectors: 3,
      requireClinician: true,
      churnWindowYears: 2,
      churnMaxShare: 0.5,
      minServicesRunning: 1,
      minLinkedPcns: 1,
      minSuggestedLinkConfidence: 0.6,
    });
    expect(DEFAULT_CRITERIA.clinicianOccupations).toEqual(expect.arrayContaining(['GP', 'general practitioner', 'doctor', 'nurse', 'pharmacist', 'physician', 'clinician', 'medical practitioner', 'paramedic']));
  });

  it('fills the fields not given with their defaults', () => {
    expect(parseCriteria({ minTurnover: 250_000, requireClinician: false })).toEqual({
      criteria: { ...DEFAULT_CRITERIA, minTurnover: 250_000, requireClinician: false },
      errors: [],
    });
    expect(parseCriteria(undefined)).toEqual({ criteria: DEFAULT_CRITERIA, errors: [] });
    expect(parseCriteria({})).toEqual({ criteria: DEFAULT_CRITERIA, errors: [] });
  });

  it('reports each bad value in plain words and keeps the default for it, and the good values given', () => {
    const { criteria, errors } = parseCriteria({
      minYearsTrading: -1,
      yearsOfAccounts: 2.5,
      minTurnover: 'a lot',
      churnMaxShare: 1.5,
      requireClinician: 'yes',
      clinicianOccupations: [],
      minLinkedPcns: 2,
    });
    expect(errors).toEqual([
      'Minimum years trading must be a whole number from 0 to 50 (got -1); the default, 3, is used',
      'Years of accounts to look at must be a whole number from 1 to 10 (got 2.5); the default, 2, is used',
      'Minimum turnover must be an amount in pounds, 0 or more (got "a lot"); the default, 100000, is used',
      'Require a clinician on the board must be true or false (got "yes"); the default, true, is used',
      'Clinician occupations must be a list of at least one word or phrase, such as "GP" or "nurse" (got a list); the default, the usual list, is used',
      'Board churn threshold must be a number from 0 to 1 (0.5 is a half) (got 1.5); the default, 0.5, is used',
    ]);
    expect(criteria).toEqual({ ...DEFAULT_CRITERIA, minLinkedPcns: 2 });
  });

  it('names settings it does not know, and refuses a value that is not a group of settings', () => {
    expect(parseCriteria({ minTurnvoer: 5 }).errors).toEqual(['"minTurnvoer" is not a readiness setting and was ignored']);
    expect(parseCriteria([1, 2])).toEqual({ criteria: DEFAULT_CRITERIA, errors: ['Readiness criteria must be a group of named settings; the defaults are used'] });
    expect(parseCriteria('strict').errors).toHaveLength(1);
  });

  it('is a zod schema whose messages are the same sentences', () => {
    const result = ReadinessCriteria.safeParse({ minActiveDirectors: 0.5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Minimum active directors must be a whole number from 0 to 100');
    expect(ReadinessCriteria.parse({ clinicianOccupations: ['  GP  '] }).clinicianOccupations).toEqual(['GP']);
  });
});

describe('the zod-free defaults the popup uses', () => {
  it('are exactly what the schema fills in for empty settings', () => {
    expect(ReadinessCriteria.parse({})).toEqual(DEFAULT_CRITERIA);
  });
});
