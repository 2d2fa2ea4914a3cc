import { browser } from 'wxt/browser';
import { OFFSCREEN_TARGET, type OffscreenParseRequest } from '../../utils/background/page-parser';
import { parseCompanyPage } from '../../utils/companies-house/parse-page';

// Chrome's offscreen document: a DOM for the service worker, which has none. It answers only the
// messages addressed to it; every other message is left for the background to answer.
browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  const request = message as Partial<OffscreenParseRequest> | null;
  if (request?.target !== OFFSCREEN_TARGET || typeof request.html !== 'string' || typeof request.url !== 'string') return undefined;
  const doc = new DOMParser().parseFromString(request.html, 'text/html');
  sendResponse({ page: parseCompanyPage(doc, request.url) });
  return undefined;
});
