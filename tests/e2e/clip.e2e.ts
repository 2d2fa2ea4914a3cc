import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, ROOT, routeCompaniesHouse, SCREENSHOTS, type LoadedExtension } from './support/extension';

const SITE = 'https://www.northfieldfed.example';
const ABOUT = `${SITE}/about`;
const OVERVIEW = 'https://find-and-update.company-information.service.gov.uk/company/09876543';
const fixture = (path: string) => readFileSync(resolve(ROOT, path));

declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};

describe('clipping a federation website and linking its PCNs', () => {
  let ext: LoadedExtension;
  beforeAll(async () => {
    ext = await launchExtension({ testHosts: [`${SITE}/*`] });
    await routeCompaniesHouse(
      ext.context,
      new Map([
        ['/company/09876543', fixture('tests/fixtures/companies-house/northfield-overview.html').toString('utf8')],
        ['/company/09876543/officers', fixture('tests/fixtures/companies-house/northfield-officers-1.html').toString('utf8')],
      ]),
    );
    await ext.context.route(`${SITE}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: fixture('tests/fixtures/e2e/northfield-federation-website.html').toString('utf8') }));
    // The NHS ODS rows the practices are matched against (hand-made, Northfield PCN U10001 among them).
    const options = await ext.openPage('options.html');
    await options.setInputFiles('[data-testid=ods-file]', ['epcn_linking.csv', 'epcncorepartnerdetails_linking.csv', 'epraccur_linking.csv'].map((name) => ({ name, mimeType: 'text/csv', buffer: fixture(`tests/fixtures/linking/${name}`) })));
    await options.getByTestId('ods-message').getByText(/^Imported /).waitFor({ timeout: 30_000 });
    await options.close();
    // The federation is on Companies House already.
    const tab = await ext.context.newPage();
    await tab.goto(OVERVIEW);
    await tab.goto(`${OVERVIEW}/officers`);
    await tab.close();
  });
  afterAll(() => ext?.close());

  it('finds the service list and member practices, saves them as text, and links the PCN with evidence', async () => {
    const site = await ext.context.newPage();
    await site.goto(ABOUT);
    const probe = await ext.openPage('sidepanel.html');
    await probe.evaluate('globalThis.__name ??= (f) => f');
    const tabId = await probe.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, ABOUT);

    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(ABOUT)}&tab=${tabId}`);
    await popup.getByRole('button', { name: 'Find lists on this page' }).click();
    const drafts = popup.getByTestId('clip-draft');
    await expect.poll(() => drafts.count()).toBe(4);
    expect(await drafts.nth(0).getByRole('textbox').inputValue()).toBe('Extended access hub\nPhlebotomy\nSocial prescribing');
    expect(await drafts.nth(2).getByRole('combobox').inputValue()).toBe('practices');
    // Edit before saving: the rep drops a line that is not a practice of the federation.
    const practices = drafts.nth(2).getByRole('textbox');
    await practices.fill((await practices.inputValue()).split('\n').filter((l) => !l.startsWith('Dr Patel')).join('\n'));
    expect(await popup.getByTestId('clip-federation').inputValue()).toBe('09876543');
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-clip-preview.png'), fullPage: true });
    await popup.getByRole('button', { name: 'Save clips' }).click();
    await expect.poll(() => popup.getByTestId('clip-message').textContent(), { timeout: 30_000 }).toBe('Saved 4 lists; 1 linked PCN.');
    await popup.close();

    // The website now belongs to the federation: its popup shows the federation's card, services and PCN.
    const again = await ext.openPage(`popup.html?url=${encodeURIComponent(`${SITE}/contact`)}&tab=${tabId}`);
    await again.getByTestId('company-card').getByText('NORTHFIELD GP FEDERATION LIMITED').waitFor();
    const link = again.getByTestId('pcn-links').locator('[data-pcn=U10001]');
    await link.waitFor();
    expect(await link.textContent()).toMatch(/^NORTHFIELD PCN U10001 · suggested, \d+% sure/);
    await link.getByText(/^Evidence/).click();
    expect(await link.textContent()).toContain('Riverside Medical Centre → RIVERSIDE MED.CTR. (M85001), 1.00');
    expect(await again.getByTestId('verdict').textContent()).toContain('3 services running, 2 in development');
    await link.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => link.textContent()).toMatch(/^NORTHFIELD PCN U10001 · confirmed/);
    // The website's tab carries the federation's verdict on the toolbar badge, in words, as it changes.
    const BADGE_TEXT: Record<string, string> = { 'Business-ready': 'YES', Promising: 'MAY?', 'Not ready': 'NO', 'Not enough data': 'TBC' };
    const verdictBadge = async () => BADGE_TEXT[(await again.getByTestId('verdict').getByRole('heading').textContent()) ?? ''];
    const badgeText = () => again.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(async () => `${await badgeText()} for ${await verdictBadge()}`).toMatch(/^(YES|MAY\?|NO|TBC) for \1$/);
    expect(await again.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toMatch(/^ICS Scout: (Business-ready|Promising|Not ready|Not enough data)\. /);
    await again.setViewportSize({ width: 400, height: 900 });
    await again.screenshot({ path: resolve(SCREENSHOTS, 'popup-federation-website.png'), fullPage: true });
    expect(ext.pageErrors).toEqual([]);
    await Promise.all([site.close(), probe.close(), again.close()]);
  });

  it('a director who is also a PCN\'s clinical director shows up with both places', async () => {
    const panel = await ext.openPage('sidepanel.html');
    await panel.getByRole('searchbox', { name: /^Federations, PCNs, practices/ }).fill('U10001');
    await panel.getByTestId('search-results').getByRole('button').first().click();
    const record = panel.getByTestId('pcn-card').getByTestId('record-person');
    await record.getByRole('textbox', { name: "Person's name" }).fill('Dr Anjali Patel');
    await record.getByRole('button', { name: 'Record' }).click();
    await record.getByText('Recorded Dr Anjali Patel.').waitFor();
    await panel.getByTestId('pcn-card').getByText('Dr Anjali Patel — Clinical Director').waitFor();

    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(OVERVIEW)}`);
    const overlaps = popup.getByTestId('people-overlaps');
    await overlaps.waitFor();
    expect(await overlaps.textContent()).toContain('PATEL, Anjali Ramesh: Director, NORTHFIELD GP FEDERATION LIMITED (board); Clinical Director, U10001 (recorded by you)');
    await Promise.all([panel.close(), popup.close()]);
  });
});
