import type { NameForm, TokenKind } from './name-form';

/**
 * How alike a website's name (`a`) and an ODS name (`b`) are, from 0 to 1: a weighted Dice coefficient over
 * their words (a shared rare word counts for much, a shared "surgery" for little), tolerant of one-letter
 * slips, possessives and words run together ("PARKVIEW" / "Park View"). Two second readings:
 * - a website often drops the locality ODS adds ("Tudor Practice" for "TUDOR PRACTICE STOCKLAND GREEN"): when
 *   every distinctive word of `a` is in `b`, the score is at least SUBSET_BASE plus a share of how much of
 *   `b` that covers (not the other way round: a website's extra words are as likely another practice's);
 * - a website's "Drs Patel, Shah and Jones" names the practice ODS calls "DR PATEL & PARTNERS", so for
 *   doctors' names the score is how fully one side's surnames are covered by the other's.
 */
export function compareNames(a: NameForm, b: NameForm): number {
  if (a.key === b.key) return 1;
  const [left, right] = joinCompounds(a, b);
  const pairs = pairTokens(left, right);

  let shared = 0;
  let sharedWord = false;
  for (const pair of pairs) {
    shared += pair.similarity * (left.weights[pair.i]! + right.weights[pair.j]!);
    if (left.kinds[pair.i] === 'word' && right.kinds[pair.j] === 'word' && pair.similarity >= 0.85) sharedWord = true;
  }
  const dice = shared / (left.total + right.total || 1);
  // Names sharing only "surgery" or "medical centre" are different practices, however short.
  if ((a.hasWords || b.hasWords) && !sharedWord) return Math.min(dice, NO_SHARED_WORD_CAP);
  // "Dr Park & Partners" is a person, "PARK SURGERY" a place: the shared word may be a coincidence.
  const kinds = a.doctor !== b.doctor && !a.namedPractice && !b.namedPractice ? DOCTOR_AND_PLACE : 1;
  return Math.max(kinds * Math.max(dice, subsetScore(left, right, pairs)), doctorScore(a, b, left, right, pairs));
}

/** A doctor's name against a place's name. */
const DOCTOR_AND_PLACE = 0.85;

/** The most two names can score when they share no distinctive word. */
const NO_SHARED_WORD_CAP = 0.3;

/**
 * When every distinctive word of the website's name is in the ODS name, the ODS name's other words are read
 * as a locality the website left out: the score is the Dice coefficient without them, times
 * SUBSET_BASE + (1 − SUBSET_BASE) × the share of the ODS name's distinctive words the website name covers.
 */
const SUBSET_BASE = 0.75;

function subsetScore(left: Side, right: Side, pairs: readonly Pair[]): number {
  const leftWords = sumWhere(left, 'word');
  const rightWords = sumWhere(right, 'word');
  if (leftWords === 0 || rightWords === 0) return 0;
  let shared = 0;
  let leftCovered = 0;
  let rightCovered = 0;
  const pairedRight = new Set<number>();
  for (const pair of pairs) {
    shared += pair.similarity * (left.weights[pair.i]! + right.weights[pair.j]!);
    pairedRight.add(pair.j);
    if (left.kinds[pair.i] !== 'word' || right.kinds[pair.j] !== 'word') continue;
    leftCovered += pair.similarity * left.weights[pair.i]!;
    rightCovered += pair.similarity * right.weights[pair.j]!;
  }
  // Typos allowed (0.85 a word), but every word of the website's name must be there.
  if (leftCovered < 0.85 * leftWords) return 0;
  let leftOut = 0;
  right.kinds.forEach((kind, j) => {
    if (kind === 'word' && !pairedRight.has(j)) leftOut += right.weights[j]!;
  });
  if (leftOut === 0) return 0;
  const dice = shared / (left.total + right.total - leftOut);
  return dice * (SUBSET_BASE + (1 - SUBSET_BASE) * (rightCovered / rightWords));
}

interface Side {
  tokens: string[];
  kinds: TokenKind[];
  weights: number[];
  total: number;
}

interface Pair {
  i: number;
  j: number;
  similarity: number;
}

/** Greedy one-to-one pairing of tokens, best pairs first (names have a handful of words). */
function pairTokens(left: Side, right: Side): Pair[] {
  const candidates: (Pair & { value: number })[] = [];
  for (let i = 0; i < left.tokens.length; i++) {
    for (let j = 0; j < right.tokens.length; j++) {
      const similarity = tokenSimilarity(left.tokens[i]!, right.tokens[j]!, left.kinds[i]!, right.kinds[j]!);
      if (similarity > 0) {
        candidates.push({ i, j, similarity, value: similarity * (left.weights[i]! + right.weights[j]!) });
      }
    }
  }
  candidates.sort((x, y) => y.value - x.value);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const pairs: Pair[] = [];
  for (const candidate of candidates) {
    if (usedLeft.has(candidate.i) || usedRight.has(candidate.j)) continue;
    usedLeft.add(candidate.i);
    usedRight.add(candidate.j);
    pairs.push(candidate);
  }
  return pairs;
}

/** 1 for the same word; less for a possessive or plural, a typo, or initials that agree on the first letter. */
export function tokenSimilarity(a: string, b: string, kindA: TokenKind = 'word', kindB: TokenKind = 'word'): number {
  if (a === b) return 1;
  if (kindA === 'initials' || kindB === 'initials') {
    // "N" and "NJ", or "N" and "Naveen": probably the same doctor, never proof.
    return /^[a-z]/.test(a) && a[0] === b[0] && (kindA !== 'word' || kindB !== 'word') ? 0.7 : 0;
  }
  if (kindA === 'generic' || kindB === 'generic') return 0;
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  const shorter = Math.min(a.length, b.length);
  // "HENDOW'S" → "hendows" against a website's "Hendow"; "GEORGES" against "George".
  if (shorter >= 3 && (a === `${b}s` || b === `${a}s`)) return 0.95;
  if (shorter >= 5) {
    const distance = editDistance(a, b, 2);
    if (distance <= 1) return 0.85;
    if (distance === 2 && shorter >= 8) return 0.7;
  }
  return 0;
}

/** Levenshtein distance, or `limit + 1` once it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** "PARK VIEW" against "Parkview": two adjacent words that spell the other side's one word become one. */
function joinCompounds(a: NameForm, b: NameForm): [Side, Side] {
  return [joinSide(a, b.tokens), joinSide(b, a.tokens)];
}

function joinSide(form: NameForm, other: readonly string[]): Side {
  const side: Side = { tokens: [], kinds: [], weights: [], total: form.total };
  for (let i = 0; i < form.tokens.length; i++) {
    const token = form.tokens[i]!;
    const next = form.tokens[i + 1];
    if (next !== undefined && form.kinds[i] !== 'generic' && !other.includes(token) && other.includes(token + next)) {
      side.tokens.push(token + next);
      side.kinds.push('word');
      side.weights.push(Math.max(form.weights[i]!, form.weights[i + 1]!));
      i++;
      continue;
    }
    side.tokens.push(token);
    side.kinds.push(form.kinds[i]!);
    side.weights.push(form.weights[i]!);
  }
  side.total = side.weights.reduce((sum, weight) => sum + weight, 0);
  return side;
}

/** Both sides doctor's names; a doctor's name against "THE X PRACTICE" is a little less sure. */
const DOCTOR_BOTH = 0.95;
const DOCTOR_AND_NAMED_PRACTICE = 0.9;
/** Initials on both sides that share no first letter: probably another doctor of the same surname. */
const INITIALS_DISAGREE = 0.85;

function doctorScore(a: NameForm, b: NameForm, left: Side, right: Side, pairs: readonly Pair[]): number {
  const factor =
    a.doctor && b.doctor
      ? DOCTOR_BOTH
      : (a.doctor && b.namedPractice) || (b.doctor && a.namedPractice)
        ? DOCTOR_AND_NAMED_PRACTICE
        : 0;
  if (factor === 0) return 0;
  const leftWords = sumWhere(left, 'word');
  const rightWords = sumWhere(right, 'word');
  if (leftWords === 0 || rightWords === 0) return 0;
  let leftCovered = 0;
  let rightCovered = 0;
  let initialsAgree = false;
  for (const pair of pairs) {
    if (left.kinds[pair.i] === 'word' && right.kinds[pair.j] === 'word') {
      leftCovered += pair.similarity * left.weights[pair.i]!;
      rightCovered += pair.similarity * right.weights[pair.j]!;
    } else if (left.kinds[pair.i] === 'initials' && right.kinds[pair.j] === 'initials') {
      initialsAgree = true;
    }
  }
  const coverages = [leftCovered / leftWords, rightCovered / rightWords].sort((x, y) => y - x);
  // One side's surnames all found in the other's is the signal; the other side's extra partners cost a little.
  const coverage = 0.8 * coverages[0]! + 0.2 * coverages[1]!;
  const bothInitials = left.kinds.includes('initials') && right.kinds.includes('initials');
  return factor * coverage * (bothInitials && !initialsAgree ? INITIALS_DISAGREE : 1);
}

function sumWhere(side: Side, kind: TokenKind): number {
  let sum = 0;
  for (let i = 0; i < side.tokens.length; i++) if (side.kinds[i] === kind) sum += side.weights[i]!;
  return sum;
}
