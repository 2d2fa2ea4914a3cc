import { createElement, StrictMode, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';

/**
 * Renders an extension page's app into its #root. With `now`, the first render runs at once rather than
 * waiting for React's scheduler (the popup has its data already). With `hydrate`, React takes over the
 * nodes already in #root (the popup's first frame), which its first render must match. Kept out of the
 * pages' entry modules so that they stay a few lines that import only this bundle's own modules (see
 * wxt.config.ts).
 */
export function renderPage<P extends object>(App: ComponentType<P>, props: P, options: { now?: boolean; hydrate?: boolean } = {}): void {
  const container = document.getElementById('root')!;
  const app = createElement(StrictMode, null, createElement(App, props));
  if (options.hydrate) {
    hydrateRoot(container, app);
    return;
  }
  const root = createRoot(container);
  const render = () => root.render(app);
  if (options.now) flushSync(render);
  else render();
}
