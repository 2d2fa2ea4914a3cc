import { describe, expect, it } from 'vitest';
import { buildPracticeIndex } from '../../../utils/linking/practice-index';
import { matchPractices } from '../../../utils/linking/match-practices';
import { describeMatch, federationArea, inferPcns, matchPcnNames } from '../../../utils/linking/infer-pcns';
import { linkingDataset } from '../../fixtures/linking/ods-rows';

const index = buildPracticeIndex(linkingDataset());
const birmingham = matchPractices(
  index,
  [
    'Riverside Medical Centre',
    'The Surgery',
    'Dr Patel & Partners',
    'Quayside Health Centre',
    'Kings Norton Health Centre',
    'Selly Oak Surgery',
    'Zebra Surgery',
  ].map((name) => ({ name })),
);

describe('inferPcns', () => {
  const inference = inferPcns(index, birmingham);

  it('groups the matches by current PCN, most confident first', () => {
    expect(inference.pcns.map((pcn) => [pcn.pcnCode, pcn.matchedCount, pcn.memberCount])).toEqual([
      ['U10001', 3, 4],
      ['U10002', 1, 3],
    ]);
    const [northfield, kingsNorton] = inference.pcns;
    expect(northfield).toMatchObject({ pcnName: 'NORTHFIELD PCN', subIcbCode: '15E', icbCode: 'QHL', open: true, matchedShare: 0.75 });
    // A practice matched twice (by its name and by its building) counts once.
    expect(northfield!.practices.find((p) => p.practiceCode === 'M85003')!.input).toBe(
      'Dr Patel & Partners / Quayside Health Centre',
    );
    expect(northfield!.confidence).toBeGreaterThan(kingsNorton!.confidence);
    expect(kingsNorton!.confidence).toBeCloseTo(1 * (0.5 + 0.5 / 3), 2);
  });

  it('says why, in words', () => {
    expect(inference.pcns[0]!.evidence).toEqual([
      'NORTHFIELD PCN (U10001): 3 of 4 current member practices on the list, confidence 0.86',
      'Riverside Medical Centre → RIVERSIDE MED.CTR. (M85001), 1.00',
      'The Surgery → THE SURGERY (M85002), 1.00',
      'Dr Patel & Partners / Quayside Health Centre → DR S N PATEL & PARTNERS (M85003), 0.95',
      "not on the list: ST. MARY'S SURGERY (M85004)",
    ]);
    expect(inference.withoutPcn).toEqual(['Selly Oak Surgery → SELLY OAK SURGERY (M85008), 1.00; in no current PCN']);
    expect(inference.unmatched).toEqual(['Zebra Surgery']);
    expect(describeMatch(birmingham[6]!)).toBe('Zebra Surgery → no match');
  });

  it('finds the federation area', () => {
    expect(federationArea(index, birmingham)).toEqual({
      icbs: [{ code: 'QHL', practices: 5 }],
      subIcbs: [{ code: '15E', practices: 5 }],
      pcnCodes: ['U10001', 'U10002'],
    });
  });
});

describe('matchPcnNames', () => {
  const area = federationArea(index, birmingham);

  it('reads PCN names as websites write them', () => {
    const matches = matchPcnNames(
      index,
      ['Northfield Primary Care Network', 'Kings Norton and West Heath PCN', 'Riverside Network', 'Leeds Central'],
      area,
    );
    expect(matches.map((m) => m.pcnCode)).toEqual(['U10001', 'U10002', 'U20002', 'U20001']);
    // The open PCN, not the closed one of the same name.
    expect(matches[0]!.runnerUp).toMatchObject({ pcnCode: 'U10009' });
    // Outside the federation's area: matched, with a lower score.
    expect(matches[2]!.score).toBeLessThan(matches[0]!.score);
  });

  it('leaves a name that fits several PCNs equally unmatched', () => {
    const [central] = matchPcnNames(index, ['Central PCN']);
    expect(central).toMatchObject({ pcnCode: null, pcnName: null });
    expect(['U20001', 'U30001']).toContain(central!.runnerUp!.pcnCode);
    expect(matchPcnNames(index, ['Zebra Network'])[0]).toMatchObject({ pcnCode: null, score: 0, runnerUp: null });
  });
});
