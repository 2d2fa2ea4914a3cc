import type { SearchDocument } from './document';

/**
 * A hit's score is tier + standing (0–100) + quality (0–99). Tiers are a thousand apart, so the way a
 * record matched decides first: an exact code beats everything, a typo never beats a name typed right.
 * Within a tier, an open PCN or active practice (standing 100) beats a closed one (0) whatever the quality.
 */
export const TIER = {
  exactCode: 6000,
  /** A whole postcode: nearly as sure as a code. */
  postcode: 5000,
  codePrefix: 4000,
  /** An outward code ("B31"), or a postcode being typed ("B31 2"). */
  postcodeDistrict: 3000,
  name: 2000,
  fuzzyName: 1000,
} as const;

export function exactCodeScore(doc: SearchDocument): number {
  return TIER.exactCode + doc.standing + 99;
}

/** Longer typed prefixes of shorter codes rank first. */
export function codePrefixScore(doc: SearchDocument, typed: string, code: string): number {
  return TIER.codePrefix + doc.standing + Math.round((90 * typed.length) / code.length);
}

export function postcodeScore(doc: SearchDocument, typed: string, postcode: string, full: boolean): number {
  return full ? TIER.postcode + doc.standing + 99 : TIER.postcodeDistrict + doc.standing + Math.round((90 * typed.trim().length) / postcode.length);
}

/** Quality of a word match, for matchWords: 1 exact; 0.5–0.9 a prefix (more typed, better); below 0.5 a typo. */
export const WORD_QUALITY = {
  exact: 1,
  prefix: (typed: number, word: number) => 0.5 + (0.4 * typed) / word,
  typo: (distance: number) => 0.45 - 0.1 * distance,
  /** A typo in the start of a longer word, as when still typing it. */
  typoInStart: (distance: number) => 0.4 - 0.1 * distance,
} as const;

/**
 * Word quality first (a word typed whole beats the start of a longer one), then how much of the name the query
 * covers (so "northfield" ranks NORTHFIELD PCN above NORTHFIELD ROAD SURGERY), then an exact name, then titles.
 * Plain arguments, not an object: it runs once per matching document, thousands of times for a one-letter query.
 *
 * @param words required query words in the reading that matched
 * @param quality sum of their WORD_QUALITY values
 * @param typos how many matched only by a typo
 * @param factor the reading's factor (words as typed 1; neighbours joined or a word split, less)
 * @param exactName the query equals the document's normalised name or person key
 * @param titles share of the optional title words found among the document's words (0 when none)
 */
export function nameScore(doc: SearchDocument, words: number, quality: number, typos: number, factor: number, exactName: boolean, titles: number): number {
  const average = quality / words;
  const coverage = Math.min(1, words / Math.max(1, doc.nameLength));
  const points = (55 * average + 25 * coverage + 12 * Number(exactName) + 7 * titles) * factor;
  return (typos > 0 ? TIER.fuzzyName : TIER.name) + doc.standing + points;
}
