import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { targetFromSearch, type PopupTarget } from '../../utils/popup/target';

/**
 * The page the popup describes: `known` (already found by the popup's first read), the page named by
 * `?url=` (tests), or the active tab.
 */
export function useTargetPage(known?: PopupTarget | null): PopupTarget & { loading: boolean } {
  const [state, setState] = useState<PopupTarget & { loading: boolean }>(() => {
    const found = known ?? targetFromSearch(location.search);
    return found ? { ...found, loading: false } : { url: null, tabId: null, loading: true };
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
