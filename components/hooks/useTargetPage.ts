import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The page the popup describes: the active tab, or the page named by `?url=` (the popup opened as a
 * tab in tests is itself the active tab, so tests name the page, and its tab id, instead).
 */
export function useTargetPage(): { url: string | null; tabId: number | null; loading: boolean } {
  const [state, setState] = useState<{ url: string | null; tabId: number | null; loading: boolean }>(() => {
    const params = new URLSearchParams(location.search);
    const named = params.get('url');
    const tab = params.get('tab');
    return named ? { url: named, tabId: tab ? Number(tab) : null, loading: false } : { url: null, tabId: null, loading: true };
  });
  useEffect(() => {
    if (!state.loading) return;
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setState({ url: tab?.url ?? null, tabId: tab?.id ?? null, loading: false }))
      .catch(() => setState({ url: null, tabId: null, loading: false }));
  }, [state.loading]);
  return state;
}
