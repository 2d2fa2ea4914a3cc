import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../utils/db/database';
import { findPeopleOverlaps, type PersonPlace } from '../utils/people/overlaps';

const SOURCE_LABELS: Record<PersonPlace['source'], string> = { 'companies-house': 'board', website: 'website', recorded: 'recorded by you' };

/** The company's directors who also appear elsewhere: other boards, federation or PCN websites, roles you recorded. */
export function PeopleOverlaps({ companyNumber }: { companyNumber: string }) {
  const overlaps = useLiveQuery(async () => {
    const board = await db.officers.where('companyNumber').equals(companyNumber).filter((o) => o.status !== 'resigned').toArray();
    const keys = [...new Set(board.map((o) => o.nameKey))];
    if (!keys.length) return [];
    const [officers, people, clips] = await Promise.all([
      db.officers.where('nameKey').anyOf(keys).toArray(),
      db.people.where('nameKey').anyOf(keys).toArray(),
      db.clips.filter((c) => c.kind === 'people').toArray(),
    ]);
    const companies = await db.companies.bulkGet([...new Set(officers.map((o) => o.companyNumber))]);
    const companyNames = new Map(companies.filter((c) => c !== undefined).map((c) => [c.companyNumber, c.name ?? c.companyNumber]));
    return findPeopleOverlaps({ officers, companyNames, clips, people }).filter((o) => keys.includes(o.nameKey));
  }, [companyNumber]);
  if (!overlaps?.length) return null;
  return (
    <section aria-labelledby="overlaps-heading" className="space-y-1 text-xs" data-testid="people-overlaps">
      <h3 id="overlaps-heading" className="font-semibold">
        People found in more than one place
      </h3>
      <ul className="space-y-0.5">
        {overlaps.map((person) => (
          <li key={person.nameKey}>
            <span className="font-medium">{person.name}</span>:{' '}
            {person.places.map((p) => `${p.role ?? 'role not given'}, ${p.label} (${SOURCE_LABELS[p.source]})`).join('; ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
