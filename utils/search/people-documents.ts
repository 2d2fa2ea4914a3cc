import type { CompanyRow, PersonRole } from '../db/rows';
import { normalisePostcode } from '../linking/postcode';
import { officerInOffice, pscCurrent } from '../people/in-office';
import { personNameKey } from '../people/name-key';
import { companyNumberKeys, organisationWords, searchWords, STANDING, TITLES, type SearchDocument } from './document';
import type { SearchData } from './types';

export type PeopleSearchData = Pick<SearchData, 'companies' | 'officers' | 'pscs' | 'people'>;

/** Names of PCNs and practices, for people's roles ("Clinical Director, NORTHFIELD PCN"). */
export interface OdsNames {
  pcns: ReadonlyMap<string, string>;
  practices: ReadonlyMap<string, string>;
}

/** A person's detail lists this many places; the rest are counted. */
const PLACES_SHOWN = 3;

export function companyDocuments(companies: readonly CompanyRow[]): SearchDocument[] {
  return companies.map((company) => {
    const name = company.name ?? company.overview?.name ?? null;
    const status = company.overview?.status ?? null;
    const postcode = normalisePostcode(company.overview?.registeredOffice?.postcode);
    const previous = company.overview?.previousNames.map((p) => p.name) ?? [];
    return {
      kind: 'company',
      id: company.companyNumber,
      title: name ?? company.companyNumber,
      detail: [`Company ${company.companyNumber}`, status].filter(Boolean).join(' · '),
      standing: status === null ? STANDING.unknown : /^active\b/i.test(status) ? STANDING.current : STANDING.former,
      codes: companyNumberKeys(company.companyNumber),
      postcodes: postcode ? [postcode] : [],
      // Previous names still find the company: people remember the old one.
      ...organisationWords(name ? [name, ...previous] : previous),
    };
  });
}

interface Place {
  text: string;
  current: boolean;
  /** Officers first, then significant control, then roles the user recorded. */
  order: number;
}

interface Gathered {
  names: string[];
  /** The name to show: one the user recorded, else a PSC's (written naturally), else an officer's. */
  display: { name: string; rank: number } | null;
  places: Place[];
}

/** "SMITH, Jane Anne" → "Jane Anne SMITH": Companies House's order reads badly aloud. */
function naturalOrder(name: string): string {
  const comma = name.indexOf(',');
  return comma < 0 ? name.trim() : `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`.trim();
}

/**
 * Everyone the store names, one document per person name key: the boards of companies (officers), people
 * with significant control, and the people the user recorded with their roles at PCNs, practices and
 * companies. Corporate officers and corporate PSCs are organisations, not people, and are left out.
 */
export function personDocuments(data: PeopleSearchData, ods: OdsNames): SearchDocument[] {
  const companyNames = new Map(data.companies.map((c) => [c.companyNumber, c.name ?? c.companyNumber]));
  const companyName = (number: string) => companyNames.get(number) ?? `company ${number}`;
  const people = new Map<string, Gathered>();
  const gather = (key: string, name: string, rank: number, place: Place | null) => {
    if (!key) return;
    let person = people.get(key);
    if (!person) people.set(key, (person = { names: [], display: null, places: [] }));
    if (!person.names.includes(name)) person.names.push(name);
    if (!person.display || rank < person.display.rank) person.display = { name: rank === 2 ? naturalOrder(name) : name, rank };
    if (place) person.places.push(place);
  };

  for (const person of data.people) {
    const key = person.nameKey || personNameKey(person.name);
    gather(key, person.name, 0, null);
    for (const role of person.roles) gather(key, person.name, 0, { text: roleText(role, companyName, ods), current: true, order: 2 });
  }
  for (const psc of data.pscs) {
    if (psc.kind !== 'individual') continue;
    const current = pscCurrent(psc);
    gather(personNameKey(psc.name), psc.name, 1, { text: `${current ? '' : 'former '}PSC, ${companyName(psc.companyNumber)}`, current, order: 1 });
  }
  for (const officer of data.officers) {
    if (officer.corporate) continue;
    const current = officerInOffice(officer);
    const role = officer.role ?? 'Officer';
    gather(officer.nameKey || personNameKey(officer.name), officer.name, 2, {
      text: `${current ? role : `former ${role}`}, ${companyName(officer.companyNumber)}`,
      current,
      order: 0,
    });
  }

  const docs: SearchDocument[] = [];
  for (const [key, person] of people) {
    const words = new Set(searchWords(key));
    for (const name of person.names) for (const word of searchWords(name)) words.add(word);
    docs.push({
      kind: 'person',
      id: key,
      title: person.display?.name ?? key,
      detail: placesText(person.places),
      standing: person.places.length === 0 || person.places.some((p) => p.current) ? STANDING.current : STANDING.formerPerson,
      codes: [],
      postcodes: [],
      words: [...words],
      nameKey: key,
      // All their name words (middle names too): "sarah james" covers SARAH JAMES better than ANDREW SARAH JAMES.
      nameLength: [...words].filter((word) => !TITLES.has(word)).length,
    });
  }
  return docs;
}

function roleText(role: PersonRole, companyName: (number: string) => string, ods: OdsNames): string {
  const place =
    role.entityKind === 'company'
      ? companyName(role.entityId)
      : role.entityKind === 'pcn'
        ? (ods.pcns.get(role.entityId) ?? `PCN ${role.entityId}`)
        : role.entityKind === 'practice'
          ? (ods.practices.get(role.entityId) ?? `practice ${role.entityId}`)
          : role.entityId;
  return role.title ? `${role.title}, ${place}` : place;
}

/** Current places first; the same place once (an officer reappointed in the same role). */
function placesText(places: readonly Place[]): string {
  const sorted = [...places].sort((a, b) => Number(b.current) - Number(a.current) || a.order - b.order);
  const texts = [...new Set(sorted.map((p) => p.text))];
  const shown = texts.slice(0, PLACES_SHOWN);
  const more = texts.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; +${more} more` : shown.join('; ');
}
