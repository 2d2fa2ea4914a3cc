import { liveQuery } from 'dexie';
import type { ScoutDb } from '../db/schema';
import { loadSearchTables } from './load-search-data';
import { buildSearchIndex, type SearchIndex } from './search-index';
import { ODS_SEARCH_TABLES, RESEARCH_SEARCH_TABLES, type SearchData } from './types';

/** Until the ODS tables are read: none (one set of arrays, so that update() sees when they arrive). */
const NO_ODS: Pick<SearchData, (typeof ODS_SEARCH_TABLES)[number]> = { odsPcns: [], odsPractices: [], odsMemberships: [], odsSubIcbs: [], odsIcbs: [] };

/**
 * Keeps a search index in step with the store. The national ODS tables and the user's research are
 * watched apart: a capture (which writes companies and officers page by page) reloads only the research
 * tables and rebuilds only their part of the index, instead of reading some 30,000 ODS rows and indexing
 * them again after every page. The research tables are small and read first: federations and people are
 * searchable at once, and the ODS part follows (`odsLoaded` says when). `load` is the store reader (tests
 * count its calls).
 */
export function watchSearchIndex(
  db: ScoutDb,
  onIndex: (index: SearchIndex, odsLoaded: boolean) => void,
  onError: (error: unknown) => void,
  load: typeof loadSearchTables = loadSearchTables,
): { unsubscribe(): void } {
  let ods: Pick<SearchData, (typeof ODS_SEARCH_TABLES)[number]> | undefined;
  let research: Pick<SearchData, (typeof RESEARCH_SEARCH_TABLES)[number]> | undefined;
  let index: SearchIndex | undefined;
  let closed = false;
  const refresh = () => {
    if (closed || !research) return;
    const data = { ...(ods ?? NO_ODS), ...research };
    // update() rebuilds only the sections whose tables are new arrays (see search-index.ts).
    index = index ? index.update(data) : buildSearchIndex(data);
    onIndex(index, ods !== undefined);
  };
  const subscriptions: { unsubscribe(): void }[] = [];
  let odsTimer: ReturnType<typeof setTimeout> | undefined;
  const watchOds = () => {
    if (closed) return;
    subscriptions.push(liveQuery(() => load(db, ODS_SEARCH_TABLES)).subscribe({ next: (rows) => ((ods = rows), refresh()), error: onError }));
  };
  subscriptions.push(
    liveQuery(() => load(db, RESEARCH_SEARCH_TABLES)).subscribe({
      next: (rows) => {
        research = rows;
        refresh();
        // The ODS tables are read once the research index is offered, and a moment later: decoding some
        // 30,000 rows holds the page's thread, which would otherwise delay showing the first results.
        if (odsTimer === undefined && !closed) odsTimer = setTimeout(watchOds, 0);
      },
      error: onError,
    }),
  );
  return {
    unsubscribe: () => {
      closed = true;
      clearTimeout(odsTimer);
      subscriptions.forEach((subscription) => subscription.unsubscribe());
    },
  };
}
