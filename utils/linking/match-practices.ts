import { areaFit, areaProfile, dominantAreas, type AreaProfile, type AreaVote } from './area';
import { findCandidates, type Candidate, type PracticeInput } from './candidates';
import type { PracticeIndex } from './practice-index';

export type { PracticeInput } from './candidates';

export interface RunnerUp {
  practiceCode: string;
  practiceName: string;
  score: number;
}

export interface PracticeMatch {
  input: PracticeInput;
  practiceCode: string | null;
  practiceName: string | null;
  pcnCode: string | null;
  pcnName: string | null;
  /** 0–1: the match's; when practiceCode is null, that of the best candidate turned down (in runnerUp), or 0. */
  score: number;
  /** The best other candidate; when practiceCode is null, the best candidate turned down. */
  runnerUp: RunnerUp | null;
}

/** Below this a candidate is not a match, however much better it is than the others. */
export const ACCEPT_SCORE = 0.7;
/** Candidates this close to the best are as good: only the area may choose between them. */
export const CONTENDER_MARGIN = 0.04;
/** The area chooses between contenders when one lies this much nearer the rest of the list than any other. */
export const AREA_DECIDES = 0.15;
/** …and lies in the same ICB as a good share of the list at least (see LEVEL_AFFINITY in area.ts). */
const MIN_DECIDING_AFFINITY = 0.6;
/** A first-pass match this good and this far ahead of the next is sure enough to say where the federation is. */
const ANCHOR_SCORE = 0.8;
const ANCHOR_MARGIN = 0.1;
/** Tied candidates share half a vote: a hint of the area, not a claim. */
const TIED_VOTE = 0.5;
/** Practices of the federation's sub-ICBs are all scored on the second pass, up to this many. */
const AREA_SCORE_LIMIT = 3000;

interface Decision {
  chosen: Scored | null;
  /** Candidates as good as the best (including it), when the area could not choose: they share a vote. */
  tied: Scored[];
  runnerUp: Scored | null;
}

interface Scored extends Candidate {
  final: number;
  affinity: number;
}

/**
 * Matches the practice names of one federation's website to ODS practices, in input order.
 *
 * The list is evidence about itself: names that match one practice clearly (and postcodes) show the
 * federation's area (sub-ICB, ICB, postcode districts, PCNs); names that exist in many places ("The Surgery",
 * "Church Road Surgery") are then resolved towards that area. First pass: candidates by name and postcode,
 * sure matches vote. Second pass: every input decided with the area left by the others' votes; inputs still
 * unmatched also try every practice of the federation's sub-ICBs. A third pass repeats with the second's
 * matches as votes. practiceCode is null when the best candidate scores under ACCEPT_SCORE, or when several
 * are as good and the area does not tell them apart.
 */
export function matchPractices(index: PracticeIndex, inputs: readonly PracticeInput[]): PracticeMatch[] {
  const candidates = inputs.map((input) => findCandidates(index, input));
  let profile = areaProfile(firstVotes(index, candidates));
  let decisions = candidates.map((list, i) => decide(index, list, profile, i));

  const nearby = practicesOfArea(index, profile);
  decisions.forEach((decision, i) => {
    if (decision.chosen || !nearby.length) return;
    candidates[i] = findCandidates(index, inputs[i]!, nearby);
  });

  for (let pass = 0; pass < 2; pass++) {
    profile = areaProfile(decisionVotes(index, decisions));
    decisions = candidates.map((list, i) => decide(index, list, profile, i));
  }
  return decisions.map((decision, i) => toMatch(index, inputs[i]!, decision));
}

function firstVotes(index: PracticeIndex, candidates: readonly Candidate[][]): AreaVote[] {
  const votes: AreaVote[] = [];
  candidates.forEach((list, input) => {
    const [top, next] = list;
    if (!top || top.score < ACCEPT_SCORE) return;
    if (top.score >= ANCHOR_SCORE && (!next || next.score <= top.score - ANCHOR_MARGIN)) {
      votes.push({ input, practice: index.practices[top.practice]!, weight: 1 });
      return;
    }
    const tied = list.filter((candidate) => candidate.score >= top.score - CONTENDER_MARGIN);
    for (const candidate of tied) {
      votes.push({ input, practice: index.practices[candidate.practice]!, weight: TIED_VOTE / tied.length });
    }
  });
  return votes;
}

function decisionVotes(index: PracticeIndex, decisions: readonly Decision[]): AreaVote[] {
  const votes: AreaVote[] = [];
  decisions.forEach((decision, input) => {
    if (decision.chosen) {
      votes.push({ input, practice: index.practices[decision.chosen.practice]!, weight: 1 });
      return;
    }
    for (const candidate of decision.tied) {
      votes.push({ input, practice: index.practices[candidate.practice]!, weight: TIED_VOTE / decision.tied.length });
    }
  });
  return votes;
}

function practicesOfArea(index: PracticeIndex, profile: AreaProfile): number[] {
  const ids = dominantAreas(profile, 'subIcb').flatMap((code) => index.bySubIcb.get(code) ?? []);
  return ids.length <= AREA_SCORE_LIMIT ? ids : [];
}

function decide(index: PracticeIndex, candidates: readonly Candidate[], profile: AreaProfile, input: number): Decision {
  const scored: Scored[] = candidates
    .map((candidate) => {
      const fit = areaFit(profile, index.practices[candidate.practice]!, input);
      return { ...candidate, final: candidate.score * fit.factor, affinity: fit.affinity };
    })
    .sort(
      (a, b) =>
        b.final - a.final ||
        b.affinity - a.affinity ||
        index.practices[b.practice]!.prior - index.practices[a.practice]!.prior,
    );
  const top = scored[0];
  if (!top) return { chosen: null, tied: [], runnerUp: null };
  if (top.final < ACCEPT_SCORE) return { chosen: null, tied: [], runnerUp: top };

  // Candidates the names alone cannot tell from the best (the area is left out of this comparison, or an
  // area penalty on the others would pass for a difference in names)…
  const contenders = scored.filter((candidate) => candidate.score >= top.score - CONTENDER_MARGIN);
  if (contenders.length > 1) {
    // …may be told apart by the area only: the best must lie clearly nearer the rest of the list than any
    // other contender, and at least in the ICB of a good share of it (a shared postcode letter is not enough).
    const clearlyNearest = contenders.every(
      (candidate) => candidate === top || candidate.affinity <= top.affinity - AREA_DECIDES,
    );
    if (!clearlyNearest || top.affinity < MIN_DECIDING_AFFINITY) {
      return { chosen: null, tied: contenders, runnerUp: top };
    }
  }
  return { chosen: top, tied: [], runnerUp: scored[1] ?? null };
}

const round = (score: number) => Math.round(score * 1000) / 1000;

function toMatch(index: PracticeIndex, input: PracticeInput, decision: Decision): PracticeMatch {
  const runnerUp = decision.runnerUp
    ? {
        practiceCode: index.practices[decision.runnerUp.practice]!.code,
        practiceName: index.practices[decision.runnerUp.practice]!.name,
        score: round(decision.runnerUp.final),
      }
    : null;
  const practice = decision.chosen ? index.practices[decision.chosen.practice]! : null;
  return {
    input,
    practiceCode: practice?.code ?? null,
    practiceName: practice?.name ?? null,
    pcnCode: practice?.pcnCode ?? null,
    pcnName: practice?.pcnName ?? null,
    score: round(decision.chosen?.final ?? decision.runnerUp?.final ?? 0),
    runnerUp,
  };
}
