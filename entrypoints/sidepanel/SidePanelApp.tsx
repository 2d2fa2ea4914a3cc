import { useState } from 'react';
import { EntityDetails } from '../../components/EntityDetails';
import { useFirstRenderMark } from '../../components/hooks/useFirstRenderMark';
import { StoreSearch } from '../../components/StoreSearch';
import type { SearchHit } from '../../utils/db/queries';

/** Instant lookups during a call: search as you type, then the card of what was picked. */
export function SidePanelApp() {
  const [selected, setSelected] = useState<SearchHit | null>(null);
  useFirstRenderMark(true);
  return (
    <main className="space-y-3 p-3">
      <h1 className="text-sm font-bold tracking-wide text-indigo-700 dark:text-indigo-300">ICS Scout lookups</h1>
      <StoreSearch onOpen={setSelected} autoFocus />
      {selected ? (
        <div className="border-t border-slate-200 pt-3 dark:border-slate-700" data-testid="entity-details">
          <EntityDetails hit={selected} />
        </div>
      ) : null}
    </main>
  );
}
