/**
 * "Clip the current selection": the text a user selected on a page (as `Selection.toString()` gives it) → list
 * items in the same plain-text shape the detector produces (see types.ts).
 */
import { cleanItem, joinFields, stripListMarker } from './text';

// Bullets written inline between items ("A • B · C"); a hyphen is not one ("Health Spot - GP Hub" is one item).
const INLINE_BULLET = /\s*[•·▪◦●]\s*/;
// Columns of a copied table or aligned text: a tab, or two or more spaces (no-break ones too).
const COLUMN_GAP = /\t+|[ \u00a0]{2,}/;

function itemFromLine(line: string): string {
  // The marker goes first: "1.  Extended access" is one item, not the columns "1." and "Extended access".
  const columns = stripListMarker(line.replace(/^[\s\u00a0]+/, '')).split(COLUMN_GAP).map(cleanItem).filter((c) => c !== '');
  return joinFields(columns);
}

/**
 * One item per line; a single line is split at semicolons and inline bullets instead ("A; B; C"). Leading
 * bullets and numbering ("• ", "1. ", "(2) ") are removed; column gaps become the ` — ` between name and detail.
 */
export function selectionToItems(selection: string): string[] {
  const lines = selection
    .split(/\r\n|[\r\n\u2028\u2029\v\f]/)
    .map((line) => line.replace(/^[ \u00a0]+|[ \u00a0]+$/g, ''))
    .filter((line) => cleanItem(line) !== '');
  // A role such as "Chair; Clinical Director" keeps its semicolon when the items are already on their own lines.
  const pieces = lines.length === 1 ? lines[0]!.split(/\s*;\s*/).flatMap((p) => p.split(INLINE_BULLET)) : lines.flatMap((l) => splitInlineBullets(l));
  return pieces.map(itemFromLine).filter((item) => item !== '');
}

/** Splits "A • B" but keeps a line's own leading bullet ("• A") for the marker stripping to remove. */
function splitInlineBullets(line: string): string[] {
  const lead = /^\s*[•·▪◦●]\s*/.exec(line)?.[0] ?? '';
  return line.slice(lead.length).split(INLINE_BULLET);
}
