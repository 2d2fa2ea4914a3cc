/**
 * Items from the blocks under one heading, given what the heading says they are. Structured blocks (lists,
 * tables, cards, column-aligned text) need a kind from the heading, a lead-in line or a header row; sentences
 * are read for services and people wherever they are, since prose only counts when it says "we run …" or
 * "X, our chair".
 */
import type { Block, Card, ListEntry } from './blocks';
import { classifyHeaderRow, classifyLeadIn, isHeaderRow, isPcnName, looksLikePractice, type ListKind } from './classify';
import type { TextLine } from './dom';
import { isPersonName, isRoleLike, peopleInProse, personFields } from './people';
import { namesInProse, servicesInProse } from './prose-lists';
import { cleanItem, joinFields, splitOnSpacedDashes, UK_POSTCODE } from './text';

export interface FoundItem {
  kind: ListKind;
  text: string;
  group: string | null;
}

// Link and button text that sits in lists and cards but names nothing.
const NOT_AN_ITEM = /^(?:read|learn|find out|see|view|click|more|back|next|previous|contact us|book|download)\b/i;
const MAX_SHORT_LINE = 100;
const INLINE_SEPARATOR = /\s+[·•|]\s+/;

/** One stored item from its parts, shaped for its kind; null when it is not worth clipping (a vacant seat). */
export function itemFromFields(fields: string[], kind: ListKind): string | null {
  let parts = fields.flatMap(splitOnSpacedDashes).filter((f) => f !== '');
  if (parts.length === 0 || NOT_AN_ITEM.test(parts[0]!)) return null;
  if (kind === 'people') {
    const person = personFields(parts);
    // Contact lines under a "team" heading ("Phone: 01234 …", "info@…") are not people.
    if (!person || /[@\d]|https?:|www\./i.test(person[0]!)) return null;
    parts = person;
  } else if (kind === 'practices' && parts.length === 1) {
    // "The Old Mill Surgery, Mill Lane, Riverside RV1 3CD": the name, then the address as a detail.
    const only = parts[0]!;
    const comma = only.indexOf(', ');
    if (comma > 0 && UK_POSTCODE.test(only.slice(comma))) parts = [only.slice(0, comma), only.slice(comma + 2)];
  }
  const text = joinFields(parts);
  return text === '' ? null : text;
}

function isShortLine(text: string): boolean {
  return text.length <= MAX_SHORT_LINE && text.split(' ').length <= 14 && !/[.:]$/.test(text) && !NOT_AN_ITEM.test(text);
}

class ItemCollector {
  readonly found: FoundItem[] = [];
  constructor(private readonly group: string | null) {}

  add(kind: ListKind, fields: string[], group: string | null = this.group): void {
    const text = itemFromFields(fields, kind);
    if (text !== null) this.found.push({ kind, text, group });
  }

  entries(entries: ListEntry[], kind: ListKind): void {
    for (const entry of entries) {
      const label = joinFields(entry.fields);
      // A nested list under a PCN name: the PCN's member practices.
      if (entry.children.length > 0 && (isPcnName(label) || ((kind === 'practices' || kind === 'pcns') && entry.children.some((c) => looksLikePractice(joinFields(c.fields)))))) {
        for (const child of entry.children) this.add('practices', child.fields, label);
        continue;
      }
      if (entry.fields.length > 0) this.add(kind, entry.fields);
      this.entries(entry.children, kind);
    }
  }

  table(header: string[] | null, rows: string[][], kind: ListKind): void {
    const lower = (header ?? []).map((h) => h.toLowerCase());
    const nameAt = Math.max(0, lower.findIndex((h) => /\b(?:name|practice|surgery)\b/.test(h) && !/code/.test(h)));
    const groupAt = kind === 'practices' ? lower.findIndex((h) => /^(?:pcn|pcn name|primary care network|network)$/.test(h)) : -1;
    for (const row of rows) {
      const name = row[nameAt] ?? '';
      const others = row.filter((_, i) => i !== nameAt && i !== groupAt).filter((c) => c !== '');
      const group = groupAt >= 0 ? cleanItem(row[groupAt] ?? '') || null : this.group;
      if (name !== '') this.add(kind, [name, ...others], group);
    }
  }

  cards(cards: Card[], kind: ListKind): void {
    for (const card of cards) {
      const details =
        kind === 'people' ? card.lines.slice(0, 1).filter((l) => isShortLine(l))
        : kind === 'practices' ? card.lines.filter((l) => UK_POSTCODE.test(l)).slice(0, 1)
        : [];
      this.add(kind, [card.title, ...details]);
    }
  }

  /** Lines aligned in columns with gaps of spaces: a text "table", maybe with a header row. */
  alignedRows(lines: TextLine[], kind: ListKind | null): void {
    const first = lines[0]!;
    const header = isHeaderRow(first.cells) ? first.cells : null;
    const rowsKind = (header ? classifyHeaderRow(header) : null) ?? kind;
    if (!rowsKind) return;
    const rows = (header ? lines.slice(1) : lines).map((l) => l.cells);
    this.table(header, rows, rowsKind);
  }

  textRun(blocks: TextLine[][], kind: ListKind | null): void {
    const used = blocks.map((lines) => lines.map(() => false));
    this.findAlignedRuns(blocks, used, kind);
    let shortRun: string[] = [];
    // Short one-line paragraphs in a row are a list under a heading that names one; a lone one under a people
    // heading may be a person; otherwise they are read as sentences ("Our chair is Dr Jane Smith").
    const flushShortRun = () => {
      for (const line of shortRun) {
        if (kind && shortRun.length >= 2) this.add(kind, [line]);
        else if (kind === 'people' && looksLikePersonLine(line)) this.add(kind, [line]);
        else this.prose(line, kind);
      }
      shortRun = [];
    };
    blocks.forEach((lines, b) => {
      const free = lines.filter((_, i) => !used[b]![i]);
      if (free.length === 0) return;
      // "Our services:" on the first line of a paragraph names the lines below it.
      let lineKind = kind;
      if (free.length >= 2 && /:$/.test(free[0]!.text)) {
        lineKind = classifyLeadIn(free[0]!.text) ?? kind;
        if (lineKind) free.shift();
      }
      const separated = free.length === 1 ? free[0]!.text.split(INLINE_SEPARATOR) : [];
      if (lineKind && separated.length >= 2 && separated.every((part) => part.length <= 80)) {
        flushShortRun();
        for (const part of separated) this.add(lineKind, [part]);
        return;
      }
      if (lineKind && free.length >= 2 && free.every((l) => isShortLine(l.text))) {
        flushShortRun();
        for (const line of free) this.add(lineKind, [line.text]);
        return;
      }
      if (free.length === 1 && isShortLine(free[0]!.text)) {
        shortRun.push(free[0]!.text);
        return;
      }
      flushShortRun();
      this.prose(free.map((l) => l.text).join(' '), lineKind);
    });
    flushShortRun();
  }

  private findAlignedRuns(blocks: TextLine[][], used: boolean[][], kind: ListKind | null): void {
    const flat = blocks.flatMap((lines, b) => lines.map((line, i) => ({ line, b, i })));
    let start = 0;
    while (start < flat.length) {
      let end = start;
      while (end < flat.length && flat[end]!.line.cells.length >= 2) end++;
      if (end - start >= 2) {
        const run = flat.slice(start, end);
        this.alignedRows(run.map((r) => r.line), kind);
        for (const r of run) used[r.b]![r.i] = true;
      }
      start = end + 1;
    }
  }

  prose(text: string, kind: ListKind | null): void {
    for (const list of servicesInProse(text, kind)) for (const item of list.items) this.add(list.kind, [item]);
    for (const person of peopleInProse(text)) this.add('people', person);
    if (kind === 'practices' || kind === 'pcns') for (const name of namesInProse(text, kind)) this.add(kind, [name]);
  }
}

function looksLikePersonLine(line: string): boolean {
  const person = personFields(splitOnSpacedDashes(line));
  return person !== null && isPersonName(person[0]!) && (person.length > 1 || !isRoleLike(line));
}

/** A text block ending "…:" just above a list names what the list is when the heading does not. */
function leadInKind(previous: Block | undefined): ListKind | null {
  if (previous?.type !== 'text') return null;
  const last = previous.lines[previous.lines.length - 1]?.text ?? '';
  return /:$/.test(last) ? classifyLeadIn(last) : null;
}

/** Items from a section's blocks. `kind` comes from the heading (or an enclosing one); `group` is a PCN heading above. */
export function itemsFromBlocks(blocks: Block[], kind: ListKind | null, group: string | null): FoundItem[] {
  const collector = new ItemCollector(group);
  let textRun: TextLine[][] = [];
  const flushText = () => {
    if (textRun.length > 0) collector.textRun(textRun, kind);
    textRun = [];
  };
  blocks.forEach((block, i) => {
    if (block.type === 'text') {
      textRun.push(block.lines);
      return;
    }
    flushText();
    if (block.type === 'heading') return;
    const leadIn = leadInKind(blocks[i - 1]);
    // A lead-in may narrow a services heading to "in development"; otherwise the heading decides.
    const listKind = leadIn === 'services-in-development' && kind === 'services' ? leadIn : (kind ?? leadIn);
    if (block.type === 'table') {
      const headerKind = block.header ? classifyHeaderRow(block.header) : null;
      const tableKind = headerKind ?? listKind;
      if (tableKind) collector.table(block.header, block.rows, tableKind);
    } else if (block.type === 'list') {
      if (listKind) collector.entries(block.entries, listKind);
    } else if (block.type === 'cards') {
      if (listKind) collector.cards(block.cards, listKind);
    }
  });
  flushText();
  return collector.found;
}

/** Whether a section holds list-like content of its own (not only sentences). */
export function hasStructuredContent(blocks: Block[]): boolean {
  return blocks.some((b) => b.type === 'list' || b.type === 'table' || b.type === 'cards' || (b.type === 'text' && b.lines.some((l) => l.cells.length >= 2)));
}
