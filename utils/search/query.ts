import { normalisePostcode } from '../linking/postcode';
import { nameTokens } from '../ods/normalise-name';
import { personNameKey } from '../people/name-key';
import { searchWords, TITLES } from './document';

export interface QueryWord {
  /** The word as typed, then its normalised spelling when that differs ("saint" → "st", "ctr" → "centre"). */
  forms: string[];
  /** Still being typed (the query does not end with a space): a typo may sit in a word not yet finished. */
  typing: boolean;
  /** Whether typos are looked for: only in words as typed, not in words this module joined or split. */
  typos: boolean;
}

/** One reading of the query's words; `factor` scales the name quality of what it finds. */
export interface QueryVariant {
  words: QueryWord[];
  factor: number;
}

export interface ParsedQuery {
  /** A query of one or two words in upper-case letters and digits, to look up as a code; null otherwise. */
  code: string | null;
  /** Whether codes starting with `code` are worth listing (it has a digit, or is as short as a code's letters). */
  codePrefix: boolean;
  /** "B31 2AA" (full: look up), "B31 " (a district) or "B31 2" (typing one): postcodes starting with it. */
  postcode: { key: string; full: boolean } | null;
  /** Readings of the words: as typed, and with two neighbours joined ("north field" → "northfield"). */
  variants: QueryVariant[];
  /** Titles: a name carrying them ranks higher, one without them still matches ("Dr Smith" finds "SMITH, Jane"). */
  optional: string[];
  /** The query as a normalised organisation name and as a person name key, to recognise an exact name. */
  organisationKey: string;
  personKey: string;
}

/** More words add nothing a caller needs, and each costs a pass over the index. */
const MAX_WORDS = 6;
/** Joining two neighbours is a guess about how the name is written: it ranks a little below the words as typed. */
const JOINED_FACTOR = 0.9;

const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const PARTIAL_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]?$/;

function readPostcode(text: string): ParsedQuery['postcode'] {
  const upper = text.toUpperCase().replace(/\s+/g, ' ');
  const normal = normalisePostcode(upper);
  if (normal?.includes(' ')) return { key: normal, full: true };
  if (OUTWARD.test(upper)) return { key: `${upper} `, full: false };
  if (PARTIAL_POSTCODE.test(upper)) return { key: upper, full: false };
  return null;
}

export function queryWord(word: string, typing: boolean, typos: boolean): QueryWord {
  const normal = nameTokens(word);
  return { forms: normal.length === 1 && normal[0] !== word ? [word, normal[0]!] : [word], typing, typos };
}

export function parseQuery(query: string): ParsedQuery {
  const text = query.trim();
  const typing = text.length > 0 && !/\s$/.test(query);
  const compact = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  // A code read out in two groups ("M85 001") is still a code; a prefix only when typed as one word.
  const oneWord = !/\s/.test(text);
  const code = compact && (oneWord || text.split(/\s+/).length === 2) ? compact : null;

  const all = searchWords(text).slice(0, MAX_WORDS);
  const required = all.some((word) => !TITLES.has(word)) ? all.filter((word) => !TITLES.has(word)) : all;
  const optional = required.length < all.length ? all.filter((word) => TITLES.has(word)) : [];
  const words = required.map((word, i) => queryWord(word, typing && i === required.length - 1, true));

  const variants: QueryVariant[] = words.length ? [{ words, factor: 1 }] : [];
  for (let i = 0; i + 1 < words.length; i++) {
    const joined = queryWord(words[i]!.forms[0]! + words[i + 1]!.forms[0]!, words[i + 1]!.typing, false);
    variants.push({ words: [...words.slice(0, i), joined, ...words.slice(i + 2)], factor: JOINED_FACTOR });
  }

  return {
    code,
    codePrefix: code !== null && oneWord && code.length >= 2 && (/\d/.test(code) || code.length <= 3),
    postcode: readPostcode(text),
    variants,
    optional,
    organisationKey: nameTokens(text).join(' '),
    personKey: personNameKey(text),
  };
}
