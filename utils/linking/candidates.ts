import { formFromTokens, nameVariants, type NameForm } from './name-form';
import { compareNames } from './name-similarity';
import { ALIAS_FACTOR, type IndexedPractice, type PracticeIndex } from './practice-index';
import { normalisePostcode, postcodeArea, postcodeDistrict } from './postcode';

/** A practice as a website lists it: a name, and sometimes a postcode. */
export interface PracticeInput {
  name: string;
  postcode?: string;
}

export type PostcodeEvidence = 'same' | 'district' | 'area' | 'elsewhere';

/** One ODS practice that a website name may mean, with its evidence before the federation's area is weighed. */
export interface Candidate {
  practice: number;
  /** How alike the names are (best of the practice's name and aliases, and of the input's parts), 0–1. */
  nameScore: number;
  postcode: PostcodeEvidence | null;
  /** nameScore with the practice's prior (active GP first) and the postcode evidence, 0–1. */
  score: number;
}

/** Candidates at or below this (names sharing no distinctive word) are not worth keeping, even as runner-up. */
const MIN_CANDIDATE_SCORE = 0.3;
/** MiniSearch results scored per name variant: enough for the commonest words ("park", "road"). */
const SEARCH_LIMIT = 150;
/** A word in more names than this is not searched for unless the name has no rarer one. */
const COMMON_WORD_NAMES = 100;
/** A postcode is the practice's own; a shared building can host a few practices, so the name still counts. */
const SAME_POSTCODE_FLOOR = 0.55;
const POSTCODE_FACTOR: Record<Exclude<PostcodeEvidence, 'same'>, number> = {
  district: 1,
  area: 0.95,
  elsewhere: 0.85,
};

/**
 * The ODS practices a website name may mean, best first. Looks up the exact normalised name (of the whole
 * name and of its parts), the distinctive words through MiniSearch (fuzzy, by prefix), the practices at
 * the given postcode, and any `alsoScore` practices (the federation's area on a second pass).
 */
export function findCandidates(
  index: PracticeIndex,
  input: PracticeInput,
  alsoScore: Iterable<number> = [],
): Candidate[] {
  const variants = nameVariants(input.name).map((variant) => ({
    form: formFromTokens(variant.tokens, index.wordWeight),
    factor: variant.factor,
  }));
  const postcode = normalisePostcode(input.postcode);

  const entryIds = new Set<number>();
  for (const { form } of variants) {
    for (const id of index.byKey.get(form.key) ?? []) entryIds.add(id);
    for (const id of searchEntries(index, form)) entryIds.add(id);
  }
  const practiceIds = new Set<number>(alsoScore);
  if (postcode) for (const id of index.byPostcode.get(postcode) ?? []) practiceIds.add(id);
  for (const id of practiceIds) for (const entry of index.entriesOf[id] ?? []) entryIds.add(entry);

  const nameScores = new Map<number, number>();
  for (const id of entryIds) {
    const entry = index.entries[id]!;
    let best = 0;
    for (const { form, factor } of variants) best = Math.max(best, compareNames(form, entry.form) * factor);
    if (entry.alias) best *= ALIAS_FACTOR;
    if (best > (nameScores.get(entry.practice) ?? -1)) nameScores.set(entry.practice, best);
  }

  const candidates: Candidate[] = [];
  for (const [id, nameScore] of nameScores) {
    const practice = index.practices[id]!;
    const evidence = postcodeEvidence(postcode, practice);
    let score = nameScore * practice.prior;
    if (evidence === 'same') score = Math.max(score, SAME_POSTCODE_FLOOR + (1 - SAME_POSTCODE_FLOOR) * score);
    else if (evidence) score *= POSTCODE_FACTOR[evidence];
    if (score > MIN_CANDIDATE_SCORE) candidates.push({ practice: id, nameScore, postcode: evidence, score });
  }
  return candidates.sort((a, b) => b.score - a.score);
}

function searchEntries(index: PracticeIndex, form: NameForm): number[] {
  const words = form.tokens.filter((_, i) => form.kinds[i] === 'word');
  if (!words.length) return [];
  const terms = [...words, ...words.flatMap((word) => splitCompound(word, index.wordFrequency))];
  const frequency = (term: string) => index.wordFrequency.get(term) ?? 0;
  // Common words ("road", "park") cost time and find nothing the rarer words of the name do not; the
  // rarest is kept when all are common ("Park Road Surgery").
  const rare = terms.filter((term) => frequency(term) <= COMMON_WORD_NAMES);
  const query = rare.length ? rare : [terms.reduce((a, b) => (frequency(b) < frequency(a) ? b : a))];
  const results = index.search.search(query.join(' '), {
    combineWith: 'OR',
    prefix: (term) => term.length >= 5,
    fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 6 ? 1 : false),
  });
  return results.slice(0, SEARCH_LIMIT).map((result) => result.id as number);
}

/** How the input's postcode (a whole one, or only a district) relates to the practice's; null if either lacks one. */
function postcodeEvidence(postcode: string | null, practice: IndexedPractice): PostcodeEvidence | null {
  if (!postcode || !practice.postcode) return null;
  if (postcode === practice.postcode) return 'same';
  if (postcodeDistrict(postcode) === practice.district) return 'district';
  if (postcodeArea(postcode) === practice.postcodeArea) return 'area';
  return 'elsewhere';
}

/** A website's "Parkview" as ODS's "PARK VIEW": both halves known words of three letters or more. */
export function splitCompound(word: string, vocabulary: ReadonlyMap<string, unknown>): string[] {
  if (vocabulary.has(word)) return [];
  for (let at = 3; at <= word.length - 3; at++) {
    const left = word.slice(0, at);
    const right = word.slice(at);
    if (vocabulary.has(left) && vocabulary.has(right)) return [left, right];
  }
  return [];
}
