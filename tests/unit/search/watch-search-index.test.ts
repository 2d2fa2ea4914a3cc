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
    // The next index that covers the ODS data too.
    const next = () => new Promise<SearchIndex>((resolve) => (waiting = resolve));
    const errors: unknown[] = [];
    let first = next();
    const watch = watchSearchIndex(
      db,
      (index, odsLoaded) => {
        latest = index;
        if (odsLoaded) waiting?.(index);
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

  it('offers federations and people first, while the national ODS data is still being read', async () => {
    // The store as the test above left it: Northfield's federation and practice among others.
    let releaseOds!: () => void;
    const odsHeld = new Promise<void>((resolve) => (releaseOds = resolve));
    const load: typeof loadSearchTables = async (store, tables) => {
      if ((tables as readonly string[]).includes('odsPractices')) await odsHeld;
      return loadSearchTables(store, tables);
    };
    const offered: { federation: boolean; practice: boolean; odsLoaded: boolean }[] = [];
    let done!: () => void;
    const complete = new Promise<void>((resolve) => (done = resolve));
    let firstOffer!: () => void;
    const offeredOnce = new Promise<void>((resolve) => (firstOffer = resolve));
    const watch = watchSearchIndex(
      db,
      (index, odsLoaded) => {
        offered.push({ federation: index.search('northfield gp federation').some((h) => h.kind === 'company'), practice: index.search('M85001').length > 0, odsLoaded });
        firstOffer();
        if (odsLoaded) done();
      },
      (e) => {
        throw e;
      },
      load,
    );
    try {
      await offeredOnce;
      expect(offered).toEqual([{ federation: true, practice: false, odsLoaded: false }]);
      releaseOds();
      await complete;
      expect(offered.at(-1)).toEqual({ federation: true, practice: true, odsLoaded: true });
    } finally {
      watch.unsubscribe();
    }
  });

  it('stops at once when unsubscribed from inside its own callback', async () => {
    const calls: boolean[] = [];
    let watch: { unsubscribe(): void } | null = null;
    watch = watchSearchIndex(
      db,
      (_index, odsLoaded) => {
        calls.push(odsLoaded);
        watch?.unsubscribe();
      },
      (e) => {
        throw e;
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await db.companies.put(company('33334444', 'KINGS NORTON HEALTH LIMITED'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toEqual([false]);
  });
});
