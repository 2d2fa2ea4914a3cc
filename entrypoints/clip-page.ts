import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectClipLists } from '../utils/federation/detect-lists';

// Injected into the active tab only when the user asks the popup to clip it (activeTab + scripting).
// It reads the page and returns plain text: the lists it offers, their headline counts, and the selection.
export default defineUnlistedScript(() => {
  const detected = detectClipLists(document, location.href);
  return {
    url: location.href,
    title: document.title,
    selection: window.getSelection()?.toString() ?? '',
    lists: detected.lists,
    counts: detected.counts,
  };
});
