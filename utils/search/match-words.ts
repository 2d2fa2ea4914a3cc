import { fuzzyKeys } from './fuzzy';
import { findKey, prefixRange } from './key-index';
import type { QueryWord } from './query';
import { WORD_QUALITY } from './rank';
import type { SearchSection } from './section';

/** The index words one query word matches, best first: exact, then prefixes, then typos. */
export interface WordExpansion {
  positions: number[];
  qualities: number[];
  typo: boolean[];
  /** Documents under all those words, counted with repeats: the cost of a pass over them. */
  postings: number;
}

/** Shortest word worth a typo guess: shorter ones are within a typo of too many words. */
const MIN_TYPO_LENGTH = 4;
/** From this length two typos are allowed. */
const TWO_TYPOS_LENGTH = 7;
/** The word being typed gets typos in its start only from this length (shorter starts match too much). */
const MIN_TYPO_START_LENGTH = 5;

export function maxTypos(word: string): number {
  if (word.length < MIN_TYPO_LENGTH || !/^[a-z]+$/.test(word)) return 0;
  return word.length >= TWO_TYPOS_LENGTH ? 2 : 1;
}

export function expandWord(section: SearchSection, word: QueryWord, withTypos: boolean): WordExpansion {
  const { keys, docs } = section.words;
  const expansion: WordExpansion = { positions: [], qualities: [], typo: [], postings: 0 };
  const add = (position: number, quality: number, typo: boolean) => {
    expansion.positions.push(position);
    expansion.qualities.push(quality);
    expansion.typo.push(typo);
    expansion.postings += docs[position]!.length;
  };
  let known = false;
  for (const form of word.forms) {
    const exact = findKey(section.words, form);
    if (exact >= 0) add(exact, WORD_QUALITY.exact, false);
    known ||= exact >= 0;
  }
  for (const form of word.forms) {
    const [start, end] = prefixRange(section.words, form);
    for (let position = start; position < end; position++) {
      const key = keys[position]!;
      if (key.length > form.length) add(position, WORD_QUALITY.prefix(form.length, key.length), false);
    }
  }
  const typed = word.forms[0]!;
  // A word the index holds as typed is taken as meant: guessing typos in it costs time and adds noise.
  const distance = withTypos && word.typos && !known ? maxTypos(typed) : 0;
  if (distance > 0) {
    const inStart = word.typing && typed.length >= MIN_TYPO_START_LENGTH;
    fuzzyKeys(keys, typed, distance, (match) => {
      // Distance 0 is an exact or prefix match, added above.
      if (match.start === 0) return;
      if (match.whole !== Infinity) add(match.position, WORD_QUALITY.typo(match.whole), true);
      else if (inStart) add(match.position, WORD_QUALITY.typoInStart(match.start), true);
    });
  }
  return expansion;
}

/**
 * Calls `found` for every document matching all the words (each by at least one of its index words), with
 * the sum of its best quality per word and how many words it matched only by a typo.
 *
 * One pass over the documents under each word, the rarest word first. `matched[d]` counts the words document
 * d has matched so far: a document counts for word i only if it matched words 0..i-1, so the set shrinks
 * to the intersection without building sets. Expansions list exact and prefix keys before typos, so a
 * document's first hit for a word decides whether that word was a typo.
 */
export function matchWords(
  section: SearchSection,
  expansions: readonly WordExpansion[],
  found: (position: number, quality: number, typos: number) => void,
): void {
  if (expansions.length === 0 || expansions.some((e) => e.positions.length === 0)) return;
  const ordered = [...expansions].sort((a, b) => a.postings - b.postings);
  const { matched, quality, wordQuality, fuzzy } = section.scratch;
  const postings = section.words.docs;
  const touched: number[] = [];

  ordered.forEach((expansion, word) => {
    const { positions, qualities, typo } = expansion;
    for (let k = 0; k < positions.length; k++) {
      const q = qualities[k]!;
      const isTypo = typo[k]! ? 1 : 0;
      const docs = postings[positions[k]!]!;
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j]!;
        const count = matched[doc]!;
        if (count === word) {
          if (word === 0) touched.push(doc);
          matched[doc] = word + 1;
          quality[doc] = quality[doc]! + q;
          wordQuality[doc] = q;
          fuzzy[doc] = fuzzy[doc]! + isTypo;
        } else if (count === word + 1 && q > wordQuality[doc]!) {
          quality[doc] = quality[doc]! + q - wordQuality[doc]!;
          wordQuality[doc] = q;
        }
      }
    }
  });

  const all = ordered.length;
  for (const doc of touched) {
    if (matched[doc] === all) found(doc, quality[doc]!, fuzzy[doc]!);
    matched[doc] = 0;
    quality[doc] = 0;
    wordQuality[doc] = 0;
    fuzzy[doc] = 0;
  }
}
