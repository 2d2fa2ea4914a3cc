import { useEffect, useState } from 'react';
import { db } from '../../utils/db/database';
import type { SearchIndex } from '../../utils/search/search-index';
import { watchSearchIndex } from '../../utils/search/watch-search-index';

/**
 * The side panel's search index over the whole store, kept up to date: null until first built, then over
 * federations and people at once, and over the national ODS data too once `odsLoaded`.
 */
export function useSearchIndex(): { index: SearchIndex | null; odsLoaded: boolean; error: string | null } {
  const [state, setState] = useState<{ index: SearchIndex | null; odsLoaded: boolean }>({ index: null, odsLoaded: false });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const watch = watchSearchIndex(
      db,
      (index, odsLoaded) => setState({ index, odsLoaded }),
      (e) => setError(e instanceof Error ? e.message : String(e)),
    );
    return () => watch.unsubscribe();
  }, []);
  return { ...state, error };
}
