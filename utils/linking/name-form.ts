import { nameTokens } from '../ods/normalise-name';

/**
 * A name prepared for comparison: the normalised words (see normaliseOrgName), each with a kind and a weight.
 * Words that say what kind of place a practice is ("surgery", "medical centre") tell little about which
 * practice it is, and websites swap them freely, so they weigh little; initials and given names in
 * "DR N.J. PATEL & PARTNERS" weigh little too; other words weigh by how rare they are in ODS names.
 */

/** Words of practice names that say what, not which (after normaliseOrgName: "drs" is "dr", "&" is "and"). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'surgery', 'surgeries', 'medical', 'centre', 'centres', 'practice', 'practices', 'health', 'healthcare',
  'group', 'partnership', 'partners', 'partner', 'associates', 'colleagues', 'and', 'dr', 'doctors', 'doctor',
  'clinic', 'family', 'care', 'primary', 'gp', 'gps', 'general', 'of', 'at', 'in', 'on', 'for', 'pms',
  'meddygfa', 'services', 'service', 'team',
]);

export type TokenKind = 'word' | 'generic' | 'initials';

export const GENERIC_WEIGHT = 0.1;
export const INITIALS_WEIGHT = 0.3;

/** Weight of a distinctive word, from 0.5 (very common in ODS names) to 1 (rare or unknown). */
export type WordWeight = (token: string) => number;

export interface NameForm {
  tokens: string[];
  kinds: TokenKind[];
  weights: number[];
  total: number;
  /** The normalised name, for exact comparison. */
  key: string;
  /** "DR X & PARTNERS", "DRS X AND Y", "DR X'S PRACTICE": the distinctive words are surnames. */
  doctor: boolean;
  /** "THE X PRACTICE": one or two words and "practice", often a surname too ("THE PATEL PRACTICE"). */
  namedPractice: boolean;
  /** Whether any token is a distinctive word. */
  hasWords: boolean;
}

export function formFromName(name: string, wordWeight: WordWeight): NameForm {
  return formFromTokens(nameTokens(name), wordWeight);
}

export function formFromTokens(tokens: readonly string[], wordWeight: WordWeight): NameForm {
  const doctor = tokens.includes('dr');
  const kinds = tokens.map((token, i) => tokenKind(token, tokens[i - 1], tokens[i + 1], doctor));
  const weights = tokens.map((token, i) =>
    kinds[i] === 'generic' ? GENERIC_WEIGHT : kinds[i] === 'initials' ? INITIALS_WEIGHT : wordWeight(token),
  );
  const words = kinds.filter((kind) => kind === 'word').length;
  return {
    tokens: [...tokens],
    kinds,
    weights,
    total: weights.reduce((sum, weight) => sum + weight, 0),
    key: tokens.join(' '),
    doctor,
    namedPractice:
      !doctor && tokens.at(-1) === 'practice' && words >= 1 && words <= 2 && words === tokens.length - 1,
    hasWords: words > 0,
  };
}

function tokenKind(token: string, previous: string | undefined, next: string | undefined, doctor: boolean): TokenKind {
  if (GENERIC_WORDS.has(token)) return 'generic';
  if (/^[a-z]$/.test(token)) return 'initials';
  if (!doctor || !/^[a-z]{2,3}$/.test(token)) return 'word';
  // In a doctor's name a short word before the surname is initials or a given name ("DR SN CLAY",
  // "DR OZ QURESHI"), and so is one right after a surname ("DR ARORA RK", "DR YASIN SA PRACTICE"); a short
  // word between generic ones is a surname ("DRS LAMBERT & NG").
  const isSurname = (word: string | undefined) =>
    word !== undefined && /^[a-z]{4,}$/.test(word) && !GENERIC_WORDS.has(word);
  const beforeWord = next !== undefined && /^[a-z]+$/.test(next) && !GENERIC_WORDS.has(next);
  return beforeWord || isSurname(previous) ? 'initials' : 'word';
}

// Separators between a practice name and what a website adds to it: a branch or building in brackets,
// "Name - Branch", "Name, Town", "Name | Site".
const PART_SEPARATORS = /\s*(?:[()[\]]|\s[-–—]\s|[,;|/:])\s*/;

/** One reading of a website name, and how much a match on it is worth next to a match on the whole name. */
export interface NameVariant {
  tokens: string[];
  factor: number;
}

/** The name without its last part ("Riverside Surgery" of "Riverside Surgery, Hove"). */
const WITHOUT_LAST_PART = 0.95;
/** One part alone: clearly below a whole-name match, or a namesake of the part would tie with it. */
const ONE_PART = 0.9;

/**
 * The readings to try for a website name: the whole name; when it has parts ("Dr Patel & Partners
 * (Quayside Health Centre)", "The Surgery, Cowfold"), the name without its last part (a town, a branch) and
 * each part alone: the doctor's name, the building. A part after the first needs a distinctive word and two
 * words at least, so that a bare town ("…, Riverside") is not tried on its own.
 */
export function nameVariants(name: string): NameVariant[] {
  const whole = nameTokens(name);
  const variants: NameVariant[] = [{ tokens: whole, factor: 1 }];
  const parts = name.split(PART_SEPARATORS).filter((part) => part.trim() !== '');
  if (parts.length < 2) return variants;
  const seen = new Set([whole.join(' ')]);
  const add = (tokens: string[], factor: number, first: boolean) => {
    const key = tokens.join(' ');
    if (!tokens.length || seen.has(key)) return;
    if (!first && (tokens.length < 2 || tokens.every((token) => GENERIC_WORDS.has(token)))) return;
    seen.add(key);
    variants.push({ tokens, factor });
  };
  if (parts.length > 2) add(nameTokens(parts.slice(0, -1).join(' ')), WITHOUT_LAST_PART, true);
  parts.forEach((part, i) => {
    // With two parts the first is also the name without its last part.
    add(nameTokens(part), i === 0 && parts.length === 2 ? WITHOUT_LAST_PART : ONE_PART, i === 0);
  });
  return variants;
}
