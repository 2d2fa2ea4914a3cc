import type { IndexedPractice } from './practice-index';

/**
 * Where a federation's practices are. One federation's practices lie in one area: a sub-ICB or two, a few
 * postcode districts, a handful of PCNs. The practices its names surely match vote for their areas; a
 * candidate for a doubtful name is then weighed by how much of the rest of the list lies beside it. Each
 * input's own vote is left out when weighing its candidates, so that a name never vouches for itself.
 */

/** One input's belief that it is a given practice (1 for a sure match, shares of 1 across tied candidates). */
export interface AreaVote {
  input: number;
  practice: IndexedPractice;
  weight: number;
}

type Level = 'pcn' | 'district' | 'subIcb' | 'icb' | 'postcodeArea';

/** How near a candidate is when it shares each level with the rest of the list (the best level counts). */
const LEVEL_AFFINITY: Record<Level, number> = {
  pcn: 1,
  district: 1,
  subIcb: 0.8,
  icb: 0.6,
  postcodeArea: 0.4,
};
const LEVELS = Object.keys(LEVEL_AFFINITY) as Level[];

/** A level shared by this share of the other votes counts in full; less, in proportion. */
const FULL_SHARE = 0.15;
/** Votes from other inputs needed before the area is trusted in full. */
const FULL_STRENGTH_VOTES = 3;
/**
 * A candidate far from every other practice of the list keeps this much less of its score: enough that a
 * nearby practice with another generic word ("Old School Surgery" for "Old School Medical Practice") beats an
 * exact namesake at the other end of the country, not so much that a unique exact name far away fails.
 */
export const AREA_PENALTY = 0.25;

function levelKey(practice: IndexedPractice, level: Level): string | null {
  switch (level) {
    case 'pcn':
      return practice.pcnCode;
    case 'district':
      return practice.district;
    case 'subIcb':
      return practice.subIcbCode;
    case 'icb':
      return practice.icbCode;
    case 'postcodeArea':
      return practice.postcodeArea;
  }
}

export interface AreaProfile {
  /** Per level, area key → total vote weight. */
  totals: Record<Level, Map<string, number>>;
  /** Per input, its own votes (to leave out). */
  byInput: Map<number, AreaVote[]>;
  weight: number;
}

export function areaProfile(votes: readonly AreaVote[]): AreaProfile {
  const totals = Object.fromEntries(LEVELS.map((level) => [level, new Map<string, number>()])) as AreaProfile['totals'];
  const byInput = new Map<number, AreaVote[]>();
  let weight = 0;
  for (const vote of votes) {
    weight += vote.weight;
    byInput.set(vote.input, [...(byInput.get(vote.input) ?? []), vote]);
    for (const level of LEVELS) {
      const key = levelKey(vote.practice, level);
      if (key !== null) totals[level].set(key, (totals[level].get(key) ?? 0) + vote.weight);
    }
  }
  return { totals, byInput, weight };
}

export interface AreaFit {
  /** 0 (nowhere near the rest of the list) … 1 (same PCN or postcode district as a good share of it). */
  affinity: number;
  /** 0 (nothing else known about the list) … 1 (enough other sure matches to trust the area). */
  strength: number;
  /** What the candidate's score is multiplied by: 1 in the sub-ICBs of the list, down to 1 − AREA_PENALTY. */
  factor: number;
}

export function areaFit(profile: AreaProfile, practice: IndexedPractice, input: number): AreaFit {
  const own = profile.byInput.get(input) ?? [];
  const others = profile.weight - own.reduce((sum, vote) => sum + vote.weight, 0);
  if (others <= 0) return { affinity: 1, strength: 0, factor: 1 };
  let affinity = 0;
  for (const level of LEVELS) {
    const key = levelKey(practice, level);
    if (key === null) continue;
    let shared = profile.totals[level].get(key) ?? 0;
    for (const vote of own) if (levelKey(vote.practice, level) === key) shared -= vote.weight;
    const share = Math.max(0, shared) / others;
    affinity = Math.max(affinity, LEVEL_AFFINITY[level] * Math.min(1, share / FULL_SHARE));
  }
  const strength = Math.min(1, others / FULL_STRENGTH_VOTES);
  // The score pays only for lying outside the federation's sub-ICBs; nearer levels still rank contenders.
  const distance = 1 - Math.min(1, affinity / LEVEL_AFFINITY.subIcb);
  return { affinity, strength, factor: 1 - AREA_PENALTY * strength * distance };
}

/** The area keys holding at least `minShare` of the votes, per level (for the second pass and for reports). */
export function dominantAreas(profile: AreaProfile, level: Level, minShare = FULL_SHARE): string[] {
  if (profile.weight <= 0) return [];
  return [...profile.totals[level]]
    .filter(([, weight]) => weight / profile.weight >= minShare)
    .sort((a, b) => b[1] - a[1])
    .map(([key]) => key);
}
