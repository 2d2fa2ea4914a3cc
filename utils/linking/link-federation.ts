import type { ClipRow, LinkEvidence } from '../db/rows';
import { itemFields } from '../federation/text';
import { inferPcns, matchPcnNames } from './infer-pcns';
import { matchPractices, type PracticeInput } from './match-practices';
import type { PracticeIndex } from './practice-index';

/** A PCN the federation's website points to, with why and how surely. */
export interface SuggestedPcnLink {
  pcnCode: string;
  confidence: number;
  evidence: LinkEvidence[];
}

const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/i;

/** "Central Surgery — 3 Market Sq, RV3 5GH — X99001" → the name, and the postcode when the item gives one. */
export function practiceInput(item: string): PracticeInput {
  const [name = item, ...details] = itemFields(item);
  const postcode = POSTCODE.exec(details.join(' '));
  return postcode ? { name, postcode: `${postcode[1]!.toUpperCase()} ${postcode[2]!.toUpperCase()}` } : { name };
}

/**
 * The PCNs a federation's clipped lists point to: its member practices matched to ODS practices (and so
 * to their PCNs), and PCN names on the site (a list of PCNs, or the headings practices are grouped under)
 * matched to ODS PCNs within the federation's area. Two kinds of evidence for one PCN add up.
 */
export function suggestPcnLinks(index: PracticeIndex, clips: readonly Pick<ClipRow, 'kind' | 'items' | 'groups'>[]): SuggestedPcnLink[] {
  const practiceItems = clips.filter((c) => c.kind === 'practices').flatMap((c) => c.items);
  const pcnNames = new Set<string>();
  for (const clip of clips) {
    if (clip.kind === 'pcns') for (const item of clip.items) pcnNames.add(itemFields(item)[0] ?? item);
    for (const group of clip.groups ?? []) if (group) pcnNames.add(group);
  }

  const links = new Map<string, SuggestedPcnLink>();
  const add = (pcnCode: string, confidence: number, evidence: LinkEvidence[]) => {
    const known = links.get(pcnCode);
    if (!known) return void links.set(pcnCode, { pcnCode, confidence, evidence });
    known.confidence = 1 - (1 - known.confidence) * (1 - confidence);
    known.evidence.push(...evidence);
  };

  const matches = matchPractices(index, practiceItems.map(practiceInput));
  const inference = inferPcns(index, matches);
  for (const pcn of inference.pcns) {
    add(
      pcn.pcnCode,
      pcn.confidence,
      pcn.practices.map((p) => ({ kind: 'practice-match', text: `${p.input} → ${p.practiceName} (${p.practiceCode}), ${p.score.toFixed(2)}`, score: p.score })),
    );
  }
  for (const match of matchPcnNames(index, [...pcnNames], inference.area)) {
    if (!match.pcnCode) continue;
    add(match.pcnCode, match.score * 0.9, [{ kind: 'pcn-name-match', text: `“${match.input}” on the website → ${match.pcnName} (${match.pcnCode}), ${match.score.toFixed(2)}`, score: match.score }]);
  }
  return [...links.values()].map((l) => ({ ...l, confidence: Math.round(l.confidence * 100) / 100 })).sort((a, b) => b.confidence - a.confidence);
}
