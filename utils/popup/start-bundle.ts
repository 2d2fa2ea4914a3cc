/**
 * Starting the popup's bundle from its first-read script. In the built popup.html the bundle's entry is
 * preloaded (`<link rel="modulepreload" data-popup-bundle>`, see wxt.config.ts) rather than run: fetched
 * and compiled alongside the first read, and evaluated only once the script starts it. Evaluating React
 * and Dexie takes tens of milliseconds, which would otherwise hold back the frame that shows the verdict.
 */

/** The attribute marking the popup bundle's preload link. */
export const POPUP_BUNDLE_ATTRIBUTE = 'data-popup-bundle';

/**
 * Imports the popup's bundle, once; false when the page has no preload link for it (a dev build runs it
 * itself). Should the bundle fail to load, the popup says so rather than showing a first frame that never
 * comes to life; the promise resolves either way.
 */
export function startPopupBundle(doc: Document): Promise<void> | false {
  const link = doc.querySelector<HTMLLinkElement>(`link[${POPUP_BUNDLE_ATTRIBUTE}]`);
  if (!link) return false;
  link.removeAttribute(POPUP_BUNDLE_ATTRIBUTE);
  return import(/* @vite-ignore */ link.href).then(
    () => undefined,
    (error: unknown) => showStartFailure(doc, error),
  );
}

function showStartFailure(doc: Document, error: unknown): void {
  console.error('ICS Scout: the popup could not start', error);
  const root = doc.getElementById('root') ?? doc.body;
  root.querySelector('[aria-busy]')?.setAttribute('aria-busy', 'false');
  const message = doc.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'p-3 text-sm text-red-700 dark:text-red-400';
  message.textContent = `ICS Scout could not start (${error instanceof Error ? error.message : String(error)}). Close the popup and open it again; if this persists, reload the extension.`;
  root.appendChild(message);
}

/**
 * Resolves once the browser has painted the next frame (a task queued from requestAnimationFrame runs after
 * that frame), or after `fallbackMs` in a page that is not being painted (hidden).
 */
export function afterNextPaint(win: Window, fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    win.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
