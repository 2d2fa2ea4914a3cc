import { describe, expect, it } from 'vitest';
import { TIER } from '../../../utils/search/rank';
import { buildSearchIndex } from '../../../utils/search/search-index';
import type { SearchHit } from '../../../utils/search/types';
import { company, member, officer, pcn, person, practice, psc, searchData } from './rows';

const data = searchData({
  odsIcbs: [{ code: 'QHL', name: 'NHS BIRMINGHAM AND SOLIHULL ICB' }],
  odsSubIcbs: [{ code: '15E', name: 'NHS BIRMINGHAM AND SOLIHULL ICB - 15E', icbCode: 'QHL' }],
  odsPcns: [
    pcn('U12345', 'NORTHFIELD PCN', { postcode: 'B31 2AA' }),
    pcn('U12346', 'SELLY OAK PCN'),
    pcn('U54321', 'RIVERSIDE PCN', { closeDate: '2023-03-31' }),
    pcn('U54322', 'RIVERSIDE PCN'),
  ],
  odsPractices: [
    practice('M85001', 'NORTHFIELD HEALTH CENTRE', { postcode: 'B31 2AA' }),
    practice('M85002', 'HAWKESLEY MEDICAL PRACTICE', { postcode: 'B31 4XY' }),
    practice('M85003', 'ST. MARY\'S MED. CTR.', { postcode: 'B3 1AB' }),
    practice('M85004', 'OAK HOUSE SURGERY', { postcode: 'B32 1AA' }),
    practice('M85005', 'NORTHFIELD SURGERY', { status: 'C', closeDate: '2020-03-31', postcode: 'B31 2AB' }),
    practice('M85006', 'NORTHFIELD ROAD SURGERY'),
    practice('M85007', 'M85 CLINIC'),
  ],
  odsMemberships: [member('M85001', 'U12345'), member('M85002', 'U12345'), member('M85004', 'U12346'), member('M85006', 'U12346', '2022-03-31')],
  companies: [
    company('09876543', 'NORTHFIELD GP FEDERATION LIMITED', 'Active', 'B31 2AA'),
    company('SC123456', 'HIGHLAND HEALTH LIMITED', 'Dissolved'),
  ],
  officers: [officer('09876543', 'SMITH, Jane Anne'), officer('09876543', 'JONES, Peter', 'Secretary', '2020-01-01'), officer('SC123456', 'SMITH, John')],
  pscs: [psc('09876543', 'Dr Jane Anne Smith'), psc('09876543', 'NORTHFIELD HOLDINGS LTD', 'corporate-entity')],
  people: [person('p1', 'Dr Jane Smith', [{ entityKind: 'pcn', entityId: 'U12345', title: 'Clinical Director', source: 'user' }])],
});
const index = buildSearchIndex(data);

const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id);
const search = (query: string, limit = 20) => index.search(query, { limit });
const tierOf = (hit: SearchHit | undefined) => Math.floor((hit?.score ?? 0) / 1000) * 1000;

describe('search: codes', () => {
  it.each([
    ['u12345', 'U12345', 'pcn'],
    ['U12345', 'U12345', 'pcn'],
    ['m85001', 'M85001', 'practice'],
    [' M85 001 ', 'M85001', 'practice'],
    ['15e', '15E', 'sub-icb'],
    ['qhl', 'QHL', 'icb'],
    ['09876543', '09876543', 'company'],
    ['9876543', '09876543', 'company'],
    ['sc123456', 'SC123456', 'company'],
  ])('%s finds %s (%s) first, as an exact code', (query, id, kind) => {
    const [first] = search(query);
    expect(first).toMatchObject({ id, kind });
    expect(tierOf(first)).toBe(TIER.exactCode);
  });

  it('a code prefix lists the codes starting with it, above names that contain it', () => {
    const hits = search('m85');
    expect(ids(hits).slice(0, 6).sort()).toEqual(['M85001', 'M85002', 'M85003', 'M85004', 'M85006', 'M85007']);
    expect(hits.slice(0, 6).every((hit) => tierOf(hit) === TIER.codePrefix)).toBe(true);
    // The closed practice's code matches too, below the active ones.
    expect(hits[6]).toMatchObject({ id: 'M85005', kind: 'practice' });
  });

  it('a company number prefix finds the company, with or without leading zeros', () => {
    expect(search('0987')[0]).toMatchObject({ id: '09876543', kind: 'company' });
    expect(search('98765')[0]).toMatchObject({ id: '09876543', kind: 'company' });
    expect(tierOf(search('98765')[0])).toBe(TIER.codePrefix);
  });

  it('an exact code ranks above longer codes it starts', () => {
    const hits = buildSearchIndex(searchData({ odsSubIcbs: [{ code: 'X2C', name: null, icbCode: null }, { code: 'X2C4Y', name: null, icbCode: null }] })).search('x2c');
    expect(ids(hits)).toEqual(['X2C', 'X2C4Y']);
  });
});

describe('search: names', () => {
  it('matches word starts, every query word required', () => {
    const hits = search('north fie');
    expect(ids(hits)).toEqual(expect.arrayContaining(['U12345', 'M85001', '09876543']));
    expect(search('northfield zzz')).toEqual([]);
  });

  it('reads "north field" as NORTHFIELD too', () => {
    expect(ids(search('north field'))).toEqual(expect.arrayContaining(['U12345', 'M85001']));
  });

  it('ranks a name the query covers above longer names sharing its word, and a whole word above a word start', () => {
    const hits = search('northfield');
    expect(hits[0]).toMatchObject({ id: 'U12345', kind: 'pcn' });
    expect(ids(hits).indexOf('M85006')).toBeGreaterThan(ids(hits).indexOf('M85001'));
    const north = buildSearchIndex(searchData({ odsPcns: [pcn('U00001', 'NORTHOLT PCN'), pcn('U00002', 'NORTH SEDGEMOOR PCN')] }));
    expect(ids(north.search('north'))).toEqual(['U00002', 'U00001']);
    const [northolt, sedgemoor] = north.search('northo');
    expect(northolt).toMatchObject({ id: 'U00001' });
    // "northo" is one letter away from NORTH: a typo for all the index knows, so it ranks as one.
    expect(tierOf(sedgemoor)).toBe(TIER.fuzzyName);
  });

  it('normalises names: abbreviations, punctuation, "saint"', () => {
    expect(search('st marys medical centre')[0]).toMatchObject({ id: 'M85003' });
    expect(search('saint mary')[0]).toMatchObject({ id: 'M85003' });
    expect(search('st. mary\'s med ctr')[0]).toMatchObject({ id: 'M85003' });
  });

  it('finds names with a typo or two, below names typed right', () => {
    for (const query of ['nothfield', 'northfeild', 'hawkesly medical', 'hawksley']) {
      const hits = search(query);
      expect(hits.length, query).toBeGreaterThan(0);
      expect(hits.every((hit) => tierOf(hit) === TIER.fuzzyName), query).toBe(true);
    }
    expect(search('nothfield')[0]).toMatchObject({ id: 'U12345' });
    expect(search('hawksley')[0]).toMatchObject({ id: 'M85002' });
  });

  it('reads a word that runs two together ("oakhouse" → OAK HOUSE)', () => {
    expect(search('oakhouse')[0]).toMatchObject({ id: 'M85004' });
  });

  it('ranks open PCNs and active practices above closed ones', () => {
    const riverside = search('riverside');
    expect(ids(riverside)).toEqual(['U54322', 'U54321']);
    expect(riverside[1]!.detail).toContain('closed 2023-03-31');
    const northfieldSurgeries = ids(search('northfield surgery'));
    expect(northfieldSurgeries.indexOf('M85006')).toBeLessThan(northfieldSurgeries.indexOf('M85005'));
    expect(ids(search('highland'))).toEqual(['SC123456']);
  });
});

describe('search: postcodes', () => {
  it.each(['B31 2AA', 'b312aa', ' b31  2aa '])('%s finds the practices, PCNs and companies at that postcode', (query) => {
    const hits = search(query);
    expect(ids(hits).sort()).toEqual(['09876543', 'M85001', 'U12345']);
    expect(hits.every((hit) => tierOf(hit) === TIER.postcode)).toBe(true);
  });

  it('an outward code finds those in the district, not in B3 or B32', () => {
    const hits = search('B31');
    expect(ids(hits).sort()).toEqual(['09876543', 'M85001', 'M85002', 'M85005', 'U12345']);
    // The closed practice last.
    expect(hits.at(-1)!.id).toBe('M85005');
  });

  it('a postcode being typed narrows the district', () => {
    expect(ids(search('b31 2')).sort()).toEqual(['09876543', 'M85001', 'M85005', 'U12345']);
  });
});

describe('search: people', () => {
  it('gathers one person from every place they appear', () => {
    const [first] = search('jane smith');
    expect(first).toMatchObject({ kind: 'person', id: 'jane smith', title: 'Dr Jane Smith' });
    expect(first!.detail).toBe('Director, NORTHFIELD GP FEDERATION LIMITED; PSC, NORTHFIELD GP FEDERATION LIMITED; Clinical Director, NORTHFIELD PCN');
  });

  it('finds people by surname, with a title, or by a middle name; corporate PSCs are not people', () => {
    expect(ids(search('smith')).filter((id) => id.includes(' ')).sort()).toEqual(['jane smith', 'john smith']);
    expect(search('dr smith')[0]).toMatchObject({ id: 'jane smith' });
    expect(search('anne smith')[0]).toMatchObject({ id: 'jane smith' });
    expect(ids(search('northfield holdings'))).toEqual([]);
  });

  it('marks roles a person left, and ranks them below people in post', () => {
    const [peter] = search('peter jones');
    expect(peter).toMatchObject({ id: 'peter jones', title: 'Peter JONES', detail: 'former Secretary, NORTHFIELD GP FEDERATION LIMITED' });
  });
});

describe('search: details and limits', () => {
  it('describes each kind for a caller on the phone', () => {
    expect(search('u12345')[0]!.detail).toBe('PCN U12345 · NHS BIRMINGHAM AND SOLIHULL ICB - 15E · 2 practices');
    expect(search('m85001')[0]!.detail).toBe('Practice M85001 · B31 2AA · NORTHFIELD PCN');
    expect(search('m85005')[0]!.detail).toBe('Practice M85005 · closed · B31 2AB');
    expect(search('09876543')[0]!.detail).toBe('Company 09876543 · Active');
    expect(search('15e')[0]!.detail).toBe('Sub-ICB 15E · ICB QHL · 3 open PCNs');
    expect(search('qhl')[0]!.detail).toBe('ICB QHL · 1 sub-ICB location');
  });

  it('an ended membership is not the practice\'s PCN', () => {
    expect(search('m85006')[0]!.detail).toBe('Practice M85006');
  });

  it('returns nothing for an empty query, and at most `limit` hits', () => {
    expect(search('   ')).toEqual([]);
    expect(search('m85', 3)).toHaveLength(3);
    expect(search('m', 0)).toEqual([]);
  });

  it('leaves no state behind between searches', () => {
    const first = search('north');
    search('m85');
    search('nothfield');
    expect(search('north')).toEqual(first);
  });
});

describe('search index updates', () => {
  it('rebuilds only what changed, and the old index keeps answering', () => {
    const next = index.update({ companies: [...data.companies, company('11112222', 'SELLY OAK HEALTH LIMITED')], officers: [...data.officers, officer('11112222', 'PATEL, Priya')] });
    expect(next.search('11112222')[0]).toMatchObject({ kind: 'company', title: 'SELLY OAK HEALTH LIMITED' });
    expect(next.search('priya patel')[0]).toMatchObject({ detail: 'Director, SELLY OAK HEALTH LIMITED' });
    expect(next.search('u12345')[0]).toMatchObject({ id: 'U12345' });
    expect(index.search('11112222')).toEqual([]);
    expect(next.documentCount).toBe(index.documentCount + 2);
  });

  it('an ODS change reaches people\'s roles', () => {
    const next = index.update({ odsPcns: data.odsPcns.map((row) => (row.code === 'U12345' ? { ...row, name: 'NORTHFIELD AND LONGBRIDGE PCN' } : row)) });
    expect(next.search('jane smith')[0]!.detail).toContain('Clinical Director, NORTHFIELD AND LONGBRIDGE PCN');
  });

  it('returns itself when no table changed', () => {
    expect(index.update({ companies: data.companies })).toBe(index);
  });
});
