import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleExport } from '../support/sample-store';
import { badgeOf, launchExtension, ROOT, routeCompaniesHouse, SCREENSHOTS, sendFromPage, type LoadedExtension } from './support/extension';

const CH = 'https://find-and-update.company-information.service.gov.uk';
const READY = '09876543';

/**
 * A store holding everything a federation needs to be business-ready: overview, a board of three directors
 * (two GPs), the filing history, two years of accounts with turnover, services clipped from its website and
 * a confirmed PCN. Rows are shaped as the capture code writes them.
 */
function readyStore() {
  const store = sampleExport(1);
  const t = store.tables;
  const provenance = (path: string) => ({ sourceUrl: `${CH}/company/${READY}${path}`, capturedAt: '2026-11-01T10:00:00.000Z', parserVersion: 1 });
  t.officers = [
    ['a1', 'SMITH, Jane Anne', 'General Practitioner'],
    ['a2', 'PATEL, Anjali Ramesh', 'General Practitioner'],
    ['a3', 'HARGREAVES, Peter John', 'Practice Manager'],
  ].map(([id, name, occupation]) => ({ appointmentKey: `${READY}/${id}/Director/2015-01-05`, companyNumber: READY, officerId: id, name, nameKey: name!.toLowerCase(), role: 'Director', status: 'active', appointedOn: '2015-01-05', appointedBefore: null, resignedOn: null, dateOfBirth: '1970-03', nationality: 'British', countryOfResidence: 'England', occupation, address: null, corporate: null, provenance: provenance('/officers') }));
  t.pageCaptures = (['overview', 'filing-history', 'officers', 'psc'] as const).map((pageType) => ({ companyNumber: READY, pageType, page: 1, lastPage: 1, url: `${CH}/company/${READY}`, capturedAt: '2026-11-01T10:00:00.000Z', itemCount: 1, warnings: [], filtered: false }));
  t.filings = [2025, 2024].map((year) => ({ key: `AA${year}`, companyNumber: READY, transactionId: `AA${year}`, date: `${year}-12-01`, formCode: 'AA', description: `Total exemption full accounts made up to 31 March ${year}`, madeUpTo: `${year}-03-31`, accountsType: 'total-exemption-full', links: { pdf: null, ixbrl: `${CH}/company/${READY}/filing-history/AA${year}/document?format=xhtml&download=1`, zip: null }, pageCount: 9, provenance: provenance('/filing-history') }));
  t.accountsPeriods = [
    [2025, 2_450_000],
    [2024, 2_100_000],
  ].map(([year, turnover]) => ({ companyNumber: READY, start: `${year! - 1}-04-01`, end: `${year}-03-31`, turnover, profitLoss: 35_000, netAssets: 410_000, employees: 48, dormant: false, regime: 'small', currency: 'GBP', source: { transactionId: 'AA2025', documentUrl: `${CH}/company/${READY}/filing-history/AA2025/document?format=xhtml&download=1`, format: 'ixbrl' }, capturedAt: '2026-11-01T10:00:00.000Z' }));
  t.accountsDocuments = [];
  t.federationPcnLinks = t.federationPcnLinks!.map((l) => ({ ...l, status: 'confirmed', confidence: 1 }));
  return store;
}

/** Loads a store the way a user would: the options page's import. */
async function importThroughOptions(ext: LoadedExtension, store: object): Promise<void> {
  const options = await ext.openPage('options.html');
  await options.setInputFiles('[data-testid=import-file]', { name: 'ready.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(store)) });
  await options.getByRole('button', { name: 'Replace my data with this file' }).click();
  await options.getByText(/^Imported \d+ records/).waitFor();
  await options.close();
}

describe('the verdict in the popup, for a ready, a not-ready and a dissolved company', () => {
  let ext: LoadedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
    const fixture = (file: string) => readFileSync(resolve(ROOT, 'tests/fixtures/companies-house', file), 'utf8');
    await routeCompaniesHouse(ext.context, new Map([['/company/07654321', fixture('eastgate-overdue-overview.html')], ['/company/08123456', fixture('hollins-dissolved-overview.html')]]));
    await importThroughOptions(ext, readyStore());
  });
  afterAll(() => ext?.close());

  const cases: [string, string, string, RegExp][] = [
    ['ready', `${CH}/company/${READY}`, 'Business-ready', /Turnover £2\.5m in the year to 31 March 2025, £2\.1m the year before/],
    ['not-ready', `${CH}/company/07654321`, 'Not ready', /Active proposal to strike off/],
    ['dissolved', `${CH}/company/08123456`, 'Not ready', /Dissolved on/],
  ];
  for (const [name, url, verdict, reason] of cases) {
    it(`${name}: ${verdict}, with its reasons`, async () => {
      // Routed: the content script captures the overview (the ready company's store was imported whole).
      const tab = name === 'ready' ? null : await ext.context.newPage();
      await tab?.goto(url);
      const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(url)}`);
      const card = popup.getByTestId('verdict');
      await card.getByRole('heading', { name: verdict }).waitFor();
      expect(await card.textContent()).toMatch(reason);
      // The tab's badge says it in words, with the verdict in full as its title.
      if (tab) await expect.poll(async () => badgeOf(popup, url)).toEqual({ text: 'NO', title: expect.stringMatching(new RegExp(`^ICS Scout: ${verdict}\\. `)) });
      await popup.setViewportSize({ width: 400, height: 700 });
      await popup.screenshot({ path: resolve(SCREENSHOTS, `popup-verdict-${name}.png`), fullPage: true });
      await Promise.all([popup.close(), tab?.close()]);
    });
  }
});

describe('the popup on opening', () => {
  let ext: LoadedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
    // Records, on every page, from before its first script runs: whether the popup ever showed its loading
    // state or a passing "none yet"; whether the verdict first appeared before the bundle was started (the
    // first-read script drew it), and whether that heading was ever replaced rather than hydrated.
    await ext.context.addInitScript(() => {
      const w = window as unknown as { sawLoading: boolean; sawNoPcns: boolean; verdictBeforeBundle?: boolean; verdictReplaced: boolean };
      w.sawLoading = false;
      w.sawNoPcns = false;
      w.verdictReplaced = false;
      new MutationObserver((records) => {
        if (document.querySelector('main')?.textContent?.includes('Loading…')) w.sawLoading = true;
        if (document.querySelector('[data-testid=pcn-links]')?.textContent?.includes('None yet')) w.sawNoPcns = true;
        if (w.verdictBeforeBundle === undefined && document.getElementById('verdict-heading')) w.verdictBeforeBundle = document.querySelector('link[data-popup-bundle]') !== null;
        for (const record of records)
          for (const node of record.removedNodes) if (node instanceof Element && (node.id === 'verdict-heading' || node.querySelector('#verdict-heading'))) w.verdictReplaced = true;
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await importThroughOptions(ext, readyStore());
  });
  afterAll(() => ext?.close());

  it('shows the company in its first frame (no loading state), then follows changes to the store', async () => {
    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(`${CH}/company/${READY}`)}`);
    const card = popup.getByTestId('verdict');
    await card.getByRole('heading', { name: 'Business-ready' }).waitFor();
    expect(await popup.evaluate(() => (window as unknown as { sawLoading: boolean }).sawLoading)).toBe(false);
    // The first-read script drew the verdict before React and Dexie were even evaluated; React then took
    // over those very nodes (hydration) and added the rest of the card.
    await popup.getByTestId('capture-status').waitFor();
    expect(await popup.evaluate(() => (window as unknown as { verdictBeforeBundle?: boolean }).verdictBeforeBundle)).toBe(true);
    expect(await popup.evaluate(() => (window as unknown as { verdictReplaced: boolean }).verdictReplaced)).toBe(false);
    expect(await popup.locator('main').getAttribute('aria-busy')).toBe('false');
    // Its linked PCN is there from the first frame too: never a passing "none yet".
    await popup.getByTestId('pcn-links').locator('[data-pcn]').first().waitFor();
    expect(await popup.evaluate(() => (window as unknown as { sawNoPcns: boolean }).sawNoPcns)).toBe(false);

    // The first read is a snapshot; the live query behind it still follows the store.
    const saved = (await sendFromPage(popup, { api: 'settings.saveCriteria', params: { criteria: { minYearsTrading: 20 } } })) as { ok: boolean; result: { saved: boolean } };
    expect(saved.ok && saved.result.saved).toBe(true);
    await card.getByRole('heading', { name: 'Business-ready' }).waitFor({ state: 'detached' });
    expect(await card.textContent()).toMatch(/✗\s*Trading for 12 years/);
    await popup.close();
  });

  it('elsewhere, lists the recent companies in its first frame too', async () => {
    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent('https://www.example.org/')}`);
    await popup.getByRole('heading', { name: 'Recent companies' }).waitFor();
    await popup.getByText(/FEDERATION|LIMITED/).first().waitFor();
    expect(await popup.evaluate(() => (window as unknown as { sawLoading: boolean }).sawLoading)).toBe(false);

    // Its search finds a PCN by code (its card is the side panel's), and a federation by words of its name,
    // opening its Companies House page.
    const search = popup.getByRole('searchbox', { name: /^Search your federations/ });
    await search.fill('U1234');
    await popup.getByTestId('search-results').getByText('NORTHFIELD PCN').waitFor();
    await popup.getByText(/open the side panel \(Alt\+Shift\+S\)/).waitFor();
    await popup.setViewportSize({ width: 400, height: 360 });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-search.png') });
    await search.fill('sample federation');
    const opened = ext.context.waitForEvent('request', (request) => request.url().startsWith(CH));
    await popup.getByTestId('search-results').getByRole('button', { name: /SAMPLE FEDERATION 0 LIMITED/ }).click();
    expect((await opened).url()).toBe(`${CH}/company/${READY}`);
    await popup.close();
  });
});
