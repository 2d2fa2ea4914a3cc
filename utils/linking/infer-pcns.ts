import type { PracticeMatch } from './match-practices';
import type { PracticeIndex } from './practice-index';

export { matchPcnNames, type PcnNameMatch } from './match-pcn-names';

/**
 * From a federation's matched practices to the PCNs it spans: each PCN with the practices that matched into
 * it, how many of its current members that is, and a confidence; plus where the federation is (its ICBs and
 * sub-ICBs), which matchPcnNames uses to read PCN names found on the same website.
 */

export interface PcnPracticeEvidence {
  practiceCode: string;
  practiceName: string;
  /** The website's name (several, joined with " / ", when a practice and its branch both matched). */
  input: string;
  score: number;
}

export interface InferredPcn {
  pcnCode: string;
  pcnName: string | null;
  subIcbCode: string | null;
  icbCode: string | null;
  /** False when ODS lists the PCN as closed (its practices' memberships were not ended yet). */
  open: boolean;
  practices: PcnPracticeEvidence[];
  /** Distinct practices of the list in this PCN. */
  matchedCount: number;
  /** The PCN's current member practices (memberships without end date). */
  memberCount: number;
  /** matchedCount / memberCount (1 when the PCN's members are unknown). */
  matchedShare: number;
  meanScore: number;
  /** meanScore × (COVERAGE_FLOOR + (1 − COVERAGE_FLOOR) × matchedShare): see there. */
  confidence: number;
  /** Plain sentences for a person to check ("Riverside Medical Centre → RIVERSIDE MED.CTR. (M85001), 0.93"). */
  evidence: string[];
}

/** Where the federation's matched practices are, most first. */
export interface FederationArea {
  icbs: AreaCount[];
  subIcbs: AreaCount[];
  pcnCodes: string[];
}

export interface AreaCount {
  code: string;
  practices: number;
}

export interface PcnInference {
  pcns: InferredPcn[];
  /** Matched practices in no current PCN (about 110 active practices in England are in none). */
  withoutPcn: string[];
  /** Website names that matched no practice. */
  unmatched: string[];
  area: FederationArea;
}

/**
 * A PCN with one of its eight practices on the list is weaker evidence that the federation serves it than one
 * with all eight: coverage scales the mean match score from this floor (nothing but one practice) to 1.
 */
export const COVERAGE_FLOOR = 0.5;

export function inferPcns(index: PracticeIndex, matches: readonly PracticeMatch[]): PcnInference {
  const byPcn = new Map<string, Map<string, PcnPracticeEvidence>>();
  const withoutPcn: string[] = [];
  const unmatched: string[] = [];
  for (const match of matches) {
    if (match.practiceCode === null || match.practiceName === null) {
      unmatched.push(match.input.name);
      continue;
    }
    if (match.pcnCode === null) {
      withoutPcn.push(`${describeMatch(match)}; in no current PCN`);
      continue;
    }
    const practices = byPcn.get(match.pcnCode) ?? new Map<string, PcnPracticeEvidence>();
    byPcn.set(match.pcnCode, practices);
    const known = practices.get(match.practiceCode);
    practices.set(match.practiceCode, {
      practiceCode: match.practiceCode,
      practiceName: match.practiceName,
      input: known ? `${known.input} / ${match.input.name}` : match.input.name,
      score: Math.max(known?.score ?? 0, match.score),
    });
  }

  const pcns = [...byPcn].map(([pcnCode, practices]) => inferredPcn(index, pcnCode, [...practices.values()], matches));
  pcns.sort((a, b) => b.confidence - a.confidence || b.matchedCount - a.matchedCount);
  return { pcns, withoutPcn, unmatched, area: federationArea(index, matches) };
}

function inferredPcn(
  index: PracticeIndex,
  pcnCode: string,
  practices: PcnPracticeEvidence[],
  matches: readonly PracticeMatch[],
): InferredPcn {
  const pcn = index.pcnByCode.get(pcnCode);
  const memberCount = pcn?.memberCodes.length ?? 0;
  const matchedCount = practices.length;
  const matchedShare = memberCount ? Math.min(1, matchedCount / memberCount) : 1;
  const meanScore = practices.reduce((sum, practice) => sum + practice.score, 0) / matchedCount;
  const confidence = meanScore * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * matchedShare);
  const pcnName = pcn?.name ?? matches.find((match) => match.pcnCode === pcnCode)?.pcnName ?? null;
  const missing = pcn ? pcn.memberCodes.filter((code) => !practices.some((p) => p.practiceCode === code)) : [];
  const evidence = [
    `${pcnName ?? pcnCode} (${pcnCode}): ${matchedCount} of ${memberCount || '?'} current member practices ` +
      `on the list, confidence ${confidence.toFixed(2)}`,
    ...practices.map((p) => `${p.input} → ${p.practiceName} (${p.practiceCode}), ${p.score.toFixed(2)}`),
  ];
  if (missing.length) {
    evidence.push(`not on the list: ${missing.map((code) => describePractice(index, code)).join(', ')}`);
  }
  if (pcn && !pcn.open) evidence.push('ODS lists this PCN as closed');
  return {
    pcnCode,
    pcnName,
    subIcbCode: pcn?.subIcbCode ?? null,
    icbCode: pcn?.icbCode ?? null,
    open: pcn?.open ?? true,
    practices,
    matchedCount,
    memberCount,
    matchedShare: round(matchedShare),
    meanScore: round(meanScore),
    confidence: round(confidence),
    evidence,
  };
}

/** The ICBs, sub-ICBs and PCNs of the matched practices, most practices first. */
export function federationArea(index: PracticeIndex, matches: readonly PracticeMatch[]): FederationArea {
  const icbs = new Map<string, number>();
  const subIcbs = new Map<string, number>();
  const pcnCodes = new Map<string, number>();
  const seen = new Set<string>();
  for (const match of matches) {
    if (match.practiceCode === null || seen.has(match.practiceCode)) continue;
    seen.add(match.practiceCode);
    const id = index.byCode.get(match.practiceCode);
    const practice = id === undefined ? undefined : index.practices[id];
    if (!practice) continue;
    if (practice.icbCode) icbs.set(practice.icbCode, (icbs.get(practice.icbCode) ?? 0) + 1);
    if (practice.subIcbCode) subIcbs.set(practice.subIcbCode, (subIcbs.get(practice.subIcbCode) ?? 0) + 1);
    if (practice.pcnCode) pcnCodes.set(practice.pcnCode, (pcnCodes.get(practice.pcnCode) ?? 0) + 1);
  }
  const counts = (map: Map<string, number>): AreaCount[] =>
    [...map].sort((a, b) => b[1] - a[1]).map(([code, practices]) => ({ code, practices }));
  return { icbs: counts(icbs), subIcbs: counts(subIcbs), pcnCodes: counts(pcnCodes).map((count) => count.code) };
}

/** "Riverside Medical Centre → RIVERSIDE MED.CTR. (M85001), 0.93". */
export function describeMatch(match: PracticeMatch): string {
  if (match.practiceCode === null) return `${match.input.name} → no match`;
  return `${match.input.name} → ${match.practiceName} (${match.practiceCode}), ${match.score.toFixed(2)}`;
}

function describePractice(index: PracticeIndex, code: string): string {
  const id = index.byCode.get(code);
  const practice = id === undefined ? undefined : index.practices[id];
  return practice ? `${practice.name} (${code})` : code;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
