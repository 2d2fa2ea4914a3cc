import { createElement, type ReactNode } from 'react';
import type { ViewChild } from './view-tree';

// HTML attribute names React spells differently; every other attribute (aria-*, data-*, elementtiming)
// passes through under its own name.
const REACT_NAMES: Record<string, string> = { class: 'className', for: 'htmlFor', tabindex: 'tabIndex' };

/** React elements for a view tree (view-tree.ts): the same nodes the first-read script builds. */
export function reactFromView(view: ViewChild): ReactNode {
  if (typeof view === 'string') return view;
  const props: Record<string, string> = {};
  for (const [name, value] of Object.entries(view.attrs)) props[REACT_NAMES[name] ?? name] = value;
  // Children as arguments, not an array: their order is fixed, so React needs no keys.
  return createElement(view.tag, props, ...view.children.map(reactFromView));
}
