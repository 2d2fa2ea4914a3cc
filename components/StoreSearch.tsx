import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { db } from '../utils/db/database';
import { searchStore, type SearchHit } from '../utils/db/queries';

/** A search box over the store: companies, PCNs and practices by code or name. */
export function StoreSearch({ onOpen, autoFocus }: { onOpen: (hit: SearchHit) => void; autoFocus?: boolean }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const hits = useLiveQuery(() => searchStore(db, query), [query]);
  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="block text-xs font-medium">
        Search companies, PCNs and practices
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        autoFocus={autoFocus}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Name, company number or ODS code"
        className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
      />
      {query.trim() && hits ? (
        hits.length ? (
          <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Search results" data-testid="search-results">
            {hits.map((hit) => (
              <li key={`${hit.kind}:${hit.id}`}>
                <button type="button" onClick={() => onOpen(hit)} className="w-full px-1 py-1 text-left hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800">
                  <span className="block text-sm">{hit.title}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{hit.detail}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-xs text-slate-600 dark:text-slate-400" role="status">
            Nothing in your store matches “{query.trim()}”.
          </p>
        )
      ) : null}
    </div>
  );
}
