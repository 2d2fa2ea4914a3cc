import type { ClipRow, OfficerRow, PersonRow } from '../db/rows';
import { itemFields } from '../federation/text';
import { personNameKey } from './name-key';

/** One place a person was found: a board on Companies House, a website's people list, a role the user recorded. */
export interface PersonPlace {
  source: 'companies-house' | 'website' | 'recorded';
  /** What the place is: a company, a website, a PCN or practice code. */
  entity: string;
  label: string;
  role: string | null;
}

export interface PersonOverlap {
  nameKey: string;
  name: string;
  places: PersonPlace[];
}

/**
 * People who appear in more than one place — a federation director who is also a PCN's clinical director,
 * say — with every place listed. Names are compared by personNameKey ("SMITH, Jane" = "Dr Jane Smith").
 */
export function findPeopleOverlaps(input: {
  officers: readonly Pick<OfficerRow, 'companyNumber' | 'name' | 'nameKey' | 'role' | 'status'>[];
  companyNames: ReadonlyMap<string, string>;
  clips: readonly Pick<ClipRow, 'kind' | 'items' | 'siteOrigin' | 'companyNumber'>[];
  people: readonly Pick<PersonRow, 'name' | 'nameKey' | 'roles'>[];
}): PersonOverlap[] {
  const byKey = new Map<string, PersonOverlap>();
  const add = (name: string, nameKey: string, place: PersonPlace) => {
    if (!nameKey.includes(' ')) return; // a single word is not enough to say two people are one
    const known = byKey.get(nameKey) ?? { nameKey, name, places: [] };
    if (!known.places.some((p) => p.source === place.source && p.entity === place.entity && p.role === place.role)) known.places.push(place);
    byKey.set(nameKey, known);
  };
  for (const officer of input.officers) {
    if (officer.status === 'resigned') continue;
    const company = input.companyNames.get(officer.companyNumber) ?? officer.companyNumber;
    add(officer.name, officer.nameKey, { source: 'companies-house', entity: officer.companyNumber, label: company, role: officer.role });
  }
  for (const clip of input.clips) {
    if (clip.kind !== 'people') continue;
    for (const item of clip.items) {
      const [name = item, role = null] = itemFields(item);
      add(name, personNameKey(name), { source: 'website', entity: clip.companyNumber ?? clip.siteOrigin, label: new URL(clip.siteOrigin).host, role });
    }
  }
  for (const person of input.people) {
    for (const role of person.roles) add(person.name, person.nameKey, { source: 'recorded', entity: role.entityId, label: role.entityId, role: role.title });
  }
  // More than one place: a different entity, or the same federation seen on its board and on its website.
  return [...byKey.values()]
    .filter((p) => new Set(p.places.map((place) => `${place.source}:${place.entity}`)).size > 1)
    .sort((a, b) => b.places.length - a.places.length || a.name.localeCompare(b.name));
}
