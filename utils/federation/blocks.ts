/**
 * A page's content as a flat sequence of blocks in reading order: headings, lists, tables, card grids and
 * paragraphs of text lines. Later steps never look at the DOM again, so layout quirks are handled here once.
 */
import {
  ELEMENT_NODE, TEXT_NODE, elementChildren, hasClassMatching, isHeadingTag, isInline, isSkipped, linesOf, tagOf, textOf,
  type TextLine,
} from './dom';
import { classifyHeading } from './classify';
import { cleanText } from './text';

export interface ListEntry {
  /** The entry's parts in page order (name, then details); see types.ts for how they are joined. */
  fields: string[];
  /** A nested list under the entry ("North PCN" with its practices). */
  children: ListEntry[];
}

export interface Card {
  title: string;
  /** Text of the card below its title, one entry per line or block. */
  lines: string[];
}

/** Level given to a bold paragraph or a "title" element acting as a heading: below every h1–h6. */
export const PSEUDO_HEADING_LEVEL = 7;

export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'list'; entries: ListEntry[] }
  | { type: 'table'; header: string[] | null; rows: string[][] }
  | { type: 'cards'; cards: Card[] }
  | { type: 'text'; lines: TextLine[] };

const BLOCK_INSIDE_INLINE = 'div, p, h1, h2, h3, h4, h5, h6, ul, ol, table, section, article, dl';
const TITLE_CLASS = /(?:^|[-_])(?:title|name|heading)(?:[-_]|$)/;
const HEADING_CLASS = /(?:^|[-_])(?:title|heading)(?:[-_]|$)/;
// Field-like children of a list item: "<span class=name>Jo</span> <span class=role>CEO</span>".
const FIELD_TAGS = new Set(['span', 'div', 'p', 'strong', 'b', 'em', 'i', 'small', 'a', 'h2', 'h3', 'h4', 'h5', 'h6', 'time', 'cite']);
const SEPARATORS_ONLY = /^[\s\u00a0,;:|·•/\-–—]*$/;
const LEADING_SEPARATOR = /^[\s\u00a0]*[,;:|\-–—]/;
const MAX_HEADING_LENGTH = 100;
// Longer parts of a list item or card are descriptions (a biography), not details worth a clip.
const MAX_FIELD_LENGTH = 150;
// A box with more text than this is a page section with a heading, not a card.
const MAX_CARD_LENGTH = 600;

function isBlockLike(el: Element): boolean {
  return !isInline(el) || el.querySelector(BLOCK_INSIDE_INLINE) !== null;
}

function nodesText(nodes: Node[]): string {
  return linesOf(nodes).map((line) => line.text).join(' ');
}

function meaningful(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return cleanText(node.textContent ?? '') !== '';
  return node.nodeType === ELEMENT_NODE && !isSkipped(node as Element) && textOf(node as Element) !== '';
}

/** The parts of one list item: separate elements, a bold label and its text, or a link and ", address". */
function entryFields(nodes: Node[]): string[] {
  const present = nodes.filter(meaningful);
  const elements = present.filter((n): n is Element => n.nodeType === ELEMENT_NODE);
  const directText = present.filter((n) => n.nodeType === TEXT_NODE).map((n) => n.textContent ?? '').join('');
  if (elements.length >= 2 && SEPARATORS_ONLY.test(directText) && elements.every((el) => FIELD_TAGS.has(tagOf(el)))) {
    return keepShortDetails(elements.map((el) => textOf(el)));
  }
  const first = present[0];
  if (first && first.nodeType === ELEMENT_NODE && present.length > 1) {
    const tag = tagOf(first as Element);
    const restNodes = present.slice(1);
    const restRaw = restNodes.map((n) => n.textContent ?? '').join('');
    const rest = nodesText(restNodes);
    const label = textOf(first as Element);
    if (rest !== '' && (tag === 'strong' || tag === 'b')) return keepShortDetails([label, rest]);
    if (rest !== '' && ['a', 'span', 'em', 'i'].includes(tag) && LEADING_SEPARATOR.test(restRaw)) return keepShortDetails([label, rest]);
  }
  // "Eastgate Surgery<br>1 High St<br>EX1 1AA": the first line names the entry, the rest is its detail.
  const lines = linesOf(nodes).map((line) => line.text);
  if (lines.length > 1) return keepShortDetails([lines[0]!, lines.slice(1).join(', ')]);
  return lines.length === 1 ? [lines[0]!] : [];
}

function keepShortDetails(fields: string[]): string[] {
  const [name, ...details] = fields.map(cleanText).filter((f) => f !== '');
  if (name === undefined) return [];
  return [name, ...details.filter((d) => d.length <= MAX_FIELD_LENGTH)];
}

function listEntries(list: Element): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const li of elementChildren(list)) {
    if (tagOf(li) !== 'li' || isSkipped(li)) continue;
    const nested = elementChildren(li).filter((c) => (tagOf(c) === 'ul' || tagOf(c) === 'ol') && !isSkipped(c));
    const own = Array.from(li.childNodes ?? []).filter((n) => !(n.nodeType === ELEMENT_NODE && nested.includes(n as Element)));
    const fields = entryFields(own);
    const children = nested.flatMap(listEntries);
    if (fields.length > 0 || children.length > 0) entries.push({ fields, children });
  }
  return entries;
}

function definitionEntries(dl: Element): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const el of Array.from(dl.querySelectorAll('dt, dd'))) {
    const text = textOf(el);
    if (text === '') continue;
    if (tagOf(el) === 'dt' || entries.length === 0) entries.push({ fields: [text], children: [] });
    else entries[entries.length - 1]!.fields.push(text);
  }
  return entries.map((e) => ({ fields: keepShortDetails(e.fields), children: [] }));
}

function tableBlock(table: Element): Block | null {
  let header: string[] | null = null;
  const rows: string[][] = [];
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    const cellEls = elementChildren(tr).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th');
    const cells = cellEls.map((c) => textOf(c));
    if (cells.every((c) => c === '')) continue;
    const inHead = tagOf(tr.parentElement ?? tr) === 'thead';
    if (header === null && rows.length === 0 && (inHead || cellEls.every((c) => tagOf(c) === 'th'))) header = cells;
    else rows.push(cells);
  }
  return rows.length > 0 ? { type: 'table', header, rows } : null;
}

function cardOf(el: Element): Card | null {
  if (isSkipped(el) || isHeadingTag(tagOf(el)) || el.querySelector('ul, ol, table, dl') !== null) return null;
  const headings = Array.from(el.querySelectorAll('h2, h3, h4, h5, h6'));
  let title: Element | undefined;
  if (headings.length === 1) title = headings[0];
  else if (headings.length === 0) {
    title = Array.from(el.querySelectorAll('[class]')).find((c) => hasClassMatching(c, TITLE_CLASS) && textOf(c) !== '');
  }
  if (!title) return null;
  const titleText = textOf(title);
  if (titleText === '' || titleText.length > MAX_HEADING_LENGTH || textOf(el).length > MAX_CARD_LENGTH) return null;
  const lines = linesOf(Array.from(el.childNodes ?? []), false, (e) => e === title)
    .map((line) => line.text)
    .filter((line) => line.length <= MAX_FIELD_LENGTH && !/^(?:read|learn|find out|see|view)\b.*\bmore\b/i.test(line));
  return { title: titleText, lines };
}

function classTokensOf(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter((t) => t !== '');
}

/** Look-alike boxes: the same tag and a shared class (articles need no class). */
function looksAlike(first: Element, other: Element): boolean {
  if (tagOf(first) !== tagOf(other)) return false;
  if (tagOf(first) === 'article') return true;
  const otherTokens = classTokensOf(other);
  return classTokensOf(first).some((token) => otherTokens.includes(token));
}

/**
 * The run of look-alike titled boxes (service tiles, team cards) starting at nodes[start], with only whitespace
 * between them. Boxes must share a tag and a class so that a page's ordinary sections, each with its own
 * heading, are not taken for cards.
 */
function cardRun(nodes: Node[], start: number): { cards: Card[]; end: number } {
  const first = nodes[start] as Element;
  const firstCard = tagOf(first) === 'li' ? null : cardOf(first);
  if (!firstCard) return { cards: [], end: start };
  const cards = [firstCard];
  let end = start;
  for (let j = start + 1; j < nodes.length; j++) {
    const node = nodes[j]!;
    if (node.nodeType === TEXT_NODE && cleanText(node.textContent ?? '') === '') continue;
    if (node.nodeType !== ELEMENT_NODE) break;
    if (isSkipped(node as Element)) continue;
    const card = looksAlike(first, node as Element) ? cardOf(node as Element) : null;
    if (!card) break;
    cards.push(card);
    end = j;
  }
  return { cards, end };
}

/**
 * Boxes titled "Our services", "Our board", "Our practices" are a page builder's sections, not one card grid:
 * their headings must stay headings.
 */
function isOneGrid(cards: Card[]): boolean {
  return new Set(cards.map((c) => classifyHeading(c.title)).filter((kind) => kind !== null)).size <= 1;
}

class BlockReader {
  readonly blocks: Block[] = [];

  readChildren(el: Element): void {
    const nodes = Array.from(el.childNodes ?? []);
    let inline: Node[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.nodeType === ELEMENT_NODE) {
        const child = node as Element;
        if (isSkipped(child)) continue;
        if (isBlockLike(child)) {
          this.readInline(inline);
          inline = [];
          const run = cardRun(nodes, i);
          if (run.cards.length >= 2 && isOneGrid(run.cards)) {
            this.blocks.push({ type: 'cards', cards: run.cards });
            i = run.end;
          } else this.readBlock(child);
          continue;
        }
      }
      inline.push(node);
    }
    this.readInline(inline);
  }

  /** A paragraph's lines; a first line all in bold acts as the heading of what follows. */
  readInline(nodes: Node[], pre = false): void {
    if (nodes.length === 0) return;
    const lines = linesOf(nodes, pre);
    const first = lines[0];
    if (!first) return;
    if (!pre && first.bold && looksLikeHeading(first.text)) {
      this.heading(PSEUDO_HEADING_LEVEL, first.text);
      lines.shift();
    }
    if (lines.length > 0) this.blocks.push({ type: 'text', lines });
  }

  heading(level: number, text: string): void {
    const clean = cleanText(text).replace(/\s*:$/, '');
    if (clean !== '') this.blocks.push({ type: 'heading', level, text: clean });
  }

  readBlock(el: Element): void {
    const tag = tagOf(el);
    if (isHeadingTag(tag)) {
      this.heading(Number(tag.slice(1)), textOf(el));
      return;
    }
    if (tag === 'summary') {
      // <details><summary>North PCN</summary><ul>…</ul></details>: an accordion's title heads what it opens.
      this.heading(PSEUDO_HEADING_LEVEL, textOf(el));
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      const items = elementChildren(el).filter((c) => tagOf(c) === 'li');
      // List items each with a heading inside are cards (team members, service tiles).
      const cards = items.filter((li) => li.querySelector('h2, h3, h4, h5, h6') !== null).length >= 2 ? items.map(cardOf) : [];
      if (cards.length >= 2 && cards.every((c) => c !== null) && isOneGrid(cards as Card[])) this.blocks.push({ type: 'cards', cards: cards as Card[] });
      else {
        const entries = listEntries(el);
        if (entries.length > 0) this.blocks.push({ type: 'list', entries });
      }
      return;
    }
    if (tag === 'dl') {
      const entries = definitionEntries(el);
      if (entries.length > 0) this.blocks.push({ type: 'list', entries });
      return;
    }
    if (tag === 'table') {
      // A table used for page layout holds headings or lists: read inside it instead.
      if (el.querySelector('table, h1, h2, h3, h4, h5, h6, ul, ol') !== null) this.readChildren(el);
      else {
        const block = tableBlock(el);
        if (block) this.blocks.push(block);
      }
      return;
    }
    if (tag === 'p' || tag === 'pre') {
      if (tag === 'p' && hasClassMatching(el, HEADING_CLASS) && looksLikeHeading(textOf(el))) this.heading(PSEUDO_HEADING_LEVEL, textOf(el));
      else this.readInline(Array.from(el.childNodes ?? []), tag === 'pre');
      return;
    }
    if (hasClassMatching(el, HEADING_CLASS) && !elementChildren(el).some(isBlockLike) && looksLikeHeading(textOf(el))) {
      this.heading(PSEUDO_HEADING_LEVEL, textOf(el));
      return;
    }
    this.readChildren(el);
  }
}

function looksLikeHeading(text: string): boolean {
  return text.length > 0 && text.length <= MAX_HEADING_LENGTH && text.split(' ').length <= 12 && !/[.,;]$/.test(text);
}

/** The blocks of an element's content, in reading order. */
export function readBlocks(root: Element): Block[] {
  const reader = new BlockReader();
  reader.readChildren(root);
  return reader.blocks;
}
