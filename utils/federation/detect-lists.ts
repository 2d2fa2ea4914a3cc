/**
 * Finds the lists a rep would clip from a federation web page: services, services in development, member
 * practices (with their PCN when the page groups them), PCNs and people, plus the headline counts in its text.
 *
 * Pure and DOM-only (runs in a content script, an offscreen document, happy-dom and linkedom alike); never
 * throws: an odd page gives fewer lists and a warning.
 */
import { hasStructuredContent, itemFromFields, itemsFromBlocks, type FoundItem } from './block-items';
import { readBlocks, type Block } from './blocks';
import { classifyHeading, isPcnName, looksLikePractice, type ListKind } from './classify';
import { readHeadlineCounts } from './counts';
import { isRoleLike } from './people';
import { ListCollector } from './list-collector';
import { buildSections, type Section } from './sections';
import { cleanText } from './text';
import type { DetectedLists } from './types';

export type { DetectedList, DetectedLists, HeadlineCounts } from './types';

interface Context {
  inherited: ListKind | null;
  group: string | null;
  owner: Section;
}

const KIND_NAMES: Record<ListKind, string> = {
  services: 'services',
  'services-in-development': 'services in development',
  practices: 'practices',
  pcns: 'PCNs',
  people: 'people',
};

function contentRoot(doc: Document): Element | null {
  // linkedom's `body` getter throws on a document without an <html> element.
  const read = (get: () => Element | null | undefined) => {
    try {
      return get() ?? null;
    } catch {
      return null;
    }
  };
  return read(() => doc.querySelector('main, [role="main"]')) ?? read(() => doc.body) ?? read(() => doc.documentElement);
}

/** What the page as a whole is about, from its <title> or address: names the lists above its first heading. */
function pageKind(doc: Document, url: string): ListKind | null {
  let title = '';
  try {
    title = cleanText(doc.querySelector('title')?.textContent ?? '').split(/\s+[|–—-]\s+/)[0] ?? '';
  } catch {
    title = '';
  }
  let path = '';
  try {
    path = decodeURIComponent(new URL(url).pathname.split('/').filter((s) => s !== '').pop() ?? '').replace(/[-_]+/g, ' ');
  } catch {
    path = '';
  }
  return classifyHeading(title) ?? classifyHeading(path);
}

function mostlyPractices(found: FoundItem[]): boolean {
  return found.length > 0 && found.filter((f) => looksLikePractice(f.text)).length * 2 >= found.length;
}

/** A heading per item ("Enhanced access" + its paragraph, a person's name + their bio): the sub-headings are the list. */
function subheadingItems(section: Section, kind: ListKind): FoundItem[] | null {
  const children = section.children;
  if (children.length < 2 || hasStructuredContent(section.blocks)) return null;
  // A sub-heading may itself sound like the kind ("Extended access" under "Our services"), not like another one.
  const itemLike = children.every((c) => {
    const own = classifyHeading(c.heading);
    return c.children.length === 0 && (own === null || own === kind) && !isPcnName(c.heading) && !hasStructuredContent(c.blocks);
  });
  if (!itemLike) return null;
  return children.flatMap((child) => {
    const fields = [child.heading ?? ''];
    if (kind === 'people') {
      const first = child.blocks.find((b) => b.type === 'text')?.lines[0]?.text.split(/(?<=\.)\s/)[0]?.replace(/\.$/, '');
      if (first && first.length <= 80 && isRoleLike(first)) fields.push(first);
    }
    const text = itemFromFields(fields, kind);
    return text === null ? [] : [{ kind, text, group: null }];
  });
}

class ListDetector {
  readonly collector = new ListCollector();
  readonly warnings: string[] = [];

  section(section: Section, context: Context): void {
    const before = this.collector.count;
    try {
      this.read(section, context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.warnings.push(`part of the page under “${section.heading ?? 'the top'}” could not be read (${cleanText(reason).slice(0, 120)})`);
    }
    const own = section.level > 0 ? classifyHeading(section.heading) : null;
    if (own && !isPcnName(section.heading) && this.collector.count === before) {
      this.warnings.push(`no ${KIND_NAMES[own]} listed under “${section.heading}”`);
    }
  }

  private read(section: Section, context: Context): void {
    const heading = section.heading;
    if (isPcnName(heading)) {
      this.pcnSection(section, context);
      return;
    }
    const kind = classifyHeading(heading) ?? context.inherited;
    const found = itemsFromBlocks(section.blocks, kind, context.group);
    this.collector.add(section, heading, found);
    // Not for the page itself: a kind guessed from its <title> is too weak to make every heading an item.
    const asItems = kind && section.level > 0 ? subheadingItems(section, kind) : null;
    if (asItems) {
      this.collector.add(section, heading, asItems.map((item) => ({ ...item, group: context.group })));
      return;
    }
    // The page's own subject (from its title) names only what sits above its first heading.
    const inherited = section.level === 0 ? null : kind;
    for (const child of section.children) this.section(child, { inherited, group: context.group, owner: section });
  }

  /**
   * A heading naming one PCN: what is under it belongs to that PCN (its member practices, usually) and joins
   * the list of the heading above, with the PCN as the items' group.
   */
  private pcnSection(section: Section, context: Context): void {
    const group = section.heading;
    const { owner, inherited } = context;
    let kind: ListKind | null = inherited === 'practices' || inherited === 'pcns' ? 'practices' : inherited;
    let found = itemsFromBlocks(section.blocks, kind ?? 'practices', group);
    if (kind === null) {
      if (mostlyPractices(found)) kind = 'practices';
      else found = itemsFromBlocks(section.blocks, null, group);
    }
    this.collector.add(owner, owner.heading, found);
    for (const child of section.children) this.section(child, { inherited: kind, group, owner });
  }
}

function countTexts(blocks: Block[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'heading':
        return [block.text];
      case 'text':
        return [block.lines.map((l) => l.text).join(' ')];
      case 'list':
        return block.entries.map((e) => e.fields.join(' '));
      case 'table':
        return block.rows.map((r) => r.join(' '));
      case 'cards':
        return block.cards.map((c) => [c.title, ...c.lines].join(' '));
    }
  });
}

/** The clippable lists and headline counts of a federation web page (see the module comment). */
export function detectClipLists(doc: Document, url: string): DetectedLists {
  const warnings: string[] = [];
  const root = contentRoot(doc);
  if (!root) return { lists: [], counts: {}, warnings: ['the page has no content to read'] };
  let blocks: Block[] = [];
  try {
    blocks = readBlocks(root);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { lists: [], counts: {}, warnings: [`the page could not be read (${cleanText(reason).slice(0, 120)})`] };
  }
  const tree = buildSections(blocks);
  const detector = new ListDetector();
  detector.section(tree, { inherited: pageKind(doc, url), group: null, owner: tree });
  let counts = {};
  try {
    counts = readHeadlineCounts(countTexts(blocks), warnings);
  } catch {
    warnings.push('the headline counts could not be read');
  }
  return { lists: detector.collector.lists(), counts, warnings: [...warnings, ...detector.warnings] };
}
