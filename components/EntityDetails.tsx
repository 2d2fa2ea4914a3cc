import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../utils/db/database';
import { companySummary, type SearchHit } from '../utils/db/queries';
import { CompanySummaryCard } from './CompanySummaryCard';

/** The card for one search hit: a company's summary, a PCN with its practices, a practice with its PCN. */
export function EntityDetails({ hit }: { hit: SearchHit }) {
  const now = useMemo(() => new Date(), []);
  const details = useLiveQuery(async () => {
    if (hit.kind === 'company') return { kind: 'company' as const, summary: await companySummary(db, hit.id) };
    if (hit.kind === 'pcn') {
      const pcn = await db.odsPcns.get(hit.id);
      const members = await db.odsMemberships.where('pcnCode').equals(hit.id).filter((m) => !m.endDate).toArray();
      const practices = (await db.odsPractices.bulkGet(members.map((m) => m.practiceCode))).map((p, i) => p ?? { code: members[i]!.practiceCode, name: members[i]!.practiceCode });
      const subIcb = pcn?.subIcbCode ? await db.odsSubIcbs.get(pcn.subIcbCode) : undefined;
      return { kind: 'pcn' as const, pcn, practices, subIcb };
    }
    const practice = await db.odsPractices.get(hit.id);
    const membership = await db.odsMemberships.where('practiceCode').equals(hit.id).filter((m) => !m.endDate).first();
    const pcn = membership ? await db.odsPcns.get(membership.pcnCode) : undefined;
    return { kind: 'practice' as const, practice, pcn };
  }, [hit.kind, hit.id]);

  if (!details) return <p role="status">Loading…</p>;
  if (details.kind === 'company') {
    return details.summary ? <CompanySummaryCard summary={details.summary} now={now} /> : <p>Not in your store.</p>;
  }
  if (details.kind === 'pcn') {
    return (
      <section className="space-y-1" data-testid="pcn-card">
        <h2 className="font-semibold">{details.pcn?.name ?? hit.title}</h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          PCN {hit.id}
          {details.subIcb?.name ? ` · ${details.subIcb.name}` : ''}
        </p>
        <h3 className="text-xs font-semibold uppercase">Member practices ({details.practices.length})</h3>
        <ul className="text-sm">
          {details.practices.map((p) => (
            <li key={p.code}>
              {p.name} <span className="text-xs text-slate-500">{p.code}</span>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section className="space-y-1" data-testid="practice-card">
      <h2 className="font-semibold">{details.practice?.name ?? hit.title}</h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Practice {hit.id}
        {details.practice?.postcode ? ` · ${details.practice.postcode}` : ''}
      </p>
      <p className="text-sm">PCN: {details.pcn ? `${details.pcn.name} (${details.pcn.code})` : 'none recorded'}</p>
    </section>
  );
}
