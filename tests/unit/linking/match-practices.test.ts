import { describe, expect, it } from 'vitest';
import { buildPracticeIndex } from '../../../utils/linking/practice-index';
import { matchPractices, type PracticeInput } from '../../../utils/linking/match-practices';
import { linkingDataset } from '../../fixtures/linking/ods-rows';

const index = buildPracticeIndex(linkingDataset());
const match = (inputs: (string | PracticeInput)[]) =>
  matchPractices(index, inputs.map((input) => (typeof input === 'string' ? { name: input } : input)));
const codes = (inputs: (string | PracticeInput)[]) => match(inputs).map((m) => m.practiceCode);

describe('matchPractices', () => {
  it('resolves names found in many places by the area of the rest of the list', () => {
    // The same four ambiguous names, on a Birmingham site and on a Leeds site.
    const ambiguous = ['Riverside Medical Centre', 'The Surgery', 'Dr Patel & Partners', 'Church Road Surgery'];
    expect(codes([...ambiguous, 'Kings Norton Health Centre', 'Drs Lambert and Ng', "St Mary's Surgery"])).toEqual([
      'M85001', 'M85002', 'M85003', 'M85006', 'M85005', 'M85007', 'M85004',
    ]);
    expect(codes(['Riverside Surgery', ...ambiguous.slice(1), 'Park View Surgery', "Saint Mary's Medical Centre"])).toEqual([
      'B86001', 'B86002', 'B86003', 'B86004', 'B86005', 'B86006',
    ]);
    expect(codes(['Riverside Medical Centre', 'The Patel Practice', 'Horfield Health Centre'])).toEqual([
      'G82001', 'G82002', 'G82003',
    ]);
  });

  it('leaves an ambiguous name alone unmatched, naming the best candidate', () => {
    const [result] = match(['The Surgery']);
    expect(result).toMatchObject({ practiceCode: null, practiceName: null, pcnCode: null, score: 1 });
    expect(['M85002', 'B86002']).toContain(result!.runnerUp!.practiceCode);
  });

  it('takes a postcode as enough to resolve a name', () => {
    expect(codes([{ name: 'Riverside Medical Centre', postcode: 'me1 1aa' }])).toEqual(['G82001']);
  });

  it('matches doctors by surname, and a practice by its building', () => {
    const results = match([
      'Riverside Medical Centre',
      'The Surgery',
      'Dr Patel & Partners (Quayside Health Centre)',
      'Quayside Health Centre',
      'The Poplars Surgery',
      'Dr Lambert & Partners',
    ]);
    expect(results.map((m) => m.practiceCode)).toEqual(['M85001', 'M85002', 'M85003', 'M85003', 'M85007', 'M85007']);
    expect(results[3]!.score).toBeLessThan(1); // a building may host other practices
  });

  it('gives null for names that are not good enough, however best', () => {
    const results = match([
      'Riverside Medical Centre',
      'The Surgery',
      'Church Road Surgery',
      'Selly Park Surgery', // another word than SELLY OAK SURGERY
      'Zebra Surgery',
      'Medical Centre',
    ]);
    expect(results.slice(3).map((m) => m.practiceCode)).toEqual([null, null, null]);
    expect(results[3]!.runnerUp).toMatchObject({ practiceCode: 'M85008' });
    expect(results[3]!.score).toBeLessThan(0.7);
    expect(results[4]).toMatchObject({ score: 0, runnerUp: null });
  });

  it('tolerates a typo within the area', () => {
    expect(codes(['Riversde Medical Centre', 'The Surgery', 'Church Road Surgery', 'Kings Norton Health Centre'])[0]).toBe(
      'M85001',
    );
  });

  it('matches a closed practice with a lower score, and reports practices in no PCN', () => {
    const [closed, noPcn] = match(['Northfield Health Centre', 'Selly Oak Surgery']);
    expect(closed).toMatchObject({ practiceCode: 'M85009', pcnCode: null, score: 0.85 });
    expect(noPcn).toMatchObject({ practiceCode: 'M85008', pcnCode: null, score: 1 });
  });

  it('returns the current PCN, input order and the runner-up', () => {
    const results = match(["St Mary's Surgery", 'Church Road Surgery', 'Kings Norton Health Centre']);
    expect(results.map((m) => m.input.name)).toEqual(["St Mary's Surgery", 'Church Road Surgery', 'Kings Norton Health Centre']);
    expect(results[0]).toMatchObject({ practiceCode: 'M85004', pcnCode: 'U10001', pcnName: 'NORTHFIELD PCN' });
    expect(results[1]!.runnerUp).toMatchObject({ practiceCode: 'B86004', practiceName: 'CHURCH ROAD SURGERY' });
    expect(results[1]!.runnerUp!.score).toBeLessThan(results[1]!.score);
  });

  it('handles an empty list', () => {
    expect(matchPractices(index, [])).toEqual([]);
  });
});
