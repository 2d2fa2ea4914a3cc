import { formFromName } from './name-form';
import { compareNames } from './name-similarity';
import type { FederationArea } from './infer-pcns';
import { ACCEPT_SCORE, CONTENDER_MARGIN } from './match-practices';
import { wordStart, type IndexedPcn, type PracticeIndex } from './practice-index';

/**
 * PCN names as a website writes them ("Riverside PCN", "Riverside Primary Care Network", "Riverside
 * Network", "South & Rural Network (PCN)") matched to ODS PCNs. normaliseOrgName strips the suffixes, so the
 * names compare as practice names do. PCN names repeat across England ("CENTRAL", "NORTH"), so when the
 * federation's area is known (federationArea of its matched practices) PCNs outside it score less, and a
 * name that fits several PCNs equally is left unmatched unless the area tells them apart.
 */

export interface PcnNameMatch {
  input: string;
  pcnCode: string | null;
  pcnName: string | null;
  /** As PracticeMatch.score: of the match, or of the best candidate turned down (in runnerUp), or 0. */
  score: number;
  runnerUp: { pcnCode: string; pcnName: string; score: number } | null;
}

/** A PCN of the federation's matched practices, or led from one of its sub-ICBs. */
const IN_AREA = 1;
/** In one of its ICBs. */
const IN_ICB = 0.9;
/** Elsewhere, when the area is known. */
const ELSEWHERE = 0.75;
/** PCNs close and reopen under new codes, sometimes with the same name: the open one is meant. */
const CLOSED = 0.9;

export function matchPcnNames(
  index: PracticeIndex,
  names: readonly string[],
  area?: FederationArea,
): PcnNameMatch[] {
  return names.map((input) => matchOne(index, input, area));
}

function matchOne(index: PracticeIndex, input: string, area: FederationArea | undefined): PcnNameMatch {
  const form = formFromName(input, index.pcnWordWeight);
  const words = form.tokens.filter((_, i) => form.kinds[i] === 'word');
  const ids = new Set(words.flatMap((word) => index.pcnsByWordStart.get(wordStart(word)) ?? []));
  const pcns = words.length ? [...ids].map((id) => index.pcns[id]!) : index.pcns;
  const scored = pcns
    .map((pcn) => {
      const name = compareNames(form, pcn.form) * (pcn.open ? 1 : CLOSED);
      const fit = areaFactor(pcn, area);
      return { pcn, name, fit, score: name * fit };
    })
    .filter((candidate) => candidate.name > 0)
    .sort((a, b) => b.score - a.score || b.fit - a.fit);

  const top = scored[0];
  const runnerUpOf = (candidate: (typeof scored)[number] | undefined) =>
    candidate ? { pcnCode: candidate.pcn.code, pcnName: candidate.pcn.name, score: round(candidate.score) } : null;
  if (!top || top.score < ACCEPT_SCORE) {
    return { input, pcnCode: null, pcnName: null, score: round(top?.score ?? 0), runnerUp: runnerUpOf(top) };
  }
  // As for practices: equal names are told apart only by a clearly nearer area.
  const tied = scored.filter((candidate) => candidate !== top && candidate.name >= top.name - CONTENDER_MARGIN);
  if (tied.some((candidate) => candidate.fit >= top.fit)) {
    return { input, pcnCode: null, pcnName: null, score: round(top.score), runnerUp: runnerUpOf(top) };
  }
  const runnerUp = runnerUpOf(scored[1]);
  return { input, pcnCode: top.pcn.code, pcnName: top.pcn.name, score: round(top.score), runnerUp };
}

function areaFactor(pcn: IndexedPcn, area: FederationArea | undefined): number {
  if (!area || (!area.subIcbs.length && !area.pcnCodes.length)) return 1;
  if (area.pcnCodes.includes(pcn.code)) return IN_AREA;
  if (pcn.subIcbCode && area.subIcbs.some((subIcb) => subIcb.code === pcn.subIcbCode)) return IN_AREA;
  if (pcn.icbCode && area.icbs.some((icb) => icb.code === pcn.icbCode)) return IN_ICB;
  return ELSEWHERE;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
