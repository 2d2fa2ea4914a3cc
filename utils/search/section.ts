import type { SearchDocument } from './document';
import { addKeys, buildKeyIndex, type KeyIndex } from './key-index';

/**
 * The index of one group of documents (ODS, or companies and people): each group is rebuilt on its own when
 * its tables change, so capturing a company does not re-read the national practice list.
 */
export interface SearchSection {
  docs: readonly SearchDocument[];
  words: KeyIndex;
  codes: KeyIndex;
  postcodes: KeyIndex;
  /** Per-document working memory of one search, kept between searches to spare the allocations. */
  scratch: Scratch;
}

export interface Scratch {
  /** How many query words a document has matched so far in this pass. */
  matched: Uint8Array;
  /** Sum of the qualities of its matched words. */
  quality: Float32Array;
  /** Quality of the word being matched, to upgrade when a better key of the same word reaches it. */
  wordQuality: Float32Array;
  /** How many of its words matched only by a typing error. */
  fuzzy: Uint8Array;
  /** Best score offered in this search (0 = none). */
  best: Float64Array;
  offered: number[];
}

export function buildSection(docs: readonly SearchDocument[]): SearchSection {
  const words = new Map<string, number[]>();
  const codes = new Map<string, number[]>();
  const postcodes = new Map<string, number[]>();
  docs.forEach((doc, position) => {
    addKeys(words, doc.words, position);
    addKeys(codes, doc.codes, position);
    addKeys(postcodes, doc.postcodes, position);
  });
  const n = docs.length;
  return {
    docs,
    words: buildKeyIndex(words),
    codes: buildKeyIndex(codes),
    postcodes: buildKeyIndex(postcodes),
    scratch: {
      matched: new Uint8Array(n),
      quality: new Float32Array(n),
      wordQuality: new Float32Array(n),
      fuzzy: new Uint8Array(n),
      best: new Float64Array(n),
      offered: [],
    },
  };
}

/** Records a score for a document; a document keeps its best. */
export function offer(section: SearchSection, position: number, score: number): void {
  const { best, offered } = section.scratch;
  if (best[position] === 0) offered.push(position);
  if (score > best[position]!) best[position] = score;
}
