/**
 * Plain-text helpers shared by the list detector and the selection clipper: whitespace, list markers, and the
 * ` — ` join between an item's name and its details (see types.ts).
 */

export const FIELD_SEPARATOR = ' — ';

/** Collapses whitespace (no-break and zero-width spaces too) and trims. */
export function cleanText(text: string): string {
  return text.replace(/(?:[\s\u00a0\u200b\u200c\ufeff]|\u200d)+/g, ' ').trim();
}

// Bullets a page or a copied selection puts before an item: •, ·, -, *, ▪, ◦, ➤, >, and numbering "1.", "2)", "(3)", "a)".
// Letters only lower case: "J. Smith" is an initial, not item J.
const LIST_MARKER = /^(?:[•·▪◦‣∙●○■□►▸➤➢✓✔*>\-–—]+\s*|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s+|\(\d{1,3}\)\s*)/;

/** Removes a leading bullet or number ("• ", "1. ", "(2) ", "a) ") from an item. */
export function stripListMarker(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(LIST_MARKER, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

// Separators left dangling at either end once an item is cut out of its line.
const EDGE_PUNCTUATION = /^[\s,;:|·•\-–—]+|[\s,;:|·•\-–—]+$/g;

/** An item as stored: whitespace-normalised, without a leading bullet or dangling separators. */
export function cleanItem(text: string): string {
  return cleanText(stripListMarker(cleanText(text))).replace(EDGE_PUNCTUATION, '').trim();
}

/** Splits "Northgate Hub - Northgate Medical Centre" (a spaced hyphen or dash) into its parts; "11-19" stays whole. */
export function splitOnSpacedDashes(text: string): string[] {
  return text.split(/\s+[-–—]\s+/).map(cleanItem).filter((part) => part !== '');
}

/** Joins an item's parts as stored: name first, details after, each part itself free of the separator. */
export function joinFields(fields: string[]): string {
  return fields
    .flatMap(splitOnSpacedDashes)
    .filter((field) => field !== '')
    .join(FIELD_SEPARATOR);
}

/** The parts of a stored item: `itemFields("Jo Example — Chief Executive")` → ["Jo Example", "Chief Executive"]. */
export function itemFields(item: string): string[] {
  return item.split(FIELD_SEPARATOR).map(cleanText).filter((field) => field !== '');
}

const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'at', 'on', '&']);

/** "chief executive" → "Chief Executive": roles named in prose are lower case, in lists they are capitalised. */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** Sentences of a paragraph; a full stop before a capital, digit or quote ends one. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“‘'(])/)
    .map(cleanText)
    .filter((sentence) => sentence !== '');
}

export const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;

/**
 * A regular-expression source matching `words` in any case, for patterns that must otherwise stay
 * case-sensitive (a capitalised word is a name, a lower-case one is not). Letters only: no escapes inside.
 */
export function anyCase(words: string): string {
  return words.replace(/[a-z]/g, (ch) => `[${ch}${ch.toUpperCase()}]`);
}
