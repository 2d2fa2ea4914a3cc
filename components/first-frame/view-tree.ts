/**
 * Markup as data: a tiny element tree that two renderers share. React renders it in the extension's pages
 * (react-view.ts); the popup's first-read script, which runs before React has loaded, turns it into DOM
 * nodes itself (domFromView below) so that the company and its verdict are on screen in the first frame.
 * React then hydrates those very nodes. One definition of the markup keeps the two identical.
 *
 * Attributes use their HTML names (`class`, `aria-label`), and every value is set as an attribute or a
 * text node: nothing here is parsed as HTML, so captured or clipped text stays text.
 */
export interface ViewNode {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  children: readonly ViewChild[];
}
export type ViewChild = ViewNode | string;

/** Children as written: nested lists, and null/false/undefined/'' for "nothing here". */
type ChildInput = ViewChild | null | false | undefined | readonly ChildInput[];

const WEB_ADDRESS = /^https?:\/\//i;

/** An http(s) address: the only kind a view tree links to. */
export function isWebAddress(url: string): boolean {
  return WEB_ADDRESS.test(url);
}

/**
 * An element. Adjacent strings are joined into one text node, so that both renderers produce the same
 * nodes (React would otherwise give each string its own text node, and the DOM the parser's merged one).
 */
export function h(tag: string, attrs: Record<string, string | undefined | false> | null, ...children: ChildInput[]): ViewNode {
  const set: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value !== 'string') continue;
    // Links come from stored records (an imported file can hold anything): only web addresses become links.
    // React would block a javascript: URL when it renders, but not when it hydrates the first frame.
    if (name === 'href' && !isWebAddress(value)) continue;
    set[name] = value;
  }
  const flat: ViewChild[] = [];
  const add = (child: ChildInput) => {
    if (child === null || child === false || child === undefined || child === '') return;
    if (Array.isArray(child)) return (child as readonly ChildInput[]).forEach(add);
    const last = flat[flat.length - 1];
    if (typeof child === 'string' && typeof last === 'string') flat[flat.length - 1] = last + child;
    else flat.push(child as ViewChild);
  };
  children.forEach(add);
  return { tag, attrs: set, children: flat };
}

/** DOM nodes for `view`, made with createElement, setAttribute and text nodes only. */
export function domFromView(view: ViewChild, doc: Document): Node {
  if (typeof view === 'string') return doc.createTextNode(view);
  const element = doc.createElement(view.tag);
  for (const [name, value] of Object.entries(view.attrs)) element.setAttribute(name, value);
  for (const child of view.children) element.appendChild(domFromView(child, doc));
  return element;
}
