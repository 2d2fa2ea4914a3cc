import { afterAll, describe, expect, it } from 'vitest';
import { ScoutDb } from '../../../utils/db/schema';
import { loadSearchTables } from '../../../utils/search/load-search-data';
import type { SearchIndex } from '../../../utils/search/search-index';
import { watchSearchIndex } from '../../../utils/search/watch-search-index';
import { company, member, officer, pcn, practice } from './rows';

describe('the side panel index, kept in step with the store', () => {
  const db = new ScoutDb('search-watch-test');
  afterAll(() => db.delete());

  it('follows captures by reloading only the research tables, and an ODS import by reloading the ODS ones', async () => {
    await db.odsPcns.put(pcn('U12345', 'NORTHFIELD PCN'));
    await db.odsPractices.put(practice('M85001', 'NORTHFIELD HEALTH CENTRE', { postcode: 'B31 2AA' }));
    await db.odsMemberships.put(member('M85001', 'U12345'));
    await db.companies.put(company('09876543', 'NORTHFIELD GP FEDERATION LIMITED'));

    const reads: string[] = [];
    const load: typeof loadSearchTables = (store, tables) => {
      reads.push((tables as readonly string[]).includes('odsPractices') ? 'ods' : 'research');
      return loadSearchTables(store, tables);
    };
    let latest: SearchIndex | null = null;
    let waiting: ((index: SearchIndex) => void) | null = null;
    const next = () => new Promise<SearchIndex>((resolve) => (waiting = resolve));
    const errors: unknown[] = [];
    let first = next();
    const watch = watchSearchIndex(
      db,
      (index) => {
        latest = index;
        waiting?.(index);
      },
      (e) => errors.push(e),
      load,
    );
    try {
      let index = await first;
      expect(index.search('M85001')[0]).toMatchObject({ kind: 'practice', id: 'M85001' });
      expect(reads.sort()).toEqual(['ods', 'research']);

      // A capture writes a company and its officers: found at once, without reading the ODS tables again.
      reads.length = 0;
      first = next();
      await db.transaction('rw', db.companies, db.officers, async () => {
        await db.companies.put(company('11112222', 'SELLY OAK HEALTH LIMITED'));
        await db.officers.put(officer('11112222', 'PATEL, Anjali Ramesh'));
      });
      index = await first;
      expect(index.search('selly oak')[0]).toMatchObject({ kind: 'company', id: '11112222' });
      expect(index.search('anjali patel')[0]).toMatchObject({ kind: 'person' });
      expect(index.search('M85001')[0]).toMatchObject({ id: 'M85001' });
      expect(reads).toEqual(['research']);

      // An ODS import reloads the ODS tables.
      reads.length = 0;
      first = next();
      await db.odsPcns.put(pcn('U99999', 'SELLY PARK PCN'));
      index = await first;
      expect(index.search('U99999')[0]).toMatchObject({ kind: 'pcn', id: 'U99999' });
      expect(reads).toEqual(['ods']);
      expect(errors).toEqual([]);
      expect(latest).toBe(index);
    } finally {
      watch.unsubscribe();
    }
  });
});
