import { useEffect, useState } from 'react';
import { db } from '../../utils/db/database';
import type { SearchIndex } from '../../utils/search/search-index';
import { watchSearchIndex } from '../../utils/search/watch-search-index';

/** The side panel's search index over the whole store, kept up to date; null until first built. */
export function useSearchIndex(): { index: SearchIndex | null; error: string | null } {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const watch = watchSearchIndex(db, setIndex, (e) => setError(e instanceof Error ? e.message : String(e)));
    return () => watch.unsubscribe();
  }, []);
  return { index, error };
}
