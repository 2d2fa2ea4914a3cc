import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchStore } from '../../../utils/db/queries';
import { ScoutDb } from '../../../utils/db/schema';
import { company, pcn, practice } from '../search/rows';

describe("the popup's quick search", () => {
  const db = new ScoutDb('popup-search-test');
  beforeAll(async () => {
    await db.companies.bulkPut([company('09876543', 'NORTHFIELD GP FEDERATION LIMITED'), company('11112222', 'SELLY OAK HEALTH LIMITED')]);
    await db.odsPcns.bulkPut([pcn('U12345', 'NORTHFIELD PCN'), pcn('U12399', 'WEOLEY PCN')]);
    await db.odsPractices.bulkPut([practice('M85001', 'NORTHFIELD HEALTH CENTRE', { postcode: 'B31 2AA' }), practice('M85002', 'WEOLEY MEDICAL PRACTICE', { postcode: 'B29 5AB' })]);
  });
  afterAll(() => db.delete());

  const found = async (query: string) => (await searchStore(db, query)).hits.map((h) => `${h.kind}:${h.id}`);

  it('finds your federations by words of their name or by number', async () => {
    expect(await found('northfield federation')).toEqual(['company:09876543']);
    expect(await found('1111')).toEqual(['company:11112222']);
  });

  it('finds PCNs by code or name, practices by code or postcode', async () => {
    expect(await found('U123')).toEqual(['pcn:U12345', 'pcn:U12399']);
    expect(await found('weoley pcn')).toEqual(['pcn:U12399']);
    expect(await found('M85001')).toEqual(['practice:M85001']);
    expect(await found('B29')).toEqual(['practice:M85002']);
  });

  it('leaves practice names to the side panel, and lists each record once', async () => {
    expect(await found('weoley medical')).toEqual([]);
    expect(await found('northfield')).toEqual(['company:09876543', 'pcn:U12345']);
  });

  it('says which query it answers, and finds nothing for an empty one', async () => {
    expect(await searchStore(db, 'U12')).toMatchObject({ query: 'U12' });
    expect(await searchStore(db, '   ')).toEqual({ query: '   ', hits: [] });
  });
});
