import { browser } from 'wxt/browser';
import { handleOffscreenAccountsRequest } from '../../utils/accounts-capture/offscreen-requests';
import { readPdfAccountsText } from '../../utils/accounts/pdf-text';

// Chrome's offscreen document: a DOM (and pdf.js) for the service worker, which has none. It answers only
// the messages addressed to it (parse a Companies House page, extract iXBRL figures, read a PDF); every
// other message is left for the background to answer.
browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  const answer = handleOffscreenAccountsRequest(message, {
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    readPdf: (bytes) => readPdfAccountsText(bytes),
  });
  if (!answer) return undefined;
  void answer.then(sendResponse);
  return true;
});
