import { liveQuery } from 'dexie';
import type { ScoutDb } from '../db/schema';
import { loadSearchTables } from './load-search-data';
import { buildSearchIndex, type SearchIndex } from './search-index';
import { ODS_SEARCH_TABLES, RESEARCH_SEARCH_TABLES, type SearchData } from './types';

/**
 * Keeps a search index in step with the store. The national ODS tables and the user's research are
 * watched apart: a capture (which writes companies and officers page by page) reloads only the research
 * tables and rebuilds only their part of the index, instead of reading some 30,000 ODS rows and indexing
 * them again after every page. `load` is the store reader (tests count its calls).
 */
export function watchSearchIndex(
  db: ScoutDb,
  onIndex: (index: SearchIndex) => void,
  onError: (error: unknown) => void,
  load: typeof loadSearchTables = loadSearchTables,
): { unsubscribe(): void } {
  let ods: Pick<SearchData, (typeof ODS_SEARCH_TABLES)[number]> | undefined;
  let research: Pick<SearchData, (typeof RESEARCH_SEARCH_TABLES)[number]> | undefined;
  let index: SearchIndex | undefined;
  const refresh = () => {
    if (!ods || !research) return;
    // update() rebuilds only the sections whose tables are new arrays (see search-index.ts).
    index = index ? index.update({ ...ods, ...research }) : buildSearchIndex({ ...ods, ...research });
    onIndex(index);
  };
  const subscriptions = [
    liveQuery(() => load(db, ODS_SEARCH_TABLES)).subscribe({ next: (rows) => ((ods = rows), refresh()), error: onError }),
    liveQuery(() => load(db, RESEARCH_SEARCH_TABLES)).subscribe({ next: (rows) => ((research = rows), refresh()), error: onError }),
  ];
  return { unsubscribe: () => subscriptions.forEach((s) => s.unsubscribe()) };
}
