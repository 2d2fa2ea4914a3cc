/**
 * Shared helpers for the Companies House page parsers: element text, dates, counts, lookups by id.
 *
 * DOM access is limited to what Chromium, happy-dom and linkedom all implement the same way (querySelector(All),
 * getElementById, childNodes, textContent, getAttribute): the same parsers run in a content script, in an
 * offscreen document and in Node for the CLI and tests.
 */

/** What every page parser returns: never throws, reports what it could not read as warnings. */
export interface ParseResult<R> {
  record: R;
  warnings: string[];
}

export type PageParser<R> = (doc: Document, url: URL) => ParseResult<R>;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}

export function hasClass(el: Element, name: string): boolean {
  const classes = el.getAttribute('class');
  return classes !== null && classes.split(/\s+/).includes(name);
}

// Screen-reader-only text repeats or labels what is visible ("Warning", the filing description again).
const HIDDEN_CLASSES = ['govuk-visually-hidden', 'visuallyhidden', 'visually-hidden'];
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
// Block boundaries become spaces, so that adjacent blocks never glue words together even when the page
// has no whitespace between them.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'BR', 'DD', 'DIV', 'DL', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'P', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL', 'OL',
]);

function isHidden(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  return HIDDEN_CLASSES.some((name) => hasClass(el, name));
}

function collectText(node: Node, parts: string[], skip: (el: Element) => boolean): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      parts.push(child.textContent ?? '');
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      if (isHidden(el) || skip(el)) continue;
      const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
      if (block) parts.push(' ');
      collectText(el, parts, skip);
      if (block) parts.push(' ');
    }
  }
}

/**
 * The visible, whitespace-normalised text of an element (visually-hidden spans and scripts left out);
 * null when the element is missing or shows no text. `skip` leaves out further descendants.
 */
export function textOf(node: Node | null | undefined, skip: (el: Element) => boolean = () => false): string | null {
  if (!node) return null;
  const parts: string[] = [];
  if (node.nodeType === TEXT_NODE) parts.push(node.textContent ?? '');
  else collectText(node, parts, skip);
  const text = normaliseSpace(parts.join(''));
  return text === '' ? null : text;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase()] ?? null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDate(year: number, month: number, day: number): string | null {
  // Reject 31 September and friends: a wrong date is worse than none.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A date as written on the pages: "27 November 1947" (long) or "01 Sep 2026" (filing history). */
export const DATE_SOURCE = String.raw`\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}`;
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Every date in a text, in order, as ISO `YYYY-MM-DD` (unreadable candidates are skipped). */
export function findDates(text: string | null | undefined): string[] {
  if (!text) return [];
  const found: { at: number; iso: string }[] = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthNumber(m[2]!);
    const iso = month === null ? null : isoDate(Number(m[3]), month, Number(m[1]));
    if (iso) found.push({ at: m.index, iso });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) found.push({ at: m.index, iso });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.iso);
}

/** The first date in a text as ISO `YYYY-MM-DD`, or null. */
export function parseDate(text: string | null | undefined): string | null {
  return findDates(text)[0] ?? null;
}

/** A month and year ("March 1970", or a full date) as ISO `YYYY-MM`, or null: dates of birth are shown so. */
export function parseMonth(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const m of text.matchAll(/\b([A-Za-z]{3,9})\.?\s+(\d{4})\b/g)) {
    const month = monthNumber(m[1]!);
    if (month !== null) return `${m[2]}-${pad(month, 2)}`;
  }
  const iso = /\b(\d{4})-(\d{2})(?:-\d{2})?\b/.exec(text);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return `${iso[1]}-${iso[2]}`;
  return null;
}

/** The first whole number in a text ("1,234 officers" → 1234), or null. */
export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /\d[\d,]*/.exec(text);
  if (!m) return null;
  const n = Number(m[0].replace(/,/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/** The number that precedes a word in a text: countBefore(" 49 officers / 42 resignations", "resignations") → 42. */
export function countBefore(text: string | null | undefined, word: RegExp): number | null {
  if (!text) return null;
  const m = new RegExp(String.raw`(\d[\d,]*)\s+` + word.source, 'i').exec(text);
  return m ? parseCount(m[1]) : null;
}

/**
 * The first element under `root` whose id is `prefix` followed by digits only. Blocks on the people pages
 * number their fields (officer-role-3); reading inside the block by prefix survives a renumbered block.
 */
export function numberedField(root: ParentNode, prefix: string): Element | null {
  for (const el of Array.from(root.querySelectorAll(`[id^="${prefix}"]`))) {
    if (/^\d+$/.test((el.getAttribute('id') ?? '').slice(prefix.length))) return el;
  }
  return null;
}

/** The `dd` that a `dt` with matching text introduces: the fallback when an id is missing. */
export function ddAfterDt(root: ParentNode, label: RegExp): Element | null {
  for (const dt of Array.from(root.querySelectorAll('dt'))) {
    const text = textOf(dt);
    if (!text || !label.test(text)) continue;
    let next = dt.nextElementSibling;
    while (next && next.tagName.toUpperCase() !== 'DD') next = next.nextElementSibling;
    if (next) return next;
  }
  return null;
}

/** An absolute URL for a link on the page, or null for a missing or unusable href. */
export function absoluteHref(link: Element | null | undefined, base: URL): string | null {
  const href = link?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/**
 * Runs one part of a parser: a throw becomes a warning and the fallback, so one odd element never costs the
 * rest of the page.
 */
export function attempt<T>(warnings: string[], what: string, read: () => T, fallback: T): T {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warnings.push(`${what} could not be read (${normaliseSpace(reason).slice(0, 120)})`);
    return fallback;
  }
}
