/** What a heading, a lead-in line or a table header says the list below it is. */
import type { ClipKind } from '../db/rows';

export type ListKind = Exclude<ClipKind, 'other'>;

// "Planned care" is an NHS service (elective care), not a plan.
const IN_DEVELOPMENT = /\b(?:in development|under development|in the pipeline|coming soon|pilots?|piloting|planned(?! care)|future services|upcoming)\b/i;
const PEOPLE = /\b(?:board|directors?|team|people|leadership|leaders|who'?s who|governance|trustees|executives?|management|staff|committee|council|chairs?|officers|represents?|representatives?|meet the)\b/i;
const SERVICES = /\b(?:services?|hubs?|clinics?|extended (?:access|hours)|enhanced access|what we offer|programmes?)\b/i;
const PRACTICES = /\b(?:practices|members?|memberships?|surgeries|our practice)\b/i;
const PCNS = /\b(?:pcns?|primary care networks?|networks?)\b/i;

// Order matters: "Board members" is people, "Services for PCNs" services, "Practices in our PCNs" practices.
const HEADING_RULES: [ListKind, RegExp][] = [
  ['services-in-development', IN_DEVELOPMENT],
  ['people', PEOPLE],
  ['services', SERVICES],
  ['practices', PRACTICES],
  ['pcns', PCNS],
];

// A sentence introducing a list ("Our team runs these services:") names the list's subject before its authors.
const LEAD_IN_RULES: [ListKind, RegExp][] = [
  ['services-in-development', IN_DEVELOPMENT],
  ['services', SERVICES],
  ['practices', PRACTICES],
  ['pcns', PCNS],
  ['people', PEOPLE],
];

function classifyWith(rules: [ListKind, RegExp][], text: string | null): ListKind | null {
  if (!text) return null;
  for (const [kind, pattern] of rules) if (pattern.test(text)) return kind;
  return null;
}

/** The kind of list a heading announces ("Our Board" → people), or null for a heading about something else. */
export function classifyHeading(heading: string | null): ListKind | null {
  return classifyWith(HEADING_RULES, heading);
}

/** The kind announced by a line that ends with a colon just above a list. */
export function classifyLeadIn(line: string): ListKind | null {
  return classifyWith(LEAD_IN_RULES, line);
}

/**
 * A heading that names one PCN ("Riverside Central PCN", "South & Rural Network (PCN)"), as opposed to one
 * about PCNs in general ("Our PCNs", "Primary Care Networks we support").
 */
export function isPcnName(heading: string | null): boolean {
  if (!heading || heading.length > 80) return false;
  if (!/\b(?:pcn|primary care network|network)\b/i.test(heading)) return false;
  if (/\b(?:pcns|networks)\b/i.test(heading)) return false;
  if (/^(?:our|the|about|what|which|who|how|why|list|all|member|find|your|a|an)\b/i.test(heading)) return false;
  return classifyHeading(heading.replace(/\b(?:pcn|primary care network|network)\b/gi, '')) === null;
}

const PRACTICE_WORDS = /\b(?:surgery|surgeries|practice|medical|health cent(?:re|er)|healthcare cent(?:re|er)|partners|partnership|clinic|family doctors?|group practice|doctors)\b/i;

/** A name that reads like a GP practice ("Central Surgery", "Dr Patel & Partners", "Quayside Health Centre"). */
export function looksLikePractice(text: string): boolean {
  return PRACTICE_WORDS.test(text);
}

/** What a table or a text "table" holds, from its header row; null when the header does not say. */
export function classifyHeaderRow(header: string[]): ListKind | null {
  const cells = header.map((h) => h.toLowerCase());
  const has = (pattern: RegExp) => cells.some((c) => pattern.test(c));
  // People first: a board table often has a "Practice" column for each director's practice.
  if (has(/\bname\b/) && has(/\b(?:role|position|title|job|responsibilit)/)) return 'people';
  if (has(/^(?:practice|practice name|surgery|gp practice|member practice)$/)) return 'practices';
  if (has(/^(?:pcn|pcn name|primary care network|network)$/) && cells.length <= 2) return 'pcns';
  return null;
}

/** A row of column names rather than data: short labels, no digits, at least one known column word. */
export function isHeaderRow(cells: string[]): boolean {
  if (cells.length < 2) return false;
  if (cells.some((c) => /\d/.test(c) || c.split(' ').length > 3)) return false;
  return cells.some((c) => /\b(?:name|role|position|title|affiliation|practice|address|postcode|code|pcn|network|organisation|job)\b/i.test(c));
}
