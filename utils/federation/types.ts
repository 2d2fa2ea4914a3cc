import type { ClipKind } from '../db/rows';

/**
 * What the list detector finds on a federation web page. Items are plain text (never HTML) so that a detected
 * list can be stored as a `ClipRow` as it is.
 *
 * An item that carries more than a name keeps its parts in one string, joined by ` — ` (space, em dash, space):
 * the name first, then details in page order. People: "Dr Jane Smith — Chair — North PCN" (name, role, then any
 * affiliation); hubs: "Northgate Hub — Northgate Medical Centre" (hub, host practice); practices:
 * "Central Surgery — 3 Market Sq, RV3 5GH — X99001" (name, address, code). `itemFields` splits them again.
 */
export interface DetectedList {
  kind: ClipKind;
  /** The heading the list sits under on the page (where it came from), or null when it has none. */
  heading: string | null;
  items: string[];
  /**
   * Present only when the page groups the items (member practices under PCN headings): parallel to `items`,
   * the group heading as written on the page, or null for an item outside any group.
   */
  groups?: (string | null)[];
}

/** Headline figures as the page states them ("31 member practices … 6 PCNs … 355,000 patients"); absent when not stated. */
export interface HeadlineCounts {
  practices?: number;
  pcns?: number;
  patients?: number;
}

export interface DetectedLists {
  lists: DetectedList[];
  counts: HeadlineCounts;
  warnings: string[];
}
