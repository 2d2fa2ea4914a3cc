import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createApiHandlers } from '../../../utils/background/api-handlers';
import { BADGE, companyOfPage, refreshBadgeOfTab, showBadgeForPage, showVerdictOnTabs } from '../../../utils/background/verdict-badge';
import { ScoutDb } from '../../../utils/db/schema';
import { importAll } from '../../../utils/db/transfer';
import { createApiRouter } from '../../../utils/messages/router';
import { sampleExport } from '../../support/sample-store';

const CH = 'https://find-and-update.company-information.service.gov.uk';
const FEDERATION_SITE = 'https://northfieldgpfed.example'; // linked to 09876543 in the sample store
const EXTENSION = { id: 'ics-scout-test-id', baseUrl: 'chrome-extension://ics-scout-test-id/' };

let db: ScoutDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new ScoutDb(`badge-${n++}`);
  await importAll(db, sampleExport(2));
});
afterEach(() => db.delete());

async function badge(tabId: number) {
  return { text: await browser.action.getBadgeText({ tabId }), title: await browser.action.getTitle({ tabId }) };
}

describe('the toolbar badge', () => {
  it("finds the company a page belongs to: a Companies House page's, or a linked website's federation", async () => {
    expect(await companyOfPage(db, `${CH}/company/09876544/officers`)).toBe('09876544');
    expect(await companyOfPage(db, `${FEDERATION_SITE}/our-services`)).toBe('09876543');
    expect(await companyOfPage(db, 'https://unrelated.example/')).toBeNull();
    expect(await companyOfPage(db, null)).toBeNull();
  });

  it("says the verdict in words on a federation's website, with the reason as its title", async () => {
    expect(await showBadgeForPage(db, 5, `${FEDERATION_SITE}/about`)).toBe(true);
    const shown = await badge(5);
    expect(['YES', 'MAY?', 'NO', 'TBC']).toContain(shown.text);
    expect(shown.title).toMatch(/^ICS Scout: (Business-ready|Promising|Not ready|Not enough data)\. \S/);
  });

  it('shows no badge on a page of no company, or one the browser will not name', async () => {
    await showVerdictOnTabs(db, '09876543', [5]);
    expect((await badge(5)).text).not.toBe('');
    expect(await showBadgeForPage(db, 5, 'https://unrelated.example/')).toBe(false);
    expect(await badge(5)).toEqual({ text: '', title: 'ICS Scout' });

    await showVerdictOnTabs(db, '09876543', [5]);
    await showBadgeForPage(db, 5, null);
    expect((await badge(5)).text).toBe('');
    // A Companies House company not stored yet: no verdict to show.
    await showVerdictOnTabs(db, '09876543', [5]);
    await showBadgeForPage(db, 5, `${CH}/company/01234567`);
    expect((await badge(5)).text).toBe('');
  });

  it("follows the tab's own address when the popup asks, not the one the popup saw", async () => {
    const tab = await browser.tabs.create({ url: `${FEDERATION_SITE}/about` });
    expect(await refreshBadgeOfTab(db, tab.id!, `${FEDERATION_SITE}/contact`)).toBe(true);
    expect((await badge(tab.id!)).text).not.toBe('');
    // The tab has since gone to another site: its badge is not painted with the federation's verdict.
    const moved = await browser.tabs.create({ url: 'https://unrelated.example/' });
    expect(await refreshBadgeOfTab(db, moved.id!, `${FEDERATION_SITE}/about`)).toBe(false);
    expect((await badge(moved.id!)).text).toBe('');
    expect(await refreshBadgeOfTab(db, 99_999, `${FEDERATION_SITE}/about`)).toBe(false);
  });

  it('is refreshed by the popup through the message boundary, which refuses anything but a web page on a tab', async () => {
    const handlers = createApiHandlers(db, { showBadge: (tabId, url) => showBadgeForPage(db, tabId, url) });
    const route = createApiRouter(handlers, EXTENSION);
    const popup = { id: EXTENSION.id, url: `${EXTENSION.baseUrl}popup.html` };
    expect(await route({ api: 'badge.refresh', params: { tabId: 9, url: `${FEDERATION_SITE}/` } }, popup)).toEqual({ ok: true, result: { shown: true } });
    expect((await badge(9)).text).not.toBe('');
    for (const params of [{ tabId: 9, url: 'javascript:alert(1)' }, { tabId: -1, url: `${FEDERATION_SITE}/` }, { tabId: 9 }]) {
      expect(await route({ api: 'badge.refresh', params }, popup)).toMatchObject({ ok: false, code: 'invalid-message' });
    }
    const fromAWebsite = { id: EXTENSION.id, url: `${FEDERATION_SITE}/`, tab: { id: 9, url: `${FEDERATION_SITE}/` } };
    expect(await route({ api: 'badge.refresh', params: { tabId: 9, url: `${FEDERATION_SITE}/` } }, fromAWebsite)).toMatchObject({ ok: false, code: 'forbidden-sender' });
  });
});

describe('the badge text', () => {
  it('is a word of at most four characters for every verdict, each in its own colour', () => {
    const texts = Object.values(BADGE).map((b) => b.text);
    expect(texts.every((t) => t.length >= 2 && t.length <= 4)).toBe(true);
    expect(new Set(texts).size).toBe(4);
    expect(new Set(Object.values(BADGE).map((b) => b.color)).size).toBe(4);
  });
});
