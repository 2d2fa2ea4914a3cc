import { useId, useMemo, useState } from 'react';
import { useFirstRenderMark } from '../../components/hooks/useFirstRenderMark';
import { useSearchIndex } from '../../components/hooks/useSearchIndex';
import { LookupCard } from '../../components/LookupCard';
import type { SearchHit } from '../../utils/search/types';

const KIND_LABELS: Record<SearchHit['kind'], string> = {
  company: 'Federation',
  pcn: 'PCN',
  practice: 'Practice',
  person: 'Person',
  'sub-icb': 'Sub-ICB',
  icb: 'ICB',
};

/**
 * Instant lookups during a call: search as you type across federations, PCNs, practices, people, sub-ICBs
 * and ICBs (codes first, then names, typos, postcodes), then the card of what was picked. All from the local
 * store: it works offline.
 */
export function SidePanelApp() {
  const { index, odsLoaded, error } = useSearchIndex();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<SearchHit | null>(null);
  const inputId = useId();
  const hits = useMemo(() => (index && query.trim() ? index.search(query, { limit: 12 }) : []), [index, query]);
  useFirstRenderMark(index !== null, 'ics-scout:research-ready');
  useFirstRenderMark(index !== null && odsLoaded);

  return (
    <main className="space-y-3 p-3">
      <h1 className="text-sm font-bold tracking-wide text-indigo-700 dark:text-indigo-300">ICS Scout lookups</h1>
      <div className="space-y-1">
        <label htmlFor={inputId} className="block text-xs font-medium">
          Federations, PCNs, practices, people, sub-ICBs and ICBs
        </label>
        <input
          id={inputId}
          type="search"
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && hits[0] && setSelected(hits[0])}
          placeholder="Code, name or postcode"
          className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
        />
        {error ? (
          <p className="text-xs text-red-700 dark:text-red-400" role="alert">
            Could not read your store: {error}
          </p>
        ) : !index ? (
          <p className="text-xs text-slate-600 dark:text-slate-400" role="status">
            Loading your store…
          </p>
        ) : query.trim() && !hits.length ? (
          <p className="text-xs text-slate-600 dark:text-slate-400" role="status">
            {odsLoaded ? `Nothing in your store matches “${query.trim()}”.` : `No federation or person matches “${query.trim()}”; still loading the NHS ODS data…`}
          </p>
        ) : !odsLoaded ? (
          <p className="text-xs text-slate-600 dark:text-slate-400" role="status">
            Federations and people are ready; loading the NHS ODS data (PCNs, practices)…
          </p>
        ) : null}
      </div>
      {hits.length ? (
        <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Search results" data-testid="search-results">
          {hits.map((hit) => (
            <li key={`${hit.kind}:${hit.id}`}>
              <button type="button" onClick={() => setSelected(hit)} className="w-full px-1 py-1 text-left hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800">
                <span className="mr-1 rounded bg-slate-200 px-1 text-[10px] uppercase dark:bg-slate-700">{KIND_LABELS[hit.kind]}</span>
                <span className="text-sm">{hit.title}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">{hit.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {selected ? (
        <div className="border-t border-slate-200 pt-3 dark:border-slate-700" data-testid="entity-details">
          <LookupCard hit={selected} />
        </div>
      ) : null}
    </main>
  );
}
