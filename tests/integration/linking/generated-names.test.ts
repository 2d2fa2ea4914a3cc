import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchPractices } from '../../../utils/linking/match-practices';
import { buildPracticeIndex } from '../../../utils/linking/practice-index';
import { mergeOds } from '../../../utils/ods/merge';
import { readOdsFile } from '../../../utils/ods/read-file';
import type { OdsPractice } from '../../../utils/ods/rows';

/**
 * A broader check than the hand-written lists: for random groups of three neighbouring PCNs (one sub-ICB),
 * every active member practice's ODS name is rewritten as a website might (title case, abbreviations spelled
 * out, "The" dropped or added, "Surgery" ↔ "Medical Practice", a town after a comma, doctors' practices as
 * "Dr X & Partners"), and the list matched as one federation. Deterministic (fixed seed).
 */
const SHARED = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ods');
const FILES = ['ePCN_2024-10.xlsx', 'epraccur_2025-09.csv'];
const present = FILES.every((file) => existsSync(join(SHARED, file)));
if (!present) console.warn(`generated-name linking tests skipped: ${FILES.join(' and ')} not found in ${SHARED}`);

const GROUPS = 40;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const titleCase = (text: string) => text.toLowerCase().replace(/\b[a-z]/g, (letter) => letter.toUpperCase());

function websiteName(practice: OdsPractice, next: () => number): string {
  let name = titleCase(
    practice.name
      .replace(/MED\.\s*CTR\.?/g, 'MEDICAL CENTRE')
      .replace(/\bHC\b/g, 'HEALTH CENTRE')
      .replace(/\bCTRE?\b\.?/g, 'CENTRE'),
  ).replace(/'S\b/g, "'s");
  const article = next();
  if (article < 0.2) name = name.replace(/^The /, '');
  else if (article < 0.3 && !/^(The|Dr) /.test(name)) name = `The ${name}`;
  const generic = next();
  if (generic < 0.15) name = name.replace(/ Surgery$/, ' Medical Practice');
  else if (generic < 0.25) name = name.replace(/ Medical Practice$/, ' Surgery');
  const lines = (practice.address ?? '').split(',').map((line) => line.trim());
  const town = lines.at(-2) ?? lines.at(-1);
  if (next() < 0.2 && town) name = `${name}, ${titleCase(town)}`;
  const style = next();
  name = name.replace(/^Dr ([\w' -]+?)(?:'s)? (Practice|Surgery)$/i, (whole, names: string) => {
    // The surname is the longest word ("DR YASIN SA PRACTICE", "DR M FATEH'S PRACTICE").
    const surname = names.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    if (surname.length < 3) return whole;
    if (style < 0.33) return `Dr ${surname} & Partners`;
    return style < 0.66 ? `Dr ${surname}'s Surgery` : `Drs ${surname} and Jones`;
  });
  return next() < 0.5 ? name.replace(/ & /g, ' and ') : name;
}

describe.skipIf(!present)('generated website-style names, 40 random groups of three PCNs', () => {
  it('matches at least 97% right and under 1.5% wrong', () => {
    const dataset = mergeOds(
      FILES.map((file) => readOdsFile(file, new Uint8Array(readFileSync(join(SHARED, file))), { today: '2025-11-23' })),
    );
    const index = buildPracticeIndex(dataset);
    const practices = new Map(dataset.practices.map((practice) => [practice.code, practice]));
    const members = new Map<string, string[]>();
    for (const m of dataset.memberships) {
      if (m.endDate === null) members.set(m.pcnCode, [...(members.get(m.pcnCode) ?? []), m.practiceCode]);
    }
    const pcnsBySubIcb = new Map<string, string[]>();
    for (const { code, subIcbCode, closeDate } of dataset.pcns) {
      if (closeDate === null && subIcbCode) pcnsBySubIcb.set(subIcbCode, [...(pcnsBySubIcb.get(subIcbCode) ?? []), code]);
    }
    const subIcbs = [...pcnsBySubIcb.keys()].sort();
    const next = random(20251123);

    let total = 0;
    let right = 0;
    const wrong: string[] = [];
    const unmatched: string[] = [];
    for (let group = 0; group < GROUPS; group++) {
      const pcns = pcnsBySubIcb.get(subIcbs[Math.floor(next() * subIcbs.length)]!)!;
      const start = Math.floor(next() * pcns.length);
      const codes = pcns
        .slice(start, start + 3)
        .flatMap((pcn) => members.get(pcn) ?? [])
        .filter((code) => practices.get(code)?.status === 'A');
      const inputs = codes.map((code) => ({ name: websiteName(practices.get(code)!, next) }));
      matchPractices(index, inputs).forEach((match, i) => {
        total++;
        const expected = codes[i]!;
        const odsName = practices.get(expected)!.name;
        if (match.practiceCode === expected) right++;
        else if (match.practiceCode === null) unmatched.push(`${match.input.name} [${odsName}]`);
        else wrong.push(`${match.input.name} [${odsName}] → ${match.practiceName} (${match.practiceCode}), ${match.score}`);
      });
    }
    const failures = [...wrong.map((line) => `wrong: ${line}`), ...unmatched.map((line) => `none: ${line}`)];
    console.log(
      `generated names: ${right}/${total} right (${((100 * right) / total).toFixed(1)}%), ${wrong.length} wrong, ` +
        `${unmatched.length} unmatched\n${failures.join('\n')}`,
    );
    expect(total).toBeGreaterThan(300);
    expect(right / total).toBeGreaterThanOrEqual(0.97);
    expect(wrong.length / total).toBeLessThan(0.015);
  });
});
