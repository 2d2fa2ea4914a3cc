import { personNameKey } from '../people/name-key';
import type { SearchData, SearchKind } from './types';

/**
 * Realistic queries drawn from the data, for measuring search and checking it finds what was meant: codes
 * read out on the phone, names half typed or mistyped, postcodes, people. Deterministic for a seed.
 */
export type SampleCategory =
  | 'pcn-code'
  | 'practice-code'
  | 'code-prefix'
  | 'company-number'
  | 'pcn-name'
  | 'practice-name'
  | 'name-prefix'
  | 'typo'
  | 'keystrokes'
  | 'postcode'
  | 'district'
  | 'person'
  | 'company-name';

export interface SampleQuery {
  category: SampleCategory;
  query: string;
  /** The record the query was made from, when it should be found (among others sharing its name or postcode). */
  target: { kind: SearchKind; id: string } | null;
}

/** Share of each category in a sample (they add up to 1). */
const MIX: readonly [SampleCategory, number][] = [
  ['pcn-code', 0.07],
  ['practice-code', 0.07],
  ['code-prefix', 0.06],
  ['company-number', 0.05],
  ['pcn-name', 0.1],
  ['practice-name', 0.1],
  ['name-prefix', 0.1],
  ['typo', 0.12],
  ['keystrokes', 0.08],
  ['postcode', 0.07],
  ['district', 0.05],
  ['person', 0.09],
  ['company-name', 0.04],
];

/** A small seeded generator (mulberry32): the same seed gives the same numbers in [0, 1), on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (name: string) => name.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);
const NEIGHBOURS = 'qwertyuiopasdfghjklzxcvbnm';

export function sampleQueries(data: SearchData, options: { count?: number; seed?: number } = {}): SampleQuery[] {
  const count = options.count ?? 200;
  const next = seededRandom(options.seed ?? 1);
  const pick = <T,>(list: readonly T[]): T | undefined => list[Math.floor(next() * list.length)];
  const openPcns = data.odsPcns.filter((pcn) => pcn.closeDate === null);
  const practices = data.odsPractices.filter((p) => p.status === 'A' && (p.prescribingSetting === 4 || p.prescribingSetting === null));
  const withPostcode = practices.filter((p) => p.postcode);
  const officers = data.officers.filter((o) => !o.corporate);

  /** One typing error in a word of six letters or more, past its first letter. */
  const mistype = (name: string): string | null => {
    const list = words(name);
    const long = list.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 6 && /^[a-z]+$/.test(w));
    const chosen = pick(long);
    if (!chosen) return null;
    const [word, at] = chosen;
    const i = 1 + Math.floor(next() * (word.length - 2));
    const letter = NEIGHBOURS[Math.floor(next() * NEIGHBOURS.length)]!;
    const edits = [
      word.slice(0, i) + word.slice(i + 1),
      word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2),
      word.slice(0, i) + letter + word.slice(i + 1),
      word.slice(0, i) + letter + word.slice(i),
    ];
    const typo = edits[Math.floor(next() * edits.length)]!;
    return list.slice(0, Math.max(at + 1, 2)).map((w, j) => (j === at ? typo : w)).join(' ');
  };

  const make: Record<SampleCategory, () => SampleQuery[]> = {
    'pcn-code': () => {
      const pcn = pick(openPcns);
      return pcn ? [{ category: 'pcn-code', query: next() < 0.5 ? pcn.code.toLowerCase() : pcn.code, target: { kind: 'pcn', id: pcn.code } }] : [];
    },
    'practice-code': () => {
      const practice = pick(practices);
      return practice ? [{ category: 'practice-code', query: practice.code.toLowerCase(), target: { kind: 'practice', id: practice.code } }] : [];
    },
    'code-prefix': () => {
      const code = next() < 0.5 ? pick(openPcns)?.code : pick(practices)?.code;
      return code ? [{ category: 'code-prefix', query: code.slice(0, 3 + Math.floor(next() * 2)).toLowerCase(), target: null }] : [];
    },
    'company-number': () => {
      const company = pick(data.companies);
      if (!company) return [];
      const query = next() < 0.5 ? company.companyNumber.replace(/^0+/, '') : company.companyNumber;
      return [{ category: 'company-number', query, target: { kind: 'company', id: company.companyNumber } }];
    },
    'pcn-name': () => {
      const pcn = pick(openPcns);
      return pcn ? [{ category: 'pcn-name', query: words(pcn.name).filter((w) => w !== 'pcn').join(' '), target: { kind: 'pcn', id: pcn.code } }] : [];
    },
    'practice-name': () => {
      const practice = pick(practices);
      return practice ? [{ category: 'practice-name', query: words(practice.name).slice(0, 3).join(' '), target: { kind: 'practice', id: practice.code } }] : [];
    },
    'name-prefix': () => {
      const practice = pick(practices);
      if (!practice) return [];
      const list = words(practice.name);
      const [first, second] = list;
      const query = second ? `${first} ${second.slice(0, Math.max(2, Math.ceil(second.length / 2)))}` : first!.slice(0, 4);
      return [{ category: 'name-prefix', query, target: { kind: 'practice', id: practice.code } }];
    },
    typo: () => {
      const pcn = next() < 0.5;
      const record = pcn ? pick(openPcns) : pick(practices);
      const query = record ? mistype(record.name) : null;
      return record && query ? [{ category: 'typo', query, target: { kind: pcn ? 'pcn' : 'practice', id: record.code } }] : [];
    },
    keystrokes: () => {
      // A search per key press: the short starts are the widest searches.
      const name = pick(openPcns)?.name ?? '';
      return words(name).join(' ').slice(0, 6).split('').map((_, i, all) => ({ category: 'keystrokes' as const, query: all.slice(0, i + 1).join(''), target: null }));
    },
    postcode: () => {
      const practice = pick(withPostcode);
      if (!practice) return [];
      const query = next() < 0.5 ? practice.postcode!.toLowerCase().replace(' ', '') : practice.postcode!;
      return [{ category: 'postcode', query, target: { kind: 'practice', id: practice.code } }];
    },
    district: () => {
      const practice = pick(withPostcode);
      return practice ? [{ category: 'district', query: practice.postcode!.split(' ')[0]!, target: null }] : [];
    },
    person: () => {
      const officer = pick(officers);
      if (!officer) return [];
      const key = officer.nameKey || personNameKey(officer.name);
      const [forename, ...surname] = key.split(' ');
      const style = next();
      const query = style < 0.5 ? key : style < 0.75 ? `dr ${surname.join(' ')}` : `${forename} ${surname.join(' ').slice(0, 3)}`;
      return [{ category: 'person', query, target: { kind: 'person', id: key } }];
    },
    'company-name': () => {
      const company = pick(data.companies);
      return company?.name ? [{ category: 'company-name', query: words(company.name).slice(0, 2).join(' '), target: { kind: 'company', id: company.companyNumber } }] : [];
    },
  };

  const out: SampleQuery[] = [];
  for (const [category, share] of MIX) {
    const wanted = Math.round(share * count);
    const start = out.length;
    // A bounded number of tries: a category the data cannot feed (no companies) yields nothing.
    for (let tries = 0; out.length - start < wanted && tries < wanted * 4; tries++) out.push(...make[category]());
    out.length = Math.min(out.length, start + wanted);
  }
  return out;
}
