import { describe, expect, it } from 'vitest';
import { buildPracticeIndex, PRIOR } from '../../../utils/linking/practice-index';
import { findCandidates, splitCompound } from '../../../utils/linking/candidates';
import { linkingDataset } from '../../fixtures/linking/ods-rows';

const index = buildPracticeIndex(linkingDataset());
const practice = (code: string) => index.practices[index.byCode.get(code)!]!;

describe('buildPracticeIndex', () => {
  it('indexes practices and practice-like rows, not hospitals', () => {
    expect(index.byCode.has('M85011')).toBe(false); // QUEEN ELIZABETH HOSPITAL, setting 10
    expect(index.byCode.has('M85010')).toBe(true); // RIVERSIDE MEDICAL CENTRE OOH, setting 2
    expect(index.practices).toHaveLength(21);
  });

  it('ranks active GP practices first', () => {
    expect(practice('M85001').prior).toBe(PRIOR.activeGp);
    expect(practice('M85009').prior).toBe(PRIOR.closedGp);
    expect(practice('M85010').prior).toBe(PRIOR.activeOther);
    expect(practice('G82004').prior).toBe(PRIOR.unknownStatus);
  });

  it('gives each practice its area and its current PCN', () => {
    expect(practice('M85004')).toMatchObject({
      postcode: 'B30 2DD',
      district: 'B30',
      postcodeArea: 'B',
      subIcbCode: '15E',
      icbCode: 'QHL',
      pcnCode: 'U10001', // moved from U10002 in 2022
      pcnName: 'NORTHFIELD PCN',
    });
    expect(practice('M85008').pcnCode).toBeNull();
    // Known only from ePCN: the ICB comes from the sub-ICB.
    expect(practice('G82004')).toMatchObject({ icbCode: 'QKS', pcnCode: 'U30001', postcode: null });
  });

  it('keeps the buildings named in addresses as aliases', () => {
    const aliases = index.entries.filter((entry) => entry.alias);
    expect(aliases.map((entry) => [index.practices[entry.practice]!.code, entry.form.key])).toEqual([
      ['M85003', 'quayside health centre'],
      ['M85007', 'poplars surgery'],
    ]);
  });

  it('counts PCN members and keeps closed PCNs', () => {
    expect(index.pcnByCode.get('U10001')).toMatchObject({ open: true, icbCode: 'QHL' });
    expect(index.pcnByCode.get('U10001')!.memberCodes.sort()).toEqual(['M85001', 'M85002', 'M85003', 'M85004']);
    expect(index.pcnByCode.get('U10009')).toMatchObject({ open: false, memberCodes: [] });
  });
});

describe('findCandidates', () => {
  const codes = (name: string, postcode?: string) =>
    findCandidates(index, postcode ? { name, postcode } : { name }).map((c) => index.practices[c.practice]!.code);

  it('finds every practice of a name, best first', () => {
    expect(codes('Riverside Medical Centre').slice(0, 2).sort()).toEqual(['G82001', 'M85001']);
    expect(codes('The Surgery').slice(0, 2).sort()).toEqual(['B86002', 'M85002']);
  });

  it('finds a practice by its building', () => {
    expect(codes('Quayside Health Centre')[0]).toBe('M85003');
  });

  it('takes the postcode as strong evidence', () => {
    expect(codes('Riverside Medical Centre', 'ME1 1AA')[0]).toBe('G82001');
    const [top] = findCandidates(index, { name: 'Medway Riverside', postcode: 'ME1 1AA' });
    expect(index.practices[top!.practice]!.code).toBe('G82001');
    expect(top!.postcode).toBe('same');
  });

  it('finds nothing for a name no practice has', () => {
    expect(codes('Zebra Surgery')).toEqual([]);
  });

  it('splits a word run together when both halves are known words', () => {
    expect(splitCompound('parkview', new Map([['park', 1], ['view', 1]]))).toEqual(['park', 'view']);
    expect(splitCompound('parkview', new Map([['parkview', 1], ['park', 1], ['view', 1]]))).toEqual([]);
  });
});
