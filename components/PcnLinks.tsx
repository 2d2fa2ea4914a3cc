import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../utils/db/database';
import type { FederationPcnLinkRow } from '../utils/db/rows';
import { callBackground } from '../utils/messages/client';

export type NamedPcnLink = FederationPcnLinkRow & { pcnName: string };

/** A federation's links with their PCNs' names (the code where ODS has none), surest first. */
export function namedPcnLinks(rows: readonly FederationPcnLinkRow[], names: ReadonlyMap<string, string>): NamedPcnLink[] {
  return rows.map((row) => ({ ...row, pcnName: names.get(row.pcnCode) ?? row.pcnCode })).sort((a, b) => b.confidence - a.confidence);
}

/**
 * A federation's PCNs with the evidence for each link; the user confirms, rejects, or adds one by search.
 * `links` come with the company's records, which the parent reads (and follows) already.
 */
export function PcnLinks({ companyNumber, links }: { companyNumber: string; links: NamedPcnLink[] }) {
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const found = useLiveQuery(async () => {
    const q = query.trim().toUpperCase();
    if (q.length < 3) return [];
    const byCode = await db.odsPcns.where('code').startsWith(q).limit(5).toArray();
    return byCode.length ? byCode : db.odsPcns.filter((p) => !p.closeDate && p.name.includes(q)).limit(5).toArray();
  }, [query]);

  async function decide(pcnCode: string, status: 'confirmed' | 'rejected') {
    setError(null);
    try {
      await callBackground('links.set', { companyNumber, pcnCode, status });
      setQuery('');
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const shown = links.filter((l) => l.status !== 'rejected');
  return (
    <section aria-labelledby="pcn-links-heading" className="space-y-1 text-xs" data-testid="pcn-links">
      <h3 id="pcn-links-heading" className="font-semibold">
        Linked PCNs
      </h3>
      {shown.length ? (
        <ul className="space-y-1">
          {shown.map((link) => (
            <li key={link.pcnCode} className="rounded border border-slate-200 p-1 dark:border-slate-700" data-pcn={link.pcnCode}>
              <div className="flex items-center justify-between gap-1">
                <span>
                  {link.pcnName} <span className="text-slate-500">{link.pcnCode}</span> ·{' '}
                  {link.status === 'confirmed' ? 'confirmed' : `suggested, ${Math.round(link.confidence * 100)}% sure`}
                </span>
                {link.status === 'suggested' ? (
                  <span className="flex shrink-0 gap-1">
                    <button type="button" className="rounded border border-emerald-600 px-1" onClick={() => decide(link.pcnCode, 'confirmed')}>
                      Confirm
                    </button>
                    <button type="button" className="rounded border border-red-600 px-1" onClick={() => decide(link.pcnCode, 'rejected')}>
                      Reject
                    </button>
                  </span>
                ) : null}
              </div>
              <details>
                <summary className="cursor-pointer text-slate-600 dark:text-slate-400">Evidence ({link.evidence.length})</summary>
                <ul className="list-inside list-disc">
                  {link.evidence.map((e, i) => (
                    <li key={i}>{e.text}</li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-600 dark:text-slate-400">None yet: clip the federation's member practices or PCNs from its website, or add one.</p>
      )}
      <label className="block">
        <span className="sr-only">Add a PCN by code or name</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Add a PCN: code or name" className="w-full rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-800" />
      </label>
      {found?.length ? (
        <ul aria-label="PCNs found">
          {found.map((pcn) => (
            <li key={pcn.code}>
              <button type="button" className="w-full text-left hover:bg-slate-100 dark:hover:bg-slate-800" onClick={() => decide(pcn.code, 'confirmed')}>
                + {pcn.name} ({pcn.code})
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <p role="alert" className="text-red-700 dark:text-red-400">{error}</p> : null}
    </section>
  );
}
