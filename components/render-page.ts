import { createElement, StrictMode, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * Renders an extension page's app into its #root. With `now`, the first render runs at once rather than
 * waiting for React's scheduler (the popup has its data already). Kept out of the pages' entry modules so
 * that they stay a few lines that import only this bundle's own modules (see wxt.config.ts).
 */
export function renderPage<P extends object>(App: ComponentType<P>, props: P, options: { now?: boolean } = {}): void {
  const root = createRoot(document.getElementById('root')!);
  const render = () => root.render(createElement(StrictMode, null, createElement(App, props)));
  if (options.now) flushSync(render);
  else render();
}
