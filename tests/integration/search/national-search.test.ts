import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOdsFiles } from '../../../utils/db/ods-store';
import { ScoutDb } from '../../../utils/db/schema';
import { readOdsFile } from '../../../utils/ods/read-file';
import { loadSearchData } from '../../../utils/search/load-search-data';
import { measureSearch } from '../../../utils/search/measure';
import { sampleQueries } from '../../../utils/search/sample-queries';
import { buildSearchIndex, type SearchIndex } from '../../../utils/search/search-index';
import type { SearchData } from '../../../utils/search/types';
import { syntheticCompanies } from './synthetic-companies';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = join(HERE, '../../../../shared/data/ods');
const present = existsSync(join(SHARED, 'PROVENANCE.md'));
if (!present) console.warn(`National search integration tests skipped: shared ODS data not found at ${SHARED}`);

const read = (name: string) => readOdsFile(name, new Uint8Array(readFileSync(join(SHARED, name))));
const ms = (value: number) => `${value.toFixed(2)} ms`;

describe.skipIf(!present)('search over the national ODS data and 200 federations', () => {
  const db = new ScoutDb('search-national');
  let data: SearchData;
  let index: SearchIndex;

  beforeAll(async () => {
    await importOdsFiles(db, [read('ePCN_2024-10.xlsx'), read('epraccur_2025-09.csv')]);
    const companies = syntheticCompanies(await db.odsPcns.toArray());
    await Promise.all([db.companies.bulkPut(companies.companies), db.officers.bulkPut(companies.officers), db.pscs.bulkPut(companies.pscs), db.people.bulkPut(companies.people)]);
    data = await loadSearchData(db);
    const builds: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      index = buildSearchIndex(data);
      builds.push(performance.now() - start);
    }
    console.log(`search index: ${index.documentCount} documents from ${data.odsPractices.length} practices, ${data.odsPcns.length} PCNs, ${data.companies.length} companies, ${data.officers.length} officers; build ${builds.map(ms).join(', ')}`);
  }, 180_000);
  afterAll(() => db.delete());

  it('finds real PCN and practice codes first, as typed or read out', () => {
    const openPcns = data.odsPcns.filter((pcn) => pcn.closeDate === null);
    const pcns = openPcns.filter((_, i) => i % 50 === 0);
    const practices = data.odsPractices.filter((_, i) => i % 400 === 0);
    expect(index.search('U00000')[0]).toMatchObject({ kind: 'pcn', id: 'U00000', title: 'WEST NORWICH PCN' });
    for (const pcn of pcns) expect(index.search(pcn.code.toLowerCase())[0], pcn.code).toMatchObject({ kind: 'pcn', id: pcn.code });
    for (const practice of practices) expect(index.search(practice.code.toLowerCase())[0], practice.code).toMatchObject({ kind: 'practice', id: practice.code });
  });

  it('finds a real PCN by the words of its name, and by a start of them', () => {
    expect(index.search('west merton')[0]).toMatchObject({ kind: 'pcn', id: 'U00070', detail: expect.stringMatching(/^PCN U00070 · NHS SOUTH WEST LONDON ICB - 36L · \d+ practices?$/) });
    expect(index.search('west norw')[0]).toMatchObject({ id: 'U00000' });
    expect(index.search('willows health')[0]).toMatchObject({ id: 'U00147' });
  });

  it('finds a real practice by its postcode, and by its name with a typo', () => {
    const atPostcode = index.search('ts181hu');
    expect(atPostcode.map((hit) => hit.id)).toContain('A81001');
    expect(atPostcode.every((hit) => hit.detail.includes('TS18 1HU'))).toBe(true);
    expect(atPostcode[0]!.detail).toMatch(/^Practice A810\d\d · TS18 1HU · STOCKTON PCN$/);
    expect(index.search('densham surgry')[0]).toMatchObject({ id: 'A81001' });
    expect(index.search('TS18').length).toBe(20);
  });

  it('measures realistic queries (printed: timing goals live in the benchmark)', () => {
    const samples = sampleQueries(data, { count: 200 });
    const timings = measureSearch(index, samples.map((s) => s.query), { rounds: 3 });
    console.log(`search over ${samples.length} sample queries ×3: median ${ms(timings.median)}, p95 ${ms(timings.p95)}, max ${ms(timings.max)}`);

    const found = new Map<string, { asked: number; first: number; top5: number }>();
    for (const sample of samples) {
      if (!sample.target) continue;
      const at = index.search(sample.query, { limit: 10 }).findIndex((hit) => hit.kind === sample.target!.kind && hit.id === sample.target!.id);
      const row = found.get(sample.category) ?? { asked: 0, first: 0, top5: 0 };
      row.asked++;
      if (at === 0) row.first++;
      if (at >= 0 && at < 5) row.top5++;
      found.set(sample.category, row);
    }
    console.log(`found (first / top 5 of asked): ${[...found].map(([category, r]) => `${category} ${r.first}/${r.top5}/${r.asked}`).join(', ')}`);
    for (const category of ['pcn-code', 'practice-code', 'company-number']) {
      const row = found.get(category)!;
      expect(row.first, category).toBe(row.asked);
    }
    expect(timings.samples).toBe(samples.length * 3);
  });

  it('rebuilds after a capture without re-reading the practices (time printed)', () => {
    const start = performance.now();
    const next = index.update({ officers: [...data.officers] });
    console.log(`update after new officers: ${ms(performance.now() - start)}`);
    expect(next.documentCount).toBe(index.documentCount);
  });
});
