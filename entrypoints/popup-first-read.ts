import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showPopupFirstFrame } from '../components/first-frame/popup-first-frame';
import { FIRST_READ_GLOBAL, FIRST_READ_WAIT_MS, readPopupFirst, type FirstReadHandoff } from '../utils/popup/first-read';
import { afterNextPaint, startPopupBundle } from '../utils/popup/start-bundle';
import { targetFromSearch, targetKind, type PopupTarget } from '../utils/popup/target';

interface TabsApi {
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ url?: string; id?: number }[]> };
}

// Loaded by popup.html as a plain script ahead of the popup's bundle. It runs as soon as it arrives, reads
// the store directly while the bundle (React, Dexie) is still being fetched and compiled, and puts the
// company and its verdict on screen itself (components/first-frame/). Then it starts the bundle, which
// hydrates that first frame and adds the rest. Small on purpose: the browser API is used bare (no
// polyfill), and there is no React or Dexie here.
export default defineUnlistedScript(() => {
  const deadline = performance.now() + FIRST_READ_WAIT_MS;
  const scope = globalThis as { browser?: TabsApi; chrome?: TabsApi } & Record<string, unknown>;
  const api = scope.browser ?? scope.chrome;
  async function target(): Promise<PopupTarget> {
    const named = targetFromSearch(location.search);
    if (named || !api) return named ?? { url: null, tabId: null };
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return { url: tab?.url ?? null, tabId: tab?.id ?? null };
  }
  const targeted = target();
  const read = targeted
    .then((t) => readPopupFirst(t))
    .then((found) => found && { ...found, shown: showPopupFirstFrame(document, found.view, found.now) })
    .catch(() => null);
  scope[FIRST_READ_GLOBAL] = { read, deadline } satisfies FirstReadHandoff;
  // The bundle starts once the first frame is on screen, at once when there is none to show, and at the
  // deadline at the latest (it then shows its loading state until the read or its own queries answer).
  // Neither a company page nor a website (a browser page, say): no card to draw, so the bundle need not
  // wait for the read, and loads while it runs. Starting twice is harmless (startPopupBundle runs once).
  const start = () => void startPopupBundle(document);
  void targeted.then((t) => {
    const { companyNumber, websiteOrigin } = targetKind(t.url);
    if (!companyNumber && !websiteOrigin) start();
  }, start);
  const shownOrNot = read.then((found) => (found?.shown ? afterNextPaint(window) : undefined));
  const timeUp = new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, deadline - performance.now())));
  void Promise.race([shownOrNot, timeUp]).then(start);
});
