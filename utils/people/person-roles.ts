import type { ClipRow, CompanyRow, OfficerRow, PersonRow, PscRow } from '../db/rows';
import { itemFields } from '../federation/text';
import { officerInOffice, pscCurrent } from './in-office';
import { personNameKey } from './name-key';

/** A site's host for display; an imported row may hold an origin that is not a URL. */
function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/** Every role one person was found in, by where it was found: the side panel's person card. */
export interface PersonRoles {
  name: string | null;
  sections: { title: string; lines: string[] }[];
}

/**
 * The roles of the person whose name key is `nameKey`: appointments and significant control on Companies
 * House, people lists clipped from federation websites, and roles the user recorded. Former roles say so.
 */
export function personRoles(
  nameKey: string,
  found: {
    officers: readonly OfficerRow[];
    pscs: readonly PscRow[];
    clips: readonly Pick<ClipRow, 'kind' | 'items' | 'siteOrigin'>[];
    people: readonly PersonRow[];
    companies: ReadonlyMap<string, Pick<CompanyRow, 'name'>>;
  },
): PersonRoles {
  const companyName = (number: string) => found.companies.get(number)?.name ?? number;
  const officers = found.officers.filter((o) => o.nameKey === nameKey);
  const pscs = found.pscs.filter((p) => p.kind === 'individual' && personNameKey(p.name) === nameKey);
  const onWebsites = found.clips
    .filter((clip) => clip.kind === 'people')
    .flatMap((clip) =>
      clip.items.flatMap((item) => {
        const [name = item, role = null] = itemFields(item);
        return personNameKey(name) === nameKey ? [{ name, line: `${role ?? 'named'}, ${hostOf(clip.siteOrigin)}` }] : [];
      }),
    );
  const people = found.people.filter((p) => p.nameKey === nameKey);
  return {
    name: people[0]?.name ?? officers[0]?.name ?? pscs[0]?.name ?? onWebsites[0]?.name ?? null,
    sections: [
      {
        title: 'Companies House',
        lines: [
          ...officers.map((o) => `${officerInOffice(o) ? '' : 'former '}${o.role ?? 'officer'}, ${companyName(o.companyNumber)}${o.occupation ? ` (${o.occupation})` : ''}`),
          ...pscs.map((p) => `${pscCurrent(p) ? '' : 'former '}person with significant control, ${companyName(p.companyNumber)}`),
        ],
      },
      { title: 'Federation websites', lines: [...new Set(onWebsites.map((w) => w.line))] },
      { title: 'Recorded roles', lines: people.flatMap((p) => p.roles.map((r) => `${r.title ?? 'role'}, ${r.entityKind.toUpperCase()} ${r.entityId}`)) },
    ],
  };
}
