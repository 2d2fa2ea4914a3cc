import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCandidates } from '../../../utils/linking/candidates';
import { inferPcns, matchPcnNames } from '../../../utils/linking/infer-pcns';
import { matchPractices, type PracticeMatch } from '../../../utils/linking/match-practices';
import { buildPracticeIndex, type PracticeIndex } from '../../../utils/linking/practice-index';
import { mergeOds } from '../../../utils/ods/merge';
import { readOdsFile } from '../../../utils/ods/read-file';
import type { OdsDataset } from '../../../utils/ods/rows';
import { FEDERATIONS, type FederationCase } from './federations';

/** The real ODS files of the shared folder (see PROVENANCE.md there). */
const SHARED = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ods');
const FILES = ['ePCN_2024-10.xlsx', 'epraccur_2025-09.csv'];
const present = FILES.every((file) => existsSync(join(SHARED, file)));
if (!present) console.warn(`linking integration tests skipped: ${FILES.join(' and ')} not found in ${SHARED}`);

let dataset: OdsDataset;
let index: PracticeIndex;

describe.skipIf(!present)('matching website practice names to the national ODS data', () => {
  beforeAll(() => {
    dataset = mergeOds(
      FILES.map((file) => readOdsFile(file, new Uint8Array(readFileSync(join(SHARED, file))), { today: '2025-11-23' })),
    );
    const started = performance.now();
    index = buildPracticeIndex(dataset);
    console.log(
      `buildPracticeIndex: ${Math.round(performance.now() - started)} ms for ${dataset.practices.length} epraccur rows ` +
        `(${index.practices.length} indexed, ${index.entries.length} names and aliases)`,
    );
  });

  const results = new Map<string, PracticeMatch[]>();
  const run = (federation: FederationCase) => {
    let matches = results.get(federation.name);
    if (!matches) {
      const inputs = federation.practices.map(([name, postcode]) => (postcode ? { name, postcode } : { name }));
      matches = matchPractices(index, inputs);
      results.set(federation.name, matches);
    }
    return matches;
  };

  describe.each(FEDERATIONS)('$name', (federation) => {
    it('matches every website name to its practice, and names not in ODS to none', () => {
      const matches = run(federation);
      const wrong = matches.filter((match, i) => match.practiceCode !== federation.practices[i]![2]);
      const right = matches.length - wrong.length;
      console.log(`${federation.name}: ${right}/${matches.length} right`);
      expect(matches.map((match) => [match.input.name, match.practiceCode])).toEqual(
        federation.practices.map(([name, , code]) => [name, code]),
      );
    });

    it('finds its PCNs', () => {
      const inference = inferPcns(index, run(federation));
      expect(inference.pcns.map((pcn) => pcn.pcnCode).sort()).toEqual([...federation.pcns].sort());
      for (const pcn of inference.pcns) {
        expect(pcn.evidence[0]).toMatch(/^.+ \(U\d{5}\): \d+ of \d+ current member practices/);
      }
    });
  });

  it('reads the PCN names a website gives, within the federation area', () => {
    const horsham = FEDERATIONS.find((federation) => federation.name.startsWith('Horsham'))!;
    const { area } = inferPcns(index, run(horsham));
    const names = matchPcnNames(
      index,
      [
        'Park & Orchard Primary Care Network',
        'Horsham Central Network',
        'Chanctonbury PCN',
        'Horsham Collaborative',
        'Riverside Network',
      ],
      area,
    );
    expect(names.map((name) => name.pcnCode)).toEqual(['U32354', 'U26939', 'U57981', 'U96386', null]);
  });

  it('is quick: one federation list in a few milliseconds a name', () => {
    const inputs = FEDERATIONS.flatMap((federation) => federation.practices.map(([name]) => ({ name })));
    matchPractices(index, inputs.slice(0, 10)); // warm up
    let started = performance.now();
    for (const federation of FEDERATIONS) matchPractices(index, federation.practices.map(([name]) => ({ name })));
    const perName = (performance.now() - started) / inputs.length;
    started = performance.now();
    for (let round = 0; round < 5; round++) for (const input of inputs) findCandidates(index, input);
    const perLookup = (performance.now() - started) / (5 * inputs.length);
    console.log(`matchPractices: ${perName.toFixed(2)} ms a name; findCandidates: ${perLookup.toFixed(2)} ms a lookup`);
    // Loose bounds: shared CI machines are slow and noisy; the log shows the real figures.
    expect(perName).toBeLessThan(25);
  });
});
