import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../../utils/readiness/assess';
import { boardMembers, clinicianMatcher } from '../../../utils/readiness/board';
import { DEFAULT_CRITERIA, parseCriteria } from '../../../utils/readiness/criteria';
import type { ReadinessInput, ReadinessOfficer } from '../../../utils/readiness/input';
import { MISSING, type ReasonCode } from '../../../utils/readiness/reasons';
import { TODAY, director, federation, overview, resigned } from './helpers';

const assess = (input: ReadinessInput, criteria = DEFAULT_CRITERIA) => assessReadiness(input, criteria, TODAY);
const reason = (input: ReadinessInput, code: ReasonCode, criteria = DEFAULT_CRITERIA) => assess(input, criteria).reasons.find((r) => r.code === code);

describe('clinicians among the directors', () => {
  it('recognises clinical occupations as whole words, whatever the case', () => {
    const isClinician = clinicianMatcher(DEFAULT_CRITERIA);
    for (const occupation of ['General Practitioner', 'GP Partner', 'Salaried GP', 'gp', 'Advanced Nurse Practitioner', 'Community Nurse', 'Pharmacist', 'Doctor', 'Consultant Physician', 'Paramedic', 'Medical Practitioner']) {
      expect(isClinician(occupation), occupation).toBe(true);
    }
    for (const occupation of ['Practice Manager', 'Chief Executive', 'Clinical Director', 'GPS Engineer', 'Nursery Owner', 'Retired', null]) {
      expect(isClinician(occupation), String(occupation)).toBe(false);
    }
  });

  it('takes the occupations from the criteria', () => {
    const { criteria } = parseCriteria({ clinicianOccupations: ['clinical director'] });
    expect(clinicianMatcher(criteria)('Clinical Director')).toBe(true);
    expect(clinicianMatcher(criteria)('General Practitioner')).toBe(false);
  });
});

describe('the board', () => {
  it('counts each person once: re-appointed, or director and secretary', () => {
    const input = federation((input) => {
      const patel = input.officers[0]!;
      input.officers.push(
        { ...patel, role: 'Secretary', occupation: null },
        { ...patel, status: 'resigned', appointedOn: '2014-09-12', resignedOn: '2019-03-31' },
      );
    });
    expect(reason(input, 'board')?.text).toBe('5 active directors, 2 of them clinicians (General Practitioner)');
  });

  it('names distinct clinical occupations, most common first', () => {
    const input = federation((input) => {
      input.officers.push(director('MAHMOOD, Tariq', 'Pharmacist'), director('O\'BRIEN, Siobhan', 'Advanced Nurse Practitioner'), director('SINGH, Harpreet', 'General Practitioner'), director('KHAN, Imran', 'Salaried GP'));
    });
    expect(reason(input, 'board')?.text).toBe('9 active directors, 6 of them clinicians (General Practitioner, Pharmacist, Advanced Nurse Practitioner and 1 more)');
  });

  it('fewer directors than the minimum is a concern', () => {
    const input = federation((input) => (input.officers = [director('PATEL, Anjali', 'General Practitioner'), director('HARGREAVES, Peter', 'Practice Manager')]));
    expect(reason(input, 'board')).toMatchObject({ text: 'Only 2 active directors, 1 of them a clinician (General Practitioner)', severity: 'concern' });
    expect(assess(input).verdict).toBe('promising');
  });

  it('no clinician on the board is a concern unless the criteria do not require one', () => {
    const input = federation((input) => {
      input.officers = input.officers.filter((o) => o.occupation !== 'General Practitioner');
      input.officers.push(director('FLETCHER, Emma', 'Finance Director'), director('THORNTON, Gareth', 'Retired'));
    });
    expect(reason(input, 'board')).toMatchObject({ text: '5 active directors, none of them clinicians', severity: 'concern' });
    const { criteria } = parseCriteria({ requireClinician: false });
    expect(reason(input, 'board', criteria)?.effect).toBe('positive');
    expect(assess(input, criteria).verdict).toBe('ready');
  });

  it('no directors at all', () => {
    const input = federation((input) => (input.officers = []));
    expect(reason(input, 'board')).toMatchObject({ text: 'No active directors', severity: 'concern' });
  });

  it('People tab not captured: no board reason, and asked for', () => {
    const input = federation((input) => {
      input.officers = [];
      input.captured.officers = false;
    });
    const result = assess(input);
    expect(result.reasons.some((r) => r.code.startsWith('board'))).toBe(false);
    expect(result).toMatchObject({ verdict: 'promising', missing: [MISSING.people] });
  });

  it('a board of one reads as one person, clinician or not', () => {
    const one = (occupation: string) =>
      federation((input) => {
        input.officers = [director('PATEL, Anjali', occupation)];
      });
    expect(reason(one('General Practitioner'), 'board')?.text).toBe('Only 1 active director, a clinician (General Practitioner)');
    expect(reason(one('Finance Director'), 'board')?.text).toBe('Only 1 active director, not a clinician');
  });

  it('a partial People tab: a short board is not yet a failing, and churn is not judged', () => {
    const input = federation((input) => {
      input.officers = [director('PATEL, Anjali', 'General Practitioner')];
      input.captured.officers = 'partial';
    });
    const result = assess(input);
    expect(result.reasons.find((r) => r.code === 'board')).toMatchObject({ text: 'Only 1 active director, a clinician (General Practitioner)', effect: 'neutral' });
    expect(result.reasons.some((r) => r.code === 'board-churn' || r.code === 'board-stable')).toBe(false);
    expect(result.missing).toEqual([MISSING.peoplePages]);
  });
});

describe('board churn', () => {
  it('more than half the board leaving within two years is a concern', () => {
    const input = federation((input) => {
      input.officers = [
        director('PATEL, Anjali', 'General Practitioner'),
        director('CHEN, Wei', 'General Practitioner'),
        director('HARGREAVES, Peter', 'Practice Manager'),
        resigned('A, One', '2026-08-31'),
        resigned('B, Two', '2025-12-31'),
        resigned('C, Three', '2025-01-31'),
        resigned('D, Four', '2024-09-16'),
        resigned('E, Five', '2024-09-15'), // two years ago to the day: outside the window
      ];
    });
    expect(reason(input, 'board-churn')).toMatchObject({ text: 'Board churn: 4 of 7 directors left in the last 2 years', severity: 'concern' });
    expect(assess(input).verdict).toBe('promising');
  });

  it('a director who left and came back did not leave; a stable board is said so', () => {
    const input = federation((input) => {
      const patel = input.officers[0]!;
      input.officers = [patel, { ...patel, status: 'resigned', resignedOn: '2025-05-31' }, ...input.officers.slice(1, 5)];
    });
    expect(reason(input, 'board-stable')?.text).toBe('Stable board: no director left in the last 2 years');
  });

  it('takes its window and threshold from the criteria', () => {
    const strict = parseCriteria({ churnMaxShare: 0.1 }).criteria;
    expect(reason(federation(() => {}), 'board-churn', strict)?.text).toBe('Board churn: 1 of 6 directors left in the last 2 years');
    const lastYear = parseCriteria({ churnWindowYears: 1, churnMaxShare: 0.1 }).criteria;
    expect(reason(federation(() => {}), 'board-stable', lastYear)?.text).toBe('Stable board: no director left in the last year');
  });

  it('a closed company is not judged on churn', () => {
    const input = federation((input) => (input.company.overview = overview({ status: 'Dissolved', closedDate: '2023-03-14', closedLabel: 'Dissolved on' })));
    expect(assess(input).reasons.some((r) => r.code === 'board-churn' || r.code === 'board-stable')).toBe(false);
  });
});

describe('control', () => {
  it('names the persons with significant control, or says there is none registrable', () => {
    const named = federation((input) => {
      input.pscs = [
        { name: 'Dr Helen Margaret Okafor', kind: 'individual', status: 'active', ceasedOn: null },
        { name: 'Old Holdings Limited', kind: 'corporate-entity', status: 'ceased', ceasedOn: '2024-01-01' },
      ];
    });
    expect(reason(named, 'control')).toMatchObject({ text: 'Person with significant control: Dr Helen Margaret Okafor', effect: 'neutral' });
    expect(reason(federation(() => {}), 'control')?.text).toBe('No registrable person with significant control');
    expect(reason(federation((input) => (input.pscs = [])), 'control')).toBeUndefined();
  });
});

describe('the board as the popup lists it', () => {
  it('is the directors the board check counts: one entry per person, longest-serving first, no secretaries or leavers', () => {
    const founder = director('PATEL, Anjali', 'General Practitioner', { appointedOn: '2014-09-12' });
    const members = boardMembers([
      founder,
      // Re-appointed under the same officer id: still one person, since 2014.
      { ...founder, appointedOn: '2018-01-01', occupation: null },
      // Appointed before the register dated appointments: the longest-serving of all.
      director('ELDER, Ruth', null, { appointedOn: null, appointedBefore: '1991-10-01' } as Partial<ReadinessOfficer>),
      // An earlier appointment without an occupation, a later one with: one person, the occupation kept.
      director('CHEN, Wei', null, { officerId: 'chen', appointedOn: '2019-03-01' }),
      director('CHEN, Wei', 'Practice Nurse', { officerId: 'chen', appointedOn: '2021-06-01' }),
      director('GREEN, Tom', 'Accountant', { role: 'Secretary', appointedOn: '2010-01-01' }),
      resigned('OLD, Ann', '2020-01-01', 'Nurse'),
      director('NEW, Sam', 'Pharmacist', { appointedOn: null }),
    ]);
    expect(members.map((m) => [m.name, m.occupation, m.appointedOn ?? m.appointedBefore])).toEqual([
      ['ELDER, Ruth', null, '1991-10-01'],
      ['PATEL, Anjali', 'General Practitioner', '2014-09-12'],
      ['CHEN, Wei', 'Practice Nurse', '2019-03-01'],
      ['NEW, Sam', 'Pharmacist', null],
    ]);
    const input = federation((input) => {
      input.officers = [director('CHEN, Wei', null), founder, { ...founder, appointedOn: '2018-01-01' }];
    });
    expect(reason(input, 'board')?.text).toMatch(/^Only 2 active directors/);
    expect(boardMembers(input.officers)).toHaveLength(2);
  });
});
