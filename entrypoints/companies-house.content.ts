import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readCompanyPage } from '../utils/companies-house/read-page';

// Companies House company pages: read what the page shows and send it to the background, which validates
// and stores it. Tiny by design (no React, no Dexie, no zod): it runs on every company page.
export default defineContentScript({
  matches: ['https://find-and-update.company-information.service.gov.uk/company/*'],
  runAt: 'document_idle',
  async main() {
    const read = readCompanyPage(document, location.href);
    if (!read) return;
    const { page: _page, ...page } = read;
    const response = await browser.runtime.sendMessage({ api: 'capture.page', params: { page } });
    if (response && !(response as { ok: boolean }).ok) console.warn('ICS Scout did not store this page:', (response as { error: string }).error);
  },
});
