import { officerInOffice } from '../people/in-office';
import { personNameKey } from '../people/name-key';
import type { ReadinessContext } from './context';
import type { ReadinessCriteria } from './criteria';
import { counted, listed } from './format';
import type { CaptureState, ReadinessOfficer } from './input';
import { MISSING, concern, findings, neutral, positive, type Findings } from './reasons';

/** The board: enough directors, clinicians among them, not churning; and who controls the company. */

function isDirector(officer: ReadinessOfficer): boolean {
  const role = officer.role ?? '';
  return /director|member/i.test(role) && !/secretary/i.test(role);
}

/** One person may hold several appointments (re-appointed, director and secretary): the officer id says who. */
function personOf(officer: ReadinessOfficer): string {
  return officer.officerId ?? personNameKey(officer.name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words, any case: "GP" matches "Salaried GP", not "GPS Engineer". */
export function clinicianMatcher(criteria: Pick<ReadinessCriteria, 'clinicianOccupations'>): (occupation: string | null) => boolean {
  const terms = criteria.clinicianOccupations.map((t) => escapeRegExp(t.trim())).filter(Boolean);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return (occupation) => occupation !== null && terms.length > 0 && pattern.test(occupation);
}

function officersState(ctx: ReadinessContext): CaptureState {
  const state = ctx.input.captured.officers;
  return state === false && ctx.input.officers.length > 0 ? 'partial' : state;
}

/** A director in office, as the popup and the side panel list the board. */
export interface BoardMember {
  name: string;
  role: string | null;
  occupation: string | null;
  appointedOn: string | null;
  /** For appointments the register dates only as "before" a day (those from before 1992). */
  appointedBefore: string | null;
}

type BoardOfficer = ReadinessOfficer & { appointedBefore?: string | null };

/** When a director joined, for ordering: a dated appointment, else its "before" date; undated ones last. */
function since(member: Pick<BoardMember, 'appointedOn' | 'appointedBefore'>): string {
  return member.appointedOn ?? member.appointedBefore ?? '9999';
}

/**
 * Directors in office in board order, one entry per person (keyed by who they are): their earliest
 * appointment, and the occupation they gave.
 */
function boardByPerson(officers: readonly BoardOfficer[]): Map<string, BoardMember> {
  const people = new Map<string, BoardMember>();
  for (const officer of officers) {
    if (!isDirector(officer) || !officerInOffice(officer)) continue;
    const key = personOf(officer);
    const seen = people.get(key);
    const member: BoardMember = { name: officer.name, role: officer.role, occupation: officer.occupation?.trim() || null, appointedOn: officer.appointedOn, appointedBefore: officer.appointedBefore ?? null };
    if (!seen) people.set(key, member);
    else {
      seen.occupation ??= member.occupation;
      if (since(member) < since(seen)) Object.assign(seen, { appointedOn: member.appointedOn, appointedBefore: member.appointedBefore });
    }
  }
  return people;
}

/** Directors in office, one entry per person, with the occupation they gave. */
function directorsInOffice(officers: readonly ReadinessOfficer[]): Map<string, string | null> {
  return new Map([...boardByPerson(officers)].map(([key, member]) => [key, member.occupation]));
}

/** The directors the board check counts, longest-serving first; appointments without a date last. */
export function boardMembers(officers: readonly BoardOfficer[]): BoardMember[] {
  return [...boardByPerson(officers).values()].sort((a, b) => since(a).localeCompare(since(b)));
}

/** Distinct occupations, most common first, then in board order. */
function occupationsByFrequency(occupations: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const occupation of occupations) counts.set(occupation, (counts.get(occupation) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

export function checkBoard(ctx: ReadinessContext): Findings {
  const found = findings();
  const state = officersState(ctx);
  if (state === false) {
    found.keyFacts.board = null;
    found.missing.push(MISSING.people);
    return found;
  }
  if (state === 'partial') found.missing.push(MISSING.peoplePages);

  const { criteria, links } = ctx;
  const directors = directorsInOffice(ctx.input.officers);
  const isClinician = clinicianMatcher(criteria);
  const clinical = [...directors.values()].filter((o): o is string => isClinician(o));
  const n = directors.size;
  const k = clinical.length;
  const occupations = listed(occupationsByFrequency(clinical));
  // "1 active director, a clinician (…)", "2 active directors, 1 of them a clinician (…)", "5 …, 2 of them clinicians (…)".
  const clinicians =
    n === 0 ? ''
    : k === 0 ? (n === 1 ? ', not a clinician' : ', none of them clinicians')
    : n === 1 ? `, a clinician (${occupations})`
    : k === 1 ? `, 1 of them a clinician (${occupations})`
    : `, ${k} of them clinicians (${occupations})`;

  if (ctx.status === 'closed') {
    found.reasons.push(neutral('board', `${counted(n, 'director')} in office at closure${clinicians}`, links.officers));
    found.keyFacts.board = false;
    return found;
  }
  const enough = n >= criteria.minActiveDirectors;
  const holds = enough && (!criteria.requireClinician || k > 0);
  const text = n === 0 ? 'No active directors' : `${enough ? '' : 'Only '}${counted(n, 'active director')}${clinicians}`;
  if (holds) {
    found.reasons.push(positive('board', text, links.officers));
    found.keyFacts.board = true;
  } else if (state === 'partial') {
    // Directors may be on the pages not captured: not a failing until the whole list is seen.
    found.reasons.push(neutral('board', text, links.officers));
    found.keyFacts.board = null;
  } else {
    found.reasons.push(concern('board', text, links.officers));
    found.keyFacts.board = false;
  }
  return found;
}

function yearsBefore(today: string, years: number): string {
  return `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
}

/** Directors who left within the window, against the board over that time (in office now, plus those who left). */
export function checkChurn(ctx: ReadinessContext): Findings {
  const found = findings();
  if (officersState(ctx) !== true || ctx.status === 'closed') return found;
  const { criteria, today, links } = ctx;
  const since = yearsBefore(today, criteria.churnWindowYears);
  const current = directorsInOffice(ctx.input.officers);
  const leavers = new Set<string>();
  for (const officer of ctx.input.officers) {
    if (!isDirector(officer) || !officer.resignedOn) continue;
    const key = personOf(officer);
    if (officer.resignedOn > since && officer.resignedOn <= today && !current.has(key)) leavers.add(key);
  }
  const board = current.size + leavers.size;
  if (board === 0) return found;
  const window = criteria.churnWindowYears === 1 ? 'the last year' : `the last ${criteria.churnWindowYears} years`;
  if (leavers.size / board > criteria.churnMaxShare) {
    found.reasons.push(concern('board-churn', `Board churn: ${leavers.size} of ${board} directors left in ${window}`, links.officers));
  } else {
    const left = leavers.size === 0 ? 'no director left' : `${leavers.size} of ${board} directors left`;
    found.reasons.push(positive('board-stable', `Stable board: ${left} in ${window}`, links.officers));
  }
  return found;
}

/** Who controls the company: information only, since member-owned federations usually name no one. */
export function checkControl(ctx: ReadinessContext): Findings {
  const found = findings();
  const current = ctx.input.pscs.filter((p) => p.status !== 'ceased' && !p.ceasedOn);
  const persons = current.filter((p) => p.kind !== 'statement');
  const statement = current.find((p) => p.kind === 'statement');
  const evidence = ctx.links.psc;
  if (persons.length === 1) {
    found.reasons.push(neutral('control', `Person with significant control: ${persons[0]!.name}`, evidence));
  } else if (persons.length > 1) {
    found.reasons.push(neutral('control', `${persons.length} persons with significant control: ${listed(persons.map((p) => p.name))}`, evidence));
  } else if (statement) {
    const text = /no registrable person/i.test(statement.name) ? 'No registrable person with significant control' : `Significant control statement: ${statement.name}`;
    found.reasons.push(neutral('control', text, evidence));
  }
  return found;
}
