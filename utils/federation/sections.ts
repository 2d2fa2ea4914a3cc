/** Blocks grouped under their headings: an h3 sits inside the h2 before it, as a reader understands the page. */
import type { Block } from './blocks';

export interface Section {
  heading: string | null;
  /** 0 for the page itself, 1–6 for h1–h6, 7 for bold paragraphs acting as headings. */
  level: number;
  /** Content between this heading and the next heading of any level. */
  blocks: Block[];
  children: Section[];
}

export function buildSections(blocks: Block[]): Section {
  const root: Section = { heading: null, level: 0, blocks: [], children: [] };
  const open: Section[] = [root];
  for (const block of blocks) {
    if (block.type === 'heading') {
      while (open.length > 1 && open[open.length - 1]!.level >= block.level) open.pop();
      const section: Section = { heading: block.text, level: block.level, blocks: [], children: [] };
      open[open.length - 1]!.children.push(section);
      open.push(section);
    } else {
      open[open.length - 1]!.blocks.push(block);
    }
  }
  return root;
}
