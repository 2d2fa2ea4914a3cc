import type { ScoutDb } from '../db/schema';
import { SEARCH_TABLES, type SearchData, type SearchTable } from './types';

/** Everything the search index reads, from one read transaction (so the tables agree with each other). */
export async function loadSearchData(db: ScoutDb): Promise<SearchData> {
  return (await loadSearchTables(db, SEARCH_TABLES)) as SearchData;
}

/**
 * Some of the tables, for `SearchIndex.update` after a change: reloading companies and officers after a
 * capture spares reading the 16,000 practices again.
 */
export async function loadSearchTables<T extends SearchTable>(db: ScoutDb, tables: readonly T[]): Promise<Pick<SearchData, T>> {
  const unique = [...new Set(tables)];
  return db.transaction('r', unique.map((table) => db.table(table)), async () => {
    const rows = await Promise.all(unique.map((table) => db.table(table).toArray()));
    return Object.fromEntries(unique.map((table, i) => [table, rows[i]])) as unknown as Pick<SearchData, T>;
  });
}
