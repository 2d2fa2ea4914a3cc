import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FIRST_READ_GLOBAL, readPopupFirst } from '../utils/popup/first-read';
import { targetFromSearch, type PopupTarget } from '../utils/popup/target';

interface TabsApi {
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ url?: string; id?: number }[]> };
}

// Loaded by popup.html as a plain script ahead of the popup's bundle: it runs as soon as it arrives, and
// reads the store directly while the bundle (React, Dexie) is still being fetched and parsed. Small on
// purpose: the browser API is used bare (no polyfill), and nothing here renders.
export default defineUnlistedScript(() => {
  const scope = globalThis as { browser?: TabsApi; chrome?: TabsApi } & Record<string, unknown>;
  const api = scope.browser ?? scope.chrome;
  async function target(): Promise<PopupTarget> {
    const named = targetFromSearch(location.search);
    if (named || !api) return named ?? { url: null, tabId: null };
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return { url: tab?.url ?? null, tabId: tab?.id ?? null };
  }
  // Never rejects: a failed read is null, and the popup reads through Dexie as it would anyway.
  scope[FIRST_READ_GLOBAL] = target()
    .then((t) => readPopupFirst(t))
    .catch(() => null);
});
