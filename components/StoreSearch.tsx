import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { db } from '../utils/db/database';
import { searchStore } from '../utils/db/queries';

/**
 * The popup's search box: your federations by name or number (opened on click), PCNs and practices by code,
 * PCNs by name, practices by postcode. Cards for PCNs and practices, and names across everything, are the
 * side panel's.
 */
export function StoreSearch({ onOpenCompany }: { onOpenCompany: (companyNumber: string) => void }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const result = useLiveQuery(() => searchStore(db, query), [query]);
  // Until the answer to what is typed now arrives, the last answer stays (no flash of "nothing matches").
  const answered = result?.query === query;
  const hits = result?.hits ?? [];
  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="block text-xs font-medium">
        Search your federations, PCNs and practices
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Name, company number, code or postcode"
        className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
      />
      {query.trim() && hits.length ? (
        <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Search results" aria-busy={!answered} data-testid="search-results">
          {hits.map((hit) => (
            <li key={`${hit.kind}:${hit.id}`}>
              {hit.kind === 'company' ? (
                <button type="button" onClick={() => onOpenCompany(hit.id)} className="w-full px-1 py-1 text-left hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800">
                  <span className="block text-sm">{hit.title}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{hit.detail}</span>
                </button>
              ) : (
                <div className="px-1 py-1">
                  <span className="block text-sm">{hit.title}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{hit.detail}</span>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : query.trim() && answered ? (
        <p className="text-xs text-slate-600 dark:text-slate-400" role="status">
          Nothing in your store matches “{query.trim()}”.
        </p>
      ) : null}
      {query.trim() && hits.some((hit) => hit.kind !== 'company') ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">For a PCN's or practice's card, or to search names across all the NHS ODS data, open the side panel (Alt+Shift+S).</p>
      ) : null}
    </div>
  );
}
