import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { icbNameFromSubIcbName, mergeOds, summariseOds } from '../../../utils/ods/merge';
import { readOdsFile } from '../../../utils/ods/read-file';
import type { OdsFileContents, OdsSnapshot } from '../../../utils/ods/rows';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/ods');
const read = (name: string, fileName = name) => readOdsFile(fileName, new Uint8Array(readFileSync(join(FIXTURES, name))));

const epcn2024 = read('epcn_2024-10_tiny.xlsx');
const epcn2022 = read('epcn_2022-04_ccg-era_tiny.xlsx');
const epraccur = read('epraccur_2025-09_small.csv');

describe('mergeOds + summariseOds on the small fixtures', () => {
  const dataset = mergeOds([epcn2024, epraccur]);

  it('counts what the fixtures hold', () => {
    expect(summariseOds(dataset)).toEqual({
      pcns: { total: 6, open: 5 },
      memberships: { total: 10, open: 6 },
      // 13 epraccur rows + A84025, known only from ePCN. Active: 5 English GP practices (not the dormant,
      // closed, proposed, non-GP or defence ones); 2 Welsh.
      practices: { total: 14, active: 5, activeWales: 2 },
      // 70F, 09D, 00L (an open PCN's lead, not in the small epraccur), 16C, 99C; not the Welsh boards.
      subIcbs: 5,
      icbs: 2,
      snapshots: { epcn: '2024-10-01', epcncorepartnerdetails: '2024-10-01', epraccur: '2025-09-01' },
    });
  });

  it('keeps epraccur practice rows over ePCN ones, in either order', () => {
    for (const files of [[epcn2024, epraccur], [epraccur, epcn2024]]) {
      const practices = mergeOds(files).practices;
      expect(practices.find((p) => p.code === 'G81011')).toMatchObject({ source: 'epraccur', status: 'A' });
      expect(practices.find((p) => p.code === 'A84025')).toMatchObject({
        source: 'epcncorepartnerdetails',
        status: null,
        subIcbCode: '00L',
      });
    }
  });

  it('merges sub-ICBs field by field: name from ePCN, ICB from epraccur', () => {
    const subIcbs = Object.fromEntries(dataset.subIcbs.map((s) => [s.code, s]));
    expect(subIcbs['09D']).toEqual({ code: '09D', name: 'NHS SUSSEX ICB - 09D', icbCode: 'QNX' });
    expect(subIcbs['00L']).toEqual({ code: '00L', name: 'NHS NORTH EAST AND NORTH CUMBRIA ICB - 00L', icbCode: null });
    expect(subIcbs['7A6']).toEqual({ code: '7A6', name: null, icbCode: 'Q99' });
    expect(dataset.subIcbs).toHaveLength(7);
  });

  it('derives ICBs and their names from the sub-ICB names', () => {
    expect([...dataset.icbs].sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { code: 'Q99', name: null },
      { code: 'QHM', name: 'NHS NORTH EAST AND NORTH CUMBRIA ICB' },
      { code: 'QNX', name: 'NHS SUSSEX ICB' },
    ]);
  });

  it('knows no ICB without epraccur, and counts ePCN practices as practices', () => {
    expect(summariseOds(mergeOds([epcn2024]))).toMatchObject({
      practices: { total: 8, active: 0, activeWales: 0 },
      subIcbs: 5,
      icbs: 0,
    });
  });
});

describe('the newer file wins', () => {
  it('whatever the order files are given in', () => {
    for (const files of [[epcn2022, epcn2024], [epcn2024, epcn2022]]) {
      const dataset = mergeOds(files);
      expect(dataset.subIcbs.find((s) => s.code === '09D')?.name).toBe('NHS SUSSEX ICB - 09D');
      // G81011's spells are in both files; G81680's 2021 spell in U29677 only in 2022's, and is kept as history.
      expect(dataset.memberships).toHaveLength(11);
      expect(dataset.pcns).toHaveLength(6);
      expect(dataset.snapshots.map((s) => s.snapshotDate)).toEqual([
        '2022-04-01',
        '2022-04-01',
        '2024-10-01',
        '2024-10-01',
      ]);
    }
  });

  it('an undated file counts as the newest (a report just fetched)', () => {
    const undated: OdsFileContents = {
      ...epcn2024,
      fileName: 'report.csv',
      pcns: epcn2024.pcns.map((pcn) => (pcn.code === 'U14062' ? { ...pcn, name: 'WEST HOVE RENAMED PCN' } : pcn)),
      snapshots: epcn2024.snapshots.map((s): OdsSnapshot => ({ ...s, snapshotDate: null, snapshotDateBasis: null })),
    };
    const dataset = mergeOds([undated, epcn2024]);
    expect(dataset.pcns.find((pcn) => pcn.code === 'U14062')?.name).toBe('WEST HOVE RENAMED PCN');
    // The summary shows the newest known date; null only when no file of that source is dated.
    expect(summariseOds(dataset).snapshots).toEqual({ epcn: '2024-10-01', epcncorepartnerdetails: '2024-10-01' });
    expect(summariseOds(mergeOds([undated])).snapshots).toEqual({ epcn: null, epcncorepartnerdetails: null });
  });
});

describe('icbNameFromSubIcbName', () => {
  it.each([
    ['NHS NORTH EAST AND NORTH CUMBRIA ICB - 16C', 'NHS NORTH EAST AND NORTH CUMBRIA ICB'],
    ['NHS BATH AND NORTH EAST SOMERSET, SWINDON AND WILTSHIRE ICB - 92G', 'NHS BATH AND NORTH EAST SOMERSET, SWINDON AND WILTSHIRE ICB'],
    ['NHS WEST YORKSHIRE ICB - X2C4Y', 'NHS WEST YORKSHIRE ICB'],
    ['NHS BARNSLEY CCG', null],
  ])('%s', (subIcbName, icbName) => {
    expect(icbNameFromSubIcbName(subIcbName)).toBe(icbName);
  });
});
