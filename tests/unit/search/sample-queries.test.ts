import { describe, expect, it } from 'vitest';
import { measureSearch } from '../../../utils/search/measure';
import { sampleQueries } from '../../../utils/search/sample-queries';
import { buildSearchIndex } from '../../../utils/search/search-index';
import { company, member, officer, pcn, practice, searchData } from './rows';

const data = searchData({
  odsPcns: Array.from({ length: 30 }, (_, i) => pcn(`U1${String(i).padStart(4, '0')}`, `AREA ${i} NORTHFIELD PCN`)),
  odsPractices: Array.from({ length: 60 }, (_, i) => practice(`M8${String(i).padStart(4, '0')}`, `PRACTICE ${i} HAWKESLEY MEDICAL CENTRE`, { postcode: `B${30 + (i % 5)} ${i % 9}AA` })),
  odsMemberships: Array.from({ length: 60 }, (_, i) => member(`M8${String(i).padStart(4, '0')}`, `U1${String(i % 30).padStart(4, '0')}`)),
  companies: [company('09876543', 'NORTHFIELD GP FEDERATION LIMITED')],
  officers: [officer('09876543', 'SMITH, Jane Anne'), officer('09876543', 'PATEL, Priya')],
});

describe('sample queries', () => {
  it('are drawn from the data, in every category, the same for the same seed', () => {
    const queries = sampleQueries(data, { count: 200, seed: 3 });
    expect(queries.length).toBeGreaterThanOrEqual(190);
    expect(new Set(queries.map((q) => q.category)).size).toBe(13);
    expect(sampleQueries(data, { count: 200, seed: 3 })).toEqual(queries);
    expect(sampleQueries(data, { count: 200, seed: 4 })).not.toEqual(queries);
  });

  it('lead to their target, for the categories that name one record', () => {
    const index = buildSearchIndex(data);
    for (const sample of sampleQueries(data).filter((q) => q.category === 'pcn-code' || q.category === 'practice-code' || q.category === 'company-number')) {
      expect(index.search(sample.query)[0], sample.query).toMatchObject(sample.target!);
    }
  });

  it('yield nothing for a category the data cannot feed', () => {
    expect(sampleQueries(searchData({}))).toEqual([]);
  });
});

describe('measuring search', () => {
  it('reports the median and 95th percentile of the time per search', () => {
    const calls: string[] = [];
    const timings = measureSearch({ search: (query) => (calls.push(query), []) }, ['a', 'b'], { rounds: 3 });
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(timings.samples).toBe(6);
    expect(timings.median).toBeLessThanOrEqual(timings.p95);
    expect(timings.p95).toBeLessThanOrEqual(timings.max);
  });
});
