import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, launchExtension, ROOT, routeCompaniesHouse, SCREENSHOTS, type LoadedExtension } from './support/extension';

const FIXTURES = resolve(ROOT, 'tests/fixtures/companies-house');
const OVERVIEW = 'https://find-and-update.company-information.service.gov.uk/company/09876543';

/** Every fixture company's pages (but the filtered filing history), served at the URLs they were saved from. */
function companiesHouseSite(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(resolve(FIXTURES, 'manifest.json'), 'utf8')) as { fixtures: { file: string; url: string }[] };
  const pages = new Map<string, string>();
  for (const { file, url } of manifest.fixtures) {
    if (file.includes('filtered')) continue;
    const u = new URL(url);
    pages.set(u.pathname + u.search, readFileSync(resolve(FIXTURES, file), 'utf8'));
  }
  return pages;
}

declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

describe('capturing a company from Companies House', () => {
  let ext: LoadedExtension;
  const requests: string[] = [];
  let throttled = false;
  beforeAll(async () => {
    ext = await launchExtension();
    const pages = companiesHouseSite();
    await routeCompaniesHouse(ext.context, pages, { onRequest: (path) => requests.push(path) });
    // The latest accounts' iXBRL document. The live link redirects to the S3 document store; Playwright does not
    // route a service worker's redirected request, so the document is served at the link itself here.
    await ext.context.route('https://find-and-update.company-information.service.gov.uk/company/09876543/filing-history/MzQ1NjgyODYwN2FkaXF6a2N4/document?format=xhtml&download=1', (route) =>
      route.fulfill({ status: 200, contentType: 'application/xhtml+xml', body: readFileSync(resolve(ROOT, 'tests/fixtures/readiness/accounts/northfield-2025.xhtml'), 'utf8') }),
    );
    // Registered after the site so that it runs first (Playwright runs the newest matching route first).
    await ext.context.route('https://find-and-update.company-information.service.gov.uk/company/09876543/officers?page=2', async (route) => {
      // The site asks once to slow down: capture-all must back off and still finish.
      if (!throttled) {
        throttled = true;
        requests.push('/company/09876543/officers?page=2');
        return route.fulfill({ status: 429, headers: { 'retry-after': '1' }, body: 'Too many requests' });
      }
      return route.fallback();
    });
  });
  afterAll(() => ext?.close());

  it('stores the overview as soon as it is visited, and the popup shows it', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(OVERVIEW);
    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(OVERVIEW)}`);
    await popup.getByTestId('company-card').waitFor();
    expect(await popup.getByTestId('company-card').getByRole('heading').textContent()).toBe('NORTHFIELD GP FEDERATION LIMITED');
    expect(await popup.getByTestId('company-age').textContent()).toMatch(/^Trading for \d+ years \(incorporated 12 September 2014\)$/);
    expect(await popup.locator('[data-page-type=overview]').textContent()).toBe('Overview✓ captured today');
    expect(await popup.locator('[data-page-type=officers]').textContent()).toBe('People– not captured');
    await Promise.all([tab.close(), popup.close()]);
  });

  it('capture all fetches every other tab and page, backing off when asked, and the popup shows the counts', async () => {
    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(OVERVIEW)}`);
    requests.length = 0;
    await popup.getByRole('button', { name: 'Capture all tabs and pages' }).click();
    await expect.poll(() => popup.getByTestId('capture-progress').textContent(), { timeout: 30_000 }).toBe('All 6 pages captured');
    // The progress bar is for a job under way; once done, the sentence says it.
    expect(await popup.getByRole('progressbar').count()).toBe(0);
    expect(throttled).toBe(true);
    // The overview was captured moments ago, so it is not fetched again.
    expect(requests.sort()).toEqual([
      '/company/09876543/filing-history',
      '/company/09876543/filing-history?page=2',
      '/company/09876543/filing-history?page=3',
      '/company/09876543/officers',
      '/company/09876543/officers?page=2',
      '/company/09876543/officers?page=2',
      '/company/09876543/persons-with-significant-control',
    ]);
    await expect.poll(() => popup.getByTestId('company-counts').textContent()).toMatch(/^filings60officers \(\d+ active\)40PSCs\d+$/);
    expect(await popup.locator('[data-page-type=filing-history]').textContent()).toBe('Filing history✓ captured today');
    expect(await popup.locator('[data-page-type=officers]').textContent()).toBe('People✓ captured today');
    await popup.setViewportSize({ width: 400, height: 420 });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-captured.png') });
    await popup.close();
  });

  it('the popup shows the verdict with its reasons, and the tab\'s badge says it in words', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(OVERVIEW);
    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(OVERVIEW)}`);
    const verdict = popup.getByTestId('verdict');
    await verdict.waitFor();
    // No services clipped and no PCN linked yet: promising at best, with what is missing to decide.
    expect(await verdict.getByRole('heading').textContent()).toBe('Promising');
    expect(await verdict.getByRole('list', { name: 'Reasons' }).textContent()).toContain('Trading for 12 years (incorporated 12 September 2014)');
    // The latest accounts were fetched from the document store after the filing history was captured.
    await expect.poll(() => verdict.getByRole('list', { name: 'Reasons' }).textContent(), { timeout: 20_000 }).toContain('Turnover £2.4m in the year to 31 March 2025, £2.1m the year before');
    expect(await popup.getByTestId('accounts-summary').textContent()).toMatch(/Year to 31 March 2024£2\.1mYear to 31 March 2025£2\.4m/);
    expect(await popup.getByTestId('verdict-missing').textContent()).toMatch(/PCN/);
    // The board: as many directors as the verdict counts, each with role, occupation and since when.
    const counted = /(\d+) active directors/.exec((await verdict.getByRole('list', { name: 'Reasons' }).textContent()) ?? '')?.[1];
    const board = popup.getByTestId('board');
    expect(await board.getByRole('heading').textContent()).toBe(`Board (${counted} directors)`);
    expect(await board.locator('li').count()).toBe(Number(counted));
    expect(await board.locator('li').first().textContent()).toMatch(/^[A-Z' -]+, .+Director.* · since \d{1,2} [A-Z][a-z]+ \d{4}$/);
    const badge = await badgeOf(popup, OVERVIEW);
    expect(badge.text).toBe('MAY?');
    expect(badge.title).toMatch(/^ICS Scout: Promising\. /);
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-promising.png'), fullPage: true });
    await Promise.all([tab.close(), popup.close()]);
  });

  it('the side panel, left open, finds a company captured after it opened', async () => {
    const panel = await ext.openPage('sidepanel.html');
    const search = panel.getByRole('searchbox');
    await search.fill('riverside community');
    await panel.getByText('Nothing in your store matches “riverside community”.').waitFor();
    const tab = await ext.context.newPage();
    await tab.goto('https://find-and-update.company-information.service.gov.uk/company/16712345'); // captured by the content script
    await panel.getByTestId('search-results').getByText('RIVERSIDE COMMUNITY HEALTH C.I.C.').waitFor({ timeout: 10_000 });
    // Its directors are found by name as soon as their page is captured too.
    await tab.goto('https://find-and-update.company-information.service.gov.uk/company/16712345/officers');
    const officer = await tab.evaluate(() => document.querySelector('[id^=officer-name-]')?.textContent?.trim() ?? '');
    expect(officer).not.toBe('');
    await search.fill(officer);
    await panel.getByTestId('search-results').getByRole('button', { name: /Person/ }).first().waitFor({ timeout: 10_000 });
    await Promise.all([tab.close(), panel.close()]);
  });

  it('reads a PDF\'s text layer, and knows a scanned one, in the offscreen document (pdf.js)', async () => {
    const page = await ext.openPage('sidepanel.html');
    await page.evaluate('globalThis.__name ??= (f) => f');
    const read = (file: string) =>
      page.evaluate(
        (base64) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ target: 'ics-scout-offscreen', kind: 'read-pdf', base64 }),
        readFileSync(resolve(ROOT, 'tests/fixtures/accounts', file)).toString('base64'),
      );
    expect(await read('income-two-years.pdf')).toMatchObject({ result: { machineReadable: true, incomeLines: [{ label: 'turnover', figures: [{ year: 2025, amount: 1234567 }, { year: 2024, amount: 987654 }] }] } });
    expect(await read('scanned-no-text.pdf')).toMatchObject({ result: { machineReadable: false } });
    await page.close();
  });

  it('a dissolved company is not ready, on the badge and in the popup', async () => {
    const dissolved = 'https://find-and-update.company-information.service.gov.uk/company/08123456';
    const tab = await ext.context.newPage();
    await tab.goto(dissolved);
    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(dissolved)}`);
    await popup.getByTestId('verdict').getByRole('heading', { name: 'Not ready' }).waitFor();
    expect(await popup.getByTestId('verdict').textContent()).toContain('Dissolved on');
    await expect.poll(async () => (await badgeOf(popup, dissolved)).text).toBe('NO');
    await popup.setViewportSize({ width: 400, height: 480 });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-dissolved.png'), fullPage: true });

    // The badge belongs to the page, not the tab: once the tab moves on to another site, it says nothing
    // (the browser resets it; the extension must set it per tab, never for the whole window).
    const tabId = await popup.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, dissolved);
    await ext.context.route('https://unrelated.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Elsewhere</title><p>Not a federation</p>' }));
    await tab.goto('https://unrelated.example/');
    await expect.poll(() => popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    // And back on the company's page, the stored verdict is there as the page loads.
    await tab.goto(dissolved);
    await expect.poll(() => popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('NO');
    await Promise.all([tab.close(), popup.close()]);
  });

  it('visiting a captured page again changes nothing', async () => {
    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(OVERVIEW)}`);
    await popup.getByTestId('company-counts').waitFor();
    const before = await popup.getByTestId('company-counts').textContent();
    const tab = await ext.context.newPage();
    await tab.goto(`${OVERVIEW}/officers`);
    await tab.waitForTimeout(500);
    expect(await popup.getByTestId('company-counts').textContent()).toBe(before);
    await Promise.all([tab.close(), popup.close()]);
    expect(ext.pageErrors).toEqual([]);
  });
});
