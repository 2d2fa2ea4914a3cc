import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createApiHandlers } from '../../utils/background/api-handlers';
import { db } from '../../utils/db/database';
import { createApiRouter } from '../../utils/messages/router';

// Wiring only: the background is the store's single writer and answers the calls in utils/messages/api.ts.
export default defineBackground(() => {
  const route = createApiRouter(createApiHandlers(db), {
    id: browser.runtime.id,
    baseUrl: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    route(message, sender).then(sendResponse);
    return true; // keeps the channel open for the async answer (Chrome ignores a returned promise)
  });
});
