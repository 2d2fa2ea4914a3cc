import { GENERIC_WORDS } from '../linking/name-form';
import { nameTokens } from '../ods/normalise-name';
import type { SearchKind } from './types';

/** One searchable record, already shaped for display: title and detail are computed once, at build time. */
export interface SearchDocument {
  kind: SearchKind;
  id: string;
  title: string;
  detail: string;
  /**
   * How current the record is, 0–100 (see STANDING): open PCNs, active practices and companies, people in
   * post rank above closed or former ones that match as well.
   */
  standing: number;
  /** Upper-case keys found exactly or by prefix: ODS code, company number (also without leading zeros). */
  codes: string[];
  /** Normalised full postcodes ("B31 2AA"). */
  postcodes: string[];
  /** Words a query word may match (exactly or as a prefix): the normalised name's and the name as written. */
  words: string[];
  /** The normalised name (organisations) or person name key: a query equal to it is an exact name match. */
  nameKey: string;
  /**
   * Distinctive words in the name (not "surgery", "medical", "centre", …): a query covering all of them beats
   * one matching a word of a long name, and "riverside" covers RIVERSIDE SURGERY as well as RIVERSIDE PCN.
   */
  nameLength: number;
}

export const STANDING = {
  current: 100,
  /** Active, but not a GP practice (walk-in centre, community service, …). */
  otherActive: 60,
  /** Status unknown (a company whose overview was never captured). */
  unknown: 80,
  dormant: 30,
  /** Off every board they sat on: still the person asked about, so only a little lower. */
  formerPerson: 80,
  former: 0,
} as const;

/** Titles people are called by: optional in a query, and not counted as name words. */
export const TITLES: ReadonlySet<string> = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame', 'rev', 'revd']);

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The words of a name or a query as typed: lower case, accents and apostrophes dropped, "&" and "+" read as
 * "and", letters and digits apart ("pcn6" → "pcn", "6"), all other characters separating words.
 */
export function searchWords(text: string): string[] {
  const plain = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return (
    plain
      .toLowerCase()
      .replace(/['’‘`´]/g, '')
      .replace(/[&+]/g, ' and ')
      .match(/[a-z]+|\d+/g) ?? []
  );
}

/**
 * An organisation name's words: the normalised ones (abbreviations expanded, so "med" finds "MED CTR") and
 * the ones as written (so "pcn", "ltd" and bracketed acronyms, which normalising drops, still match).
 */
export function organisationWords(names: readonly string[]): { words: string[]; nameKey: string; nameLength: number } {
  const words = new Set<string>();
  let nameKey = '';
  let nameLength = 0;
  names.forEach((name, i) => {
    const tokens = nameTokens(name);
    if (i === 0) {
      nameKey = tokens.join(' ');
      nameLength = tokens.filter((token) => !GENERIC_WORDS.has(token)).length;
    }
    for (const token of tokens) words.add(token);
    for (const word of searchWords(name)) words.add(word);
  });
  return { words: [...words], nameKey, nameLength };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Company numbers are 8 characters; people type them without the leading zeros too. */
export function companyNumberKeys(companyNumber: string): string[] {
  const upper = companyNumber.toUpperCase();
  const stripped = upper.replace(/^0+(?=.)/, '');
  return stripped === upper ? [upper] : [upper, stripped];
}
