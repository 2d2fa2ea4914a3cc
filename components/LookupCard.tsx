import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { loadCompanyView, type CompanyView } from '../utils/db/company-assessment';
import { db } from '../utils/db/database';
import type { EntityKind } from '../utils/db/rows';
import { personNameKey } from '../utils/people/name-key';
import { personRoles } from '../utils/people/person-roles';
import { boardMembers } from '../utils/readiness/board';
import { VERDICT_LABELS } from '../utils/readiness/reasons';
import type { SearchHit } from '../utils/search/types';
import { boardMemberLine } from './BoardList';
import { CompanySummaryCard } from './CompanySummaryCard';
import { EntityNotes } from './EntityNotes';
import { namedPcnLinks, PcnLinks } from './PcnLinks';
import { PeopleOverlaps } from './PeopleOverlaps';
import { RecordPerson } from './RecordPerson';
import { VerdictCard } from './VerdictCard';

interface Card {
  /** A company's summary and verdict, shown as their own cards. */
  view?: CompanyView | null;
  heading: string;
  subheading: string;
  sections: { title: string; lines: string[] }[];
}

/** Everything the store knows about one search hit, as plain lines: shown, and copied for call notes. */
async function loadCard(hit: SearchHit, now: Date): Promise<Card> {
  switch (hit.kind) {
    case 'company': {
      const view = await loadCompanyView(db, hit.id, now);
      if (!view) return { heading: hit.title, subheading: `Company ${hit.id} · not in your store`, sections: [] };
      const { records } = view;
      const links = records.pcnLinks.filter((l) => l.status !== 'rejected');
      return {
        view,
        heading: records.company?.name ?? hit.title,
        subheading: `Company ${hit.id}${records.company?.overview?.status ? ` · ${records.company.overview.status}` : ''} · ${VERDICT_LABELS[view.assessment.verdict]}`,
        sections: [
          { title: 'Verdict', lines: view.assessment.reasons.map((r) => r.text) },
          { title: 'Board', lines: boardMembers(records.officers).map(boardMemberLine) },
          { title: 'Services running', lines: records.clips.filter((c) => c.kind === 'services').flatMap((c) => c.items) },
          { title: 'Services in development', lines: records.clips.filter((c) => c.kind === 'services-in-development').flatMap((c) => c.items) },
          { title: 'PCNs', lines: links.map((l) => `${records.pcnNames?.get(l.pcnCode) ?? l.pcnCode} (${l.pcnCode}), ${l.status}`) },
        ],
      };
    }
    case 'pcn': {
      const pcn = await db.odsPcns.get(hit.id);
      const members = await db.odsMemberships.where('pcnCode').equals(hit.id).filter((m) => !m.endDate).toArray();
      const practices = await db.odsPractices.bulkGet(members.map((m) => m.practiceCode));
      const subIcb = pcn?.subIcbCode ? await db.odsSubIcbs.get(pcn.subIcbCode) : undefined;
      const icb = subIcb?.icbCode ? await db.odsIcbs.get(subIcb.icbCode) : undefined;
      const links = await db.federationPcnLinks.where('pcnCode').equals(hit.id).filter((l) => l.status !== 'rejected').toArray();
      const federations = await db.companies.bulkGet(links.map((l) => l.companyNumber));
      const people = await db.people.filter((p) => p.roles.some((r) => r.entityId === hit.id)).toArray();
      return {
        heading: pcn?.name ?? hit.title,
        subheading: `PCN ${hit.id}${pcn?.closeDate ? ' · closed' : ''}`,
        sections: [
          { title: 'Area', lines: [subIcb ? `Sub-ICB: ${subIcb.name ?? subIcb.code} (${subIcb.code})` : '', icb ? `ICB: ${icb.name ?? icb.code} (${icb.code})` : ''].filter(Boolean) },
          { title: `Member practices (${members.length})`, lines: members.map((m, i) => `${practices[i]?.name ?? m.practiceCode} (${m.practiceCode})${practices[i]?.postcode ? `, ${practices[i]!.postcode}` : ''}`) },
          { title: 'Federation', lines: links.map((l, i) => `${federations[i]?.name ?? l.companyNumber} (${l.companyNumber}), ${l.status}`) },
          { title: 'People', lines: people.flatMap((p) => p.roles.filter((r) => r.entityId === hit.id).map((r) => `${p.name} — ${r.title ?? 'role not recorded'}`)) },
        ],
      };
    }
    case 'practice': {
      const practice = await db.odsPractices.get(hit.id);
      const membership = await db.odsMemberships.where('practiceCode').equals(hit.id).filter((m) => !m.endDate).first();
      const pcn = membership ? await db.odsPcns.get(membership.pcnCode) : undefined;
      return {
        heading: practice?.name ?? hit.title,
        subheading: `Practice ${hit.id}${practice?.postcode ? ` · ${practice.postcode}` : ''}${practice?.status && practice.status !== 'A' ? ' · not active' : ''}`,
        sections: [{ title: 'PCN', lines: [pcn ? `${pcn.name} (${pcn.code})` : 'none recorded'] }, { title: 'Address', lines: practice?.address ? [practice.address] : [] }],
      };
    }
    case 'person': {
      const [officers, pscs, clips, people] = await Promise.all([
        db.officers.where('nameKey').equals(hit.id).toArray(),
        // No name index on these: this person's PSC entries by name key, and the (few) clipped people lists.
        db.pscs.filter((p) => p.kind === 'individual' && personNameKey(p.name) === hit.id).toArray(),
        db.clips.filter((c) => c.kind === 'people').toArray(),
        db.people.where('nameKey').equals(hit.id).toArray(),
      ]);
      const numbers = [...new Set([...officers, ...pscs].map((r) => r.companyNumber))];
      const rows = await db.companies.bulkGet(numbers);
      const companies = new Map(numbers.flatMap((n, i) => (rows[i] ? [[n, rows[i]!] as const] : [])));
      const roles = personRoles(hit.id, { officers, pscs, clips, people, companies });
      return { heading: roles.name ?? hit.title, subheading: 'Person', sections: roles.sections };
    }
    default: {
      const isIcb = hit.kind === 'icb';
      const pcns = isIcb
        ? await db.odsPcns.filter((p) => !p.closeDate).toArray().then(async (all) => {
            const subs = new Set((await db.odsSubIcbs.where('icbCode').equals(hit.id).toArray()).map((s) => s.code));
            return all.filter((p) => p.subIcbCode && subs.has(p.subIcbCode));
          })
        : await db.odsPcns.where('subIcbCode').equals(hit.id).filter((p) => !p.closeDate).toArray();
      return { heading: hit.title, subheading: `${isIcb ? 'ICB' : 'Sub-ICB location'} ${hit.id}`, sections: [{ title: `Open PCNs (${pcns.length})`, lines: pcns.map((p) => `${p.name} (${p.code})`) }] };
    }
  }
}

export function cardText(card: Card): string {
  return [card.heading, card.subheading, ...card.sections.filter((s) => s.lines.length).flatMap((s) => ['', `${s.title}:`, ...s.lines.map((l) => `- ${l}`)])].join('\n');
}

/** The side panel's card for one hit, with notes and tags, and a plain-text copy for call notes. */
export function LookupCard({ hit }: { hit: SearchHit }) {
  const now = useMemo(() => new Date(), []);
  const card = useLiveQuery(() => loadCard(hit, now), [hit.kind, hit.id, now]);
  const [copied, setCopied] = useState(false);
  if (!card) return <p role="status">Loading…</p>;

  async function copy() {
    await navigator.clipboard.writeText(cardText(card!));
    setCopied(true);
  }

  return (
    <article className="space-y-2" data-testid={`${hit.kind}-card`}>
      {card.view ? (
        <CompanySummaryCard summary={card.view.summary} now={now} />
      ) : (
        <header>
          <h2 className="font-semibold">{card.heading}</h2>
          <p className="text-xs text-slate-600 dark:text-slate-400">{card.subheading}</p>
        </header>
      )}
      {card.view ? <VerdictCard assessment={card.view.assessment} /> : null}
      {card.sections
        .filter((s) => s.lines.length && !(hit.kind === 'company' && (s.title === 'Verdict' || s.title === 'PCNs')))
        .map((section) => (
          <section key={section.title} className="text-sm">
            <h3 className="text-xs font-semibold uppercase text-slate-600 dark:text-slate-400">{section.title}</h3>
            <ul>
              {section.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        ))}
      {hit.kind === 'company' ? <PcnLinks companyNumber={hit.id} links={card.view ? namedPcnLinks(card.view.records.pcnLinks, card.view.records.pcnNames ?? new Map()) : []} /> : null}
      {hit.kind === 'company' ? <PeopleOverlaps companyNumber={hit.id} /> : null}
      {hit.kind === 'pcn' || hit.kind === 'practice' ? <RecordPerson entityKind={hit.kind} entityId={hit.id} /> : null}
      <button type="button" onClick={copy} className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
        {copied ? 'Copied' : 'Copy summary for call notes'}
      </button>
      <EntityNotes entityKind={hit.kind as EntityKind} entityId={hit.id} />
    </article>
  );
}
