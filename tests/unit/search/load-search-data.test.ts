import { afterAll, describe, expect, it } from 'vitest';
import { ScoutDb } from '../../../utils/db/schema';
import { loadSearchData, loadSearchTables } from '../../../utils/search/load-search-data';
import { buildSearchIndex } from '../../../utils/search/search-index';
import { SEARCH_TABLES } from '../../../utils/search/types';
import { company, member, officer, pcn, person, practice, psc } from './rows';

describe('loading the search data from the store', () => {
  const db = new ScoutDb('search-load-test');
  afterAll(() => db.delete());

  it('reads every table the index needs, and the index finds what the store holds', async () => {
    await db.odsIcbs.put({ code: 'QHL', name: 'NHS BIRMINGHAM AND SOLIHULL ICB' });
    await db.odsSubIcbs.put({ code: '15E', name: 'NHS BIRMINGHAM AND SOLIHULL ICB - 15E', icbCode: 'QHL' });
    await db.odsPcns.put(pcn('U12345', 'NORTHFIELD PCN'));
    await db.odsPractices.put(practice('M85001', 'NORTHFIELD HEALTH CENTRE', { postcode: 'B31 2AA' }));
    await db.odsMemberships.put(member('M85001', 'U12345'));
    await db.companies.put(company('09876543', 'NORTHFIELD GP FEDERATION LIMITED'));
    await db.officers.put(officer('09876543', 'SMITH, Jane Anne'));
    await db.pscs.put(psc('09876543', 'Dr Jane Anne Smith'));
    await db.people.put(person('p1', 'Dr Jane Smith', [{ entityKind: 'pcn', entityId: 'U12345', title: 'Clinical Director', source: 'user' }]));

    const data = await loadSearchData(db);
    expect(Object.keys(data).sort()).toEqual([...SEARCH_TABLES].sort());
    const index = buildSearchIndex(data);
    expect(index.search('m85001')[0]).toMatchObject({ detail: 'Practice M85001 · B31 2AA · NORTHFIELD PCN' });
    expect(index.search('jane smith')[0]).toMatchObject({ id: 'jane smith', detail: expect.stringContaining('Clinical Director, NORTHFIELD PCN') });
  });

  it('reloads only the tables asked for, to update an index after a capture', async () => {
    const index = buildSearchIndex(await loadSearchData(db));
    await db.companies.put(company('11112222', 'SELLY OAK HEALTH LIMITED'));
    const changed = await loadSearchTables(db, ['companies']);
    expect(Object.keys(changed)).toEqual(['companies']);
    expect(index.update(changed).search('selly oak')[0]).toMatchObject({ id: '11112222' });
  });
});
