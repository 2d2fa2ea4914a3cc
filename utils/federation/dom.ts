/**
 * Reading text out of a page the way a reader sees it, with only the DOM that Chromium, happy-dom and linkedom
 * share: childNodes, children, textContent, getAttribute, querySelector(All). (No innerText, no :scope, no
 * getElementsByTagName('*'): linkedom 0.18 differs there.)
 */
import { cleanText } from './text';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

export function elementChildren(el: Element): Element[] {
  return Array.from(el.children ?? []);
}

const NEVER_READ = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'svg', 'canvas', 'iframe', 'object',
  'select', 'option', 'textarea', 'input', 'nav', 'footer', 'aside', 'dialog', 'img', 'video',
  'audio', 'map', 'picture',
]);
// <form> is not skipped: some CMSs wrap the whole page in one. Nor is <button>: accordions put headings in them.
// Not plain "hidden": utility CSS writes "hidden md:block" for content shown on wider screens.
const HIDDEN_CLASSES = ['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'govuk-visually-hidden'];
// Site chrome that repeats on every page: its "Our services" / "Our practices" links are not lists to clip.
const CHROME_CLASS = /^(?:.*[-_])?(?:menu|menus|nav|navbar|navigation|breadcrumbs?|cookies?|cookie-banner|skip-link|social|share|sharing|footer|sidebar)(?:[-_].*)?$/;

function classTokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/).filter((t) => t !== '');
}

export function hasClassMatching(el: Element, pattern: RegExp): boolean {
  return classTokens(el).some((token) => pattern.test(token));
}

/** Elements a reader does not see as page content: scripts, hidden text, navigation, site header and footer. */
export function isSkipped(el: Element): boolean {
  const tag = tagOf(el);
  if (NEVER_READ.has(tag)) return true;
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return true;
  const classes = classTokens(el);
  if (classes.some((c) => HIDDEN_CLASSES.includes(c))) return true;
  if (tag !== 'body' && tag !== 'main' && classes.some((c) => CHROME_CLASS.test(c))) return true;
  // The site header (logo and menu), not an article's own header with its title.
  if (tag === 'header' && el.querySelector('nav, [role="navigation"]') !== null) return true;
  return false;
}

const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'font', 'del', 'ins', 'img',
]);

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(tagOf(el));
}

export function isHeadingTag(tag: string): boolean {
  return /^h[1-6]$/.test(tag);
}

function collect(node: Node, parts: string[], skip: (el: Element) => boolean): void {
  for (const child of Array.from(node.childNodes ?? [])) {
    if (child.nodeType === TEXT_NODE) {
      parts.push(child.textContent ?? '');
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      if (isSkipped(el) || skip(el)) continue;
      const block = !isInline(el) || tagOf(el) === 'br';
      if (block) parts.push(' ');
      collect(el, parts, skip);
      if (block) parts.push(' ');
    }
  }
}

/** Visible, whitespace-normalised text of an element; '' when it shows none. Block boundaries become spaces. */
export function textOf(el: Element | null | undefined, skip: (el: Element) => boolean = () => false): string {
  if (!el) return '';
  const parts: string[] = [];
  collect(el, parts, skip);
  return cleanText(parts.join(''));
}

/** One rendered line of a paragraph: its text and whether it is all bold (a heading set in <strong>). */
export interface TextLine {
  /** Whitespace-normalised text. */
  text: string;
  /** The line split at gaps of two or more rendered spaces (text aligned in columns); one cell when there are none. */
  cells: string[];
  bold: boolean;
}

interface Segment {
  text: string;
  bold: boolean;
}

function segmentsOf(nodes: Node[], bold: boolean, pre: boolean, out: Segment[][], skip: (el: Element) => boolean): void {
  for (const node of nodes) {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (pre) {
        const lines = text.split(/\r?\n/);
        lines.forEach((line, i) => {
          if (i > 0) out.push([]);
          out[out.length - 1]!.push({ text: line, bold });
        });
      } else {
        out[out.length - 1]!.push({ text, bold });
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (isSkipped(el) || skip(el)) continue;
      const tag = tagOf(el);
      if (tag === 'br') {
        out.push([]);
        continue;
      }
      const block = !isInline(el);
      if (block) out.push([]);
      segmentsOf(Array.from(el.childNodes ?? []), bold || tag === 'strong' || tag === 'b', pre || tag === 'pre', out, skip);
      if (block) out.push([]);
    }
  }
}

/**
 * The rendered lines of a run of inline content (a paragraph's children): <br> and block children start new
 * lines. Outside <pre>, ordinary whitespace collapses as a browser collapses it, while no-break spaces keep
 * their width, so "Name&nbsp;&nbsp;&nbsp; Role" still shows its column gap.
 */
export function linesOf(nodes: Node[], pre = false, skip: (el: Element) => boolean = () => false): TextLine[] {
  const raw: Segment[][] = [[]];
  segmentsOf(nodes, false, pre, raw, skip);
  const lines: TextLine[] = [];
  for (const segments of raw) {
    const visible = segments.filter((s) => s.text.replace(/[\s\u00a0]/g, '') !== '');
    if (visible.length === 0) continue;
    let joined = segments.map((s) => s.text).join('');
    // Browsers collapse runs of ordinary whitespace; in <pre> a tab or two spaces are already a column gap.
    joined = pre ? joined.replace(/\t/g, '  ') : joined.replace(/[ \t\r\n\f]+/g, ' ');
    const cells = joined
      .split(/[ \u00a0]{2,}/)
      .map(cleanText)
      .filter((cell) => cell !== '');
    const text = cleanText(joined);
    if (text === '') continue;
    lines.push({ text, cells: cells.length > 0 ? cells : [text], bold: visible.every((s) => s.bold) });
  }
  return lines;
}
